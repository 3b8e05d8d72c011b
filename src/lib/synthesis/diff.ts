/**
 * What is new since a strategy was drafted: recurring decisions nobody saw then, and new
 * evidence for decisions that were seen. Decision ids stay stable while a decision's key terms
 * do, so a decision also counts as seen when most of its evidence was seen under another id.
 */
import type { ExtractedDecision, ExtractedEvidence } from '$lib/analysis/extract';
import { fingerprint } from './evidence';
import type { SynthesisRecord } from './record';

/** New evidence for a decision the draft already knew. */
export interface NewEvidence {
	decision: ExtractedDecision;
	evidence: ExtractedEvidence[];
}

/** The difference between a synthesis record and a fresh extraction. */
export interface NewSinceDraft {
	/** Recurring decisions not seen when the draft was made. */
	decisions: ExtractedDecision[];
	/** Seen recurring decisions with evidence sentences not seen then. */
	evidence: NewEvidence[];
	/** Picked now but not among the draft's design docs. */
	addedSources: string[];
	/** Among the draft's design docs but not picked now (deleted, or left out). */
	missingSources: string[];
}

/**
 * Compare a fresh `extract` result over the docs `picked` now with what `record` saw. Only
 * recurring decisions count: a one-off decision is not a strategy's business.
 */
export function newSinceDraft(
	record: SynthesisRecord,
	decisions: readonly ExtractedDecision[],
	picked: readonly string[]
): NewSinceDraft {
	const seenIds = new Set(record.seen);
	const seenEvidence = new Set(record.evidence);
	const out: NewSinceDraft = {
		decisions: [],
		evidence: [],
		addedSources: picked.filter((id) => !record.sources.includes(id)),
		missingSources: record.sources.filter((id) => !picked.includes(id))
	};
	for (const d of decisions) {
		if (d.oneOff) continue;
		const fresh = d.evidence.filter((e) => !seenEvidence.has(fingerprint(e)));
		const known = d.evidence.length - fresh.length;
		if (!seenIds.has(d.id) && known * 2 < d.evidence.length) out.decisions.push(d);
		else if (fresh.length) out.evidence.push({ decision: d, evidence: fresh });
	}
	return out;
}
