/**
 * Grounding: does a passage tie technology to users or the business? Counts user,
 * business and technology terms by Porter stem (lexicon/grounding.ts).
 */
import { BUSINESS_TERMS, TECH_TERMS, USER_TERMS } from '../lexicon/grounding.js';
import { stem } from '../text/index.js';
import { wordsOf, type Span, type Word } from './phrases.js';

/** Term counts for a passage, with the words found. */
export interface GroundingCounts {
	user: number;
	business: number;
	tech: number;
	/** The first few user and business words found, as written. */
	people: Span[];
	/** The first few technology words found, as written. */
	techWords: Span[];
}

const USER = new Set(USER_TERMS.map((w) => stem(w.toLowerCase())));
const BUSINESS = new Set(BUSINESS_TERMS.map((w) => stem(w.toLowerCase())));
const TECH = new Set(TECH_TERMS.map((w) => stem(w.toLowerCase())));

const MAX_SPANS = 8;

// Word → 0 none, 1 user, 2 business, 3 technology; memoised since documents repeat words.
const classes = new Map<string, number>();

function classOf(word: string): number {
	let c = classes.get(word);
	if (c !== undefined) return c;
	const lower = word.endsWith("'s") ? word.slice(0, -2) : word;
	const s = stem(lower);
	c = USER.has(s) ? 1 : BUSINESS.has(s) ? 2 : TECH.has(s) || TECH.has(lower) ? 3 : 0;
	if (classes.size > 50_000) classes.clear();
	classes.set(word, c);
	return c;
}

/**
 * Count user, business and technology terms in a text. To total several sentences of a
 * block, pass the running counts as `into` and each sentence's offset in the block as `shift`.
 */
export function groundingCounts(
	text: string,
	words: readonly Word[] = wordsOf(text),
	into?: GroundingCounts,
	shift = 0
): GroundingCounts {
	const out: GroundingCounts = into ?? { user: 0, business: 0, tech: 0, people: [], techWords: [] };
	for (const t of words) {
		const cls = classOf(t.lower);
		if (cls === 0) continue;
		if (cls === 1) out.user++;
		else if (cls === 2) out.business++;
		else out.tech++;
		// Messages quote a few words; keeping every span of a long document is waste.
		const list = cls === 3 ? out.techWords : out.people;
		if (list.length < MAX_SPANS)
			list.push({ start: t.start + shift, end: t.end + shift, text: text.slice(t.start, t.end) });
	}
	return out;
}
