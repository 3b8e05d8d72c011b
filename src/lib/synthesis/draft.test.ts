import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '$lib/analysis/extract';
import { check } from '$lib/analysis/check';
import { markdownToDoc } from '$lib/markdown';
import { addByHand, boardFrom, isOneOff, reword, setStatus, type Board } from './board';
import { appendMarkdown, draftMarkdown, escapeMarkdown, NO_REASON, openQuestions } from './draft';
import { SAMPLE_SOURCES, sampleDecisions } from './test-helpers';

const decisions = sampleDecisions();

function acceptTop(n: number): Board {
	let board = boardFrom(decisions);
	for (const g of board.groups.slice(0, n)) board = setStatus(board, g.key, 'accepted');
	return board;
}

function draft(board: Board) {
	return draftMarkdown({
		title: 'Fulfilment strategy',
		sources: SAMPLE_SOURCES,
		groups: board.groups,
		today: '2026-11-20'
	});
}

/** The numbered policy items of a draft, each with its sub-items. */
function policies(md: string): string[] {
	const section = md.split('## Policies')[1].split(/\n## /)[0];
	return section.split(/\n(?=\d+\. )/).filter((p) => /^\d+\. /.test(p.trim()));
}

describe('draftMarkdown', () => {
	const board = acceptTop(3);
	const md = draft(board);

	it('opens with the title and a Context linking every design doc by title', () => {
		expect(md.startsWith('# Fulfilment strategy\n\n## Context\n')).toBe(true);
		for (const s of SAMPLE_SOURCES)
			expect(md).toContain(`[${escapeMarkdown(s.title)}](?id=${s.id})`);
		expect(md).toContain('Drafted on 2026-11-20 from 5 design docs');
	});

	it('writes one policy per accepted group, each with a reason and evidence links', () => {
		const items = policies(md);
		expect(items).toHaveLength(3);
		for (const item of items) {
			expect(item).toMatch(/^\s*\d+\. \S.*\b(?:will|stays?|remains?|must|never|only)\b/);
			expect(item).toMatch(/\b(because|so that)\b/);
			expect(item).toMatch(/\(evidence \[\d\.1\]\(\?id=d\d&highlight=[^)]+\)[^\n]*\)\.\s*$/);
		}
	});

	it('quotes the evidence under Evidence, numbered as the references', () => {
		const evidence = md.split('## Evidence')[1];
		expect(evidence).toMatch(
			/^1\. For policy 1:\n\n {3}- 1\.1 \[[^\]]+ › [^\]]+\]\(\?id=d\d&highlight=[^)]+\): “/m
		);
		expect(evidence).toContain('3. For policy 3:');
	});

	it('gives the checker no policy without a reason when the docs gave reasons', () => {
		const report = check(md, { kind: 'strategy' });
		expect(report.findings.filter((f) => f.rule === 'rationale')).toEqual([]);
	});

	it('shows a missing reason as a visible gap, never invented text', () => {
		const i = decisions.findIndex((d) => d.rationale.length === 0);
		const b = setStatus(boardFrom(decisions), decisions[i].id, 'accepted');
		expect(policies(draft(b))[0]).toContain(`*${NO_REASON}*`);
	});

	it('keeps a reworded policy that gives its own reason as written', () => {
		const b = reword(
			boardFrom(decisions),
			decisions[0].id,
			'We will keep apps offline-first, because signal fails'
		);
		const item = policies(draft(b))[0];
		expect(item).toContain(
			'1. We will keep apps offline-first, because signal fails (evidence [1.1]'
		);
		expect(item).not.toContain(NO_REASON);
	});

	it('lists contested, unresolved groups under Open questions, not accepted or dropped ones', () => {
		const b = boardFrom(decisions);
		const contested = b.groups.filter((g) => g.controversial && !isOneOff(g));
		expect(contested.length).toBeGreaterThanOrEqual(2);
		const [first, second] = contested;
		const board = setStatus(setStatus(b, first.key, 'accepted'), second.key, 'dropped');
		expect(openQuestions(board.groups).map((g) => g.key)).not.toContain(first.key);
		expect(openQuestions(board.groups).map((g) => g.key)).not.toContain(second.key);
		const none = draft(board);
		if (openQuestions(board.groups).length === 0) expect(none).not.toContain('## Open questions');
		const open = draft(b);
		expect(open).toContain('## Open questions');
		expect(open.split('## Open questions')[1]).toMatch(/\(contested, [2-5] of 5 docs\)/);
	});

	it('marks a hand-added policy as such', () => {
		const b = addByHand(
			boardFrom(decisions),
			'We will page the owning team first',
			'so that someone can act'
		);
		const item = policies(draft(b))[0];
		expect(item).toContain(
			'We will page the owning team first, so that someone can act (added by hand).'
		);
	});

	it('parses as a document with the links intact', () => {
		const parsed = markdownToDoc(md);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const hrefs: string[] = [];
		parsed.doc.descendants((n) => {
			for (const m of n.marks) if (m.type.name === 'link') hrefs.push(String(m.attrs.href));
		});
		expect(hrefs.filter((h) => h.includes('highlight=')).length).toBeGreaterThanOrEqual(6);
		expect(hrefs.every((h) => h.startsWith('?id='))).toBe(true);
	});

	it('escapes Markdown in document text', () => {
		expect(escapeMarkdown('use *stars* and [links](x) <b>')).toBe(
			'use \\*stars\\* and \\[links\\](x) \\<b\\>'
		);
		expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
		expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list'.replace('1\\.', '\\1.'));
	});
});

describe('appendMarkdown', () => {
	it('numbers the new policies under a dated heading', () => {
		const b = acceptTop(2);
		const md = appendMarkdown(b.groups.slice(0, 2), SAMPLE_SOURCES, '2027-01-05');
		// The first policy is phrased as a commitment: "We will…" or a sentence that already commits.
		expect(md).toMatch(
			/^## Policies added on 2027-01-05\n\n1\. (?:We will|[^\n]*\b(?:will|must|never|stays)\b)/
		);
		expect(md).toContain('\n2. ');
		expect(md).toContain('### Evidence for the policies added on 2027-01-05');
	});
});

describe('drafts from other design docs', () => {
	const dirs = ['tidewater', 'cedarline'];
	it.each(dirs)('%s: every recurring decision accepted gives a reason or shows the gap', (name) => {
		const dir = `src/lib/analysis/extract/fixtures/${name}/design`;
		const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
		const sources = files.map((f) => ({ id: f, title: f.replace(/\.md$/, '') }));
		const decisions = extract(
			files.map((f) => ({ name: f, markdown: readFileSync(`${dir}/${f}`, 'utf8') }))
		).decisions;
		let board = boardFrom(decisions);
		for (const g of board.groups.filter((g) => !isOneOff(g)))
			board = setStatus(board, g.key, 'accepted');
		const md = draftMarkdown({ title: name, sources, groups: board.groups, today: '2026-01-01' });
		const items = policies(md);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item).toMatch(
				/\b(?:because|so that|Why:|since|given|which|to avoid)\b|No reason given/
			);
			expect(item).toMatch(/\(evidence \[\d+\.1\]\(\?id=/);
		}
		expect(markdownToDoc(md).ok).toBe(true);
	});
});
