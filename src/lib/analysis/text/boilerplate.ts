/**
 * Document structure that is not the author's prose: front matter, HTML comments, tables of
 * contents, task-list checklists, metadata lines (`Status: Accepted`), link-only navigation
 * lines and the contents of template sections (a "Release Signoff Checklist"). Samples README,
 * label `template`: never a policy, never generic, and no finding lands on it.
 *
 * Decided from the block's Markdown shape and its headings only, so the result is cached with
 * the block. `recurringSentences` adds the cross-document signal extract uses: text that
 * recurs verbatim in several documents of a set is template, not a recurring decision.
 */
import type { Block } from './markdown.js';
import { findLinks, replaceLinks } from './links.js';
import { whitespaceFields } from './tokens.js';

/** Why a block is boilerplate (quoted in explanations), or null for the author's prose. */
export type Boilerplate =
	| 'front matter'
	| 'comment'
	| 'table of contents'
	| 'checklist'
	| 'metadata'
	| 'link-only line'
	| 'template section';

// Keys of document metadata lines, from the headers of common design-doc, RFC, KEP, PEP and
// ADR templates (`Authors:`, `Status:`, `Start Date:`, `Deciders:`, `Tracking issue:`…).
const METADATA_KEYS = new Set([
	'author',
	'authors',
	'owner',
	'owners',
	'editor',
	'editors',
	'status',
	'state',
	'stage',
	'date',
	'dates',
	'created',
	'created on',
	'creation date',
	'updated',
	'last updated',
	'last modified',
	'last reviewed',
	'start date',
	'decision date',
	'date accepted',
	'accepted',
	'deciders',
	'decision makers',
	'consulted',
	'informed',
	'reviewer',
	'reviewers',
	'approver',
	'approvers',
	'sponsor',
	'sponsors',
	'champion',
	'champions',
	'shepherd',
	'shepherds',
	'contributors',
	'contact',
	'contacts',
	'maintainer',
	'maintainers',
	'version',
	'revision',
	'type',
	'category',
	'tags',
	'labels',
	'milestone',
	'target release',
	'target version',
	'python-version',
	'feature name',
	'tracking issue',
	'tracking',
	'issue',
	'issues',
	'rfc pr',
	'pr',
	'pull request',
	'rust issue',
	'discussion',
	'discussions-to',
	'discussion thread',
	'post-history',
	'mailing list',
	'supersedes',
	'superseded by',
	'replaces',
	'replaced by',
	'requires',
	'resolution',
	'related',
	'see also',
	'technical story',
	'team',
	'teams',
	'sig',
	'sigs',
	'participating sigs',
	'primary contact',
	'reference implementation',
	'title',
	'id',
	'number',
	'kep',
	'rfc',
	'pep',
	'adr'
]);
const METADATA_LINE =
	/^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z -]{0,30}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/;
const TASK_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const TOC_HEADING = /^(?:table\s+of\s+contents|contents|toc)$/i;
const TEMPLATE_HEADING = /\b(?:checklists?|sign-?off)\b/i;
// A shortcut reference link alone on a line: `[Back to main Readme]`.
const BRACKET_ONLY = /^\s*(?:[-*+]\s+)?\[[^\]\n]+\]\s*$/;
const TOC_ENTRY = /^\s*(?:[-*+]|\d{1,9}[.)])?\s*\[[^\]\n]+\]\(#[^)\n]*\)\s*$/;

/** Whether every line of a block is `Key: value` with a metadata key. */
function isMetadata(raw: string): boolean {
	// Every line needs its `:`; most prose blocks have none, and skip splitting into lines.
	if (!raw.includes(':')) return false;
	const lines = raw.split('\n').filter((l) => l.trim() !== '');
	if (!lines.length || lines.length > 20) return false;
	for (const line of lines) {
		const m = METADATA_LINE.exec(line);
		if (!m) return false;
		const key = m[1].trim().toLowerCase();
		if (!METADATA_KEYS.has(key)) return false;
		// A value that reads as a sentence (`Status: we will decide after the pilot, because…`)
		// is prose under a label, not a metadata field.
		if (whitespaceFields(m[2], 15) > 14) return false;
	}
	return true;
}

/** Whether a block's words are all inside links (a navigation line, a reference list entry). */
function isLinkOnly(raw: string): boolean {
	// Every kind of link has a `[`, a `<` or an `http`.
	if (!raw.includes('[') && !raw.includes('<') && !raw.includes('http')) return false;
	const body = raw.replace(LIST_MARKER, '');
	const links = findLinks(body);
	if (!links.length) return false;
	const rest = replaceLinks(body, () => ' ', links);
	// Separators and arrows may sit between the links; words may not.
	return !/[\p{L}\p{N}]{2,}/u.test(rest.replace(/\b(?:and|or|see|also|back|to|up)\b/gi, ''));
}

/**
 * Why a block is document structure rather than prose, or null. `headings` are the headings
 * above it, outermost first (the block's own excluded).
 */
export function boilerplateOf(block: Block, headings: readonly string[] = []): Boilerplate | null {
	switch (block.type) {
		case 'frontmatter':
			return 'front matter';
		case 'comment':
			return 'comment';
		case 'paragraph':
		case 'list-item':
		case 'table':
		case 'blockquote':
			break;
		default:
			return null;
	}
	const raw = block.type === 'blockquote' ? block.raw.replace(/^[ \t]*>[ \t]?/gm, '') : block.raw;
	const section = headings.length ? headings[headings.length - 1].trim() : '';
	if (TOC_HEADING.test(section.replace(/[:.]$/, ''))) return 'table of contents';
	if (block.type === 'list-item' && TASK_ITEM.test(raw)) return 'checklist';
	if (TOC_ENTRY.test(raw)) return 'table of contents';
	if (headings.some((h) => TEMPLATE_HEADING.test(h))) return 'template section';
	if (block.type === 'table') return null;
	if (isMetadata(raw)) return 'metadata';
	if (BRACKET_ONLY.test(raw) || isLinkOnly(raw)) return 'link-only line';
	return null;
}

/** Normalised form of a sentence for verbatim comparison across documents. */
export function normaliseForRecurrence(text: string): string {
	const lower = text.toLowerCase();
	// Plain text rarely has emphasis marks or runs of whitespace left: replace only when it does.
	return NEEDS_NORMALISING.test(lower)
		? lower.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()
		: lower;
}
const NEEDS_NORMALISING = /[*_`]|\s\s|[^\S ]|^\s|\s$/;

/**
 * Sentences that recur verbatim (after normalising case, emphasis and spacing) in at least
 * `minDocs` documents of a set: template text, not a recurring decision. Sentences of fewer
 * than four words (`Yes.`, `None.`) are left out, since short answers recur by chance.
 * `minDocs` defaults to half the documents, at least two.
 */
export function recurringSentences(
	sentences: readonly { doc: number; text: string }[],
	minDocs?: number
): Set<string> {
	return recurringKeys(
		sentences.map((s) => ({ doc: s.doc, key: normaliseForRecurrence(s.text) })),
		minDocs
	);
}

/**
 * `recurringSentences` over sentences already normalised (`normaliseForRecurrence`), for a
 * caller that needs each sentence's key anyway.
 */
export function recurringKeys(
	sentences: readonly { doc: number; key: string }[],
	minDocs?: number
): Set<string> {
	return inManyDocs(sentences, ({ key }) => (wordCount(key) < 4 ? null : key), minDocs);
}

/**
 * The keys (`keyOf` of each sentence, null to skip it) found in at least `minDocs` documents:
 * half of the set's documents, at least two, by default.
 */
function inManyDocs<T extends { doc: number }>(
	sentences: readonly T[],
	keyOf: (s: T) => string | null,
	minDocs?: number
): Set<string> {
	const docsOf = new Map<string, Set<number>>();
	let docs = 0;
	for (const s of sentences) {
		docs = Math.max(s.doc + 1, docs);
		const key = keyOf(s);
		if (key === null) continue;
		let set = docsOf.get(key);
		if (!set) docsOf.set(key, (set = new Set()));
		set.add(s.doc);
	}
	const need = minDocs ?? Math.max(2, Math.ceil(docs / 2));
	const out = new Set<string>();
	for (const [key, set] of docsOf) if (set.size >= need) out.add(key);
	return out;
}

/** Words of a normalised key (single spaces, trimmed), without splitting it. */
function wordCount(key: string): number {
	let n = 1;
	for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) n++;
	return n;
}

// `Label: value` at the start of a sentence: a label of one to four words, then its value.
const FIELD =
	/^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,3})(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$/;
const LOWER_WORD = /(?:^|[\s(])[a-z][a-z'-]*(?=[\s,.;)]|$)/g;

/**
 * The label of a field line (`Review Manager: Joe Pamer`, `Status: **Implemented (Swift 3.0)**`),
 * lower-cased, or null. A field's value is a name, a status, a date or a link: at most eight
 * words, at most one of them in lower case, no sentence inside ("Decision: we keep one broker
 * for every team" is prose under a label).
 */
export function fieldLabel(text: string): string | null {
	if (!text.includes(':')) return null;
	const m = FIELD.exec(text);
	if (!m) return null;
	// Links count as their text; markup and a closing full stop are not words.
	const value = replaceLinks(m[2], (link) => link.label ?? '', findLinks(m[2], true))
		.replace(/https?:\/\/\S+/g, 'Link')
		.replace(/[*_`]/g, '')
		.trim();
	if (whitespaceFields(value, 9) > 8) return null;
	const lower = value.match(LOWER_WORD)?.length ?? 0;
	return lower <= 1 ? m[1].toLowerCase() : null;
}

/**
 * Labels of field lines that open lines in at least `minDocs` documents of a set (half of
 * them, at least two, by default): a shared header such as `Review Manager:` whose value
 * differs in every document is template, though no line recurs verbatim.
 */
export function recurringFieldLabels(
	sentences: readonly { doc: number; text: string }[],
	minDocs?: number
): Set<string> {
	return recurringLabels(
		sentences.map((s) => ({ doc: s.doc, label: fieldLabel(s.text) })),
		minDocs
	);
}

/**
 * `recurringFieldLabels` over labels already read (`fieldLabel` of each sentence, or null),
 * for a caller that needs each sentence's label anyway.
 */
export function recurringLabels(
	fields: readonly { doc: number; label: string | null }[],
	minDocs?: number
): Set<string> {
	return inManyDocs(fields, (f) => f.label, minDocs);
}
