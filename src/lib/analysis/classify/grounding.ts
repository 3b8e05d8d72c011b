/**
 * Grounding: does a passage tie technology to users or the business? Counts user,
 * business and technology terms by Porter stem (lexicon/grounding.ts).
 */
import { BUSINESS_TERMS, TECH_TERMS, USER_TERMS } from '../lexicon/grounding.js';
import { stem } from '../text/index.js';
import { lexiconOf, wordsOf, type Span, type Word } from './phrases.js';

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
// The lexicon words behind each stem: a token matches only when it is an inflection of one of
// them (it starts with the word less its last letter), so a stem shared by another word
// (`project` from `projection`) does not count it.
const SOURCES = new Map<string, string[]>();
for (const w of [...USER_TERMS, ...BUSINESS_TERMS, ...TECH_TERMS]) {
	const k = stem(w.toLowerCase());
	SOURCES.set(k, [...(SOURCES.get(k) ?? []), w.toLowerCase()]);
}
// Technology words that are ordinary English unless written as the acronym (`REST`, not
// `the rest of the`).
const ACRONYM_ONLY = new Set(['rest']);
// `reach consensus`, `rough consensus`: people agreeing, not a replication protocol.
const CONSENSUS_AMONG =
	/^(?:reach|reached|reaching|build|building|built|rough|broad|general|community|team|no|get|got|find|found|lack|seek|seeking|gain|gained|achieve|achieved|on|by|without|after|a|some|wide|clear)$/;

const MAX_SPANS = 8;

/** A word's class: 0 none, 1 user, 2 business, 3 technology; kept in its shared lexicon entry. */
function classOf(w: Word): number {
	const entry = lexiconOf(w);
	if (entry.grounding < 0) entry.grounding = classOfLower(w.lower);
	return entry.grounding;
}

function classOfLower(word: string): number {
	const lower = word.endsWith("'s") ? word.slice(0, -2) : word;
	const s = stem(lower);
	let c = USER.has(s) ? 1 : BUSINESS.has(s) ? 2 : TECH.has(s) || TECH.has(lower) ? 3 : 0;
	if (c !== 0) {
		const sources = SOURCES.get(s);
		if (sources && !sources.some((w) => lower.startsWith(w.slice(0, Math.max(2, w.length - 1)))))
			c = 0;
	}
	return c;
}

/** Whether a technology word is used in its ordinary sense here (`the rest of`, `in service of`). */
function ordinaryUse(text: string, words: readonly Word[], i: number): boolean {
	const t = words[i];
	// By stem too: `it rests on`, `rested` are the verb.
	if (ACRONYM_ONLY.has(t.lower) || ACRONYM_ONLY.has(stem(t.lower)))
		return text.slice(t.start, t.end) !== text.slice(t.start, t.end).toUpperCase();
	const next = words[i + 1]?.lower;
	const prev = words[i - 1]?.lower ?? '';
	if (t.lower === 'consensus')
		return CONSENSUS_AMONG.test(prev) || next === 'on' || next === 'that';
	// `in service of`, `the service of our users`: a noun of purpose, not a system.
	if (t.lower === 'service' && next === 'of') return true;
	return false;
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
	for (let i = 0; i < words.length; i++) {
		const t = words[i];
		const cls = classOf(t);
		if (cls === 0) continue;
		if (cls === 3 && ordinaryUse(text, words, i)) continue;
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
