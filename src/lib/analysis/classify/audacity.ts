/**
 * Audacity: absolutes and infinite-resource promises (lexicon/audacity.ts). Strong markers
 * promise the impossible on their own (`zero incidents`, `unlimited`, `100% of`); weak ones
 * are universal quantifiers that are often just scope (`every service`).
 */
import { STRONG_ABSOLUTES, WEAK_ABSOLUTES, ZERO_NOUNS } from '../lexicon/audacity.js';
import { isAscii, patternFor } from '../text/ascii.js';
import { listBit, listsOf, phraseMatcher, type Span, type Word } from './phrases.js';

/** Absolutes in a sentence. */
export interface Absolutes {
	strong: Span[];
	weak: Span[];
}

const STRONG = phraseMatcher(STRONG_ABSOLUTES);
const WEAK = phraseMatcher(WEAK_ABSOLUTES);
const ZERO = new RegExp(`\\bzero\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ZERO_NOUNS.join('|')})\\b`, 'giu');
const EVER = /,\s*ever\b(?!\s+(?:since|before|more|again|been))/giu;
// Claims of standing rather than outcomes: `the premier provider`, `the leading assistant`,
// `a thought leader`, `world-class`, `transform the industry`. A vision names what changes
// for users, not a rank it awards itself.
const STANDING =
	/\bthe\s+(?:premier|leading|foremost|pre-?eminent|number[\s-]one|#1|dominant|definitive|undisputed|go-to|de\s+facto)\s+(?:[\p{L}-]+\s+){0,2}?(?:provider|platform|company|choice|vendor|destination|solution|assistant|tool|product|leader|standard|name|brand|partner|player|option|source|home|marketplace|network|bank|service|app|place|way)s?\b|\b(?:thought|market|industry|category|global|world)[\s-]leaders?(?:ship)?\b|\b(?:industry|market|category|class)-leading\b|\bworld-class\b|\bbest[\s-]in[\s-]class\b|\bstate[\s-]of[\s-]the[\s-]art\b|\bgame[\s-]?chang(?:er|ing)\b|\bparadigm\s+shift\b|\btransform(?:ative|ational)\b|\b(?:transform|revolutioni[sz]e|redefine|reinvent|disrupt)(?:s|d|ed|ing)?\s+(?:the\s+(?:way|industry|world|market|future|category|landscape)|how\b|every\b|entire\b|industries\b|(?:the\s+)?[\p{L}-]+\s+(?:industry|market|forever))|\brevolutioni[sz](?:e|es|ed|ing)\b/giu;
// Words one of which every claim of standing contains: a list bit per word decides whether
// the long pattern runs at all (most sentences have none of them).
const STANDING_WORDS = new Set(
	'premier leading leader leaders leadership foremost preeminent pre-eminent dominant definitive undisputed go-to facto #1 number-one world-class best-in-class class class-leading industry-leading market-leading category-leading state-of-the-art art game-changing game-changer gamechanger paradigm transform transforms transformed transforming transformative transformational revolutionize revolutionise revolutionizes revolutionises revolutionized revolutionised revolutionizing revolutionising redefine redefines redefined redefining reinvent reinvents reinvented reinventing disrupt disrupts disrupted disrupting'.split(
		' '
	)
);
const STANDING_BIT = listBit(STANDING_WORDS);

function mayClaimStanding(lower: string, words?: readonly Word[]): boolean {
	if (!words)
		return /premier|lead|foremost|eminent|dominant|definitive|undisputed|go-to|facto|#1|number.one|class|art\b|chang|paradigm|transform|revolution|redefin|reinvent|disrupt/.test(
			lower
		);
	for (const w of words) if ((listsOf(w) & STANDING_BIT) !== 0) return true;
	return lower.includes('#1') || lower.includes('number one');
}

/** Whether a marker found by `findAbsolutes` claims a standing (`the leading X`) rather than an absolute. */
export function isStandingClaim(marker: string): boolean {
	STANDING.lastIndex = 0;
	return STANDING.test(marker);
}

const HUNDRED = /(?<![\d.])100\s*%(?:\s+of)?|\bone\s+hundred\s+percent\b|\bevery\s+single\b/giu;

/**
 * The absolutes in a sentence; `zero` counts only before a failure or cost noun. Pass
 * `{ weak: false }` to skip the weak markers when only the strong ones matter, and the
 * sentence lower-cased as `lower` when the caller has it.
 */
export function findAbsolutes(
	sentence: string,
	words?: readonly Word[],
	opts: { weak?: boolean; lower?: string } = {}
): Absolutes {
	const strong = STRONG.find(sentence, words);
	const lower = opts.lower ?? sentence.toLowerCase();
	let ascii: boolean | undefined;
	for (const re of [ZERO, HUNDRED, EVER, STANDING]) {
		if (
			re === ZERO
				? !lower.includes('zero')
				: re === EVER
					? !lower.includes('ever')
					: re === STANDING
						? !mayClaimStanding(lower, words)
						: !/100|hundred|single/.test(lower)
		)
			continue;
		// The ASCII copy of the pattern for an ASCII sentence (text/ascii.ts), decided once.
		if (ascii === undefined) ascii = isAscii(sentence);
		const p = patternFor(re, ascii);
		p.lastIndex = 0;
		for (let m = p.exec(sentence); m; m = p.exec(sentence)) {
			strong.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
		}
	}
	strong.sort((a, b) => a.start - b.start);
	if (opts.weak === false) return { strong, weak: [] };
	const weak = WEAK.find(sentence, words).filter(
		(w) => !strong.some((s) => w.start < s.end && w.end > s.start)
	);
	return { strong, weak };
}
