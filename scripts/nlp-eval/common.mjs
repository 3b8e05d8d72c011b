// Shared helpers for the NLP-library evaluation (issue 8, item 4; see docs/nlp-evaluation.md).
//
// The libraries are NOT dependencies of the app. They are installed in a scratch folder and
// loaded from there with `createRequire`:
//
//   mkdir -p /tmp/nlp-eval && cd /tmp/nlp-eval && npm init -y &&
//     npm install wink-nlp wink-eng-lite-web-model compromise en-pos
//
// Set NLP_EVAL_DIR to use another folder. The engine is bundled from source (esbuild, as
// scripts/eval.mjs does) with a few of its private helpers re-exported, so the figures are the
// engine's own answers, not a copy of its rules.
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const libDir = path.resolve(process.env.NLP_EVAL_DIR ?? '/tmp/nlp-eval');
export const requireLib = createRequire(path.join(libDir, 'package.json'));
const corpusDir = path.join(root, 'src/lib/analysis/corpus');

// Private helpers of the engine that the questions need, appended as exports at bundle time
// (the source files are not changed).
const EXTRA_EXPORTS = {
	'classify/hedge.ts': ['authorsEffort', 'PROGRESSIVE_BEFORE'],
	'classify/policy.ts': [
		'willByAgent',
		'firstWords',
		'IMPERATIVE',
		'NOUN_USE',
		'CLEAR_IMPERATIVE',
		'OBJECT_START'
	]
};

/** The engine's classifiers from source, with the private helpers above exported. */
export async function loadEngine() {
	const outfile = path.join(root, '.out/nlp-eval-engine.mjs');
	await build({
		stdin: {
			contents: `export * from './src/lib/analysis/classify/index.ts';
export * from './src/lib/analysis/text/index.ts';
export { authorsEffort, PROGRESSIVE_BEFORE } from './src/lib/analysis/classify/hedge.ts';
export { willByAgent, firstWords, IMPERATIVE, NOUN_USE, CLEAR_IMPERATIVE, OBJECT_START } from './src/lib/analysis/classify/policy.ts';`,
			resolveDir: root,
			loader: 'ts'
		},
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: ['node20'],
		mainFields: ['module', 'main'],
		logLevel: 'error',
		tsconfigRaw: '{}',
		plugins: [
			{
				name: 'expose-private-helpers',
				setup(b) {
					b.onLoad({ filter: /classify[\\/](hedge|policy)\.ts$/ }, (args) => {
						const key = Object.keys(EXTRA_EXPORTS).find((k) => args.path.endsWith(k));
						const src = fs.readFileSync(args.path, 'utf8');
						return {
							contents: `${src}\nexport { ${EXTRA_EXPORTS[key].join(', ')} };\n`,
							loader: 'ts'
						};
					});
				}
			}
		]
	});
	return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}

/** Tuning documents only (manifest split === 'tuning'); holdout documents are never read. */
export function tuningDocs() {
	const manifest = JSON.parse(fs.readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8'));
	return manifest.documents
		.filter((d) => d.split === 'tuning')
		.map((d) => ({ id: d.id, source: fs.readFileSync(path.join(corpusDir, d.path), 'utf8') }));
}

const PROSE = new Set(['paragraph', 'list-item', 'blockquote']);

/** Every prose sentence of the tuning documents, split the way the checker splits them. */
export function tuningSentences(engine) {
	const out = [];
	for (const doc of tuningDocs()) {
		const parsed = engine.parseMarkdown(doc.source);
		for (const b of parsed.blocks) {
			if (!PROSE.has(b.type)) continue;
			const sentences = engine.splitSentences(b.text);
			sentences.forEach((s, i) =>
				out.push({
					doc: doc.id,
					block: b.type,
					first: i === 0,
					text: s.text.replace(/\s+/g, ' ')
				})
			);
		}
	}
	return out;
}

/** The three libraries, loaded from the scratch folder, with their load times in ms. */
export function loadLibraries() {
	const t0 = performance.now();
	const winkNLP = requireLib('wink-nlp');
	const model = requireLib('wink-eng-lite-web-model');
	const wink = winkNLP(model);
	const t1 = performance.now();
	const compromise = requireLib('compromise');
	compromise('Warm the lexicon up.').json();
	const t2 = performance.now();
	const enPos = requireLib('en-pos');
	new enPos.Tag(['Warm', 'up', '.']).initial().smooth();
	const t3 = performance.now();
	return {
		wink,
		compromise,
		enPos,
		loadMs: { wink: t1 - t0, compromise: t2 - t1, enPos: t3 - t2 }
	};
}
