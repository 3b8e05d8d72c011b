/**
 * For the weave tests: a strategy whose `## Policies` section lists the given items (raw
 * Markdown after "1. "), under an optional `## Context` paragraph.
 */
import type { NamedDoc } from '../types.js';

export function strategyWith(context: string | null, name: string, policies: string[]): NamedDoc {
	return {
		name,
		markdown: [
			`# ${name}`,
			'',
			...(context === null ? [] : ['## Context', '', context, '']),
			'## Policies',
			'',
			...policies.map((p, i) => `${i + 1}. ${p}\n`)
		].join('\n')
	};
}
