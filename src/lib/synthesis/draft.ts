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

function evidenceLines(group: Group, sources: readonly SourceDoc[]): string[] {
	if (group.origin === 'hand')
		return ['- Evidence: added by hand, not drawn from the design docs.'];
	return group.evidence.map((e) => {
		const where = [titleOf(sources, e.doc), e.section.trim()].filter(Boolean).join(' › ');
		return `- Evidence: [${escapeMarkdown(where)}](${editorQuery(e.doc, e.text)}): “${escapeMarkdown(quote(e.text))}”`;
	});
}

/** One numbered policy with its reason, other reasons, rejected options and evidence. */
export function policyMarkdown(group: Group, n: number, sources: readonly SourceDoc[]): string {
	const own = hasReason(group.policy);
	const reason = own ? undefined : bestReason(group.rationale);
	let head = withReason(escapeMarkdown(group.policy), reason && escapeMarkdown(reason));
	if (!own && !reason) head += ` *${NO_REASON}*`;
	const lines = [`${n}. ${head}`, ''];
	const more = readableReasons(group.rationale)
		.filter((r) => r !== reason)
		.slice(0, 2);
	const sub = [
		...more.map((r) => `- Also said: ${escapeMarkdown(r)}`),
		...(group.alternatives.length
			? [`- Set aside: ${group.alternatives.map(escapeMarkdown).join('; ')}`]
			: []),
		...evidenceLines(group, sources)
	];
	const indent = ' '.repeat(`${n}. `.length);
	for (const line of sub) lines.push(`${indent}${line}`);
	return lines.join('\n');
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
	const lines = [`- ${escapeMarkdown(quote(group.summary))} (contested, ${span}).${options}`, ''];
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
	accepted.forEach((g, i) => out.push(policyMarkdown(g, i + 1, sources), ''));
	if (open.length) {
		out.push('## Open questions', '', 'Contested in the design docs and not yet decided:', '');
		for (const g of open) out.push(openQuestionMarkdown(g, sources), '');
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
	groups.forEach((g, i) => out.push(policyMarkdown(g, i + 1, sources), ''));
	return out.join('\n').trimEnd() + '\n';
}
