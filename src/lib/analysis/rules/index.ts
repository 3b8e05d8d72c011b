/**
 * The rule registry: every checker rule, in the order findings are reported.
 * To add a rule: write `rules/<id>.ts` exporting `{ id, description, appliesTo, check }`
 * and a `<id>Rule` object, its `<id>.test.ts` beside it, add its id to `RuleId` in
 * types.ts and to `RULE_IDS` in config.ts, and list it here.
 */
import { audacityRule } from './audacity.js';
import { groundingRule } from './grounding.js';
import { hedgeRule } from './hedge.js';
import { horizonRule } from './horizon.js';
import { lengthRule } from './length.js';
import { placeholderRule } from './placeholder.js';
import { problemFirstRule } from './problem-first.js';
import { rationaleRule } from './rationale.js';
import type { Rule, RuleInfo } from './rule.js';
import { specificityRule } from './specificity.js';

/** All rules. */
export const RULES: readonly Rule[] = [
	placeholderRule,
	lengthRule,
	horizonRule,
	problemFirstRule,
	rationaleRule,
	specificityRule,
	groundingRule,
	audacityRule,
	hedgeRule
];

/** Rule metadata for settings pages and `--help`: id, description, the kinds it applies to. */
export const ruleInfo: readonly RuleInfo[] = RULES.map(({ id, description, appliesTo }) => ({
	id,
	description,
	appliesTo
}));

export type { Rule, RuleContext, RuleInfo, RuleResult, DocBlock } from './rule.js';
