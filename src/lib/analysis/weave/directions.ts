/**
 * Directions: what a policy commits to, read from its structure rather than its topic words,
 * so that two strategies that take one direction in their own vocabulary meet in one thread
 * ("goes to one crew base first, for one week" and "a canary on 5% of pods" both roll out to a
 * small slice first; "never edited afterwards" and "a correction is a new event" both keep
 * records append-only). Each direction is a term (`dir:…`) added to the policies' key terms
 * for grouping threads only; contradictions never see them.
 *
 * How to edit: a direction is a pattern over a sentence (lower case) and the term it adds.
 * Keep to directions that engineering strategies of any domain take, in wording of any domain:
 * the pattern names the commitment (first/then, never edited, its own, a person approves),
 * never the domain's nouns (railroad, district, tablet).
 */

/** Prefix of direction terms. */
export const DIRECTION_PREFIX = 'dir:';

const SLICE = String.raw`(?:one|a\s+single|a\s+small|our\s+(?:\w+\s+)?(?:pilot|internal|staff)|the\s+(?:\w+\s+)?pilot|\d+(?:\.\d+)?\s*%\s+of|a\s+few|the\s+(?:two|three|four|five|\d{1,2})\s)`;
const DIRECTIONS: readonly (readonly [string, RegExp])[] = [
	// A small named slice first, then wider: canaries, rings, waves, pilots, shadow runs, "before
	// it goes to any other …", "X first … the others only after …".
	[
		'staged-rollout',
		new RegExp(
			String.raw`\b(?:canar(?:y|ies)|phased\s+rollout|staged\s+(?:rollout|rings?|release)|progressive(?:ly)?\s+(?:rollout|delivery|release)|releases?\b[^.;]{0,30}\bare\s+progressive|in\s+(?:waves|stages|rings)\b|waves\s+of\b|runs?\s+in\s+shadow|in\s+shadow\s+(?:mode|for)|before\s+any\s+other|(?:roll(?:s|ed)?\s+out|releas\w*|deploy\w*|go(?:es)?\s+live)\b[^.;]{0,40}\bone\s+\w+\s+at\s+a\s+time|(?:goes|go|reach(?:es)?|released?|ships?|rolls?\s+out|deploy(?:ed)?|tried|starts?)\b[^.;]{0,50}\b` +
				SLICE +
				String.raw`\b[^.;]{0,60}\bfirst\b|\bfirst\b[^.;]{0,60}\bthen\b[^.;]{0,40}\b(?:all|everyone|the\s+rest|every|others?|wider|widen)|\bwiden(?:s|ed)?\s+only\s+after|(?:spends?|stays?|sits?|remains?|waits?|runs?\s+(?:at|in|on|with))\b[^.;]{0,60}\bbefore\s+(?:anyone|everyone|everybody|every\s+\w+|all\s+(?:the\s+)?\w+|the\s+rest|others?|the\s+others?(?:\s+\w+){0,2})\s+(?:else\s+)?(?:gets?|sees?|receives?|has|have|uses?)\b|\bfirst,?\s+(?:and|then)\s+(?:the\s+others?|the\s+rest|everyone\s+else)\b[^.;]{0,30}\b(?:gets?|sees?|receives?|follows?)\b[^.;]{0,20}\b(?:after|once)\b|\bbefore\s+(?:anyone|everyone|everybody)\s+else\b|\bbefore\s+(?:it|they)\s+(?:goes|go|reach(?:es)?|ships?|spreads?|moves?)\s+(?:to\s+|on\s+)?(?:any|every|all)\s+others?\b|\bfirst\b[^.;]{0,40}\bthe\s+others?\b[^.;]{0,40}\bonly\s+(?:after|once)\b|\bstarting\s+(?:at|with)\s+` +
				SLICE +
				String.raw`)`
		)
	],
	// Working without the network, catching up when it returns ("has no signal" ends its clause:
	// "has no network printer" is about a printer).
	[
		'offline',
		/\b(?:offline|without\s+(?:a\s+|any\s+|the\s+|reaching\s+(?:our|the)\s+)?(?:network|connection|connectivity|signal|link|internet|cloud)|(?:connection|network|link|connectivity|signal)\b[^.;]{0,40}\b(?:drops|is\s+lost|is\s+down|goes\s+down|fails|returns|comes\s+back|is\s+unreachable|is\s+unavailable)|(?:cloud|server|backend)\s+is\s+(?:unreachable|down|unavailable)|with\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:connection|network|link|uplink|connectivity)\b(?:\s+(?:to|from)(?:\s+\S+){1,3}?)?\s+(?:down|lost|cut)\b|\bcut\s+off\s+from\b[^.;]{0,40}\b(?:keeps?|continues?|still)\b|store[-\s]and[-\s]forward|(?:keeps?|stored?|cach(?:es|ed|e)|buffers?)\b[^.;]{0,50}\b(?:locally|on\s+the\s+device|a\s+local\s+copy)|keeps?\s+(?:working|running)\s+through|with\s+no\s+(?:network|connection|connectivity|signal|link|internet)\b|(?:has|have|had)\s+no\s+(?:network|connection|connectivity|signal|link|internet)(?=\s*(?:[,;:)]|\.|$)|\s+(?:and|or|but|when|while|until|for|at|in|on)\b)|loses?\s+(?:their|its|the)\s+(?:\w+\s+)?(?:connection|link|network|signal))/
	],
	// Records never edited in place; a change is a new record.
	[
		'append-only',
		/\b(?:append-only|appended\s+to|immutable|never\s+(?:be\s+)?(?:edited|updated|modified|overwritten|rewritten|changed)|(?:not|never)\s+(?:\w+\s+)?(?:edited|changed|modified|updated)\s+in\s+place|a\s+(?:correction|change|mistake)\b[^.;]{0,40}\bis\s+(?:a\s+new|fixed\s+(?:with|by)\s+a\s+new)|new\s+(?:revision|version|record|event)\s+(?:that|which)\s+(?:points|links|refers|records))/
	],
	// Each customer's data and capacity kept apart from the others'.
	[
		'isolation',
		/\b(?:(?:each|every|one)\s+\w+(?:'s|’s)\s+(?:\w+\s+){0,2}data\b[^.;]{0,40}\b(?:own|only|apart|separate|isolated)|(?:each|every)\s+\w+\s+gets\s+its\s+own|holds?\s+one\s+\w+(?:'s|’s)\s+data\s+only|data\s+only\s+for\s+(?:one|its\s+own)|isolat(?:ed|ion)\s+(?:per|between|from\s+(?:each\s+other|other))|scoped\s+to\s+one\s+\w+|(?:per|each)[-\s]tenant|tenant\s+isolation|row-level\s+security)/
	],
	// A person, not the software, confirms what reaches people.
	[
		'human-approval',
		/\b(?:(?:a|one|the)\s+(?:person|human|named\s+person)\s+(?:\w+\s+)?(?:approves?|confirms?|reviews?|signs?\s+off)|human[-\s]in[-\s]the[-\s]loop|manual(?:ly)?\s+approv|until\s+(?:they|a\s+person|a\s+human|the\s+(?:\w+\s+){1,2}?)\s*(?:confirm|approve|accept)s?\b|without\s+(?:a\s+|the\s+)?(?:person|human)(?:'s|’s)?\s+(?:approval|review|confirmation|sign-off))/
	],
	// Capacity and tests set by the peak, not the average.
	[
		'peak-load',
		/\b(?:(?:sized|provision(?:ed)?|capacity|planned|load-test(?:ed)?|tested|benchmark(?:ed)?)\b[^.;]{0,50}\b(?:peak|busiest|worst)|peak,?\s+not\s+the\s+(?:annual\s+)?average|load-tests?\b[^.;]{0,40}\b\d+(?:\.\d+)?\s*(?:x|times))/
	],
	// Surviving the loss of a region.
	[
		'region-failover',
		/\b(?:(?:one|either|a\s+single|the\s+other|a\s+second)\s+region\b[^.;]{0,40}\b(?:lost|unavailable|down|fails|other|carry|serving)|out\s+of\s+one\s+region|region\s+(?:is|goes)\s+(?:lost|down|unavailable)|active-active|multi-region)/
	],
	// Costs attributed to the teams that incur them.
	[
		'cost-attribution',
		/\b(?:cost-cent(?:re|er)|cost\s+cent(?:re|er)|chargeback|showback|cost\s+tags?|costs?\s+(?:is|are)\s+(?:reported|attributed|charged|allocated|billed)\s+[^.;]{0,30}\b(?:team|owner)s?)/
	],
	// One identity per person across every tool: one account or login, no shared ones ("one
	// shared login per hut" is the opposite).
	[
		'one-identity',
		/\b(?:one\s+(?!shared\b)(?:\w+\s+)?(?:account|identity|login|sign-in|guest\s+id|user\s+id|customer\s+id)\b(?!\s+(?:per|for\s+each)\s+(?:tool|app|system|service))|single\s+sign[-\s]on|signs?\s+(?:\w+\s+)?in\s+(?:through|with|using)\b|(?:their|his|her)\s+own\s+(?:\w+\s+){0,2}(?:login|account|identity)\b|no\s+shared\s+(?:\w+\s+)?(?:accounts|logins|passwords))/
	],
	// No change in the busiest weeks: a freeze over a season, a holiday or dates.
	[
		'change-freeze',
		/\b(?:(?:(?:do|does)\s+not|don['’]t|never|not)\s+(?:release|ship|deploy|change|roll\s+out)|(?:is|are)\s+(?:not|never)\s+(?:released|shipped|deployed|changed|updated|rolled\s+out)|no\s+(?:\w+\s+){0,2}(?:release|change|deploy(?:ment)?)s?\s+(?:ships?|goes|go|is\s+made|are\s+made|happens?|in|during|between|from))\b(?:[^.;]{0,60}\b(?:between|during|from|in|over)\b)?[^.;]{0,40}\b(?:january|february|march|april|may|june|july|august|september|october|november|december|holidays?|christmas|easter|peak|busiest|season|black\s+friday)|\b(?:change|code|release|deploy(?:ment)?)\s+freeze\b|\bfrozen\s+(?:between|during|from|over)\b/
	],
	// Data that arrives as it happens, not in nightly copies.
	[
		'fresh-data',
		/\b(?:as\s+(?:it|they)\s+(?:happens?|are\s+published|are\s+made|arrives?|occurs?)|within\s+(?:\d+|a\s+few|one|two|five|ten|fifteen)\s+(?:seconds|minutes?)\s+of\s+(?:happening|being\s+(?:made|recorded|taken)|the\s+event|(?:(?:a|an|the|its|their)\s+)?\w+\s+\w+ing\b)|(?:near|close\s+to)[-\s]real[-\s]time|not\s+(?:as\s+)?nightly\s+(?:copies|batch(?:es)?|loads|dumps|exports))/
	],
	// Nothing from outside, the internet above all, reaches the machines that move things.
	[
		'no-inbound',
		/\b(?:not\s+connected\s+to\b[^.;]{0,40}\bin\s+either\s+direction|no\s+connection\s+from\s+(?:the\s+)?(?:internet|outside)|(?:can\s+be\s+|is\s+)?reach(?:ed|able)\s+from\s+the\s+internet\b[^.;]{0,60}\b(?:not|no|never|cannot)|(?:no|nothing)\s+(?:\w+\s+){0,4}reach(?:ed|able)\s+from\s+the\s+internet|nothing\s+outside\s+(?:a|an|the|its|their)\s+(?:\w+[’']?s?\s+){0,3}(?:own\s+)?(?:cabinet|network|plant|site|room|controller)s?\s+can\b)/
	],
	// Changes only through reviewed code and pipelines, never by hand.
	[
		'as-code',
		/\b(?:never\s+by\s+hand|by\s+hand\s+in|not\s+(?:through|in|via)\s+(?:the\s+)?consoles?|(?:through|by|via)\s+(?:reviewed\s+)?code\s+and\s+pipelines|declared\s+in\s+(?:terraform|code)|infrastructure\s+as\s+code|click-?ops)/
	]
];

// Whether a sentence takes any direction, in one pass: most take none. The patterns have no
// flags and no back-references, so their alternation matches where any of them does.
const ANY_DIRECTION = DIRECTIONS.every(([, re]) => re.flags === '')
	? new RegExp(DIRECTIONS.map(([, re]) => `(?:${re.source})`).join('|'))
	: null;

/** Direction terms of a sentence (`dir:offline`…), in lexicon order. */
export function directionsOf(text: string): string[] {
	const lower = text.toLowerCase();
	const out: string[] = [];
	if (ANY_DIRECTION && !ANY_DIRECTION.test(lower)) return out;
	for (const [name, re] of DIRECTIONS) if (re.test(lower)) out.push(DIRECTION_PREFIX + name);
	return out;
}
