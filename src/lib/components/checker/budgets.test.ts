import { describe, expect, it } from 'vitest';
import { check, defaultConfig, type Finding, type Report } from '$lib/analysis';
import { budgetLine, ruleVerdict, shownScore } from './budgets';

const finding = (rule: Finding['rule'], severity: Finding['severity'], actual?: string[]) =>
	({ rule, severity, message: '', line: 1, column: 1, excerpt: '', actual }) as Finding;

describe('one source of truth per rule', () => {
	it('the verdict follows the worst finding listed under the rule', () => {
		expect(ruleVerdict('hedge', [])).toBe('passes');
		expect(ruleVerdict('hedge', [finding('hedge', 'info')])).toBe('passes');
		expect(ruleVerdict('hedge', [finding('hedge', 'warning'), finding('audacity', 'error')])).toBe(
			'review'
		);
		expect(ruleVerdict('hedge', [finding('hedge', 'warning'), finding('hedge', 'error')])).toBe(
			'fails'
		);
	});

	it('a top score is held down while the rule lists findings', () => {
		const report = { scores: { rationale: 1 } } as unknown as Report;
		expect(shownScore('rationale', report, [])).toBe(1);
		expect(shownScore('rationale', report, [finding('rationale', 'warning')])).toBe(0.9);
		expect(shownScore('rationale', report, [finding('rationale', 'error')])).toBe(0.4);
		const low = { scores: { rationale: 0.2 } } as unknown as Report;
		expect(shownScore('rationale', low, [finding('rationale', 'warning')])).toBe(0.2);
		expect(shownScore('horizon', report, [])).toBeUndefined();
	});

	it('the audacity header counts absolute words, as the error does', () => {
		const report = check('# Vision\n\nText.\n', { kind: 'vision' });
		const listed = [
			finding('audacity', 'warning', ['always', 'never']),
			finding('audacity', 'warning', ['every'])
		];
		expect(budgetLine('audacity', report, defaultConfig, listed)).toBe(
			`3 absolute promises in 2 sentences — a vision may hold ${defaultConfig.budgets.audacityMarkers}`
		);
		expect(budgetLine('audacity', report, defaultConfig, [listed[1]])).toMatch(
			/^1 absolute promise — /
		);
	});

	it('an info note is not counted as a policy without a reason', () => {
		// A reason found in a Rationale section a section away is a note, not a warning.
		const report = check('# RFC\n\nText.\n', { kind: 'design' });
		const listed = [finding('rationale', 'info'), finding('rationale', 'warning')];
		expect(budgetLine('rationale', report, defaultConfig, listed)).toBe(
			'1 decision without a reason — aim for 0'
		);
		expect(budgetLine('rationale', report, defaultConfig, [listed[0]])).toBe(
			'0 decisions without a reason — aim for 0'
		);
	});
});
