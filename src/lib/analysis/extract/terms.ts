/**
 * Key terms of a sentence: what it is about, reduced so that differently worded sentences on
 * the same topic share terms. Synonyms are folded first (lexicon/synonyms.ts), then function
 * words, commitment and decision words are dropped (they say how a sentence decides, not what),
 * irregular verbs are folded and the rest stemmed (Porter). Named things weigh more: code
 * spans, identifiers, acronyms and capitalised names of systems.
 */
import { stem, tokenize, type Token } from '../text/index.js';
import { GENERIC_CONCEPTS, SYNONYMS } from '../lexicon/synonyms.js';
import { CATEGORIES } from '../lexicon/extract-categories.js';
import { DETERMINERS, IRREGULAR_FORMS, STOPWORDS, VERB_OPENERS } from '../lexicon/extract-cues.js';
import { COMMITMENT_STRONG, DECISION_REPORTS, KEEP_VERBS } from '../lexicon/decisions.js';
import { HEDGES, HYPOTHETICALS } from '../lexicon/hedges.js';

/** Weight of a term that names something (system, identifier, acronym, code span). */
export const NAMED_WEIGHT = 2;

/**
 * Weight factor for a plain word read as a verb (`verbal`): what a decision does ("ignore",
 * "contain") says less about what it is about than its nouns and named things do.
 */
export const VERB_FACTOR = 0.5;

/** Prefix of category terms (`category:datastore`), added beside the system they classify. */
export const CATEGORY_PREFIX = 'category:';

const CATEGORY_OF = new Map<string, string>();
const CATEGORY_EXACT = new Map<string, string>();
for (const [category, members] of Object.entries(CATEGORIES))
	for (const m of members) (/[A-Z]/.test(m) ? CATEGORY_EXACT : CATEGORY_OF).set(m, category);

// The term each category adds (`category:datastore`), made once rather than per mention.
const CATEGORY_TERM = new Map(Object.keys(CATEGORIES).map((c) => [c, CATEGORY_PREFIX + c]));

/** The category of a named system (canonical or as written), or null. */
export function categoryOf(canonical: string, written = canonical): string | null {
	return CATEGORY_EXACT.get(written) ?? CATEGORY_OF.get(canonical) ?? null;
}

/** A folded synonym variant: the words it spans and whether capitalisation must match. */
interface Variant {
	words: string[];
	exact: boolean;
	canonical: string;
}

/** Synonym lookup built from `[canonical, ...variants]` entries, keyed by first word. */
export class SynonymIndex {
	readonly #byFirst = new Map<string, Variant[]>();
	/** Canonical terms that name a system or a specific technique (not a generic concept). */
	readonly canonicals = new Set<string>();
	readonly #generic: Set<string>;

	/**
	 * Build from entries; `generic` lists canonical forms that are plain concepts. Throws a
	 * RangeError naming an empty or malformed entry.
	 */
	constructor(
		entries: readonly (readonly string[])[],
		generic: readonly string[] = GENERIC_CONCEPTS
	) {
		this.#generic = new Set(generic);
		for (const entry of entries) {
			if (
				!Array.isArray(entry) ||
				entry.length === 0 ||
				entry.some((v) => typeof v !== 'string' || !v.trim())
			)
				throw new RangeError(`Invalid synonym entry: ${JSON.stringify(entry)}`);
			const canonical = entry[0].toLowerCase();
			if (!this.#generic.has(canonical)) this.canonicals.add(canonical);
			// The canonical form matches too, unless the entry lists it capitalised: `REST` is
			// the protocol, "the rest of" is not.
			const shadowed = entry.some(
				(v) => v !== entry[0] && v.toLowerCase() === entry[0].toLowerCase()
			);
			for (const v of shadowed ? entry.slice(1) : entry) {
				const exact = /[A-Z]/.test(v);
				const words = tokenize(v).map((t) => (exact ? t.text : t.lower));
				if (!words.length) continue;
				const key = words[0].toLowerCase();
				const list = this.#byFirst.get(key) ?? [];
				list.push({ words, exact, canonical });
				list.sort((a, b) => b.words.length - a.words.length);
				this.#byFirst.set(key, list);
			}
		}
	}

	/** The longest variant starting at `tokens[i]`: its canonical form and length in tokens. */
	match(tokens: readonly Token[], i: number): { canonical: string; length: number } | null {
		const list = this.#byFirst.get(tokens[i].lower);
		if (!list) return null;
		for (const v of list) {
			if (i + v.words.length > tokens.length) continue;
			let ok = true;
			for (let k = 0; k < v.words.length && ok; k++) {
				const t = tokens[i + k];
				ok = v.exact ? t.text === v.words[k] : t.lower === v.words[k];
			}
			if (ok) return { canonical: v.canonical, length: v.words.length };
		}
		return null;
	}

	/** Whether some variant starts with the word `lower`. */
	starts(lower: string): boolean {
		return this.#byFirst.has(lower);
	}

	/** What `keyTerms` read of each word (lower case) before, with this lexicon (bounded). */
	readonly words = new Map<string, WordReading>();

	/** The canonical form of a single word, or null. */
	single(word: string): string | null {
		const list = this.#byFirst.get(word.toLowerCase());
		const v = list?.find((x) => x.words.length === 1 && (!x.exact || x.words[0] === word));
		return v ? v.canonical : null;
	}
}

/** The index over the built-in lexicon, built once. */
export const DEFAULT_SYNONYMS = new SynonymIndex(SYNONYMS);

const IGNORED = new Set<string>(STOPWORDS);
for (const list of [COMMITMENT_STRONG, DECISION_REPORTS, HEDGES, HYPOTHETICALS, KEEP_VERBS])
	for (const w of list) if (!w.includes(' ')) IGNORED.add(w);
// Inflections of the cue words above, and vague verbs every design doc uses.
for (const w of [
	'use',
	'uses',
	'used',
	'using',
	'stayed',
	'remained',
	'retained',
	'keeping',
	'requiring',
	'rejecting',
	'choosing',
	'deciding',
	'preferring',
	'prefer',
	'prefers',
	'preferred',
	'going',
	'want',
	'wants',
	'think',
	'mean',
	'means',
	'still',
	'also',
	// number words: quantities differ between docs and never name a topic
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'twelve',
	'twenty',
	'thirty',
	'hundred',
	'thousand',
	'million',
	'half',
	'twice',
	// vague verbs: "sees a task", "can see their history", "looks at", "comes back"
	'see',
	'sees',
	'seen',
	'look',
	'looks',
	'know',
	'knows',
	'take',
	'takes',
	'come',
	'comes',
	'put',
	'puts',
	'go',
	'goes',
	'show',
	'shows',
	'shown',
	'happen',
	'happens',
	'help',
	'helps',
	'allow',
	'allows',
	'only',
	'will',
	'won',
	'don',
	'doesn',
	'isn',
	'aren'
])
	IGNORED.add(w);

const NUMBERISH = /^[\d$€£][\d.,:%$]*[a-z]{0,4}$/i;
const IDENTIFIER = /[_./:]|[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]/;

/** Weighted key terms of one sentence: term → weight (the larger weight when a term repeats). */
export type Terms = Map<string, number>;

const NO_CODE: ReadonlySet<string> = new Set();

function isLowerAZ(c: number): boolean {
	return c >= 97 && c <= 122;
}

function isUpperAZ(c: number): boolean {
	return c >= 65 && c <= 90;
}

/** `/^[a-z]+$/.test(word)`, by character code (keyTerms asks it of every token). */
function isPlainLower(word: string): boolean {
	if (!word.length) return false;
	for (let i = 0; i < word.length; i++) if (!isLowerAZ(word.charCodeAt(i))) return false;
	return true;
}

/**
 * The non-empty parts of an identifier: `lower.split(/[-_./:]+|(?<=[a-z])(?=\d)/)` without the
 * empty strings, scanned by character code (a regex split runs the pattern at every position).
 */
export function identifierParts(lower: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (let i = 0; i < lower.length; i++) {
		const c = lower.charCodeAt(i);
		if (c === 45 || c === 95 || c === 46 || c === 47 || c === 58) {
			if (i > start) out.push(lower.slice(start, i));
			start = i + 1;
		} else if (c >= 48 && c <= 57 && i > start && isLowerAZ(lower.charCodeAt(i - 1))) {
			out.push(lower.slice(start, i));
			start = i;
		}
	}
	if (start < lower.length) out.push(lower.slice(start));
	return out;
}
/** What `keyTerms` reads of a plain lower-case word (a–z only) once per lexicon. */
export interface WordReading {
	/** Whether a synonym variant starts with it. */
	starts: boolean;
	/** Its term ('' when it is ignored). */
	term: string;
	/** Its category term, or ''. */
	category: string;
}
/**
 * The reading of `lower` with `synonyms` when it is a plain lower-case word, memoised per
 * lexicon; null for any other token (numbers, identifiers: too varied to keep).
 */
function wordReading(lower: string, synonyms: SynonymIndex): WordReading | null {
	let r = synonyms.words.get(lower);
	if (r === undefined) {
		if (!isPlainLower(lower)) return null;
		let term = IGNORED.has(lower) ? '' : baseOf(lower);
		if (term.length < 2 || IGNORED.has(term)) term = '';
		const c = CATEGORY_OF.get(lower);
		r = { starts: synonyms.starts(lower), term, category: c ? CATEGORY_PREFIX + c : '' };
		if (synonyms.words.size > 50_000) synonyms.words.clear();
		synonyms.words.set(lower, r);
	}
	return r;
}

const OPENERS = new Set(VERB_OPENERS);
const DETERMINER = new Set(DETERMINERS);

/**
 * Whether the plain word `tokens[i]` is used as a verb, by its neighbours: after a modal, a
 * negation or a subject pronoun ("will refuse", "must not break", "we ignore"), or after "to"
 * and taking a determiner ("to recompile a package"). One adverb in -ly between is skipped
 * ("will explicitly refuse"). A passive participle ("are recorded as audit events") and a
 * form in -ing ("asking the team") stay full terms: the first is often a decision's own
 * predicate, and both share their stem with a noun ("a recording", "the asking price");
 * weighing them less split more right groups than it kept wrong ones apart.
 */
export function verbal(tokens: readonly Token[], i: number): boolean {
	let p = i - 1;
	if (p > 0 && tokens[p].lower.endsWith('ly')) p--;
	if (p >= 0 && OPENERS.has(tokens[p].lower)) return true;
	const next = tokens[i + 1]?.lower;
	return next !== undefined && DETERMINER.has(next) && tokens[i - 1]?.lower === 'to';
}

/** Base form of an ordinary word: irregular verbs folded, then the Porter stem. */
export function baseOf(lower: string): string {
	return stem(IRREGULAR_FORMS[lower] ?? lower);
}

/**
 * Key terms of `text`. `codeSpans` are the contents of inline code in the source, which name
 * things; `damp` lists [start, end) ranges of the text whose terms count less (reason clauses
 * and rejected alternatives: they are near the topic, not the topic itself).
 */
export function keyTerms(
	text: string,
	opts: {
		synonyms?: SynonymIndex;
		codeSpans?: string[];
		damp?: [number, number][];
		/** Filled with what was read, for `dampedTerms` (undamped calls only). */
		keep?: TermOccurrences;
		/** Count a plain word read as a verb (`verbal`) at VERB_FACTOR (`extract` does). */
		verbs?: boolean;
	} = {}
): Terms {
	const synonyms = opts.synonyms ?? DEFAULT_SYNONYMS;
	const code = opts.codeSpans?.length
		? new Set(opts.codeSpans.map((c) => c.toLowerCase()))
		: NO_CODE;
	const damp = opts.damp ?? [];
	const verbs = opts.verbs ?? false;
	const out: Terms = new Map();
	// Kept for `dampedTerms` when asked: each term added, with its weight and offset.
	const seen = damp.length ? undefined : opts.keep;
	if (seen) {
		seen.synonyms = synonyms;
		seen.code = code;
		seen.text = text;
		seen.verbs = verbs;
	}
	// `put` takes a term known to count (a memoised word reading); `add` checks it first.
	const put = (term: string, weight: number, at: number) => {
		if (seen) {
			seen.terms.push(term);
			seen.weights.push(weight);
			seen.at.push(at);
		}
		const w = damp.some(([a, b]) => at >= a && at < b) ? weight * 0.5 : weight;
		if ((out.get(term) ?? 0) < w) out.set(term, w);
	};
	const add = (term: string, weight: number, at: number) => {
		if (term.length >= 2 && !IGNORED.has(term)) put(term, weight, at);
	};
	const category = (canonical: string, written: string, at: number) => {
		const c = categoryOf(canonical, written);
		if (c) add(CATEGORY_TERM.get(c)!, 1, at);
	};
	// Parts of an identifier carry its topic (`payout_outbox` is about an outbox) at the
	// weight of an ordinary word: the whole identifier is what names the thing.
	const parts = (t: Token) => {
		for (const part of identifierParts(t.lower)) {
			if (NUMBERISH.test(part)) continue;
			const canon = synonyms.single(part);
			add(canon ?? baseOf(part), 1, t.start);
		}
	};
	const tokens = tokenize(text);
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const word = wordReading(t.lower, synonyms);
		const syn = (word ? word.starts : synonyms.starts(t.lower)) ? synonyms.match(tokens, i) : null;
		if (syn) {
			add(syn.canonical, synonyms.canonicals.has(syn.canonical) ? NAMED_WEIGHT : 1, t.start);
			category(syn.canonical, t.text, t.start);
			if (syn.length === 1 && /[-_./]/.test(t.text)) parts(t);
			i += syn.length - 1;
			continue;
		}
		// Fast path for the common case, a plain lower-case word: its term is memoised.
		// (A word is plain lower case when its lower-case form is, and it is written so.)
		if (word && t.text === t.lower && !code.has(t.lower)) {
			if (word.term) {
				put(word.term, verbs && verbal(tokens, i) ? VERB_FACTOR : 1, t.start);
				if (word.category) put(word.category, 1, t.start);
			}
			continue;
		}
		if (NUMBERISH.test(t.text) || IGNORED.has(t.lower)) continue;
		const named =
			code.has(t.lower) ||
			/^[A-Z0-9]{2,}s?$/.test(t.text) ||
			(i > 0 && isUpperAZ(t.text.charCodeAt(0)) && !/^[.!?:]$/.test(text[t.start - 2] ?? ''));
		category(t.lower, t.text, t.start);
		if (IDENTIFIER.test(t.text) || t.text.includes('-')) {
			const isId = IDENTIFIER.test(t.text) || code.has(t.lower);
			if (isId) add(t.lower, NAMED_WEIGHT, t.start);
			parts(t);
			continue;
		}
		if (t.text.includes("'") || t.text.includes('’')) {
			add(baseOf(t.lower.replace(/['’]s?$/, '')), named ? NAMED_WEIGHT : 1, t.start);
			continue;
		}
		add(baseOf(t.lower), named ? NAMED_WEIGHT : 1, t.start);
	}
	return out;
}

/** What an undamped `keyTerms` call read: each term added, in order, with its weight and offset. */
export interface TermOccurrences {
	synonyms?: SynonymIndex;
	code?: ReadonlySet<string>;
	text?: string;
	verbs?: boolean;
	terms: string[];
	weights: number[];
	at: number[];
}
/** An empty record for `keyTerms`' `keep` option. */
export function termOccurrences(): TermOccurrences {
	return {
		synonyms: undefined,
		code: undefined,
		text: undefined,
		verbs: undefined,
		terms: [],
		weights: [],
		at: []
	};
}
/** Whether `spans`, lower-cased, are the set `code`. */
function sameCode(code: ReadonlySet<string>, spans: readonly string[]): boolean {
	if (!spans.length) return code.size === 0;
	const other = new Set(spans.map((c) => c.toLowerCase()));
	if (other.size !== code.size) return false;
	for (const c of other) if (!code.has(c)) return false;
	return true;
}

/**
 * `keyTerms(text, { synonyms, codeSpans, damp: [[from, text.length]] })`, without reading the
 * text again when `seen` kept what an undamped call read from the same text, synonyms and code
 * spans: the same map, built from the occurrences kept.
 */
export function dampedTerms(
	seen: TermOccurrences | undefined,
	text: string,
	opts: { synonyms?: SynonymIndex; codeSpans?: string[]; verbs?: boolean },
	from: number
): Terms {
	const synonyms = opts.synonyms ?? DEFAULT_SYNONYMS;
	if (
		!seen ||
		seen.text !== text ||
		seen.synonyms !== synonyms ||
		seen.verbs !== (opts.verbs ?? false) ||
		!sameCode(seen.code!, opts.codeSpans ?? [])
	)
		return keyTerms(text, { ...opts, damp: [[from, text.length]] });
	const out: Terms = new Map();
	for (let i = 0; i < seen.terms.length; i++) {
		const at = seen.at[i];
		const w = at >= from && at < text.length ? seen.weights[i] * 0.5 : seen.weights[i];
		const term = seen.terms[i];
		if ((out.get(term) ?? 0) < w) out.set(term, w);
	}
	return out;
}
