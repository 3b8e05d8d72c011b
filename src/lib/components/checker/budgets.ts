/**
 * The Findings panel's words: rule names, budgets in plain words ("2 policies without a reason
 * — aim for 0"), scores and severities. Pure functions over the report and the configuration.
 */
import type { Config, DocKind, Finding, Report, RuleId, Severity } from '$lib/analysis';

/** Rule names for people. */
export const RULE_NAMES: Record<RuleId, string> = {
	length: 'Length',
	specificity: 'Specificity',
	hedge: 'Hedging',
	rationale: 'Rationale',
	horizon: 'Horizon',
	grounding: 'Grounding',
	audacity: 'Audacity',
	'problem-first': 'Problem first',
	placeholder: 'Placeholders'
};

/** Severity words (the icon's text alternative). */
export const SEVERITY_NAMES: Record<Severity, string> = {
	error: 'Error',
	warning: 'Warning',
	info: 'Note'
};

const num = (n: number) => n.toLocaleString('en-US');
const pct = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;

/** The budget line for `rule`: where the document stands, and what to aim for. */
export function budgetLine(
	rule: RuleId,
	report: Report,
	config: Config,
	findings: readonly Finding[]
): string {
	const kind: DocKind = report.kind;
	// Counted from the warnings the panel lists under the rule (sentence-level ones; a
	// document-level error sums them up), so the line never disagrees with the list below it.
	// An info note (`Reason given under ‘Rationale’?`) is no warning and counts against no budget.
	const own = findings.filter((f) => f.rule === rule && f.severity === 'warning');
	const warnings = own.length;
	const b = config.budgets;
	switch (rule) {
		case 'length': {
			const words = plural(report.words, 'word', 'words');
			if (kind === 'vision') {
				const { minWords, maxWords } = config.vision;
				if (report.words > maxWords)
					return `${words} — a vision should fit in two pages, ${num(maxWords)} words`;
				if (report.words < minWords)
					return `${words} — a vision needs at least ${num(minWords)} words`;
				return `${words} — within a vision's ${num(minWords)}–${num(maxWords)} words`;
			}
			if (kind === 'strategy')
				return `${words} — a strategy should stop by ${num(config.strategy.maxWords)} words`;
			return `${words} — a design doc needs at least ${num(config.design.minWords)}`;
		}
		case 'rationale':
			return `${plural(warnings, kind === 'design' ? 'decision' : 'policy', kind === 'design' ? 'decisions' : 'policies')} without a reason — aim for 0`;
		case 'specificity': {
			// The score is 1 − the share of sentences with no concrete anchor.
			const share = 1 - (report.scores.specificity ?? 1);
			return `${plural(warnings, 'generic sentence', 'generic sentences')}; ${pct(share)} of sentences name nothing concrete — keep under ${pct(b.genericShare)}`;
		}
		case 'hedge':
			return `${plural(warnings, 'hedged sentence', 'hedged sentences')} — keep under ${pct(b.hedgedShare)} of sentences`;
		case 'grounding':
			return `${plural(warnings, 'paragraph', 'paragraphs')} of technology with no tie to users or the business — aim for 0`;
		case 'audacity': {
			// Each listed sentence names its absolute words; the budget counts words, not sentences.
			const words = own.reduce((n, f) => n + Math.max(1, f.actual?.length ?? 0), 0);
			const where = warnings > 1 && words !== warnings ? ` in ${num(warnings)} sentences` : '';
			return `${plural(words, 'absolute promise', 'absolute promises')}${where} — a vision may hold ${b.audacityMarkers}`;
		}
		case 'horizon':
			return `A vision looks ${config.horizon.minYears}–${config.horizon.maxYears} years ahead`;
		case 'placeholder':
			return `${plural(findings.filter((f) => f.rule === rule).length, 'placeholder', 'placeholders')} left — aim for 0`;
		case 'problem-first':
			return 'State a specific problem before the proposal';
	}
}

/** Where a rule stands, from the findings listed under it: the panel's one verdict per rule. */
export type RuleVerdict = 'fails' | 'review' | 'passes';

export function ruleVerdict(rule: RuleId, findings: readonly Finding[]): RuleVerdict {
	const own = findings.filter((f) => f.rule === rule);
	if (own.some((f) => f.severity === 'error')) return 'fails';
	return own.some((f) => f.severity === 'warning') ? 'review' : 'passes';
}

/** The verdict in words, for the rule's header. */
export const VERDICT_NAMES: Record<RuleVerdict, string> = {
	fails: 'Fails',
	review: 'To review',
	passes: 'Passes'
};

/**
 * The score the panel shows for `rule`: the engine's, held below the top marks while the
 * rule still lists findings (a 10/10 beside "4 policies without a reason" reads as a
 * contradiction): at most 9/10 with warnings, at most 4/10 with an error.
 */
export function shownScore(
	rule: RuleId,
	report: Report,
	findings: readonly Finding[]
): number | undefined {
	const score = report.scores[rule];
	if (score === undefined) return undefined;
	const verdict = ruleVerdict(rule, findings);
	if (verdict === 'fails') return Math.min(score, 0.4);
	if (verdict === 'review') return Math.min(score, 0.9);
	return score;
}

/** A 0..1 score as "7/10" style words for screen readers and eyes alike. */
export function scoreLabel(score: number | undefined): string {
	if (score === undefined) return '';
	return `${Math.round(score * 10)}/10`;
}

/** Rules in panel order: those with errors, then warnings, then clean ones; engine order within. */
export function ruleOrder(report: Report, findings: readonly Finding[]): RuleId[] {
	const rules = Object.keys(report.scores) as RuleId[];
	const rank = (r: RuleId) => {
		const own = findings.filter((f) => f.rule === r);
		if (own.some((f) => f.severity === 'error')) return 0;
		return own.length ? 1 : 2;
	};
	return rules
		.map((r, i) => ({ r, i, k: rank(r) }))
		.sort((a, b) => a.k - b.k || a.i - b.i)
		.map(({ r }) => r);
}
