import { describe, expect, it } from 'vitest';
import { check } from '$lib/analysis/check';
import {
	appendVisionMarkdown,
	emptyBoard,
	hasNews,
	isResolved,
	monthYear,
	newSinceWeave,
	placeholder,
	readBoard,
	readWeave,
	resolve,
	setThread,
	threadTopics,
	togglePick,
	unresolve,
	visionDraftMarkdown,
	weaveRecord,
	weaveSelectionStatus,
	withExisting,
	withWeave,
	type WeaveBoard
} from '.';
import { SAMPLE_STRATEGY_SOURCES, sampleWeave } from './test-helpers';

const woven = sampleWeave();
const ids = SAMPLE_STRATEGY_SOURCES.map((s) => s.id);
const broker = woven.contradictions.find((c) => c.topic === 'message broker');

function draft(board: WeaveBoard, title = '') {
	return visionDraftMarkdown({ title, sources: SAMPLE_STRATEGY_SOURCES, weave: woven, board });
}

const placeholders = (md: string) =>
	check(md, { kind: 'vision' }).findings.filter((f) => f.rule === 'placeholder');

/** What an author does: every placeholder replaced with a sentence of their own. */
const fill = (md: string) =>
	md.replace(/\[\[[^\]\n]*\]\]/g, 'sixty percent of orders arrive early for our customers');

describe('weaveSelectionStatus', () => {
	it('disables the run below two strategies and says why', () => {
		expect(weaveSelectionStatus(1, 5)).toMatchObject({ canRun: false });
		expect(weaveSelectionStatus(1, 5).reason).toMatch(/at least 2 strategies/);
		expect(weaveSelectionStatus(3, 1).reason).toMatch(/This workspace has 1/);
	});
	it('runs from two, with a note until five', () => {
		expect(weaveSelectionStatus(2, 5)).toMatchObject({ canRun: true });
		expect(weaveSelectionStatus(2, 5).note).toMatch(/2 of 5/);
		expect(weaveSelectionStatus(5, 5)).toEqual({ canRun: true, reason: null, note: null });
	});
});

describe('board', () => {
	it('picks, resolves, drops and round-trips through storage', () => {
		let b = emptyBoard(['s1', 's2']);
		b = togglePick(b, 's3', true);
		b = togglePick(b, 's1', false);
		b = resolve(b, 'c-1', { keep: 'b' });
		b = resolve(b, 'c-2', { reconcile: 'Kafka even over ' });
		b = setThread(b, 't-1', false);
		expect(b.picked).toEqual(['s2', 's3']);
		expect(readBoard(JSON.parse(JSON.stringify(b)))).toEqual(b);
		expect(setThread(b, 't-1', true).dropped).toEqual([]);
		expect(unresolve(b, 'c-1').resolutions).toEqual({ 'c-2': { reconcile: 'Kafka even over ' } });
		expect(unresolve(b, 'nope')).toBe(b);
	});
	it('counts an empty reconciliation as unresolved', () => {
		expect(isResolved({ reconcile: '  ' })).toBe(false);
		expect(isResolved({ reconcile: 'Kafka even over Pub/Sub' })).toBe(true);
		expect(isResolved({ keep: 'a' })).toBe(true);
		expect(isResolved(undefined)).toBe(false);
	});
	it('reads anything that is not a board as null and drops bad resolutions', () => {
		for (const bad of [null, 3, 'x', {}, { version: 2 }, { ...emptyBoard(), picked: [1] }])
			expect(readBoard(bad)).toBeNull();
		const raw = { ...emptyBoard(), resolutions: { a: { keep: 'c' }, b: { keep: 'a' } } };
		expect(readBoard(raw)?.resolutions).toEqual({ b: { keep: 'a' } });
	});
	it('forgets strategies that were deleted', () => {
		const b = { ...emptyBoard(['s1', 's9']), ranOn: ['s9', 's2'] };
		expect(withExisting(b, ['s1', 's2'])).toMatchObject({ picked: ['s1'], ranOn: ['s2'] });
	});
});

describe('visionDraftMarkdown over the sample strategies', () => {
	it('finds the planted Kafka / Pub/Sub contradiction to resolve', () => {
		expect(broker).toBeDefined();
		expect([broker!.a.doc, broker!.b.doc].sort()).toEqual(['s2', 's4']);
	});

	const md = draft(emptyBoard(ids));

	it('is titled and dated to the horizon', () => {
		expect(monthYear('2028-11-15')).toBe('November 2028');
		expect(md.startsWith('# Our engineering by November 2028\n')).toBe(true);
		expect(md).toContain('By November 2028, [[');
		expect(draft(emptyBoard(ids), 'Greengage in 2028')).toMatch(/^# Greengage in 2028\n/);
	});

	it('writes one scaffold per thread, with the strategies it rests on', () => {
		const heads = md.match(/^## \[\[Headline for the thread on .*\]\]$/gm) ?? [];
		expect(heads).toHaveLength(woven.threads.length);
		expect(md).toMatch(/It rests on 3 strategies: \[Field apps.*\]\(\?id=s1&highlight=/);
		expect(md).toContain('What it will have cost:');
	});

	it('heads each scaffold with words the strategies write, never a stem or a direction key', () => {
		expect(md).not.toMatch(/^## \[\[.*dir:/m);
		for (const thread of woven.threads) {
			const said = thread.evidence.map((e) => e.text).join(' ');
			for (const topic of threadTopics(thread))
				if (!thread.terms.some((t) => t.startsWith('dir:') && t.endsWith(topic.replace(/ /g, '-'))))
					expect(said, topic).toMatch(new RegExp(`(?<![\\p{L}])${topic}(?![\\p{L}])`, 'u'));
		}
		const offline = woven.threads.find((t) => t.terms.includes('dir:offline'));
		expect(offline && threadTopics(offline)).toContain('offline');
		expect(offline && threadTopics(offline)).not.toContain('offlin');
	});

	it('puts an unresolved contradiction under Open questions', () => {
		const open = md.split('## Open questions')[1].split('\n## ')[0];
		expect(open).toContain('On the message broker');
		expect(open).toContain('[[Decide: keep one side');
		expect(md).not.toContain('## Where our strategies disagreed');
	});

	it('states a resolved contradiction and drops it from Open questions', () => {
		const kept = draft(resolve(emptyBoard(ids), broker!.id, { keep: 'a' }));
		expect(kept).not.toContain('## Open questions');
		expect(kept).toContain('## Where our strategies disagreed');
		expect(kept).toContain('We keep the choice of How Greengage services');
		const own = draft(
			resolve(emptyBoard(ids), broker!.id, { reconcile: 'We choose Kafka even over Pub/Sub.' })
		);
		expect(own).toContain('pull apart. We choose Kafka even over Pub/Sub.');
	});

	it('leaves dropped threads out', () => {
		const b = setThread(emptyBoard(ids), woven.threads[0].id, false);
		const heads = draft(b).match(/^## \[\[Headline/gm) ?? [];
		expect(heads).toHaveLength(woven.threads.length - 1);
	});

	it('links every strategy under Woven from', () => {
		const from = md.split('## Woven from')[1];
		for (const s of SAMPLE_STRATEGY_SOURCES) expect(from).toContain(`](?id=${s.id})`);
	});

	it('has placeholders the checker reports until the author fills them', () => {
		expect(placeholders(md).length).toBeGreaterThanOrEqual(woven.threads.length * 3 + 2);
		expect(placeholders(fill(md))).toEqual([]);
	});

	it('keeps brackets and line breaks out of a placeholder', () => {
		expect(placeholder('a [b]\nc')).toBe('[[a b c]]');
	});
});

describe('record and re-run', () => {
	const board = resolve(setThread(emptyBoard(ids), woven.threads[1].id, false), broker!.id, {
		keep: 'a'
	});
	const record = weaveRecord(ids, woven, board, new Date('2026-11-15T10:00:00Z'));

	it('round-trips through a vision’s meta and refuses anything else', () => {
		expect(readWeave(withWeave({ other: 1 }, record))).toEqual(record);
		expect(record.drafted).not.toContain(woven.threads[1].id);
		expect(record.resolutions).toEqual({ [broker!.id]: { keep: 'a' } });
		expect(readWeave({ weave: { ...record, version: 2 } })).toBeNull();
		expect(readWeave({ weave: { ...record, resolutions: { x: { keep: 'z' } } } })).toBeNull();
		expect(readWeave(null)).toBeNull();
	});

	it('finds nothing new on the same strategies', () => {
		const diff = newSinceWeave(record, woven, ids);
		expect(diff).toEqual({ threads: [], contradictions: [], added: [], missing: [] });
		expect(hasNews(diff, board)).toBe(false);
	});

	it('shows what a new strategy brings, and appends it without touching the body', () => {
		const before = sampleWeave(['s1', 's2', 's3']);
		const rec = weaveRecord(['s1', 's2', 's3'], before, emptyBoard(['s1', 's2', 's3']));
		const diff = newSinceWeave(rec, woven, ids);
		expect(diff.added).toEqual(['s4', 's5']);
		expect(diff.contradictions.map((c) => c.id)).toContain(broker!.id);
		expect(diff.threads.length).toBeGreaterThan(0);
		const md = appendVisionMarkdown({
			diff,
			weave: woven,
			board: emptyBoard(ids),
			sources: SAMPLE_STRATEGY_SOURCES,
			today: '2027-01-10'
		});
		expect(md.startsWith('## Added on 2027-01-10\n')).toBe(true);
		expect(md).toContain('### Open questions added on 2027-01-10');
		expect(md).toContain('### Woven from, as of 2027-01-10');
		expect(md).not.toMatch(/^## (?!Added)/m);
	});
});
