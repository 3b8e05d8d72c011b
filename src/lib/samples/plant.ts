/**
 * The sample workspace as documents ready to store on a first visit: links between samples
 * pointed at the new ids, each strategy's design docs as its sources, and the vision's sources
 * and weave record (`meta.weave`) computed with the real engine from the planted strategies, so
 * "Woven from" and "What is new in these strategies?" work on the sample as on the user's own.
 */
import { weave } from '$lib/analysis/weave';
import { weaveRecord, withWeave } from '$lib/weaving';
import { contentToNode, type DocRecord } from '$lib/workspace/model';
import { createDoc, recordToMarkdown } from '$lib/workspace/convert';
import { sampleDocs } from './index';
import { SAMPLE_TODAY, STRATEGY_SOURCES, sampleRef, sampleVisionBoard } from './woven';

const REF = /\?id=((?:design|strategy|vision)-[a-z0-9-]+)/g;

/** The sample documents, a millisecond apart from `now` backwards, newest first. */
export function plantedSamples(now = Date.now()): DocRecord[] {
	const ids = new Map<string, string>(sampleDocs.map((s) => [sampleRef(s), crypto.randomUUID()]));
	const docs = sampleDocs.map((s, i) => {
		const markdown = s.markdown.replace(REF, (all, ref: string) => {
			const id = ids.get(ref);
			return id ? `?id=${id}` : all;
		});
		return {
			...createDoc(s.kind, { markdown }),
			id: ids.get(sampleRef(s))!,
			createdAt: now - i,
			updatedAt: now - i
		};
	});
	const refOf = new Map<string, string>([...ids].map(([ref, id]) => [id, ref]));
	const strategies = docs.filter((d) => d.kind === 'strategy');
	for (const d of strategies)
		d.sources = (STRATEGY_SOURCES[refOf.get(d.id) ?? ''] ?? []).flatMap((r) => ids.get(r) ?? []);
	const vision = docs.find((d) => d.kind === 'vision');
	if (vision) {
		const woven = weave(
			strategies.flatMap((d) => {
				const node = contentToNode(d.content);
				return node ? [{ name: d.id, markdown: recordToMarkdown(d.title, node) }] : [];
			}),
			{ today: SAMPLE_TODAY }
		);
		const board = sampleVisionBoard(woven, (id) => refOf.get(id) ?? '');
		vision.sources = strategies.map((d) => d.id);
		vision.meta = withWeave(
			vision.meta,
			weaveRecord(vision.sources, woven, board, new Date(`${SAMPLE_TODAY}T12:00:00Z`))
		);
	}
	return docs;
}
