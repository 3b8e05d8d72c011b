/**
 * `specificity`: generic sentences (no concrete anchor, with buzzwords, vague quantifiers
 * or vague verbs) and the point where a document's tail turns generic (Larson: "write
 * until you start to generalize, then stop"). Each generic sentence with a generic marker
 * is a warning; the document errors when the share of anchorless sentences goes over
 * budget.
 */
import type { SentenceInfo } from '../engine/analyze.js';
import type { Finding } from '../types.js';
import {
	blocksFor,
	clamp01,
	findingOnDocument,
	findingOnSentence,
	pct,
	policyCue,
	quote,
	type DocBlock,
	type Rule,
	type RuleContext
} from './rule.js';

export const id = 'specificity' as const;
export const description =
	'Generic sentences with no number, date, named system or team, and a tail that turns generic.';
export const appliesTo = ['design', 'strategy', 'vision'] as const;

/** Sentences shorter than this (bold lead-ins, labels) are not judged. */
const MIN_WORDS = 6;
/** The tail must be at least this long, and this share of the document, to be reported. */
const TAIL_MIN = 4;
/** A list item this long that is an imperative policy is judged even under `MIN_WORDS`. */
const SHORT_POLICY_WORDS = 3;
/** A sentence this long that commits with a modal (`Tests must be updated.`) is judged too. */
const SHORT_MODAL_WORDS = 4;
const TAIL_SHARE = 0.15;

export function check(ctx: RuleContext) {
	const findings: Finding[] = [];
	const judged: { b: DocBlock; s: SentenceInfo; generic: boolean; vague: boolean }[] = [];
	for (const b of blocksFor(ctx, id)) {
		// A design doc's context describes; only the decisions in it (a Goals list of
		// imperatives, `we propose…`) are judged, and they stay out of the share.
		const designContext = b.role === 'context' && ctx.kind === 'design';
		for (const s of b.analysis.sentences) {
			if (designContext && !s.policy.policy) continue;
			if (s.words < MIN_WORDS) {
				// A short imperative item (`- Apologize for what happened.`) is still a policy, and so
				// is a short rule with its own modal (`Functionality should be discoverable.`).
				if (
					s.words >= SHORT_POLICY_WORDS &&
					!s.anchors &&
					!s.generic.length &&
					((b.block.type === 'list-item' && s.policy.via === 'imperative') ||
						(s.words >= SHORT_MODAL_WORDS &&
							(s.policy.via === 'modal' || s.policy.via === 'negative'))) &&
					genericPolicyCounts(ctx, s)
				) {
					findings.push(genericPolicy(ctx, b, s));
					continue;
				}
				// A bullet fragment (`- Seamless, world-class experience`) is judged by its words:
				// flagged when it carries buzzwords and no anchor, never counted in the share. In a
				// strategy or a vision a short item is an item of the plan or a rule (`- Plugin
				// marketplace`, `- Regular load testing`) and is flagged with no anchor even without a
				// vague word, unless it is a label or leads in to the items under it (`- Communicate:`).
				if (
					b.block.type === 'list-item' &&
					s.words >= 2 &&
					!s.anchors &&
					(s.generic.length || (ctx.kind !== 'design' && isPlanItem(b, s)))
				) {
					if (!s.generic.length) {
						findings.push(genericItem(ctx, b, s));
						continue;
					}
					const words = s.generic.map((g) => g.text);
					findings.push(
						findingOnSentence(
							ctx,
							b,
							s,
							{
								rule: id,
								severity: 'warning',
								message: `Generic: ${quote(words)} with no number, date, named system or team.`,
								hint: 'Name the system, the team, the number or the date this item is about.',
								actual: words
							},
							s.generic[0]
						)
					);
				}
				continue;
			}
			const generic = s.anchors === 0;
			if (!designContext) judged.push({ b, s, generic, vague: generic && s.generic.length > 0 });
			if (!generic) continue;
			// Guidance and design prose explains and describes without anchors by nature, and a
			// vague word in a description (`a few rounds`, `very thankful later`) is ordinary
			// English. What a reader must act on is a decision, so in a strategy or design doc a
			// sentence is flagged when it is a policy or carries a buzzword; in a vision every
			// sentence is a claim about the future and is judged as one.
			const matters = ctx.kind === 'vision' || s.policy.policy || s.buzzword;
			if (s.generic.length && matters) {
				const words = s.generic.map((g) => g.text);
				findings.push(
					findingOnSentence(
						ctx,
						b,
						s,
						{
							rule: id,
							severity: 'warning',
							message: `Generic: ${quote(words)} with no number, date, named system or team.`,
							hint: 'Name the system, the team, the number or the date this sentence is about.',
							actual: words
						},
						s.generic[0]
					)
				);
			} else if (genericPolicyCounts(ctx, s)) findings.push(genericPolicy(ctx, b, s));
		}
	}
	// The document-level share counts sentences that have no anchor AND lean on vague words
	// (buzzwords, vague quantifiers, vague verbs): the shape of fluff. Plain advice with no
	// anchor (`Be kind.`, `Look at the tests first.`) is how good guidance is written; in the
	// corpus's well-regarded guides 45–88% of sentences have no anchor but at most 25% are
	// also vague, against 73% in a generic vision.
	const n = judged.length;
	const vague = judged.filter((j) => j.vague).length;
	const share = n ? vague / n : 0;
	const anchorless = n ? judged.filter((j) => j.generic).length / n : 0;
	const budget = ctx.config.budgets.genericShare;
	if (n >= 5 && share > budget)
		findings.unshift(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message: `${vague} of ${n} sentences (${pct(share)}) have no concrete anchor and lean on vague words; the budget is ${pct(budget)}.`,
				hint: 'Replace claims with what will be true: which system, which number, by when, for whom.',
				actual: [`${vague} generic sentences`]
			})
		);
	else {
		const tail = tailStart(judged.map((j) => j.generic));
		if (tail >= 0) {
			const { b, s } = judged[tail];
			const rest = judged.slice(tail);
			findings.push(
				findingOnSentence(ctx, b, s, {
					rule: id,
					severity: 'warning',
					message: `The text turns generic here: ${rest.filter((j) => j.generic).length} of the last ${rest.length} sentences have no concrete anchor.`,
					hint: 'Write until you start to generalise, then stop: cut the tail or make it specific.',
					actual: s.generic.map((g) => g.text)
				})
			);
		}
	}
	return { findings, score: clamp01(1 - (share + anchorless) / 2) };
}

/**
 * Whether a short list-item sentence is an item of its own: the item's only sentence (not a bold
 * label with prose after it, not that prose) and not a lead-in to the items under it.
 */
function isPlanItem(b: DocBlock, s: SentenceInfo): boolean {
	return b.analysis.sentences.length === 1 && !/:\s*$/.test(s.text);
}

/** A `Generic item` warning on a short list item with no anchor, quoting the item. */
function genericItem(ctx: RuleContext, b: DocBlock, s: SentenceInfo): Finding {
	return findingOnSentence(ctx, b, s, {
		rule: id,
		severity: 'warning',
		message: `Generic item ${quote([s.text.trim()])}: it names no system, number, date or team.`,
		hint: 'Name the system, the team, the number or the date this item is about.',
		actual: [s.text.trim()]
	});
}

/** A `Generic policy` warning on a policy sentence with no anchor, naming its cue. */
function genericPolicy(ctx: RuleContext, b: DocBlock, s: SentenceInfo): Finding {
	return findingOnSentence(ctx, b, s, {
		rule: id,
		severity: 'warning',
		message: `Generic policy (${policyCue(s.policy.cue, b.headings[b.headings.length - 1] ?? '', s.text, s.policy.at)}): it names no system, number, date or team.`,
		hint: 'A policy guides a tradeoff only if it says what it applies to.',
		actual: [s.policy.cue]
	});
}

/**
 * The first sentence of a generic tail, or -1: the earliest generic sentence after which
 * at least 75% of sentences are generic, while at most 40% of those before it were.
 */
export function tailStart(generic: readonly boolean[]): number {
	const n = generic.length;
	const minTail = Math.max(TAIL_MIN, Math.ceil(n * TAIL_SHARE));
	const suffix = new Array<number>(n + 1).fill(0);
	for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + (generic[i] ? 1 : 0);
	for (let i = TAIL_MIN; i <= n - minTail; i++) {
		if (!generic[i]) continue;
		const tail = suffix[i] / (n - i);
		const head = (suffix[0] - suffix[i]) / i;
		if (tail >= 0.75 && head <= 0.4) return i;
	}
	return -1;
}

/**
 * Whether an anchorless policy with no vague word is flagged as a generic policy: an explicit
 * policy in a strategy, and an explicit commitment in a vision (`The tool should be fun to
 * use.`), where every sentence is a claim to act on. In a design doc only an imperative
 * (`Remove the flag from the docs.`) or an obligation (`must`, `should`, `shall`): its `will`
 * sentences describe the system it designs and lean on the systems named around them
 * (measured on the corpus, half of such design-doc flags were labelled specific; imperatives
 * added three true flags and no false one over the four seen sets; obligations twelve true and
 * three false over tuning and holdouts 1–7, where the other modals, mostly `will`, added eleven true and twelve false).
 * The authors' own decision (`we propose…`, `we've decided…`, `This RFC proposes…`) counts as an
 * imperative does: over the seen sets it added twelve true flags in six sets from six projects
 * and two false ones.
 */
function genericPolicyCounts(ctx: RuleContext, s: SentenceInfo): boolean {
	if (ctx.kind === 'strategy' && s.policy.via === 'present') return true;
	return (
		s.policy.strength === 'strong' &&
		(ctx.kind !== 'design' ||
			s.policy.via === 'imperative' ||
			s.policy.via === 'decision' ||
			(s.policy.via === 'modal' && /^(?:must|should|shall)\b/i.test(s.policy.cue)))
	);
}

/** The `specificity` rule. */
export const specificityRule: Rule = { id, description, appliesTo, check };
