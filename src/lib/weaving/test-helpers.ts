/** Test data: the sample workspace's strategies, woven under short ids. */
import { weave } from '$lib/analysis';
import type { Weave } from '$lib/analysis/types';
import { sampleDocs } from '$lib/samples';
import type { SourceDoc } from '$lib/synthesis';

/** The date the sample vision was written (samples/README.md). */
export const SAMPLE_TODAY = '2026-11-15';

/** The five sample strategies as `{ id, title, markdown }`, ids s1…s5. */
export const SAMPLE_STRATEGIES = sampleDocs
	.filter((d) => d.kind === 'strategy')
	.map((d, i) => ({
		id: `s${i + 1}`,
		title: /^# (.+)$/m.exec(d.markdown)?.[1] ?? `Strategy ${i + 1}`,
		markdown: d.markdown
	}));

/** The strategies as the draft names them. */
export const SAMPLE_STRATEGY_SOURCES: SourceDoc[] = SAMPLE_STRATEGIES.map(({ id, title }) => ({
	id,
	title
}));

/** `weave` over some of the sample strategies (all five by default). */
export function sampleWeave(ids = SAMPLE_STRATEGIES.map((d) => d.id)): Weave {
	return weave(
		SAMPLE_STRATEGIES.filter((d) => ids.includes(d.id)).map((d) => ({
			name: d.id,
			markdown: d.markdown
		})),
		{ today: SAMPLE_TODAY }
	);
}
