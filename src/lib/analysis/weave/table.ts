/**
 * Policies kept in a table: a strategy may tabulate its rules, one row per rule, with a column
 * naming the rule ("rule", "policy", "decision", "commitment") and often one giving its reason
 * ("why", "reason", "rationale"). A row of such a table is one policy: the rule cell (or, when
 * only a reason column marks the table, the row's other cells in order) is what it says, the
 * reason cell its rationale, and short label cells ("area", "topic") say what it is about.
 */
import { stripInline } from '../text/index.js';

/** Header cells that name the column of rules. */
const RULE_COLUMN =
	/^(?:the\s+|our\s+)?(?:rules?|polic(?:y|ies)|decisions?|commitments?|principles?|standards?|guidelines?|(?:what\s+)?we\s+(?:do|will|will\s+do|shall|decided|commit\s+to)|what\s+we\s+(?:will\s+)?do)$/i;
/**
 * Header cells of who answers for a row ("Owner", "Who", "Lead"): a name, neither what the rule
 * says nor what it is about.
 */
const OWNER_COLUMN =
	/^(?:owners?|owned\s+by|owning\s+team|who|lead|leads|responsible|accountable|dri|contact|assignee|sponsor|by\s+whom)$/i;
/** Header cells that name the column of reasons. */
const WHY_COLUMN =
	/^(?:why|reasons?|rationale|because|justification|the\s+reason|why\s+we\s+do\s+it)$/i;
/** A cell that only numbers or labels its row ("3", "R-12", "#"). */
const NUMBERING = /^(?:#|no\.?|[A-Z]{0,6}[-‑]?\d{1,4}[a-z]?\.?)$/i;

/** One body row of a rule table, read as a policy. */
export interface TableRule {
	/** What the row commits to: its rule cell, or its other cells joined in order. */
	text: string;
	/** The reason cell, '' when empty or when the table has none. */
	why: string;
	/** Short cells beside the rule ("lift control"): what the rule is about. */
	labels: string[];
}

function cellsOf(line: string): string[] {
	return line
		.replace(/^\s*\|/, '')
		.replace(/\|\s*$/, '')
		.split('|')
		.map((c) => stripInline(c.trim(), 0).text.trim());
}

const sentence = (t: string) => (!t || /[.!?]$/.test(t) ? t : t + '.');

/**
 * The rules of a Markdown table by source line (1-based, as `Block.line`), or null when its
 * header names neither a rule nor a reason column.
 */
export function tableRules(raw: string, firstLine: number): Map<number, TableRule> | null {
	const lines = raw.split('\n');
	const separator = lines.findIndex((l) => /^\s*\|?\s*:?-{2,}/.test(l));
	if (separator < 1) return null;
	const header = cellsOf(lines[separator - 1]).map((h) => h.replace(/[*_:]/g, '').trim());
	const rule = header.findIndex((h) => RULE_COLUMN.test(h));
	const why = header.findIndex((h) => WHY_COLUMN.test(h));
	if (rule === -1 && why === -1) return null;
	const owner = new Set(header.flatMap((h, k) => (OWNER_COLUMN.test(h) ? [k] : [])));
	const out = new Map<number, TableRule>();
	lines.forEach((line, i) => {
		if (i <= separator) return;
		const cells = cellsOf(line);
		const others = cells.filter(
			(c, k) => k !== why && k !== rule && !owner.has(k) && c && !NUMBERING.test(c)
		);
		const text = rule !== -1 ? (cells[rule] ?? '') : others.join(', ');
		if (!text) return;
		out.set(firstLine + i, {
			text: sentence(text),
			why: why !== -1 ? sentence(cells[why] ?? '') : '',
			labels: rule !== -1 ? others.filter((c) => c.split(/\s+/).length <= 4) : []
		});
	});
	return out;
}
