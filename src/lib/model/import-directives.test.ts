import { describe, expect, it } from 'vitest';
import { check, RULE_IDS } from '$lib/analysis';
import {
	directiveDismissals,
	IMPORTED_REASON,
	readIgnoreDirectives,
	type FindingLike
} from './import-directives';

const GENERIC = 'We will leverage synergies to deliver world-class innovation across the board.';
const HEDGED = 'We might perhaps consider moving some services to Kubernetes eventually.';
const OTHER = HEDGED.replace('some', 'all');

describe('readIgnoreDirectives', () => {
	// [case, Markdown in, Markdown out, covered blocks as `line:text=rules`]
	it.each<[string, string, string, string[]]>([
		['no directives', `# T\n\n${GENERIC}\n`, `# T\n\n${GENERIC}\n`, []],
		[
			'disable-next before a paragraph',
			`# T\n\n<!-- fivefold-disable-next specificity -->\n${GENERIC}\n`,
			`# T\n\n${GENERIC}\n`,
			[`3:${GENERIC}=specificity`]
		],
		[
			'before the title, several rules, commas',
			`<!-- fivefold-disable-next hedge, specificity -->\n# T\n\nBody.\n`,
			`# T\n\nBody.\n`,
			['1:T=specificity hedge']
		],
		[
			'no rule list is every rule',
			`<!-- fivefold-disable-next -->\nBody.\n`,
			`Body.\n`,
			[`1:Body.=${RULE_IDS.join(' ')}`]
		],
		[
			'unknown ids only: removed, covers nothing',
			`<!-- fivefold-disable-next see-docs -->\nBody.\n`,
			`Body.\n`,
			[]
		],
		[
			'indented before a later list item: the list stays one list',
			`- a\n  <!-- fivefold-disable-next hedge -->\n- ${HEDGED}\n- c\n`,
			`- a\n- ${HEDGED}\n- c\n`,
			[`2:${HEDGED}=hedge`]
		],
		[
			'range: every block until enable',
			`<!-- fivefold-disable hedge -->\n\nOne.\n\nTwo.\n\n<!-- fivefold-enable -->\n\nThree.\n`,
			`\nOne.\n\nTwo.\n\n\nThree.\n`,
			['2:One.=hedge', '4:Two.=hedge']
		],
		[
			'range plus next, partial enable',
			`<!-- fivefold-disable hedge rationale -->\nOne.\n\n<!-- fivefold-enable hedge -->\n<!-- fivefold-disable-next length -->\nTwo.\n\nThree.\n`,
			`One.\n\nTwo.\n\nThree.\n`,
			['1:One.=hedge rationale', '3:Two.=length rationale', '5:Three.=rationale']
		],
		[
			'between two paragraph lines: a blank line keeps them apart',
			`One.\n<!-- fivefold-disable-next hedge -->\nTwo.\n`,
			`One.\n\nTwo.\n`,
			['3:Two.=hedge']
		],
		[
			'multi-line directive',
			`<!--\n  fivefold-disable-next hedge\n-->\nBody.\n`,
			`Body.\n`,
			['1:Body.=hedge']
		],
		[
			'other comments and HTML stay as they are',
			`<!-- a note -->\n<div>x</div>\n\n<!-- fivefold-disable-next hedge --> trailing\nBody.\n`,
			`<!-- a note -->\n<div>x</div>\n\n<!-- fivefold-disable-next hedge --> trailing\nBody.\n`,
			[]
		],
		[
			'inside fenced code: code, not a directive',
			'```\n<!-- fivefold-disable-next hedge -->\n```\n\nBody.\n',
			'```\n<!-- fivefold-disable-next hedge -->\n```\n\nBody.\n',
			[]
		],
		[
			'CRLF line endings',
			`<!-- fivefold-disable-next hedge -->\r\nBody.\r\n`,
			`Body.\r\n`,
			['1:Body.=hedge']
		]
	])('%s', (_, input, output, covered) => {
		const read = readIgnoreDirectives(input);
		expect(read.markdown).toBe(output);
		expect(read.covered.map((c) => `${c.line}:${c.text}=${c.rules.join(' ')}`)).toEqual(covered);
	});
});

describe('directiveDismissals', () => {
	const at = 1_700_000_000_000;
	const f = (rule: FindingLike['rule'], line: number, excerpt: string): FindingLike => ({
		rule,
		line,
		column: 1,
		excerpt
	});
	const md = `# T\n\n<!-- fivefold-disable-next hedge -->\n${HEDGED} ${GENERIC}\n\n${OTHER}\n`;

	// [case, findings (null: no engine at hand), dismissals as `rule:excerpt`]
	it.each<[string, FindingLike[] | null, string[]]>([
		['no engine: the block text per rule', null, [`hedge:${HEDGED} ${GENERIC}`]],
		[
			'findings in the covered block with a covered rule only',
			[
				f('hedge', 3, HEDGED),
				f('specificity', 3, GENERIC),
				f('hedge', 5, OTHER),
				f('hedge', 1, 'T')
			],
			[`hedge:${HEDGED}`]
		],
		[
			'duplicates kept once',
			[f('hedge', 3, HEDGED), f('hedge', 3, ` ${HEDGED}\n`)],
			[`hedge:${HEDGED}`]
		],
		['no findings: nothing', [], []]
	])('%s', (_, findings, expected) => {
		const got = directiveDismissals(readIgnoreDirectives(md), findings, at);
		expect(got.map((d) => `${d.rule}:${d.excerpt}`)).toEqual(expected);
		for (const d of got) expect(d).toMatchObject({ reason: IMPORTED_REASON, at });
	});

	it('with the engine: dismisses exactly what the directives silence', () => {
		const read = readIgnoreDirectives(md);
		const all = check(read.markdown, { kind: 'strategy' }).findings;
		const silenced = check(md, { kind: 'strategy' }).findings;
		const got = directiveDismissals(read, all, at).map((d) => `${d.rule}:${d.excerpt}`);
		expect(got.length).toBeGreaterThan(0);
		const key = (x: FindingLike) => `${x.rule}:${x.excerpt}`;
		const gone = all.map(key).filter((k) => !silenced.map(key).includes(k));
		expect(got.sort()).toEqual([...new Set(gone)].sort());
	});
});
