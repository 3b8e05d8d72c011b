/**
 * The CommonMark spec examples (commonmark-spec package) as round-trip cases: each example is
 * parsed, serialized, parsed again, and must give the same document; a second serialization
 * must equal the first. Sections about constructs the schema does not hold (raw HTML, images)
 * are skipped: their content turns into text by design. Examples that cannot round-trip are
 * listed in KNOWN_FAILURES with the reason, so both a regression and a fix make this fail.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { markdownToDoc } from './parse';
import { docToMarkdown } from './serialize';

interface SpecExample {
	markdown: string;
	section: string;
	number: number;
}

const require = createRequire(import.meta.url);
const spec = require('commonmark-spec') as { tests: SpecExample[] };
const specVersion = (require('commonmark-spec/package.json') as { version: string }).version;

/**
 * Sections about constructs the schema does not hold: raw HTML stays literal text and images
 * stay literal Markdown text, so their examples still round-trip (as text). Counted apart.
 */
const TEXT_ONLY_SECTIONS = new Set(['HTML blocks', 'Raw HTML', 'Images']);

/** Example number → why it cannot round-trip. Empty: every example does. */
const KNOWN_FAILURES = new Map<number, string>();

function roundTrips(markdown: string): string | null {
	const first = markdownToDoc(markdown);
	if (!first.ok) return first.error;
	const once = docToMarkdown(first.doc, first.title ?? undefined);
	const second = markdownToDoc(once);
	if (!second.ok) return second.error;
	if (!second.doc.eq(first.doc)) return `document changed; serialized as ${JSON.stringify(once)}`;
	if ((second.title ?? '') !== (first.title ?? '')) return `title changed: ${JSON.stringify(once)}`;
	const twice = docToMarkdown(second.doc, second.title ?? undefined);
	if (twice !== once) return `not stable: ${JSON.stringify(once)} then ${JSON.stringify(twice)}`;
	return null;
}

// The spec shows tabs as →.
const examples = spec.tests.map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, '\t') }));
const sections = [...new Set(examples.map((t) => t.section))];

describe('CommonMark spec examples round-trip', () => {
	it.each(sections)('%s', (section) => {
		const failures: string[] = [];
		const expected: number[] = [];
		for (const example of examples.filter((t) => t.section === section)) {
			if (KNOWN_FAILURES.has(example.number)) expected.push(example.number);
			const problem = roundTrips(example.markdown);
			if (problem) failures.push(`#${example.number} ${problem}`);
		}
		expect(failures.map((f) => Number(f.slice(1, f.indexOf(' '))))).toEqual(expected);
	});

	// Every example is round-tripped once (about 650); on a loaded machine that takes seconds.
	it('counts', { timeout: 30_000 }, () => {
		const supported = examples.filter((t) => !TEXT_ONLY_SECTIONS.has(t.section));
		const roundTripping = new Set(examples.filter((t) => roundTrips(t.markdown) === null));
		const passing = (list: typeof examples) => list.filter((t) => roundTripping.has(t)).length;
		console.info(
			`CommonMark ${specVersion}: ${passing(supported)} of ${supported.length} examples in supported sections round-trip; ` +
				`${passing(examples)} of ${examples.length} in all sections (HTML and images as text)`
		);
		expect(passing(supported)).toBe(supported.length - KNOWN_FAILURES.size);
	});
});
