/**
 * Decision sentences → policy text. A design doc says "We are making Pick work offline rather
 * than betting on site Wi-Fi, because …"; a strategy says "We will make Pick work offline rather
 * than betting on site Wi-Fi", with the reason said once, after it. These helpers only move
 * words the documents wrote; they never invent a reason.
 */

// A sentence opening with a pronoun or demonstrative leans on the one before it ("It learns…").
const ANAPHOR =
	/^(?:it|its|this|that|they|their|these|those|both|each one|each of (?:them|these|those)|all of them|one of them|the same|the other|such|here)\b/i;
// Sections whose sentences state the decision itself, preferred when choosing what to phrase.
const DECISION_SECTION = /\b(?:decision|decisions|proposal|policy|policies|recommendation)\b/i;

// Already a commitment: a modal, an absolute, or a verb of staying ("stays", "remains").
const COMMITTED =
	/\b(?:will|won't|must|mustn't|shall|never|always|only|no longer|do not|does not|don't|doesn't|cannot|can't|stays?|remains?|is required|are required)\b/i;

// "We" + these does not state a present decision (past, modal or auxiliary verbs).
const WE_NOT_A_DECISION = new Set(
	'are were was have had did do can could should would might may debated considered tried looked chose decided discussed wanted need needed expect think believe agreed'.split(
		' '
	)
);

// Openers that are lowercased after "We will make sure that …"; any other word keeps its case,
// because it may be a name (Pick, Kafka).
const DETERMINERS = new Set(
	'the a an every each all any no our new one two some most only local large small at in on for when with after before from to by once if while'.split(
		' '
	)
);

// Gerunds a rule gets wrong ("opening" → "opene", "bringing" → "bringe").
const GERUNDS: Record<string, string> = {
	being: 'be',
	bringing: 'bring',
	changing: 'change',
	editing: 'edit',
	opening: 'open',
	ordering: 'order',
	offering: 'offer',
	retiring: 'retire',
	using: 'use'
};

/** "making" → "make", "shipping" → "ship", "building" → "build" (a small rule set, not a lemmatiser). */
export function unGerund(word: string): string {
	const lower = word.toLowerCase();
	if (GERUNDS[lower]) return GERUNDS[lower];
	if (!lower.endsWith('ing') || lower.length < 5) return lower;
	const stem = lower.slice(0, -3);
	if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|ff|zz)$/.test(stem))
		return stem.slice(0, -1);
	// make, move, store, write, share, deprecate, standardize, replace
	if (/(?:at|iz|ys|rg|c|v|u)$/.test(stem) || /^[^aeiou]*[aeiou][b-df-hj-np-tv-z]$/.test(stem))
		return stem + 'e';
	return stem;
}

// Where a reason clause starts inside a sentence, when no rationale string locates it.
const REASON_CLAUSE =
	/,?\s+(?:because|so that|so as to|in order to|to avoid|which lets|which keeps|since|given that)\b/i;

/** The sentence without its reason clause and end punctuation: the part that decides. */
export function decisionPart(sentence: string, rationale: readonly string[] = []): string {
	let text = sentence.trim();
	for (const r of rationale) {
		const at = r.length > 8 ? text.indexOf(r.trim()) : -1;
		if (at > 0) {
			text = text.slice(0, at);
			break;
		}
	}
	const clause = REASON_CLAUSE.exec(text);
	if (clause && clause.index > 0) text = text.slice(0, clause.index);
	return text
		.replace(/[\s,;:–—-]+(?:and|but)?\s*$/i, '')
		.replace(/[\s.!?…]+$/, '')
		.trim();
}

/**
 * Choose the sentence a policy is phrased from: the summary, unless it leans on a pronoun
 * ("It learns…"); then an evidence sentence that stands alone, one under a Decision or Proposal
 * heading first.
 */
export function policySource(
	summary: string,
	evidence: readonly { text: string; section?: string }[]
): string {
	if (!ANAPHOR.test(summary.trim())) return summary;
	const alone = evidence.filter((e) => !ANAPHOR.test(e.text.trim()));
	const decided = alone.find((e) => DECISION_SECTION.test(e.section ?? ''));
	return (decided ?? alone[0])?.text ?? summary;
}

/**
 * A decision sentence as a commitment, reason clause removed: "We go live one site at a time"
 * → "We will go live one site at a time"; "We are making Pick work offline" → "We will make Pick
 * work offline"; "Route optimisation stays in-house" stays as it is (already a commitment);
 * "Every instant is persisted as UTC" → "We will make sure that every instant is persisted as UTC";
 * "Photos are compressed" → "We will hold to this: Photos are compressed".
 */
export function phrasePolicy(sentence: string, rationale: readonly string[] = []): string {
	let text = decisionPart(sentence, rationale);
	// "Accepted, with one change from Security: the erx service gets its own database": the
	// decision is after the colon when nothing before it commits.
	const colon = text.indexOf(': ');
	if (colon > 0 && !COMMITTED.test(text.slice(0, colon))) {
		const after = text.slice(colon + 2).trim();
		if (after.split(/\s+/).length >= 4) text = after[0].toUpperCase() + after.slice(1);
	}
	if (!text) return '';
	let m = /^we\s+(?:are|'re)\s+([a-z]+ing)\b(.*)$/i.exec(text);
	if (m) return `We will ${unGerund(m[1])}${m[2]}`;
	m = /^we\s+(?:have\s+)?decided\s+to\s+(.*)$/i.exec(text);
	if (m) return `We will ${m[1]}`;
	m = /^we\s+([a-z']+)(.*)$/i.exec(text);
	if (m) {
		// "We won't…" already commits; "We debated…" is not a decision to rephrase.
		if (COMMITTED.test(m[1]) || WE_NOT_A_DECISION.has(m[1].toLowerCase())) return text;
		return `We will ${m[1].toLowerCase()}${m[2]}`;
	}
	if (COMMITTED.test(text)) return text;
	const first = /^(\S+)/.exec(text)?.[1] ?? '';
	// A capitalised opener may be a name (Pick, Kafka): keep it after a colon instead.
	return DETERMINERS.has(first.toLowerCase())
		? `We will make sure that ${text[0].toLowerCase()}${text.slice(1)}`
		: `We will hold to this: ${text}`;
}

// A reason that reads on after a comma: "…, because …", "…, so that …".
const JOINS_WITH_COMMA =
	/^(?:because|so that|so as to|so|since|as|in order to|to avoid|to keep|given|which)\b/i;
// Words in an author's own policy text that already give a reason.
const HAS_REASON =
	/\b(?:because|so that|in order to|to avoid|which lets|which keeps|given that|since)\b/i;

/** Whether policy text already carries its own reason. */
export function hasReason(text: string): boolean {
	return HAS_REASON.test(text);
}

/**
 * The policy sentence with its reason: "We will X, because Y." A reason that does not start with a
 * causal word becomes its own sentence ("We will X. Why: Y."). Without a reason, the sentence
 * ends and `reason` is null; the caller shows the gap.
 */
export function withReason(policy: string, reason: string | undefined): string {
	const body = policy.trim().replace(/[\s.!?…]+$/, '');
	const why = reason
		?.trim()
		.replace(/^[,;:\s]+/, '')
		.replace(/[\s.!?…]+$/, '');
	if (!why) return `${body}.`;
	if (JOINS_WITH_COMMA.test(why)) return `${body}, ${why[0].toLowerCase()}${why.slice(1)}.`;
	return `${body}. Why: ${why[0].toUpperCase()}${why.slice(1)}.`;
}

/** The strongest reason to quote: one that opens with a causal word, else the first. */
export function bestReason(rationale: readonly string[]): string | undefined {
	return (
		rationale.find((r) => JOINS_WITH_COMMA.test(r.trim())) ??
		readableReasons(rationale)[0] ??
		rationale[0]
	);
}

/**
 * Reasons that read on their own: a causal opener or a whole sentence. A fragment that starts
 * mid-clause ("is worth telling the customer about…") is left out rather than quoted.
 */
export function readableReasons(rationale: readonly string[]): string[] {
	return rationale.filter((r) => JOINS_WITH_COMMA.test(r.trim()) || /^[^a-z]/.test(r.trim()));
}
