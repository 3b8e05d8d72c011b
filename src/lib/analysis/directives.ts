/**
 * The checker's ignore directives, in Markdown comments (Vale-style), read in one place for the
 * engine and for Markdown import:
 *
 * - `<!-- fivefold-disable rule1 rule2 -->` … `<!-- fivefold-enable rule1 -->` switch rules off
 *   over a range of blocks (no rule list: every rule);
 * - `<!-- fivefold-disable-next rule -->` switches rules off for the next block only.
 *
 * Unknown rule ids in a comment are prose, not configuration: they are ignored, never thrown.
 */
import { RULE_IDS } from './config.js';
import type { Block } from './text/index.js';
import type { RuleId } from './types.js';

/** What a block has switched off: some rules, every rule, or nothing. */
export type Disabled = ReadonlySet<RuleId> | 'all' | null;

/** A directive comment: its verb and the rules it names ('all' when it names none). */
export interface Directive {
	verb: 'disable-next' | 'disable' | 'enable';
	rules: RuleId[] | 'all';
}

const DIRECTIVE = /<!--\s*fivefold-(disable-next|disable|enable)\b([\s\S]*?)-->/;
const EXACT = /^<!--\s*fivefold-(disable-next|disable|enable)\b((?:(?!-->)[\s\S])*)-->$/;

function ruleList(text: string): RuleId[] | 'all' {
	const ids = text.split(/[\s,]+/).filter(Boolean);
	if (!ids.length) return 'all';
	return ids.filter((id): id is RuleId => RULE_IDS.includes(id as RuleId));
}

/**
 * The directive in a comment block's source, or null. With `exact`, only a comment that is
 * one directive and nothing else counts (what Markdown import may safely remove).
 */
export function parseDirective(raw: string, exact = false): Directive | null {
	const m = exact ? EXACT.exec(raw.trim()) : DIRECTIVE.exec(raw);
	return m ? { verb: m[1] as Directive['verb'], rules: ruleList(m[2]) } : null;
}

/**
 * Per block, the rules the directives above it switch off (null for directive blocks
 * themselves and for blocks nothing covers), and which blocks are directives.
 */
export function readDirectives(
	blocks: readonly Block[],
	exact = false
): { disabled: Disabled[]; isDirective: boolean[] } {
	const disabled: Disabled[] = new Array(blocks.length).fill(null);
	const isDirective: boolean[] = new Array(blocks.length).fill(false);
	let all = false;
	let range = new Set<RuleId>();
	let next: RuleId[] | 'all' | null = null;
	let any = false;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.type === 'comment') {
			const d = parseDirective(b.raw, exact);
			if (!d) continue;
			any = isDirective[i] = true;
			if (d.verb === 'disable-next') next = d.rules;
			else if (d.verb === 'disable') {
				if (d.rules === 'all') all = true;
				else range = new Set([...range, ...d.rules]);
			} else if (d.rules === 'all') {
				all = false;
				range = new Set();
			} else {
				const off = d.rules;
				range = new Set([...range].filter((r) => !off.includes(r)));
			}
			continue;
		}
		if (!any) continue;
		if (all || next === 'all') disabled[i] = 'all';
		else if (range.size || (next && next.length))
			disabled[i] = new Set([...range, ...(next ?? [])]);
		next = null;
	}
	return { disabled, isDirective };
}
