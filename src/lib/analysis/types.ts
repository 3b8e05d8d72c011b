/**
 * The engine's public data shapes (see DESIGN.md, "The engine's public contract").
 * Everything here is plain serialisable data: findings cross from the engine to the CLI,
 * the editor and JSON output unchanged. This file is the one home of `DocKind`, `RuleId`,
 * `Finding` and `Dismissal`: the model, editor and workspace layers import them from here.
 */

/** The document kinds, in shelf order. */
export const DOC_KINDS = ['design', 'strategy', 'vision'] as const;

/** The three kinds of document Fivefold knows. */
export type DocKind = (typeof DOC_KINDS)[number];

/** Whether a value is one of the document kinds. */
export function isDocKind(value: unknown): value is DocKind {
	return (DOC_KINDS as readonly unknown[]).includes(value);
}

/** How much a finding matters; only `error` fails a document (and the CLI). */
export type Severity = 'error' | 'warning' | 'info';

/** The stable rule ids. More may be added; these keep their names. */
export const RULE_IDS = [
	'length',
	'specificity',
	'hedge',
	'rationale',
	'horizon',
	'grounding',
	'audacity',
	'problem-first',
	'placeholder'
] as const;

/** A stable rule id. */
export type RuleId = (typeof RULE_IDS)[number];

/** One thing the checker noticed, positioned in the Markdown source. */
export interface Finding {
	rule: RuleId;
	severity: Severity;
	/** Names the words that triggered it. */
	message: string;
	/** How to fix it. */
	hint?: string;
	/** 1-based line in the Markdown source. */
	line: number;
	/** 1-based column in the Markdown source. */
	column: number;
	/** The source text the finding is about (a sentence, a phrase or a heading). */
	excerpt: string;
	/** Length of the flagged span in source characters, starting at line/column (for editors). */
	length?: number;
	/** The words that triggered the finding. */
	actual?: string[];
}

/**
 * A finding the author dismissed, stored in the document's `dismissed` list and matched again
 * by rule and excerpt (whitespace-insensitive), so it survives edits elsewhere and lapses when
 * its own sentence changes. On Markdown export it becomes an ignore comment.
 */
export interface Dismissal {
	rule: RuleId;
	/** The finding's excerpt when it was dismissed. */
	excerpt: string;
	/** Why, in the author's words ('' when none was given). */
	reason: string;
	/** When it was dismissed (ms since the epoch). */
	at: number;
}

/** The result of `check`. */
export interface Report {
	kind: DocKind;
	words: number;
	/** Words / 500, rounded to one decimal. */
	pages: number;
	/** True only when no error-severity finding remains. */
	pass: boolean;
	findings: Finding[];
	/** Per rule, a score from 0 (bad) to 1 (clean) for this document, for rules that apply to its kind. */
	scores: Partial<Record<RuleId, number>>;
}

/** A place in a source document that supports a decision, thread or contradiction side. */
export interface Evidence {
	/** The `name` the caller passed in, unchanged. */
	doc: string;
	/** 1-based line in that document's Markdown. */
	line: number;
	/** The heading the sentence sits under ('' when none). */
	section: string;
	/** The evidence sentence as written. */
	text: string;
}

/** A decision (design docs) or thread (strategies) found in several documents. */
export interface Decision {
	summary: string;
	docs: string[];
	evidence: Evidence[];
	rationale: string[];
	controversial: boolean;
	score: number;
	/** Alternatives the documents weighed and rejected. */
	alternatives?: string[];
}

/** The result of `extract`: recurring decisions (two or more docs) first. */
export interface Extraction {
	decisions: Decision[];
}

/** A document given to `extract` or `weave`. */
export interface NamedDoc {
	name: string;
	markdown: string;
}

/** What a strategy's policy accepts to get what it wants (weave). */
export interface Tradeoff {
	/** What it sets aside: "rather than X", "instead of X", "X over Y" (Y), "not X", "no new X". */
	setAside: string[];
	/** What it costs: "at the cost of X", "we accept X", "which means X", "even if X". */
	costs: string[];
	/** Teams, people or users named as bearing the cost, when stated. */
	whoPays: string[];
}

/** A policy sentence of a strategy, with its reasons and the tradeoff it accepts. */
export interface WovenPolicy {
	/** Stable: hash of the document name and the normalised sentence. */
	id: string;
	doc: string;
	/** 1-based line and column of the sentence start; `length` in source characters. */
	line: number;
	column: number;
	length: number;
	/** The heading the sentence sits under ('' when none). */
	section: string;
	/** The sentence as written (plain text). */
	text: string;
	/** Reasons the strategy gave: the sentence's own reason clause, the next sentence, a `Why:` item. */
	rationale: string[];
	tradeoff: Tradeoff;
}

/** Thread evidence: the contract's Evidence plus the sentence's span and the policy it quotes. */
export interface ThreadEvidence extends Evidence {
	/** 1-based column of the sentence start on `line`. */
	column: number;
	/** Length of the sentence in source characters. */
	length: number;
	/** WovenPolicy id. */
	policy: string;
}

/** A direction shared by two or more strategies. */
export interface Thread extends Decision {
	evidence: ThreadEvidence[];
	/** Stable across re-runs while its evidence is unchanged. */
	id: string;
	/** Ids of the policies that make up the thread. */
	policies: string[];
	/** What its policies set aside or cost, deduplicated. */
	tradeoffs: string[];
	/** The heaviest key terms the policies share, for display. */
	terms: string[];
}

/** One side of a contradiction. */
export interface ContradictionSide {
	doc: string;
	line: number;
	/** The policy as written (two sentences when the policy states it over two). */
	text: string;
	/** WovenPolicy id (of the first sentence when two). */
	policy: string;
}

/** Two policies of different strategies on the same topic that pull apart. */
export interface Contradiction {
	/** Stable: hash of both sides' document and normalised text, order-independent. */
	id: string;
	/** What both sides decide: "datastore", "service protocol", "p99 latency budget"… */
	topic: string;
	/**
	 * `polarity`: one adopts what the other avoids (or centralises what the other leaves to
	 * teams, builds what the other buys); `category`: different choices in the same category;
	 * `number`: different numbers for the same measured thing; `marked`: a pair worth comparing
	 * that the author marked as conflicting (the weave page; `weave` never returns it).
	 */
	kind: 'polarity' | 'category' | 'number' | 'marked';
	a: ContradictionSide;
	b: ContradictionSide;
	/** The words on each side that pull apart, and why they are taken as the same topic. */
	why: string;
}

/**
 * Two policies of different strategies on one topic, by structure (a rare shared term, one
 * thing under two names, numbers about one term), that the engine did not judge: for the
 * author to read side by side (weave/compare.ts).
 */
export interface ComparePair {
	/** As a contradiction's id would be: hash of both sides, order-independent. */
	id: string;
	a: ContradictionSide;
	b: ContradictionSide;
	/** What both are about, as written in the policies, strongest first. */
	terms: string[];
	/** Whether both carry a number, duration or date about a shared term. */
	numbers: boolean;
	/**
	 * How the two differ on the topic, heaviest first ("18 hours vs a full day", "“never” on
	 * one side only", "who chooses: one shared choice vs each team chooses"); may be empty.
	 */
	differences: string[];
	/**
	 * Topic strength times the lift of its differences: a cosine over both sides' rare terms
	 * weighed by IDF over sentences (numbers count more).
	 */
	score: number;
}

/** Per thread: the accumulated tradeoff over the horizon, as data and questions, never facts. */
export interface ExtrapolationPrompt {
	/** Thread id. */
	thread: string;
	/** "March 2028": month and year of `horizon.from`. */
	by: string;
	/** Facts taken from the strategies. */
	data: string[];
	/** Questions for the author. */
	questions: string[];
}

/** The result of `weave`: strategies → threads, contradictions, horizon and prompts. */
export interface Weave {
	/** Every policy found, document by document, in document order. */
	policies: WovenPolicy[];
	/** Directions shared by two or more strategies, most strategies first. */
	threads: Thread[];
	contradictions: Contradiction[];
	/**
	 * Pairs worth comparing: policies of different strategies on one topic that are not
	 * reported as contradictions, strongest topic first, at most 15 (weave/compare.ts).
	 */
	toCompare: ComparePair[];
	/** `today` and the dates two (`from`) and three (`to`) years out, YYYY-MM-DD. */
	horizon: { today: string; from: string; to: string };
	prompts: ExtrapolationPrompt[];
}
