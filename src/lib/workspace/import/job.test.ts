import { describe, expect, it } from 'vitest';
import { exportWorkspaceJson, exportWorkspaceZip } from '$lib/model/workspace-file';
import { newDoc } from '$lib/model/doc-factory';
import type { ImportProgress } from '$lib/model/workspace-file';
import { runImportJob } from './job';

const ws = () => ({
	docs: [newDoc('design', { title: 'Retries', markdown: 'Jobs vanish.' })],
	settings: {}
});

function run(job: Parameters<typeof runImportJob>[0]) {
	const steps: ImportProgress[] = [];
	return runImportJob(job, (p) => steps.push(p)).then((outcome) => ({ outcome, steps }));
}

describe('runImportJob', () => {
	it('reads a workspace zip and JSON backup from a File, with progress', async () => {
		const data = ws();
		for (const file of [
			new File([exportWorkspaceZip(data) as BlobPart], 'w.zip'),
			new File([exportWorkspaceJson(data)], 'w.json')
		]) {
			const { outcome, steps } = await run({ type: 'workspace', file });
			expect(outcome).toEqual({ ok: true, value: { ...data, notices: [] } });
			expect(steps[0]).toEqual({ step: 'Reading the file' });
			expect(steps.at(-1)).toEqual({ step: 'Handing over the documents' });
		}
	});

	it('refuses a file over the limit before reading it', async () => {
		const big = new File([new Uint8Array(21 * 1024 * 1024)], 'big.json');
		const { outcome } = await run({ type: 'workspace', file: big });
		expect(outcome).toEqual({
			ok: false,
			error: '“big.json” is too large (over 20 MB) and was not imported.'
		});
	});

	it('converts each Markdown file, or says why not', async () => {
		const { outcome, steps } = await run({
			type: 'markdown',
			files: [
				{ file: new File(['# Plan\n\nWe will.'], 'plan.md'), kind: 'strategy' },
				{ file: new File([new Uint8Array([0, 1, 2])], 'bin.md'), kind: 'design' }
			]
		});
		expect(Array.isArray(outcome) && outcome.map((r) => r.ok)).toEqual([true, false]);
		const [plan] = outcome as { ok: true; value: { doc: { title: string; kind: string } } }[];
		expect([plan.value.doc.title, plan.value.doc.kind]).toEqual(['Plan', 'strategy']);
		expect(steps.map((s) => s.step)).toContain('Converting file 2 of 2');
	});
});
