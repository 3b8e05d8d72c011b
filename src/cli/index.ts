/**
 * The `fivefold` command: `check`, `extract` and `weave` over Markdown files.
 * Exit codes: 0 clean, 1 when `check` finds errors, 2 on usage or input problems.
 * Reports go to stdout, messages to stderr.
 */
import { ruleInfo } from '../lib/analysis/index.js';
import { configHelp, runCheck } from './check.js';
import { MAX_FILE_BYTES as MAX_EXTRACT_BYTES, runExtract } from './extract.js';
import { MAX_FILE_BYTES, PIPE_IDLE_TIMEOUT_MS } from './files.js';
import { CHECK_FORMATS } from './report.js';
import { runWeave } from './weave.js';
import { VERSION } from './version.js';

export { VERSION } from './version.js';

/** A subcommand: takes the arguments after its name, returns the exit code. */
type Command = (args: string[]) => Promise<number>;

/** Every subcommand, in one place: wiring a new one is one line here (and one in the help). */
export const COMMANDS: Readonly<Record<string, Command>> = {
	check: (args) => runCheck(args),
	extract: (args) => runExtract(args),
	weave: (args) => runWeave(args)
};

const mb = (bytes: number) => `${bytes / 1_000_000} MB`;

/** Top-level help text. */
export function helpText(): string {
	const rules = ruleInfo
		.map((r) => `  ${r.id.padEnd(14)} ${r.description} (${r.appliesTo.join(', ')})`)
		.join('\n');
	return `fivefold ${VERSION}: write engineering strategy and vision from design docs

usage:
  fivefold check FILE|DIR|-… --kind design|strategy|vision [options]
  fivefold extract FILE|DIR|-… [--format text|json]
  fivefold weave FILE|DIR|-… [--format text|json] [--today YYYY-MM-DD]
  fivefold --help | --version

check options:
  --kind KIND            design, strategy or vision (required)
  --format FORMAT        ${CHECK_FORMATS.join(', ')} (default text):
                           text   path:line:col  severity  message  rule, then a summary
                           line   path:line:col: severity rule message (one finding a line)
                           json   the Report (one object for one file, else an array)
                           sarif  SARIF 2.1.0 for GitHub code scanning
  --json                 the same as --format json (--json=false: off)
  --today YYYY-MM-DD     the date a vision's horizon is measured from (default: today)
  --config FILE          checker settings (see below)
  --stdin-filename NAME  the name reports give to - (default <stdin>)

Inputs: files, directories (searched for .md and .markdown; hidden files, hidden folders
and node_modules left out; symlinks followed) and - for standard input. Text is UTF-8, or
UTF-16 with a byte-order mark. A file is read up to ${mb(MAX_FILE_BYTES)} (${mb(MAX_EXTRACT_BYTES)} for extract);
terminals and sockets are refused; a named pipe silent for ${PIPE_IDLE_TIMEOUT_MS / 1000} s is given up.
A file found in a directory that cannot be read is reported on stderr and skipped; a
file named on the command line that cannot be read stops the run.

check exits 0 when no error-severity finding remains, 1 when one does, 2 on bad usage,
unreadable input or an invalid config. Silence a rule in a document with
<!-- fivefold-disable rule … --> … <!-- fivefold-enable -->, or
<!-- fivefold-disable-next rule --> for the next block.

${configHelp()}

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
	const command = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
	if (!command) {
		process.stderr.write(`fivefold: unknown command ${cmd}\n\n${helpText()}`);
		return 2;
	}
	if (rest.includes('--help') || rest.includes('-h')) {
		process.stdout.write(helpText());
		return 0;
	}
	return command(rest);
}

const invokedDirectly =
	typeof process !== 'undefined' &&
	Array.isArray(process.argv) &&
	/(?:^|[\\/])(?:cli|index)\.(?:js|mjs|ts)$/.test(process.argv[1] ?? '');

if (invokedDirectly) {
	// A closed stdout (`fivefold check … | head`) ends the run quietly.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw e;
	});
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(e: unknown) => {
			// A bug, not a user error: one line, with the stack only when asked for.
			const error = e instanceof Error ? e : new Error(String(e));
			process.stderr.write(
				`fivefold: internal error: ${error.message}\n` +
					(process.env.FIVEFOLD_DEBUG
						? `${error.stack}\n`
						: '(set FIVEFOLD_DEBUG=1 for the stack trace)\n')
			);
			process.exitCode = 2;
		}
	);
}
