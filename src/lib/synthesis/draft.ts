/**
 * The strategy draft as Markdown: a short Context naming the design docs, one policy per
 * accepted group with its reason from the docs (or a visible gap when they gave none) and links
 * to its evidence, and the contested decisions nobody resolved under Open questions.
 */
import { docsOf, isOneOff, type Group } from './board';
import { editorQuery } from './evidence';
import { bestReason, hasReason, readableReasons, withReason } from './phrasing';

/** A design doc as the draft names it. */
export interface SourceDoc {
	id: string;
	title: string;
}

/** What a draft is made from. */
export interface DraftInput {
	title: string;
	/** The design docs picked, in order. */
	sources: readonly SourceDoc[];
	/** The whole board; only accepted and unresolved contested groups are written. */
	groups: readonly Group[];
	/** `YYYY-MM-DD`, for the Context line. */
	today: string;
}

/** Shown where the design docs gave no reason: a gap for the author, never invented text. */
export const NO_REASON =
	'No reason given in the design docs: add why before sharing this strategy.';

/** Escape text so Markdown reads it literally. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/([\\`*_[\]<>|])/g, '\\$1')
		.replace(/^([#+-]|\d+[.)])(\s|$)/, '\\$1$2');
}

function titleOf(sources: readonly SourceDoc[], id: string): string {
	return sources.find((s) => s.id === id)?.title.trim() || 'Untitled design doc';
}

const QUOTE_CHARS = 140;

function quote(text: string): string {
	const t = text.replace(/\s+/g, ' ').trim();
	return t.length <= QUOTE_CHARS ? t : `${t.slice(0, QUOTE_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}

/** "3 of 5 docs" */
export function spanLabel(docs: number, of: number): string {
	return `${docs} of ${of} doc${of === 1 ? '' : 's'}`;
}

function where(e: { doc: string; section: string }, sources: readonly SourceDoc[]): string {
	return escapeMarkdown([titleOf(sources, e.doc), e.section.trim()].filter(Boolean).join(' › '));
}

/** Links to each evidence sentence, as a list item's lines (quoted). */
function evidenceLines(group: Group, sources: readonly SourceDoc[], n = 0): string[] {
	if (group.origin === 'hand') return ['- Added by hand, not drawn from the design docs.'];
	return group.evidence.map(
		(e, i) =>
			`- ${n ? `${n}.${i + 1} ` : ''}[${where(e, sources)}](${editorQuery(e.doc, e.text)}): “${escapeMarkdown(quote(e.text))}”`
	);
}

/**
 * One numbered policy with its reason and a line of links to its evidence. The quotes, other
 * reasons and set-aside options go under Evidence (`evidenceMarkdown`): quoted decision
 * sentences in the Policies section would read to the checker as policies of their own.
 */
export function policyMarkdown(group: Group, n: number): string {
	const own = hasReason(group.policy);
	const reason = own ? undefined : bestReason(group.rationale);
	const head = withReason(escapeMarkdown(group.policy), reason && escapeMarkdown(reason));
	// Numbered references ("1.2") inside the policy sentence, quoted in full under Evidence: a
	// line of its own ("Evidence: Live route resequencing…") reads to the checker as a policy.
	const refs =
		group.origin === 'hand'
			? '(added by hand)'
			: `(evidence ${group.evidence.map((e, i) => `[${n}.${i + 1}](${editorQuery(e.doc, e.text)})`).join(', ')})`;
	const text = `${head.slice(0, -1)} ${refs}.`;
	return `${n}. ${own || reason ? text : `${text} *${NO_REASON}*`}`;
}

/** A policy's evidence quoted, with the other reasons and the options the docs set aside. */
export function evidenceMarkdown(group: Group, n: number, sources: readonly SourceDoc[]): string {
	const indent = ' '.repeat(`${n}. `.length);
	const reason = hasReason(group.policy) ? undefined : bestReason(group.rationale);
	const more = readableReasons(group.rationale)
		.filter((r) => r !== reason)
		.slice(0, 2);
	const sub = [
		...evidenceLines(group, sources, n),
		...more.map((r) => `- Also said: ${escapeMarkdown(r)}`),
		...(group.alternatives.length
			? [`- Set aside: ${group.alternatives.map(escapeMarkdown).join('; ')}`]
			: [])
	];
	return [`${n}. For policy ${n}:`, '', ...sub.map((l) => `${indent}${l}`)].join('\n');
}

/** The contested groups nobody accepted or dropped: they go under Open questions. */
export function openQuestions(groups: readonly Group[]): Group[] {
	return groups.filter((g) => g.controversial && g.status === 'pending' && !isOneOff(g));
}

function openQuestionMarkdown(group: Group, sources: readonly SourceDoc[]): string {
	const span = spanLabel(docsOf(group).length, sources.length);
	const options = group.alternatives.length
		? ` Options argued against it: ${group.alternatives.map(escapeMarkdown).join('; ')}.`
		: '';
	const summary = quote(group.summary).replace(/[\s.!?…]+$/, '');
	const lines = [`- ${escapeMarkdown(summary)} (contested, ${span}).${options}`, ''];
	for (const line of evidenceLines(group, sources)) lines.push(`  ${line}`);
	return lines.join('\n');
}

function list(titles: string[]): string {
	if (titles.length <= 2) return titles.join(' and ');
	return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** The accepted groups, in board order: one policy each. */
export function acceptedGroups(groups: readonly Group[]): Group[] {
	return groups.filter((g) => g.status === 'accepted');
}

/** The strategy draft as Markdown, title first. */
export function draftMarkdown(input: DraftInput): string {
	const { sources, groups } = input;
	const links = sources.map(
		(s) => `[${escapeMarkdown(s.title.trim() || 'Untitled design doc')}](${editorQuery(s.id)})`
	);
	const accepted = acceptedGroups(groups);
	const open = openQuestions(groups);
	const out = [
		`# ${escapeMarkdown(input.title) || 'Strategy'}`,
		'',
		'## Context',
		'',
		`Drafted on ${input.today} from ${sources.length} design doc${sources.length === 1 ? '' : 's'}: ${list(links)}. ` +
			'Each policy is a decision that recurred across them, with the reasons they gave and links to the sentences it came from.',
		'',
		'## Policies',
		''
	];
	if (accepted.length === 0) out.push('No policies accepted yet.', '');
	accepted.forEach((g, i) => out.push(policyMarkdown(g, i + 1), ''));
	if (open.length) {
		out.push('## Open questions', '', 'Contested in the design docs and not yet decided:', '');
		for (const g of open) out.push(openQuestionMarkdown(g, sources), '');
	}
	if (accepted.length) {
		out.push('## Evidence', '', 'What each policy rests on, quoted from the design docs.', '');
		accepted.forEach((g, i) => out.push(evidenceMarkdown(g, i + 1, sources), ''));
	}
	return (
		out
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}

/** Policies appended to an existing strategy, under a dated heading; never touches the body. */
export function appendMarkdown(
	groups: readonly Group[],
	sources: readonly SourceDoc[],
	today: string
): string {
	const out = [`## Policies added on ${today}`, ''];
	groups.forEach((g, i) => out.push(policyMarkdown(g, i + 1), ''));
	out.push(`### Evidence for the policies added on ${today}`, '');
	groups.forEach((g, i) => out.push(evidenceMarkdown(g, i + 1, sources), ''));
	return out.join('\n').trimEnd() + '\n';
}
