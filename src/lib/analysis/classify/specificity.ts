/**
 * Specificity: concrete anchors against generic markers (samples README, label `specific`).
 *
 * An anchor is something a reader could check: a named system, product, technology, team
 * or code identifier; a number that measures something; a date, release or deadline.
 * Pseudo-anchors do not count: rhetorical numbers (`three pillars`, `10x better`, `100%
 * committed`, `top 3`), labels (`Phase 2`, `version 2`), vague quantities (`millions of`)
 * and categories posing as names (`microservices`, `AI`, `the cloud`).
 */
import { BUZZWORDS, VAGUE_QUANTIFIERS, VAGUE_VERBS } from '../lexicon/generic.js';
import {
	CATEGORY_NAMES,
	GENERIC_ACRONYMS,
	NON_MEASURE_LEADS,
	RHETORICAL_COUNT_NOUNS,
	TECH_NAMES
} from '../lexicon/names.js';
import { isAscii, patternSets } from '../text/ascii.js';
import { phraseMatcher, wordBefore, wordSet, type Span, type Word } from './phrases.js';

/** What kind of anchor a span is. */
export type AnchorKind = 'number' | 'date' | 'name' | 'code' | 'acronym' | 'identifier';

/** A concrete anchor in a sentence. */
export interface Anchor extends Span {
	kind: AnchorKind;
}

const MONTHS = wordSet([
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec'
]);
const WEEKDAYS = wordSet([
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday'
]);
// Months that are also everyday words count only next to a number.
const AMBIGUOUS_MONTHS = wordSet([
	'may',
	'march',
	'jan',
	'mar',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec',
	'feb',
	'apr',
	'sept'
]);

const CATEGORY = wordSet(CATEGORY_NAMES);
const GENERIC_ACRONYM = wordSet(GENERIC_ACRONYMS);
const RHETORICAL = wordSet(RHETORICAL_COUNT_NOUNS);
const NON_MEASURE = wordSet(NON_MEASURE_LEADS);
const TECH = wordSet(TECH_NAMES);

// Function words and sentence-case openers that are capitalised without naming anything.
const STOPWORDS = wordSet(
	(
		'a an the and or but nor so yet for of in on at to from by with without into onto over under ' +
		'we our us you your they their them it its this that these those there here he she his her ' +
		'i me my is are was were be been being do does did have has had will would shall should can ' +
		'could may might must not no yes if then than when where why how what which who whom whose ' +
		'all any each every some most many more less few both either neither one once also only just ' +
		'as per via about after before during since until while because although though unless ' +
		'whether every again today tomorrow yesterday now new next last first second third'
	).split(' ')
);

const NUMBER_WORDS = wordSet(
	(
		'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
		'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred ' +
		'dozen'
	).split(' ')
);
// `one` measures only as a unit of time or effort (`one working day`), not `one of`.
const ONE_UNITS = wordSet(
	'day days week weeks month months quarter year hour hours minute second sprint release region cluster person engineer team'.split(
		' '
	)
);
// Adjectives after a percentage that make it rhetoric (`100% committed`).
const RHETORICAL_PERCENT = wordSet(
	'committed sure certain focused aligned confident behind invested dedicated effort perfect correct satisfied happy on'.split(
		' '
	)
);

// A number with optional currency, separators, decimals and an attached unit or suffix.
const NUMBER = /(?<![\p{L}\p{N}_.])([$€£¥])?(\d(?:[\d,]*\d)?(?:\.\d+)?)(%|[a-zA-Z]+)?(?![\p{N}])/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}_'’+#]*(?:[.\-/:][\p{L}\p{N}_+#]+)*/gu;
const YEAR = /^(?:19|20)\d\d$/;
const QUARTER = /^(?:[QH][1-4]|FY\d{2,4}|Q[1-4]-\d{2,4})$/;
const VERSION = /^v\d+(?:\.\d+)*$/i;
const MULTIPLIER = /^x$/i;
const UNIT_SUFFIX =
	/^(?:ms|s|m|h|d|k|kb|mb|gb|tb|pb|bps|rps|qps|tps|gbps|mbps|ns|us|µs|hz|ghz|mhz|w|kw|px|rem|em|min|mins|hrs|hr|sec|secs|am|pm|th|st|nd|rd)$/i;
const ACRONYM = /^[A-Z][A-Z0-9&+]*[A-Z0-9+](?:s)?$/;
const CAMEL = /^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z]|^[A-Z]{2,}[a-z]+/;
// A word written as an identifier: `_`, `a.b`, letters and digits mixed; or (tested apart, see
// `isIdentifier`) a path with a capital or a digit (`src/Main`, `v1/users`). The path test was
// `\/.*[\p{Lu}\d]|[\p{Lu}\d].*\/`, which rescanned to the end of the word from each capital.
const IDENTIFIER = /_|\p{L}\.\p{L}|\p{L}\d|\d\p{L}/u;
const CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u;
const NOT_IDENTIFIER = /^(?:e\.g|i\.e|a\.k\.a|etc|vs|and\/or)$/i;
const CODE_SPAN = /`[^`\n]+`/g;
const CLI_FLAG = /(?<![\p{L}\p{N}_-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)*/gu;
// A number wrapped in markup (`wheel<sup>17</sup>`, `<a name="x">7</a>:`) is a footnote mark.
const MARKUP_BEFORE = />\s*$/;
const MARKUP_AFTER = /^\s*<\//;
// Technology names that are also everyday English words (`go through`, `react to`, `node
// groups`): in lower case, outside code, they are the word, not the technology.
const HOMOGRAPHS = wordSet(
	'go rust node swift react spark lambda temporal vault slack windows oracle envoy helm snowflake pulsar rails spring express'.split(
		' '
	)
);
// Words that make the acronym after them a countable common noun (`this CL`, `a later RFC`,
// `your PR`): a name takes none of them. `the` and `our` are left out: they come before names
// too (`the EU`, `our AWS account`).
const DETERMINERS = wordSet(
	'a an this that these those each every any another your their his her my some no which whose such'.split(
		' '
	)
);
const PLAIN_SPECIAL = /[\dA-Z_./]/;
// Ordinary words in capitals for emphasis, not acronyms: the requirement keywords of RFC 2119
// and RFC 8174 (`Exporters MUST NOT block`, `this field is OPTIONAL`), and the capitals of
// stress and of notes (`we DO add`, `CONSENSUS:`, `NOTE:`). A word written this way names
// nothing a reader could check.
const EMPHASIS = wordSet(
	(
		'must not should shall may required recommended optional do does no all only any never ' +
		'always none every each both either neither and or but if then else also very will can ' +
		'cannot note notes important warning caution consensus todo fixme tbd done new old ' +
		'yes stop wait before after now here'
	).split(' ')
);

const CAPITALISED = /^\p{Lu}/u;
// Words joined by slashes with no digit or other mark (`CI/CD`, `Alpha/Beta`, `syntax/API`,
// `N/A`): alternatives or an abbreviation, not a path; judged part by part.
const ALTERNATION = /^\p{L}+(?:\/\p{L}+)+$/u;
// The letters of algebra (`at least X reviews within Y months`, `N replicas`) and their runs
// (`an XYZ app`) stand for a value the writer did not give: they name nothing. Other single
// capitals can be names (the languages C and R).
const PLACEHOLDER = /^(?:[NXYZ]|[XYZ]{2,3})$/;
// Marks after which a capital opens a new phrase, as after a sentence break (`Term - Gloss`).
const BREAK_BEFORE = /(?:[:;(“"'—–]|\s-)\s*$/;
const NEXT_WORD = /^\s*([\p{L}\p{N}'’-]+)/u;
const LETTER_OR_HYPHEN = /[\p{L}-]/u;
const LETTER = /\p{L}/u;
// The sentence patterns above, or their ASCII copies for an ASCII sentence (text/ascii.ts).
const PATTERNS = patternSets({
	NUMBER,
	WORD,
	CLI_FLAG,
	IDENTIFIER,
	CAPITAL_OR_DIGIT,
	CAPITALISED,
	NEXT_WORD,
	LETTER_OR_HYPHEN,
	LETTER
});

function isCapitalised(word: string, ascii: boolean): boolean {
	if (ascii) {
		const c = word.charCodeAt(0);
		return c >= 65 && c <= 90;
	}
	return CAPITALISED.test(word);
}

function numberAnchor(sentence: string, m: RegExpExecArray, ascii: boolean): AnchorKind | null {
	const { NEXT_WORD } = PATTERNS(ascii);
	const [, currency, digits, suffix] = m;
	const end = m.index + m[0].length;
	const lead = wordBefore(sentence, m.index);
	const next = NEXT_WORD.exec(sentence.slice(end))?.[1]?.toLowerCase() ?? '';
	if (YEAR.test(digits) && !suffix && !currency) return 'date';
	if (currency) return 'number';
	if (suffix === '%') return RHETORICAL_PERCENT.has(next) ? null : 'number';
	if (suffix && MULTIPLIER.test(suffix)) return null;
	if (suffix && !UNIT_SUFFIX.test(suffix)) return null;
	// `version 8.0`, `release 2.18`: a dotted number names one release (a `date, release or
	// deadline` anchor); `version 2`, `Phase 3` label a step.
	if ((lead === 'v' || lead === 'version' || lead === 'release') && digits.includes('.'))
		return 'date';
	if (NON_MEASURE.has(lead) || lead === 'v' || lead === 'version') return null;
	if (RHETORICAL.has(next)) return null;
	if (MONTHS.has(next) || MONTHS.has(lead)) return 'date';
	return 'number';
}

/**
 * The concrete anchors in a sentence. `raw` is the sentence's Markdown source when known,
 * so that code spans count even after inline markup was stripped. `limit` stops the scan
 * early (`isSpecific` needs one anchor, not all of them).
 */
export function findAnchors(
	sentence: string,
	raw?: string,
	limit = Infinity,
	ascii = isAscii(sentence)
): Anchor[] {
	const { NUMBER, WORD, CLI_FLAG, IDENTIFIER, CAPITAL_OR_DIGIT, LETTER_OR_HYPHEN, LETTER } =
		PATTERNS(ascii);
	const out: Anchor[] = [];
	if (raw && raw.includes('`')) codeSpans(sentence, raw, out);
	// A command-line flag (`--store`, `--dry-run`) names an option of a program.
	if (sentence.includes('--')) {
		CLI_FLAG.lastIndex = 0;
		for (let m = CLI_FLAG.exec(sentence); m; m = CLI_FLAG.exec(sentence))
			if (!out.some((a) => a.start <= m!.index && a.end >= m!.index + m![0].length))
				out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'identifier' });
	}
	if (out.length >= limit) return out;
	// Most sentences of prose have no digit; skip the number scan for them.
	NUMBER.lastIndex = /\d/.test(sentence) ? 0 : sentence.length;
	for (let m = NUMBER.exec(sentence); m; m = NUMBER.exec(sentence)) {
		// Digits inside identifiers (p99, S3, INC-2207) are handled as identifiers below.
		if (m.index > 0 && LETTER_OR_HYPHEN.test(sentence[m.index - 1])) continue;
		if (
			MARKUP_BEFORE.test(sentence.slice(Math.max(0, m.index - 2), m.index)) &&
			MARKUP_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 3))
		)
			continue;
		// `(1) accept or (2) decline`: a number alone in parentheses labels an item of a list.
		if (
			sentence[m.index - 1] === '(' &&
			sentence[m.index + m[0].length] === ')' &&
			!m[1] &&
			!m[3] &&
			m[2].length <= 2
		)
			continue;
		const kind = numberAnchor(sentence, m, ascii);
		if (kind) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind });
	}
	if (out.length >= limit) return out;
	WORD.lastIndex = 0;
	let first = true;
	let prev = '';
	let prev2 = '';
	for (let m = WORD.exec(sentence); m && out.length < limit; m = WORD.exec(sentence)) {
		const w = m[0];
		const lower = w.toLowerCase();
		const start = m.index;
		const end = start + w.length;
		const isFirst = first;
		first = false;
		const prevWord = prev;
		const prevPrev = prev2;
		prev2 = prev;
		prev = lower;
		const c = w.charCodeAt(0);
		if (c >= 48 && c <= 57) continue;
		// Fast path: a plain lower-case word can only be a technology, a number word or an
		// identifier (snake_case, dotted, with digits, or camelCase like gRPC).
		if (
			c >= 97 &&
			c <= 122 &&
			!PLAIN_SPECIAL.test(w) &&
			!TECH.has(lower) &&
			!NUMBER_WORDS.has(lower) &&
			lower !== 'one'
		)
			continue;
		// `AI-first`, `cloud-native`: a category with a suffix is still a category.
		const head = lower.includes('-') ? lower.slice(0, lower.indexOf('-')) : '';
		// `RFC-0000`, `ADR-8`: a number after the kind names one of them.
		if (head && (GENERIC_ACRONYM.has(head) || CATEGORY.has(head)) && !/-\d/.test(lower)) continue;
		const afterBreak = isFirst || BREAK_BEFORE.test(sentence.slice(Math.max(0, start - 3), start));
		if (w.includes('/') && ALTERNATION.test(w)) {
			if (w.split('/').some(alternativeNames))
				out.push({ start, end, text: w, kind: 'identifier' });
		} else if (QUARTER.test(w)) {
			out.push({ start, end, text: w, kind: 'date' });
		} else if (MONTHS.has(lower) && isCapitalised(w, ascii)) {
			const near =
				/^\s*\d|^\s*,?\s*(?:19|20)\d\d/.test(sentence.slice(end)) ||
				/\d\s*$/.test(sentence.slice(0, start));
			if (!AMBIGUOUS_MONTHS.has(lower) || near || (!afterBreak && lower !== 'may'))
				out.push({ start, end, text: w, kind: 'date' });
		} else if (WEEKDAYS.has(lower) && isCapitalised(w, ascii)) {
			out.push({ start, end, text: w, kind: 'date' });
		} else if (VERSION.test(w)) {
			// `v2.18` names a release; `v2` labels a generation.
			if (w.includes('.')) out.push({ start, end, text: w, kind: 'date' });
		} else if (ACRONYM.test(w) && w.length >= 2) {
			if (
				!EMPHASIS.has(lower) &&
				!PLACEHOLDER.test(w) &&
				// A number after a kind of document names one of them (`ADR 12`, `RFC 2119`).
				(!(GENERIC_ACRONYM.has(lower) || GENERIC_ACRONYM.has(lower.replace(/s$/, ''))) ||
					/^[\s-]*#?\d/.test(sentence.slice(end, end + 4))) &&
				!CATEGORY.has(lower) &&
				!commonNounAcronym(sentence, w, start, end, prevWord, prevPrev)
			)
				out.push({ start, end, text: w, kind: 'acronym' });
		} else if (CAMEL.test(w)) {
			// `GenAI`, `IoT`: a category written in mixed case is still a category.
			if (!CATEGORY.has(lower) && !GENERIC_ACRONYM.has(lower))
				out.push({ start, end, text: w, kind: 'name' });
		} else if (
			(IDENTIFIER.test(w) || (w.includes('/') && CAPITAL_OR_DIGIT.test(w))) &&
			LETTER.test(w) &&
			!NOT_IDENTIFIER.test(w)
		) {
			out.push({ start, end, text: w, kind: 'identifier' });
		} else if (TECH.has(lower) && !(HOMOGRAPHS.has(lower) && w === lower)) {
			out.push({ start, end, text: w, kind: 'name' });
		} else if (
			isCapitalised(w, ascii) &&
			!afterBreak &&
			!STOPWORDS.has(lower) &&
			!CATEGORY.has(lower) &&
			!PLACEHOLDER.test(w)
		) {
			out.push({ start, end, text: w, kind: 'name' });
		} else if (NUMBER_WORDS.has(lower) || lower === 'one' || lower === 'twice') {
			if (countsSomething(sentence, end, lower, prevWord))
				out.push({ start, end, text: w, kind: 'number' });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether an acronym is used as a common noun rather than a name: in the plural (`emergency
 * CLs`, `open PRs`), or as the head of a phrase after a determiner, directly or past one
 * lower-case modifier (`this CL now`, `a follow-up CL that…`), and not followed by a number that
 * would make it one thing (`RFC 2119`). Technologies keep their anchor (`AWS accounts`).
 */
function commonNounAcronym(
	sentence: string,
	w: string,
	start: number,
	end: number,
	prevWord: string,
	prevPrev: string
): boolean {
	const lower = w.toLowerCase();
	if (TECH.has(lower) || TECH.has(lower.replace(/s$/, ''))) return false;
	if (/^[\s-]*#?\d/.test(sentence.slice(end, end + 4))) return false;
	if (/[A-Z0-9+]s$/.test(w) && w.length >= 3) return true;
	// Before a noun it names a kind of that noun (`a managed MQTT broker`, `an RFC number`).
	const next = /^\s+([\p{L}'’-]+)/u.exec(sentence.slice(end, end + 30))?.[1];
	if (next && /^\p{Ll}/u.test(next) && !STOPWORDS.has(next.toLowerCase())) return false;
	if (DETERMINERS.has(prevWord) && /\s$/.test(sentence.slice(start - 1, start))) return true;
	// `a later CL`: one lower-case modifier between the determiner and the acronym.
	const before = sentence.slice(Math.max(0, start - 40), start);
	return (
		DETERMINERS.has(prevPrev) &&
		/(?:^|\s)[\p{Ll}][\p{Ll}-]*\s+$/u.test(before) &&
		!/[,;:.]\s*[\p{Ll}][\p{Ll}-]*\s+$/u.test(before)
	);
}

/**
 * Whether one part of a slash alternation names something: a technology, or a capitalised
 * word (an acronym too: `TCP/IP`, `Linux/Windows`) that is not a kind, a category, a function
 * word, an emphasis or a placeholder.
 */
function alternativeNames(part: string): boolean {
	const lower = part.toLowerCase();
	if (TECH.has(lower)) return true;
	if (GENERIC_ACRONYM.has(lower) || CATEGORY.has(lower) || STOPWORDS.has(lower)) return false;
	if (PLACEHOLDER.test(part) || EMPHASIS.has(lower)) return false;
	return CAPITALISED.test(part);
}

const PLURAL_IRREGULAR = wordSet([
	'people',
	'staff',
	'personnel',
	'men',
	'women',
	'children',
	'data',
	'hardware',
	'headcount'
]);
const PER_UNIT = wordSet([
	'day',
	'week',
	'month',
	'year',
	'night',
	'shift',
	'quarter',
	'hour',
	'minute',
	'second',
	'sprint',
	'release'
]);
const POPULATION = /^\s+of\s+(?:our|the|its|their|these|those|your)\s/i;

/**
 * Whether a number word counts something: a plural noun within the next two words
 * (`two gate supervisors`), a frequency (`three a day`, `twice a night`), a unit for `one`
 * (`one working day`), or part of a defined population (`two of our customers`).
 */
function countsSomething(sentence: string, end: number, lower: string, prevWord: string): boolean {
	// `these two issues` points back at things already named; it counts nothing new.
	if (NON_MEASURE.has(prevWord) || prevWord === 'these' || prevWord === 'those') return false;
	const rest = sentence.slice(end, end + 60);
	const next = /^\s+([\p{L}\p{N}'’-]+)(?:\s+([\p{L}'’-]+))?/u.exec(rest);
	if (!next) return false;
	const a = next[1].toLowerCase();
	const b = (next[2] ?? '').toLowerCase();
	if ((a === 'a' || a === 'per' || a === 'every') && PER_UNIT.has(b)) return true;
	if (lower === 'twice') return false;
	if (a === 'of') return lower !== 'one' && POPULATION.test(rest);
	if (RHETORICAL.has(a) || a === 'or' || a === 'to' || a === 'and') return false;
	const unit = (w: string) =>
		!RHETORICAL.has(w) &&
		(lower === 'one'
			? ONE_UNITS.has(w)
			: /[^s]s$/.test(w) || PLURAL_IRREGULAR.has(w) || w === 'percent');
	return unit(a) || (/^[\p{L}-]+$/u.test(a) && !STOPWORDS.has(a) && unit(b));
}

/** Code spans of the raw source, positioned in the plain sentence. */
function codeSpans(sentence: string, raw: string, out: Anchor[]): void {
	CODE_SPAN.lastIndex = 0;
	const spans = raw.match(CODE_SPAN);
	if (spans)
		for (const s of spans) {
			const inner = s.slice(1, -1);
			const at = sentence.indexOf(inner);
			out.push({
				start: Math.max(0, at),
				end: Math.max(0, at) + inner.length,
				text: inner,
				kind: 'code'
			});
		}
}

/** Whether a sentence carries at least one concrete anchor (samples README, `specific`). */
export function isSpecific(sentence: string, raw?: string): boolean {
	return findAnchors(sentence, raw, 1).length > 0;
}

const GENERIC_MATCHER = phraseMatcher([...BUZZWORDS, ...VAGUE_QUANTIFIERS, ...VAGUE_VERBS]);
const BUZZ = phraseMatcher(BUZZWORDS);

/** Buzzwords, vague quantifiers and vague verbs in a sentence. */
export function findGenericMarkers(sentence: string, words?: readonly Word[]): Span[] {
	return GENERIC_MATCHER.find(sentence, words);
}

/** Buzzwords only (the strongest generic signal). */
export function findBuzzwords(sentence: string, words?: readonly Word[]): Span[] {
	return BUZZ.find(sentence, words);
}
