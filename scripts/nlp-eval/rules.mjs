// The simplest decent rule per question over a library's tags (the same rule for every
// library, so the comparison is of the taggers). Each takes the tokens of a sentence
// (taggers.mjs) and the offset of the target word, and returns true for the positive class:
//   may         epistemic (a hedge)
//   ing         progressive verb (a hedge when it is exploring/considering…)
//   subject     the subject of the modal/effort verb is an agent (we, I, you, a team) or none
//   imperative  the sentence is a command

const BE_FORMS = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'re", "'m"]);
const isBe = (t) => t.lemma === 'be' || BE_FORMS.has(t.lower.replace(/’/g, "'"));
const isNominal = (t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON';
const CLAUSE_BREAK = (t) =>
	t.pos === 'PUNCT' ? /[,;:(—]/.test(t.text) : t.pos === 'SCONJ' || t.pos === 'CCONJ';

/** Index of the token that starts at `at` (or covers it). */
export function tokenAt(tokens, at) {
	let best = -1;
	for (let i = 0; i < tokens.length; i++) if (tokens[i].start <= at) best = i;
	return best;
}

/** Head of the subject: the nearest noun or pronoun before `k` in the same clause. */
function subjectBefore(tokens, k) {
	for (let i = k - 1; i >= 0; i--) {
		if (CLAUSE_BREAK(tokens[i])) return -1;
		if (isNominal(tokens[i])) return i;
	}
	return -1;
}

/** The next content token after `k`, skipping adverbs and negation. */
function nextVerb(tokens, k) {
	for (let i = k + 1; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.pos === 'ADV' || t.pos === 'PART' || t.lower === 'not' || t.lower === '') continue;
		return i;
	}
	return -1;
}

const NON_AGENT_PRONOUNS = new Set([
	'it',
	'this',
	'that',
	'there',
	'which',
	'what',
	'these',
	'those',
	'they',
	'some',
	'something'
]);

/** `may`: epistemic unless an agent-like noun subject takes an action verb or `be` + participle. */
export function mayEpistemic(tokens, at) {
	const k = tokenAt(tokens, at);
	const s = subjectBefore(tokens, k);
	const v = nextVerb(tokens, k);
	if (s < 0 || v < 0) return true;
	if (tokens[s].pos === 'PRON' || NON_AGENT_PRONOUNS.has(tokens[s].lower)) return true;
	if (isBe(tokens[v])) {
		const after = nextVerb(tokens, v);
		return !(after >= 0 && tokens[after].fine === 'VBN');
	}
	if (tokens[v].lemma === 'have') return true;
	return !(tokens[v].pos === 'VERB');
}

/** -ing word: a verb tag only (the naive rule). */
export function ingVerbTag(tokens, at) {
	const t = tokens[tokenAt(tokens, at)];
	return t.pos === 'VERB' || t.fine === 'VBG';
}

/** -ing word: a verb tag and a form of `be` before it (adverbs, `not`, a subject skipped). */
export function ingProgressive(tokens, at) {
	const k = tokenAt(tokens, at);
	if (!ingVerbTag(tokens, at)) return false;
	for (let i = k - 1, nominals = 0; i >= 0 && k - i <= 4; i--) {
		const t = tokens[i];
		if (isBe(t) && (t.pos === 'AUX' || t.pos === 'VERB')) return true;
		if (t.pos === 'ADV' || t.pos === 'PART' || t.lower === 'not' || t.lower === '') continue;
		// `Are language constructs being utilized`: an inverted question.
		if (isNominal(t) && nominals++ < 2) continue;
		if (t.pos === 'ADJ' || t.pos === 'DET') continue;
		return false;
	}
	return false;
}

const AGENT_WORDS = new Set(['we', 'i', 'you', 'us', 'team', 'teams', 'group', 'council']);

/** Subject of the target verb: imperative (no subject) or an agent head noun/pronoun. */
export function subjectAgent(tokens, at) {
	const k = tokenAt(tokens, at);
	const s = subjectBefore(tokens, k);
	if (s < 0) {
		// No subject in the clause: an imperative when the target is a base verb that opens it.
		const t = tokens[k];
		const opens = k === 0 || CLAUSE_BREAK(tokens[k - 1]) || tokens[k - 1].pos === 'ADV';
		return opens && (t.fine === 'VB' || t.imperative) && t.pos === 'VERB';
	}
	return AGENT_WORDS.has(tokens[s].lower) || AGENT_WORDS.has(tokens[s].lemma);
}

/**
 * Imperative: the main clause opens with a base verb (after a leading `If …,`/`When …,`
 * clause, `please`, `always`/`never`, or `do not`), the sentence is not a question, and the
 * verb is not followed by a subject and a verb (`Do contributors use…`).
 */
export function imperative(tokens, sentence) {
	if (/\?\s*$/.test(sentence)) return false;
	let i = 0;
	while (i < tokens.length && (tokens[i].pos === 'PUNCT' || tokens[i].lower === '"')) i++;
	// Skip a leading subordinate clause up to its comma.
	if (
		tokens[i] &&
		(tokens[i].pos === 'SCONJ' ||
			/^(?:if|when|once|before|after|instead|while|unless)$/.test(tokens[i].lower))
	) {
		const comma = tokens.findIndex((t, j) => j > i && t.pos === 'PUNCT' && t.text === ',');
		if (comma < 0) return false;
		i = comma + 1;
	}
	while (tokens[i] && (tokens[i].pos === 'ADV' || tokens[i].lower === 'please')) i++;
	const t = tokens[i];
	if (!t) return false;
	if (t.lemma === 'do' || t.lower === 'do' || t.lower === "don't") {
		const n = tokens[i + 1];
		if (n && (n.lower === "n't" || n.lower === 'not' || n.lower === '' || t.lower === "don't"))
			return true;
		return false;
	}
	if (t.imperative) return true;
	if (t.pos !== 'VERB' || !(t.fine === 'VB' || t.fine === 'VBP' || t.fine === '')) return false;
	const n = tokens[i + 1];
	// `Start Date: …`: a verb followed by a noun and a colon is a label.
	if (n && tokens[i + 2] && tokens[i + 2].text === ':') return false;
	return true;
}
