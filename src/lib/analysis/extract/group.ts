/**
 * Grouping statements that say the same thing in different documents. Generic over what a
 * statement is: `extract` groups decision sentences of design docs, and `weave` can group
 * policy sentences of strategies into threads the same way.
 *
 * Each statement is a vector of weighted key terms scaled by IDF over the whole set (so words
 * every document uses count little) and damped for terms that occur in one document only (they
 * cannot be what recurs). Pairs link by cosine similarity; groups merge greedily from the most
 * similar pair down, but only while the average similarity between the two groups stays high
 * (average linkage), which stops one shared word from chaining everything into one blob.
 */
import type { Terms } from './terms.js';

/** A statement to group: the document it comes from and its weighted key terms. */
export interface Statement {
	doc: string;
	terms: Terms;
}

/** How often each term occurs across a set of documents, for IDF. */
export interface TermStats {
	/** Number of sentences counted. */
	sentences: number;
	/** Sentences containing each term. */
	df: Map<string, number>;
	/** Documents containing each term. */
	docs: Map<string, number>;
}

/** Count term frequencies over every sentence of the set (not only the statements). */
export function termStats(corpus: Iterable<{ doc: string; terms: Iterable<string> }>): TermStats {
	// One record per term, so each occurrence costs one lookup; the maps are filled at the end
	// (in order of first occurrence, as counting into them directly would).
	const counts = new Map<string, { df: number; docs: number; lastDoc: string }>();
	let sentences = 0;
	for (const s of corpus) {
		sentences++;
		for (const t of s.terms) {
			const c = counts.get(t);
			if (!c) counts.set(t, { df: 1, docs: 1, lastDoc: s.doc });
			else {
				c.df++;
				// Documents arrive in order, so "a different doc than last time" counts each doc once.
				if (c.lastDoc !== s.doc) {
					c.lastDoc = s.doc;
					c.docs++;
				}
			}
		}
	}
	const df = new Map<string, number>();
	const docs = new Map<string, number>();
	counts.forEach((c, t) => {
		df.set(t, c.df);
		docs.set(t, c.docs);
	});
	return { sentences, df, docs };
}

/** Options for `groupStatements`. */
export interface GroupOptions {
	/** Minimum cosine for statements of different documents to link. */
	threshold: number;
	/** Minimum cosine for statements of the same document to link (restatements). */
	sameDocThreshold: number;
	/** Minimum average similarity between two groups for them to merge. */
	linkage: number;
	/** Weight factor for a term that occurs in one document only. */
	localFactor: number;
	/** Terms two statements must share to link: one shared word is a coincidence. */
	minShared: number;
	/**
	 * Terms that name a known system or concept (synonym lexicon entries): sharing one counts
	 * as sharing `minShared` terms, since "…written in Go" and "…a Go service" meet on Go alone.
	 */
	anchor?: (term: string) => boolean;
	/**
	 * Statements that must not end up in one group with the listed others (`weave`: two
	 * policies that contradict each other share a topic, not a direction). Checked before two
	 * groups merge.
	 */
	apart?: ReadonlyMap<number, readonly number[]>;
}

/** Defaults tuned on labelled sets of design docs (see extract/README.md, "Measuring"). */
export const DEFAULT_GROUP_OPTIONS: GroupOptions = {
	threshold: 0.3,
	sameDocThreshold: 0.5,
	linkage: 0.2,
	localFactor: 0.35,
	minShared: 2
};

/** The result of grouping: groups of statement indices, and the vectors and similarity used. */
export interface Grouping {
	/** Indices into the statements, each group in input order; groups by first member. */
	groups: number[][];
	/** Unit vectors of the statements (term → weight). */
	vectors: Map<string, number>[];
	/** Cosine similarity of two statements (0 when they share no term). */
	similarity(a: number, b: number): number;
}

// Similarities below this are treated as zero (they cannot move an average above `linkage`).
const MIN_SIMILARITY = 0.05;
// A term in more than this share of the statements (and more than MIN_COMMON_POSTINGS of them)
// is skipped when comparing statements.
const COMMON_SHARE = 0.05;
const MIN_COMMON_POSTINGS = 40;

/** IDF of a term: ln(1 + N / df). Unknown terms count as rare. */
export function idf(stats: TermStats, term: string): number {
	return Math.log(1 + stats.sentences / (stats.df.get(term) ?? 1));
}

/** A statement's unit vector: key-term weight × IDF, damped for single-document terms. */
export function vectorOf(terms: Terms, stats: TermStats, localFactor: number): Map<string, number> {
	const v = new Map<string, number>();
	let norm = 0;
	// forEach rather than for…of over entries, which allocates an array per term.
	terms.forEach((w, t) => {
		const x = w * idf(stats, t) * ((stats.docs.get(t) ?? 1) <= 1 ? localFactor : 1);
		v.set(t, x);
		norm += x * x;
	});
	const length = Math.sqrt(norm) || 1;
	v.forEach((x, t) => v.set(t, x / length));
	return v;
}

function checkOptions(o: GroupOptions) {
	for (const k of ['threshold', 'sameDocThreshold', 'linkage', 'localFactor'] as const)
		if (typeof o[k] !== 'number' || !(o[k] >= 0 && o[k] <= 1))
			throw new RangeError(`groupStatements: ${k} must be a number from 0 to 1, got ${o[k]}`);
	if (!Number.isInteger(o.minShared) || o.minShared < 1)
		throw new RangeError(`groupStatements: minShared must be an integer ≥ 1, got ${o.minShared}`);
}

/** Group statements that say the same thing; see the module comment for the method. */
export function groupStatements(
	statements: readonly Statement[],
	stats: TermStats,
	options: Partial<GroupOptions> = {}
): Grouping {
	const o = { ...DEFAULT_GROUP_OPTIONS, ...options };
	checkOptions(o);
	const n = statements.length;
	const vectors = statements.map((s) => vectorOf(s.terms, stats, o.localFactor));

	// Sparse dot products through an inverted index: only pairs that share a term cost anything.
	// Row by row into a dense accumulator, so no map holds every pair.
	const postings = new Map<string, { at: number[]; w: number[]; anchored: boolean }>();
	vectors.forEach((v, i) => {
		v.forEach((x, t) => {
			let list = postings.get(t);
			if (!list) postings.set(t, (list = { at: [], w: [], anchored: o.anchor?.(t) ?? false }));
			list.at.push(i);
			list.w.push(x);
		});
	});
	// A term in a large share of the statements tells them apart no better than a stop word,
	// and would cost a quadratic number of pairs: it is left out of the comparison.
	const common = Math.max(MIN_COMMON_POSTINGS, Math.ceil(n * COMMON_SHARE));
	// Each pair once, in the row of its first statement (`similarity` looks it up there).
	const rows: Map<number, number>[] = Array.from({ length: n }, () => new Map());
	const edges: [number, number, number][] = [];
	const acc = new Float64Array(n);
	const sharedCount = new Float64Array(n);
	const touched: number[] = [];
	for (let i = 0; i < n; i++) {
		vectors[i].forEach((x, t) => {
			const list = postings.get(t)!;
			if (list.at.length > common) return;
			// Postings are in statement order, so the pairs (i, j > i) are the tail of the list.
			for (let k = list.at.length - 1; k >= 0 && list.at[k] > i; k--) {
				const j = list.at[k];
				if (acc[j] === 0 && sharedCount[j] === 0) touched.push(j);
				acc[j] += x * list.w[k];
				sharedCount[j] += list.anchored ? o.minShared : 1;
			}
		});
		for (const j of touched) {
			const sim = acc[j];
			if (sim > MIN_SIMILARITY) {
				rows[i].set(j, sim);
				const same = statements[i].doc === statements[j].doc;
				if (sim >= (same ? o.sameDocThreshold : o.threshold) && sharedCount[j] >= o.minShared)
					edges.push([i, j, sim]);
			}
			acc[j] = 0;
			sharedCount[j] = 0;
		}
		touched.length = 0;
	}
	const similarity = (a: number, b: number) =>
		a === b ? 1 : ((a < b ? rows[a].get(b) : rows[b].get(a)) ?? 0);
	edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);

	// Greedy average linkage. Sums of similarity between groups are kept per pair of groups
	// and added when groups merge, so a merge test costs one lookup. Only statements with an
	// edge ever merge or are asked about, so only they keep sums (each sum depends on its own
	// pair of groups alone: leaving the others out changes no value, nor its order of additions).
	const groupOf = Array.from({ length: n }, (_, i) => i);
	const members = new Map<number, number[]>();
	for (let i = 0; i < n; i++) members.set(i, [i]);
	const linked = new Uint8Array(n);
	for (const [a, b] of edges) linked[a] = linked[b] = 1;
	const sums = new Map<number, Map<number, number>>();
	for (let i = 0; i < n; i++) if (linked[i]) sums.set(i, new Map());
	for (let i = 0; i < n; i++)
		if (linked[i]) {
			const own = sums.get(i)!;
			rows[i].forEach((sim, j) => {
				if (!linked[j]) return;
				own.set(j, sim);
				sums.get(j)!.set(i, sim);
			});
		}
	for (const [a, b] of edges) {
		const ga = groupOf[a];
		const gb = groupOf[b];
		if (ga === gb) continue;
		const A = members.get(ga)!;
		const B = members.get(gb)!;
		const total = sums.get(ga)!.get(gb) ?? 0;
		if (total / (A.length * B.length) < o.linkage) continue;
		if (o.apart && A.some((i) => o.apart!.get(i)?.some((j) => groupOf[j] === gb))) continue;
		const [keep, gone] = A.length >= B.length ? [ga, gb] : [gb, ga];
		for (const i of members.get(gone)!) groupOf[i] = keep;
		members.set(keep, members.get(keep)!.concat(members.get(gone)!));
		members.delete(gone);
		const keepSums = sums.get(keep)!;
		sums.get(gone)!.forEach((v, c) => {
			if (c === keep) return;
			const merged = (keepSums.get(c) ?? 0) + v;
			keepSums.set(c, merged);
			const other = sums.get(c)!;
			other.delete(gone);
			other.set(keep, merged);
		});
		keepSums.delete(gone);
		sums.delete(gone);
	}
	const groups = [...members.values()]
		.map((g) => g.sort((x, y) => x - y))
		.sort((x, y) => x[0] - y[0]);
	return { groups, vectors, similarity };
}

/** The centroid of a group of statements, and a statement's projection onto it. */
export interface Centroid {
	/** Sum of the members' vectors (term → weight). */
	terms: Map<string, number>;
	/** Dot product of a vector with the centroid, divided by the centroid's norm. */
	closeness(v: Map<string, number>): number;
}

/** The centroid of the statements `members` (indices into `vectors`). */
export function centroidOf(members: readonly number[], vectors: Map<string, number>[]): Centroid {
	const terms = new Map<string, number>();
	for (const i of members) vectors[i].forEach((x, t) => terms.set(t, (terms.get(t) ?? 0) + x));
	let squares = 0;
	terms.forEach((x) => {
		squares += x * x;
	});
	const norm = Math.sqrt(squares) || 1;
	return {
		terms,
		closeness(v) {
			let d = 0;
			v.forEach((x, t) => {
				d += x * (terms.get(t) ?? 0);
			});
			return d / norm;
		}
	};
}
