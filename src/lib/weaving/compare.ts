/**
 * Pairs worth comparing (`Weave.toCompare`) as the author judges them: a pair marked as a
 * conflict joins the contradictions to resolve, under its own id, so the draft, the record and
 * "What is new" treat it as any other contradiction; a pair marked as agreeing is dismissed.
 */
import type { ComparePair, Contradiction, Weave } from '$lib/analysis/types';
import type { WeaveBoard } from './board';

/**
 * What both sides are about, as a contradiction's topic: "topic of “historian” and “backups”"
 * (read as "On the topic of …", "Resolve the topic of …").
 */
export function pairTopic(p: ComparePair): string {
	const t = p.terms.slice(0, 2).map((x) => `“${x}”`);
	return t.length ? `topic of ${t.join(' and ')}` : 'same topic';
}

/** A pair the author marked as conflicting, as a contradiction. */
export function markedContradiction(p: ComparePair): Contradiction {
	return {
		id: p.id,
		topic: pairTopic(p),
		kind: 'marked',
		a: p.a,
		b: p.b,
		why: `Both about ${p.terms.map((t) => `“${t}”`).join(', ')}; you marked them as pulling apart.`
	};
}

/**
 * The weave with the pairs marked as conflicting among its contradictions (after the engine's),
 * and the pairs still to judge or judged in `toCompare` unchanged.
 */
export function withMarked(weave: Weave, board: WeaveBoard): Weave {
	const known = new Set(weave.contradictions.map((c) => c.id));
	const marked = weave.toCompare.filter(
		(p) => board.compared[p.id] === 'conflict' && !known.has(p.id)
	);
	if (!marked.length) return weave;
	return {
		...weave,
		contradictions: [...weave.contradictions, ...marked.map(markedContradiction)]
	};
}
