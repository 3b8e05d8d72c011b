#!/usr/bin/env node
// Benchmark of the checker, run by `npm run bench` after `node scripts/build-engine.mjs`.
// Measures, with median and p10–p90 spread, against the budgets in DESIGN.md:
//   check of a 1,000-word vision (new text each run)     median ≤ 2 ms
//   re-check after a one-character edit (block cache)    median ≤ 0.5 ms
//   check of a 100,000-word document (new text each run) ≤ 150 ms
// Inputs are generated from varied sentence templates with a seeded generator, so no two
// paragraphs are alike and the block cache is not trivially hot.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rng } from './rng.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const engine = await import(pathToFileURL(path.join(root, 'dist/analysis.js')).href);
const { createChecker } = engine;

const SYSTEMS = [
	'the routing service',
	'`tile-cache`',
	'the booking API',
	'Cassandra',
	'the ingest pipeline',
	'PostgreSQL 16',
	'the billing ledger',
	'`geo-index`',
	'the mobile gateway',
	'Kafka',
	'the search cluster',
	'the dispatch queue'
];
const TEAMS = [
	'the Routing team',
	'Platform',
	'the Growth squad',
	'Data Infrastructure',
	'Mobile',
	'the Payments group',
	'Site Reliability',
	'Search'
];
const USERS = [
	'drivers',
	'riders',
	'restaurant partners',
	'support agents',
	'fleet operators',
	'new customers',
	'enterprise accounts',
	'courier partners'
];
const METRICS = [
	'p99 latency',
	'weekly active users',
	'cost per trip',
	'failed deploys',
	'support tickets',
	'on-call pages',
	'checkout conversion',
	'time to first order'
];
const VERBS = [
	'moves to',
	'replaces',
	'absorbs',
	'retires',
	'splits',
	'takes over',
	'shrinks',
	'consolidates'
];
const HEDGES = ['', '', '', ' where possible', ' if it makes sense', ''];
const REASONS = ['because', 'so that', 'since', 'which lets'];
const GENERIC = [
	'We will leverage our platform to deliver seamless experiences.',
	'Engineering excellence will be part of everything we do.',
	'Teams will be empowered to move fast with confidence.',
	'Our systems will be robust and highly scalable.'
];

function sentence(r, i) {
	const pick = (a) => a[Math.floor(r() * a.length)];
	const n = 2 + Math.floor(r() * 900);
	const year = 2026 + Math.floor(r() * 3);
	switch (i % 7) {
		case 0:
			return `By the end of ${year}, ${pick(METRICS)} for ${pick(USERS)} falls from ${n + 40} to ${n} a month.`;
		case 1:
			return `${cap(pick(SYSTEMS))} ${pick(VERBS)} ${pick(SYSTEMS)}${pick(HEDGES)}, ${pick(REASONS)} ${pick(TEAMS)} spends ${n % 40} fewer hours a week on it.`;
		case 2:
			return `${cap(pick(TEAMS))} owns ${pick(SYSTEMS)} and answers for its ${pick(METRICS)}, which ${n % 2 ? 'keeps' : 'lets'} ${pick(USERS)} see one number.`;
		case 3:
			return `We will not build a second ${pick(['queue', 'datastore', 'gateway', 'scheduler'])} for ${pick(USERS)} before Q${1 + (n % 4)} ${year}.`;
		case 4:
			return r() < 0.15
				? pick(GENERIC)
				: `${cap(pick(USERS))} can ${pick(['book', 'track', 'cancel', 'refund', 'reroute'])} an order in under ${(n % 30) + 2} seconds on ${pick(SYSTEMS)}.`;
		case 5:
			return `Every release of ${pick(SYSTEMS)} goes through ${pick(TEAMS)} review within ${(n % 14) + 1} days.`;
		default:
			return `This costs ${pick(TEAMS)} about ${(n % 9) + 1} engineers for ${(n % 3) + 2} quarters, and we accept that.`;
	}
}

function cap(s) {
	return s[0] === '`' ? s : s[0].toUpperCase() + s.slice(1);
}

/** A Markdown document of about `words` words: headings, paragraphs and list items. */
function makeDoc(words, seed) {
	const r = rng(seed);
	const out = [
		`# Fleet engineering in ${2027 + (seed % 2)}`,
		'',
		`Written in July 2025. This vision looks out to the end of 2027, two and a half years from now, for ${USERS[seed % USERS.length]} and the business.`,
		''
	];
	let count = 30;
	let i = 0;
	let para = 0;
	while (count < words) {
		if (para % 4 === 0)
			out.push(
				`## ${cap(METRICS[para % METRICS.length])} for ${USERS[(para + seed) % USERS.length]}, part ${para / 4 + 1}`,
				''
			);
		const len = 2 + Math.floor(r() * 4);
		const sentences = [];
		for (let k = 0; k < len; k++) sentences.push(sentence(r, i++));
		const text = sentences.join(' ');
		if (para % 5 === 3) out.push(...sentences.map((s) => `- ${s}`), '');
		else out.push(text, '');
		count += text.split(/\s+/).length;
		para++;
	}
	return out.join('\n');
}

function stats(samples) {
	const s = [...samples].sort((a, b) => a - b);
	const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
	return { median: q(0.5), p10: q(0.1), p90: q(0.9) };
}

// Wall time per run, plus CPU time (user + system, all threads): on a shared machine the
// CPU figure shows what the engine costs when the wall clock includes waiting for a core.
const cpuTimes = new Map();
function time(fn, runs) {
	const out = [];
	const cpu = [];
	for (let i = 0; i < runs; i++) {
		const c = process.cpuUsage();
		const t = performance.now();
		fn(i);
		out.push(performance.now() - t);
		const d = process.cpuUsage(c);
		cpu.push((d.user + d.system) / 1000);
	}
	cpuTimes.set(out, cpu);
	return out;
}

const opts = { kind: 'vision', today: '2025-07-01' };
const vision = makeDoc(1000, 7);
const visionWords = createChecker().check(vision, opts).words;
const big = makeDoc(100_000, 11);
const bigWords = createChecker().check(big, opts).words;

// Warm up the JIT on unrelated documents so the first measured run is not the first call.
for (let k = 0; k < 30; k++) createChecker().check(makeDoc(1000, 100 + k), opts);

// Every measured run checks a document the engine has not seen (generated before the clock
// starts): module-level memo caches (stems, sentences, reasons) are cold for it, as for text
// an author has just written. A cache hit is not a speed.
const visions = Array.from({ length: 200 }, (_, k) => makeDoc(1000, 1000 + k));
const cold = time((i) => createChecker().check(visions[i], opts), visions.length);

// One-character edits at a different place each run: one block changes, the rest hit the cache.
const warm = createChecker();
warm.check(vision, opts);
const letters = [...vision.matchAll(/[a-z]/g)].map((m) => m.index);
let current = vision;
const edits = time((i) => {
	const at = letters[(i * 7919) % letters.length];
	const ch = current[at] === 'e' ? 'a' : 'e';
	current = current.slice(0, at) + ch + current.slice(at + 1);
	warm.check(current, opts);
}, 500);
const analysedPerEdit = warm.lastAnalysed;

const bigs = Array.from({ length: 8 }, (_, k) => makeDoc(100_000, 2000 + k));
const bigRuns = time((i) => createChecker().check(bigs[i], opts), bigs.length);

const ms = (x) => `${x.toFixed(3)} ms`;
function line(name, samples, budget, statName = 'median') {
	const s = stats(samples);
	const v = s[statName];
	const ok = v <= budget;
	const cpu = stats(cpuTimes.get(samples) ?? []).median;
	console.log(
		`${name.padEnd(46)} median ${ms(s.median).padStart(11)}  p10–p90 ${ms(s.p10)}–${ms(s.p90)}  cpu median ${ms(cpu)}  budget ${statName} ≤ ${budget} ms  ${ok ? 'OK' : 'OVER'}`
	);
	return ok;
}
console.log(
	`check bench (node ${process.version}, ${os.cpus().length} cores, load average ${os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')}; ${visionWords}-word vision, ${bigWords}-word document)`
);
// A benchmark reports; it does not fail (DESIGN.md: "a benchmark, never a timed test"), so
// `npm run bench` goes on to the extract bench whatever the figures on a busy machine.
line(`check, ~${visionWords}-word vision (new text each run)`, cold, 2);
line(`re-check after one-char edit (${analysedPerEdit} block re-analysed)`, edits, 0.5);
line(`check, ~${bigWords}-word document (new text each run)`, bigRuns, 150);
