#!/usr/bin/env node
// `npm run eval`: measured figures per rule and per corpus, so a change shows at once whether it
// helped. A report, never a test: it exits 0 whatever the figures (1 only when it cannot run).
//
//   npm run eval                     real tuning set + the synthetic sets
//   npm run eval -- --seen           …and holdouts 1–9 (each measured once, 2026-12-02 or -03, now
//                                    seen: tuning data)
//   npm run eval -- --holdout        …and a blind holdout not yet measured, if one is waiting
//                                    (add it to LATER_HOLDOUTS; measure it once)
//   npm run eval -- --details        …and list each wrong sentence call on tuning and seen sets
//   npm run eval -- --corpus DIR     read the corpus from DIR instead of src/lib/analysis/corpus
//   npm run eval -- --misses SPLIT   list each wrong sentence call on one split only (tuning,
//                                    holdout, holdout2…): keeps a held-out split's sentences unread
//   npm run eval -- --only A,B       measure only these real-document splits (no synthetic sets,
//                                    no weave): a quick loop while tuning
//   npm run eval -- --causes         …and list each rationale false negative on the printed splits
//                                    with its likely cause (policy not found, a reason seen in the
//                                    sentence or a neighbour and its cue, not judged), and a tally
//
// The checker and extract run from the built engine (dist/analysis.js; `npm run eval` builds it
// first). The matching helpers (src/lib/analysis/eval/match.ts), the classifiers (for the
// classifier-level rows) and the in-repo labelled sets are bundled from source into .out/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
for (const a of args)
	if (
		a.startsWith('--') &&
		!['--holdout', '--seen', '--details', '--corpus', '--misses', '--only', '--causes'].includes(a)
	) {
		console.error(
			`eval: unknown option ${a} (known: --holdout, --seen, --details, --corpus DIR, --misses SPLIT, --only A,B, --causes)`
		);
		process.exit(1);
	}
const missesOf = option('--misses');
const only = option('--only')?.split(',');
const corpusDir = path.resolve(option('--corpus') ?? path.join(root, 'src/lib/analysis/corpus'));
// The shared samples sit beside the project (../shared), or beside the worktrees' folder.
const samplesDir =
	['../shared', '../../shared']
		.map((p) => path.resolve(root, p, 'samples/ledgerline'))
		.find((p) => fs.existsSync(p)) ?? path.resolve(root, '../shared/samples/ledgerline');

const engineFile = path.join(root, 'dist/analysis.js');
if (!fs.existsSync(engineFile)) {
	console.error('eval: dist/analysis.js not found; run `node scripts/build-engine.mjs` first');
	process.exit(1);
}
const engine = await import(pathToFileURL(engineFile).href);
const helpersFile = path.join(root, '.out/eval.mjs');
await build({
	entryPoints: [path.join(root, 'src/lib/analysis/eval/index.ts')],
	outfile: helpersFile,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: ['node20'],
	mainFields: ['module', 'main'],
	logLevel: 'warning'
});
const E = await import(pathToFileURL(helpersFile).href + `?t=${Date.now()}`);

// ---------------------------------------------------------------------------------------------
// Output helpers

const f2 = (x) => (x === null || x === undefined || Number.isNaN(x) ? '   –' : x.toFixed(2));
const out = (s = '') => console.log(s);
function table(head, rows) {
	const cells = [head, ...rows].map((r) => r.map((c) => String(c)));
	const width = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
	const line = (r) =>
		r
			.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i])))
			.join('  ')
			.trimEnd();
	out('  ' + line(cells[0]));
	out('  ' + width.map((w) => '-'.repeat(w)).join('  '));
	for (const r of cells.slice(1)) out('  ' + line(r));
}
const heading = (s) => out(`\n${s}\n${'='.repeat(s.length)}`);
const sub = (s) => out(`\n${s}`);
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const notIssue = (f) => f.severity !== 'info';
const per1000 = (n, words) => (words ? (1000 * n) / words : 0);
const SENTENCE_RULES = ['hedge', 'rationale', 'specificity'];

// ---------------------------------------------------------------------------------------------
// The real-document corpus

// Holdouts after the first, each in labels/<name>/ (labels.json + manifest-part.json).
const LATER_HOLDOUTS = [
	'holdout2',
	'holdout3',
	'holdout4',
	'holdout5',
	'holdout6',
	'holdout7',
	'holdout8',
	'holdout9',
	'holdout10',
	'holdout11',
	'holdout12',
	'holdout13'
];
// Holdouts measured once (2026-12-02) and seen since: `--seen` prints them, `--holdout` skips them.
const SEEN_HOLDOUTS = [
	'holdout',
	'holdout2',
	'holdout3',
	'holdout4',
	'holdout5',
	'holdout6',
	'holdout7',
	'holdout8',
	'holdout9',
	'holdout10',
	'holdout11',
	'holdout12'
];

function loadCorpus() {
	const manifestFile = path.join(corpusDir, 'manifest.json');
	if (!fs.existsSync(manifestFile)) return null;
	const manifest = readJson(manifestFile);
	// Later holdouts keep their own manifest part beside their labels, so the seeded split of
	// manifest.json (split.mjs --verify) stays as it was drawn.
	for (const later of LATER_HOLDOUTS) {
		const partFile = path.join(corpusDir, `labels/${later}/manifest-part.json`);
		if (!fs.existsSync(partFile)) continue;
		const part = readJson(partFile);
		manifest.documents = [...manifest.documents, ...(part.documents ?? [])];
		manifest.groups = [...(manifest.groups ?? []), ...(part.groups ?? [])];
	}
	const byId = new Map(manifest.documents.map((d) => [d.id, d]));
	const text = (id) => {
		const d = byId.get(id);
		if (!d) throw new Error(`labels name document ${id}, which the manifest does not list`);
		return fs.readFileSync(path.join(corpusDir, d.path), 'utf8');
	};
	return { manifest, byId, text };
}

// `today` for the horizon rule: the document's own date when the manifest gives one.
function todayOf(doc) {
	for (const v of [doc.today, doc.date, doc.commit])
		if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
	return undefined;
}

function checkDoc(corpus, id) {
	const doc = corpus.byId.get(id);
	const markdown = corpus.text(id);
	const today = todayOf(doc);
	const report = engine.check(markdown, { kind: doc.kind, ...(today ? { today } : {}) });
	return { doc, markdown, report };
}

function evalSplit(corpus, split, { details }) {
	const labelFile = path.join(
		corpusDir,
		'labels',
		LATER_HOLDOUTS.includes(split) ? `${split}/labels.json` : `${split}.json`
	);
	const docsInSplit = corpus.manifest.documents.filter((d) => d.split === split);
	out(
		`${docsInSplit.length} documents in the manifest's ${split} split, ${
			(corpus.manifest.groups ?? []).filter((g) => g.split === split).length
		} groups`
	);
	if (!fs.existsSync(labelFile)) {
		out(`no labels yet (${path.relative(root, labelFile)} does not exist)`);
		return;
	}
	const labels = readJson(labelFile);
	if (labels.labeller) out(`labeller: ${labels.labeller}`);
	sentenceFigures(corpus, labels, { details });
	documentFigures(corpus, labels, docsInSplit);
	extractFigures(corpus, labels, split);
}

function sentenceFigures(corpus, labels, { details }) {
	const sentences = labels.sentences ?? {};
	const ids = Object.keys(sentences);
	sub(`Sentence rules (${ids.length} documents labelled sentence by sentence)`);
	if (!ids.length) {
		out('  no sentence labels yet');
		return;
	}
	// Per rule, and per rule and document kind ("rationale in design docs" is its own question).
	const totals = {};
	const tally = (key) =>
		(totals[key] ??= {
			tp: 0,
			fp: 0,
			fn: 0,
			found: 0,
			onTemplate: 0,
			flagged: 0,
			block: 0,
			none: 0
		});
	const classifier = { policy: [], specific: [] };
	let labelled = 0;
	let missing = 0;
	let templates = 0;
	const wrong = [];
	const causes = [];
	for (const id of ids) {
		const { doc, markdown, report } = checkDoc(corpus, id);
		const list = sentences[id];
		const spans = E.locateQuotes(
			markdown,
			list.map((s) => s.quote)
		);
		missing += spans.filter((s) => !s).length;
		labelled += list.length;
		templates += list.filter((s) => s.template).length;
		const starts = E.lineStarts(markdown);
		for (const rule of SENTENCE_RULES) {
			const flagged = new Set();
			for (const f of report.findings.filter((x) => x.rule === rule && notIssue(x))) {
				const l = E.landingOf(f, starts, spans);
				if (l.on === 'sentence') flagged.add(l.index);
				else for (const key of [rule, `${rule}/${doc.kind}`]) tally(key)[l.on]++;
			}
			const s = E.scoreSentenceRule(rule, list, flagged);
			for (const key of [rule, `${rule}/${doc.kind}`]) {
				for (const k of ['tp', 'fp', 'fn', 'found', 'onTemplate']) tally(key)[k] += s[k];
				tally(key).flagged += flagged.size;
			}
			// The same rationale figures when a reason given only in a separate Context or
			// Motivation section (label `rationale_in_section`) counts as a reason, as the rule
			// reads a decision record (issue 8: the Decision answers its Context).
			if (rule === 'rationale') {
				const inSection = list.map((x) =>
					x.rationale_in_section === true && x.has_rationale === false
						? { ...x, has_rationale: true }
						: x
				);
				const t = E.scoreSentenceRule(rule, inSection, flagged);
				for (const key of ['rationale§', `rationale§/${doc.kind}`]) {
					for (const k of ['tp', 'fp', 'fn', 'found', 'onTemplate']) tally(key)[k] += t[k];
					tally(key).flagged += flagged.size;
				}
			}
			if (rule === 'rationale' && flag('--causes') && !held(labels))
				list.forEach((x, i) => {
					if (flagged.has(i) || x.template || !spans[i] || !(x.policy && x.has_rationale === false))
						return;
					const line = E.lineStarts(markdown.slice(0, spans[i].start)).length;
					const cause = rationaleMissCause(markdown, doc.kind, list, spans, i);
					causes.push({ cause, text: `${id}:${line} ${x.quote}` });
				});
			if (rule === 'specificity' && flag('--causes') && !held(labels))
				list.forEach((x, i) => {
					if (flagged.has(i) || x.template || !spans[i] || !(x.policy && x.specific === false))
						return;
					const line = E.lineStarts(markdown.slice(0, spans[i].start)).length;
					const cause = specificityMissCause(markdown, doc.kind, list, spans, i);
					causes.push({ cause, text: `${id}:${line} ${x.quote}` });
				});
			if (details) {
				const def = E.SENTENCE_RULES[rule];
				const over = def.recallOver ?? def.truth;
				list.forEach((x, i) => {
					const line = spans[i] ? E.lineStarts(markdown.slice(0, spans[i].start)).length : '?';
					if (flagged.has(i) && (x.template || !def.truth(x)))
						wrong.push(`${rule} FP ${id}:${line} ${x.template ? '[template] ' : ''}${x.quote}`);
					else if (!flagged.has(i) && !x.template && over(x))
						wrong.push(`${rule} FN ${id}:${line} ${x.quote}`);
				});
			}
		}
		list.forEach((s, i) => {
			if (s.template || !spans[i]) return;
			const text = E.plainText(s.quote);
			const headings = E.headingsAt(markdown, spans[i].start);
			const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(
				markdown.slice(markdown.lastIndexOf('\n', spans[i].start) + 1, spans[i].start + 4)
			);
			const policy = E.classifyPolicy(text, { kind: doc.kind, headings, listItem }).policy;
			classifier.policy.push({ p: policy, y: s.policy === true });
			if (details && policy !== (s.policy === true)) {
				const line = E.lineStarts(markdown.slice(0, spans[i].start)).length;
				// The section as the classifier read it: kind, role of the headings, list item, the
				// deepest heading.
				const where = `[${doc.kind} ${E.sectionRole(headings, doc.kind)}${listItem ? ' item' : ''}${headings.length ? ` § ${headings.join(' > ')}` : ''}]`;
				wrong.push(`policy-classifier ${policy ? 'FP' : 'FN'} ${id}:${line} ${where} ${s.quote}`);
			}
			classifier.specific.push({
				p: E.isSpecific(text, s.quote.includes('`') ? s.quote : undefined),
				y: s.specific === true
			});
		});
	}
	out(
		`  ${labelled} sentences, ${templates} labelled template${missing ? `, ${missing} quotes not found in their file (left out)` : ''}`
	);
	table(
		[
			'rule',
			'flagged',
			'tp',
			'fp',
			'fn (missed)',
			'precision',
			'recall',
			'on template',
			'not on a sentence'
		],
		[...SENTENCE_RULES.slice(0, 2), 'rationale§', ...SENTENCE_RULES.slice(2)]
			.flatMap((r) => [
				r,
				...['design', 'strategy', 'vision'].map((k) => `${r}/${k}`).filter((key) => totals[key])
			])
			.map((key) => {
				const t = tally(key);
				const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : null;
				const recall = t.found + t.fn ? t.found / (t.found + t.fn) : null;
				return [
					key.includes('/') ? `  in ${key.split('/')[1]} docs` : key,
					t.flagged,
					t.tp,
					t.fp,
					t.fn,
					f2(precision),
					f2(recall),
					t.onTemplate,
					`${t.block} block, ${t.none} elsewhere`
				];
			})
	);
	for (const r of SENTENCE_RULES) out(`  ${r}: ${E.SENTENCE_RULES[r].definition}`);
	out(
		'  rationale§: the same, with a reason given only in a separate Context/Motivation section (label rationale_in_section) counted as a reason'
	);
	out(
		'  A sentence counts as flagged when a warning or error of the rule starts in it (source line/column vs the quote in the file);'
	);
	out(
		'  findings on template sentences are false positives (also counted in "on template"); "block" findings span two or more sentences.'
	);
	sub('Classifiers (source, not the built engine), on non-template sentences');
	table(
		['classifier', 'tp', 'fp', 'fn', 'precision', 'recall'],
		Object.entries(classifier).map(([name, xs]) => {
			const s = E.prOver(
				xs,
				(x) => x.p,
				(x) => x.y
			);
			return [name, s.tp, s.fp, s.fn, f2(s.precision), f2(s.recall)];
		})
	);
	if (causes.length) {
		sub(
			`Rationale and specificity false negatives by likely cause (${causes.length}; from the source classifiers)`
		);
		const tally = new Map();
		for (const c of causes) {
			const head = c.cause.replace(/\s*[(«].*$/, '');
			tally.set(head, (tally.get(head) ?? 0) + 1);
		}
		table(
			['cause', 'n'],
			[...tally].sort((a, b) => b[1] - a[1])
		);
		for (const c of causes.sort((a, b) => a.cause.localeCompare(b.cause)))
			out(`  [${c.cause}] ${c.text.replace(/\s+/g, ' ').slice(0, 200)}`);
	}
	if (details && wrong.length) {
		sub(`Wrong sentence calls (${wrong.length})`);
		for (const w of wrong) out('  ' + w.replace(/\s+/g, ' ').slice(0, 220));
	}
}

// Whether labels belong to a blind holdout not yet measured (never listed sentence by sentence).
function held(labels) {
	return !!labels.split && !SEEN_HOLDOUTS.includes(labels.split) && labels.split !== 'tuning';
}

/**
 * Why the rationale rule likely missed a labelled unreasoned policy, read from the source
 * classifiers the rule uses (an approximation of the rule's own reading: the engine splits
 * sentences and blocks itself): the policy classifier's call, the section and strength the rule
 * judges by, the reason it sees in the sentence or in a neighbour of the same paragraph.
 */
function rationaleMissCause(markdown, kind, list, spans, i) {
	const at = spans[i].start;
	const text = E.plainText(list[i].quote);
	const headings = E.headingsAt(markdown, at);
	const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(
		markdown.slice(markdown.lastIndexOf('\n', at) + 1, at + 4)
	);
	const p = E.classifyPolicy(text, { kind, headings, listItem });
	if (!p.policy) return 'policy not found';
	const role = E.sectionRole(headings, kind);
	if (role === 'context') return `not judged: context section (${headings.at(-1) ?? ''})`;
	if (kind === 'vision' && p.strength !== 'strong')
		return `not judged: weak in a vision (${p.via})`;
	if (
		kind === 'design' &&
		!(p.strength === 'strong' && (role === 'policy' || p.via === 'modal' || p.via === 'decision'))
	)
		return `not judged: design, not an explicit decision (${p.via}, ${p.strength})`;
	const own = E.findRationale(text);
	if (own) return `reason in sentence: ${own.marker} «${own.text}»`;
	// A neighbour counts only inside the same paragraph (no blank line between the two quotes).
	const sameBlock = (j) => {
		if (!spans[j]) return false;
		const [a, b] = j < i ? [spans[j], spans[i]] : [spans[i], spans[j]];
		return !/\n\s*\n|\n\s*(?:[-*+]|\d{1,9}[.)])\s/.test(markdown.slice(a.end, b.start));
	};
	if (i > 0 && sameBlock(i - 1)) {
		const prev = E.plainText(list[i - 1].quote);
		const r = E.findRationale(prev) ?? E.givesReasonFor(prev);
		if (r) return `reason in sentence before: ${r.marker} «${r.text}»`;
	}
	if (i + 1 < list.length && sameBlock(i + 1)) {
		const r = E.givesReasonFor(E.plainText(list[i + 1].quote));
		if (r) return `reason in sentence after: ${r.marker} «${r.text}»`;
	}
	if (kind === 'design' && role === 'policy')
		return `design decision answers a Context section (${headings.at(-1) ?? ''})`;
	return 'other: sub-item, lead-in, next paragraph, elaboration of a reasoned policy, or a split difference';
}

/**
 * Why the specificity rule likely missed a labelled generic policy, read from the source
 * classifiers the rule uses (an approximation: the engine splits sentences itself): an anchor
 * the classifier found (its kind and words), a section or length the rule skips, a policy it
 * did not find, or a policy it finds but does not count without a vague word.
 */
function specificityMissCause(markdown, kind, list, spans, i) {
	const at = spans[i].start;
	const quote = list[i].quote;
	const text = E.plainText(quote);
	const anchors = E.findAnchors(text, quote.includes('`') ? quote : undefined);
	if (anchors.length)
		return `spec anchor: ${anchors.map((a) => `${a.kind} «${a.text}»`).join(', ')}`;
	const headings = E.headingsAt(markdown, at);
	const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(
		markdown.slice(markdown.lastIndexOf('\n', at) + 1, at + 4)
	);
	const p = E.classifyPolicy(text, { kind, headings, listItem });
	const role = E.sectionRole(headings, kind);
	const markers = E.findGenericMarkers(text).map((g) => g.text);
	const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	const how = `${p.policy ? `${p.via} ${p.strength} «${p.cue}»` : 'no policy'}; markers ${markers.join('|') || '–'}`;
	if (role === 'context' && kind === 'design' && !p.policy)
		return `spec design context, no policy (${headings.at(-1) ?? ''}; ${how})`;
	if (words < 6) return `spec short (${words} words${listItem ? ', item' : ''}; ${how})`;
	if (!p.policy && !markers.length)
		return `spec no policy, no marker (${role}${listItem ? ' item' : ''})`;
	if (!p.policy) return `spec no policy, marker (${how})`;
	if (!markers.length) return `spec policy not counted (${kind} ${role}; ${how})`;
	return `spec other (${kind} ${role}; ${how})`;
}

function documentFigures(corpus, labels, docsInSplit) {
	const expected = labels.documents ?? {};
	const ids = [
		...new Set([
			...Object.keys(expected),
			...Object.keys(labels.sentences ?? {}),
			...docsInSplit.filter((d) => d.well_regarded).map((d) => d.id)
		])
	].filter((id) => corpus.byId.has(id));
	sub(
		`Documents (${ids.length}: every document with expectations or sentence labels, and every well-regarded one)`
	);
	if (!ids.length) {
		out('  no document expectations yet');
		return;
	}
	const agree = {};
	const rows = [];
	const wellRegarded = [];
	for (const id of ids) {
		const { doc, report } = checkDoc(corpus, id);
		const issues = report.findings.filter(notIssue);
		const flagged = new Set(issues.map((f) => f.rule));
		const errors = [
			...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule))
		];
		const e = expected[id];
		const missed = (e?.should_flag ?? []).filter((r) => !flagged.has(r));
		const extra = (e?.should_not_flag ?? []).filter((r) => flagged.has(r));
		for (const r of e?.should_flag ?? []) {
			agree[r] ??= { flagOk: 0, flagN: 0, notOk: 0, notN: 0 };
			agree[r].flagN++;
			if (flagged.has(r)) agree[r].flagOk++;
		}
		for (const r of e?.should_not_flag ?? []) {
			agree[r] ??= { flagOk: 0, flagN: 0, notOk: 0, notN: 0 };
			agree[r].notN++;
			if (!flagged.has(r)) agree[r].notOk++;
		}
		const density = per1000(issues.length, report.words);
		rows.push([
			id,
			doc.kind,
			report.words,
			issues.length,
			density.toFixed(1),
			errors.join(' ') || '–',
			!e ? 'no expectations' : missed.length ? 'missed ' + missed.join(' ') : 'ok',
			!e ? '' : extra.length ? 'flagged ' + extra.join(' ') : 'ok'
		]);
		if (doc.well_regarded) wellRegarded.push({ id, errors, density });
	}
	table(
		[
			'document',
			'kind',
			'words',
			'findings',
			'per 1k words',
			'errors',
			'should_flag',
			'should_not_flag'
		],
		rows
	);
	const rules = Object.keys(agree).sort();
	if (rules.length) {
		sub(
			'Agreement with document expectations, per rule (a rule "flags" a document with any warning or error)'
		);
		table(
			['rule', 'should_flag met', 'should_not_flag met'],
			rules.map((r) => [
				r,
				agree[r].flagN ? `${agree[r].flagOk}/${agree[r].flagN}` : '–',
				agree[r].notN ? `${agree[r].notOk}/${agree[r].notN}` : '–'
			])
		);
	}
	if (wellRegarded.length) {
		const pass = wellRegarded.filter((w) => !w.errors.length && w.density <= 8);
		sub(
			`Well-regarded documents: ${pass.length}/${wellRegarded.length} pass (no errors, at most 8 findings per 1,000 words)`
		);
		for (const w of wellRegarded) {
			const why = [
				w.errors.length ? `errors: ${w.errors.join(', ')}` : '',
				w.density > 8 ? `${w.density.toFixed(1)} findings per 1k words` : ''
			].filter(Boolean);
			out(
				`  ${why.length ? 'FAIL' : 'pass'}  ${w.id}${why.length ? '  (' + why.join('; ') + ')' : ''}`
			);
		}
	}
}

function extractFigures(corpus, labels, split) {
	const groups = (corpus.manifest.groups ?? []).filter((g) => g.split === split);
	const labelled = labels.groups ?? {};
	sub(`extract on the ${groups.length} groups of five related design docs`);
	if (!groups.length) {
		out('  no groups in this split');
		return;
	}
	const rows = [];
	const templateNotes = [];
	const tot = { top5: 0, top5Right: 0, found: 0, one: 0, labelled: 0, template: 0, ctp: 0, cfp: 0 };
	for (const g of groups) {
		const lab = labelled[g.id];
		const docs = g.docs.map((id) => ({ name: id, markdown: corpus.text(id) }));
		const result = engine.extract(docs);
		if (!lab) {
			rows.push([
				g.id,
				docs.length,
				result.decisions.filter((d) => !d.oneOff).length,
				'no labels yet',
				'',
				'',
				'',
				''
			]);
			continue;
		}
		// Template text: the group's template lines, and every sentence labelled template in its docs.
		const templates = [
			...(lab.template_lines ?? []).map((t) => t.quote),
			...g.docs.flatMap((id) =>
				(labels.sentences?.[id] ?? []).filter((s) => s.template).map((s) => s.quote)
			)
		];
		const top = E.topFigures(result, lab, templates, E.sameName);
		const s = E.scoreExtraction(
			result,
			{ recurring_decisions: lab.recurring_decisions ?? [] },
			E.sameName
		);
		const contested = contestedCounts(result, lab.recurring_decisions ?? []);
		tot.top5 += top.top5;
		tot.top5Right += top.top5Right;
		tot.found += top.found;
		tot.one += top.foundOneToOne;
		tot.labelled += top.labelled;
		tot.template += top.templateInTop10.length;
		tot.ctp += contested.tp;
		tot.cfp += contested.fp;
		rows.push([
			g.id,
			docs.length,
			s.groups,
			`${top.top5Right}/${top.top5}`,
			`${top.found}/${top.labelled}`,
			`${top.foundOneToOne}/${top.labelled}`,
			top.templateInTop10.length,
			contested.tp + contested.fp ? `${contested.tp}/${contested.tp + contested.fp}` : '–'
		]);
		for (const t of top.templateInTop10) templateNotes.push(`${g.id}: ${t}`);
	}
	table(
		[
			'group',
			'docs',
			'recurring',
			'top-5 right',
			'recall',
			'recall 1:1',
			'template in top 10',
			'contested right'
		],
		rows
	);
	out(
		`  all groups: precision in top 5 ${f2(tot.top5 ? tot.top5Right / tot.top5 : null)}, recall ${f2(
			tot.labelled ? tot.found / tot.labelled : null
		)} (one label per group: ${f2(
			tot.labelled ? tot.one / tot.labelled : null
		)}), template decisions in a top 10: ${tot.template}, contested precision ${f2(
			tot.ctp + tot.cfp ? tot.ctp / (tot.ctp + tot.cfp) : null
		)}`
	);
	out(
		'  A predicted group is right when it matches a labelled recurring decision (score-samples.mjs groupMatches: evidence hits labelled quotes in two docs, or spans two labelled docs and names two topic keywords).'
	);
	out(
		'  recall 1:1: labels matched when each predicted group may stand for one label only (one broad group can match several labels by keywords).'
	);
	out(
		'  Contested right: recurring groups flagged contested that match a labelled decision marked controversial, over all recurring groups flagged contested.'
	);
	for (const t of templateNotes) out(`  template in top 10: ${t}`);
}

// Of the recurring groups flagged contested: how many match a label marked controversial.
function contestedCounts(result, L) {
	let tp = 0;
	let fp = 0;
	for (const g of result.decisions.filter((d) => !d.oneOff && d.controversial)) {
		if (L.some((l) => l.controversial && E.groupMatches(g, l, E.sameName))) tp++;
		else fp++;
	}
	return { tp, fp };
}

// ---------------------------------------------------------------------------------------------
// The synthetic sets

function synthetic() {
	heading('Synthetic sets (written in the repo next to the code; all were tuned on)');
	sub(`fixtures/sentences.ts: classifiers on ${E.SENTENCES.length} sentences`);
	const S = E.SENTENCES;
	const raw = (s) => (s.text.includes('`') ? s.text : undefined);
	const policies = S.filter((s) => s.policy);
	const rows = [
		[
			'policy',
			E.prOver(
				S,
				(s) => E.classifyPolicy(s.text, { kind: s.kind, headings: s.headings }).policy,
				(s) => s.policy
			)
		],
		[
			'specific',
			E.prOver(
				S,
				(s) => E.isSpecific(s.text, raw(s)),
				(s) => s.specific
			)
		],
		[
			'hedged',
			E.prOver(
				S,
				(s) => E.isHedged(s.text),
				(s) => s.hedged
			)
		],
		[
			'policy without reason',
			E.prOver(
				policies,
				(s) => E.findRationale(s.text) === null,
				(s) => !s.hasRationale
			)
		]
	];
	table(
		['classifier', 'tp', 'fp', 'fn', 'precision', 'recall'],
		rows.map(([n, s]) => [n, s.tp, s.fp, s.fn, f2(s.precision), f2(s.recall)])
	);

	sub(`fixtures/docs: ${E.DOCS.length} documents, expected errors`);
	const dir = path.join(root, 'src/lib/analysis/fixtures/docs');
	let met = 0;
	const docRows = E.DOCS.map((d) => {
		const report = engine.check(fs.readFileSync(path.join(dir, d.file), 'utf8'), {
			kind: d.kind,
			today: d.today
		});
		const errors = [
			...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule))
		];
		const missing = d.errors.filter((r) => !errors.includes(r));
		const extra = errors.filter((r) => !d.errors.includes(r) && !(d.allowed ?? []).includes(r));
		const ok = !missing.length && !extra.length;
		if (ok) met++;
		const n = report.findings.filter(notIssue).length;
		return [
			d.file,
			d.kind,
			d.errors.join(' ') || '–',
			errors.join(' ') || '–',
			ok
				? 'ok'
				: [
						missing.length ? 'missed ' + missing.join(' ') : '',
						extra.length ? 'extra ' + extra.join(' ') : ''
					]
						.filter(Boolean)
						.join('; '),
			per1000(n, report.words).toFixed(1)
		];
	});
	table(['document', 'kind', 'expected errors', 'errors', 'agreement', 'findings per 1k'], docRows);
	out(`  ${met}/${E.DOCS.length} documents get exactly the expected errors`);

	sub('extract on the labelled design-doc sets');
	const sets = [
		['cedarline', path.join(root, 'src/lib/analysis/extract/fixtures/cedarline')],
		['tidewater', path.join(root, 'src/lib/analysis/extract/fixtures/tidewater')],
		['ledgerline (../shared/samples)', samplesDir]
	].filter(([, dir]) => fs.existsSync(path.join(dir, 'labels.json')));
	const exRows = sets.map(([name, dir]) => {
		const labels = readJson(path.join(dir, 'labels.json'));
		const docs = fs
			.readdirSync(path.join(dir, 'design'))
			.filter((f) => f.endsWith('.md'))
			.sort()
			.map((f) => ({
				name: `design/${f}`,
				markdown: fs.readFileSync(path.join(dir, 'design', f), 'utf8')
			}));
		const result = engine.extract(docs);
		const s = E.scoreExtraction(result, labels);
		const top = E.topFigures(result, labels, [], E.sampleDocName);
		return [
			name,
			s.groups,
			`${top.top5Right}/${top.top5}`,
			f2(s.precisionTopK),
			f2(s.recall),
			f2(s.precision),
			f2(s.contestedPrecision),
			f2(s.contestedRecall)
		];
	});
	table(
		[
			'set',
			'recurring',
			'top-5 right',
			'P@k labels',
			'recall',
			'precision',
			'contested P',
			'contested R'
		],
		exRows
	);
	out(
		'  (no template labels in these sets; contested P/R as score.ts: the best-matching group per label)'
	);

	ledgerlineCheck();
}

// The check half of score-samples.mjs, with its matching.
function ledgerlineCheck() {
	const labelsFile = path.join(samplesDir, 'labels.json');
	if (!fs.existsSync(labelsFile)) {
		out('\n../shared/samples/ledgerline not found: skipped');
		return;
	}
	const labels = readJson(labelsFile);
	const read = (sub) =>
		fs
			.readdirSync(path.join(samplesDir, sub))
			.filter((f) => f.endsWith('.md'))
			.sort()
			.map((f) => ({
				name: `${sub}/${f}`,
				file: f,
				markdown: fs.readFileSync(path.join(samplesDir, sub, f), 'utf8')
			}));
	sub('check on ../shared/samples/ledgerline (never tuned on)');
	let ok = 0;
	let n = 0;
	const notes = [];
	for (const doc of read('vision')) {
		const e = labels.vision_expectations?.[doc.file];
		if (!e) continue;
		const r = engine.check(doc.markdown, { kind: 'vision', today: labels.vision_today });
		const flagged = new Set(r.findings.filter(notIssue).map((x) => x.rule));
		const errors = new Set(r.findings.filter((x) => x.severity === 'error').map((x) => x.rule));
		for (const rule of e.should_flag) {
			n++;
			if (flagged.has(rule)) ok++;
			else notes.push(`${doc.file}: ${rule} not flagged`);
		}
		const unrelated = [...errors].filter(
			(x) => !e.should_flag.includes(x) && !(e.may_flag ?? []).includes(x)
		);
		n++;
		if (doc.file === 'good.md' ? r.pass === true : unrelated.length === 0) ok++;
		else
			notes.push(
				`${doc.file}: ${doc.file === 'good.md' ? 'does not pass' : 'also errors on ' + unrelated.join(', ')}`
			);
	}
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const doc of read('strategy')) {
		const r = engine.check(doc.markdown, { kind: 'strategy' });
		const lines = doc.markdown.split('\n');
		const flaggedLines = new Set(
			r.findings.filter((x) => x.rule === 'rationale').map((x) => x.line)
		);
		for (const p of (labels.strategy_policies ?? []).filter((p) => p.doc === doc.name)) {
			const fired = flaggedLines.has(lines.findIndex((l) => l.includes(p.quote)) + 1);
			if (!p.has_rationale && fired) tp++;
			else if (p.has_rationale && fired) fp++;
			else if (!p.has_rationale && !fired) fn++;
		}
	}
	const s = E.pr(tp, fp, fn);
	table(
		['measure', 'figure'],
		[
			['vision expectations met', `${ok}/${n}`],
			['strategy policies without rationale: precision', f2(s.precision)],
			['strategy policies without rationale: recall', f2(s.recall)]
		]
	);
	for (const note of notes) out('  ' + note);
}

// ---------------------------------------------------------------------------------------------

const corpus = loadCorpus();
heading('Real documents: tuning split');
if (!corpus)
	out(
		`no corpus yet (${path.relative(root, path.join(corpusDir, 'manifest.json'))} does not exist)`
	);
else if (!only || only.includes('tuning'))
	evalSplit(corpus, 'tuning', { details: flag('--details') || missesOf === 'tuning' });

if (only) {
	for (const split of only.filter((s) => s !== 'tuning')) {
		heading(`Real documents: ${split}`);
		if (corpus) evalSplit(corpus, split, { details: missesOf === split });
	}
	process.exit(0);
}

if (flag('--seen')) {
	for (const [split, which] of [
		['holdout', 'first'],
		['holdout2', 'second'],
		['holdout3', 'third'],
		['holdout4', 'fourth'],
		['holdout5', 'fifth'],
		['holdout6', 'sixth'],
		['holdout7', 'seventh'],
		['holdout8', 'eighth'],
		['holdout9', 'ninth'],
		['holdout10', 'tenth'],
		['holdout11', 'eleventh'],
		['holdout12', 'twelfth']
	]) {
		heading(`Real documents: ${which} holdout (blind labels, measured once; now SEEN)`);
		out('Tuned on since it was measured: these figures say nothing about unseen documents.');
		if (!corpus) out('no corpus yet');
		else evalSplit(corpus, split, { details: flag('--details') || missesOf === split });
	}
}

if (flag('--holdout')) {
	// Each holdout is measured once and is seen from then on; the next blind figure needs a new
	// one, labelled blind (see src/lib/analysis/corpus/README.md).
	const waiting = LATER_HOLDOUTS.filter(
		(h) =>
			!SEEN_HOLDOUTS.includes(h) && fs.existsSync(path.join(corpusDir, `labels/${h}/labels.json`))
	);
	if (!waiting.length) {
		heading('Real documents: BLIND HOLDOUT (none waiting; measured once)');
		out(
			`Every holdout (1–${SEEN_HOLDOUTS.length}) has been measured once and is seen (--seen prints them). ` +
				`The next blind figure needs a new holdout, labelled blind by someone who never sees the engine's output.`
		);
	}
	// Every holdout still waiting is measured in the same run, each under its own heading.
	for (const blind of waiting) {
		heading(`Real documents: BLIND HOLDOUT (labels/${blind}; measured once)`);
		if (!corpus) out('no corpus yet');
		else {
			out(
				'Do not tune on what follows. Anything inspected to tune becomes tuning data, and the holdout is then replaced.'
			);
			evalSplit(corpus, blind, { details: false });
		}
	}
} else {
	out('\nBlind holdout: not measured. It is measured once, at the end: npm run eval -- --holdout');
}

synthetic();

// weave: threads and contradictions on the labelled strategy sets, by scripts/eval-weave.mjs
// (the weave fixtures, ../shared/samples/ledgerline, the sample workspace, the corpus's tuning
// strategy sets); the same built engine.
heading('weave on the labelled strategy sets');
{
	const r = spawnSync(process.execPath, [path.join(root, 'scripts/eval-weave.mjs')], {
		cwd: root,
		encoding: 'utf8'
	});
	out((r.stdout + r.stderr).trimEnd());
}
