/**
 * `placeholder`: unfilled scaffold placeholders (`[[…]]`, an error: a drafted vision is not
 * done while one remains) and TODO/TBD/FIXME/XXX markers (a warning).
 */
import { blocksFor, findingAtSource, type Rule, type RuleContext } from './rule.js';
import type { Finding } from '../types.js';

export const id = 'placeholder' as const;
export const description = 'Unfilled [[placeholders]] from a scaffold, and TODO/TBD markers.';
export const appliesTo = ['design', 'strategy', 'vision'] as const;

export function check(ctx: RuleContext) {
	const findings: Finding[] = [];
	for (const b of blocksFor(ctx, id)) {
		for (const p of b.analysis.placeholders) {
			const from = b.block.offset + p.start;
			findings.push(
				findingAtSource(
					ctx,
					from,
					b.block.offset + p.end,
					p.todo
						? {
								rule: id,
								severity: 'warning',
								message: `Unfinished marker "${p.text}".`,
								hint: 'Resolve it or move it to an open-questions section.',
								actual: [p.text]
							}
						: {
								rule: id,
								severity: 'error',
								message: `Unfilled placeholder "${p.text}".`,
								hint: 'Replace the placeholder with your own text, or delete it.',
								actual: [p.text]
							},
					p.text
				)
			);
		}
	}
	const errors = findings.filter((f) => f.severity === 'error').length;
	return { findings, score: errors ? 0 : findings.length ? 0.8 : 1 };
}

/** The `placeholder` rule. */
export const placeholderRule: Rule = { id, description, appliesTo, check };
