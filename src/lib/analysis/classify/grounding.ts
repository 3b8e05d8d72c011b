/**
 * Grounding: does a passage tie technology to users or the business? Counts user,
 * business and technology terms by Porter stem (lexicon/grounding.ts).
 */
import { BUSINESS_TERMS, TECH_TERMS, USER_TERMS } from '../lexicon/grounding.js';
import { stem, tokenize } from '../text/index.js';
import type { Span } from './phrases.js';

/** Term counts for a passage, with the words found. */
export interface GroundingCounts {
	user: number;
	business: number;
	tech: number;
	/** User and business words found, as written. */
	people: Span[];
	/** Technology words found, as written. */
	techWords: Span[];
}

const USER = new Set(USER_TERMS.map((w) => stem(w.toLowerCase())));
const BUSINESS = new Set(BUSINESS_TERMS.map((w) => stem(w.toLowerCase())));
const TECH = new Set(TECH_TERMS.map((w) => stem(w.toLowerCase())));

/** Count user, business and technology terms in a text. */
export function groundingCounts(text: string): GroundingCounts {
	const out: GroundingCounts = { user: 0, business: 0, tech: 0, people: [], techWords: [] };
	for (const t of tokenize(text)) {
		const lower = t.lower.replace(/['’]s$/, '');
		const s = stem(lower);
		const span = { start: t.start, end: t.end, text: t.text };
		if (USER.has(s)) {
			out.user++;
			out.people.push(span);
		} else if (BUSINESS.has(s)) {
			out.business++;
			out.people.push(span);
		} else if (TECH.has(s) || TECH.has(lower)) {
			out.tech++;
			out.techWords.push(span);
		}
	}
	return out;
}
