/**
 * The tradeoff a policy accepts, read from sentence structure (issue 12):
 *
 * - what it sets aside: "rather than X", "instead of X", "prefer A over X", "A, not X",
 *   and the object of a negative rule ("We do not build X", "No new X", "X are not created");
 * - what it costs: "at the cost of X", "at the expense of X", "we accept (that) X",
 *   ", which means X", "even if X", "we give up X";
 * - who pays: the teams, people and users named in those clauses.
 *
 * Clauses are cut at the next reason ("because…", "so that…") or clause break, and kept as
 * written. Nothing here guesses: a policy that states no tradeoff gets empty lists.
 */
import type { Tradeoff } from '../types.js';
import { stem } from '../text/index.js';
import { USER_TERMS } from '../lexicon/grounding.js';
import { asciiCopy, isAscii } from '../text/ascii.js';

// Where a clause ends: punctuation, or the start of a reason or another clause.
const END =
	/[.;:!?()—–]|,\s|\s(?:because|since|so that|so|which|unless|except|until|when|while|and then|but|as long as|in order to|to avoid|otherwise)\s/i;
const MAX_WORDS = 14;

function clause(text: string, from: number): string {
	const rest = text.slice(from);
	const end = rest.search(END);
	let out = (end === -1 ? rest : rest.slice(0, end)).trim();
	const words = out.split(/\s+/);
	if (words.length > MAX_WORDS) out = words.slice(0, MAX_WORDS).join(' ') + '…';
	return out.replace(/^(?:the\s+)?(?:use\s+of\s+)?/i, (m) => (/^the\s+$/i.test(m) ? m : m));
}

const SET_ASIDE: RegExp[] = [
	/\brather\s+than\s+/giu,
	/\binstead\s+of\s+/giu,
	/\b(?:prefer|prefers|preferred|favou?r|favou?rs|prioriti[sz]e|prioriti[sz]es|choose|chooses|value|values|optimi[sz]e\s+for|pick|picks|put)\b[^.;]{1,80}?\b(?:even\s+)?over\s+(?!(?:the\s+)?(?:next|last|past|time|\d))/giu,
	/\beven\s+over\s+/giu,
	/,\s*not\s+(?!only\b|just\b|because\b|since\b|when\b|if\b|even\b)/giu,
	// `not even a pilot` widens a refusal to one more thing; `not even for a single site`
	// widens its scope (a preposition follows), which sets nothing aside.
	/\bnot\s+even\s+(?!(?:for|in|at|on|during|when|if|within|inside|after|before|to)\b)/giu
];
// A word each pattern above needs, checked first: most sentences state no tradeoff.
const SET_ASIDE_GATES = ['rather', 'instead', ' over ', 'even over', 'not ', 'not even'];
// Negative rules: what they refuse is what they set aside.
const NEGATIVE_RULE: RegExp[] = [
	/^(?:we|teams?|services?|[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)\s+(?:do|does|will|shall|must|should)\s+not\s+/u,
	/^(?:we|teams?|services?)\s+(?:never|don['’]t|won['’]t|doesn['’]t)\s+/iu,
	/^(?:no\s+new|no)\s+/iu,
	/^(?:do\s+not|don['’]t|never|avoid)\s+/iu
];
const NOT_PASSIVE =
	/^(.{3,80}?)\s+(?:is|are)\s+not\s+(?:created|built|added|used|extended|accepted|supported|allowed|introduced|adopted|bought|licensed)\b/iu;

const COSTS: RegExp[] = [
	/\bat\s+the\s+(?:cost|expense|price)\s+of\s+/giu,
	/\b(?:we|and)\s+accept(?:s|ed)?\s+(?:that\s+)?/giu,
	/\baccepting\s+(?:that\s+)?/giu,
	/\bwhich\s+means\s+(?:that\s+)?/giu,
	/\beven\s+(?:if|when|though)\s+/giu,
	/\b(?:we\s+)?giv(?:e|ing)\s+up\s+/giu,
	/\bthe\s+(?:cost|price|downside)\s+is\s+(?:that\s+)?/giu
];

// The patterns above for ASCII text (text/ascii.ts).
const ASCII_SET_ASIDE = SET_ASIDE.map(asciiCopy);
const ASCII_NEGATIVE_RULE = NEGATIVE_RULE.map(asciiCopy);
const ASCII_NOT_PASSIVE = asciiCopy(NOT_PASSIVE);
const ASCII_COSTS = COSTS.map(asciiCopy);

const COST_GATES = ['at the', 'accept', 'accepting', 'which means', 'even ', 'up ', ' is '];
// Who bears a cost: named teams, roles, and the people the software serves.
const ROLE_STEMS = new Set(
	[...USER_TERMS, 'team', 'engineer', 'operator', 'squad', 'on-call', 'oncall', 'scientist'].map(
		(w) => stem(w)
	)
);
const NAMED_TEAM = /\b((?:[\p{Lu}][\p{L}&-]*\s+){1,3})teams?\b/gu;
const WORD = /[\p{L}][\p{L}-]*/gu;
const MODIFIER = /^(?:new|on-call|data|support|field|site|mobile|platform|product|junior|senior)$/i;

// The same two patterns for ASCII text, where a letter is [A-Za-z] and a capital [A-Z].
const ASCII_NAMED_TEAM = /\b((?:[A-Z][A-Za-z&-]*\s+){1,3})teams?\b/g;
const ASCII_WORD = /[A-Za-z][A-Za-z-]*/g;
// Whether a word (lower case) is a role, kept by word (bounded): clauses repeat their words.
const roles = new Map<string, boolean>();
function isRole(lower: string): boolean {
	let r = roles.get(lower);
	if (r === undefined) {
		r = ROLE_STEMS.has(stem(lower));
		if (roles.size > 20_000) roles.clear();
		roles.set(lower, r);
	}
	return r;
}

/** Teams, roles and users named in a clause ("the Platform team", "on-call engineers"). */
export function whoIn(text: string): string[] {
	const out: string[] = [];
	const ascii = isAscii(text);
	const team = ascii ? ASCII_NAMED_TEAM : NAMED_TEAM;
	const word = ascii ? ASCII_WORD : WORD;
	// `exec` from the start, as `matchAll` reads (neither pattern matches the empty string).
	team.lastIndex = 0;
	for (let m = team.exec(text); m; m = team.exec(text)) out.push(m[0].trim());
	let prev = '';
	word.lastIndex = 0;
	for (let m = word.exec(text); m; m = word.exec(text)) {
		const w = m[0];
		const lower = w.toLowerCase();
		if (isRole(lower) && !/^(?:hire|recruit|onboarding|vendor)$/.test(lower)) {
			const phrase = MODIFIER.test(prev) ? `${prev} ${w}` : w;
			if (!out.some((o) => o.toLowerCase().includes(lower))) out.push(phrase);
		}
		prev = w;
	}
	return out;
}

function uniq(xs: string[]): string[] {
	const seen = new Set<string>();
	return xs.filter((x) => {
		const k = x.toLowerCase();
		if (!x || seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

// A clause of nothing but a pronoun or a connective says nothing on its own ("we accept that:").
const STUB = /^(?:that|this|it|these|those|them|so|and|but|the|a|an|cost|costs)?[\s,.:;]*$/i;

/**
 * The tradeoff a policy sentence states. `reasonAt` is where its reason clause starts (-1 when
 * none): what the reason mentions in passing ("…so that the server can discard it instead of
 * counting it twice") is not what the policy sets aside.
 */
export function tradeoffOf(text: string, reasonAt = -1): Tradeoff {
	const setAside: string[] = [];
	const costs: string[] = [];
	const lower = text.toLowerCase();
	const ascii = isAscii(text);
	for (const [k, re] of (ascii ? ASCII_SET_ASIDE : SET_ASIDE).entries()) {
		if (!lower.includes(SET_ASIDE_GATES[k])) continue;
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (reasonAt >= 0 && m.index >= reasonAt) break;
			const c = clause(text, m.index + m[0].length);
			if (!STUB.test(c)) setAside.push(c);
		}
	}
	const trimmed = text.trim();
	const negativeRules = ascii ? ASCII_NEGATIVE_RULE : NEGATIVE_RULE;
	for (const re of /\b(?:not|never|no|don|won|doesn|avoid)\b/.test(lower) ? negativeRules : []) {
		const m = re.exec(trimmed);
		if (m) {
			const c = clause(trimmed, m.index + m[0].length);
			if (c.length > 2) setAside.push(c);
			break;
		}
	}
	const passive = lower.includes(' not ')
		? (ascii ? ASCII_NOT_PASSIVE : NOT_PASSIVE).exec(trimmed)
		: null;
	if (passive) setAside.push(passive[1].trim());
	for (const [k, re] of (ascii ? ASCII_COSTS : COSTS).entries()) {
		if (!lower.includes(COST_GATES[k])) continue;
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const rest = text.slice(m.index + m[0].length);
			// A cost runs to the end of its sentence part, not to the next comma.
			const end = rest.search(/[.;!?]|\s(?:because|since|so that)\s/i);
			const words = (end === -1 ? rest : rest.slice(0, end)).trim().split(/\s+/);
			const c = words.slice(0, 20).join(' ') + (words.length > 20 ? '…' : '');
			if (!STUB.test(c)) costs.push(c);
		}
	}
	const whoPays = uniq(costs.flatMap(whoIn));
	return { setAside: uniq(setAside), costs: uniq(costs), whoPays };
}
