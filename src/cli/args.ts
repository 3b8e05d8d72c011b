/**
 * Command-line parsing shared by the subcommands: `--flag value` and `--flag=value`, boolean
 * flags that honour `=false`, `--` to end options, `-` as a path (standard input).
 */
import { UsageError } from './files.js';

/** What a subcommand accepts. */
export interface ArgSpec {
	/** Options that take a value, e.g. `--kind`. */
	values: readonly string[];
	/** Options that are on or off, e.g. `--json` (also `--json=true`, `--json=false`). */
	booleans: readonly string[];
}

/** Parsed arguments: positional paths, option values (last one wins) and boolean flags. */
export interface ParsedArgs {
	paths: string[];
	values: Record<string, string>;
	booleans: Record<string, boolean>;
}

/** Parse `args` against `spec`. Throws UsageError naming the bad argument. */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
	const out: ParsedArgs = { paths: [], values: {}, booleans: {} };
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--') {
			out.paths.push(...args.slice(i + 1));
			break;
		}
		if (a === '-' || !a.startsWith('-')) {
			out.paths.push(a);
			continue;
		}
		const eq = a.indexOf('=');
		const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
		if (spec.booleans.includes(flag)) {
			if (inline === undefined || inline === 'true') out.booleans[flag] = true;
			else if (inline === 'false') out.booleans[flag] = false;
			else
				throw new UsageError(`${flag} is on or off: give ${flag}, ${flag}=true or ${flag}=false`);
		} else if (spec.values.includes(flag)) {
			let v = inline;
			if (v === undefined) {
				v = args[i + 1];
				if (v === undefined || (v.startsWith('-') && v !== '-'))
					throw new UsageError(`${flag} needs a value`);
				i++;
			}
			if (v === '') throw new UsageError(`${flag} needs a value`);
			out.values[flag] = v;
		} else throw new UsageError(`unknown option ${flag}`);
	}
	return out;
}

/** Validate a `--today` value: a real calendar date written YYYY-MM-DD. */
export function parseToday(value: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) throw new UsageError(`--today must be a date written YYYY-MM-DD, not ${value}`);
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
		throw new UsageError(`--today must be a real date: ${value} does not exist`);
	return value;
}

/**
 * The output format from `--format NAME` and its alias `--json` (`--json=false` leaves the
 * default). Throws UsageError for an unknown name or `--json` with another `--format`.
 */
export function resolveFormat<F extends string>(parsed: ParsedArgs, formats: readonly F[]): F {
	const named = parsed.values['--format'];
	const json = parsed.booleans['--json'] === true;
	if (named !== undefined && !formats.includes(named as F))
		throw new UsageError(`--format must be ${orList(formats)}, not ${named}`);
	if (json && named !== undefined && named !== 'json')
		throw new UsageError(`--json is --format json: it cannot go with --format ${named}`);
	return (json ? 'json' : (named ?? formats[0])) as F;
}

/** "a, b or c". */
export function orList(items: readonly string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
