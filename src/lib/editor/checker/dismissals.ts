/**
 * Dismissed findings: matched by rule and excerpt (whitespace-insensitive), so a dismissal
 * survives edits anywhere else and lapses when its own sentence changes. On export they become
 * the engine's ignore comments (ignore-comments.ts).
 */
// The config module only: the engine's index would pull the whole engine into the page.
import { RULE_IDS } from '$lib/analysis/config.js';
import type { Dismissal, Finding, RuleId } from '$lib/analysis';

export type { Dismissal };

/** Longest reason kept. */
export const MAX_REASON = 500;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The key a finding and a dismissal are matched by. */
export function dismissalKey(rule: string, excerpt: string): string {
	return `${rule}\u0000${norm(excerpt)}`;
}

/** A dismissal for `finding`. */
export function dismissalOf(finding: Finding, reason = '', at = new Date()): Dismissal {
	return {
		rule: finding.rule,
		excerpt: finding.excerpt,
		reason: norm(reason).slice(0, MAX_REASON),
		at: at.getTime()
	};
}

/** Stored dismissals, validated: anything malformed is dropped, duplicates keep the first. */
export function restoreDismissals(raw: unknown): Dismissal[] {
	if (!Array.isArray(raw)) return [];
	const out: Dismissal[] = [];
	const seen = new Set<string>();
	for (const d of raw) {
		if (typeof d !== 'object' || d === null) continue;
		const { rule, excerpt, reason, at } = d as Record<string, unknown>;
		if (!RULE_IDS.includes(rule as RuleId) || typeof excerpt !== 'string') continue;
		const k = dismissalKey(rule as string, excerpt);
		if (seen.has(k)) continue;
		seen.add(k);
		out.push({
			rule: rule as RuleId,
			excerpt,
			reason: typeof reason === 'string' ? reason.slice(0, MAX_REASON) : '',
			at: typeof at === 'number' && Number.isFinite(at) ? at : Date.parse(String(at)) || 0
		});
	}
	return out;
}

/** Split findings into those still shown and those a dismissal matches. */
export function partition<F extends Finding>(
	findings: readonly F[],
	dismissed: readonly Dismissal[]
): { shown: F[]; hidden: F[] } {
	const keys = new Set(dismissed.map((d) => dismissalKey(d.rule, d.excerpt)));
	const shown: F[] = [];
	const hidden: F[] = [];
	for (const f of findings) (keys.has(dismissalKey(f.rule, f.excerpt)) ? hidden : shown).push(f);
	return { shown, hidden };
}

/** Markdown with ignore comments, and where they went. */
export interface Commented {
	markdown: string;
	/** Lines of the original (1-based, ascending) that got a comment line before them. */
	inserted: number[];
}

/** The original line of line `line` of the commented text (null for a comment line itself). */
export function originalLine(commented: Commented, line: number): number | null {
	let shift = 0;
	for (const at of commented.inserted) {
		const commentLine = at + shift;
		if (commentLine === line) return null;
		if (commentLine > line) break;
		shift++;
	}
	return line - shift;
}
