import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, createChecker } from './check.js';
import { defaultConfig, resolveConfig } from './config.js';
import { ruleInfo } from './rules/index.js';

const today = '2026-01-15';
const strategy = [
	'# Strategy',
	'',
	'## Policies',
	'',
	'No new MongoDB collections.',
	'',
	'Use Redis for caches only, because restores exist for Postgres only.',
	'',
	'API keys expire after 180 days.'
].join('\n');

describe('check', () => {
	it('returns the Report shape with scores for the rules of the kind', () => {
		// A real strategy is longer; the length floor is not what this test is about.
		const r = check(strategy, { kind: 'strategy', today, config: { strategy: { minWords: 0 } } });
		expect(r).toMatchObject({ kind: 'strategy', pass: true });
		expect(r.words).toBeGreaterThan(15);
		expect(Object.keys(r.scores).sort()).toEqual(
			ruleInfo
				.filter((i) => i.appliesTo.includes('strategy'))
				.map((i) => i.id)
				.sort()
		);
		for (const v of Object.values(r.scores)) expect(v).toBeGreaterThanOrEqual(0);
	});

	it('passes only when no error remains', () => {
		expect(check('# V\n\n[[fill me]]', { kind: 'strategy' }).pass).toBe(false);
		// TODO is a warning; length and the missing policies are switched off to isolate it.
		const rules = { length: false, rationale: false };
		expect(check('# V\n\nTODO: fill me', { kind: 'strategy', config: { rules } }).pass).toBe(true);
		expect(check('# V\n\nTODO: fill me', { kind: 'strategy' }).pass).toBe(false);
	});

	it('positions findings in the source, with length and excerpt', () => {
		const md = '# S\n\n## Policies\n\nSome prose first. Teams *might* use `gRPC` here.';
		const f = check(md, { kind: 'strategy' }).findings.find((x) => x.rule === 'hedge')!;
		expect(f).toMatchObject({ line: 5, column: 26, length: 5, actual: ['might'] });
		expect(md.split('\n')[4].slice(f.column - 1, f.column - 1 + f.length!)).toBe('might');
	});

	it('throws a RangeError for a bad kind, date or config, naming the value', () => {
		expect(() => check('x', { kind: 'memo' as never })).toThrow(/Invalid kind: "memo"/);
		expect(() => check('x', { kind: 'vision', today: '2026-13-01' })).toThrow(RangeError);
		expect(() => check('x', { kind: 'vision', config: { budgets: { hedgedShare: 2 } } })).toThrow(
			/budgets\.hedgedShare: 2/
		);
		expect(() =>
			check('x', { kind: 'vision', config: { rules: { tone: true } as never } })
		).toThrow(/Unknown rule id in config: tone/);
	});

	it('never throws on odd prose', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 400 }),
				fc.constantFrom('design', 'strategy', 'vision'),
				(md, kind) => {
					const r = check(md, { kind: kind as 'vision', today });
					expect(Array.isArray(r.findings)).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
		for (const odd of ['', '\n\n', '```', '# ', '- ', '[[', '1. ', '\u0000', '…'.repeat(500)])
			expect(() => check(odd, { kind: 'vision', today })).not.toThrow();
	});

	it('switches rules off through config', () => {
		const r = check('# V\n\n[[x]]', {
			kind: 'vision',
			today,
			config: { rules: { placeholder: false } }
		});
		expect(r.findings.some((f) => f.rule === 'placeholder')).toBe(false);
		expect(r.scores.placeholder).toBeUndefined();
	});
});

describe('ignore comments', () => {
	const body = (comment: string) =>
		`# S\n\n## Policies\n\n${comment}\n\nUse Redis for caches.\n\nUse Kafka for events.\n\n<!-- fivefold-enable -->\n\nUse gRPC for calls.`;
	const rationaleLines = (md: string) =>
		check(md, { kind: 'strategy' })
			.findings.filter((f) => f.rule === 'rationale' && f.severity === 'warning')
			.map((f) => f.line);

	it.each([
		['no comment', '', [7, 9, 13]],
		['disable one rule until enable', '<!-- fivefold-disable rationale -->', [13]],
		['disable all rules until enable', '<!-- fivefold-disable -->', [13]],
		['disable an unrelated rule', '<!-- fivefold-disable hedge -->', [7, 9, 13]],
		['disable the next block only', '<!-- fivefold-disable-next rationale -->', [9, 13]]
	] as [string, string, number[]][])('%s', (_name, comment, lines) => {
		expect(rationaleLines(body(comment))).toEqual(lines);
	});
});

describe('createChecker (incremental)', () => {
	const doc = Array.from(
		{ length: 30 },
		(_, i) =>
			`Terminal ${i} moves to slot booking in Q${(i % 4) + 1} 2027, because queues cost fines.`
	).join('\n\n');

	it('re-analyses only the edited block and gives the same report as a cold check', () => {
		const c = createChecker();
		c.check(doc, { kind: 'vision', today });
		expect(c.lastAnalysed).toBe(30);
		const edited = doc.replace('Terminal 7 moves', 'Terminal 7 maybe moves');
		const warm = c.check(edited, { kind: 'vision', today });
		expect(c.lastAnalysed).toBe(1);
		expect(warm).toEqual(createChecker().check(edited, { kind: 'vision', today }));
	});

	it('re-bases line numbers when blocks move instead of reusing stale ones', () => {
		const c = createChecker();
		const md = 'Teams might use Kafka in 2027.';
		expect(c.check(md, { kind: 'strategy' }).findings[0].line).toBe(1);
		const moved = c.check(`Intro in 2027.\n\nA second line\nof intro.\n\n${md}`, {
			kind: 'strategy'
		});
		expect(c.lastAnalysed).toBe(2);
		expect(moved.findings.find((f) => f.rule === 'hedge')!.line).toBe(6);
	});

	it('keys blocks by their section, since a heading changes what a sentence is', () => {
		const c = createChecker();
		const para = 'Services call the billing API through `billing-client`.';
		const underPolicies = c.check(`# S\n\n## Policies\n\n${para}`, { kind: 'strategy' });
		const underContext = c.check(`# S\n\n## Diagnosis\n\n${para}`, { kind: 'strategy' });
		const warned = (r: typeof underPolicies) =>
			r.findings.some((f) => f.rule === 'rationale' && f.severity === 'warning');
		expect(warned(underPolicies)).toBe(true);
		expect(warned(underContext)).toBe(false);
	});

	it('keys blocks by kind', () => {
		const c = createChecker();
		const md = '# D\n\n## Proposal\n\nSlots are stored in PostgreSQL.';
		c.check(md, { kind: 'design' });
		c.check(md, { kind: 'strategy' });
		expect(c.lastAnalysed).toBe(3);
	});
});

describe('resolveConfig', () => {
	it('fills defaults and keeps overrides', () => {
		const c = resolveConfig({ vision: { maxWords: 1200 }, rules: { hedge: false } });
		expect(c.vision).toEqual({ minWords: defaultConfig.vision.minWords, maxWords: 1200 });
		expect(c.rules).toEqual({ hedge: false });
		expect(resolveConfig()).toEqual(defaultConfig);
	});

	it.each([
		[{ vision: { minWords: -1 } }, /vision\.minWords: -1/],
		[{ vision: { minWords: 900, maxWords: 800 } }, /minWords 900 > maxWords 800/],
		[{ horizon: { minYears: 'two' } }, /horizon\.minYears: "two"/],
		[{ budgets: { genericShare: 1.5 } }, /budgets\.genericShare: 1\.5/],
		[{ strategy: { maxwords: 100 } }, /Unknown config key strategy\.maxwords/],
		[{ colour: 'red' }, /Unknown config key colour/],
		[{ rules: { hedge: 'off' } }, /rules\.hedge: "off"/]
	] as [object, RegExp][])('rejects %j', (input, message) => {
		expect(() => resolveConfig(input as never)).toThrow(RangeError);
		expect(() => resolveConfig(input as never)).toThrow(message);
	});
});
