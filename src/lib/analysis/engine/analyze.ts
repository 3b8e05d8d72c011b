/**
 * Per-block analysis: everything the rules need to know about one Markdown block, computed
 * once and cached by the block's source and the context it depends on. Positions are
 * relative to the block (offsets into its plain text), so a cached result stays valid when
 * the block moves; check.ts turns them into lines and columns on every run.
 */
import {
	classifyPolicy,
	findAbsolutes,
	findAnchors,
	findBuzzwords,
	findGenericMarkers,
	findHedges,
	findRationale,
	findTimes,
	givesReasonFor,
	groundingCounts,
	wordsOf,
	type Absolutes,
	type GroundingCounts,
	type PolicyResult,
	type Rationale,
	type SectionRole,
	type Span,
	type TimeMention
} from '../classify/index.js';
import type { Block, Boilerplate } from '../text/index.js';
import { boilerplateOf, findPlaceholders, isAscii, splitSentences } from '../text/index.js';
import type { DocKind } from '../types.js';

/** One sentence of a block and what the classifiers say about it. */
export interface SentenceInfo {
	/** Offsets in the block's plain text. */
	start: number;
	end: number;
	text: string;
	words: number;
	/** 1 when the sentence has a concrete anchor (number, date, name, code…), else 0. */
	anchors: number;
	/** Buzzwords, vague quantifiers and vague verbs (offsets in the sentence). */
	generic: Span[];
	/** Whether one of `generic` is a buzzword (the strongest generic signal), not only a
	 * vague quantifier or verb. Read only for anchorless sentences, so computed only there. */
	buzzword: boolean;
	hedges: Span[];
	policy: PolicyResult;
	rationale: Rationale | null;
	/** A reason this sentence gives for the sentence before it (`This keeps…`, `Why:`). */
	reasonFor: Rationale | null;
	absolutes: Absolutes;
	/** Problem language (fails, slow, incident…), for problem-first. */
	problem: boolean;
}

/** One analysed block. */
export interface BlockAnalysis {
	sentences: SentenceInfo[];
	words: number;
	grounding: GroundingCounts;
	/** Time expressions (offsets in the block's plain text). */
	times: TimeMention[];
	/** `[[…]]` placeholders and TODO markers (offsets in the block's raw source). */
	placeholders: (Span & { todo: boolean })[];
	/**
	 * Why the block is document structure (front matter, a metadata line, a checklist, a
	 * table of contents…) rather than prose, or null. Such a block has no sentences, words,
	 * times or grounding terms: no rule judges it.
	 */
	boilerplate: Boilerplate | null;
}

/** What a block's analysis depends on besides its own source. */
export interface BlockContext {
	kind: DocKind;
	headings: readonly string[];
	role: SectionRole;
}

const PROSE = new Set(['paragraph', 'list-item', 'blockquote', 'table']);
const PROBLEM =
	/\b(?:problems?|fails?|failing|failures?|failed|slow(?:er|s)?|incidents?|outages?|cannot|can['’]t|breaks?|broken|pain(?:ful)?|complain(?:t|ts|s)?|stale|lag(?:s|ging)?|timeouts?|time out|bottlenecks?|peaked|exceed(?:s|ed)?|too (?:many|slow|much|long)|do(?:es)?n['’]t scale|lost|los(?:e|es|ing)|errors?|backlog|toil|manual(?:ly)?|risk|costs? us|expensive|tickets?|duplicate|unsafe|missing|delays?|delayed|overload(?:ed)?|saturat(?:ed|es|ion)|limits?|ceiling|headroom)\b/iu;
const BOLD_LEAD = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)([^*_\n]+?)(?:\*\*|__)/;
const OWN_RULE: ReadonlySet<PolicyResult['via']> = new Set(['modal', 'negative']);
const NOT_POLICY: PolicyResult = { policy: false, cue: '', at: -1, strength: 'none', via: 'none' };

// Every analysis stays in the block cache, so an empty list is shared (and frozen, so no reader
// can change it for all) rather than kept once per sentence: less for each young collection
// to copy on a long document.
const NO_SPANS = Object.freeze([]) as unknown as Span[];
const NO_ABSOLUTES: Absolutes = Object.freeze({ strong: NO_SPANS, weak: NO_SPANS });

function spansOrShared<T extends Span>(spans: T[]): T[] {
	return spans.length ? spans : (NO_SPANS as T[]);
}

/** Analyse one block. Pure: the same block and context give the same result. */
export function analyzeBlock(block: Block, ctx: BlockContext): BlockAnalysis {
	const text = block.text;
	const placeholders: BlockAnalysis['placeholders'] = [];
	if (
		block.type !== 'code' &&
		block.type !== 'html' &&
		block.type !== 'comment' &&
		block.type !== 'frontmatter'
	) {
		for (const { start, end } of findPlaceholders(block.raw)) {
			const written = block.raw.slice(start, end);
			placeholders.push({
				start,
				end,
				text: written.replace(/\\(?=[[\]])/g, ''),
				todo: !/^\\?\[/.test(written)
			});
		}
	}
	const boilerplate = boilerplateOf(block, ctx.headings);
	if (boilerplate)
		return {
			sentences: [],
			words: 0,
			grounding: { user: 0, business: 0, tech: 0, people: [], techWords: [] },
			times: [],
			placeholders,
			boilerplate
		};
	const prose = PROSE.has(block.type) && block.type !== 'table' && text.trim() !== '';
	const times = text ? findTimes(text) : [];
	if (!prose) {
		const words = wordsOf(text);
		return {
			sentences: [],
			words: words.length,
			grounding: groundingCounts(text, words),
			times,
			placeholders,
			boilerplate: null
		};
	}
	const listItem = block.type === 'list-item';
	const sentences: SentenceInfo[] = [];
	const grounding: GroundingCounts = { user: 0, business: 0, tech: 0, people: [], techWords: [] };
	let total = 0;
	const hasCode = block.raw.includes('`');
	// A bold lead-in (`**Safe retries.** All endpoints…`) is a label, not a sentence to judge.
	const label = BOLD_LEAD.exec(block.raw)?.[1].trim();
	for (const s of splitSentences(text)) {
		// The sentence's source matters only for code spans, which plain text has lost.
		let raw: string | undefined;
		if (hasCode) {
			const rawStart = block.map[s.start] - block.offset;
			const rawEnd = block.map[Math.max(s.start, s.end - 1)] - block.offset + 1;
			raw = block.raw.slice(Math.max(0, rawStart - 1), rawEnd + 1);
		}
		// One lower-cased copy of the sentence, shared by the word table and the classifiers.
		const lower = s.text.toLowerCase();
		const words = wordsOf(s.text, lower);
		// Classifiers match ASCII sentences with faster copies of their patterns (text/ascii.ts).
		const ascii = isAscii(s.text);
		const isLabel = sentences.length === 0 && label !== undefined && s.text === label;
		const read = classifyPolicy(s.text, {
			kind: ctx.kind,
			headings: ctx.headings,
			listItem: listItem && sentences.length === 0,
			words,
			role: ctx.role
		});
		// A bold lead-in that is a clause with its own modal or negation (`**All changes must be
		// reviewed.**`) is the rule it heads, not a label.
		const policy = isLabel && !OWN_RULE.has(read.via) ? NOT_POLICY : read;
		const rationale = findRationale(s.text, words, ascii, lower);
		total += words.length;
		groundingCounts(s.text, words, grounding, s.start);
		// Rules only ask whether a sentence has an anchor, so stop at the first.
		const anchors = findAnchors(s.text, raw, 1, ascii).length;
		const generic = findGenericMarkers(s.text, words);
		sentences.push({
			start: s.start,
			end: s.end,
			text: s.text,
			words: words.length,
			anchors,
			generic: spansOrShared(generic),
			buzzword: anchors === 0 && generic.length > 0 && findBuzzwords(s.text, words).length > 0,
			hedges: spansOrShared(findHedges(s.text, words)),
			policy,
			rationale,
			reasonFor: givesReasonFor(s.text, rationale, ascii, words),
			// Only strong absolutes feed a rule; weak ones stay available through classify/.
			absolutes: sharedIfEmpty(findAbsolutes(s.text, words, { weak: false, lower })),
			// problem-first reads this for design docs; rationale reads it (design docs and
			// strategies) as a reason given in the sentence before a policy or in a Context section.
			problem: ctx.kind !== 'vision' && PROBLEM.test(s.text)
		});
	}
	return {
		sentences,
		words: total,
		grounding,
		times: spansOrShared(times),
		placeholders: spansOrShared(placeholders),
		boilerplate: null
	};
}

function sharedIfEmpty(a: Absolutes): Absolutes {
	return a.strong.length || a.weak.length ? a : NO_ABSOLUTES;
}

interface Slot {
	context: string;
	raw: string;
	entry: { value: BlockAnalysis; used: number };
}

/**
 * A cache of block analyses keyed by the block's context (kind, section path, block type) and
 * its raw source, in two levels so that no key string copies the block's text. Entries not
 * used by the last two checks are dropped once the cache grows past `limit`, so an editor
 * session does not accumulate every version of every paragraph.
 */
export class BlockCache {
	#entries = new Map<string, Map<string, { value: BlockAnalysis; used: number }>>();
	#size = 0;
	#generation = 0;
	#limit: number;
	// What each block position looked up in the last check and in this one: an unchanged block
	// at the same position is found by comparing strings, without hashing its source again.
	#previous: Slot[] = [];
	#current: Slot[] = [];

	constructor(limit = 20_000) {
		this.#limit = limit;
	}

	/** Start a new check (entries touched from now on count as fresh). */
	begin(): void {
		this.#generation++;
		this.#previous = this.#current;
		this.#current = [];
	}

	/**
	 * The cached analysis for a context and raw source, or compute and store it. `position` is
	 * the block's index in the document, when the caller goes through it in order.
	 */
	get(context: string, raw: string, compute: () => BlockAnalysis, position = -1): BlockAnalysis {
		const last = position >= 0 ? this.#previous[position] : undefined;
		if (last !== undefined && last.raw === raw && last.context === context) {
			last.entry.used = this.#generation;
			this.#current[position] = last;
			return last.entry.value;
		}
		let inner = this.#entries.get(context);
		if (!inner) this.#entries.set(context, (inner = new Map()));
		let entry = inner.get(raw);
		if (entry) entry.used = this.#generation;
		else {
			entry = { value: compute(), used: this.#generation };
			inner.set(raw, entry);
			this.#size++;
		}
		if (position >= 0) this.#current[position] = { context, raw, entry };
		return entry.value;
	}

	/** Drop stale entries when over the limit. */
	end(): void {
		if (this.#size <= this.#limit) return;
		for (const [context, inner] of this.#entries) {
			for (const [k, v] of inner)
				if (v.used < this.#generation - 1) {
					inner.delete(k);
					this.#size--;
				}
			if (!inner.size) this.#entries.delete(context);
		}
	}

	/** Number of cached blocks (for tests and the bench). */
	get size(): number {
		return this.#size;
	}
}
