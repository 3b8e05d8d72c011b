/**
 * The rule interface and the document view every rule reads. A rule is one file exporting
 * `{ id, description, appliesTo, check }`; `check` reads the analysed document and returns
 * findings and a 0..1 score. Rules never throw on odd prose; they return nothing.
 */
import type { Config } from '../config.js';
import type { BlockAnalysis, SentenceInfo } from '../engine/analyze.js';
import type { SectionRole, Span } from '../classify/index.js';
import { positionOf, type Block } from '../text/index.js';
import type { DocKind, Finding, RuleId, Severity } from '../types.js';

/** A block of the document with its analysis and where it sits. */
export interface DocBlock {
	index: number;
	block: Block;
	analysis: BlockAnalysis;
	/** Headings above the block, outermost first (plain text, the block's own excluded). */
	headings: readonly string[];
	role: SectionRole;
	/** Rules switched off for this block by ignore comments ('all' for every rule). */
	disabled: ReadonlySet<RuleId> | 'all' | null;
}

/** The document as the rules see it. */
export interface RuleContext {
	kind: DocKind;
	config: Config;
	/** Today in months from year 0 (see classify/time.ts `monthsOf`). */
	today: number;
	source: string;
	lineStarts: number[];
	blocks: readonly DocBlock[];
	/** Words in the document's prose and headings. */
	words: number;
}

/** What a rule returns. */
export interface RuleResult {
	findings: Finding[];
	/** 0 (bad) to 1 (clean). */
	score: number;
}

/** A checker rule. */
export interface Rule {
	id: RuleId;
	/** One line for the settings page. */
	description: string;
	appliesTo: readonly DocKind[];
	check(ctx: RuleContext): RuleResult;
}

/** Public metadata of a rule (what the editor's settings page lists). */
export type RuleInfo = Pick<Rule, 'id' | 'description' | 'appliesTo'>;

/**
 * Blocks where `rule` is not switched off by an ignore comment: all of them (the document's
 * own array, not a copy) when no ignore comment switches anything off.
 */
export function blocksFor(ctx: RuleContext, rule: RuleId): readonly DocBlock[] {
	if (ctx.blocks.every((b) => b.disabled === null)) return ctx.blocks;
	return ctx.blocks.filter(
		(b) => !(b.disabled === 'all' || (b.disabled !== null && b.disabled.has(rule)))
	);
}

/** Whether a block holds prose sentences a rule should read. */
export function isProse(b: DocBlock): boolean {
	return b.analysis.sentences.length > 0;
}

/** Options for building a finding. */
export interface FindingInput {
	rule: RuleId;
	severity: Severity;
	message: string;
	hint?: string;
	actual?: string[];
}

/**
 * A finding on a span of a block's plain text (`start`..`end`), with line, column, length
 * and excerpt taken from the current source (never from the cache).
 */
export function findingAt(
	ctx: RuleContext,
	b: DocBlock,
	start: number,
	end: number,
	input: FindingInput,
	excerpt?: string
): Finding {
	const map = b.block.map;
	const s = Math.max(0, Math.min(start, map.length - 1));
	const e = Math.max(s, Math.min(end, map.length - 1));
	const from = map[s];
	const to = e > s ? map[e - 1] + 1 : from;
	return findingAtSource(ctx, from, to, input, excerpt ?? b.block.text.slice(s, e));
}

/** A finding on a whole sentence, or on a span inside it (offsets in the sentence). */
export function findingOnSentence(
	ctx: RuleContext,
	b: DocBlock,
	s: SentenceInfo,
	input: FindingInput,
	span?: Span
): Finding {
	if (!span) return findingAt(ctx, b, s.start, s.end, input, s.text);
	return findingAt(ctx, b, s.start + span.start, s.start + span.end, input, s.text);
}

/** A finding on a source offset range (for raw-source matches such as placeholders). */
export function findingAtSource(
	ctx: RuleContext,
	from: number,
	to: number,
	input: FindingInput,
	excerpt: string
): Finding {
	const pos = positionOf(ctx.lineStarts, from);
	return {
		rule: input.rule,
		severity: input.severity,
		message: input.message,
		...(input.hint ? { hint: input.hint } : {}),
		line: pos.line,
		column: pos.column,
		excerpt,
		length: Math.max(0, to - from),
		...(input.actual ? { actual: input.actual } : {})
	};
}

/** A document-level finding, placed on the first heading or line 1. */
export function findingOnDocument(ctx: RuleContext, input: FindingInput): Finding {
	const first = ctx.blocks.find((b) => b.block.text.trim());
	if (first) return findingAt(ctx, first, 0, first.block.text.length, input);
	return { ...findingAtSource(ctx, 0, 0, input, ''), length: 0 };
}

/** Quote words for a message: `"a", "b"`. */
export function quote(words: readonly string[], max = 4): string {
	const uniq = [...new Set(words.map((w) => w.toLowerCase()))];
	const shown = uniq.slice(0, max).map((w) => `"${w}"`);
	return shown.join(', ') + (uniq.length > max ? ` and ${uniq.length - max} more` : '');
}

/** Clamp to 0..1. */
export function clamp01(x: number): number {
	return x < 0 ? 0 : x > 1 ? 1 : Number.isFinite(x) ? x : 0;
}

/** Format a share as a percentage. */
export function pct(x: number): string {
	return `${Math.round(x * 100)}%`;
}

/**
 * How a finding names what made a sentence a policy: its cue words with the words that follow
 * them in the sentence (`"will retire the v1 API"`), or, for a plain statement that is a policy
 * only because of its heading, that heading.
 */
export function policyCue(cue: string, section: string, sentence = '', at = -1): string {
	if (!cue) return `a rule under "${section || 'Policies'}"`;
	if (at < 0 || !sentence) return `"${cue}"`;
	const rest = sentence.slice(at + cue.length).match(/^(?:[\s,]+[^\s.,;:!?]+){0,4}/)?.[0] ?? '';
	const phrase = (sentence.slice(at, at + cue.length) + rest).trim();
	const more = at + cue.length + rest.length < sentence.replace(/[.!?]+$/, '').length;
	return `"${phrase}${more ? '…' : ''}"`;
}
