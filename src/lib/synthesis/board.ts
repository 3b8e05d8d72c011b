/**
 * The synthesis board: the extracted decisions as groups the author works through (accept,
 * reword, merge, split, drop, add by hand). Every operation is a pure function from one board to
 * the next, so the page can keep history and tests can read as tables. An unknown key or an
 * impossible split leaves the board as it was.
 */
import type { ExtractedDecision, ExtractedEvidence } from '$lib/analysis/extract';
import { phrasePolicy, policySource } from './phrasing';

/** Where a group stands. */
export type GroupStatus = 'pending' | 'accepted' | 'dropped';

/** One candidate policy on the board. */
export interface Group {
	/** Stable key: the first decision's id, `split-N` or `hand-N`. */
	key: string;
	origin: 'extracted' | 'split' | 'hand';
	/** Ids of the extracted decisions folded into this group (merges add to it). */
	decisionIds: string[];
	/** The representative sentence from the docs (the policy text for a hand-added one). */
	summary: string;
	/** The policy text: phrased from the summary until the author rewords it. */
	policy: string;
	reworded: boolean;
	status: GroupStatus;
	evidence: ExtractedEvidence[];
	/** Reasons the docs gave (or, for a hand-added policy, the author's). */
	rationale: string[];
	/** Options the docs set aside. */
	alternatives: string[];
	controversial: boolean;
}

/** The board: groups in ranked order, plus a counter for new keys. */
export interface Board {
	groups: Group[];
	next: number;
}

const uniq = <T>(list: T[]): T[] => [...new Set(list)];

/** The documents a group's evidence spans, in first-seen order. */
export function docsOf(group: Group): string[] {
	return uniq(group.evidence.map((e) => e.doc));
}

/** Extracted from a single document and never merged: listed apart, collapsed. */
export function isOneOff(group: Group): boolean {
	return group.origin === 'extracted' && docsOf(group).length < 2;
}

function autoPolicy(summary: string, evidence: ExtractedEvidence[], rationale: string[]): string {
	return phrasePolicy(policySource(summary, evidence), rationale);
}

/** A board from `extract`'s decisions, in its ranking, all pending. */
export function boardFrom(decisions: readonly ExtractedDecision[]): Board {
	return {
		next: 1,
		groups: decisions.map((d) => ({
			key: d.id,
			origin: 'extracted',
			decisionIds: [d.id],
			summary: d.summary,
			policy: autoPolicy(d.summary, d.evidence, d.rationale),
			reworded: false,
			status: 'pending',
			evidence: [...d.evidence],
			rationale: [...d.rationale],
			alternatives: [...(d.alternatives ?? [])],
			controversial: d.controversial
		}))
	};
}

function update(board: Board, key: string, change: (g: Group) => Group): Board {
	if (!board.groups.some((g) => g.key === key)) return board;
	return { ...board, groups: board.groups.map((g) => (g.key === key ? change(g) : g)) };
}

/** Accept, drop, or return a group to pending (undoes a drop). */
export function setStatus(board: Board, key: string, status: GroupStatus): Board {
	return update(board, key, (g) => ({ ...g, status }));
}

/** Put the author's words on a group and accept it; empty text goes back to the phrased policy. */
export function reword(board: Board, key: string, text: string): Board {
	const clean = text.replace(/\s+/g, ' ').trim();
	return update(board, key, (g) =>
		clean
			? { ...g, policy: clean, reworded: true, status: 'accepted' }
			: { ...g, policy: autoPolicy(g.summary, g.evidence, g.rationale), reworded: false }
	);
}

const sameEvidence = (a: ExtractedEvidence, b: ExtractedEvidence) =>
	a.doc === b.doc && a.line === b.line && a.column === b.column && a.text === b.text;

/**
 * Fold group `from` into group `into`: evidence, reasons, alternatives and decision ids join;
 * contested if either was; accepted if either was. `into` keeps its place and its wording.
 */
export function merge(board: Board, into: string, from: string): Board {
	const a = board.groups.find((g) => g.key === into);
	const b = board.groups.find((g) => g.key === from);
	if (!a || !b || a === b) return board;
	const evidence = [
		...a.evidence,
		...b.evidence.filter((e) => !a.evidence.some((x) => sameEvidence(x, e)))
	];
	const merged: Group = {
		...a,
		decisionIds: uniq([...a.decisionIds, ...b.decisionIds]),
		evidence,
		rationale: uniq([...a.rationale, ...b.rationale]),
		alternatives: uniq([...a.alternatives, ...b.alternatives]),
		controversial: a.controversial || b.controversial,
		status: a.status === 'accepted' || b.status === 'accepted' ? 'accepted' : 'pending'
	};
	return {
		...board,
		groups: board.groups.filter((g) => g !== b).map((g) => (g === a ? merged : g))
	};
}

/**
 * Move the evidence at `indexes` out of a group into a new pending group placed right after it.
 * Reasons and alternatives found in the moved sentences go with them. Needs at least one
 * sentence to move and one to stay.
 */
export function split(board: Board, key: string, indexes: readonly number[]): Board {
	const at = board.groups.findIndex((g) => g.key === key);
	const g = board.groups[at];
	const picked = new Set(indexes.filter((i) => g && i >= 0 && i < g.evidence.length));
	if (!g || picked.size === 0 || picked.size === g.evidence.length) return board;
	const moved = g.evidence.filter((_, i) => picked.has(i));
	const kept = g.evidence.filter((_, i) => !picked.has(i));
	const inMoved = (s: string) => moved.some((e) => e.text.includes(s.trim()));
	const rest: Group = {
		...g,
		evidence: kept,
		rationale: g.rationale.filter((r) => !inMoved(r)),
		alternatives: g.alternatives.filter((a) => !inMoved(a))
	};
	if (!rest.reworded) rest.policy = autoPolicy(rest.summary, kept, rest.rationale);
	if (!kept.some((e) => e.text === rest.summary)) {
		rest.summary = kept[0].text;
		if (!rest.reworded) rest.policy = autoPolicy(rest.summary, kept, rest.rationale);
	}
	const rationale = g.rationale.filter(inMoved);
	const alternatives = g.alternatives.filter(inMoved);
	const fresh: Group = {
		key: `split-${board.next}`,
		origin: 'split',
		decisionIds: [...g.decisionIds],
		summary: moved[0].text,
		policy: autoPolicy(moved[0].text, moved, rationale),
		reworded: false,
		status: 'pending',
		evidence: moved,
		rationale,
		alternatives,
		controversial: g.controversial && alternatives.length > 0
	};
	const groups = [...board.groups];
	groups.splice(at, 1, rest, fresh);
	return { groups, next: board.next + 1 };
}

/** Add an accepted policy the docs did not produce, with the author's reason if given. */
export function addByHand(board: Board, policy: string, reason = ''): Board {
	const text = policy.replace(/\s+/g, ' ').trim();
	if (!text) return board;
	const group: Group = {
		key: `hand-${board.next}`,
		origin: 'hand',
		decisionIds: [],
		summary: text,
		policy: text,
		reworded: true,
		status: 'accepted',
		evidence: [],
		rationale: reason.trim() ? [reason.trim()] : [],
		alternatives: [],
		controversial: false
	};
	return { groups: [...board.groups, group], next: board.next + 1 };
}

/** Remove a hand-added group (extracted ones are dropped instead, so they can come back). */
export function removeHandAdded(board: Board, key: string): Board {
	return {
		...board,
		groups: board.groups.filter((g) => !(g.key === key && g.origin === 'hand'))
	};
}
