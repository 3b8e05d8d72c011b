/**
 * The vision draft as Markdown, from a weave and the author's decisions on the page: a title and
 * a dated opening ("By <month year>"), one paragraph scaffold per thread kept (what users and
 * the business will see, what its accepted tradeoff will have cost, the strategies it rests on),
 * each contradiction as resolved, the unresolved ones under Open questions, and Woven from.
 * The gaps are `[[placeholders]]` (the engine's extrapolation questions where it has them) that
 * the checker reports until the author fills them: nothing here invents a fact.
 */
import type { Contradiction, Thread, Weave } from '$lib/analysis/types';
import { DIRECTION_PREFIX } from '$lib/analysis/weave/directions';
import { editorQuery, escapeMarkdown, type SourceDoc } from '$lib/synthesis';
import { isResolved, type Resolution, type WeaveBoard } from './board';

/** What a vision draft is made from. */
export interface VisionDraftInput {
	/** Empty: `defaultTitle(by)`. */
	title: string;
	/** The strategies woven, in order (ids are the `name`s given to `weave`). */
	sources: readonly SourceDoc[];
	weave: Weave;
	board: WeaveBoard;
}

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

/** "November 2028" for `2028-11-15`; the input unchanged when it is not a date. */
export function monthYear(date: string): string {
	const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
	const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
	return m && month ? `${month} ${m[1]}` : date;
}

/** The vision's title when the author typed none. */
export function defaultTitle(by: string): string {
	return `Our engineering by ${by}`;
}

/**
 * A `[[placeholder]]` around `text`: brackets and line breaks removed (the checker's pattern
 * stops at `]` and at a line end), other Markdown escaped.
 */
export function placeholder(text: string): string {
	const clean = text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
	return `[[${escapeMarkdown(clean)}]]`;
}

function titleOf(sources: readonly SourceDoc[], id: string): string {
	return sources.find((s) => s.id === id)?.title.trim() || 'Untitled strategy';
}

function link(sources: readonly SourceDoc[], id: string, sentence?: string): string {
	return `[${escapeMarkdown(titleOf(sources, id))}](${editorQuery(id, sentence)})`;
}

function list(items: string[]): string {
	if (items.length <= 2) return items.join(' and ');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const QUOTE_CHARS = 160;

/** A sentence cut to a readable length at a word boundary. */
export function quote(text: string): string {
	const t = text.replace(/\s+/g, ' ').trim();
	return t.length <= QUOTE_CHARS ? t : `${t.slice(0, QUOTE_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * The tradeoffs worth naming: the engine's setAside/costs phrases of three words or more
 * (shorter ones, such as "cost,", are clause fragments), without trailing punctuation.
 */
export function namedTradeoffs(thread: Thread): string[] {
	return thread.tradeoffs
		.map((t) => t.replace(/[\s,;:.]+$/, '').trim())
		.filter((t) => t.split(/\s+/).length >= 3);
}

/** The threads the author kept, in the weave's order. */
export function keptThreads(weave: Weave, board: WeaveBoard): Thread[] {
	return weave.threads.filter((t) => !board.dropped.includes(t.id));
}

/** The strategies a thread rests on, each linked at its first evidence sentence. */
export function restsOn(thread: Thread, sources: readonly SourceDoc[]): string {
	const firsts = thread.docs.map((doc) => thread.evidence.find((e) => e.doc === doc));
	return list(
		thread.docs.map((doc, i) => link(sources, doc, firsts[i]?.text)).filter(Boolean) as string[]
	);
}

/**
 * `word` as `text` writes it, as a whole word: in lower case if it is ever written so, else as
 * first written ("LaunchDarkly" for "launchdarkly", "field" even where a sentence opens "Field").
 */
function writtenAs(text: string, word: string): string | undefined {
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
	const found = [...text.matchAll(re)].map((m) => m[0]);
	return found.find((w) => w === w.toLowerCase()) ?? found[0];
}

/**
 * A thread's key terms as a reader would say them, at most `limit`: a direction
 * (`dir:staged-rollout`) by its name ("staged rollout"), any other term only where the thread's
 * evidence writes it as a word, and as it is written there (a stem such as "offlin" is left out).
 */
export function threadTopics(thread: Thread, limit = 4): string[] {
	const text = thread.evidence.map((e) => e.text).join('\n');
	const out: string[] = [];
	for (const term of thread.terms) {
		const word = term.startsWith(DIRECTION_PREFIX)
			? term.slice(DIRECTION_PREFIX.length).replace(/-/g, ' ')
			: writtenAs(text, term);
		if (!word || out.some((w) => w.toLowerCase() === word.toLowerCase())) continue;
		out.push(word);
		if (out.length === limit) break;
	}
	return out;
}

/** One thread's paragraph scaffold, headed by a placeholder the author turns into a headline. */
export function threadMarkdown(
	thread: Thread,
	weave: Weave,
	sources: readonly SourceDoc[],
	by: string
): string {
	const prompt = weave.prompts.find((p) => p.thread === thread.id);
	const questions = prompt?.questions ?? [];
	const see =
		questions.find((q) => /\bsee\b/.test(q)) ??
		`By ${by}, what will users and the business see because of this direction?`;
	const cost =
		questions.find((q) => /\bcost\b/.test(q)) ??
		`By ${by}, what will this direction have cost, and who will have paid for it?`;
	const terms = threadTopics(thread).join(', ');
	const tradeoffs = namedTradeoffs(thread);
	const setAside = tradeoffs.length
		? ` The strategies accept this tradeoff: ${tradeoffs
				.slice(0, 3)
				.map((t) => `“${escapeMarkdown(quote(t))}”`)
				.join('; ')}.`
		: ' None of the strategies names what this direction costs.';
	return [
		`## ${placeholder(`Headline for the thread on ${terms || 'this direction'}`)}`,
		'',
		see.startsWith(`By ${by}`) ? placeholder(see) : `By ${by}: ${placeholder(see)}`,
		'',
		`What it will have cost:${setAside} ${placeholder(cost)}`,
		'',
		`It rests on ${thread.docs.length} strateg${thread.docs.length === 1 ? 'y' : 'ies'}: ${restsOn(thread, sources)}.`
	].join('\n');
}

/** The contradiction as the vision settles it. */
export function resolvedMarkdown(
	c: Contradiction,
	r: Resolution,
	sources: readonly SourceDoc[],
	by: string
): string {
	const a = link(sources, c.a.doc, c.a.text);
	const b = link(sources, c.b.doc, c.b.text);
	const head = `On the ${escapeMarkdown(c.topic)}, ${a} and ${b} pull apart.`;
	if ('reconcile' in r) return `${head} ${escapeMarkdown(r.reconcile)}`;
	const [kept, other] = r.keep === 'a' ? [c.a, c.b] : [c.b, c.a];
	return (
		`${head} We keep the choice of ${escapeMarkdown(titleOf(sources, kept.doc))}: “${escapeMarkdown(quote(kept.text))}” ` +
		placeholder(
			`Say why, and what moving ${titleOf(sources, other.doc)} off its choice will have cost by ${by}`
		)
	);
}

/** An unresolved contradiction as an open question the checker flags. */
export function openQuestionMarkdown(c: Contradiction, sources: readonly SourceDoc[]): string {
	return [
		`- On the ${escapeMarkdown(c.topic)}: ${link(sources, c.a.doc, c.a.text)} says “${escapeMarkdown(quote(c.a.text))}”, ` +
			`while ${link(sources, c.b.doc, c.b.text)} says “${escapeMarkdown(quote(c.b.text))}”. ` +
			placeholder('Decide: keep one side, or write the reconciliation, X even over Y')
	].join('\n');
}

/** The strategies, one linked line each. */
export function wovenFromMarkdown(sources: readonly SourceDoc[]): string {
	return ['## Woven from', '', ...sources.map((s) => `- ${link(sources, s.id)}`)].join('\n');
}

/** The vision draft as Markdown, title first. */
export function visionDraftMarkdown(input: VisionDraftInput): string {
	const { sources, weave, board } = input;
	const by = monthYear(weave.horizon.from);
	const to = monthYear(weave.horizon.to);
	const title = input.title.trim() || defaultTitle(by);
	const threads = keptThreads(weave, board);
	const resolved = weave.contradictions.filter((c) => isResolved(board.resolutions[c.id]));
	const open = weave.contradictions.filter((c) => !isResolved(board.resolutions[c.id]));
	const out = [
		`# ${escapeMarkdown(title)}`,
		'',
		`Woven on ${weave.horizon.today} from ${sources.length} strateg${sources.length === 1 ? 'y' : 'ies'}: ` +
			`${list(sources.map((s) => link(sources, s.id)))}. It says where they take us by ${by}, and looks on to ${to}.`,
		'',
		`By ${by}, ${placeholder('where we will be, in two or three sentences a new engineer would remember')}`,
		''
	];
	for (const t of threads) out.push(threadMarkdown(t, weave, sources, by), '');
	if (resolved.length) {
		out.push('## Where our strategies disagreed', '');
		for (const c of resolved)
			out.push(resolvedMarkdown(c, board.resolutions[c.id], sources, by), '');
	}
	if (open.length) {
		out.push(
			'## Open questions',
			'',
			'Our strategies pull apart here, and this vision does not settle it yet:',
			''
		);
		for (const c of open) out.push(openQuestionMarkdown(c, sources), '');
	}
	out.push(wovenFromMarkdown(sources), '');
	return (
		out
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}
