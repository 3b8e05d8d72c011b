/**
 * Pairs worth comparing: policies of two different strategies that are on one topic by
 * structure, for the author to judge where the contradiction finder (stance.ts) cannot read
 * the stance. On four blind sets in a row it found 0.00–0.20 of the labelled contradictions
 * when the wording was new; what it reliably knows is that two policies talk about one thing.
 *
 * A pair is on one topic when the policies share a **rare** term: a key term (extract/terms.ts
 * stems, as the contradiction finder's topic holds them), a named system, or one thing under
 * two names (clause.ts aliases: "X, which the team calls Y"), weighed by how few policies of
 * all the strategies use it (IDF over policies). A term a tenth of the policies use is common
 * and ties nothing. A term around a number, duration or date on both sides (stance.ts
 * quantities) counts double: two numbers about one thing are where strategies quietly differ.
 *
 * Left out: a pair reported as a contradiction; a pair inside one thread that says the same
 * thing (see `sayTheSame`); two policies of one strategy. Ranked by a cosine over rare keys
 * weighed by rarity; at most `MAX_PAIRS`, each policy in at most `MAX_PER_POLICY` of them.
 */
import type { ComparePair, Contradiction, Thread } from '../types.js';
import type { Unit } from './contradictions.js';
import { baseOf } from '../extract/terms.js';
import { tokenize } from '../text/index.js';
import type { Token } from '../text/tokens.js';
import { normalise, setId } from './ids.js';
import {
	CLOCK_TIME,
	differences,
	marksOf,
	mostDifferent,
	type Difference,
	type Marks
} from './differ.js';

/**
 * How many pairs are shown. An author reads a pair in well under a minute; fifteen is a
 * sitting of ten minutes, and on the labelled sets recall@k barely grows past 15 (see README).
 */
export const MAX_PAIRS = 15;
/** One policy on a popular topic would fill the list: a policy appears in at most this many. */
export const MAX_PER_POLICY = 2;
// A term used by more than this share of the policies is common: it ties no pair.
const COMMON_SHARE = 0.1;
// …and at least this many policies may always share a term (small sets).
const COMMON_MIN = 3;
// The weight of a term around a number on both sides, as a multiple of its rarity.
const NUMBER_WEIGHT = 2;
// A pair whose strongest shared term is this rare or rarer (ln N/df) qualifies; with five
// strategies of 15–20 policies a term of two or three policies is about ln(80/3) ≈ 3.3.
const MIN_RARITY = 2;
// How much a key written only as a past participle on both sides counts (see `participle`).
const PARTICIPLE_WEIGHT = 0.5;
// Two policies of one thread using mostly the same words (cosine of their topics) may say the
// same thing; below this they say different things about one topic.
const SAME_WORDS = 0.7;

// How many candidates per pair shown are ordered (the rest cannot make the list in practice).
const SHORTLIST = 20;
const NAME = '\u0002';
const ALIAS = '\u0003';
const PHRASE = '\u0004';
// The key of a policy that states a time of day: two policies setting the hours of things
// ("close at 21:30", "slots until 22:00") are worth comparing when few policies state one.
const CLOCK = '\u0005';
// How much the differences of a pair (differ.ts) lift its topic score, at most.
const DIFFERENCE_CAP = 1.2;

// Words that open a noun phrase: articles, possessives, demonstratives, quantifiers.
const OPENERS = new Set(
	'the a an our their its his her your my each every this these those no any all some per both either neither several many few most one two three four five six seven eight nine ten'.split(
		' '
	)
);
// Words a noun phrase ends before: prepositions, conjunctions, auxiliaries, modals, relatives.
const CLOSERS = new Set(
	'of in on at for to from with by into onto over under after before within without through across against between about and or but nor than as if unless because so not that which who whose where when while is are was were be been being will would must shall should can could may might has have had does do did'.split(
		' '
	)
);
// A word right before one of these is the head of a subject ("scans are kept").
const AFTER_SUBJECT = new Set(
	'is are was were will would must shall should can could may might has have had stays stay remains remain'.split(
		' '
	)
);
// A word right after one of these heads its object ("kept in Cairn", "the cost of pricing").
const PREPOSITIONS = new Set(
	'of in on at for from with by into onto over under within without through across against between about'.split(
		' '
	)
);
// Adjectives of order, identity and age that sit in a noun phrase without naming a topic.
const NOT_TOPICS = new Set(
	'last first next same other only own new old whole full single main current previous following various certain such except'.split(
		' '
	)
);
// Punctuation between two words: they are not in one phrase.
const BREAK = /[,.;:!?()[\]"“”]/;

/**
 * Stems of the words a text uses as nouns, read from the phrase around them: after an article,
 * a possessive, a quantifier or a number (up to three words, "the gate pass list"), after a
 * preposition, before an auxiliary or a modal ("scans are kept"), or a capitalised name
 * inside a sentence. A word ending in "-ed" is a participle there ("a named team"); ordinals and
 * words of identity ("the last", "the same") are no topic. A term that a policy never uses in
 * such a place ("lives", "reaches", "except") says what happens, not what it is about.
 */
export function nominalStems(text: string, tokens: readonly Token[] = tokenize(text)): Set<string> {
	const out = new Set<string>();
	const add = (w: string) => {
		if (NOT_TOPICS.has(w) || OPENERS.has(w) || CLOSERS.has(w)) return;
		if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) return;
		out.add(baseOf(w));
	};
	const joined = (i: number) => !BREAK.test(text.slice(tokens[i - 1].end, tokens[i].start));
	const verbBefore = (j: number) => {
		const next = tokens[j + 1];
		return (
			/[^s]s$/.test(tokens[j].lower) &&
			!!next &&
			joined(j + 1) &&
			(OPENERS.has(next.lower) ||
				/^[A-Z\d]/.test(next.text) ||
				(PREPOSITIONS.has(next.lower) && next.lower !== 'of'))
		);
	};
	for (let i = 0; i < tokens.length; i++) {
		const w = tokens[i].lower;
		const opener = OPENERS.has(w) || /^\d/.test(w);
		if (opener || PREPOSITIONS.has(w)) {
			for (let j = i + 1; j < Math.min(tokens.length, i + 4) && joined(j); j++) {
				const x = tokens[j].lower;
				if (OPENERS.has(x) || CLOSERS.has(x)) break;
				// "…squad picks the database", "…list reaches Cairn": a word in -s before an
				// object is the verb the phrase ends at.
				if (j > i + 1 && verbBefore(j)) break;
				add(x);
				if (!opener) break;
			}
		}
		if (i > 0 && AFTER_SUBJECT.has(w) && joined(i)) add(tokens[i - 1].lower);
		if (i > 0 && /^[A-Z]/.test(tokens[i].text) && joined(i)) add(w);
		// A plural opening the sentence is its subject ("Customers get…"); an imperative opens
		// with the bare verb.
		if (i === 0 && /[^s]s$/.test(w) && w.length > 3) add(w);
	}
	return out;
}

/**
 * Two-word phrases of a text: stems of adjacent content words with no punctuation between
 * ("stop times", "route planner"), so that a shared phrase ties more than its words apart.
 * Inflections fold (baseOf): "route planners" and "route planning" share "rout plan". With
 * `terms`, only phrases of two of those stems (a policy's key terms).
 */
export function phrasesOf(
	text: string,
	tokens: readonly Token[] = tokenize(text),
	terms?: ReadonlySet<string>
): Set<string> {
	const out = new Set<string>();
	// A participle ("switched off", "named owner") says what happens, not what it is about.
	const content = (w: string) =>
		/^[a-z][a-z-]{2,}$/.test(w) &&
		!OPENERS.has(w) &&
		!CLOSERS.has(w) &&
		!NOT_TOPICS.has(w) &&
		!(w.length > 4 && w.endsWith('ed') && !w.endsWith('eed'));
	// Whether each word may be in a phrase, and its stem ('' when not).
	const stem = tokens.map(({ lower }) =>
		(!terms || terms.has(baseOf(lower))) && content(lower) ? baseOf(lower) : ''
	);
	for (let i = 1; i < tokens.length; i++) {
		if (!stem[i - 1] || !stem[i] || BREAK.test(text.slice(tokens[i - 1].end, tokens[i].start)))
			continue;
		out.add(`${stem[i - 1]} ${stem[i]}`);
	}
	return out;
}

/**
 * What a policy shares topics on: its topic terms, the systems it names, its alias classes,
 * and `phrases`, the two-word phrases of it that other policies use too.
 */
function keysOf(u: Unit, phrases: Iterable<string>, clock: boolean): Set<string> {
	const keys = new Set<string>();
	for (const t of u.terms) if (!/^\d/.test(t)) keys.add(t);
	for (const c of u.stance.choices) keys.add(NAME + c.name);
	for (const c of u.named?.keys() ?? []) keys.add(ALIAS + c);
	for (const p of phrases) keys.add(PHRASE + p);
	if (clock) keys.add(CLOCK);
	return keys;
}

/** Terms each quantity of a unit is about, by dimension: "30 days of backups" → backup. */
function measured(u: Unit): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const q of u.stance.quantities)
		for (const t of q.around) {
			const dims = out.get(t) ?? new Set<string>();
			dims.add(q.dimension);
			out.set(t, dims);
		}
	return out;
}

/**
 * Whether two policies of one thread say the same thing: mostly the same words (topic cosine
 * at least `SAME_WORDS`), and the same stance as the reader sees it: the same systems adopted
 * and refused, the same poles, the same numbers, the same refused terms. Any difference in what
 * they choose, refuse or how much is left for the author to compare.
 */
export function sayTheSame(a: Unit, b: Unit): boolean {
	if (normalise(a.text) === normalise(b.text)) return true;
	let cos = 0;
	for (const [t, w] of a.topic) cos += w * (b.topic.get(t) ?? 0);
	if (cos < SAME_WORDS) return false;
	const stance = (u: Unit) =>
		[
			...u.stance.choices.map((c) => `c:${c.name}${c.polarity}`),
			...u.stance.poles.map((p) => `p:${p.axis}:${p.pole}`),
			...u.stance.quantities.map((q) => `q:${q.dimension}:${q.value}`),
			...[...u.stance.refused].map((t) => `r:${t}`)
		]
			.sort()
			.join();
	return stance(a) === stance(b);
}

const DIMENSIONS = ['percent', 'time', 'size', 'money', 'date'];
/** One bit per dimension of a quantity (stance.ts). */
function dimensionBit(d: string): number {
	return 1 << (DIMENSIONS.indexOf(d) + 1);
}

/** The first word of a text, given its tokens (or part of a compound), whose stem is `key`. */
function wordOf(key: string, tokens: readonly Token[]): string | undefined {
	// A stem starts as its words do: only those are stemmed.
	const head = key.slice(0, 2);
	for (const t of tokens) {
		// Parts of a compound keep their offsets, so the word is returned as written ("CI").
		let at = 0;
		for (const [i, w] of [t.lower, ...t.lower.split(/[-/_.]/)].entries()) {
			const from = i === 0 ? 0 : at;
			if (i > 0) at += w.length + 1;
			if (w.startsWith(head) && baseOf(w) === key) return t.text.slice(from, from + w.length);
		}
	}
	return undefined;
}

// The words starting with a stem, one pattern per stem (`match` with /g resets it).
const wordsFrom = new Map<string, RegExp>();
/**
 * Whether `lower` writes the term `key` (a stem) only as a past participle: every word starting
 * with the stem ends in "-ed" ("switched", "named"), none is a noun form ("names", "switch").
 * `lower` is the text lower-cased.
 */
function participle(key: string, lower: string): boolean {
	if (!/^[a-z]+$/.test(key)) return false;
	let re = wordsFrom.get(key);
	if (!re) {
		if (wordsFrom.size > 5_000) wordsFrom.clear();
		wordsFrom.set(key, (re = new RegExp(`\\b${key}[a-z]*`, 'g')));
	}
	const words = lower.match(re);
	return !!words && words.every((w) => w.length > 4 && w.endsWith('ed') && !w.endsWith('eed'));
}

/** A key as the policies write it: the word whose stem it is, or the name(s). */
function written(key: string, a: Unit, b: Unit): string {
	if (key.startsWith(NAME)) {
		const name = key.slice(1);
		return [...a.stance.choices, ...b.stance.choices].find((c) => c.name === name)?.written ?? name;
	}
	if (key.startsWith(PHRASE)) {
		const [x, y] = key.slice(1).split(' ');
		const first = wordOf(x, a.tokens) ?? x;
		return `${first} ${wordOf(y, tokenize(a.text.slice(a.text.indexOf(first)))) ?? y}`;
	}
	if (key === CLOCK) return 'time of day';
	if (key.startsWith(ALIAS)) {
		const c = Number(key.slice(1));
		const names = [...new Set([...(a.named?.get(c) ?? []), ...(b.named?.get(c) ?? [])])];
		return names.join(' = ');
	}
	return wordOf(key, a.tokens) ?? wordOf(key, b.tokens) ?? key;
}

/** How many sentences of all the strategies use each term (extract/group.ts `termStats`). */
export interface SentenceCounts {
	sentences: number;
	df: ReadonlyMap<string, number>;
}

/** Inserts `item` into `list`, kept in `order`, after any equal items (a binary search). */
export function insertSorted<T>(list: T[], item: T, order: (p: T, q: T) => number): void {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (order(list[mid], item) <= 0) lo = mid + 1;
		else hi = mid;
	}
	list.splice(lo, 0, item);
}

/**
 * Pairs of policies (`units`, as the contradiction finder reads them) from different
 * strategies on one topic, not among `contradictions` and not saying the same thing inside
 * one of `threads`: strongest topic times its differences first, at most `limit` (default
 * `MAX_PAIRS`). `counts`, the terms of all the strategies' sentences, weighs a term by how
 * rare it is in everything the strategies say, so a company's everyday nouns tie little.
 */
export function pairsToCompare(
	units: readonly Unit[],
	contradictions: readonly Contradiction[],
	threads: readonly Thread[],
	counts?: SentenceCounts,
	limit = MAX_PAIRS
): ComparePair[] {
	const n = units.length;
	if (n < 2) return [];
	// Keys as numbers, with their document frequency over policies.
	const idOf = new Map<string, number>();
	const names: string[] = [];
	const df: number[] = [];
	const tokens = units.map((u) => u.tokens);
	// Phrases of two key terms, counted apart: only one that two policies share is a key.
	const phrases = units.map((u, i) => phrasesOf(u.text, tokens[i], u.terms));
	const phraseDf = new Map<string, number>();
	for (const ps of phrases) for (const p of ps) phraseDf.set(p, (phraseDf.get(p) ?? 0) + 1);
	const keys = units.map((u, i) =>
		[
			...keysOf(
				u,
				[...phrases[i]].filter((p) => phraseDf.get(p)! >= 2),
				CLOCK_TIME.test(u.text)
			)
		].map((k) => {
			let id = idOf.get(k);
			if (id === undefined) {
				idOf.set(k, (id = names.length));
				names.push(k);
				df.push(0);
			}
			df[id]++;
			return id;
		})
	);
	const common = Math.max(COMMON_MIN, Math.ceil(n * COMMON_SHARE));
	// A term's rarity over all sentences when known (its everyday use outside policies counts),
	// else over policies; names, aliases and phrases by policies.
	const rarity = df.map((d, k) => {
		const s = counts?.df.get(names[k]);
		return s ? Math.min(Math.log(n / d), Math.log(counts!.sentences / s)) : Math.log(n / d);
	});
	// Only rare keys count: a pair is found through what it shares that few others do, so the
	// work grows with the rare postings, not with all pairs.
	const rare = keys.map((ks) => ks.filter((k) => df[k] >= 2 && df[k] <= common));
	const postings: number[][] = names.map(() => []);
	rare.forEach((ks, i) => ks.forEach((k) => postings[k].push(i)));
	// Per policy, the dimensions (a bit each) of the numbers around each rare key.
	const measures = units.map((u, i) => {
		const m = measured(u);
		const out = new Map<number, number>();
		for (const k of rare[i]) {
			const dims = m.get(names[k]);
			if (dims)
				out.set(
					k,
					[...dims].reduce((bits, d) => bits | dimensionBit(d), 0)
				);
		}
		return out;
	});
	const numbered = (i: number, j: number, k: number) =>
		((measures[i].get(k) ?? 0) & (measures[j].get(k) ?? 0)) !== 0;
	// The rare mass of each policy: the denominator of its cosine.
	const mass = rare.map((ks) => ks.reduce((m, k) => m + rarity[k] ** 2, 0) || 1);

	const num = new Float64Array(n);
	const top = new Float64Array(n);
	const touched: number[] = [];
	const ci: number[] = [];
	const cj: number[] = [];
	const cs: number[] = [];
	const docOf = Int32Array.from(units, (u) => u.docIndex);
	const marks: (Marks | undefined)[] = [];
	const marksAt = (i: number) => (marks[i] ??= marksOf(units[i].text, tokens[i]));
	// The lift of a pair's differences. A candidate is first lifted by what its differences
	// could weigh at most (`mostDifferent`), so its rescored score never exceeds its first.
	const lift = (weight: number) => 1 + Math.min(DIFFERENCE_CAP, weight);
	for (let i = 0; i < n; i++) {
		const doc = docOf[i];
		for (const k of rare[i]) {
			const around = measures[i].has(k);
			for (const j of postings[k]) {
				if (j <= i || docOf[j] === doc) continue;
				if (top[j] === 0) touched.push(j);
				const x = around && numbered(i, j, k) ? rarity[k] * NUMBER_WEIGHT : rarity[k];
				num[j] += x * x;
				if (rarity[k] > top[j]) top[j] = rarity[k];
			}
		}
		for (const j of touched) {
			// A cosine over rare keys, each weighed by its rarity: what the two share, against
			// all the rare things each says, so two long policies meeting on one word by chance
			// rank below two short ones about one thing.
			if (top[j] >= MIN_RARITY) {
				ci.push(i);
				cj.push(j);
				const most = mostDifferent(units[i], units[j], marksAt(i), marksAt(j));
				cs.push((lift(most) * num[j]) / Math.sqrt(mass[i] * mass[j]));
			}
			num[j] = 0;
			top[j] = 0;
		}
		touched.length = 0;
	}

	const reported = new Set(contradictions.map((c) => c.id));
	const threadOf = new Map<string, number[]>();
	threads.forEach((t, i) => {
		for (const p of t.policies) threadOf.set(p, [...(threadOf.get(p) ?? []), i]);
	});
	const together = (a: Unit, b: Unit) => {
		const ta = threadOf.get(a.policy);
		const tb = threadOf.get(b.policy);
		return !!ta && !!tb && ta.some((t) => tb.includes(t));
	};
	// Only the best few hundred can make the list (a policy at most twice, a few left out):
	// a numeric sort finds the bar, then only those above it are ordered.
	const bar =
		cs.length > limit * SHORTLIST
			? Float64Array.from(cs).sort()[cs.length - limit * SHORTLIST]
			: -1;
	// The shortlist, rescored: a key both sides write only as a participle ("switched",
	// "named") says what happens, not what the policy is about; it weighs half, and a pair tied
	// by such keys alone is no pair.
	const participles = new Map<number, boolean>();
	// A term neither policy uses as a noun ("lives", "reaches", "except") still ranks the pair
	// (weighing it down cost candidate recall on the labelled sets), but the pair is named by its
	// nouns first.
	const nouns: (Set<string> | undefined)[] = [];
	const nominalIn = (i: number, key: string) =>
		!/^[a-z]+$/.test(key) || (nouns[i] ??= nominalStems(units[i].text, tokens[i])).has(key);
	const lowered: string[] = [];
	const participleAt = (i: number, k: number) => {
		const at = i * names.length + k;
		let p = participles.get(at);
		if (p === undefined)
			participles.set(at, (p = participle(names[k], (lowered[i] ??= units[i].text.toLowerCase()))));
		return p;
	};
	// The keys of one side, marked with a stamp per pair (no set per pair).
	const mark = new Int32Array(names.length);
	let stamp = 0;
	const sharedOf = (i: number, j: number) => {
		stamp++;
		for (const k of rare[j]) mark[k] = stamp;
		return rare[i]
			.filter((k) => mark[k] === stamp)
			.map((k) => {
				const weak = participleAt(i, k) && participleAt(j, k);
				const w = numbered(i, j, k) ? rarity[k] * NUMBER_WEIGHT : rarity[k];
				return { k, w: weak ? w * PARTICIPLE_WEIGHT : w, weak };
			})
			.sort((p, q) => q.w - p.w || (names[p.k] < names[q.k] ? -1 : 1));
	};
	type Scored = {
		x: number;
		score: number;
		shared: ReturnType<typeof sharedOf>;
		differs: Difference[];
	};
	const rescore = (x: number): Scored | null => {
		const shared = sharedOf(ci[x], cj[x]);
		if (!shared.some(({ k, weak }) => !weak && rarity[k] >= MIN_RARITY)) return null;
		// Tied only by words neither policy uses as a noun ("a named team", "customer names,"):
		// nothing says they are about one thing.
		if (!shared.some(({ k }) => nominalIn(ci[x], names[k]) || nominalIn(cj[x], names[k])))
			return null;
		const num = shared.reduce((sum, { w }) => sum + w * w, 0);
		const terms = new Set(shared.map(({ k }) => names[k]));
		const differs = differences(units[ci[x]], units[cj[x]], marksAt(ci[x]), marksAt(cj[x]), (t) =>
			terms.has(t)
		);
		const weight = differs.reduce((sum, d) => sum + d.weight, 0);
		const score = (lift(weight) * num) / Math.sqrt(mass[ci[x]] * mass[cj[x]]);
		return { x, score, shared, differs };
	};
	const byScore = (p: Scored, q: Scored) =>
		q.score - p.score || ci[p.x] - ci[q.x] || cj[p.x] - cj[q.x];
	// Rescored lazily, the candidates in order of their first score: a rescored pair never
	// scores above its first score (its keys weigh the same or half), so once the next first
	// score is below a rescored pair's, nothing after can rank before it. Taken in the order a
	// full sort of all rescored candidates would give, until the list is full.
	const order: number[] = [];
	cs.forEach((c, x) => {
		if (c >= bar) order.push(x);
	});
	order.sort((x, y) => cs[y] - cs[x]);
	// Headroom for sums of the same squares in another order (their last bits may differ).
	const above = (score: number, first: number) => score > first + Math.abs(first) * 1e-9;
	let next = 0;
	const pending: Scored[] = [];
	const uses = new Uint8Array(n);
	const out: ComparePair[] = [];
	while (out.length < limit && (next < order.length || pending.length)) {
		if (!pending.length || (next < order.length && !above(pending[0].score, cs[order[next]]))) {
			const s = rescore(order[next++]);
			if (s) insertSorted(pending, s, byScore);
			continue;
		}
		const { x, score, shared, differs } = pending.shift()!;
		const i = ci[x];
		const j = cj[x];
		if (uses[i] >= MAX_PER_POLICY || uses[j] >= MAX_PER_POLICY) continue;
		const a = units[i];
		const b = units[j];
		const id = setId('c-', [a.fingerprint, b.fingerprint]);
		if (reported.has(id)) continue;
		// Two of one thread that differ by structure (differ.ts) do not say the same thing.
		if (together(a, b) && !differs.length && sayTheSame(a, b)) continue;
		uses[i]++;
		uses[j]++;
		const side = (u: Unit) => ({ doc: u.doc, line: u.line, text: u.text, policy: u.policy });
		out.push({
			id,
			a: side(a),
			b: side(b),
			terms: [
				...new Set(
					[...shared]
						.sort(
							(p, q) =>
								Number(nominalIn(j, names[q.k]) || nominalIn(i, names[q.k])) -
								Number(nominalIn(j, names[p.k]) || nominalIn(i, names[p.k]))
						)
						.slice(0, 4)
						.map(({ k }) => written(names[k], a, b))
				)
			],
			numbers: shared.some(({ k }) => numbered(i, j, k)),
			differences: differs.map((d) => d.why),
			score: Math.round(score * 100) / 100
		});
	}
	return out;
}
