#!/usr/bin/env node
// Minified + gzipped size of each library (with its model/lexicon) as a browser bundle would
// carry it: esbuild --bundle --minify on a tiny entry per library, then gzip -9 (zlib level 9).
// The libraries resolve from /tmp/nlp-eval (or $NLP_EVAL_DIR), never from the app.
//
//   node scripts/nlp-eval/bundle-size.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { libDir } from './common.mjs';

const ENTRIES = {
	'wink-nlp + wink-eng-lite-web-model': `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model';
const n = winkNLP(model); export const tag = (s) => n.readDoc(s).tokens().out(n.its.pos);`,
	'compromise (full)': `import nlp from 'compromise'; export const tag = (s) => nlp(s).json();`,
	'compromise/two (tagger only)': `import nlp from 'compromise/two'; export const tag = (s) => nlp(s).json();`,
	'en-pos (+ en-lexicon)': `import pos from 'en-pos'; export const tag = (w) => new pos.Tag(w).initial().smooth().tags;`
};

console.log('| library | minified (KB) | min + gzip (KB) |\n|---|---|---|');
for (const [name, contents] of Object.entries(ENTRIES)) {
	const r = await build({
		stdin: { contents, resolveDir: libDir, loader: 'js' },
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		mainFields: ['browser', 'module', 'main'],
		write: false,
		logLevel: 'error'
	});
	const code = r.outputFiles[0].contents;
	const kb = (n) => (n / 1024).toFixed(0);
	console.log(`| ${name} | ${kb(code.length)} | ${kb(gzipSync(code, { level: 9 }).length)} |`);
}
