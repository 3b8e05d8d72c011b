/**
 * Step 1 of `extract`: decision sentences. Every sentence is read with its section kind; the
 * ones whose wording and section say they commit to something (`cues.ts`) become candidates,
 * and adjacent candidates that continue each other form one unit for grouping.
 */
import {
	fieldLabel,
	normaliseForRecurrence,
	recurringKeys,
	recurringLabels
} from '../text/index.js';
import { decisionCues, DECISION_THRESHOLD, reasonStart } from './cues.js';
import type { SourceSentence } from './sentences.js';
import { CATEGORY_PREFIX, dampedTerms, type SynonymIndex, type Terms } from './terms.js';

/** A decision sentence with how firmly it commits and what it is about. */
export interface Candidate {
	sentence: SourceSentence;
	/** Index of the sentence in the whole set. */
	index: number;
	commitment: number;
	cues: string[];
	terms: Terms;
}

// A sentence that opens with a pronoun continues the one before it.
// Only personal pronouns: "These payloads…" or "This means…" usually open a new point.
export const ANAPHOR = /^(?:it|its|they|their)\b/i;
const MAX_UNIT = 3;

/** The decision sentences of the set, in order, with their key terms. */
export function findCandidates(sentences: SourceSentence[], synonyms: SynonymIndex): Candidate[] {
	// Text that recurs verbatim across the set is the shared template, not a recurring decision.
	const keys = sentences.map((s) => normaliseForRecurrence(s.text));
	const template = recurringKeys(sentences.map((s, i) => ({ doc: s.docIndex, key: keys[i] })));
	// So is a header field shared by the set whose value differs in each ("Review Manager: …").
	// Each sentence's label is read once, for the set and for the sentence.
	const labels = sentences.map((s) => fieldLabel(s.text));
	const fields = recurringLabels(sentences.map((s, i) => ({ doc: s.docIndex, label: labels[i] })));
	const candidates: Candidate[] = [];
	sentences.forEach((sentence, index) => {
		if (template.size && template.has(keys[index])) return;
		if (fields.size && labels[index] !== null && fields.has(labels[index])) return;
		const c = decisionCues(sentence.text, sentence.kind, sentence.first, sentence.short);
		if (c.score < DECISION_THRESHOLD) return;
		// What a decision is about lives before its reason clause; the reason counts half.
		const reason = reasonStart(sentence.text);
		const terms =
			reason > 0
				? dampedTerms(
						sentence.occurrences,
						sentence.text,
						{ synonyms, codeSpans: sentence.codeSpans, verbs: true },
						reason
					)
				: sentence.terms;
		candidates.push({ sentence, index, commitment: c.commitment, cues: c.cues, terms });
	});
	return candidates;
}

/**
 * Adjacent decision sentences of one block that continue each other form one unit, grouped
 * together: "The settle step does not produce to Kafka directly. It writes a row into the
 * outbox…". A sentence continues the previous one when it opens with a pronoun, or when its
 * first content word (its theme) was named in the previous sentence ("…without an idempotency
 * key. Keys are stored in a unique index…").
 */
export function continuations(candidates: Candidate[]): number[][] {
	const units: number[][] = [];
	let prev: Candidate | null = null;
	candidates.forEach((c, k) => {
		const last = units[units.length - 1];
		const adjacent =
			prev &&
			prev.index === c.index - 1 &&
			prev.sentence.block === c.sentence.block &&
			prev.sentence.docIndex === c.sentence.docIndex;
		const theme = [...c.terms.keys()].find((t) => !t.startsWith(CATEGORY_PREFIX));
		if (
			adjacent &&
			last.length < MAX_UNIT &&
			(ANAPHOR.test(c.sentence.text) || (theme !== undefined && prev!.terms.has(theme)))
		)
			last.push(k);
		else units.push([k]);
		prev = c;
	});
	return units;
}

/** Union of term maps, keeping the larger weight. */
export function mergeTerms(list: Terms[]): Terms {
	if (list.length === 1) return list[0];
	const out: Terms = new Map();
	for (const terms of list)
		terms.forEach((w, t) => {
			if ((out.get(t) ?? 0) < w) out.set(t, w);
		});
	return out;
}
