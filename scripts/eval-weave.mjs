#!/usr/bin/env node
// Measures `weave` (the built engine, dist/analysis.js) on labelled sets of strategies:
// threads precision/recall and contradictions precision/recall per set.
//
//   node scripts/build-engine.mjs && node scripts/eval-weave.mjs [SET[=LABELS]…] [--json] [--verbose]
//
// A SET is a folder with `strategy/*.md` and `labels.json` (the shared samples format:
// `threads`, `contradictions`, optional `agreements_not_contradictions`, `vision_today`).
// `SET=LABELS` takes the labels from another file. Default sets: the weave fixtures
// (src/lib/analysis/weave/fixtures/*), the shared sample ../shared/samples/ledgerline, and the
// sample workspace src/lib/samples (labels in src/lib/analysis/weave/fixtures/greengage.labels.json),
// and the real public strategy sets of the corpus (`corpus:NAME`, tuning labels only).
//
// Matching (as ../shared/score-samples.mjs): a predicted contradiction matches a label when
// its two sides hit the two labelled quotes (word overlap ≥ 0.6 with each, either order, same
// documents); a predicted thread matches when its evidence hits labelled quotes in two of the
// labelled docs (or spans two labelled docs and names two topic keywords). Candidate recall@k
// (k = 5, 10, 15): the share of labelled contradictions among the engine's contradictions plus
// the first k pairs worth comparing (`toCompare`), which the author judges. Predicted
// contradictions matching an agreement pair are false positives (they are unmatched anyway).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docOf, groupMatches, hits } from './weave-match.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const unknown = args.find((a) => a.startsWith('--') && a !== '--json' && a !== '--verbose');
if (unknown) {
	console.error(`eval-weave: unknown option ${unknown}`);
	process.exit(2);
}
const engineFile = path.join(root, 'dist/analysis.js');
if (!fs.existsSync(engineFile)) {
	console.error('eval-weave: dist/analysis.js not found: run node scripts/build-engine.mjs first');
	process.exit(2);
}
const { weave } = await import(pathToFileURL(engineFile).href);

const fixtures = path.join(root, 'src/lib/analysis/weave/fixtures');
const corpusDir = path.join(root, 'src/lib/analysis/corpus');
const tuning = path.join(corpusDir, 'labels/tuning.json');
const skipped = [];
/** Whether a set's README says it is blind and still waiting for its one measurement. */
function unmeasured(dir) {
	const readme = path.join(dir, 'README.md');
	return (
		fs.existsSync(readme) &&
		/to be measured once by the coordinator/i.test(fs.readFileSync(readme, 'utf8'))
	);
}
function defaultSets() {
	const sets = fs.existsSync(fixtures)
		? fs
				.readdirSync(fixtures, { withFileTypes: true })
				.filter((e) => e.isDirectory())
				.map((e) => ({ dir: path.join(fixtures, e.name) }))
				.filter(({ dir }) => {
					// A blind set not yet measured is left out of the default run, so nobody sees
					// its figures by accident: it is measured once, by name.
					if (!unmeasured(dir)) return true;
					skipped.push(path.relative(root, dir));
					return false;
				})
		: [];
	const ledgerline = path.resolve(root, '../shared/samples/ledgerline');
	const shared = fs.existsSync(ledgerline) ? ledgerline : '/work/shared/samples/ledgerline';
	if (fs.existsSync(shared)) sets.push({ dir: shared });
	sets.push({
		dir: path.join(root, 'src/lib/samples'),
		labels: path.join(fixtures, 'greengage.labels.json')
	});
	// Real public strategy sets of the corpus: tuning labels only (the holdout is never read here).
	if (fs.existsSync(tuning))
		for (const name of Object.keys(JSON.parse(fs.readFileSync(tuning, 'utf8')).strategy_sets ?? {}))
			sets.push({ corpus: name });
	return sets;
}
const sets = args
	.filter((a) => !a.startsWith('--'))
	.map((a) => {
		if (a.startsWith('corpus:')) return { corpus: a.slice('corpus:'.length) };
		const [dir, labels] = a.split('=');
		return { dir: path.resolve(dir), labels: labels && path.resolve(labels) };
	});

const side = (p, q) => hits(p.doc, p.text, q);
const pair = (c, l) => (side(c.a, l.a) && side(c.b, l.b)) || (side(c.a, l.b) && side(c.b, l.a));
const ratio = (n, d) => (d === 0 ? 1 : n / d);
const f2 = (x) => x.toFixed(2);

function readSet({ dir, labels, corpus }) {
	if (corpus) {
		const set = JSON.parse(fs.readFileSync(tuning, 'utf8')).strategy_sets?.[corpus];
		if (!set) throw new Error(`no strategy set ${corpus} in the corpus tuning labels`);
		const docs = set.docs.map((id) => ({
			name: id,
			markdown: fs.readFileSync(path.join(corpusDir, 'docs', `${id}.md`), 'utf8')
		}));
		return { name: `corpus:${corpus}`, labels: set, docs };
	}
	const labelFile = labels ?? path.join(dir, 'labels.json');
	if (!fs.existsSync(labelFile)) throw new Error(`no labels at ${labelFile}`);
	const L = JSON.parse(fs.readFileSync(labelFile, 'utf8'));
	const sdir = path.join(dir, 'strategy');
	const docs = fs
		.readdirSync(sdir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => ({ name: `strategy/${f}`, markdown: fs.readFileSync(path.join(sdir, f), 'utf8') }));
	return { name: path.basename(dir), labels: L, docs };
}

const results = [];
for (const set of sets.length ? sets : defaultSets()) {
	const { name, labels, docs } = readSet(set);
	// WEAVE_GROUPING='{"threshold":0.12}' tries other thread grouping thresholds (a sweep).
	const grouping = process.env.WEAVE_GROUPING ? JSON.parse(process.env.WEAVE_GROUPING) : undefined;
	const out = weave(docs, { today: labels.vision_today ?? '2026-01-01', grouping });
	const C = labels.contradictions ?? [];
	const T = labels.threads ?? [];
	const A = labels.agreements_not_contradictions ?? [];
	const cs = out.contradictions;
	const cFound = C.filter((l) => cs.some((c) => pair(c, l)));
	const cGood = cs.filter((c) => C.some((l) => pair(c, l)));
	const agreementHits = cs.filter((c) => A.some((l) => pair(c, l)));
	const pairs = out.toCompare ?? [];
	const candidateRecall = Object.fromEntries(
		[5, 10, 15].map((k) => {
			const shown = [...cs, ...pairs.slice(0, k)];
			return [k, ratio(C.filter((l) => shown.some((c) => pair(c, l))).length, C.length)];
		})
	);
	const tFound = T.filter((l) => out.threads.some((t) => groupMatches(t, l)));
	const tGood = out.threads.filter((t) => T.some((l) => groupMatches(t, l)));
	const r = {
		set: name,
		strategies: docs.length,
		policies: out.policies.length,
		threads: {
			labelled: T.length,
			predicted: out.threads.length,
			recall: ratio(tFound.length, T.length),
			precision: ratio(tGood.length, out.threads.length)
		},
		contradictions: {
			labelled: C.length,
			predicted: cs.length,
			recall: ratio(cFound.length, C.length),
			precision: ratio(cGood.length, cs.length),
			agreementsFlagged: agreementHits.length,
			pairs: pairs.length,
			candidateRecall
		},
		missedThreads: T.filter((l) => !tFound.includes(l)).map((l) => l.summary ?? l.id),
		missedContradictions: C.filter((l) => !cFound.includes(l)).map((l) => l.topic ?? l.id),
		falseContradictions: cs
			.filter((c) => !cGood.includes(c))
			.map((c) => `${c.kind} ${c.topic}: ${c.why}`),
		pairsShown: pairs.map(
			(p, i) =>
				`${i + 1}. ${C.some((l) => pair(p, l)) ? '[labelled] ' : ''}${p.terms.join(', ')} (${p.score})` +
				`${p.differences?.length ? ` [${p.differences.join('; ')}]` : ''}: ` +
				`${docOf(p.a.doc)} / ${docOf(p.b.doc)}`
		),
		falseThreads: out.threads.filter((t) => !tGood.includes(t)).map((t) => t.summary)
	};
	results.push(r);
}

if (json) console.log(JSON.stringify(results, null, 2));
else {
	for (const r of results) {
		console.log(
			`weave ${r.set} (${r.strategies} strategies, ${r.policies} policies): ` +
				`threads recall ${f2(r.threads.recall)} precision ${f2(r.threads.precision)} ` +
				`(${r.threads.predicted} predicted, ${r.threads.labelled} labelled); ` +
				`contradictions recall ${f2(r.contradictions.recall)} precision ${f2(r.contradictions.precision)} ` +
				`(${r.contradictions.predicted} predicted, ${r.contradictions.labelled} labelled` +
				`${r.contradictions.agreementsFlagged ? `, ${r.contradictions.agreementsFlagged} agreements flagged` : ''}); ` +
				`with pairs worth comparing recall@5 ${f2(r.contradictions.candidateRecall[5])} ` +
				`@10 ${f2(r.contradictions.candidateRecall[10])} @15 ${f2(r.contradictions.candidateRecall[15])} ` +
				`(${r.contradictions.pairs} pairs shown)`
		);
		if (verbose) {
			for (const m of r.missedThreads) console.log(`  missed thread: ${m}`);
			for (const m of r.missedContradictions) console.log(`  missed contradiction: ${m}`);
			for (const m of r.falseContradictions) console.log(`  false contradiction: ${m}`);
			for (const m of r.pairsShown) console.log(`  pair: ${m}`);
			for (const m of r.falseThreads) console.log(`  unlabelled thread: ${m}`);
		}
	}
	for (const dir of skipped)
		console.log(
			`weave ${dir}: blind, not measured yet (left out of the default run; measure it once by name)`
		);
}
