/**
 * The first-visit sample workspace: five design docs, five strategies and one vision draft for
 * Greengage, a fictional regional grocery-delivery company. README.md says what is planted where.
 */
import type { DocKind } from '$lib/analysis/types';

export interface SampleDoc {
	kind: DocKind;
	/** File name inside its kind's folder, e.g. `01-offline-picking.md`. */
	file: string;
	markdown: string;
}

const design = import.meta.glob<string>('./design/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});
const strategy = import.meta.glob<string>('./strategy/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});
const vision = import.meta.glob<string>('./vision/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

function docs(kind: DocKind, modules: Record<string, string>): SampleDoc[] {
	return Object.keys(modules)
		.sort()
		.map((path) => ({
			kind,
			file: path.slice(path.lastIndexOf('/') + 1),
			markdown: modules[path]
		}));
}

/** In order: five design docs, five strategies, one vision, each group sorted by file name. */
export const sampleDocs: SampleDoc[] = [
	...docs('design', design),
	...docs('strategy', strategy),
	...docs('vision', vision)
];
