import { describe, expect, it } from 'vitest';
import { check } from '$lib/analysis/check';
import { weave } from '$lib/analysis/weave';
import { keptThreads, readWeave, restsOn, wovenFromMarkdown } from '$lib/weaving';
import { sampleDocs } from './index';
import { plantedSamples } from './plant';
import { KEPT_SIDE, SAMPLE_TODAY, sampleRef, sampleVisionBoard, STRATEGY_SOURCES } from './woven';

const strategies = sampleDocs.filter((d) => d.kind === 'strategy');
const vision = sampleDocs.find((d) => d.kind === 'vision')!.markdown;
const sources = strategies.map((s) => ({
	id: sampleRef(s),
	title: /^# (.+)$/m.exec(s.markdown)![1]
}));
const woven = weave(
	strategies.map((s) => ({ name: sampleRef(s), markdown: s.markdown })),
	{ today: SAMPLE_TODAY }
);
const board = sampleVisionBoard(woven, (id) => id);

describe('the sample vision is woven from the sample strategies', () => {
	it('keeps one "It rests on" line per thread weave finds and the authors kept, as generated', () => {
		const kept = keptThreads(woven, board);
		expect(kept.length).toBe(6);
		expect(board.dropped).toHaveLength(3);
		const lines = vision.match(/^It rests on .*$/gm) ?? [];
		expect(lines).toHaveLength(kept.length);
		for (const t of kept)
			expect(lines).toContain(`It rests on ${t.docs.length} strategies: ${restsOn(t, sources)}.`);
	});

	it('settles the Kafka / Pub/Sub contradiction weave finds, for Kafka', () => {
		expect(woven.contradictions).toHaveLength(1);
		const [c] = woven.contradictions;
		expect(c.topic).toBe('message broker');
		expect(board.resolutions[c.id]).toEqual({ keep: c.a.doc === KEPT_SIDE ? 'a' : 'b' });
		expect(vision).toContain('On the message broker, [How Greengage services talk to each other]');
		expect(vision).toContain('We choose Kafka because');
		expect(vision).not.toContain('## Open questions');
	});

	it('ends with Woven from, linking the five strategies', () => {
		expect(vision.trimEnd().endsWith(wovenFromMarkdown(sources))).toBe(true);
	});

	it('is dated to the horizon and has no placeholder or error left', () => {
		expect(vision).toContain(`By November 2028`);
		const report = check(vision, { kind: 'vision' });
		expect(report.findings.filter((f) => f.rule === 'placeholder')).toEqual([]);
		expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
	});
});

describe('plantedSamples', () => {
	const docs = plantedSamples(1_000_000);
	const byRef = new Map(sampleDocs.map((s, i) => [sampleRef(s), docs[i]]));

	it('points every link between samples at the planted ids', () => {
		const v = docs.find((d) => d.kind === 'vision')!;
		const text = JSON.stringify(v.content);
		expect(text).not.toMatch(/\?id=(?:design|strategy|vision)-/);
		for (const s of strategies) expect(text).toContain(`?id=${byRef.get(sampleRef(s))!.id}`);
	});

	it('gives each strategy its design docs and the vision its strategies and weave record', () => {
		for (const [ref, designs] of Object.entries(STRATEGY_SOURCES))
			expect(byRef.get(ref)!.sources).toEqual(designs.map((d) => byRef.get(d)!.id));
		const v = docs.find((d) => d.kind === 'vision')!;
		expect(v.sources).toEqual(strategies.map((s) => byRef.get(sampleRef(s))!.id));
		const record = readWeave(v.meta);
		expect(record?.sources).toEqual(v.sources);
		expect(record?.drafted).toHaveLength(6);
		expect(Object.keys(record?.resolutions ?? {})).toHaveLength(1);
	});

	it('keeps the shelves in file order, newest first', () => {
		expect(docs.map((d) => d.updatedAt)).toEqual(docs.map((_, i) => 1_000_000 - i));
	});
});
