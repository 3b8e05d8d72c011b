/**
 * Step 3b of `extract`: a decision group's summary. The most committed sentence closest to
 * what the group shares, and to what the other documents say too.
 */
import { ANAPHOR, type Candidate } from './candidates.js';
import { mainClause, type SectionKind } from './cues.js';
import type { DebateIndex } from './debate.js';
import type { Centroid } from './group.js';
import { whitespaceFields } from '../text/tokens.js';

// How well a sentence from each kind of section reads as the summary of a decision.
const SUMMARY_SECTION: Record<SectionKind, number> = {
	decision: 0.4,
	proposal: 0.2,
	other: 0,
	rollout: -0.2,
	context: -0.5,
	alternatives: -1,
	questions: -1
};
// In a large group (generated or very long docs), the firmest sentences are enough to pick from.
const MAX_SUMMARY_CANDIDATES = 24;

function dot(a: Map<string, number>, b: Map<string, number>): number {
	// forEach, not for…of over entries: an entry array per term was most of what this allocated.
	let d = 0;
	a.forEach((x, t) => {
		d += x * (b.get(t) ?? 0);
	});
	return d;
}

/** The evidence sentence that best summarises the group. */
export function summarySentence(
	cs: readonly Candidate[],
	centroid: Centroid,
	ix: Pick<DebateIndex, 'sentenceVector' | 'saidIn'>
): Candidate {
	const { sentenceVector } = ix;
	// In a large group, the firmest sentences are the summary's candidates and the yardstick.
	const firm =
		cs.length > MAX_SUMMARY_CANDIDATES
			? [...cs].sort((a, b) => b.commitment - a.commitment).slice(0, MAX_SUMMARY_CANDIDATES)
			: cs;
	// What recurs is what the other documents say too: a sentence's closeness to each other
	// document's nearest evidence, averaged.
	const shared = (c: Candidate) => {
		const v = sentenceVector(c.index);
		const best = new Map<number, number>();
		for (const o of firm)
			if (o.sentence.docIndex !== c.sentence.docIndex)
				best.set(
					o.sentence.docIndex,
					Math.max(best.get(o.sentence.docIndex) ?? 0, dot(v, sentenceVector(o.index)))
				);
		return best.size ? [...best.values()].reduce((a, b) => a + b, 0) / best.size : 0;
	};
	return firm
		.map((c) => ({
			c,
			// Sentences that report the debate ("Owen made the call") or are too short to
			// stand alone make poor summaries, however central their few words are.
			rank:
				2 * centroid.closeness(sentenceVector(c.index)) +
				2 * shared(c) +
				0.5 * c.commitment +
				SUMMARY_SECTION[c.sentence.kind] -
				(ix.saidIn[c.index] ? 1 : 0) -
				(ANAPHOR.test(c.sentence.text) ? 1 : 0) -
				(whitespaceFields(c.sentence.text, 7) < 7 ? 0.5 : 0) -
				(c.sentence.text.length > 220 ? 0.5 : 0)
		}))
		.sort((a, b) => b.rank - a.rank)[0].c;
}

/** A summary from a sentence: the main clause when the sentence runs long. */
export function summarize(text: string): string {
	const t = text.replace(/^(?:decision|resolution|outcome)\s*:\s*/i, '');
	const out =
		t.length > 200 && mainClause(t).length >= 40 ? mainClause(t).replace(/[,\s]+$/, '') + '.' : t;
	return out.charAt(0).toUpperCase() + out.slice(1);
}
