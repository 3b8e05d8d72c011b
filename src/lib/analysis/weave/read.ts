/**
 * Strategies → policy sentences. The sentences come from the reader `extract` uses (source
 * position, section, block, key terms), so threads are grouped on the same terms as recurring
 * decisions; which of them are policies is decided by the checker's classifier
 * (`classify/policy.ts`), given the full heading path, so the checker and `weave` agree on what
 * a policy is. Each policy gets its reasons (`classify/rationale.ts`) and its tradeoff.
 */
import { findRationale, givesReasonFor, wordsOf, type Word } from '../classify/index.js';
import { classifyPolicy, sectionRole, type SectionRole } from '../classify/policy.js';
import { parseMarkdown, type Block } from '../text/index.js';
import type { NamedDoc, Tradeoff, WovenPolicy } from '../types.js';
import { readSentences, type SourceSentence } from '../extract/sentences.js';
import { dampedTerms, keyTerms, type SynonymIndex, type Terms } from '../extract/terms.js';
import { fingerprint, hash } from './ids.js';
import { tradeoffOf } from './tradeoff.js';
import { tableRules, type TableRule } from './table.js';
import {
	ASK_HEADING,
	choiceHeading,
	COST_OPENING,
	FIT_HEADING,
	LEFT_OPEN,
	faqAnswers,
	opensAnswer,
	paragraphRules,
	withoutQuestions
} from './answers.js';

/** A policy with what the rest of `weave` needs beside the public shape. */
export interface PolicyRecord {
	policy: WovenPolicy;
	sentence: SourceSentence;
	/** Index of the sentence in the whole set. */
	index: number;
	/** Key terms with the reason clause damped (what the policy is about, not why). */
	terms: Terms;
	/** Whether the classifier found an explicit cue (modal, negative, default…) or only context. */
	strong: boolean;
	/** Document and normalised sentence, what ids rest on. */
	fingerprint: string;
	/** Offset in the sentence where its reason clause starts, or -1. */
	reasonAt: number;
	/** Whether it opens a list item: where strategies state their policies one by one. */
	listed: boolean;
}

/** The labels of a decision record's paragraphs other than the decision itself. */
const RECORD_LABEL =
	/^(?:[-*+]\s+)?(?:\*\*|__)?(?:context|status|consequences|background|problem|alternatives(?:\s+considered)?|options\s+considered)(?:\*\*|__)?\s*:/i;

/**
 * A decision record's decision paragraph ("**Decision:** …", "Decision: …"): its first sentence
 * is what the record decides, a rule as an item under a policy heading is, whatever the
 * section's heading ("OTD-22: Where plant readings live") or the sentence's tense.
 */
const DECISION_LABEL = /^(?:[-*+]\s+)?(?:\*\*|__)?decision(?:\*\*|__)?\s*:/i;

/**
 * A sentence that says something is left undecided ("We have not decided whether…", "Who signs
 * off … is still an open question"): it asks, whatever section it stands in.
 */
const UNDECIDED =
	/\b(?:(?:have|has|had)\s+not\s+(?:yet\s+)?(?:decided|settled|agreed|chosen|resolved)|not\s+yet\s+(?:decided|settled|agreed|resolved)|(?:is|are|remains?)\s+(?:still\s+)?(?:undecided|unresolved|unsettled|an\s+open\s+question|open\s+questions))\b/i;

/**
 * A sentence setting the document's own scope ("X is outside this strategy", "… are not covered
 * by these records", "out of scope here"): it says what the document does not rule on.
 */
const SCOPE_NOTE =
	/\b(?:(?:is|are)\s+(?:outside|beyond)\s+(?:the\s+scope\s+of\s+)?(?:this|these|our)\s+(?:\w+\s+)?(?:strategy|strategies|document|plan|records?|memo|paper)|(?:is|are)\s+not\s+covered\s+(?:here|by\s+(?:this|these)\b)|(?:is|are)\s+out\s+of\s+(?:its\s+|our\s+)?scope)\b/i;

/** A document's header fields ("Owner: Platform team.", "Editor: …", "From: …"): no policies. */
const HEADER_FIELD =
	/^(?:\*\*|__)?(?:owners?|editors?|authors?|written\s+by|reviewe(?:rs?|d\s+by)|approve(?:rs?|d\s+by)|from|to|cc|date|updated|last\s+updated|version|contact|audience|status|sponsors?|teams?)(?:\*\*|__)?\s*:/i;

/** Sections that state costs and tradeoffs for the policies of the document. */
const COST_HEADING =
	/\b(?:cost|costs|tradeoffs?|trade-offs?|give\s+up|giving\s+up|downsides?|price|what\s+we\s+lose|risks?)\b/i;
const BOLD_LEAD = /^\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?(?:\*\*|__)(.+?)(?:\*\*|__)/;
/**
 * Sections of commitments ("What we commit to", "Our commitments", "Promises we make") and a
 * memo's recommendations ("What I recommend", "Recommendations"): their items are the
 * strategy's rules, as under "Policies", though the checker's headings do not name them.
 */
// A heading that explains ("How the commitments fit together", "Why these pledges") is about
// the commitments, not a list of them.
const EXPLAINS_HEADING = /^\s*(?:how|why)\b/i;
const COMMIT_HEADING =
	/\b(?:commit\s+to|commitments?|we\s+commit|pledges?|promises?\s+we\s+make|what\s+we\s+(?:will\s+)?(?:hold|guarantee|promise)|what\s+(?:i|we)\s+(?:recommend|propose)|recommendations?)\b/i;

/** What is worked out once per sentence and section, and kept between runs (memo below). */
interface Judgement {
	policy: boolean;
	strength: 'strong' | 'weak' | 'none';
	via: string;
	own: ReturnType<typeof findRationale>;
	damped?: Terms;
	tradeoff?: Tradeoff;
}

// The app re-weaves the same strategies as their authors edit them: per-sentence judgements
// are kept by section path and text (bounded), as the checker keeps its block analyses.
// Key terms depend on the synonyms too, so `damped` is kept only for the built-in lexicon.
// Kept by text first, then by section path and list-item flag: the text is a string already
// hashed for the other memos, and a long key built per sentence cost more than the lookup.
const judgements = new Map<string, Map<string, Judgement>>();
let judgementCount = 0;
const reasons = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;
/** The longest sentence weave reads as a policy or a cost (the checker's length rule flags
 *  sentences far shorter than this). */
export const MAX_SENTENCE_CHARS = 2_000;
let memoSynonyms: SynonymIndex | null = null;

/** A sentence's words (`wordsOf`), scanned once and shared by the classifiers, as the checker
 * shares them (engine/analyze.ts). */
type Words = () => readonly Word[];

/** A section as the classifier reads it, worked out once per block (`readPolicies`). */
interface ClassifierSection {
	headings: readonly string[];
	/** `sectionRole(headings, 'strategy')`: the classifier's reading of the headings. */
	classRole: SectionRole;
	/** The heading path as a memo key. */
	pathKey: string;
}

function judged(
	text: string,
	section: ClassifierSection,
	listItem: boolean,
	words: Words
): Judgement {
	const key = `${listItem ? 1 : 0}${section.pathKey}`;
	let byPath = judgements.get(text);
	let j = byPath?.get(key);
	if (!j) {
		const w = words();
		const c = classifyPolicy(text, {
			kind: 'strategy',
			headings: section.headings,
			role: section.classRole,
			listItem,
			words: w
		});
		j = {
			policy: c.policy,
			strength: c.strength,
			via: c.via,
			own: c.policy ? findRationale(text, w) : null
		};
		if (judgementCount > MEMO_LIMIT) {
			judgements.clear();
			judgementCount = 0;
			byPath = undefined;
		}
		if (!byPath) judgements.set(text, (byPath = new Map()));
		byPath.set(key, j);
		judgementCount++;
	}
	return j;
}

// A declarative sentence of a few words: not a question, not a label or a link.
const STATEMENT = /^(?![^.!?]*\?\s*$)(?=(?:\S+\s+){4,})[A-Z`*_"'(]/u;
const listedMemo = new WeakMap<Judgement, Judgement>();
/** A list item under a policy heading, taken as a (weak) policy though no cue marks it. */
function listed(j: Judgement, text: string, words: Words): Judgement {
	let out = listedMemo.get(j);
	if (!out) {
		out = {
			...j,
			policy: true,
			strength: 'weak',
			via: 'listed',
			own: findRationale(text, words())
		};
		listedMemo.set(j, out);
	}
	return out;
}

function reasonOf(text: string, words: Words): boolean {
	let r = reasons.get(text);
	if (r === undefined) {
		r = givesReasonFor(text, findRationale(text, words())) !== null;
		if (reasons.size > MEMO_LIMIT) reasons.clear();
		reasons.set(text, r);
	}
	return r;
}

/**
 * Whether a sentence is a policy with a reason clause of its own, after its main clause ("Each
 * bakery's shift engineers decide when …, since they know …"): its reason is for itself, not
 * for the policy before it. A firm commitment, or any policy under a policy heading: elsewhere a
 * plain statement with a reason in it ("The model has predicted …, because …") still argues for
 * the policy before it.
 */
function ownReason(
	s: SourceSentence,
	section: (ClassifierSection & { role: string }) | undefined,
	words: Words
): boolean {
	if (!section || section.role === 'context') return false;
	const j = judged(s.text, section, false, words);
	return (
		j.policy && (j.strength === 'strong' || section.role === 'policy') && !!j.own && j.own.start > 0
	);
}

const copy = (t: Tradeoff): Tradeoff => ({
	setAside: [...t.setAside],
	costs: [...t.costs],
	whoPays: [...t.whoPays]
});

/** Heading path (outermost first) of every block, by block index. */
function headingPaths(blocks: readonly Block[]): string[][] {
	const stack: { depth: number; text: string }[] = [];
	return blocks.map((b) => {
		if (b.type === 'heading') {
			while (stack.length && stack[stack.length - 1].depth >= b.depth) stack.pop();
			const path = stack.map((h) => h.text);
			stack.push({ depth: b.depth, text: b.text });
			return path;
		}
		return stack.map((h) => h.text);
	});
}

/** The rule a table row states, when its table is a table of rules (read once per table). */
function ruleOfRow(
	tables: Map<string, Map<number, TableRule> | null>,
	s: SourceSentence,
	block: Block
): TableRule | undefined {
	const key = `${s.docIndex}:${s.block}`;
	let rules = tables.get(key);
	if (rules === undefined) tables.set(key, (rules = tableRules(block.raw, block.line)));
	return rules?.get(s.line);
}

/** A row of a table of rules as a policy: its rule cell, with the reason cell as rationale. */
function tableRecord(
	row: SourceSentence,
	index: number,
	rule: TableRule,
	synonyms: SynonymIndex
): PolicyRecord {
	const text = rule.text;
	const own = findRationale(text);
	const at = own && own.marker !== 'so' ? own.start : -1;
	const terms = keyTerms(text, {
		synonyms,
		codeSpans: row.codeSpans,
		damp: at > 0 ? [[at, text.length]] : undefined
	});
	for (const label of rule.labels)
		for (const [t, w] of keyTerms(label, { synonyms })) if (!terms.has(t)) terms.set(t, w * 0.5);
	const rationale = own ? [text.slice(own.start).replace(/^[,;—–(]\s*/, '')] : [];
	if (rule.why) rationale.push(rule.why);
	const sentence: SourceSentence = { ...row, text, terms };
	const fp = fingerprint(row.doc, text);
	return {
		fingerprint: fp,
		reasonAt: at,
		listed: true,
		policy: {
			id: 'p-' + hash(fp),
			doc: row.doc,
			line: row.line,
			column: row.column,
			length: row.length,
			section: row.section,
			text,
			rationale,
			tradeoff: tradeoffOf(text, at)
		},
		sentence,
		index,
		terms,
		strong: true
	};
}

/** Whether the sentence opens its FAQ answer's rule (the first that states one, once per answer). */
function answerOpens(answered: Set<string>, s: SourceSentence, block: Block): boolean {
	const key = `${s.docIndex}:${block.sectionIndex}`;
	if (answered.has(key) || !opensAnswer(s.text)) return false;
	answered.add(key);
	return true;
}

/** Everything read from the strategies. */
export interface Reading {
	sentences: SourceSentence[];
	policies: PolicyRecord[];
	/** Per document index: sentences in sections about costs ("What this costs"), with their index. */
	costSentences: { sentence: SourceSentence; index: number }[][];
	/** Sentences given as the reason of the policy before them (a `Why:` item, the next sentence): sentence index → the policy's. */
	reasonFor: Map<number, number>;
}

/** Read the strategies into sentences and policies, in document order. */
export function readPolicies(docs: readonly NamedDoc[], synonyms: SynonymIndex): Reading {
	// Kept key terms were made with the built-in synonyms: another lexicon starts afresh.
	if (memoSynonyms !== synonyms) {
		judgements.clear();
		judgementCount = 0;
		memoSynonyms = synonyms;
	}
	// Parsed once: the sentences and the block structure read below come from the same parse.
	const parsed = docs.map((d) => parseMarkdown(d.markdown));
	// A policy's terms are damped after its reason clause: the sentences keep what they were read from.
	const sentences = readSentences(docs, synonyms, parsed, true);
	const paths = parsed.map((p) => headingPaths(p.blocks));
	const costSentences: Reading['costSentences'] = docs.map(() => []);
	const reasonFor = new Map<number, number>();
	const policies: PolicyRecord[] = [];
	const tables = new Map<string, Map<number, TableRule> | null>();
	// Per block, computed once: its heading path, what its section is for, whether it states costs.
	const faqs = parsed.map((p) => faqAnswers(p.blocks));
	// A document's title (its one top heading, first): it names the document, not a section.
	const titles = parsed.map((p) => {
		const first = p.blocks.find((b) => b.type === 'heading');
		return first?.depth === 1 &&
			p.blocks.filter((b) => b.type === 'heading' && b.depth === 1).length === 1
			? first.text
			: undefined;
	});
	const sections = paths.map((doc, d) =>
		doc.map((path, b) => {
			// A FAQ's answer is read under the headings above its questions, not the document's
			// title ("Sift in 2027: a memo from the head of data" is no "Data" section); it states
			// a rule.
			const faq = faqs[d].has(b);
			const headings = faq
				? withoutQuestions(path).filter((h, i) => i > 0 || h !== titles[d])
				: path;
			const deepest = headings[headings.length - 1] ?? '';
			// What a strategy leaves open ("What these records leave open") asks; it rules nothing.
			// A heading naming a choice ("Fewer names over richer data") heads its rules, one per
			// paragraph, even under "Tradeoffs"; one that explains how the document's own choices
			// fit together rules nothing.
			const chooses = choiceHeading(deepest);
			const role =
				LEFT_OPEN.test(deepest) || FIT_HEADING.test(deepest)
					? 'context'
					: chooses
						? 'neutral'
						: sectionRole(headings);
			const commits =
				chooses ||
				(!EXPLAINS_HEADING.test(deepest) &&
					(COMMIT_HEADING.test(deepest) || ASK_HEADING.test(deepest)));
			return {
				headings,
				classRole: sectionRole(headings, 'strategy'),
				pathKey: headings.join('\u0001'),
				role,
				faq,
				commits,
				chooses,
				// A section of commitments holds rules, one per item, as a policy section does.
				items: role === 'policy' || (role === 'neutral' && (commits || faq)),
				costs: headings.some((h) => COST_HEADING.test(h))
			};
		})
	);
	// Paragraphs that hold one rule each, and the FAQ answers whose rule is already read.
	const paragraphs = parsed.map((p) => paragraphRules(p.blocks));
	const answered = new Set<string>();
	// Each sentence's words, scanned when first needed (a sentence is read as itself and as the
	// reason of the one before it).
	const scanned: (readonly Word[] | undefined)[] = [];
	const wordsAt =
		(i: number): Words =>
		() =>
			(scanned[i] ??= wordsOf(sentences[i].text));
	sentences.forEach((s, index) => {
		// A "sentence" of thousands of characters (a run with no full stop) is no rule anyone wrote:
		// it is not read, and the readings below, which look ahead from each cue to the clause's
		// end, stay linear.
		if (s.text.length > MAX_SENTENCE_CHARS) return;
		const block = parsed[s.docIndex].blocks[s.block];
		const section = sections[s.docIndex][s.block];
		if (!section) return;
		const { role } = section;
		if (section.costs) costSentences[s.docIndex].push({ sentence: s, index });
		if (block?.type === 'table') {
			const rule = role !== 'context' ? ruleOfRow(tables, s, block) : undefined;
			if (rule) policies.push(tableRecord(s, index, rule, synonyms));
			return;
		}
		if (!block) return;
		// A bold lead-in (`**Safe retries.** All endpoints…`) labels the policy; it is not one.
		const lead = BOLD_LEAD.exec(block.raw)?.[1]?.trim();
		if (lead && s.first && s.text.trim() === lead) return;
		if (role === 'context') return;
		// A decision record's labelled paragraphs around its decision ("**Context:**",
		// "Status:", "Consequences:") describe it; they are no policies of their own.
		if (RECORD_LABEL.test(block.raw.trimStart())) return;
		if (HEADER_FIELD.test(s.text.trimStart()) || UNDECIDED.test(s.text) || SCOPE_NOTE.test(s.text))
			return;
		// Under a choice heading, what the choice costs ("We give up…") is its tradeoff.
		if (section.chooses && COST_OPENING.test(s.text.trimStart())) return;
		const listItem = block.type === 'list-item' && s.first;
		// The sentence right after a bold title ("**Restores are honest.** For a tenant restore
		// we accept…") opens its item as a list item's first sentence does.
		const prev = sentences[index - 1];
		const afterLead =
			!!lead &&
			prev !== undefined &&
			prev.docIndex === s.docIndex &&
			prev.block === s.block &&
			prev.text.trim() === lead;
		// The decision itself: the sentence the label opens (or that follows it as a bold lead).
		const decision =
			s.first &&
			DECISION_LABEL.test(block.raw.trimStart()) &&
			(DECISION_LABEL.test(s.text.trimStart()) || afterLead);
		const opens =
			listItem ||
			afterLead ||
			decision ||
			(section.commits && s.first && paragraphs[s.docIndex].has(s.block)) ||
			(section.faq && answerOpens(answered, s, block));
		const items = section.items || decision;
		const words = wordsAt(index);
		let c = judged(s.text, section, listItem, words);
		// Under a policy heading, each list item states one policy, whatever its tense ("Each
		// client team owns its pipeline…", "Android apps are written in Kotlin").
		if (!c.policy && items && opens && STATEMENT.test(s.text)) c = listed(c, s.text, words);
		if (!c.policy) return;
		// Outside a policy section, a plain present-tense statement is usually description.
		if (c.strength === 'weak' && role !== 'policy' && c.via === 'present' && !(items && opens))
			return;
		const rationale: string[] = [];
		const own = c.own;
		if (own) rationale.push(s.text.slice(own.start).replace(/^[,;—–(]\s*/, ''));
		const next = sentences[index + 1];
		if (next && next.docIndex === s.docIndex) {
			const sameBlock = next.block === s.block;
			const nextBlock = parsed[s.docIndex].blocks[next.block];
			// The next sentence of the item, or a `Why:` sub-item / paragraph right after it.
			const follows =
				sameBlock ||
				(next.block === s.block + 1 &&
					nextBlock !== undefined &&
					/^(?:why|because|rationale|reason)\b/i.test(next.text));
			const nextWords = wordsAt(index + 1);
			if (
				follows &&
				reasonOf(next.text, nextWords) &&
				!ownReason(next, sections[next.docIndex][next.block], nextWords)
			) {
				rationale.push(next.text);
				reasonFor.set(index + 1, index);
			}
		}
		// What a policy is about lives before its reason clause (as in extract: a "so …" clause
		// and judgements such as "is worth…" are not taken as the reason).
		const at =
			own &&
			own.marker !== 'so' &&
			!/^(?:is|are|was|were)\s/.test(own.marker) &&
			// "we accept losing up to an hour" states the policy's cost: it is what the policy says.
			!/\b(?:accept|cost|expense)\b/i.test(own.marker)
				? own.start
				: -1;
		const damp = () => dampedTerms(s.occurrences, s.text, { synonyms, codeSpans: s.codeSpans }, at);
		let terms = at <= 0 ? s.terms : s.codeSpans.length ? damp() : (c.damped ??= damp());
		// The bold lead of its item names what the policy is about, in the author's words
		// ("**Lessons survive a dropped network.** The player caches…").
		if (lead && s.first && block.raw.indexOf(lead) < 8) {
			terms = new Map(terms);
			for (const [t, w] of keyTerms(lead, { synonyms })) if (!terms.has(t)) terms.set(t, w * 0.5);
		}
		const fp = fingerprint(s.doc, s.text);
		policies.push({
			fingerprint: fp,
			reasonAt: at,
			listed: opens,
			policy: {
				id: 'p-' + hash(fp),
				doc: s.doc,
				line: s.line,
				column: s.column,
				length: s.length,
				section: s.section,
				text: s.text,
				rationale,
				tradeoff: copy((c.tradeoff ??= tradeoffOf(s.text, at)))
			},
			sentence: s,
			index,
			terms,
			// Under a policy heading a plain statement is a commitment too ("Districts go live in
			// waves of at most 20"): strategies state their rules in the present tense.
			strong: c.strength === 'strong' || items
		});
	});
	// Two policies may share an id when a document repeats a sentence word for word.
	const seen = new Map<string, number>();
	for (const p of policies) {
		const n = (seen.get(p.policy.id) ?? 0) + 1;
		seen.set(p.policy.id, n);
		if (n > 1) p.policy.id += '-' + n;
	}
	return { sentences, policies, costSentences, reasonFor };
}
