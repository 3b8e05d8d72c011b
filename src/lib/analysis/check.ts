/**
 * `check(markdown, { kind, today, config })` → Report, and `createChecker()` for the
 * incremental version the editor uses. Markdown is parsed on every call (it is cheap);
 * per-block analysis is cached by the block's source and the context it depends on (kind
 * and section path), so a one-character edit re-analyses one block, and the rules then
 * aggregate over the cached results. Positions are always taken from the current parse.
 */
import { sectionRole, monthsOf, type SectionRole } from './classify/index.js';
import { DOC_KINDS, resolveConfig, type ConfigInput } from './config.js';
import { readDirectives } from './directives.js';
import { analyzeBlock, BlockCache } from './engine/analyze.js';
import { RULES, type DocBlock, type RuleContext } from './rules/index.js';
import { parseMarkdown, type Block } from './text/index.js';
import type { DocKind, Finding, Report } from './types.js';

/** Options for `check`. */
export interface CheckOptions {
	kind: DocKind;
	/** `YYYY-MM-DD`; horizons are judged from it. Defaults to the current date. */
	today?: string;
	/** Overrides merged over `defaultConfig`. */
	config?: ConfigInput;
}

/** An incremental checker: keeps block results between calls. */
export interface Checker {
	/** Check a document, reusing cached results for blocks that did not change. */
	check(markdown: string, opts: CheckOptions): Report;
	/** Cached block analyses (for tests and the bench). */
	readonly cacheSize: number;
	/** How many blocks the last call analysed afresh (the rest came from the cache). */
	readonly lastAnalysed: number;
}

const NOT_TEXT = new Set(['code', 'html', 'comment', 'hr', 'frontmatter']);
const roleMemo = new Map<string, SectionRole>();

function roleOf(headings: readonly string[], key: string, kind: DocKind): SectionRole {
	const k = `${kind}\u0001${key}`;
	let r = roleMemo.get(k);
	if (r === undefined) {
		r = sectionRole(headings, kind);
		if (roleMemo.size > 5000) roleMemo.clear();
		roleMemo.set(k, r);
	}
	return r;
}

function todayIso(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function blockIndexAt(blocks: Block[], offset: number): number {
	let lo = 0;
	let hi = blocks.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (blocks[mid].offset <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** A section of the last check: its heading path, role and cache contexts by block type. */
interface Section {
	kind: DocKind;
	key: string;
	role: SectionRole;
	contexts: Map<string, string>;
}

/** Create a checker with its own block cache. */
export function createChecker(): Checker {
	const cache = new BlockCache();
	let lastAnalysed = 0;
	// The sections of the last check, in order: a section whose heading path is unchanged at the
	// same place reuses its role and context strings (already hashed as the cache's keys).
	let lastSections: Section[] = [];
	return {
		get cacheSize() {
			return cache.size;
		},
		get lastAnalysed() {
			return lastAnalysed;
		},
		check(markdown: string, opts: CheckOptions): Report {
			if (!opts || !DOC_KINDS.includes(opts.kind))
				throw new RangeError(
					`Invalid kind: ${JSON.stringify(opts?.kind)} (expected design, strategy or vision)`
				);
			const kind = opts.kind;
			const config = resolveConfig(opts.config);
			const iso = opts.today ?? todayIso();
			const today = monthsOf(iso);
			if (today === null)
				throw new RangeError(`Invalid today: ${JSON.stringify(opts.today)} (expected YYYY-MM-DD)`);
			const source = typeof markdown === 'string' ? markdown : String(markdown ?? '');
			const parsed = parseMarkdown(source);
			const disabled = readDirectives(parsed.blocks).disabled;

			cache.begin();
			lastAnalysed = 0;
			const blocks: DocBlock[] = [];
			const stack: { depth: number; text: string }[] = [];
			let headings: string[] = [];
			let headingsKey = '';
			// The section role and the cache contexts change only at a heading: computed there,
			// not per block (their keys hold the whole heading path).
			const sections: Section[] = [];
			let role!: SectionRole;
			let contexts!: Map<string, string>;
			const enterSection = (next: string[]) => {
				headings = next;
				headingsKey = headings.join('\u0002');
				const last = lastSections[sections.length];
				if (last !== undefined && last.kind === kind && last.key === headingsKey) {
					headingsKey = last.key;
					role = last.role;
					contexts = last.contexts;
				} else {
					role = roleOf(headings, headingsKey, kind);
					contexts = new Map();
				}
				sections.push({ kind, key: headingsKey, role, contexts });
			};
			enterSection(headings);
			let words = 0;
			for (let i = 0; i < parsed.blocks.length; i++) {
				const block = parsed.blocks[i];
				if (block.type === 'heading') {
					while (stack.length && stack[stack.length - 1].depth >= block.depth) stack.pop();
					enterSection(stack.map((h) => h.text));
				}
				const h = headings;
				const r = role;
				let context = contexts.get(block.type);
				if (context === undefined) {
					context = `${kind}\u0001${block.type}\u0001${headingsKey}`;
					contexts.set(block.type, context);
				}
				const analysis = cache.get(
					context,
					block.raw,
					() => {
						lastAnalysed++;
						return analyzeBlock(block, { kind, headings: h, role: r });
					},
					i
				);
				if (!NOT_TEXT.has(block.type)) words += analysis.words;
				blocks.push({ index: i, block, analysis, headings: h, role: r, disabled: disabled[i] });
				if (block.type === 'heading') {
					stack.push({ depth: block.depth, text: block.text.trim() });
					enterSection(stack.map((x) => x.text));
				}
			}
			cache.end();
			lastSections = sections;

			const ctx: RuleContext = {
				kind,
				config,
				today,
				source,
				lineStarts: parsed.lineStarts,
				blocks,
				words
			};
			const findings: Finding[] = [];
			const scores: Report['scores'] = {};
			for (const rule of RULES) {
				if (!rule.appliesTo.includes(kind) || config.rules[rule.id] === false) continue;
				let result;
				try {
					result = rule.check(ctx);
				} catch {
					// A rule bug must not take the editor down; the rule reports nothing.
					continue;
				}
				scores[rule.id] = Math.round(result.score * 100) / 100;
				for (const f of result.findings) {
					if (parsed.blocks.length) {
						const off = parsed.lineStarts[f.line - 1] + f.column - 1;
						const d = disabled[blockIndexAt(parsed.blocks, off)];
						if (d === 'all' || (d && d.has(f.rule))) continue;
					}
					findings.push(f);
				}
			}
			findings.sort((a, b) => a.line - b.line || a.column - b.column);
			return {
				kind,
				words,
				pages: Math.round((words / 500) * 10) / 10,
				pass: !findings.some((f) => f.severity === 'error'),
				findings,
				scores
			};
		}
	};
}

const shared = createChecker();

/**
 * Check a Markdown document. Uses a module-level incremental checker, so repeated calls on
 * an edited document are cheap. Throws a RangeError only for invalid options or config.
 */
export function check(markdown: string, opts: CheckOptions): Report {
	return shared.check(markdown, opts);
}
