import { CLEAN_STRATEGY } from './test-fixtures.js';
import { describe, expect, it } from 'vitest';
import { check, RULE_IDS } from '../lib/analysis/index.js';
import {
	artifactUri,
	formatJson,
	formatLines,
	formatText,
	summary,
	toSarif,
	type CheckedFile
} from './report.js';

const vision = '# Vision\n\nBy 2028 [[what users see]].\n\nWe might perhaps do it.\n';
const clean = CLEAN_STRATEGY;
const checked = (file: string, text: string, kind: 'vision' | 'strategy'): CheckedFile => ({
	file,
	text,
	report: check(text, { kind, today: '2026-01-15' })
});
const results = [
	checked('docs/vision one.md', vision, 'vision'),
	checked('docs/strategy.md', clean, 'strategy')
];

describe('text and line formats', () => {
	it('pluralises every count in the summary', () => {
		const one = summary([checked('a.md', clean, 'strategy')], 1);
		expect(one).toBe('1 file checked: 0 errors, 0 warnings, 0 notes; 0 failed; 1 skipped.');
		const failing = results[0].report;
		const n = failing.findings.filter((f) => f.severity === 'error').length;
		expect(summary(results)).toContain(`2 files checked: ${n} error${n === 1 ? '' : 's'}`);
		expect(formatText(results)).toMatch(/\n\n2 files checked: .*; 1 failed\.\n$/);
	});

	it('prints one finding a line as path:line:col: severity rule message', () => {
		const lines = formatLines(results).trimEnd().split('\n');
		expect(lines).toHaveLength(results[0].report.findings.length);
		expect(lines).toContain(
			'docs/vision one.md:3:9: error placeholder Unfilled placeholder "[[what users see]]".'
		);
		for (const l of lines)
			expect(l).toMatch(/^docs\/vision one\.md:\d+:\d+: (error|warning|info) \S+ \S/);
	});

	it('prints one JSON object for one named file and an array otherwise', () => {
		expect(JSON.parse(formatJson(results.slice(0, 1), true))).toMatchObject({
			file: 'docs/vision one.md',
			kind: 'vision'
		});
		expect(JSON.parse(formatJson(results.slice(0, 1), false))).toHaveLength(1);
	});
});

describe('SARIF', () => {
	const log = toSarif(
		results,
		[{ path: 'docs/blob.md', reason: 'looks binary, not Markdown' }],
		'1.2.3'
	);
	const run = log.runs[0];

	it('is a SARIF 2.1.0 log with the tool and every stable rule id', () => {
		expect(log.version).toBe('2.1.0');
		expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
		expect(run.tool.driver).toMatchObject({ name: 'fivefold', version: '1.2.3' });
		expect(run.tool.driver.rules!.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
		for (const rule of run.tool.driver.rules!) {
			expect(rule.shortDescription!.text.length).toBeGreaterThan(10);
			expect(rule.help!.text).toContain(`fivefold-disable ${rule.id}`);
		}
	});

	it('has one result per finding with ruleId, ruleIndex, level, message and a location', () => {
		const findings = results.flatMap((r) => r.report.findings);
		expect(run.results).toHaveLength(findings.length);
		run.results!.forEach((result, i) => {
			const f = findings[i];
			expect(result.ruleId).toBe(f.rule);
			expect(run.tool.driver.rules![result.ruleIndex!].id).toBe(f.rule);
			expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
			expect(result.message.text).toContain(f.message);
			const loc = result.locations![0].physicalLocation!;
			expect(loc.artifactLocation!.uri).toBe('docs/vision%20one.md');
			expect(loc.region).toMatchObject({ startLine: f.line, startColumn: f.column });
		});
	});

	it('gives the end of a flagged span, counted in UTF-16 code units', () => {
		const placeholder = run.results!.find((r) => r.ruleId === 'placeholder')!;
		const region = placeholder.locations![0].physicalLocation!.region!;
		expect(region).toMatchObject({ startLine: 3, startColumn: 9, endLine: 3 });
		expect(vision.split('\n')[2].slice(region.startColumn! - 1, region.endColumn! - 1)).toBe(
			region.snippet!.text
		);
		expect(run.columnKind).toBe('utf16CodeUnits');
	});

	it('reports skipped files as tool notifications, not results', () => {
		expect(run.invocations![0]).toMatchObject({
			executionSuccessful: true,
			toolExecutionNotifications: [
				{
					level: 'warning',
					message: { text: 'Skipped docs/blob.md: looks binary, not Markdown' },
					locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/blob.md' } } }]
				}
			]
		});
	});

	it.each([
		['examples/strategy/01-field-apps.md', 'examples/strategy/01-field-apps.md'],
		['./docs/a b#c.md', 'docs/a%20b%23c.md'],
		['docs\\win.md', 'docs/win.md'],
		['/tmp/x y.md', 'file:///tmp/x%20y.md']
	])('turns the path %s into the URI %s', (file, uri) => {
		expect(artifactUri(file)).toBe(uri);
	});
});
