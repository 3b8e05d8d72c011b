#!/usr/bin/env node
// Bundles the analysis engine and the CLI with esbuild:
//   src/lib/analysis/index.ts → dist/analysis.js  (ESM, platform neutral: Node 20+ and browsers)
//   src/cli/index.ts          → dist/cli.js       (ESM for Node, with a shebang, executable)
// `npm run build:engine` and `npm run bench` call this script. FIVEFOLD_ENGINE_OUT=DIR builds
// elsewhere (the CLI tests build into a temporary folder so they never touch dist/).
import { build } from 'esbuild';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(root, process.env.FIVEFOLD_ENGINE_OUT ?? 'dist');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
await mkdir(out, { recursive: true });

const common = {
	bundle: true,
	format: 'esm',
	target: ['es2022', 'node20'],
	sourcemap: true,
	legalComments: 'none',
	logLevel: 'warning',
	define: { __FIVEFOLD_VERSION__: JSON.stringify(pkg.version) }
};

await build({
	...common,
	entryPoints: [path.join(root, 'src/lib/analysis/index.ts')],
	outfile: path.join(out, 'analysis.js'),
	platform: 'neutral',
	// The engine's dependencies (stemmer, hedges…) are ESM packages; resolve them like a browser.
	mainFields: ['module', 'main'],
	conditions: ['import', 'default']
});

await build({
	...common,
	entryPoints: [path.join(root, 'src/cli/index.ts')],
	outfile: path.join(out, 'cli.js'),
	platform: 'node',
	banner: { js: '#!/usr/bin/env node' }
});
await chmod(path.join(out, 'cli.js'), 0o755);
console.log(`built ${path.relative(root, out)}/analysis.js and ${path.relative(root, out)}/cli.js`);
