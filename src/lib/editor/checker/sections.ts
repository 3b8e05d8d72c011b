/**
 * Findings by section, for the Findings panel: a run of four or more warnings of one rule under
 * one heading is shown as one line ("6 under “Principles”") that opens to the list, so a long
 * document's panel reads as a summary first. Errors are never folded: each must be fixed.
 */
import type { Node } from 'prosemirror-model';
import type { LocatedFinding } from './plugin';

/** Fewest findings of one rule under one heading that fold into one line. */
export const FOLD_AT = 4;

/** The headings of `doc`, in order, with the position where each starts. */
export function headingsOf(doc: Node): { pos: number; text: string }[] {
	const out: { pos: number; text: string }[] = [];
	doc.forEach((node, pos) => {
		if (node.type.name === 'heading') out.push({ pos, text: node.textContent.trim() });
	});
	return out;
}

/** The text of the last heading that starts before `pos`, or null before the first heading. */
export function sectionAt(headings: readonly { pos: number; text: string }[], pos: number) {
	let lo = 0;
	let hi = headings.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (headings[mid].pos < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo ? headings[lo - 1].text || null : null;
}

/** One line of a rule's list: a finding, or a fold of several under one heading. */
export type PanelItem =
	| { kind: 'finding'; finding: LocatedFinding }
	| { kind: 'fold'; section: string; findings: LocatedFinding[] };

/**
 * `findings` (one rule's, in document order) as panel lines: consecutive warnings and notes
 * under the same heading fold into one line when there are at least `min` of them.
 */
export function foldBySection(
	findings: readonly LocatedFinding[],
	sectionOf: (f: LocatedFinding) => string | null,
	min = FOLD_AT
): PanelItem[] {
	const out: PanelItem[] = [];
	let run: LocatedFinding[] = [];
	let runSection: string | null = null;
	const flush = () => {
		if (runSection !== null && run.length >= min)
			out.push({ kind: 'fold', section: runSection, findings: run });
		else for (const finding of run) out.push({ kind: 'finding', finding });
		run = [];
		runSection = null;
	};
	for (const f of findings) {
		const section = f.severity === 'error' ? null : sectionOf(f);
		if (section === null || section !== runSection) flush();
		if (section === null) out.push({ kind: 'finding', finding: f });
		else {
			runSection = section;
			run.push(f);
		}
	}
	flush();
	return out;
}
