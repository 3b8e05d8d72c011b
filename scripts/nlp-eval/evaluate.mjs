#!/usr/bin/env node
// Evaluate wink-nlp (+ wink-eng-lite-web-model), compromise and en-pos against the engine's
// hand-written rules on four structural questions (docs/nlp-evaluation.md).
//
//   node scripts/nlp-eval/evaluate.mjs            accuracy table + speed table
//   node scripts/nlp-eval/evaluate.mjs --details  …and every item a library or the engine gets wrong
//
// The libraries are loaded from /tmp/nlp-eval (or $NLP_EVAL_DIR) with createRequire, NOT from
// the app's node_modules: install them there first (see common.mjs). Gold labels:
// scripts/nlp-eval/gold.json (tuning documents only). The engine runs from source (bundled by
// esbuild into .out/nlp-eval-engine.mjs with a few private helpers exported).
import fs from 'node:fs';
import path from 'node:path';
import { loadEngine, loadLibraries, root, tuningSentences } from './common.mjs';
import { compromiseTagger, enPosTagger, winkTagger } from './taggers.mjs';
import * as R from './rules.mjs';

const details = process.argv.includes('--details');
const gold = JSON.parse(fs.readFileSync(path.join(root, 'scripts/nlp-eval/gold.json'), 'utf8'));
const engine = await loadEngine();
const libs = loadLibraries();
const taggers = {
	'wink-nlp': winkTagger(libs.wink),
	compromise: compromiseTagger(libs.compromise),
	'en-pos': enPosTagger(libs.enPos)
};

// ---- the engine's answers -------------------------------------------------------------------
const POSITIVE = {
	may: 'epistemic',
	ing: 'progressive',
	subject: 'agent',
	imperative: 'imperative'
};
const engineAnswer = {
	// A `may` the hedge finder returns at this offset is epistemic.
	may: (s, at) => engine.findHedges(s).some((h) => h.start === at && /^may$/i.test(h.text)),
	// The hedge rule's test for a progressive `exploring`/`considering`, applied to any -ing word.
	ing: (s, at) => engine.PROGRESSIVE_BEFORE.test(s.slice(0, at)),
	// `will`: the policy rule's willByAgent; other modal/effort verbs: the hedge rule's authorsEffort.
	subject: (s, at) =>
		/^will$/i.test(s.slice(at, at + 4)) ? engine.willByAgent(s, at) : engine.authorsEffort(s, at),
	// The policy rule's imperative test (first word in IMPERATIVE, not a noun use, clear or with
	// an object after it), after its question check.
	imperative: (s) => {
		if (/\?\s*$/.test(s)) return false;
		const w = engine.firstWords(s, 3);
		if (w.length < 2) return false;
		return (
			engine.IMPERATIVE.has(w[0]) &&
			!engine.NOUN_USE.has(w[1]) &&
			(engine.CLEAR_IMPERATIVE.has(w[0]) || engine.OBJECT_START.test(w[1]))
		);
	}
};
const libAnswer = {
	may: (tokens, s, at) => R.mayEpistemic(tokens, at),
	ing: (tokens, s, at) => R.ingProgressive(tokens, at),
	'ing (verb tag only)': (tokens, s, at) => R.ingVerbTag(tokens, at),
	subject: (tokens, s, at) => R.subjectAgent(tokens, at),
	imperative: (tokens, s) => R.imperative(tokens, s)
};

// ---- accuracy -------------------------------------------------------------------------------
function score(items, answer) {
	let right = 0;
	let tp = 0;
	let fp = 0;
	let fn = 0;
	const wrong = [];
	for (const it of items) {
		const want = it.label === POSITIVE[it.question];
		const got = answer(it);
		if (got === want) right++;
		else wrong.push(it);
		if (got && want) tp++;
		if (got && !want) fp++;
		if (!got && want) fn++;
	}
	return {
		n: items.length,
		acc: right / items.length,
		p: tp + fp ? tp / (tp + fp) : NaN,
		r: tp + fn ? tp / (tp + fn) : NaN,
		wrong
	};
}
const f2 = (x) => (Number.isNaN(x) ? '–' : x.toFixed(2));
const cell = (s) => `${f2(s.acc)} (P ${f2(s.p)} R ${f2(s.r)})`;

const tagCache = new Map();
const tagsOf = (name, s) => {
	const key = `${name}\u0000${s}`;
	if (!tagCache.has(key)) tagCache.set(key, taggers[name](s));
	return tagCache.get(key);
};

const rows = [];
const wrongs = [];
for (const q of ['may', 'ing', 'ing (verb tag only)', 'subject', 'imperative']) {
	const base = q.split(' ')[0];
	const items = gold.items.filter((i) => i.question === base);
	const row = [q, String(items.length)];
	if (q === base) {
		const e = score(items, (it) => engineAnswer[base](it.sentence, it.at));
		row.push(cell(e));
		wrongs.push(['engine', q, e.wrong]);
	} else row.push('');
	for (const name of Object.keys(taggers)) {
		const s = score(items, (it) => libAnswer[q](tagsOf(name, it.sentence), it.sentence, it.at));
		row.push(cell(s));
		wrongs.push([name, q, s.wrong]);
	}
	rows.push(row);
}
const head = ['question', 'n', 'engine (rules)', ...Object.keys(taggers)];
console.log('\nAccuracy on the gold set (positive class: P = precision, R = recall)\n');
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
if (details)
	for (const [who, q, list] of wrongs) {
		if (!list.length) continue;
		console.log(`\n${who} · ${q}: ${list.length} wrong`);
		for (const it of list)
			console.log(`  [${it.label}] ${it.target}@${it.at}: ${it.sentence.slice(0, 150)}`);
	}

// ---- cost -----------------------------------------------------------------------------------
const sentences = tuningSentences(engine).map((s) => s.text);
const words = sentences.reduce((n, s) => n + s.split(/\s+/).filter(Boolean).length, 0);
// The cheap pass that would pick candidates for a library (any of the four questions).
const CANDIDATE =
	/\b(?:may|will|could|try|tries|trying|attempts?|aims?|hopes?|exploring|considering)\b|\b(?:am|is|are|was|were|be|been|being|['’]re|['’]m)\s+(?:\w+ly\s+|not\s+)?\w+ing\b/i;
const candidates = sentences.filter((s) => CANDIDATE.test(s));
const candidateWords = candidates.reduce((n, s) => n + s.split(/\s+/).filter(Boolean).length, 0);

function timePer(fn, list) {
	for (const s of list) fn(s); // warm
	const times = [];
	for (const s of list) {
		const t0 = performance.now();
		fn(s);
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	const total = times.reduce((a, b) => a + b, 0);
	return { median: times[Math.floor(times.length / 2)], total };
}
const costRows = [];
const engineFn = (s) => {
	engine.findHedges(s);
	engine.classifyPolicy(s);
};
const e = timePer(engineFn, sentences);
costRows.push([
	'engine: findHedges + classifyPolicy',
	'–',
	e.median,
	e.total,
	timePer(engineFn, candidates).total
]);
for (const name of Object.keys(taggers)) {
	const t = timePer(taggers[name], sentences);
	const c = timePer(taggers[name], candidates);
	const load = {
		'wink-nlp': libs.loadMs.wink,
		compromise: libs.loadMs.compromise,
		'en-pos': libs.loadMs.enPos
	}[name];
	costRows.push([name, load, t.median, t.total, c.total]);
}
console.log(
	`\nCost on the tuning corpus: ${sentences.length} prose sentences, ${words} words; the cheap pass marks ${candidates.length} candidates (${candidateWords} words, ${((100 * candidateWords) / words).toFixed(0)}% of the words)\n`
);
console.log(
	'| approach | load + init (ms) | median ms / sentence (warm) | all sentences: ms per 1,000 words | candidates only: ms per 1,000 words |'
);
console.log('|---|---|---|---|---|');
const ms = (x) => (typeof x === 'number' ? x.toFixed(x < 1 ? 3 : 1) : x);
for (const [name, load, median, total, cand] of costRows)
	console.log(
		`| ${name} | ${ms(load)} | ${ms(median)} | ${ms((1000 * total) / words)} | ${ms((1000 * cand) / words)} |`
	);

// Per question: only the sentences its own cheap pass marks.
const PASSES = {
	may: /\bmay\b/i,
	ing: /\b(?:exploring|considering)\b/i,
	subject: /\b(?:will|could|try|tries|trying|attempts?|aims?|hopes?)\b/i,
	imperative: /^\W*[A-Za-z]/
};
console.log(
	'\nPer question, library run only on its candidates (ms per 1,000 words of the whole corpus)\n'
);
console.log(
	`| question | candidate sentences | ${Object.keys(taggers).join(' | ')} |\n|---|---|${Object.keys(
		taggers
	)
		.map(() => '---')
		.join('|')}|`
);
for (const [q, re] of Object.entries(PASSES)) {
	const list = sentences.filter((s) => re.test(s));
	const cells = Object.keys(taggers).map((n) =>
		ms((1000 * timePer(taggers[n], list).total) / words)
	);
	console.log(`| ${q} | ${list.length} | ${cells.join(' | ')} |`);
}
