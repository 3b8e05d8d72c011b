/** Test data: the sample workspace's design docs, extracted under short ids. */
import { extract, type ExtractedDecision } from '$lib/analysis/extract';
import { sampleDocs } from '$lib/samples';
import type { SourceDoc } from './draft';

/** The five sample design docs as `{ id, title, markdown }`, ids d1…d5. */
export const SAMPLE_DESIGNS = sampleDocs
	.filter((d) => d.kind === 'design')
	.map((d, i) => ({
		id: `d${i + 1}`,
		title: /^# (.+)$/m.exec(d.markdown)?.[1] ?? `Design ${i + 1}`,
		markdown: d.markdown
	}));

/** The sources as the draft names them. */
export const SAMPLE_SOURCES: SourceDoc[] = SAMPLE_DESIGNS.map(({ id, title }) => ({ id, title }));

/** `extract` over some of the sample design docs (all five by default). */
export function sampleDecisions(ids = SAMPLE_DESIGNS.map((d) => d.id)): ExtractedDecision[] {
	return extract(
		SAMPLE_DESIGNS.filter((d) => ids.includes(d.id)).map((d) => ({
			name: d.id,
			markdown: d.markdown
		}))
	).decisions;
}
