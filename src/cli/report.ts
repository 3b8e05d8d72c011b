/**
 * The output formats of `fivefold check`:
 *
 * - `text`: `path:line:col  severity  message  rule` lines and a summary, for people;
 * - `line`: `path:line:col: severity rule message`, one finding a line and nothing else, the
 *   shape editors' problem matchers and CI annotations parse (like `vale --output=line`);
 * - `json`: the engine's Report with a `file` field (one object for one named file, else an array);
 * - `sarif`: SARIF 2.1.0, which GitHub code scanning (`github/codeql-action/upload-sarif`) reads.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { ruleInfo } from '../lib/analysis/index.js';
import { lineStartsOf, positionOf } from '../lib/analysis/text/markdown.js';
import type { Finding, Report, Severity } from '../lib/analysis/types.js';
import { plural, type Skipped } from './files.js';

/** The formats `fivefold check --format` accepts; the first is the default. */
export const CHECK_FORMATS = ['text', 'line', 'json', 'sarif'] as const;
/** One of `CHECK_FORMATS`. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** One checked document. */
export interface CheckedFile {
	/** The path as shown in reports (the stdin name for `-`). */
	file: string;
	/** The text that was checked (for SARIF end positions). */
	text: string;
	report: Report;
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** Format one report like a linter: `path:line:col  severity  message  rule`. */
export function formatReport(file: string, report: Report): string {
	return report.findings
		.map(
			(f) =>
				`${file}:${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${oneLine(f.message)}  ${f.rule}`
		)
		.join('\n');
}

/** The one-line summary: "2 files checked: 1 error, 0 warnings, 3 notes; 1 failed." */
export function summary(results: readonly CheckedFile[], skipped = 0): string {
	const all = results.flatMap((r) => r.report.findings);
	const n = (s: Severity) => all.filter((f) => f.severity === s).length;
	const failed = results.filter((r) => !r.report.pass).length;
	const parts = [
		`${plural(results.length, 'file')} checked: ${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${plural(n('info'), 'note')}`,
		`${failed} failed`
	];
	if (skipped) parts.push(`${skipped} skipped`);
	return `${parts.join('; ')}.`;
}

/** The `text` format: findings, a blank line and the summary. */
export function formatText(results: readonly CheckedFile[], skipped = 0): string {
	const body = results.map((r) => formatReport(r.file, r.report)).filter(Boolean);
	return `${body.length ? body.join('\n') + '\n' : ''}\n${summary(results, skipped)}\n`;
}

/** The `line` format: `path:line:col: severity rule message`, one finding a line. */
export function formatLines(results: readonly CheckedFile[]): string {
	return results
		.flatMap((r) =>
			r.report.findings.map(
				(f) => `${r.file}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${oneLine(f.message)}\n`
			)
		)
		.join('');
}

/** The `json` format: one Report object with `file` when one file was named, else an array. */
export function formatJson(results: readonly CheckedFile[], single: boolean): string {
	const reports = results.map((r) => ({ file: r.file, ...r.report }));
	return JSON.stringify(single && reports.length === 1 ? reports[0] : reports, null, 2) + '\n';
}

const LEVEL: Record<Severity, Sarif.Result.level> = {
	error: 'error',
	warning: 'warning',
	info: 'note'
};

/**
 * A path as a SARIF artifact URI: relative paths stay relative (GitHub resolves them against
 * the repository root), with `/` separators and each segment percent-encoded; absolute paths
 * become `file://` URIs.
 */
export function artifactUri(file: string): string {
	if (path.isAbsolute(file)) return pathToFileURL(file).href;
	return file
		.split(/[\\/]+/)
		.filter((s) => s !== '.' && s !== '')
		.map(encodeURIComponent)
		.join('/');
}

function region(f: Finding, lineStarts: number[]): Sarif.Region {
	const r: Sarif.Region = { startLine: f.line, startColumn: f.column };
	if (f.length && f.line <= lineStarts.length) {
		const end = positionOf(lineStarts, lineStarts[f.line - 1] + f.column - 1 + f.length);
		r.endLine = end.line;
		r.endColumn = end.column;
	}
	if (f.excerpt) r.snippet = { text: f.excerpt };
	return r;
}

/** The SARIF 2.1.0 log of a run, with every rule in `tool.driver.rules`. */
export function toSarif(
	results: readonly CheckedFile[],
	skipped: readonly Skipped[],
	version: string
): Sarif.Log {
	const rules: Sarif.ReportingDescriptor[] = ruleInfo.map((r) => ({
		id: r.id,
		name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
		shortDescription: { text: r.description },
		fullDescription: { text: `${r.description} Applies to: ${r.appliesTo.join(', ')}.` },
		help: {
			text: `${r.description} Applies to ${r.appliesTo.join(', ')} documents. Silence it in a document with <!-- fivefold-disable ${r.id} --> … <!-- fivefold-enable -->.`
		},
		defaultConfiguration: { level: 'warning' },
		properties: { tags: ['writing', ...r.appliesTo] }
	}));
	const index = new Map(rules.map((r, i) => [r.id, i]));
	const sarifResults: Sarif.Result[] = results.flatMap((r) => {
		const starts = lineStartsOf(r.text);
		const uri = artifactUri(r.file);
		return r.report.findings.map((f) => ({
			ruleId: f.rule,
			ruleIndex: index.get(f.rule),
			level: LEVEL[f.severity],
			message: { text: f.hint ? `${f.message} ${f.hint}` : f.message },
			locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(f, starts) } }]
		}));
	});
	const notifications: Sarif.Notification[] = skipped.map((s) => ({
		level: 'warning',
		message: { text: `Skipped ${s.path}: ${s.reason}` },
		locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(s.path) } } }]
	}));
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: { name: 'fivefold', version, rules }
				},
				invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
				columnKind: 'utf16CodeUnits',
				results: sarifResults
			}
		]
	};
}
