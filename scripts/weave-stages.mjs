#!/usr/bin/env node
// Where `weave` loses labelled threads, stage by stage. For every labelled thread of a set:
//
//   found           a predicted thread matches it (as scripts/eval-weave.mjs matches);
//   A:not-read      fewer than two of its labelled docs have a quote read as a policy;
//   B1:no-edge      read, but no two quotes of different docs are similar enough to link
//                   (cosine below the thread threshold, or too few shared terms: different words);
//   B2:apart        two quotes link but are kept apart (a contradiction between them);
//   B2:linkage      two quotes link, but the groups they joined first do not merge;
//   C:filtered      grouped, but the group is dropped as a thread (too weak, contested);
//   D:eval-match    in one thread, yet the eval's quote matching misses it.
//
//   node scripts/weave-stages.mjs SET… [--verbose]      (SET: a fixture name, a folder, corpus:NAME)
//
// It builds its own copy of the engine with the inside of `weave` exposed (units, grouping),
// by patching weave.ts as esbuild loads it; it stops if a patch no longer applies. Sets whose
// README says they wait for their one measurement are refused, as in eval-weave.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { groupMatches, hits } from './weave-match.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const verbose = process.argv.includes('--verbose');
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!names.length) {
	console.error('weave-stages: name one or more sets (fixture name, folder or corpus:NAME)');
	process.exit(2);
}
// Mirrors weave.ts's THREAD_GROUPING threshold and its grouping's two shared terms.
const THRESHOLD = 0.15;
const MIN_SHARED = 2;

const PATCHES = [
	[
		'const units = unitsOf(records);',
		'const units = unitsOf(records); globalThis.__stages = { units, records, sentences };'
	],
	[
		'const grouping = groupStatements(',
		'globalThis.__stages.apart = apart; const grouping = globalThis.__stages.grouping = groupStatements('
	],
	[
		'const threadTermsOf = units.map',
		'globalThis.__stages.leadOf = leadOf; const threadTermsOf = globalThis.__stages.terms = units.map'
	]
];
const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'weave-stages-')), 'engine.js');
await build({
	entryPoints: [path.join(root, 'src/lib/analysis/index.ts')],
	bundle: true,
	format: 'esm',
	platform: 'neutral',
	mainFields: ['module', 'main'],
	conditions: ['import', 'default'],
	outfile,
	logLevel: 'error',
	define: { __FIVEFOLD_VERSION__: '"stages"' },
	plugins: [
		{
			name: 'expose-weave',
			setup(b) {
				b.onLoad({ filter: /weave[\\/]weave\.ts$/ }, (a) => {
					let s = fs.readFileSync(a.path, 'utf8');
					for (const [from, to] of PATCHES) {
						if (!s.includes(from))
							throw new Error(`weave-stages: weave.ts no longer has "${from}"`);
						s = s.replace(from, to);
					}
					return { contents: s, loader: 'ts' };
				});
			}
		}
	]
});
const { weave } = await import(pathToFileURL(outfile).href);

function readSet(name) {
	if (name.startsWith('corpus:')) {
		const dir = path.join(root, 'src/lib/analysis/corpus');
		const tuning = JSON.parse(fs.readFileSync(path.join(dir, 'labels/tuning.json'), 'utf8'));
		const set = tuning.strategy_sets?.[name.slice('corpus:'.length)];
		if (!set) throw new Error(`no strategy set ${name} in the corpus tuning labels`);
		const docs = set.docs.map((id) => ({
			name: id,
			markdown: fs.readFileSync(path.join(dir, 'docs', `${id}.md`), 'utf8')
		}));
		return { labels: set, docs };
	}
	const fixture = path.join(root, 'src/lib/analysis/weave/fixtures', name);
	const dir = fs.existsSync(fixture) ? fixture : path.resolve(name);
	const readme = path.join(dir, 'README.md');
	if (
		fs.existsSync(readme) &&
		/to be measured once by the coordinator/i.test(fs.readFileSync(readme, 'utf8'))
	)
		throw new Error(`${name} is blind and not measured yet: not read here`);
	const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
	const docs = fs
		.readdirSync(path.join(dir, 'strategy'))
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => ({
			name: `strategy/${f}`,
			markdown: fs.readFileSync(path.join(dir, 'strategy', f), 'utf8')
		}));
	return { labels, docs };
}

/** The stage at which one labelled thread is lost (or `found`), with what shows it. */
function stageOf(label, out, d) {
	if (out.threads.some((t) => groupMatches(t, label))) return { stage: 'found', quotes: [] };
	const unitOf = new Map();
	d.units.forEach((u, i) => u.forEach((r) => unitOf.set(r, i)));
	const quotes = (label.evidence ?? []).map((q) => {
		const recs = d.records.filter((r) => hits(r.sentence.doc, r.sentence.text, q));
		const read = d.sentences.some((s) => hits(s.doc, s.text, q));
		return { q, read, units: [...new Set(recs.map((r) => unitOf.get(r)))] };
	});
	const withUnits = quotes.filter((x) => x.units.length);
	if (new Set(withUnits.map((x) => x.q.doc)).size < 2) return { stage: 'A:not-read', quotes };
	const groupOf = new Map();
	d.grouping.groups.forEach((g, i) => g.forEach((m) => groupOf.set(m, i)));
	const docsIn = new Map();
	for (const x of withUnits)
		for (const u of x.units) {
			const g = groupOf.get(u);
			docsIn.set(g, (docsIn.get(g) ?? new Set()).add(x.q.doc));
		}
	if (![...docsIn.values()].some((s) => s.size >= 2)) {
		let edge = false;
		let apart = false;
		for (const x of withUnits)
			for (const y of withUnits)
				if (x.q.doc < y.q.doc)
					for (const a of x.units)
						for (const b of y.units) {
							// A shared direction counts as two shared terms, as the grouping's anchors do
							// (the lexicon's names, which anchor too, count once here).
							let shared = 0;
							d.terms[a].forEach((_, t) => {
								if (d.terms[b].has(t)) shared += t.startsWith('dir:') ? MIN_SHARED : 1;
							});
							if (d.grouping.similarity(a, b) >= THRESHOLD && shared >= MIN_SHARED) edge = true;
							if (d.apart.get(a)?.includes(b)) apart = true;
						}
		return { stage: apart ? 'B2:apart' : edge ? 'B2:linkage' : 'B1:no-edge', quotes };
	}
	const inThread = out.threads.some((t) => {
		const docs = new Set();
		for (const x of withUnits)
			for (const u of x.units)
				if (d.units[u].some((r) => t.policies.includes(r.policy.id))) docs.add(x.q.doc);
		return docs.size >= 2;
	});
	return { stage: inThread ? 'D:eval-match' : 'C:filtered', quotes };
}

const table = [];
for (const name of names) {
	const { labels, docs } = readSet(name);
	const out = weave(docs, { today: labels.vision_today ?? '2026-01-01' });
	const d = globalThis.__stages;
	const counts = {};
	for (const label of labels.threads ?? []) {
		const { stage, quotes } = stageOf(label, out, d);
		counts[stage] = (counts[stage] ?? 0) + 1;
		if (!verbose || stage === 'found') continue;
		console.log(`${name} ${stage}: ${label.id ?? label.summary}`);
		for (const x of quotes) {
			const u = x.units[0];
			const how = u !== undefined ? `unit ${u}` : x.read ? 'sentence, no policy' : 'no sentence';
			console.log(`  ${x.q.doc} (${how}): ${x.q.quote.slice(0, 100)}`);
			if (u !== undefined) console.log(`    terms: ${[...d.terms[u].keys()].join(' ')}`);
		}
	}
	table.push({ name, counts });
}
const stages = [...new Set(table.flatMap((r) => Object.keys(r.counts)))].sort();
console.log(['set', ...stages].join('\t'));
for (const r of table) console.log([r.name, ...stages.map((s) => r.counts[s] ?? 0)].join('\t'));
