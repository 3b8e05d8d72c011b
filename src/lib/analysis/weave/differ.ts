/**
 * How two policies on one topic differ, by structure: what a reader of a pair worth comparing
 * (compare.ts) should look at first. Each difference is a place where two strategies quietly
 * part ways when the contradiction finder cannot read their stance:
 *
 * - **numbers**: a number, duration or date of one dimension on both sides, of other values
 *   ("within 18 hours" / "at least a full day");
 * - **negation**: a refusal on one side only ("never", "no", "not");
 * - **permission vs prohibition**: one side allows ("may", "can"), the other forbids ("must
 *   not", "never");
 * - **who decides**: the same axis of stance.ts at another pole (one board vs each team);
 * - **another name in the same slot**: two systems of one category, or two proper names after
 *   the same preposition ("hosted in London" / "stored in Ireland").
 */
import type { Unit } from './contradictions.js';
import { tokenize } from '../text/index.js';

/** One difference: how much it weighs in the ranking, and what the reader is told. */
export interface Difference {
	weight: number;
	why: string;
}

// Weights of each kind, as a share of the topic score they add (tuned on the seen sets).
const WEIGHT = {
	numbers: 0.6,
	numbersElsewhere: 0.1,
	negation: 0.25,
	permission: 0.6,
	pole: 0.8,
	name: 0.5,
	place: 0.4
};

// A refusal; "no later than", "not only", "no more than" are bounds and emphasis, not refusals.
const NEGATION =
	/\b(?:never|nor|cannot|can['’]t|won['’]t|don['’]t|doesn['’]t|isn['’]t|aren['’]t|not(?!\s+only\b)|no(?!\s+(?:later|earlier|more|less|fewer|longer|sooner)\b)|without|none|nobody|nothing)\b/iu;
const FORBID =
	/\b(?:must|may|shall|should|will|can|do|does|is|are)\s+not\b|\b(?:cannot|can['’]t|never|forbidden|prohibited|banned|not\s+(?:allowed|permitted))\b|\bno\s+(?:[\w-]+\s+){0,3}?(?:may|can|is|are|gets?|goes|leaves?)\b/iu;
const PERMIT =
	/\b(?:may|can|could)\b(?!\s+not\b)|\b(?:is|are)\s+(?:free|allowed|permitted)\s+to\b|\b(?:it['’]s|is)\s+fine\s+to\b/iu;
// Capitalised words that name a time, not a place or a system.
const CALENDAR =
	/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|q[1-4])$/;
// Prepositions whose proper-name object is a slot: where, on what, by whom, from where.
const SLOT = new Set('in on at from to by with via into onto'.split(' '));

/** What `differences` reads of one policy, computed once per policy. */
export interface Marks {
	negation: string;
	forbids: string;
	permits: string;
	/** Proper names by the preposition before them ("in" → London), as written. */
	places: Map<string, Set<string>>;
}

/** The word a pattern matched in `text`, as written (lower case), or ''. */
const found = (re: RegExp, text: string) => re.exec(text)?.[0].toLowerCase() ?? '';

/** What `differences` needs of a policy's text. */
export function marksOf(text: string): Marks {
	const places = new Map<string, Set<string>>();
	const tokens = tokenize(text);
	for (let i = 1; i < tokens.length - 1; i++) {
		const prep = tokens[i].lower;
		if (!SLOT.has(prep)) continue;
		let j = i + 1;
		if (tokens[j].lower === 'the' && j + 1 < tokens.length) j++;
		const t = tokens[j];
		if (!/^[A-Z]/.test(t.text) || CALENDAR.test(t.lower)) continue;
		if (/[,.;:]/.test(text.slice(tokens[i].end, t.start))) continue;
		const set = places.get(prep) ?? new Set<string>();
		set.add(t.text);
		places.set(prep, set);
	}
	return {
		negation: found(NEGATION, text),
		forbids: found(FORBID, text),
		permits: found(PERMIT, text),
		places
	};
}

/** Whether two numbers of one dimension differ (beyond rounding). */
const differ = (x: number, y: number) => Math.abs(x - y) > 1e-6 * Math.max(1, Math.abs(x));

/**
 * How `a` and `b` (policies of two strategies on one topic, `ma` and `mb` their marks) differ,
 * heaviest first. `shared` says whether a term is one both are about: numbers around it weigh
 * more than numbers elsewhere in the sentences.
 */
export function differences(
	a: Unit,
	b: Unit,
	ma: Marks,
	mb: Marks,
	shared: (term: string) => boolean
): Difference[] {
	const out: Difference[] = [];
	// Numbers: the pair of one dimension and other values, about a shared term if any.
	let best: Difference | null = null;
	for (const q of a.stance.quantities)
		for (const r of b.stance.quantities) {
			if (q.dimension !== r.dimension || !differ(q.value, r.value)) continue;
			// Two durations of different kinds, or of different measures, measure two things.
			if (
				(q.role && r.role && q.role !== r.role) ||
				(q.measure && r.measure && q.measure !== r.measure)
			)
				continue;
			const about = [...q.around].some((t) => r.around.has(t) && shared(t));
			const weight = about ? WEIGHT.numbers : WEIGHT.numbersElsewhere;
			if (!best || weight > best.weight) best = { weight, why: `${q.written} vs ${r.written}` };
		}
	if (best) out.push(best);
	// Who decides, and any other axis of stance.ts, at two poles.
	for (const p of a.stance.poles) {
		const q = b.stance.poles.find((x) => x.axis === p.axis && x.pole !== p.pole);
		if (q) {
			out.push({ weight: WEIGHT.pole, why: `${p.axis}: ${p.pole} vs ${q.pole}` });
			break;
		}
	}
	// Permission on one side, prohibition on the other; else a refusal on one side only.
	const allowForbid =
		ma.permits && !ma.forbids && mb.forbids
			? `“${ma.permits}” vs “${mb.forbids}”`
			: mb.permits && !mb.forbids && ma.forbids
				? `“${ma.forbids}” vs “${mb.permits}”`
				: '';
	if (allowForbid) out.push({ weight: WEIGHT.permission, why: allowForbid });
	else if (!ma.negation !== !mb.negation)
		out.push({
			weight: WEIGHT.negation,
			why: `“${ma.negation || mb.negation}” on one side only`
		});
	// Two systems of one category.
	for (const c of a.stance.choices) {
		const d = b.stance.choices.find(
			(x) =>
				x.category === c.category &&
				x.name !== c.name &&
				!a.stance.choices.some((y) => y.name === x.name) &&
				!b.stance.choices.some((y) => y.name === c.name)
		);
		if (d) {
			out.push({ weight: WEIGHT.name, why: `${c.written} vs ${d.written}` });
			break;
		}
	}
	// Two proper names in one slot ("in London" / "in Ireland").
	for (const [prep, names] of ma.places) {
		const other = mb.places.get(prep);
		if (!other || [...names].some((x) => other.has(x))) continue;
		out.push({
			weight: WEIGHT.place,
			why: `${prep} ${[...names][0]} vs ${prep} ${[...other][0]}`
		});
		break;
	}
	return out.sort((x, y) => y.weight - x.weight);
}
