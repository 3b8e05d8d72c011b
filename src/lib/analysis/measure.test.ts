/**
 * Precision and recall of the classifiers (on fixtures/sentences.ts) and of the rules (on
 * fixtures/docs/), printed and held above floors. The floors sit a little below what the
 * engine reaches, so a regression fails the build while small rewordings do not.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from './check.js';
import { classifyPolicy, findRationale, isHedged, isSpecific } from './classify/index.js';
import { RULES } from './rules/index.js';
import { DOCS } from './fixtures/docs.js';
import { SENTENCES, type LabelledSentence } from './fixtures/sentences.js';
import type { RuleId } from './types.js';

interface Score {
	precision: number;
	recall: number;
	tp: number;
	fp: number;
	fn: number;
}

function score<T>(
	items: readonly T[],
	predicted: (t: T) => boolean,
	truth: (t: T) => boolean
): Score {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const t of items) {
		const p = predicted(t);
		const y = truth(t);
		if (p && y) tp++;
		else if (p) fp++;
		else if (y) fn++;
	}
	return {
		precision: tp + fp ? tp / (tp + fp) : 1,
		recall: tp + fn ? tp / (tp + fn) : 1,
		tp,
		fp,
		fn
	};
}

function show(name: string, s: Score): string {
	return `${name.padEnd(24)} precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

const raw = (s: LabelledSentence) => (s.text.includes('`') ? s.text : undefined);

describe('classifiers on the labelled sentence set', () => {
	const policies = SENTENCES.filter((s) => s.policy);
	const results: [string, Score, number, number][] = [
		[
			'specific',
			score(
				SENTENCES,
				(s) => isSpecific(s.text, raw(s)),
				(s) => s.specific
			),
			0.9,
			0.9
		],
		[
			'generic',
			score(
				SENTENCES,
				(s) => !isSpecific(s.text, raw(s)),
				(s) => !s.specific
			),
			0.9,
			0.9
		],
		[
			'policy',
			score(
				SENTENCES,
				(s) => classifyPolicy(s.text, { kind: s.kind, headings: s.headings }).policy,
				(s) => s.policy
			),
			0.9,
			0.9
		],
		[
			'has_rationale',
			score(
				policies,
				(s) => findRationale(s.text) !== null,
				(s) => !!s.hasRationale
			),
			0.9,
			0.88
		],
		[
			'policy without reason',
			score(
				policies,
				(s) => findRationale(s.text) === null,
				(s) => !s.hasRationale
			),
			0.9,
			0.9
		],
		[
			'hedged',
			score(
				SENTENCES,
				(s) => isHedged(s.text),
				(s) => s.hedged
			),
			0.9,
			0.9
		]
	];
	it(`reaches the floors on ${SENTENCES.length} sentences (${policies.length} policies)`, () => {
		console.log(results.map(([n, s]) => show(n, s)).join('\n'));
		expect(SENTENCES.length).toBeGreaterThanOrEqual(200);
		for (const [name, s, p, r] of results) {
			expect(s.precision, `${name} precision`).toBeGreaterThanOrEqual(p);
			expect(s.recall, `${name} recall`).toBeGreaterThanOrEqual(r);
		}
	});
});

describe('rules on the labelled documents', () => {
	const dir = fileURLToPath(new URL('./fixtures/docs/', import.meta.url));
	const outcomes = DOCS.map((d) => {
		const report = check(readFileSync(dir + d.file, 'utf8'), { kind: d.kind, today: d.today });
		return {
			doc: d,
			errors: new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule))
		};
	});

	it(`gives every document the expected errors (${DOCS.length} documents)`, () => {
		for (const { doc, errors } of outcomes) {
			const unexpected = [...errors].filter(
				(r) => !doc.errors.includes(r) && !(doc.allowed ?? []).includes(r)
			);
			const missing = doc.errors.filter((r) => !errors.has(r));
			expect({ file: doc.file, unexpected, missing }).toEqual({
				file: doc.file,
				unexpected: [],
				missing: []
			});
		}
	});

	it('reaches per-rule precision and recall floors', () => {
		const lines: string[] = [];
		for (const rule of RULES) {
			const pairs = outcomes.filter(
				({ doc }) =>
					rule.appliesTo.includes(doc.kind) && !(doc.allowed ?? []).includes(rule.id as RuleId)
			);
			const s = score(
				pairs,
				(o) => o.errors.has(rule.id),
				(o) => o.doc.errors.includes(rule.id)
			);
			lines.push(show(rule.id, s));
			expect(s.precision, `${rule.id} precision`).toBeGreaterThanOrEqual(0.9);
			expect(s.recall, `${rule.id} recall`).toBeGreaterThanOrEqual(0.9);
		}
		console.log(lines.join('\n'));
	});
});
