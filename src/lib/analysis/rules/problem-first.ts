/**
 * `problem-first`: a design doc starts from the problem. Errors when there is no problem
 * statement (no problem-like section and no problem language before the proposal) or when
 * the proposal comes first; warns when the problem statement has no concrete anchor.
 */
import type { Finding } from '../types.js';
import {
	blocksFor,
	findingAt,
	findingOnDocument,
	type DocBlock,
	type Rule,
	type RuleContext
} from './rule.js';

export const id = 'problem-first' as const;
export const description = 'Design docs state a specific problem before the proposal.';
export const appliesTo = ['design'] as const;

const PROBLEM_HEADING =
	/\b(?:problems?|motivation|why|background|context|pain|issues?|current\s+state|situation|summary|goals?|requirements|overview|today|incident|challenge)\b/i;
const PROPOSAL_HEADING =
	/\b(?:proposals?|proposed|design|solution|approach|decision|plan|implementation|architecture|how\s+it\s+works|recommendation|the\s+change)\b/i;

export function check(ctx: RuleContext) {
	const findings: Finding[] = [];
	const blocks = blocksFor(ctx, id);
	// A single `#` heading is the title; a document with several (the RFC template's `# Summary`,
	// `# Motivation`, `# Guide-level explanation`) uses them as its sections.
	const titles = blocks.filter((b) => b.block.type === 'heading' && b.block.depth === 1).length;
	const minDepth = titles >= 2 ? 1 : 2;
	const headings = blocks.filter((b) => b.block.type === 'heading' && b.block.depth >= minDepth);
	const problem = headings.find((h) => PROBLEM_HEADING.test(h.block.text));
	const proposal = headings.find(
		(h) => PROPOSAL_HEADING.test(h.block.text) && !PROBLEM_HEADING.test(h.block.text)
	);
	const firstSection = headings[0]?.index ?? Infinity;
	const end = proposal?.index ?? firstSection;
	const before = blocks.filter((b) => b.index < end && b.block.type !== 'heading');
	const introProblem = before.some((b) => b.analysis.sentences.some((s) => s.problem));
	if (!problem && !introProblem) {
		findings.push(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message:
					'No problem statement: the doc never says what is wrong before proposing a change.',
				hint: 'Open with a Problem section: what fails, for whom, how often, with numbers.'
			})
		);
		return { findings, score: 0 };
	}
	if (problem && proposal && proposal.index < problem.index && !introProblem) {
		findings.push(
			findingAt(ctx, proposal, 0, proposal.block.text.length, {
				rule: id,
				severity: 'error',
				message: `The proposal ("${proposal.block.text}") comes before the problem ("${problem.block.text}").`,
				hint: 'Move the problem statement above the proposal: readers judge a solution by the problem it solves.',
				actual: [proposal.block.text, problem.block.text]
			})
		);
		return { findings, score: 0.3 };
	}
	const section = problem ? sectionBlocks(ctx, problem) : before;
	const sentences = section.flatMap((b) => b.analysis.sentences.filter((s) => s.words >= 5));
	const specific = sentences.filter((s) => s.anchors > 0).length;
	if (sentences.length && specific / sentences.length < 0.34) {
		const at = problem ?? section[0];
		findings.push(
			findingAt(ctx, at, 0, at.block.text.length, {
				rule: id,
				severity: 'warning',
				message: `The problem statement is generic: ${specific} of ${sentences.length} sentences name a number, system, date or team.`,
				hint: 'Quantify the problem: how slow, how often, which system, since when, who is affected.'
			})
		);
		return { findings, score: 0.6 };
	}
	return { findings, score: 1 };
}

function sectionBlocks(ctx: RuleContext, heading: DocBlock): DocBlock[] {
	const out: DocBlock[] = [];
	for (let i = heading.index + 1; i < ctx.blocks.length; i++) {
		const b = ctx.blocks[i];
		if (b.block.type === 'heading' && b.block.depth <= heading.block.depth) break;
		out.push(b);
	}
	return out;
}

/** The `problem-first` rule. */
export const problemFirstRule: Rule = { id, description, appliesTo, check };
