/**
 * What a policy takes a stand on, read from its words and their structure:
 *
 * - **choices**: named systems of a category (lexicon/extract-categories.ts: datastore,
 *   protocol, language, cloud, CI…), each adopted (+1), refused (−1: "no new X", "we do not
 *   create X", "instead of X", "X over…" on the losing side, "migrate off X") or in passing
 *   (0: "stays on X until…");
 * - **poles** on axes that are not named systems: build vs buy, one shared choice vs each team
 *   choosing, one repository vs many;
 * - **quantities**: numbers with a unit (%, ms, days, GB…) and the words around them, the
 *   measured thing;
 * - **refused phrases**: what a negative rule or a "rather than" clause sets aside, as terms.
 *
 * Everything is explainable: each stance keeps the words that set it.
 */
import { tokenize, type Token } from '../text/index.js';
import { asciiCopy, isAscii } from '../text/ascii.js';
import { baseOf, categoryOf, type SynonymIndex, type Terms } from '../extract/terms.js';
import { DATE, MONTHS, dayOf } from './clause.js';
import { WEAVE_SYSTEMS_BY_FIRST, STREAM_PROCESSING_NOUN } from '../lexicon/weave-systems.js';
import { personMakes, retentionAt, whoChooses, wordDurations, wordShares } from './words.js';

/** A name a strategy defines for a system ("`mq-core`, the IBM MQ queue manager"). */
export interface Alias {
	name: string;
	category: string;
	/** The words that define it. */
	defined: string;
}

/** A named system the policy takes a stand on. */
export interface Choice {
	/** Canonical name (synonyms folded) and as written. */
	name: string;
	written: string;
	category: string;
	/** +1 adopted, −1 refused, 0 mentioned in passing or on the way out. */
	polarity: 1 | -1 | 0;
	/** How firmly it is chosen: a choice cue next to it ("standardize on", "is our only"…). */
	strength: number;
	/** The words that set the polarity ("no new", "instead of", "standardize on"…). */
	cue: string;
	/** Where it is written in the policy's text. */
	at: number;
	/** Claimed as the one member of its category ("X is our only / one / sole broker"). */
	sole: boolean;
	/** Refused as on its way out ("is switched off", "retired", "migrate off"). */
	retiring: boolean;
	/** For a name the strategy defines, the words that define it. */
	defined?: string;
}

/** A position on an axis that names no system (build vs buy, shared vs per team…). */
export interface Pole {
	axis: string;
	pole: string;
	/** The words that set it. */
	words: string;
	/** Whether its axis names the topic itself: one shared word suffices (see AXES). */
	near: boolean;
}

/** A number with a unit, normalised, and the words around it. */
export interface Quantity {
	/** As written ("99.95%", "800 ms", "25 months"). */
	written: string;
	dimension: 'percent' | 'time' | 'size' | 'money' | 'date' | 'count';
	/** In base units (seconds, bytes, percent, currency units; days since 1970 for a date). */
	value: number;
	/** Key terms within a few words of the number: the measured thing. */
	around: Set<string>;
	/** "at most", "at least", "under"… ('' when none). */
	bound: string;
	/**
	 * What kind of measure a duration is, from the words that hold it: `delay` ("two minutes
	 * after X", "within 30 s", an objective at a percentile), `age` ("deleted after 45 days",
	 * "kept for two years"), `span` (how long a stage lasts: "for 48 hours"), `window` ("the
	 * last 14 days"), `lead` ("60 minutes before"), `cadence` ("every two weeks", "a two-week
	 * cadence"), `amount` ("five minutes of writes"), `label` ("a 12-hour limit", "one-second
	 * resolution"); '' when nothing says. Two durations of different kinds measure different
	 * things.
	 */
	role: QuantityRole;
	/** The noun the number measures when the text says ("of writes", "-minute averages"). */
	head: string;
	/** The percentile the number holds at ("at the 99th percentile", "p99", "for 99% of…"). */
	percentile: number | null;
	/**
	 * The word that governs the number with its preposition, when one does ("lock after",
	 * "record within"; synonyms folded): two numbers under the same phrase measure one thing.
	 */
	governor: string;
	/**
	 * What the number measures, read from the words that govern it in its clause (MEASURES:
	 * "keeps … working for" is how long something keeps going, "lose … of writes" data lost,
	 * "notice before" a lead time); '' when none says. Two numbers of different measures are
	 * never compared; the same measure is evidence they are one.
	 */
	measure: string;
	/** A duration of keeping ("kept for at least…") or of destroying ("destroyed … after"). */
	keep?: 'kept' | 'deleted' | '';
}

export type QuantityRole =
	'' | 'delay' | 'age' | 'span' | 'window' | 'lead' | 'cadence' | 'amount' | 'label' | 'share';

/** A policy's stances. */
export interface Stance {
	choices: Choice[];
	poles: Pole[];
	quantities: Quantity[];
	/** Terms of what the policy refuses or sets aside ("calling the owner synchronously"). */
	refused: Set<string>;
	/** Whether the policy claims its choice for everything in scope ("all", "only", "every"…). */
	exclusive: boolean;
	/** Which side of the wire the policy is about, when it says: the client or the server. */
	tier: 'client' | 'server' | null;
}

// Words that may sit between a negation and the name it refuses: "do not create new X",
// "no separate X", "not building a X".
const BRIDGE = new Set(
	(
		'a an the any new more additional another separate second third other further extra own ' +
		'create creating introduce introducing add adding adopt adopting use using build building ' +
		'buy buying license licensing run running deploy deploying stand up provision provisioning ' +
		'write writing start starting choose choosing pick picking support supporting take on ' +
		'or and nor , either yet even'
	).split(' ')
);
const NEGATORS =
	/\b(?:(?:are|is|am)\s+against|no|not|never|without|avoid|avoids|avoiding|don['’]t|doesn['’]t|won['’]t|cannot|can['’]t|nor|forbid|forbids|forbidden|ban|bans|banned|stop|stops)\b/giu;
// "X is retired", "X queues are not created": the subject refused.
const PASSIVE_REFUSAL =
	/\b(?:move|moves|migrate|migrates)\s+(?:off|away|to)\b|\b(?:is|are|will\s+be|must\s+be)\s+(?:not\s+(?:created|built|added|used|extended|accepted|supported|allowed|introduced|adopted|bought|licensed)|retired|deprecated|decommissioned|frozen|forbidden|banned|phased\s+out|sunset|removed|replaced|switched\s+off|shut\s+down|turned\s+off|migrated\s+(?:off|away|to)|moved\s+(?:off|away|to))\b/iu;
// "if", "unless", "only if" right before a negation: a condition, not a refusal.
const CONDITION_BEFORE = /\b(?:if|unless|whether)\s+$/iu;
// A pole worded as a negation keeps its side whatever negation covers it.
const NEGATED_POLE = /^without\b/i;
// Clauses that set aside what follows them.
const SET_ASIDE_LEAD =
	/\b(?:rather\s+than|instead\s+of|in\s+place\s+of|away\s+from|move\s+off|moves\s+off|migrate\s+off|migrated\s+off|retire|retires|deprecate|deprecates|replace|replaces|replacing|phase\s+out|phases\s+out|over)\b/giu;
// Set-aside cues of a move or a replacement: the destination after them is chosen.
const MOVE_LEAD = /^(?:away|move|moves|migrate|migrated|replace|replaces|replacing)\b/i;
const ASIDE_END = /[.;:!?—–]|,\s|\s(?:because|since|so\s+that|which|but)\s/i;
const ASIDE_END_MOVE = new RegExp(`${ASIDE_END.source}|\\s(?:to|onto|into|with)\\s`, 'i');
const TRANSITION =
	/\b(?:until|for\s+now|for\s+the\s+time\s+being|while\s+we|during\s+the\s+migration)\b/iu;
// Cues that make a mention a choice, before the name ("standardize on X", "written in X")…
const CHOICE_BEFORE =
	/\b(?:standardi[sz]e[sd]?\s+on|default(?:s)?\s+to|adopt(?:s)?|use|uses|choose|chose|pick|prefer|prefers|written\s+in|built\s+(?:in|on|with)|runs?\s+(?:on|as)|live[s]?\s+(?:in|on)|stor(?:e|ed|es)\s+in|kept\s+in|managed\s+in|defined\s+in|move[sd]?\s+to|migrate[sd]?\s+to|go(?:es)?\s+to|expose[sd]?|(?:is|are)|on|in|through|via|over)\s+(?:\S+\s+){0,2}$/iu;
// …or after it ("X is our only broker", "X is the default").
const CHOICE_AFTER =
	/^\W*(?:\S+\s+){0,4}?(?:is|are)\s+(?:our|the)\s+(?:only|one|default|standard|sole|single|primary|preferred)\b|^\W*(?:is|are)\s+(?:the\s+)?(?:default|standard|required|mandatory)\b|^\W*(?:for\s+(?:all|every|each)|everywhere|only\b)/iu;
// "…one payments supplier, X": a name right after "one / a single / only one <noun>," (up to
// three words of the noun phrase), in apposition to it.
const ONE_APPOSED =
	/\b(?:one|a\s+single|only\s+one|the\s+only)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,\s*$/i;
// "X is our only / one / sole broker": the one member of its category.
const SOLE = /^\W*(?:\S+\s+){0,4}?(?:is|are)\s+(?:our|the)\s+(?:only|one|sole|single)\b/iu;
// "The solver stays in C++": what exists is kept, not chosen anew.
const STAYS =
	/\b(?:stays?|remains?|(?:is|are)\s+kept|continues?\s+to\s+(?:run|be))\s+(?:in|on|with|as)\s+(?:\S+\s+)?$/iu;
// Categories of systems that keep data: "kept in" one of them says where data lives.
const STORES = new Set(['datastore', 'cache', 'warehouse', 'search']);
// Cues of a system on its way out.
const RETIRING =
	/retire|deprecat|decommission|phase|sunset|remov|replac|switched|shut|turned|migrat|move|away|off/i;
// A name the lexicon does not know, written as one word ending in DB ("FaunaDB").
const DB_NAME = /^[A-Z][A-Za-z]+DB$/;
const EXCLUSIVE =
	/\b(?:no|not)\b[^.;]{0,30}\b(?:second|another)\s+(?:[\w-]+\s+)?(?:cloud|provider|vendor|broker|database|language|platform)s?\b|\b(?:all|every|everything|each|only|sole|single|always|standardi[sz]e[sd]?|defaults?|no\s+exceptions?|without\s+exception|company-wide|everywhere|one\s+(?:\w+\s+)?(?:for|across)\s+(?:all|every|each))\b|\b(?:new|any)\s+(?:services|systems|projects|workloads|applications|apps|repositories|code|apis|components|tables|databases|jobs|pipelines|streams)\b/iu;

// Nouns that name a category, for names the lexicon does not know.
const CATEGORY_NOUNS: [RegExp, string][] = [
	[/^(?:database|datastore|data\s+store|store|system\s+of\s+record)$/, 'datastore'],
	[
		/^(?:(?:message\s+)?broker|queue|streaming\s+platform|event\s+bus|event\s+streaming\s+platform|messaging\s+system)$/,
		'messaging'
	],
	[/^(?:(?:programming\s+)?language|runtime)$/, 'language'],
	[/^(?:cloud|cloud\s+provider)$/, 'cloud'],
	[/^(?:ci|ci\s+system|build\s+system|ci\s+pipeline)$/, 'ci'],
	[/^(?:protocol|rpc\s+framework|api\s+style)$/, 'protocol'],
	[/^(?:(?:data\s+)?warehouse)$/, 'warehouse'],
	[/^(?:cache)$/, 'cache'],
	[/^(?:identity\s+provider|idp)$/, 'identity'],
	[/^(?:feature\s+flag\s+(?:service|system|tool))$/, 'flags'],
	[/^(?:(?:workflow\s+)?orchestrator|workflow\s+engine)$/, 'orchestration'],
	[/^(?:front[-\s]?end\s+framework|ui\s+framework)$/, 'frontend'],
	[STREAM_PROCESSING_NOUN, 'stream-processing']
];
const CATEGORY_NOUN =
	'database|datastore|data\\s+store|store|system\\s+of\\s+record|message\\s+broker|broker|queue|streaming\\s+platform|event\\s+bus|event\\s+streaming\\s+platform|messaging\\s+system|programming\\s+language|language|runtime|cloud\\s+provider|cloud|CI\\s+system|CI\\s+pipeline|CI|build\\s+system|protocol|RPC\\s+framework|API\\s+style|data\\s+warehouse|warehouse|cache|identity\\s+provider|IdP|feature\\s+flag\\s+(?:service|system|tool)|workflow\\s+orchestrator|orchestrator|workflow\\s+engine|front[-\\s]?end\\s+framework|UI\\s+framework|stream[-\\s]processing\\s+(?:framework|engine)|stream\\s+processor';
// "no other database", "not adding another (kind of) broker", "no second cloud": the category
// has one member, the one the sentence names.
const NO_OTHER = new RegExp(
	`\\b(?:no|not|never)\\b[^.;]{0,30}?\\b(?:second|another|other|further)\\s+(?:[\\w-]+\\s+)?(${CATEGORY_NOUN})s?\\b`,
	'i'
);
// Words before which "stop" is a noun ("Drover's stop history", "each stop").
const NOUN_AFTER =
	/(?:['’]s|\b(?:the|a|an|each|every|per|its|their|our|one|first|last|next|bus|no))\s+$/i;
const NAME = String.raw`((?:[A-Z][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*)(?:\s+[A-Z][\w.+#-]*){0,2})`;
const NAMED_CHOICE = new RegExp(
	NAME +
		String.raw`(?:,[^,.;]{1,40},)?\s+(?:is|are)\s+(?:our|the)\s+(?:only|default|standard|single|sole|primary|preferred|one)\s+(` +
		CATEGORY_NOUN +
		String.raw`)\b|\bwritten\s+in\s+` +
		NAME.replace('((?:', '(?<lang>(?:') +
		String.raw`|\b(?:default(?:s)?\s+to|standardi[sz]e[sd]?\s+on)\s+` +
		NAME.replace('((?:', '(?<dflt>(?:') +
		String.raw`\s+(?:as|for)\s+(?:our|the)\s+(?:only\s+|default\s+)?(` +
		CATEGORY_NOUN +
		String.raw`)\b`,
	'gu'
);
// What every match of NAMED_CHOICE holds: most sentences hold none, and the pattern tries a
// name at every word.
const NAMED_CHOICE_GATE = new RegExp(
	String.raw`\b(?:is|are)\s+(?:our|the)\s+(?:only|default|standard|single|sole|primary|preferred|one)\s+(?:` +
		CATEGORY_NOUN +
		String.raw`)\b|\bwritten\s+in\s|\b(?:default(?:s)?\s+to|standardi[sz]e[sd]?\s+on)\s`,
	'u'
);
// Capitalised words that open a sentence or name no system.
const NOT_A_NAME = /^(?:The|A|An|This|That|These|It|We|Our|Every|Each|All|New|No|One)\b/;

// Category members that are ordinary English words when written in lower case ("the rest of").
const ORDINARY = new Set([
	'rest',
	'go',
	'node',
	'lambda',
	'aurora',
	'oracle',
	'spanner',
	'conductor',
	'prefect',
	'argo',
	'pulsar',
	'nomad',
	'serverless',
	'swift',
	'rust',
	'temporal',
	'elastic'
]);

// Words that put a policy on one side of the wire.
const CLIENT =
	/\b(?:front[-\s]?end|web\s+app|browser|dashboard|user\s+interface|UI|iOS|Android|mobile\s+app|the\s+app|apps|single-page)\b/u;
const SERVER =
	/\b(?:back[-\s]?end|server|servers|server-side|services|service|microservices?|APIs?)\b/u;

// Axes that name no system. Each pole is a pattern; a pole inside a negation flips to the
// other ("We do not build device management" buys it).
// `near`: an axis whose poles name the topic themselves (who approves what reaches people,
// when releases may go out, how people sign in) needs a shared word, not close topics.
// "When a till reports a fault, Ledger moves its orders to the next till": a conditional
// action by a system (a name or "the system"), with no person between the event and the act.
const CONDITIONAL_ACTION =
	/^(?:[\w ]{1,20}:\s*)?(?:[Ww]hen|[Ww]henever|[Ii]f|[Oo]nce|[Aa]s\s+soon\s+as)\s[^,;.]{3,160},\s+(?:(?!(?:We|They|You|I|Someone|Staff)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|the\s+(?:system|service|platform|scheduler|software|gateway|controller|optimi[sz]er|engine|app))\s+(?!(?:approves|decides|reviews|signs|confirms|checks|pages|calls|asks)\b)[a-z]+s\b/u;
const AXES: {
	axis: string;
	gate: RegExp;
	/** Each pole: its name, its pattern, and another pattern for it (case-sensitive). */
	poles: [string, RegExp, RegExp?][];
	near?: boolean;
}[] = [
	{
		axis: 'build vs buy',
		gate: /buil|writ|devel|run|operat|host|exten|keep|house|homegrown|buy|bought|licen|purchas|outsourc|shelf|saas|managed|vendor|party|\bown\b|paid|suppl|provider|subscri/i,
		poles: [
			[
				'build',
				/\b(?:build(?:s|ing)?|writ(?:e|es|ing)|develop(?:s|ing)?|run(?:s|ning)?|operat(?:e|es|ing)|host(?:s|ing)?|extend(?:s|ing)?|keep(?:s|ing)?)\b(?:\s+\S+){0,5}?\s+(?:ourselves|in-house|in\s+house|our\s+own)\b|\b(?:we|will|to|must|shall)\s+(?:build|write|develop)\s+(?:(?:a|an|our|the|its|their)\s+)?(?:own\s+)?(?!on\b|in\b|with\b|for\b)[a-z][\w-]+|\bour\s+own\s+(?!team|staff|people|engineers|users|customers|time|pace|hardware|premises|rooms?|buildings?|sites?|machines|data\s+cent)[a-z][\w-]+|\bin-house\b|\bhomegrown\b|\bself-host(?:ed|s)?\b|\bbuild(?:s)?\s+(?:it|them|what|our|the\s+\w+\s+ourselves)\b|\bwe\s+(?:are|['’]re|have\s+been)\s+(?:now\s+)?(?:build|writ|develop)ing\b/iu
			],
			[
				'buy',
				/\b(?:buy|buys|bought|(?<!\b(?:its|the|our|their|a|an|these|those|this|that|no|any|more|software|user|seat)\s+)licen[cs](?:e|es|ing)(?=\s+(?!(?:are|is|was|were|for|fees?|costs?|and|or|to|from|renewals?|that|which|we|in|of|on|with|per)\b)[\w'’-])|purchase|purchases|outsource|outsources|off-the-shelf|saas|managed\s+(?:service|offering)|a\s+vendor|vendors?['’]?\s+(?:product|platform|tool|service)|third-party\s+(?:product|platform|tool|service))\b|\blicen[sc]ed\s+[a-z][\w-]+|\bpaid(?:-for)?\s+(?:data|feeds?|services?|products?|tools?|subscriptions?|apis?|sources?|content)\b|\bsubscri(?:be|bes|bing|ption)\s+to\b|\b(?:from|through|via)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:vendor|supplier|provider|reseller|aggregator)s?\b/iu
			]
		]
	},
	{
		axis: 'who chooses',
		gate: /standardi|central|company|one|single|exception|team/i,
		poles: [
			[
				'one shared choice',
				/\bstandardi[sz]e[sd]?\s+on\b|\bcentral(?:ly|i[sz]ed?|i[sz]es)?\b|\bcompany-wide\b|\bone\s+(?:shared\s+)?\w+\s+for\s+(?:all|every)\b|\bsingle\s+shared\b|\bno\s+exceptions?\s+for\s+team\b|\b(?:all|every)\s+teams?\s+(?:use|uses|must\s+use)\b/iu
			],
			[
				'each team chooses',
				/\b(?:each|every)\s+team\s+(?:chooses|picks|decides|selects|owns\s+its\s+own|runs\s+its\s+own|may\s+choose|can\s+choose)\b|\bteams?\s+(?:choose|pick|decide|select)s?\s+(?:their|its)\s+own\b|\bteams?\s+(?:may|can|are\s+free\s+to)\s+(?:choose|pick|use\s+(?:whatever|any))\b|\bteam['’]s\s+(?:choice|discretion|call)\b|\bper-team\b|\bwhatever\s+(?:the\s+)?team\b|\bleft\s+to\s+(?:each\s+)?teams?\b/iu
			]
		]
	},
	{
		axis: 'repository layout',
		gate: /repo/i,
		poles: [
			[
				'one repository',
				/\bmonorepo\b|\bmono-repo\b|\bsingle\s+repository\b|\bone\s+repository\b/iu
			],
			[
				'a repository per service',
				/\bpolyrepo\b|\b(?:its|their)\s+own\s+repositor(?:y|ies)\b|\brepositor(?:y|ies)\s+per\s+(?:service|team)\b|\bseparate\s+repositories\b/iu
			]
		]
	},
	{
		axis: 'synchronous vs events',
		gate: /sync|call|request|event|publish/i,
		poles: [
			[
				'synchronous calls',
				/\bsynchronous(?:ly)?\b|\b(?:call|calls|calling)\s+(?:each\s+other|the\s+owner|directly)\b|\brequest[-\s]response\b/iu
			],
			[
				'events',
				/\basynchronous(?:ly)?\b|\bevents?\b(?:\s+\S+){0,3}\s+(?:on|through|via)\b|\bpublish(?:es|ed)?\s+events?\b/iu
			]
		]
	},
	{
		// "…sends it straight to the crew without waiting for a dispatcher" vs "a person
		// approves every change before a customer sees it". A conditional action ("When X, the
		// system does Y") is automatic too: no person stands between X and Y.
		axis: 'automatic vs a person decides',
		gate: /automat|without|person|human|manual|approv|confirm|authori|verifi|review|checked\s+by|validated\s+by|on\s+(?:its|their)\s+own|until|someone|somebody|anyone|sign[-\s]off|\bonly\s+(?:the|a|an)\s|^(?:[\w ]{1,20}:\s*)?(?:when|whenever|if|once|as\s+soon\s+as)\s/i,
		near: true,
		poles: [
			[
				'automatic',
				/\bautomatic(?:ally)?\b|\bautomated\s+(?:actions?|changes?|decisions?|systems?)\b|\bon\s+(?:its|their)\s+own(?=\s*(?:[,.;:)]|$|(?:before|after|until|unless|when|while|if|and|or|without|as)\b))|\b(?:never|not|nobody|no\s+one|without\s+being)\s+(?:approved|reviewed|checked|seen|signed\s+off)\b|\bnever\s+(?:approves|reviews|checks|signs\s+off)\b(?!\s+by\s+(?:a|an|the|one|two)\s+(?:machine|system|model|script))|\bwithout\s+(?:anyone|anybody|someone|a\s+person)\s+(?:\w+ing)\b|\bwithout\s+(?:waiting\s+for\s+|asking\s+|involving\s+)?(?:a\s+|an\s+|the\s+|any\s+)?(?:person|human|people|operator|dispatcher|reviewer|approver|approval|sign-off|human\s+review|manual\s+(?:review|approval|step))\b|\bwithout\s+(?:waiting\s+for|asking|involving)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?(?:[a-z]+(?:ist|ian|eer|or|ant)|nurse|doctor|clerk|person|human)s?\b/iu,
				CONDITIONAL_ACTION
			],
			[
				'a person decides',
				/\buntil\s+(?:someone|somebody|a\s+person|a\s+human|(?:a|an|the)\s+(?:named\s+)?(?:[a-z]+(?:ist|ian|eer|or|ant|er)|person|human|manager|lead|owner|officer|supervisor))(?:\s+(?:at|in|from|on|of)\s+(?:the\s+|a\s+|an\s+)?[\w-]+)?\s+(?:has\s+|have\s+)?[a-z]+(?:s|ed)\b|\b(?:someone|somebody|a\s+person|a\s+human)\s+(?:must|has\s+to|needs\s+to|always)\s+(?:approve|press|click|confirm|review|sign|decide|check|send|accept)\w*\b|\b(?:every|each|all|any)\s+(?:[\w-]+\s+){1,3}?(?:is|are|must\s+be|gets?)\s+(?:authori[sz]ed|approved|signed\s+off|reviewed|checked|verified|validated|released|confirmed)\s+by\s+(?:a|an|the|one|two)\s+(?:[\w-]+\s+){0,3}?(?:[a-z]+(?:ist|ian|eer|or|ant)|nurse|doctor|clerk|person|human|lead|owner|officer)s?\b|\b(?:a|the|one)\s+(?:person|human|named\s+person|operator|reviewer|on-call\s+engineer)\s+(?:approves|confirms|reviews|signs\s+off|decides|must\s+approve)\b|\b(?:manual|human)\s+(?:approval|review|sign-off|confirmation)\b|\bhuman[-\s]in[-\s]the[-\s]loop\b|\buntil\s+(?:they|someone|a\s+person|the\s+\w+)\s+confirms?\b|\bonly\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:[a-z]+(?:ist|ian|eer|or|ant|er)|manager|lead|owner|officer|supervisor|person|human)s?\s+(?:may|can|is\s+allowed\s+to|decides?|approves?)\b|\bnever\s+without\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:[a-z]+(?:ist|ian|eer|or|ant|er)|manager|lead|owner|officer|supervisor|person|human)(?:['’]s)?\b|\b(?:a|the)\s+(?:[\w-]+\s+)?(?:person|human|[a-z]+(?:ist|ian|eer|or|ant|er)|manager|supervisor|officer)\s+must\s+(?:approve|decide|sign|confirm|authori[sz]e)\b/iu
			]
		]
	},
	{
		// "If nobody is there, the driver leaves the parcel in the porch" vs "hand every parcel to
		// a person": whether a handover needs someone to take it. The poles name the topic.
		axis: 'left unattended vs handed to a person',
		gate: /\b(?:nobody|no\s+one|no-one|unattended|hand(?:s|ed)?|signs?\s+for|in\s+person)\b/i,
		near: true,
		poles: [
			[
				'left unattended',
				/\b(?:if|when|where|whenever)\s+(?:nobody|no\s+one|no-one)\s+is\s+(?:there|in|home|present|around|available)\b,?\s+(?:[\w'’-]+\s+){0,3}?(?:leaves?|drops?|puts?)\b|\b(?:leaves?|drops?|puts?)\b[^.;:]{0,80}?\b(?:if|when|where|whenever)\s+(?:nobody|no\s+one|no-one)\s+is\s+(?:there|in|home|present|around|available)\b|\bleft\s+unattended\b|\bunattended\s+(?:drops?|deliver(?:y|ies))\b/iu
			],
			[
				'handed to a person',
				/\bhand(?:s|ed)?\s+(?:every|each|all|the|any)\s+(?:[\w-]+\s+){0,2}?to\s+(?:a|an)\s+(?:named\s+)?(?:person|human|member\s+of\s+staff)\b|\bhanded\s+over\s+in\s+person\b|\bsigned\s+for\s+(?:by\s+)?(?:a|an|the)\s+(?:person|customer|recipient)\b/iu
			]
		]
	},
	{
		// "The Ledger team carries its own pager" vs "The Service Desk is first on call for every
		// system": a team's own X vs one central X for everyone.
		axis: "a team's own vs one central",
		gate: /\bown\b|central|shared|single|\b(?:every|all|each)\s+(?:system|service|team|product|application|site)/i,
		near: true,
		poles: [
			[
				"a team's own",
				/\b(?:team|we|it|they)\s+(?:\w+\s+)?(?:carries|carry|runs|run|keeps|keep|has|have|owns|own|operates|operate|staffs|staff|holds|hold)\s+(?:its|their|our)\s+own\s+[\w-]+/iu
			],
			[
				'one central',
				/\b(?:one|a|the)\s+(?:central|shared|single)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:for|across|serves?|covers?)\s+(?:every|all|each)\s+(?:system|service|team|product|application|site)s?\b|\b(?:is|are)\s+(?:first\s+on\s+call|on\s+call|the\s+first\s+responder|responsible|accountable)\s+for\s+(?:every|all|each)\s+(?:system|service|team|product|application|site)s?\b/iu
			]
		]
	},
	{
		// "Models ship every month of the year" vs "From 1 September to 15 November nothing is
		// deployed": releases all year round vs a window with none.
		axis: 'releases all year vs a freeze',
		gate: /year|freeze|frozen|nothing|no\s+(?:deploy|release|change)/i,
		near: false,
		poles: [
			[
				'all year',
				/\bevery\s+(?:month|week|season)\s+of\s+the\s+year\b|\ball\s+year(?:\s+round)?\b|\byear[-\s]round\b|\bthroughout\s+the\s+year\b|\b(?:including|even\s+in|also\s+in)\s+(?:the\s+)?(?:busiest|peak|holiday|heaviest)\b/iu
			],
			[
				'a freeze',
				/(?<!\b(?:outside|except|besides|after|before|around)\s+(?:\S+\s+){0,3})\b(?:change|code|release|deploy(?:ment)?)\s+freeze\b|\b(?:from|between)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?\s+(?:to|and|until)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+(?:nothing|no\s+(?:code|change|release|deploy)\w*)\b|\bnothing\s+(?:new\s+)?(?:is|gets|will\s+be|may\s+be)\s+(?:deployed|shipped|released|changed)\b[^.;]{0,40}\b(?:between|during|from\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:to|until))\b|\bno\s+(?:deploys|deployments|releases|changes)\s+(?:go\s+out\s+)?(?:during|between|from|in)\b|\b(?:deploys|deployments|releases|changes)\s+(?:are|is)\s+frozen\b/iu
			]
		]
	},
	{
		// "People sign in through their own company's identity provider" vs "sign in with a PIN
		// checked against our own credential store".
		axis: 'sign-in',
		gate: /sign|log\s*in|login|auth|password|credential|pin\b|sso|identity/i,
		near: true,
		poles: [
			[
				'federated sign-in',
				/\bidentity\s+providers?\b|\bsingle\s+sign[-\s]on\b|\bsso\b|\bsaml\b|\boidc\b|\bopenid\b|\bfederat(?:ed|ion)\b/iu
			],
			[
				'our own credentials',
				/\bour\s+own\s+(?:credential|password|account|user)s?(?:\s+(?:store|database|db|table|directory))?\b|\b(?:\w+-digit\s+)?pins?\b|\blocal\s+(?:accounts?|passwords?)\b|\busername\s+and\s+password\b|\bpasswords?\s+(?:we\s+store|stored\s+by\s+us)\b/iu
			]
		]
	}
];

/**
 * Measures a number can complete, by the words that govern it (stems, so "lose", "lost" and
 * "loss" are one). Read within the number's clause, the closest match wins; `after` is looked
 * for right after the number ("six months' notice", "five minutes of writes lost").
 */
const MEASURES: { measure: string; before: RegExp; after?: RegExp }[] = [
	{
		// How long something keeps going when something fails: "keeps the quay working for",
		// "continues to run for", "stays up for", "survives … for", "works offline for".
		measure: 'keeps working',
		before:
			/\b(?:keeps?|keeping|kept)\s+(?:\S+\s+){0,3}?(?!(?:no|any|every|some)thing\b)[a-z]{2,}ing\b|\bcontinues?\s+to\s+(?:work|run|operate|serve|load|trade|sell)\b|\b(?:stays?|remains?)\s+(?:up|online|open|available|running|working|operational)\b|\bsurviv(?:e|es|ing)\b|\b(?:works?|runs?|operates?)\s+(?:offline|on\s+its\s+own|without|disconnected|cut\s+off)\b|\bride\s+out\b/iu
	},
	{
		// Data that may be lost: "lose at most the last five minutes of writes", "recovery point
		// objective of", "RPO".
		measure: 'data lost',
		before: /\b(?:lose|loses|losing|lost|loss)\b|\brecovery\s+point\b|\brpo\b|\bdata\s+loss\b/iu,
		after: /^\s+(?:of\s+(?:\S+\s+){0,2}?)?(?:lost|loss)\b/iu
	},
	{
		// How long until it runs again: "running again within", "recovery time", "RTO".
		measure: 'back in service',
		before:
			/\b(?:running|working|serving|up|back|online)\s+again\b|\brecovery\s+time\b|\brto\b|\brestored?\b|\bback\s+(?:up|online|in\s+service)\b/iu
	},
	{
		// Warning before a change: "announced twelve months before", "six months' notice".
		measure: 'notice',
		before: /\b(?:notice|announce[sd]?|warn(?:s|ed|ing)?|deprecat\w*|notif\w*)\b/iu,
		after:
			/^['’]?s?\s+(?:of\s+)?(?:notice|warning|advance\s+notice)\b|^\s+(?:in\s+advance|ahead)\b/iu
	},
	{
		// How fast a request is answered: "answers 99% of requests within 300 ms", "latency".
		measure: 'response time',
		before:
			/\b(?:answers?|responds?|respond\s+to|latency|response\s+time|load(?:s)?\s+in|renders?)\b/iu
	}
];
// What ends a number's clause, for `measureOf`.
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|so|while|because|since)\s/gu;
// MEASURES with their `before` patterns global (matched all through a clause), and the same
// for ASCII text (text/ascii.ts).
const MEASURES_G = MEASURES.map((m) => ({
	...m,
	before: new RegExp(m.before.source, 'giu')
}));
const MEASURES_ASCII = MEASURES_G.map((m) => ({
	measure: m.measure,
	before: asciiCopy(m.before),
	after: m.after && asciiCopy(m.after)
}));
// Measures a bare "zero" (or "never lost") may state, with their dimension.
const ZERO_MEASURE =
	/\b(?:recovery\s+point(?:\s+objective)?|rpo|data\s+loss|(?:lost|loss\s+of)\s+(?:writes|data|records|transactions))\s+(?:is|are|of|at|will\s+be|stays?)\s+(?:zero|nil|none|0)\b|\b(?:zero|no)\s+(?:data\s+loss|lost\s+(?:writes|data|records|transactions)|rpo)\b|\b(?:is|are)\s+(?:never|not\s+ever)\s+lost\b|\bno\s+[\w-]+\s+(?:is|are)\s+(?:ever\s+)?lost\b/giu;

/** The measure of a number at [at, end) of `text`, read in its clause from `clause`. */
function measureOf(
	text: string,
	clause: number,
	at: number,
	end: number,
	measures: typeof MEASURES_G
): string {
	const before = text.slice(clause, at);
	// The number's own clause: after the last ";", ":" or ", and …" before it.
	// Global patterns run with `exec` from 0 (as `matchAll` would, without its copy of the
	// pattern per call); none of them matches the empty string.
	let from = 0;
	CLAUSE_BREAK.lastIndex = 0;
	for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before))
		from = m.index + m[0].length;
	const near = before.slice(from);
	const after = text.slice(end, end + 40);
	let best = '';
	let bestAt = -1;
	for (const { measure, before: g, after: post } of measures) {
		if (post?.test(after)) return measure;
		g.lastIndex = 0;
		for (let m = g.exec(near); m; m = g.exec(near))
			if (m.index > bestAt) {
				bestAt = m.index;
				best = measure;
			}
	}
	return best;
}

/** Number words as values (shared with differ.ts's counts). */
export const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	eighteen: 18,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	ninety: 90,
	hundred: 100,
	// "a decade", "a fortnight" (QUANTITY reads "a" only before these).
	a: 1,
	an: 1
};
const UNITS: Record<string, [Quantity['dimension'], number]> = {
	'%': ['percent', 1],
	percent: ['percent', 1],
	ms: ['time', 0.001],
	millisecond: ['time', 0.001],
	milliseconds: ['time', 0.001],
	s: ['time', 1],
	sec: ['time', 1],
	secs: ['time', 1],
	second: ['time', 1],
	seconds: ['time', 1],
	min: ['time', 60],
	mins: ['time', 60],
	minute: ['time', 60],
	minutes: ['time', 60],
	h: ['time', 3600],
	hr: ['time', 3600],
	hrs: ['time', 3600],
	hour: ['time', 3600],
	hours: ['time', 3600],
	day: ['time', 86400],
	days: ['time', 86400],
	week: ['time', 604800],
	weeks: ['time', 604800],
	month: ['time', 2629800],
	months: ['time', 2629800],
	year: ['time', 31557600],
	years: ['time', 31557600],
	fortnight: ['time', 1209600],
	fortnights: ['time', 1209600],
	quarter: ['time', 7889400],
	quarters: ['time', 7889400],
	decade: ['time', 315576000],
	decades: ['time', 315576000],
	// A business that lives by the season counts its years in them ("kept for seven winters").
	winters: ['time', 31557600],
	summers: ['time', 31557600],
	seasons: ['time', 31557600],
	kb: ['size', 1e3],
	mb: ['size', 1e6],
	gb: ['size', 1e9],
	tb: ['size', 1e12]
};
// Words `UNITS[word]` answers: its keys, and the names an object inherits ("constructor"), so
// that a set lookup reads exactly as the object lookup did.
const UNIT_WORDS = new Set(
	[...Object.keys(UNITS), ...Object.getOwnPropertyNames(Object.prototype)].filter(
		(k) => (UNITS as Record<string, unknown>)[k]
	)
);
const startsWithDigit = (t: string) => {
	const c = t.charCodeAt(0);
	return c >= 48 && c <= 57;
};
const QUANTITY = new RegExp(
	String.raw`(?:(\$|€|£)\s?)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|an?(?=\s+(?:decade|fortnight)\b)|` +
		Object.keys(NUMBER_WORDS)
			.filter((w) => w !== 'a' && w !== 'an')
			.join('|') +
		String.raw`)(?:\s*(%)|[\s-]*(percent|milliseconds?|ms|secs?|seconds?|s|mins?|minutes?|hrs?|h|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|winters|summers|seasons|kb|mb|gb|tb)\b)?(?:\s*(k|m|million|thousand)\b)?`,
	'giu'
);
const HAS_NUMBER = new RegExp(
	String.raw`\d|\b(?:decade|fortnight|` +
		Object.keys(NUMBER_WORDS)
			.filter((w) => w.length > 2)
			.join('|') +
		String.raw`)\b`,
	'iu'
);
// How far back the subject of a number's clause is looked for.
const CLAUSE_REACH = 120;
const BOUND =
	/\b(?:at\s+most|at\s+least|up\s+to|no\s+more\s+than|no\s+less\s+than|under|below|above|over|within|more\s+than|less\s+than|fewer\s+than|after|every)\s*$/iu;

// What a duration is, read from the words right before and after it.
const ROLE_BEFORE: [RegExp, QuantityRole][] = [
	[/\bevery\s*$/iu, 'cadence'],
	[/\b(?:last|past|previous|trailing|recent)\s*$/iu, 'window'],
	[/\b(?:after|older\s+than|beyond)\s*$/iu, 'age'],
	[
		/\b(?:within|in\s+(?:under|less\s+than)|objective\s+of|target\s+of|slo\s+of|budget\s+of|latency\s+of)\s*$/iu,
		'delay'
	]
];
const ROLE_AFTER: [RegExp, QuantityRole][] = [
	[/^[\s-]*(?:cadence|cycle|rhythm|intervals?)\b/iu, 'cadence'],
	[/^\s+(?:after|from|of\s+(?:the\s+)?(?:request|release|commit|event|change))\b/iu, 'delay'],
	[/^\s+(?:at\s+(?:the\s+)?(?:p\d|\d+(?:st|nd|rd|th)\s+percentile))/iu, 'delay'],
	[/^\s+(?:before|ahead\s+of|prior\s+to|in\s+advance)\b/iu, 'lead'],
	[/^\s+(?:of|worth\s+of)\s+(?!the\s+year|each|every)/iu, 'amount']
];
// Verbs that keep or drop data: "for N" after them is how long it is kept.
const RETENTION =
	/\b(?:keep|keeps|kept|retain|retains|retained|retention|stay|stays|store|stores|stored|hold|holds|held|queryable|available|preserved?|archived?|deleted?|purged?|expire[sd]?|downsampled?)\b/iu;
const PERCENTILE =
	/\bp(\d{2}(?:\.\d+)?)\b|\b(\d{2}(?:\.\d+)?)(?:st|nd|rd|th)\s+percentile\b|\b(\d{2}(?:\.\d+)?)\s*%\s+of\s+(?:all\s+|the\s+)?[a-z-]+s\b/giu;
// A cadence in words: "every other Tuesday", "every quarter", "once a month", "more than one
// upgrade in a quarter".
const PERIOD: Record<string, number> = {
	day: 86400,
	week: 604800,
	fortnight: 1209600,
	month: 2629800,
	quarter: 7889400,
	year: 31557600
};
const COUNT_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const FREQUENCY_GATE =
	/\bevery\s+(?:other\s+)?[a-z]+day\b|\b(?:once|twice|one|two|three|four|\d+)\b[^.;]{0,40}?\b(?:a|per|in\s+a|in\s+any|each|every)\s+(?:day|week|fortnight|month|quarter|year)\b/iu;
const FREQUENCY =
	/\b(every\s+other|every)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day|fortnight|quarter)\b|(\b(?:more|fewer|less)\s+than\s+|\bat\s+most\s+|\bno\s+more\s+than\s+)?\b(once|twice|thrice|one|two|three|four|\d+)\s+(?:(?:[A-Za-z-]+\s+){0,3}?(?:a|per|in\s+a|in\s+any|each|every)\s+)(day|week|fortnight|month|quarter|year)\b/giu;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

// Words before a date that make it a deadline or a start.
const DEADLINE =
	/\b(by|until|till|through|before|no\s+later\s+than|ends?|ending|after|from|starting|begins?|on)\s+(?:the\s+)?(?:(?:end|close|start|beginning)\s+of\s+)?$/iu;

// "three nines", "4 nines": availability written as a count of nines.
const NINES = /\b(two|three|four|five|six|[2-6])\s+nines\b/giu;
// A limit counted in uses of one thing: "after 150 washes", "until its 200th wash", "at the
// 40th flight", "up to 12 refills". The noun counted is the measure; time and size units are
// read above as durations and sizes.
const USES =
	/\b(after|until|beyond|past|up\s+to|at\s+most|no\s+more\s+than|at)\s+(?:(?:its|their|the|a|an|every)\s+)?(\d{1,6})(st|nd|rd|th)?\s+(\p{Ll}[\p{Ll}-]+)/giu;
const NINES_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
// Words too common to say what a number measures.
const NOT_A_GOVERNOR = new Set(
	'is are be been was were it its the a an and or to of for in on at by with than more less no not'.split(
		' '
	)
);

/**
 * The word right before a number's bound, with the bound ("lock after", "epr within"): the
 * measure a number belongs to, when two policies name its subject differently. A phrase of the
 * lexicon ending there is folded ("electronic patient record within" → "epr within").
 */
function governorOf(
	tokens: readonly Token[],
	boundAt: number,
	bound: string,
	synonyms: SynonymIndex
): string {
	let last = -1;
	for (let i = 0; i < tokens.length && tokens[i].end <= boundAt; i++) last = i;
	if (last < 0 || boundAt - tokens[last].end > 3) return '';
	for (let k = 3; k >= 2; k--) {
		const from = last - k + 1;
		if (from < 0) continue;
		const m = synonyms.match(tokens, from);
		if (m && m.length === k) return `${m.canonical} ${bound}`;
	}
	const w = tokens[last].lower;
	if (NOT_A_GOVERNOR.has(w) || /^\d/.test(w)) return '';
	return `${synonyms.single(w) ?? baseOf(w)} ${bound}`;
}

// Clause boundaries: a role word never reaches over them.
const CLAUSE_END = /[;:.]/;

/** Key terms (of `terms`, the text's own) of the tokens in [from, to). */
function termsIn(
	tokens: readonly Token[],
	from: number,
	to: number,
	synonyms: SynonymIndex,
	terms: Terms
): Set<string> {
	const out = new Set<string>();
	// Tokens are in text order: the first one at or after `from`, by bisection.
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start < from) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.start >= to) break;
		// "electronic patient record" is the EPR: a phrase of the lexicon is one term.
		const phrase = terms.size ? synonyms.match(tokens, i) : null;
		if (phrase && phrase.length > 1 && terms.has(phrase.canonical)) {
			out.add(phrase.canonical);
			i += phrase.length - 1;
			continue;
		}
		const c = synonyms.single(t.lower);
		if (c && terms.has(c)) out.add(c);
		else if (terms.has(t.lower)) out.add(t.lower);
		else {
			const b = baseOf(t.lower);
			if (terms.has(b)) out.add(b);
		}
	}
	return out;
}

const NO_ALIASES: ReadonlyMap<string, Alias> = new Map();

/**
 * A global pattern set to match from the start: `exec` loops over it read what `matchAll`
 * reads, without its copy of the pattern per call (no pattern here matches the empty string).
 */
function fromStart(re: RegExp): RegExp {
	re.lastIndex = 0;
	return re;
}

/** Up to 60 characters after `at`, within its sentence ("…topics directly. The API is the only"
 * says nothing of the topics). */
function sentenceAfter(text: string, at: number): string {
	const after = text.slice(at, at + 60);
	const end = after.search(/[.;!?](?:\s|$)/u);
	return end === -1 ? after : after.slice(0, end);
}

/** A system of `WEAVE_SYSTEMS` written at token i: its canonical name, category and length. */
function weaveSystemAt(
	tokens: readonly Token[],
	i: number
): { canonical: string; category: string; length: number } | null {
	const list = WEAVE_SYSTEMS_BY_FIRST.get(tokens[i].lower);
	if (!list) return null;
	for (const [words, canonical, category] of list)
		if (words.every((w, k) => tokens[i + k]?.lower === w))
			return { canonical, category, length: words.length };
	return null;
}

const CODE = String.raw`\x60([a-z][\w.-]*[a-z0-9])\x60`;
// How a strategy defines a name (`aliasesIn`), and the same for ASCII text (text/ascii.ts).
const ALIAS_DEFS = [
	new RegExp(CODE + String.raw`,\s+(?:the|our|an?)\s+([^,.;:()]{2,60})`, 'gu'),
	new RegExp(CODE + String.raw`\s+\((?:the\s+|our\s+|an?\s+)?([^()]{2,60})\)`, 'gu'),
	new RegExp(String.raw`\b([A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})\s+\(` + CODE + String.raw`\)`, 'gu')
];
const ASCII_ALIAS_DEFS = ALIAS_DEFS.map(asciiCopy);

/**
 * Names a strategy defines for systems, anywhere in its text: "`mq-core`, the IBM MQ queue
 * manager…", "mq-core (our IBM MQ broker)", "IBM MQ (`mq-core`)". Each name maps to the system
 * the definition names, when the lexicon knows it.
 */
export function aliasesIn(text: string, synonyms: SynonymIndex): Map<string, Alias> {
	const out = new Map<string, Alias>();
	if (!text.includes('`') && !text.includes('(')) return out;
	for (const [k, re] of (isAscii(text) ? ASCII_ALIAS_DEFS : ALIAS_DEFS).entries())
		for (const m of text.matchAll(re)) {
			const [alias, definition] = k === 2 ? [m[2], m[1]] : [m[1], m[2]];
			if (out.has(alias.toLowerCase())) continue;
			const toks = tokenize(definition);
			for (let i = 0; i < toks.length; i++) {
				const w = weaveSystemAt(toks, i);
				const syn = w ? null : synonyms.match(toks, i);
				const canonical = w ? w.canonical : syn ? syn.canonical : toks[i].lower;
				const category = w ? w.category : categoryOf(canonical, toks[i].text);
				if (!category) continue;
				out.set(alias.toLowerCase(), { name: canonical, category, defined: m[0] });
				break;
			}
		}
	return out;
}

// Inline patterns of `stanceOf`, named so they have ASCII copies too.
const NOT_A_BOUND = /^\s+(?:more|less|fewer|later|earlier|longer|greater|higher|lower)\s+than\b/i;
const NEXT_WORD = /^[\s-]*([a-z][\w-]*)/iu;
const AMOUNT_OF = /^\s+(?:worth\s+)?of\s+(?:the\s+|our\s+|its\s+)?([a-z][\w-]*)/iu;
const FOR_END = /\bfor\s*$/iu;
const FOR_A_FULL = /\bfor\s+(?:a|an|one)\s+(?:full\s+|whole\s+|entire\s+|single\s+)?$/iu;
const ZERO_GATE = /\b(?:zero|nil|none|0|never|no)\b/iu;

/** The patterns `stanceOf` runs, and their copies for ASCII text (text/ascii.ts). */
const PATTERNS = {
	NEGATORS,
	PASSIVE_REFUSAL,
	SET_ASIDE_LEAD,
	TRANSITION,
	CHOICE_BEFORE,
	CHOICE_AFTER,
	SOLE,
	STAYS,
	EXCLUSIVE,
	NAMED_CHOICE,
	NAMED_CHOICE_GATE,
	CLIENT,
	SERVER,
	PERCENTILE,
	QUANTITY,
	HAS_NUMBER,
	BOUND,
	NEXT_WORD,
	AMOUNT_OF,
	FOR_END,
	FOR_A_FULL,
	RETENTION,
	DATE,
	DEADLINE,
	ZERO_GATE,
	ZERO_MEASURE,
	FREQUENCY_GATE,
	FREQUENCY,
	NINES
};
type Patterns = typeof PATTERNS;
const ASCII_PATTERNS = Object.fromEntries(
	Object.entries(PATTERNS).map(([k, re]) => [k, asciiCopy(re)])
) as Patterns;
const ASCII_AXES: typeof AXES = AXES.map((a) => ({
	...a,
	poles: a.poles.map(([pole, re, also]) => [pole, asciiCopy(re), also && asciiCopy(also)])
}));
const ascii2 = (roles: [RegExp, QuantityRole][]) =>
	roles.map(([re, role]): [RegExp, QuantityRole] => [asciiCopy(re), role]);
const ASCII_ROLE_BEFORE = ascii2(ROLE_BEFORE);
const ASCII_ROLE_AFTER = ascii2(ROLE_AFTER);

/**
 * Choices, poles, quantities and refusals of one policy (or a unit of sentences). `terms` are
 * the text's key terms (`keyTerms`): the measured things and refusals are drawn from them.
 * `tokens` are the text's tokens, when the caller has them already (`weave` tokenizes each unit
 * once for all its readers).
 */
export function stanceOf(
	text: string,
	synonyms: SynonymIndex,
	terms: Terms,
	reasons: readonly [number, number][] = [],
	aliases: ReadonlyMap<string, Alias> = NO_ALIASES,
	tokens: readonly Token[] = tokenize(text)
): Stance {
	const ascii = isAscii(text);
	const {
		NEGATORS,
		PASSIVE_REFUSAL,
		SET_ASIDE_LEAD,
		TRANSITION,
		CHOICE_BEFORE,
		CHOICE_AFTER,
		SOLE,
		STAYS,
		EXCLUSIVE,
		NAMED_CHOICE,
		NAMED_CHOICE_GATE,
		CLIENT,
		SERVER,
		PERCENTILE,
		QUANTITY,
		HAS_NUMBER,
		BOUND,
		NEXT_WORD,
		AMOUNT_OF,
		FOR_END,
		FOR_A_FULL,
		RETENTION,
		DATE,
		DEADLINE,
		ZERO_GATE,
		ZERO_MEASURE,
		FREQUENCY_GATE,
		FREQUENCY,
		NINES
	} = ascii ? ASCII_PATTERNS : PATTERNS;
	const inReason = (at: number) => reasons.some(([a, b]) => at >= a && at < b);
	const choices: Choice[] = [];
	// Spans of text that a negation or a set-aside clause covers.
	const negSpans: { from: number; to: number; cue: string }[] = [];
	NEGATORS.lastIndex = 0;
	for (let m = NEGATORS.exec(text); m; m = NEGATORS.exec(text)) {
		const rest = text.slice(m.index + m[0].length);
		// "no more than two minutes", "not later than": a bound on a number, not a refusal;
		// so is "No laboratory takes more than one upgrade a quarter".
		if (NOT_A_BOUND.test(rest)) continue;
		// "We do not own the bench PCs": a fact about who owns what, not a refusal.
		if (/^\s+(?:own|control|manage\s+or\s+own)\b/i.test(rest)) continue;
		// "Drover's stop history", "each stop": a noun after a determiner, not "stop doing X".
		if (/^stops?$/i.test(m[0]) && NOUN_AFTER.test(text.slice(Math.max(0, m.index - 12), m.index)))
			continue;
		// "it ships only if no replayed call finishes later": a negation in a condition is what
		// the rule tests for, not what it refuses.
		if (CONDITION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
		if (
			/^no$/i.test(m[0]) &&
			/^\s+(?:\S+\s+){1,3}?(?:\S+\s+)?(?:more|fewer|less)\s+than\s+(?:\d|one|two|three|four|five|once|twice)\b/i.test(
				rest
			)
		)
			continue;
		const end = rest.search(
			/[.;:!?—–]|,\s*(?:but|so|because|since|which|and\s+(?!\w+\s+(?:queues|topics|tables)))|\s(?:because|since|so\s+that|but|instead)\s/i
		);
		negSpans.push({
			from: m.index,
			to: m.index + m[0].length + (end === -1 ? rest.length : end),
			cue: m[0]
		});
	}
	const asideSpans: { from: number; to: number; cue: string }[] = [];
	SET_ASIDE_LEAD.lastIndex = 0;
	for (let m = SET_ASIDE_LEAD.exec(text); m; m = SET_ASIDE_LEAD.exec(text)) {
		// "over" sets aside only after a preference ("prefer X over Y", "X over Y" as a label).
		if (
			/^over$/i.test(m[0]) &&
			!/\b(?:prefer\w*|favou?r\w*|priorit\w+|choose|chooses|value|values)\b/i.test(
				text.slice(0, m.index)
			)
		)
			continue;
		const rest = text.slice(m.index + m[0].length);
		// "moves off X to Y", "replaces X with Y": Y is where it goes, not set aside.
		const end = rest.search(MOVE_LEAD.test(m[0]) ? ASIDE_END_MOVE : ASIDE_END);
		asideSpans.push({
			from: m.index,
			to: m.index + m[0].length + (end === -1 ? rest.length : end),
			cue: m[0]
		});
	}
	const lower = text.toLowerCase();
	const passive = /\b(?:is|are|be|move|moves|migrate|migrates)\b/.test(lower)
		? PASSIVE_REFUSAL.exec(text)
		: null;
	const transition = /until|for now|time being|while we|migration/.test(lower)
		? TRANSITION.exec(text)
		: null;

	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		// "C++", "C#": the tokens stop before the signs.
		const signs =
			t.text.length === 1 && /^[A-Za-z]$/.test(t.text) && /^(?:\+\+|#)/.test(text.slice(t.end))
				? text.slice(t.end, t.end + (text[t.end] === '#' ? 1 : 2))
				: '';
		const own = signs ? null : weaveSystemAt(tokens, i);
		const alias = own || signs ? undefined : aliases.get(t.lower);
		const syn = own || alias || signs ? null : synonyms.match(tokens, i);
		let canonical = own ? own.canonical : alias ? alias.name : syn ? syn.canonical : t.lower;
		let category = own
			? own.category
			: alias
				? alias.category
				: !syn && ORDINARY.has(t.text)
					? null
					: categoryOf(canonical, t.text);
		if (signs) {
			canonical = synonyms.single(t.lower + signs) ?? t.lower + signs;
			category = categoryOf(canonical, canonical);
		}
		if (!category && t.text.endsWith('DB') && DB_NAME.test(t.text)) category = 'datastore';
		const span = own ? own.length : syn ? syn.length : 1;
		const last = tokens[i + span - 1];
		i += span - 1;
		if (!category) continue;
		const at = t.start;
		let polarity: 1 | -1 | 0 = 1;
		let cue = '';
		// Refused by a negation that reaches it over bridge words only ("no new X").
		for (const s of negSpans) {
			if (at < s.from || at >= s.to) continue;
			const between = tokens.filter((b) => b.start >= s.from + s.cue.length && b.start < at);
			const free = between.filter((b) => {
				if (BRIDGE.has(b.lower)) return false;
				const c = categoryOf(synonyms.single(b.lower) ?? b.lower, b.text);
				return !c;
			});
			// Plural nouns after a refused name ("Pub/Sub topics, RabbitMQ queues") are allowed.
			if (free.length <= 2 && free.every((b) => /s$/.test(b.lower) || between.length <= 3)) {
				polarity = -1;
				cue = s.cue;
			}
		}
		for (const s of asideSpans)
			if (at >= s.from && at < s.to) {
				polarity = -1;
				cue = s.cue.trim();
			}
		if (passive && at < passive.index && !text.slice(at, passive.index).includes(',')) {
			polarity = -1;
			cue = passive[0].trim();
		}
		// "from X to Y": X is left behind.
		if (
			/\bfrom\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 30), at)) &&
			/\bto\b/i.test(text.slice(at, at + 40))
		) {
			polarity = -1;
			cue = 'from … to';
		}
		if (polarity === 1 && transition && transition.index > at) {
			polarity = 0;
			cue = transition[0];
		}
		const stays = polarity === 1 ? STAYS.exec(text.slice(Math.max(0, at - 40), at)) : null;
		// "Notes are kept in MongoDB": where data is kept is a choice of store, not a status quo.
		if (
			stays &&
			!SOLE.test(sentenceAfter(text, last.end)) &&
			!(STORES.has(category) && /\bkept\s+in\s+(?:\S+\s+)?$/i.test(stays[0]))
		) {
			polarity = 0;
			cue = stays[0].trim();
		}
		let sole = false;
		let strength = 0;
		if (polarity === 1) {
			const before = text.slice(Math.max(0, at - 40), at);
			const after = sentenceAfter(text, last.end);
			const b = CHOICE_BEFORE.exec(before);
			const a = CHOICE_AFTER.exec(after);
			if (b) {
				strength += /standardi|default|only|adopt|written|choose|chose|prefer/i.test(b[0]) ? 2 : 1;
				cue = b[0].trim();
			}
			if (a) {
				strength += 2;
				cue = cue || a[0].trim();
				sole = SOLE.test(sentenceAfter(text, last.end)) && !inReason(at);
			}
			// "one payments supplier, X, for…": a name in apposition to "one <noun>" is the one
			// member of its category.
			if (!sole && !inReason(at) && ONE_APPOSED.test(before)) {
				sole = true;
				strength += 1;
			}
			// "X …, and we are not adding another database": the one member of its category.
			if (!sole && !inReason(at)) {
				const other = NO_OTHER.exec(sentenceAfter(text, last.end));
				const noun = other?.[1].toLowerCase().replace(/\s+/g, ' ');
				if (noun && CATEGORY_NOUNS.find(([re]) => re.test(noun))?.[1] === category) {
					sole = true;
					strength += 1;
				}
			}
			// "from X to Y": Y is where it goes, a choice in so many words.
			if (/\b(?:from|off)\s+\S+(?:\s+\S+){0,2}\s+(?:to|onto)\s+(?:\S+\s+)?$/i.test(before)) {
				strength += 2;
				cue = cue || 'from … to';
			}
			// The subject of the sentence ("Kafka, on Confluent Cloud, is our only…").
			if (at < 3 || tokens.indexOf(t) <= 1) strength += 1;
		}
		choices.push({
			name: canonical,
			written: text.slice(at, last.end + signs.length),
			category,
			polarity,
			strength,
			cue,
			at,
			sole,
			retiring: polarity === -1 && RETIRING.test(cue),
			...(alias ? { defined: alias.defined } : {})
		});
	}

	// A name the lexicon does not know, chosen in so many words for a category it names
	// ("Quarry is our only message broker", "written in Zig"): a choice in that category.
	if (
		/\b(?:is|are|written|default|defaults|standardi[sz]e)\b/i.test(text) &&
		NAMED_CHOICE_GATE.test(text)
	)
		for (let m = fromStart(NAMED_CHOICE).exec(text); m; m = NAMED_CHOICE.exec(text)) {
			const written = (m[1] ?? m[3] ?? m[4] ?? '')
				.trim()
				.replace(/[.+#-]+$/, (x) => (/^[+#]+$/.test(x) ? x : ''));
			const noun = (m[2] ?? m[5] ?? (m[3] ? 'language' : '')).toLowerCase();
			const category = CATEGORY_NOUNS.find(([re]) => re.test(noun))?.[1];
			if (!written || !category || inReason(m.index)) continue;
			const name = written.toLowerCase();
			if (choices.some((c) => c.name === name || c.written === written)) continue;
			if (NOT_A_NAME.test(written)) continue;
			choices.push({
				name,
				written,
				category,
				polarity: 1,
				strength: 3,
				cue: m[0].trim(),
				at: m.index,
				sole: /\b(?:only|one|sole|single)\b/i.test(m[0]),
				retiring: false
			});
		}

	const poles: Pole[] = [];
	for (const { axis, gate, poles: defs, near } of ascii ? ASCII_AXES : AXES) {
		if (!gate.test(text)) continue;
		const found: Pole[] = [];
		for (const [k, [pole, re, also]] of defs.entries()) {
			const m = re.exec(text) ?? also?.exec(text) ?? null;
			if (!m || inReason(m.index)) continue;
			// A pole that opens with the negation itself ("without waiting for…") keeps its side.
			// So does one that is itself a negation ("without waiting for a scientist") inside a
			// qualifier's ("with no analyser flag, … are released without waiting…").
			// "Nothing leaves until someone approves": the negation is what "until" lifts, the
			// pole stands.
			const by =
				NEGATED_POLE.test(m[0]) || /^until\b/i.test(m[0])
					? undefined
					: [...negSpans, ...asideSpans].find(
							(sp) => m.index >= sp.from && m.index < sp.to && m.index !== sp.from
						);
			const other = defs[1 - k][0];
			found.push({
				axis,
				pole: by ? other : pole,
				words: (by ? by.cue.trim() + ' … ' : '') + m[0],
				near: !!near
			});
		}
		// Both poles at once ("buy X rather than build it") leave the first unrefused one.
		if (found.length) poles.push(found[0]);
	}
	const person = poles.some((p) => p.axis === PERSON_AXIS) ? null : personMakes(text);
	if (person && !inReason(person.index))
		poles.push({ axis: PERSON_AXIS, pole: 'a person decides', words: person[0], near: true });
	const who = poles.some((p) => p.axis === 'who chooses') ? null : whoChooses(text);
	if (who && !inReason(who.match.index)) {
		// "No team picks its tools itself": a pole inside a negation flips, as on the axes.
		const by = negSpans.find((sp) => who.match.index > sp.from && who.match.index < sp.to);
		const pole = by
			? who.pole === 'one shared choice'
				? 'each team chooses'
				: 'one shared choice'
			: who.pole;
		poles.push({ axis: 'who chooses', pole, words: who.match[0], near: false });
	}

	const quantities: Quantity[] = [];
	// Percentiles the sentence's durations hold at ("30 s at the 99th percentile", "for 99% of
	// releases"): a qualifier of each duration, not a quantity of its own.
	const percentiles: { at: number; end: number; value: number }[] = [];
	if (/percentile|\bp\d|%\s+of/i.test(text)) {
		PERCENTILE.lastIndex = 0;
		for (let m = PERCENTILE.exec(text); m; m = PERCENTILE.exec(text))
			percentiles.push({
				at: m.index,
				end: m.index + m[0].length,
				value: Number(m[1] ?? m[2] ?? m[3])
			});
	}
	QUANTITY.lastIndex = HAS_NUMBER.test(text) ? 0 : text.length;
	for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
		const unit = (m[3] ?? m[4] ?? '').toLowerCase();
		const money = m[1];
		if ((!unit && !money) || inReason(m.index)) continue;
		// Years ("in 2027") and versions are not measures.
		const raw = m[2].toLowerCase();
		let n = NUMBER_WORDS[raw] ?? Number(raw.replace(/,/g, ''));
		if (!Number.isFinite(n)) continue;
		const mult = (m[5] ?? '').toLowerCase();
		if (mult === 'k' || mult === 'thousand') n *= 1e3;
		if (mult === 'm' || mult === 'million') n *= 1e6;
		const [dimension, factor]: [Quantity['dimension'], number] = money ? ['money', 1] : UNITS[unit];
		if (!dimension) continue;
		// Word numbers need a unit, and "s" alone must follow a digit.
		if (unit === 's' && !/\d\s*s$/i.test(m[0].trim())) continue;
		// The measured thing: the words near the number and the subject of its clause ("Raw
		// playback telemetry from the players is kept for 30 days").
		const clause = Math.max(
			m.index - CLAUSE_REACH,
			text.lastIndexOf(';', m.index) + 1,
			text.lastIndexOf(':', m.index) + 1,
			text.lastIndexOf('. ', m.index) + 1
		);
		const around = termsIn(
			tokens,
			Math.min(clause, m.index - 45),
			m.index + m[0].length + 45,
			synonyms,
			terms
		);
		for (const t of around) if (UNIT_WORDS.has(t) || startsWithDigit(t)) around.delete(t);
		const boundMatch = BOUND.exec(text.slice(Math.max(0, m.index - 20), m.index));
		const bound = boundMatch?.[0].trim().toLowerCase() ?? '';
		const boundAt = boundMatch ? Math.max(0, m.index - 20) + boundMatch.index : -1;
		const end = m.index + m[0].length;
		const share = percentiles.find((p) => m!.index >= p.at && m!.index < p.end);
		let role: QuantityRole = '';
		let head = '';
		if (share && dimension === 'percent') role = 'share';
		else if (dimension === 'time') {
			const before = text.slice(Math.max(0, m.index - 30), m.index);
			const after = text.slice(end, end + 40);
			const next = NEXT_WORD.exec(after)?.[1]?.toLowerCase() ?? '';
			if (/-/.test(m[0]) && next && !/^(?:and|or|of|for|to|at|in|on|by)$/.test(next)) {
				// "a two-week cadence", "a 12-hour limit", "one-second resolution".
				role = /^(?:cadence|cycle|rhythm|intervals?)$/.test(next) ? 'cadence' : 'label';
				head = baseOf(next);
			} else {
				role =
					(ascii ? ASCII_ROLE_BEFORE : ROLE_BEFORE).find(([re]) => re.test(before))?.[1] ??
					(ascii ? ASCII_ROLE_AFTER : ROLE_AFTER).find(([re]) => re.test(after))?.[1] ??
					'';
				if (role === 'amount') {
					const of = AMOUNT_OF.exec(after);
					head = of ? baseOf(of[1].toLowerCase()) : '';
				}
				if (!role && FOR_END.test(before)) {
					// "kept for two years" is an age; "a single railroad for 48 hours" a span.
					const from = Math.max(clause, m.index - 80);
					role = RETENTION.test(text.slice(from, m.index)) ? 'age' : 'span';
				}
			}
		}
		const measure =
			dimension === 'time'
				? measureOf(text, clause, m.index, end, ascii ? MEASURES_ASCII : MEASURES_G)
				: '';
		if (dimension === 'time') {
			// "for a full 12-hour shift": a stretch of time stated, not a label.
			if (role === 'label' && FOR_A_FULL.test(text.slice(Math.max(0, m.index - 30), m.index)))
				role = 'span';
			// "keeps loading vessels for three days": how long it keeps going, not how long
			// something is kept.
			if (measure === 'keeps working' && (role === 'age' || role === 'label')) role = 'span';
			if (measure === 'notice' && (role === '' || role === 'label')) role = 'lead';
		}
		// The percentile of its clause, when one is named.
		const p = percentiles.find((x) => {
			if (x === share) return false;
			const gap = x.at >= end ? text.slice(end, x.at) : text.slice(x.end, m!.index);
			return gap.length < 60 && !CLAUSE_END.test(gap);
		});
		if (p && dimension === 'time' && !role) role = 'delay';
		quantities.push({
			written: m[0].trim(),
			dimension,
			value: n * factor,
			around,
			bound,
			role,
			head,
			percentile: dimension === 'time' && p ? p.value : null,
			governor: bound ? governorOf(tokens, boundAt, bound, synonyms) : '',
			measure,
			keep: dimension === 'time' ? retentionAt(text, m.index) : ''
		});
	}
	// Dates ("until 31 December 2027", "the end of Q2 2028"): a deadline, as a day, only after a
	// deadline word ("by 2028", "until …", "after …") or with an edge ("the end of 2027"): a
	// date in a sentence of history ("in January 2024") is no commitment.
	if (/\d{4}/.test(text)) {
		DATE.lastIndex = 0;
		for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
			if (inReason(m.index)) continue;
			const before = text.slice(Math.max(0, m.index - 24), m.index);
			const deadline = DEADLINE.exec(before);
			if (!m[7] && !deadline) continue;
			const value = dayOf(m);
			if (value === null) continue;
			const around = termsIn(tokens, m.index - 60, m.index + m[0].length + 30, synonyms, terms);
			for (const t of [...around])
				if (
					/^\d/.test(t) ||
					/^(?:q[1-4]|end|start|quarter)$/.test(t) ||
					MONTHS.some((mo) => t.length >= 3 && mo.slice(0, 4) === t.slice(0, 4))
				)
					around.delete(t);
			const bound = deadline?.[1]?.toLowerCase() ?? '';
			quantities.push({
				written: m[0].trim(),
				dimension: 'date',
				value,
				around,
				// "no later than", "by", "until": the last day; "after", "from": the first.
				bound: /after|from|starting|begin/.test(bound) ? 'at least' : bound ? 'at most' : '',
				role: '',
				head: '',
				percentile: null,
				governor: '',
				measure: ''
			});
		}
	}
	// "Our recovery point is zero", "no data is ever lost": a measure stated as none.
	if (ZERO_GATE.test(text))
		for (let m = fromStart(ZERO_MEASURE).exec(text); m; m = ZERO_MEASURE.exec(text)) {
			if (inReason(m.index)) continue;
			const around = termsIn(tokens, m.index - 60, m.index + m[0].length + 30, synonyms, terms);
			quantities.push({
				written: m[0],
				dimension: 'time',
				value: 0,
				around,
				bound: '',
				role: '',
				head: '',
				percentile: null,
				governor: '',
				measure: 'data lost'
			});
		}
	// How often, in words: "every other Tuesday" (every two weeks), "twice a month", "more than
	// one upgrade in a quarter": a cadence, as an interval.
	if (FREQUENCY_GATE.test(text))
		for (let m = fromStart(FREQUENCY).exec(text); m; m = FREQUENCY.exec(text)) {
			if (inReason(m.index)) continue;
			const every = m[1] !== undefined;
			const unit = (every ? m[2] : m[5]).toLowerCase();
			const period = PERIOD[unit] ?? (WEEKDAY.test(unit) ? PERIOD.week : 0);
			const count = every
				? 1
				: (NUMBER_WORDS[m[4].toLowerCase()] ?? COUNT_WORDS[m[4].toLowerCase()] ?? Number(m[4]));
			if (!period || !count) continue;
			const interval = every
				? period * (m[1].trim().toLowerCase() === 'every other' ? 2 : 1)
				: period / count;
			const around = termsIn(tokens, m.index - 45, m.index + m[0].length + 45, synonyms, terms);
			for (const t of around) if (PERIOD[t] || WEEKDAY.test(t) || /^\d/.test(t)) around.delete(t);
			const bound = every ? '' : (m[3] ?? '').trim().toLowerCase();
			quantities.push({
				written: m[0].trim(),
				dimension: 'time',
				// "at most one a quarter": releases are at least a quarter apart.
				value: interval,
				around,
				bound: bound ? 'at least' : '',
				role: 'cadence',
				head: '',
				percentile: null,
				governor: '',
				measure: ''
			});
		}
	// "four nines of availability": 99.99%.
	if (/nines\b/i.test(text))
		for (let m = fromStart(NINES).exec(text); m; m = NINES.exec(text)) {
			if (inReason(m.index)) continue;
			const k = NINES_COUNT[m[1].toLowerCase()] ?? Number(m[1]);
			const around = termsIn(tokens, m.index - 45, m.index + m[0].length + 45, synonyms, terms);
			around.delete('nine');
			around.delete('nines');
			quantities.push({
				written: m[0],
				dimension: 'percent',
				value: 100 - 100 * 10 ** -k,
				around,
				bound: '',
				role: '',
				head: '',
				percentile: null,
				governor: '',
				measure: ''
			});
		}

	// Limits counted in uses of one thing.
	if (/\d\s*(?:st|nd|rd|th)?\s+\p{Ll}/u.test(text))
		for (let m = fromStart(USES).exec(text); m; m = USES.exec(text)) {
			if (inReason(m.index)) continue;
			const [, prep, digits, ordinal, noun] = m;
			// "at 3 sites" places; "at the 40th flight" counts. A cardinal counts a plural noun,
			// an ordinal a singular one; a unit of time or size is no use.
			if (prep.toLowerCase() === 'at' && !ordinal) continue;
			const plural = /[^s]s$/.test(noun);
			if (ordinal ? plural : !plural) continue;
			if (UNITS[noun.toLowerCase()]) continue;
			const head = baseOf(noun.toLowerCase());
			const bound = /up|most|more/i.test(prep) ? 'at most' : '';
			quantities.push({
				written: m[0].slice(prep.length).trim(),
				dimension: 'count',
				value: Number(digits),
				around: termsIn(tokens, m.index - 45, m.index + m[0].length + 45, synonyms, terms),
				bound,
				role: '',
				head,
				percentile: null,
				governor: '',
				measure: `uses of ${head}`
			});
		}

	quantities.push(...wordQuantities(text, tokens, synonyms, terms, inReason));

	// A share that only says at which percentile a duration holds ("for 99% of releases") is
	// that duration's qualifier, not a measure of its own.
	for (let i = quantities.length - 1; i >= 0; i--)
		if (
			quantities[i].role === 'share' &&
			quantities.some((q) => q.percentile === quantities[i].value)
		)
			quantities.splice(i, 1);

	const refused = new Set<string>();
	for (const s of [...asideSpans, ...negSpans])
		if (!inReason(s.from))
			for (const k of termsIn(tokens, s.from + s.cue.length, s.to, synonyms, terms)) refused.add(k);
	const client = CLIENT.test(text);
	const server = SERVER.test(text);
	const tier = client === server ? null : client ? 'client' : 'server';
	return { choices, poles, quantities, refused, exclusive: EXCLUSIVE.test(text), tier };
}

/**
 * Shares and durations written in words (words.ts: "one household bill in twenty", "half of",
 * "a month after", "within half an hour"), as quantities beside the numbers in digits.
 */
function wordQuantities(
	text: string,
	tokens: readonly Token[],
	synonyms: SynonymIndex,
	terms: Terms,
	inReason: (at: number) => boolean
): Quantity[] {
	const out: Quantity[] = [];
	const read = (w: ReturnType<typeof wordShares>[number], dimension: 'percent' | 'time') => {
		if (inReason(w.index)) return;
		const clause = Math.max(
			w.index - CLAUSE_REACH,
			text.lastIndexOf(';', w.index) + 1,
			text.lastIndexOf(':', w.index) + 1,
			text.lastIndexOf('. ', w.index) + 1
		);
		const around = termsIn(tokens, Math.min(clause, w.index - 45), w.end + 45, synonyms, terms);
		for (const t of around)
			if (UNITS[t] || SMALL_WORDS.has(t) || /^\d/.test(t) || /^(?:half|third|quarter)s?$/.test(t))
				around.delete(t);
		const bound = BOUND.exec(text.slice(Math.max(0, w.index - 20), w.index))?.[0].trim() ?? '';
		const keep = dimension === 'time' ? retentionAt(text, w.index) : '';
		let role: QuantityRole = '';
		if (dimension === 'time') {
			const before = text.slice(Math.max(0, w.index - 30), w.index);
			const after = text.slice(w.end, w.end + 40);
			role =
				ROLE_BEFORE.find(([re]) => re.test(before))?.[1] ??
				ROLE_AFTER.find(([re]) => re.test(after))?.[1] ??
				'';
			// "destroyed a month after they are taken", "kept for a year": an age.
			if (keep && (role === '' || role === 'delay')) role = 'age';
		}
		out.push({
			written: w.written,
			dimension,
			value: w.value,
			around,
			bound: bound.toLowerCase(),
			role,
			head: '',
			percentile: null,
			governor: '',
			measure:
				dimension === 'time'
					? measureOf(text, clause, w.index, w.end, isAscii(text) ? MEASURES_ASCII : MEASURES_G)
					: '',
			keep
		});
	};
	for (const w of wordShares(text)) read(w, 'percent');
	for (const w of wordDurations(text)) read(w, 'time');
	return out;
}
const PERSON_AXIS = 'automatic vs a person decides';
const SMALL_WORDS = new Set(Object.keys(NUMBER_WORDS));
