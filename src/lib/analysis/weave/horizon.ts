/**
 * The vision's horizon (two to three years from `today`) and the extrapolation prompts: per
 * thread, the tradeoff its strategies accept, accumulated over the horizon, as data taken
 * from the strategies and questions for the author. Nothing here states a fact the
 * strategies do not: every data line quotes or counts what they say.
 */
import type { Contradiction, ExtrapolationPrompt, Thread, WovenPolicy } from '../types.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Validate a YYYY-MM-DD date; throws a RangeError naming the value. */
export function parseDay(day: string): { y: number; m: number; d: number } {
	const m = ISO.exec(day);
	const y = m ? Number(m[1]) : NaN;
	const mo = m ? Number(m[2]) : NaN;
	const d = m ? Number(m[3]) : NaN;
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (!m || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
		throw new RangeError(`weave: today must be a date as YYYY-MM-DD, got ${JSON.stringify(day)}`);
	return { y, m: mo, d };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The same day `years` later (29 February → 28 February in a common year). */
export function addYears(day: string, years: number): string {
	const { y, m, d } = parseDay(day);
	const ty = y + years;
	const last = new Date(Date.UTC(ty, m, 0)).getUTCDate();
	return `${pad(ty, 4)}-${pad(m)}-${pad(Math.min(d, last))}`;
}

/** Today in UTC as YYYY-MM-DD. */
export function todayUTC(now = new Date()): string {
	return `${pad(now.getUTCFullYear(), 4)}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
}

/** `today`, and two (`from`) and three (`to`) years out. */
export function horizonOf(today: string): { today: string; from: string; to: string } {
	parseDay(today);
	return { today, from: addYears(today, 2), to: addYears(today, 3) };
}

/** "March 2028". */
export function monthYear(day: string): string {
	const { y, m } = parseDay(day);
	return `${MONTHS[m - 1]} ${y}`;
}

const short = (doc: string) => doc.replace(/^.*\//, '').replace(/\.(?:md|markdown)$/i, '');
/** The policy as a clause for a question: before its reason, at most 25 words. */
const bare = (s: string) => {
	const cut = s.search(
		/[,;:]?\s+(?:because|since|so\s+that|in\s+order\s+to|which\s+(?:lets|keeps|means|gives|makes))\b|[.;:](?:\s|$)/i
	);
	const main = (cut > 20 ? s.slice(0, cut) : s).replace(/[.!?]+$/, '');
	const words = main.split(/\s+/);
	return words.length > 25 ? words.slice(0, 25).join(' ') + '…' : main;
};

/** Prompts for each thread. */
export function promptsFor(
	threads: readonly Thread[],
	policies: ReadonlyMap<string, WovenPolicy>,
	contradictions: readonly Contradiction[],
	horizon: { from: string; to: string },
	docCount: number
): ExtrapolationPrompt[] {
	const by = monthYear(horizon.from);
	const until = monthYear(horizon.to);
	return threads.map((t) => {
		const ps = t.policies.map((id) => policies.get(id)).filter((p): p is WovenPolicy => !!p);
		const data: string[] = [
			`${t.docs.length} of ${docCount} strategies share this direction (${t.docs.map(short).join(', ')}).`
		];
		const setAside = new Map<string, Set<string>>();
		const costs: string[] = [];
		const payers = new Set<string>();
		for (const p of ps) {
			for (const s of p.tradeoff.setAside) {
				const docs = setAside.get(s.toLowerCase()) ?? new Set<string>();
				docs.add(short(p.doc));
				setAside.set(s.toLowerCase(), docs);
			}
			for (const c of p.tradeoff.costs) costs.push(`${short(p.doc)} accepts ${quoteOf(c)}.`);
			for (const w of p.tradeoff.whoPays) payers.add(w);
		}
		for (const [s, docs] of setAside)
			data.push(
				`${docs.size === 1 ? [...docs][0] : `${docs.size} strategies (${[...docs].join(', ')})`} set${docs.size === 1 ? 's' : ''} aside ${quoteOf(s)}.`
			);
		data.push(...costs);
		if (payers.size) data.push(`Named as paying: ${[...payers].join(', ')}.`);
		const reasoned = ps.filter((p) => p.rationale.length).length;
		data.push(`${reasoned} of its ${ps.length} policies give a reason.`);
		const open = contradictions.filter(
			(c) => t.policies.includes(c.a.policy) || t.policies.includes(c.b.policy)
		);
		for (const c of open)
			data.push(`Contradicted on ${c.topic}: ${short(c.a.doc)} vs ${short(c.b.doc)} (unresolved).`);

		const questions = [
			// Quoted, the thread's sentence reads whatever its grammar (`Everything else we buy`).
			`By ${by}, what will users and the business see from ${quoteOf(bare(t.summary))}?`
		];
		const asides = [...setAside.keys()].slice(0, 3);
		const who = payers.size ? [...payers].join(', ') : 'the teams and users who bear it';
		if (asides.length)
			questions.push(
				`By ${by}, what will setting aside ${asides.map(quoteOf).join(', ')} have cost ${who}, and is that still worth it?`
			);
		if (costs.length)
			questions.push(
				`Which of the accepted costs grows over the two to three years to ${until}, and by how much?`
			);
		if (!asides.length && !costs.length)
			questions.push(
				`None of these strategies says what this direction costs: what will it have cost by ${by}, and who pays?`
			);
		for (const c of open.slice(0, 2))
			questions.push(
				`Which side of the ${c.topic} contradiction does this thread rest on by ${by}?`
			);
		if (reasoned < ps.length)
			questions.push(
				`Why will this direction still be right in ${until}? Some of its policies give no reason.`
			);
		return { thread: t.id, by, data, questions };
	});
}

function quoteOf(s: string): string {
	return `"${s.replace(/"/g, "'")}"`;
}
