/**
 * Strategies → policy sentences. The sentences come from the reader `extract` uses (source
 * position, section, block, key terms), so threads are grouped on the same terms as recurring
 * decisions; which of them are policies is decided by the checker's classifier
 * (`classify/policy.ts`), given the full heading path, so the checker and `weave` agree on what
 * a policy is. Each policy gets its reasons (`classify/rationale.ts`) and its tradeoff.
 */
import { findRationale, givesReasonFor } from '../classify/index.js';
import { classifyPolicy, sectionRole } from '../classify/policy.js';
import { parseMarkdown, type Block } from '../text/index.js';
import type { NamedDoc, WovenPolicy } from '../types.js';
import { readSentences, type SourceSentence } from '../extract/sentences.js';
import { keyTerms, type SynonymIndex, type Terms } from '../extract/terms.js';
import { fingerprint, hash } from './ids.js';
import { tradeoffOf } from './tradeoff.js';

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
}

/** Sections that state costs and tradeoffs for the policies of the document. */
const COST_HEADING =
	/\b(?:cost|costs|tradeoffs?|trade-offs?|give\s+up|giving\s+up|downsides?|price|what\s+we\s+lose|risks?)\b/i;
const BOLD_LEAD = /^\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?(?:\*\*|__)(.+?)(?:\*\*|__)/;

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

/** Everything read from the strategies. */
export interface Reading {
	sentences: SourceSentence[];
	policies: PolicyRecord[];
	/** Per document index: sentences in sections about costs ("What this costs"), with their index. */
	costSentences: { sentence: SourceSentence; index: number }[][];
}

/** Read the strategies into sentences and policies, in document order. */
export function readPolicies(docs: readonly NamedDoc[], synonyms: SynonymIndex): Reading {
	const sentences = readSentences(docs, synonyms);
	const parsed = docs.map((d) => parseMarkdown(d.markdown));
	const paths = parsed.map((p) => headingPaths(p.blocks));
	const costSentences: Reading['costSentences'] = docs.map(() => []);
	const policies: PolicyRecord[] = [];
	sentences.forEach((s, index) => {
		const block = parsed[s.docIndex].blocks[s.block];
		const headings = paths[s.docIndex][s.block] ?? [];
		if (headings.some((h) => COST_HEADING.test(h)))
			costSentences[s.docIndex].push({ sentence: s, index });
		if (!block || block.type === 'table') return;
		// A bold lead-in (`**Safe retries.** All endpoints…`) labels the policy; it is not one.
		const lead = BOLD_LEAD.exec(block.raw)?.[1]?.trim();
		if (lead && s.first && s.text.trim() === lead) return;
		if (sectionRole(headings) === 'context') return;
		const c = classifyPolicy(s.text, {
			kind: 'strategy',
			headings,
			listItem: block.type === 'list-item' && s.first
		});
		if (!c.policy) return;
		// Outside a policy section, a plain present-tense statement is usually description.
		if (c.strength === 'weak' && sectionRole(headings) !== 'policy' && c.via === 'present') return;
		const rationale: string[] = [];
		const own = findRationale(s.text);
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
			if (follows && givesReasonFor(next.text)) rationale.push(next.text);
		}
		// What a policy is about lives before its reason clause (as in extract: a "so …" clause
		// and judgements such as "is worth…" are not taken as the reason).
		const at =
			own && own.marker !== 'so' && !/^(?:is|are|was|were)\s/.test(own.marker) ? own.start : -1;
		let terms =
			at > 0
				? keyTerms(s.text, { synonyms, codeSpans: s.codeSpans, damp: [[at, s.text.length]] })
				: s.terms;
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
			policy: {
				id: 'p-' + hash(fp),
				doc: s.doc,
				line: s.line,
				column: s.column,
				length: s.length,
				section: s.section,
				text: s.text,
				rationale,
				tradeoff: tradeoffOf(s.text)
			},
			sentence: s,
			index,
			terms,
			// Under a policy heading a plain statement is a commitment too ("Districts go live in
			// waves of at most 20"): strategies state their rules in the present tense.
			strong: c.strength === 'strong' || sectionRole(headings) === 'policy'
		});
	});
	// Two policies may share an id when a document repeats a sentence word for word.
	const seen = new Map<string, number>();
	for (const p of policies) {
		const n = (seen.get(p.policy.id) ?? 0) + 1;
		seen.set(p.policy.id, n);
		if (n > 1) p.policy.id += '-' + n;
	}
	return { sentences, policies, costSentences };
}
