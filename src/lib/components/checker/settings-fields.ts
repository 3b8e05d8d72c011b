/**
 * The settings form as data: which configuration values it shows, grouped by document kind,
 * how each is labelled, and how its text is checked. Shares are edited as percentages.
 */
import type { Config } from '$lib/analysis';

type Section = 'vision' | 'strategy' | 'design' | 'horizon' | 'budgets';

/** One number in the form. */
export interface Field {
	/** `section.key` in `Config`. */
	path: `${Section}.${string}`;
	label: string;
	/** Shown after the input. */
	unit: string;
	/** Stored as 0..1, edited as 0..100. */
	percent?: boolean;
	help?: string;
}

/** A group of fields, one per document kind (and one for all). */
export interface FieldGroup {
	title: string;
	fields: Field[];
}

/** The form's groups. */
export const GROUPS: FieldGroup[] = [
	{
		title: 'Vision',
		fields: [
			{
				path: 'vision.minWords',
				label: 'Shortest vision',
				unit: 'words',
				help: 'One page is about 500 words.'
			},
			{
				path: 'vision.maxWords',
				label: 'Longest vision',
				unit: 'words',
				help: 'A vision should fit in two pages.'
			},
			{ path: 'horizon.minYears', label: 'Nearest horizon', unit: 'years' },
			{ path: 'horizon.maxYears', label: 'Farthest horizon', unit: 'years' },
			{ path: 'budgets.audacityMarkers', label: 'Absolute promises allowed', unit: 'promises' },
			{
				path: 'budgets.reasonedParagraphShare',
				label: 'Paragraphs that give a reason, at least',
				unit: '%',
				percent: true
			}
		]
	},
	{
		title: 'Strategy',
		fields: [
			{ path: 'strategy.maxWords', label: 'Longest strategy', unit: 'words' },
			{
				path: 'budgets.unreasonedShare',
				label: 'Policies without a reason, at most',
				unit: '%',
				percent: true,
				help: 'Also applies to decisions in design docs.'
			}
		]
	},
	{
		title: 'Design doc',
		fields: [
			{ path: 'design.minWords', label: 'Shortest design doc', unit: 'words' },
			{ path: 'design.minSentences', label: 'Fewest sentences', unit: 'sentences' }
		]
	},
	{
		title: 'Every document',
		fields: [
			{
				path: 'budgets.genericShare',
				label: 'Generic sentences, at most',
				unit: '%',
				percent: true
			},
			{ path: 'budgets.hedgedShare', label: 'Hedged sentences, at most', unit: '%', percent: true },
			{
				path: 'budgets.ungroundedShare',
				label: 'Technology paragraphs with no tie to users or the business, at most',
				unit: '%',
				percent: true
			}
		]
	}
];

/** Every field, flat. */
export const FIELDS: Field[] = GROUPS.flatMap((g) => g.fields);

/** Pairs that must not cross: [lower, upper]. */
const PAIRS: [string, string][] = [
	['vision.minWords', 'vision.maxWords'],
	['horizon.minYears', 'horizon.maxYears']
];

function get(config: Config, path: string): number {
	const [section, key] = path.split('.');
	return (config[section as Section] as unknown as Record<string, number>)[key];
}

/** The form's text for each field. */
export function toTexts(config: Config): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of FIELDS) {
		const v = get(config, f.path);
		out[f.path] = String(f.percent ? Math.round(v * 1000) / 10 : v);
	}
	return out;
}

/** Check the texts: a config (over `base`) or an error sentence per bad field. */
export function fromTexts(
	texts: Record<string, string>,
	base: Config
): { config: Config; errors: Record<string, string> } {
	const config = structuredClone(base);
	const errors: Record<string, string> = {};
	for (const f of FIELDS) {
		const raw = (texts[f.path] ?? '').trim();
		const n = Number(raw);
		if (raw === '' || !Number.isFinite(n)) errors[f.path] = 'Enter a number.';
		else if (n < 0) errors[f.path] = 'Enter 0 or more.';
		else if (f.percent && n > 100) errors[f.path] = 'Enter a percentage from 0 to 100.';
		else if (!f.percent && !Number.isInteger(n)) errors[f.path] = 'Enter a whole number.';
		else {
			const [section, key] = f.path.split('.');
			(config[section as Section] as unknown as Record<string, number>)[key] = f.percent
				? n / 100
				: n;
		}
	}
	for (const [lo, hi] of PAIRS) {
		if (errors[lo] || errors[hi]) continue;
		if (get(config, lo) > get(config, hi)) {
			const label = FIELDS.find((f) => f.path === hi)!.label.toLowerCase();
			errors[lo] = `Must not be more than the ${label} (${texts[hi]}).`;
		}
	}
	return { config, errors };
}
