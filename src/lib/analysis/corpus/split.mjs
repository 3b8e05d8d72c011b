// Assigns every corpus document to "tuning" or "holdout" and picks the documents to label
// sentence by sentence, by a seeded draw, once, before anyone labels or tunes on the corpus.
//
//   node src/lib/analysis/corpus/split.mjs           write the split into manifest.json (refuses if one exists)
//   node src/lib/analysis/corpus/split.mjs --verify  recompute from the seed and fail if manifest.json differs
//
// The rule (also in README.md):
//   1. Groups of five related design docs: shuffled as units; the first 2 go to holdout, the rest to tuning.
//   2. Everything else is a unit: the five-document strategy set is one unit, every other document is
//      its own unit. Units are split into two strata (well regarded or not); within each stratum the
//      units are sorted by id, shuffled, and round(40%) of them go to holdout.
//   3. Sentence-labelled documents: documents whose prose has roughly 25-90 sentences are candidates.
//      Per split, candidates are sorted by id and shuffled; one of each kind (design, strategy, vision)
//      is taken first when available, then the rest in shuffled order, at most 3 per project in
//      tuning and 2 in holdout, until 11 (tuning) and 6 (holdout) are chosen.
//   4. The draw must leave at least 6 sentence-labelled and 4 well-regarded documents in holdout;
//      otherwise the script stops with an error (it never re-draws on its own).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED = 20261202;
const HOLDOUT_GROUPS = 2;
const HOLDOUT_SHARE = 0.4;
const LABELLED = { tuning: 11, holdout: 6 };
const PER_PROJECT_CAP = { tuning: 3, holdout: 2 };
const SENTENCE_RANGE = [25, 90];
const KINDS = ['design', 'strategy', 'vision'];

const here = dirname(fileURLToPath(import.meta.url));
const manifestPath = join(here, 'manifest.json');

/** mulberry32: a small, well-known seeded PRNG, so the draw is reproducible from SEED alone. */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffle(items, random) {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A rough count of prose sentences, only to pick documents of modest length: front matter,
 * fenced and indented code, headings, tables, HTML and link definitions are skipped; list items
 * count as at least one sentence each.
 */
export function estimateSentences(markdown) {
	let text = markdown.replace(/^\uFEFF?---\n[\s\S]*?\n---\n/, '');
	text = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
	const blocks = [];
	let current = [];
	for (const raw of text.split('\n')) {
		const line = raw.replace(/\s+$/, '');
		const skip =
			line === '' ||
			/^#{1,6}\s/.test(line) ||
			/^( {4}|\t)/.test(line) ||
			/^\s*\|/.test(line) ||
			/^\s*<\/?[a-z][^>]*>\s*$/i.test(line) ||
			/^\s*\[[^\]]+\]:\s/.test(line);
		const item = /^\s*([-*+]|\d+[.)])\s+/.test(line);
		if (skip || item) {
			if (current.length) blocks.push(current.join(' '));
			current = [];
		}
		if (!skip) current.push(line.replace(/^\s*([-*+]|\d+[.)]|>)\s*/, ''));
	}
	if (current.length) blocks.push(current.join(' '));
	let count = 0;
	for (const block of blocks) {
		if (!/[A-Za-z]{3}/.test(block)) continue;
		count += Math.max(1, block.split(/(?<=[.!?]["')\]*_]*)\s+(?=["'(*_`[]*[A-Z0-9])/).length);
	}
	return count;
}

export function draw(manifest, readDoc) {
	const random = prng(SEED);
	const docs = [...manifest.documents].sort(byId);
	const split = new Map();

	// 1. Groups.
	const groups = shuffle([...manifest.groups].sort(byId), random);
	groups.forEach((group, i) => {
		const side = i < HOLDOUT_GROUPS ? 'holdout' : 'tuning';
		for (const id of group.docs) split.set(id, side);
	});

	// 2. The strategy set and single documents, stratified by well_regarded.
	const inSet = new Map();
	for (const set of manifest.strategy_sets ?? []) for (const id of set.docs) inSet.set(id, set);
	const units = [];
	for (const set of manifest.strategy_sets ?? []) {
		const members = docs.filter((d) => set.docs.includes(d.id));
		units.push({ id: `set:${set.id}`, docs: set.docs, wr: members.some((d) => d.well_regarded) });
	}
	for (const d of docs) {
		if (d.group || inSet.has(d.id)) continue;
		units.push({ id: d.id, docs: [d.id], wr: d.well_regarded });
	}
	for (const wr of [true, false]) {
		const stratum = shuffle(units.filter((u) => u.wr === wr).sort(byId), random);
		const holdout = Math.round(stratum.length * HOLDOUT_SHARE);
		stratum.forEach((unit, i) => {
			for (const id of unit.docs) split.set(id, i < holdout ? 'holdout' : 'tuning');
		});
	}

	// 3. Sentence-labelled documents.
	const sentences = new Map(docs.map((d) => [d.id, estimateSentences(readDoc(d.path))]));
	const labelled = new Set();
	for (const side of ['tuning', 'holdout']) {
		const candidates = shuffle(
			docs.filter((d) => {
				const n = sentences.get(d.id);
				return split.get(d.id) === side && n >= SENTENCE_RANGE[0] && n <= SENTENCE_RANGE[1];
			}),
			random
		);
		const chosen = [];
		const perProject = new Map();
		const take = (d) => {
			if (chosen.includes(d) || chosen.length >= LABELLED[side]) return;
			if ((perProject.get(d.project) ?? 0) >= PER_PROJECT_CAP[side]) return;
			chosen.push(d);
			perProject.set(d.project, (perProject.get(d.project) ?? 0) + 1);
		};
		for (const kind of KINDS) {
			const first = candidates.find((d) => d.kind === kind);
			if (first) take(first);
		}
		for (const d of candidates) take(d);
		if (chosen.length < LABELLED[side]) {
			throw new Error(
				`only ${chosen.length} sentence-label candidates in ${side}, need ${LABELLED[side]}`
			);
		}
		for (const d of chosen) labelled.add(d.id);
	}

	// 4. Checks on the holdout.
	const holdout = docs.filter((d) => split.get(d.id) === 'holdout');
	const holdoutWr = holdout.filter((d) => d.well_regarded).length;
	const holdoutLabelled = holdout.filter((d) => labelled.has(d.id)).length;
	if (holdoutWr < 4) throw new Error(`holdout has ${holdoutWr} well-regarded documents, need 4`);
	if (holdoutLabelled < 6) throw new Error(`holdout has ${holdoutLabelled} labelled documents`);

	return {
		...manifest,
		seed: SEED,
		documents: manifest.documents.map((d) => ({
			...d,
			split: split.get(d.id),
			sentence_labelled: labelled.has(d.id),
			estimated_sentences: sentences.get(d.id)
		})),
		groups: manifest.groups.map((g) => ({ ...g, split: split.get(g.docs[0]) })),
		strategy_sets: (manifest.strategy_sets ?? []).map((s) => ({
			...s,
			split: split.get(s.docs[0])
		}))
	};
}

function unsplit(manifest) {
	return {
		...manifest,
		documents: manifest.documents.map((d) => {
			const { estimated_sentences: _n, ...rest } = d;
			return { ...rest, split: null, sentence_labelled: false };
		}),
		groups: manifest.groups.map((g) => ({ ...g, split: null })),
		strategy_sets: (manifest.strategy_sets ?? []).map((s) => ({ ...s, split: null }))
	};
}

function main() {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const readDoc = (path) => readFileSync(join(here, path), 'utf8');
	const already = manifest.documents.some((d) => d.split !== null && d.split !== undefined);
	if (process.argv.includes('--verify')) {
		const again = draw(unsplit(manifest), readDoc);
		const same = JSON.stringify(again) === JSON.stringify(manifest);
		console.log(same ? 'split matches the seeded draw' : 'split DIFFERS from the seeded draw');
		process.exit(same ? 0 : 1);
	}
	if (already) {
		console.error('manifest.json already has a split; it is drawn once. Use --verify to check it.');
		process.exit(1);
	}
	const result = draw(manifest, readDoc);
	writeFileSync(manifestPath, JSON.stringify(result, null, '\t') + '\n');
	for (const side of ['tuning', 'holdout']) {
		const docs = result.documents.filter((d) => d.split === side);
		console.log(
			`${side}: ${docs.length} docs, ${docs.filter((d) => d.sentence_labelled).length} sentence-labelled, ` +
				`${docs.filter((d) => d.well_regarded).length} well regarded`
		);
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
