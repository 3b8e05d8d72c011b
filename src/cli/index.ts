/**
 * The `fivefold` command: `check`, `extract` and `weave` over Markdown files.
 * Exit codes: 0 clean, 1 when `check` finds errors, 2 on usage or input problems.
 */
import { ruleInfo } from '../lib/analysis/index.js';
import { runCheck } from './check.js';
import { runExtract } from './extract.js';
import { runWeave } from './weave.js';

declare const __FIVEFOLD_VERSION__: string | undefined;

/** The version printed by `--version` (injected by the build; `dev` when run from source). */
export const VERSION = typeof __FIVEFOLD_VERSION__ === 'string' ? __FIVEFOLD_VERSION__ : 'dev';

/** Top-level help text. */
export function helpText(): string {
	const rules = ruleInfo
		.map((r) => `  ${r.id.padEnd(14)} ${r.description} (${r.appliesTo.join(', ')})`)
		.join('\n');
	return `fivefold ${VERSION}: write engineering strategy and vision from design docs

usage:
  fivefold check FILE|DIR… --kind design|strategy|vision [--json] [--today YYYY-MM-DD] [--config FILE]
  fivefold extract FILE|DIR… [--json]
  fivefold weave FILE|DIR… [--json] [--today YYYY-MM-DD]
  fivefold --help | --version

check exits 1 when any error-severity finding remains, 2 on bad usage or unreadable input.
Silence a rule in a document with <!-- fivefold-disable rule … --> … <!-- fivefold-enable -->,
or <!-- fivefold-disable-next rule --> for the next block.

rules:
${rules}
`;
}

/** Run the CLI with `process.argv.slice(2)`. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
	const [cmd, ...rest] = args;
	if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
		process[cmd === undefined ? 'stderr' : 'stdout'].write(helpText());
		return cmd === undefined ? 2 : 0;
	}
	if (cmd === '--version' || cmd === '-v') {
		process.stdout.write(`${VERSION}\n`);
		return 0;
	}
	if (rest.includes('--help') || rest.includes('-h')) {
		process.stdout.write(helpText());
		return 0;
	}
	if (cmd === 'check') return runCheck(rest);
	if (cmd === 'extract') return runExtract(rest);
	if (cmd === 'weave') return runWeave(rest);
	process.stderr.write(`fivefold: unknown command ${cmd}\n\n${helpText()}`);
	return 2;
}

const invokedDirectly =
	typeof process !== 'undefined' &&
	Array.isArray(process.argv) &&
	/(?:^|[\\/])(?:cli|index)\.(?:js|mjs|ts)$/.test(process.argv[1] ?? '');

if (invokedDirectly)
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(e: unknown) => {
			process.stderr.write(`fivefold: ${(e as Error)?.stack ?? String(e)}\n`);
			process.exitCode = 2;
		}
	);
