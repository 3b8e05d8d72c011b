/**
 * Step 3c of `extract`: which groups recur, how they rank, and their ids. Recurring decisions
 * (spanning `minDocs` documents, tied closely enough) come first, ranked by documents spanned,
 * then contested, then commitment; then the most firmly worded one-off decisions.
 */
import type { Candidate } from './candidates.js';
import type { Grouping } from './group.js';

/** How firmly the strongest evidence sentence commits. */
export type Commitment = 'strong' | 'moderate' | 'weak';

/** Commitment strength (0–3, from cues.ts) → its name. */
export const COMMITMENT_NAMES: Commitment[] = ['weak', 'weak', 'moderate', 'strong'];

// Closest cross-document similarity a group needs to recur when fewer than two of its
// documents commit to it in so many words.
export const WEAK_LINK = 0.45;

/** A group before it is worked out: its evidence, documents and how firmly it commits. */
export interface Sketch {
	/** Indices into the units. */
	members: number[];
	/** Its decision sentences. */
	cs: Candidate[];
	/** Documents spanned, by index, ascending. */
	docIdx: number[];
	commitment: number;
	/** Commitment, plus half a point when any evidence sits in a Decision section. */
	rank: number;
}

/** Sketch every group of units. */
export function sketchGroups(
	groups: number[][],
	units: number[][],
	candidates: readonly Candidate[]
): Sketch[] {
	return groups.map((members) => {
		const cs = members.flatMap((u) => units[u].map((i) => candidates[i]));
		const docIdx = [...new Set(cs.map((c) => c.sentence.docIndex))].sort((a, b) => a - b);
		const commitment = Math.max(...cs.map((c) => c.commitment));
		const decided = cs.some((c) => c.sentence.kind === 'decision');
		return { members, cs, docIdx, commitment, rank: commitment + (decided ? 0.5 : 0) };
	});
}

/**
 * Every recurring group is worked out in full; of the one-off groups only as many as are
 * listed, the most firmly worded first (weakly worded ones are never listed).
 */
export function listedOneOffs(sketches: Sketch[], minDocs: number, maxOneOff: number): Set<Sketch> {
	return new Set(
		sketches
			.filter((k) => k.docIdx.length < minDocs && k.commitment >= 2)
			.sort((a, b) => b.rank - a.rank)
			.slice(0, maxOneOff)
	);
}

/**
 * The strongest tie between two documents' statements in a group: what makes it recur at all.
 * Only whether it reaches WEAK_LINK matters, so the search stops there.
 */
export function strongestLink(
	members: readonly number[],
	docOfUnit: (u: number) => number,
	grouping: Grouping
): number {
	let link = 0;
	for (let a = 0; a < members.length && link < WEAK_LINK; a++)
		for (let b = a + 1; b < members.length && link < WEAK_LINK; b++) {
			const i = members[a];
			const j = members[b];
			if (docOfUnit(i) !== docOfUnit(j)) link = Math.max(link, grouping.similarity(i, j));
		}
	return link;
}

/** Lexicographic in spirit: documents spanned, then contested, then commitment. */
export function scoreOf(g: {
	docs: number;
	controversial: boolean;
	contestScore: number;
	commitment: number;
	cohesion: number;
}): number {
	const score =
		g.docs * 100 +
		(g.controversial ? 50 : 0) +
		Math.min(g.contestScore, 6) * 2 +
		g.commitment * 3 +
		g.cohesion * 2;
	return Math.round(score * 100) / 100;
}

/**
 * Recurring decisions first, then the one-offs, each by score; ids made unique. Plain statements
 * of a design ("the portal reads positions…") recur by accident more often than commitments do:
 * unless two documents commit to it in so many words (`link` 1), a group needs a closer tie
 * (WEAK_LINK) to count as recurring.
 */
export function ordered<
	D extends { id: string; oneOff: boolean; score: number; commitment: Commitment }
>(decisions: D[], link: Map<D, number>, maxOneOff: number): D[] {
	const recurring = decisions
		.filter((d) => !d.oneOff && link.get(d)! >= WEAK_LINK)
		.sort((a, b) => b.score - a.score);
	const oneOff = decisions
		.filter((d) => d.oneOff && d.commitment !== 'weak')
		.sort((a, b) => b.score - a.score)
		.slice(0, maxOneOff);
	const seen = new Map<string, number>();
	for (const d of [...recurring, ...oneOff]) {
		const n = (seen.get(d.id) ?? 0) + 1;
		seen.set(d.id, n);
		if (n > 1) d.id += '-' + n;
	}
	return [...recurring, ...oneOff];
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable id from text. */
export function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/** The list without case-insensitive repeats, first kept. */
export function unique(xs: string[]): string[] {
	const seen = new Set<string>();
	return xs.filter((x) => {
		const k = x.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/**
 * The `k` heaviest terms of a weight map (weight descending, then name), those `keep` allows:
 * the head of the sorted entries, picked in one pass without sorting them all.
 */
export function heaviest(
	weights: ReadonlyMap<string, number>,
	k: number,
	keep: (term: string) => boolean = () => true
): string[] {
	const top: [string, number][] = [];
	// The order of `(a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)`, as a test.
	const before = (a: [string, number], b: [string, number]) => {
		const d = b[1] - a[1];
		return d < 0 || (!d && a[0] < b[0]);
	};
	if (k <= 0) return [];
	weights.forEach((w, t) => {
		if (!keep(t)) return;
		const e: [string, number] = [t, w];
		if (top.length === k) {
			if (!before(e, top[k - 1])) return;
			top.pop();
		}
		let i = top.length;
		while (i > 0 && before(e, top[i - 1])) i--;
		top.splice(i, 0, e);
	});
	return top.map(([t]) => t);
}
