/**
 * Contradictions: pairs of policies from different strategies on the same topic that pull
 * apart (issue 12). Three kinds, each explained by the words that set it (`why`):
 *
 * - **category**: both adopt a named system of the same category, different ones ("PostgreSQL"
 *   vs "DynamoDB" as the datastore), for overlapping scopes. A choice claimed for everything
 *   ("all", "only", "standardize on", "default") needs only one shared topic word with the other
 *   side; two plain choices need a closer topic.
 * - **polarity**: one adopts what the other refuses ("default to Pub/Sub" vs "we do not create
 *   Pub/Sub topics"), or they sit on opposite poles of an axis on the same topic (build vs buy,
 *   one shared choice vs each team choosing), or one sets aside in so many words what the other
 *   prescribes ("instead of calling the owner synchronously" vs "services call … synchronously").
 * - **number**: different numbers of one dimension for the same measured thing (99.9% vs 99.99%
 *   availability), when the words around the numbers and the topics agree.
 *
 * Same-topic agreement (both adopt the same system, both refuse it, equal numbers) is never a
 * contradiction. One contradiction is kept per pair of documents and topic: the clearest pair.
 */
import type { Contradiction } from '../types.js';
import type { Choice, Quantity, Stance } from './stance.js';
import { setId } from './ids.js';
import { CLOUD_OF } from '../lexicon/extract-categories.js';
import { VENDOR_CLOUD } from '../lexicon/weave-systems.js';
import { baseOf } from '../extract/terms.js';
import { tokenize, type Token } from '../text/index.js';
import { isAscii, patternFor } from '../text/ascii.js';
import { boundsCompatible, floorVsAge } from './words.js';
import { defersToSole, pairReadings, subjectOf } from './pairs.js';
import { sameActApart, slotsOf, type Slot } from './slots.js';

/** A policy as the contradiction finder sees it (one sentence, or two that continue). */
export interface Unit {
	doc: string;
	docIndex: number;
	line: number;
	text: string;
	/** The tokens of `text`, read once and shared by every reader of the unit. */
	tokens: readonly Token[];
	/** WovenPolicy id of its first sentence. */
	policy: string;
	/** Document and normalised text, for the contradiction id. */
	fingerprint: string;
	stance: Stance;
	/** Unit vector of its topic terms (names of categories and numbers left out). */
	topic: Map<string, number>;
	/** How many topic terms its own sentences have (before its reasons' words joined). */
	core?: number;
	/** Its key terms, for explanations. */
	terms: Set<string>;
	/** Whether it commits in so many words or under a policy heading (not discussion). */
	strong: boolean;
	/** Whether it opens a list item (a policy stated on its own, not discussed). */
	listed: boolean;
	/** Its reason clauses, as ranges of `text`. */
	reasons: readonly [number, number][];
	/**
	 * Alias classes (clause.ts) of the things it names, each with the names it writes: one thing
	 * under any of its names.
	 */
	named?: ReadonlyMap<number, readonly string[]>;
	/** The identifiers it names in code (`refund-runner`), lower case. */
	code?: ReadonlySet<string>;
}

/** Whether a key term is an identifier a unit names in code, or a part of one. */
function ofName(term: string, u: Unit): boolean {
	if (!u.code?.size) return false;
	for (const c of u.code)
		if (c === term || c.split(/[-_./:\s]+/).some((p) => p === term || baseOf(p) === term))
			return true;
	return false;
}

/**
 * Whether two units are about different named things: each names identifiers in code, none
 * in common, and no alias joins them ("the target for `a-svc`" vs "the target for `b-svc`").
 */
function apartNamed(a: Unit, b: Unit): boolean {
	if (!a.code?.size || !b.code?.size) return false;
	for (const c of a.code) if (b.code.has(c)) return false;
	return !nameOne(a, b);
}

/** Whether two units name one thing, under the same name or two of its names. */
function nameOne(a: Unit, b: Unit): boolean {
	if (!a.named?.size || !b.named?.size) return false;
	for (const c of a.named.keys()) if (b.named.has(c)) return true;
	return false;
}

/** The thing two units both name, as each names it ("crumb till" = "red box"). */
function oneThing(a: Unit, b: Unit): string {
	for (const [c, as] of a.named ?? []) {
		const bs = b.named?.get(c);
		if (!bs) continue;
		const names = [...new Set([...as, ...bs])].map(quote);
		return names.length > 1 ? `one thing under two names (${names.join(' = ')})` : names[0];
	}
	return '';
}

const CATEGORY_TOPIC: Record<string, string> = {
	datastore: 'primary datastore',
	cache: 'cache',
	warehouse: 'data warehouse',
	search: 'search engine',
	language: 'programming language',
	messaging: 'message broker',
	protocol: 'service protocol',
	cloud: 'cloud provider',
	orchestration: 'workflow orchestration',
	compute: 'compute platform',
	observability: 'observability tooling',
	ci: 'CI system',
	build: 'build tool',
	iac: 'infrastructure as code',
	flags: 'feature flag service',
	frontend: 'frontend framework',
	mobile: 'mobile framework',
	identity: 'identity provider',
	deploy: 'deployment tooling',
	mesh: 'service mesh',
	repository: 'code hosting',
	analytics: 'product analytics',
	payments: 'payment provider',
	email: 'messaging provider'
};

/** The topic terms two units share, heaviest in both first (ties in `a`'s order), at most `limit`. */
function shared(a: Unit, b: Unit, limit = 4): string[] {
	const both: { t: string; w: number }[] = [];
	a.topic.forEach((x, t) => {
		const y = b.topic.get(t);
		if (y !== undefined) both.push({ t, w: x * y });
	});
	return both
		.sort((p, q) => q.w - p.w)
		.slice(0, limit)
		.map((p) => p.t);
}

/** Whether two units share a topic term. */
function sharesTopic(a: Unit, b: Unit): boolean {
	for (const t of a.topic.keys()) if (b.topic.has(t)) return true;
	return false;
}

const quote = (s: string) => `"${s}"`;
/** A cue as read, without the punctuation it was cut with (", on Confluent Cloud, is our only"). */
const cueOf = (cue: string) => cue.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');

/**
 * Key terms (stems, canonical names) as the policies write them, for people: "avail" is read
 * as "availability", "messag" as "messaging"; terms only part of a system's name are left out.
 */
function said(terms: readonly string[], ...units: Unit[]): string[] {
	const out: string[] = [];
	for (const term of terms) {
		let word: string | null = null;
		let inName = false;
		for (const u of units) {
			for (const t of wordsOf(u)) {
				if (t.lower !== term && t.base !== term) continue;
				if (
					u.stance.choices.some(
						(c) => c.written.toLowerCase().includes(t.lower) && c.written.length > t.text.length
					)
				) {
					inName = true;
					continue;
				}
				word = t.lower;
				break;
			}
			if (word) break;
		}
		// A part of an identifier or a name ("pub" of "Pub/Sub") says nothing on its own.
		if (
			!word &&
			(inName ||
				units.some((u) => wordsOf(u).some((t) => t.parts !== null && t.parts.includes(term))))
		)
			continue;
		const w = word ?? term.replace(/-/g, ' ');
		if (!out.includes(w)) out.push(w);
	}
	return out;
}
interface Word {
	text: string;
	lower: string;
	base: string;
	/** The parts of an identifier or a name ("pub", "sub" of "Pub/Sub"), or null. */
	parts: string[] | null;
}
const wordsMemo = new WeakMap<Unit, Word[]>();
/** A unit's words, from its tokens, with their base forms. */
function wordsOf(u: Unit): Word[] {
	let words = wordsMemo.get(u);
	if (!words) {
		words = u.tokens.map((t) => ({
			text: t.text,
			lower: t.lower,
			base: baseOf(t.lower),
			parts: /[-_./]/.test(t.text) ? t.lower.split(/[-_./]+/) : null
		}));
		wordsMemo.set(u, words);
	}
	return words;
}
const short = (doc: string) => doc.replace(/^.*\//, '').replace(/\.(?:md|markdown)$/i, '');

interface Candidate {
	key: string;
	kind: Contradiction['kind'];
	/** The topic and the explanation, worded only for the candidates kept. */
	topic: () => string;
	a: Unit;
	b: Unit;
	why: () => string;
	score: number;
}

const adoptedMemo = new WeakMap<Unit, Map<string, Choice>>();
/** The firmest adopted choice of each category in a unit. */
function adopted(u: Unit): Map<string, Choice> {
	const memo = adoptedMemo.get(u);
	if (memo) return memo;
	const out = new Map<string, Choice>();
	adoptedMemo.set(u, out);
	for (const c of u.stance.choices) {
		if (c.polarity !== 1) continue;
		const prev = out.get(c.category);
		if (!prev || c.strength > prev.strength || (c.sole && !prev.sole)) out.set(c.category, c);
	}
	return out;
}

/** Whether a choice is written inside its unit's reason clause ("…, because X is slow"). */
function inReasonOf(u: Unit, c: Choice): boolean {
	return u.reasons.some(([from, to]) => c.at >= from && c.at < to);
}

// Where a policy's systems run, when it says: our hosted estate, or a device or site someone
// else owns ("on the bench PC", "on the phone", "on-premises"). A choice for one place says
// nothing about the other.
const HOSTED =
	/\bhosted\b|\bin\s+the\s+cloud\b|\bour\s+(?:cloud|servers?|data\s*cent(?:re|er)s?|back[-\s]?end)\b|\bserver[-\s]side\b/iu;
const DEVICE =
	/\bon[-\s]device\b|\bon[-\s]prem(?:ise|ises)?\b|\b(?:local|embedded)\b|\bon\s+(?:the|each|every|a|their|its)\s+(?:[\w-]+\s+)?(?:pcs?|laptops?|phones?|devices?|tablets?|handsets?|workstations?|machines?|appliances?|controllers?|gateways?|kiosks?|terminals?|routers?)\b/iu;
const placeMemo = new WeakMap<Unit, 'hosted' | 'device' | null>();
function placeOf(u: Unit): 'hosted' | 'device' | null {
	let p = placeMemo.get(u);
	if (p === undefined) {
		const ascii = isAscii(u.text);
		const hosted = patternFor(HOSTED, ascii).test(u.text);
		const device = patternFor(DEVICE, ascii).test(u.text);
		p = hosted === device ? null : hosted ? 'hosted' : 'device';
		placeMemo.set(u, p);
	}
	return p;
}
/** Whether two policies say they are about different places (hosted vs a device). */
export function apartInPlace(a: Unit, b: Unit): boolean {
	const x = placeOf(a);
	const y = placeOf(b);
	if (x !== null && y !== null) return x !== y;
	// A store on a device vs one named for no place: the device's is its own, unless the
	// other claims its choice for everything.
	return (x === 'device' && !b.stance.exclusive) || (y === 'device' && !a.stance.exclusive);
}

// Words of a refusal that say what is refused, not where: verbs and the words of "another".
const REFUSAL_VERBS = new Set(
	'build add creat introduc use run write adopt anoth new more addit separ second'.split(' ')
);
/**
 * Whether `q` refuses `x` for a scope `p` adopts it in: the other words of the refusal ("we do
 * not build another HL7 v2 interface to a hospital system": interface, hospital, system) are
 * mostly in `p`, two of them at least.
 */
function scopedRefusal(p: Unit, q: Unit, x: Choice): boolean {
	const own = new Set(tokenize(x.written).map((t) => baseOf(t.lower)));
	const scope = [...q.stance.refused].filter((t) => !own.has(t) && !REFUSAL_VERBS.has(t));
	if (scope.length < 2) return false;
	const hit = scope.filter((t) => p.terms.has(t)).length;
	return hit >= 2 && hit >= scope.length / 2;
}

/**
 * Whether a refusal's name ends its clause ("We do not run Kafka: services publish …"): the
 * system refused as such, not for some use or scope named after it ("no Kafka for payments").
 */
function bareRefusal(q: Unit, refusal: Choice): boolean {
	return /^\s*(?:[:;.—–]|$)/u.test(q.text.slice(refusal.at + refusal.written.length));
}

/** Whether one unit adopts a named system the other refuses. */
function opposed(a: Unit, b: Unit): boolean {
	for (const x of a.stance.choices)
		for (const y of b.stance.choices)
			if (x.name === y.name && x.polarity * y.polarity === -1) return true;
	return false;
}

// Categories whose choice holds for the whole company unless a policy scopes it.
const PLATFORM_WIDE = new Set([
	'cloud',
	'ci',
	'iac',
	'identity',
	'deploy',
	'mesh',
	'buildtool',
	'flags'
]);

// Categories of products one buys or adopts rather than builds.
const BOUGHT = new Set([
	'flags',
	'identity',
	'observability',
	'analytics',
	'ci',
	'search',
	'warehouse',
	'deploy'
]);

// Similarity two policies need to be on one topic.
const EXCLUSIVE_SIM = 0.04;
const PLAIN_SIM = 0.2;
const POLE_SIM = 0.22;
const REFUSAL_SIM = 0.25;
const NUMBER_SIM = 0.3;
const NEAR_SIM = 0.02;
// A head noun in at most this share of the policies names one thing (pairs.ts, head polarity).
const RARE_HEAD = 0.05;

/** Releases all year vs a freeze: the calendar is the topic, for two firm policies. */
function calendar(p: { axis: string }, a: Unit, b: Unit): boolean {
	return p.axis === 'releases all year vs a freeze' && a.strong && b.strong;
}
// A refusal whose other words are this few is of the system itself, whatever it is used for.
const BLANKET_TERMS = 2;

function categoryCandidates(a: Unit, b: Unit, sim: number, out: Candidate[]) {
	const A = adopted(a);
	const B = adopted(b);
	for (const [category, x] of A) {
		const y = B.get(category);
		if (!y || x.name === y.name) continue;
		// Agreement on both: each also adopts the other's choice ("Kafka for X, SQS for Y").
		if (b.stance.choices.some((c) => c.name === x.name && c.polarity === 1)) continue;
		if (a.stance.choices.some((c) => c.name === y.name && c.polarity === 1)) continue;
		// A front end and a backend choose their languages (and protocols) apart.
		if (a.stance.tier && b.stance.tier && a.stance.tier !== b.stance.tier) continue;
		// The hosted estate and a device in a customer's building choose their stores apart.
		if (apartInPlace(a, b)) continue;
		// A cloud, a CI system or an identity provider is chosen for the whole company.
		const exclusive = a.stance.exclusive || b.stance.exclusive;
		// A cloud, a CI system or an identity provider is chosen for the whole company: two
		// explicit choices conflict whatever else the policies say.
		const platform =
			PLATFORM_WIDE.has(category) &&
			(x.strength > 0 || a.stance.exclusive) &&
			(y.strength > 0 || b.stance.exclusive);
		// One side claims its system as the one member of the category ("X is our only
		// stream processor"): any other member the other side adopts, outside its reasons,
		// breaks the claim, whatever each is used for.
		const sole = (p: Unit, q: Unit, mine: Choice, theirs: Choice) =>
			mine.sole &&
			theirs.polarity === 1 &&
			!inReasonOf(q, theirs) &&
			// The other side refuses the claimed system itself: the polarity reading says it.
			!q.stance.choices.some((c) => c.name === mine.name && c.polarity === -1) &&
			!p.stance.choices.some((c) => c.name === theirs.name);
		const claimed = sole(a, b, x, y) || sole(b, a, y, x);
		if (!(
			sim >= PLAIN_SIM ||
			platform ||
			claimed ||
			(exclusive && sim >= EXCLUSIVE_SIM && sharesTopic(a, b))
		))
			continue;
		const topic = CATEGORY_TOPIC[category] ?? category;
		// Two plain mentions with a sole claim between them are weaker than a stated choice.
		out.push({
			key: `category:${category}`,
			kind: 'category',
			topic: () => topic,
			a,
			b,
			// The shared scope is worded only for the candidates kept.
			why: () => {
				const common = shared(a, b);
				return (
					`${quote(x.written)} (${short(a.doc)}${x.cue ? `: ${cueOf(x.cue)}` : ''}) vs ${quote(y.written)} ` +
					`(${short(b.doc)}${y.cue ? `: ${cueOf(y.cue)}` : ''}): different ${topic} choices` +
					(common.length ? ` for the same scope (${said(common, a, b).join(', ')})` : '')
				);
			},
			score: 2 + x.strength + y.strength + sim + (exclusive ? 1 : 0)
		});
	}
}

/**
 * One cloud only ("runs on AWS only", "no second cloud provider") vs adopting another cloud's
 * managed product ("the warehouse moves to BigQuery"): neither names the other's cloud.
 */
function cloudCandidates(a: Unit, b: Unit, sim: number, out: Candidate[]) {
	for (let k = 0; k < 2; k++) {
		const p = k ? b : a;
		const q = k ? a : b;
		const cloud = adopted(p).get('cloud');
		// The cloud is chosen in so many words ("runs in AWS"), not named in passing ("with the
		// link to AWS down"), and claimed for everything or firmly.
		if (!cloud || cloud.strength < 1 || !(p.stance.exclusive || cloud.strength >= 2)) continue;
		for (const c of adopted(q).values()) {
			const home = CLOUD_OF[c.name] ?? VENDOR_CLOUD[c.name];
			if (!home || home === cloud.name) continue;
			// The other side names the first cloud too: a scoped exception it already weighed.
			if (q.stance.choices.some((x) => x.category === 'cloud' && x.name === cloud.name)) continue;
			out.push({
				key: 'category:cloud',
				kind: 'category',
				topic: () => CATEGORY_TOPIC.cloud,
				a,
				b,
				why: () =>
					`${short(p.doc)} keeps to ${quote(cloud.written)}${cloud.cue ? ` (${cueOf(cloud.cue)})` : ''}; ` +
					`${short(q.doc)} adopts ${quote(c.written)}, a product of ${home.toUpperCase()}`,
				score: 2 + cloud.strength + c.strength + sim
			});
		}
	}
}

// "rather than left to each bakery": a set-aside act, its participle and what follows it.
const ASIDE_ACT = /\b(?:rather\s+than|instead\s+of)\s+([\p{L}-]+)\s+([^.;:,]*)/iu;
// A past participle: regular, or one of English's irregular ones.
const PARTICIPLE =
	/^(?:[\p{L}-]+ed|left|made|done|kept|held|built|run|given|taken|sent|put|set|paid|sold|bought|told|shown|known|seen|written|brought|thought|found|read|spent|lent)$/iu;
// Words a participle's complement may hold before the thing it is done to.
const ACT_REACH = 4;

/**
 * Whether `p` does the act `q` sets aside, when what `q` sets aside is an act (a participle):
 * the participle, then within a few words another of the words set aside.
 */
function sameAct(p: Unit, q: Unit, hit: readonly string[]): boolean {
	const m = ASIDE_ACT.exec(q.text);
	if (!m || !PARTICIPLE.test(m[1])) return true;
	const verb = baseOf(m[1].toLowerCase());
	if (!hit.includes(verb)) return true;
	const words = wordsOf(p);
	for (let i = 0; i < words.length; i++) {
		if (words[i].base !== verb && words[i].lower !== m[1].toLowerCase()) continue;
		const next = words.slice(i + 1, i + 1 + ACT_REACH);
		if (next.some((w) => w.base !== verb && hit.includes(w.base))) return true;
	}
	return false;
}

function polarityCandidates(a: Unit, b: Unit, sim: number, out: Candidate[]) {
	// Adopt vs refuse the same named system.
	for (let k = 0; k < 2; k++) {
		const p = k ? b : a;
		const q = k ? a : b;
		for (const x of adopted(p).values()) {
			const refusal = q.stance.choices.find((c) => c.name === x.name && c.polarity === -1);
			if (!refusal) continue;
			// The same scope: close topics, a choice claimed for everything, or a refusal of the
			// system as such ("No new workloads on AWS Lambda": nothing but the system is named).
			// A system being switched off or retired is retired for everyone.
			const blanket =
				(q.stance.exclusive && (q.core ?? q.topic.size) <= BLANKET_TERMS) ||
				(refusal.retiring && x.strength > 0) ||
				bareRefusal(q, refusal);
			if (!(
				sim >= PLAIN_SIM ||
				blanket ||
				(p.stance.exclusive && sim >= EXCLUSIVE_SIM) ||
				scopedRefusal(p, q, x)
			))
				continue;
			if (q.stance.choices.some((c) => c.name === x.name && c.polarity === 1)) continue;
			out.push({
				// One per system: a pair may adopt one broker the other retires and refuse another.
				key: `system:${x.name}`,
				kind: 'polarity',
				topic: () => x.written,
				a,
				b,
				why: () =>
					`${short(p.doc)} adopts ${quote(x.written)}${x.cue ? ` (${cueOf(x.cue)})` : ''}; ` +
					`${short(q.doc)} refuses it (${quote(cueOf(refusal.cue) + ' … ' + refusal.written)})` +
					[x, refusal]
						.filter((c) => c.defined)
						.map((c) => `; ${quote(c.written)} is defined as ${quote(c.defined!)}`)
						.join(''),
				score: 3 + x.strength + sim
			});
		}
	}
	// Opposite poles of an axis, on one topic.
	for (const pa of a.stance.poles) {
		const pb = b.stance.poles.find((p) => p.axis === pa.axis);
		if (!pb || pb.pole === pa.pole) continue;
		const common = shared(a, b);
		// Axes that name their topic (a freeze, a person approving) need less of it in common:
		// one shared word, or none when both are firm policies on the release calendar.
		if (
			pa.near
				? !common.length || sim < NEAR_SIM
				: !(sim >= POLE_SIM && common.length) &&
					!(sim >= POLE_SIM / 2 && common.length >= 2) &&
					!calendar(pa, a, b)
		)
			continue;
		out.push({
			// An axis that names its topic is one topic: one contradiction per pair of documents.
			key: pa.near ? `axis:${pa.axis}` : `axis:${pa.axis}:${common.slice(0, 2).sort().join(',')}`,
			kind: 'polarity',
			topic: () =>
				common.length ? `${pa.axis}: ${said(common.slice(0, 3), a, b).join(', ')}` : pa.axis,
			a,
			b,
			why: () =>
				`${short(a.doc)}: ${pa.pole} (${quote(pa.words)}) vs ${short(b.doc)}: ${pb.pole} (${quote(pb.words)})` +
				(common.length ? ` on ${said(common, a, b).join(', ')}` : ''),
			score: 2 + sim * 2
		});
	}
	// Building something in-house vs adopting a named product for it ("We build our own
	// feature flag service" vs "Feature flags are managed in LaunchDarkly").
	for (let k = 0; k < 2; k++) {
		const p = k ? b : a;
		const q = k ? a : b;
		// Close topics, or a product claimed for everything ("every service and every client app
		// uses LaunchDarkly") and two shared topic words.
		if (sim < POLE_SIM && !(q.stance.exclusive && sim >= EXCLUSIVE_SIM)) continue;
		const build = p.stance.poles.find((x) => x.axis === 'build vs buy' && x.pole === 'build');
		if (!build) continue;
		const product = [...adopted(q).values()].find((c) => BOUGHT.has(c.category));
		if (!product) continue;
		if (q.stance.poles.some((x) => x.axis === 'build vs buy' && x.pole === 'build')) continue;
		const common = shared(a, b);
		// Below the usual closeness, two topic words in common, not one.
		if (common.length < (sim >= POLE_SIM ? 1 : 2)) continue;
		out.push({
			key: `axis:build vs buy:${common.slice(0, 2).sort().join(',')}`,
			kind: 'polarity',
			topic: () => `build vs buy: ${said(common.slice(0, 3), a, b).join(', ')}`,
			a,
			b,
			why: () =>
				`${short(p.doc)} builds it (${quote(build.words)}); ${short(q.doc)} uses ${quote(product.written)} on ${said(common, a, b).join(', ')}`,
			score: 2 + sim
		});
	}
	// One sets aside, in so many words, what the other prescribes.
	for (let k = 0; k < 2; k++) {
		const p = k ? b : a;
		const q = k ? a : b;
		if (sim < REFUSAL_SIM || !q.stance.refused.size) continue;
		if (defersToSole(p, q)) continue;
		// Its own terms it does not refuse, that the other refuses.
		const hit: string[] = [];
		for (const t of p.terms)
			if (!p.stance.refused.has(t) && q.stance.refused.has(t) && (p.topic.get(t) ?? 0) > 0)
				hit.push(t);
		// What is set aside must be mostly what the other prescribes, not two words of it.
		if (hit.length < 2 || hit.length < 0.6 * q.stance.refused.size) continue;
		// An act set aside ("rather than left to each bakery") is prescribed only when the other
		// does that act to the same thing, not when it uses the words apart ("each bakery
		// server … then left to Sift").
		if (!sameAct(p, q, hit)) continue;
		// Both refusing the same thing is agreement.
		if (hit.every((t) => p.stance.refused.has(t))) continue;
		out.push({
			key: `refusal:${hit.slice(0, 2).sort().join(',')}`,
			kind: 'polarity',
			topic: () => said(hit.slice(0, 3), a, b).join(', '),
			a,
			b,
			why: () =>
				`${short(p.doc)} prescribes what ${short(q.doc)} sets aside (${said(hit, a, b).join(', ')})`,
			score: 1 + sim + hit.length * 0.2
		});
	}
}

const slotsMemo = new WeakMap<Unit, Slot[]>();
/** A unit's named slot fillers outside its reasons. */
function slotsOfUnit(u: Unit): Slot[] {
	let out = slotsMemo.get(u);
	if (!out) {
		out = slotsOf(u.text).filter((s) => !u.reasons.some(([from, to]) => s.at >= from && s.at < to));
		slotsMemo.set(u, out);
	}
	return out;
}
/** Whether the lexicon knows a unit's slot filler as a choice of some category. */
const known = (u: Unit, s: Slot) =>
	u.stance.choices.some((c) => c.written.toLowerCase() === s.name);

/**
 * The same act done through two different named things ("every device talks to the back
 * office over HTTPS" vs "docks talk to the back office over MQTT"), one side claiming its
 * means for everything: two members of one slot.
 */
function slotCandidates(a: Unit, b: Unit, sim: number, out: Candidate[]) {
	const A = slotsOfUnit(a);
	if (!A.length) return;
	const B = slotsOfUnit(b);
	if (!B.length) return;
	for (const [p, q, P, Q] of [
		[a, b, A, B],
		[b, a, B, A]
	] as const) {
		if (!p.stance.exclusive) continue;
		for (const x of P)
			for (const y of Q) {
				const act = sameActApart(x, y, p.text);
				if (!act.length) continue;
				// Two names the lexicon knows are two choices of categories: categoryCandidates
				// weighs them (a cloud and an orchestrator are no two members of one slot).
				if (known(p, x) && known(q, y)) continue;
				const words = () => said(act.slice(0, 3), p, q);
				out.push({
					key: `slot:${x.prep}:${act.slice(0, 2).sort().join(',')}`,
					kind: 'category',
					topic: () => `${words().join(' ')} ${x.prep}`,
					a: p,
					b: q,
					why: () =>
						`${quote(x.prep + ' ' + x.written)} (${short(p.doc)}, for everything) vs ` +
						`${quote(y.prep + ' ' + y.written)} (${short(q.doc)}): the same act ` +
						`(${words().join(', ')}) through different named things`,
					score: 2 + sim + act.length * 0.2
				});
				return;
			}
	}
}

const DIMENSION_WORD = {
	percent: 'percentage',
	time: 'duration',
	size: 'size',
	money: 'amount',
	date: 'date',
	count: 'count'
};
const ROLE_WORD: Record<string, string> = {
	delay: 'delay',
	age: 'retention',
	span: 'duration',
	window: 'window',
	lead: 'lead time',
	cadence: 'cadence',
	amount: 'amount',
	label: 'duration',
	share: 'share'
};

const keptMemo = new WeakMap<Unit, string[][]>();
// An active verb of keeping or destroying: its object is what is kept ("keeps … backups").
const KEEPS_OBJECT =
	/\b(?:keeps?|retains?|holds?|stores?|deletes?|destroys?|purges?|erases?|wipes?)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/giu;
/**
 * What a unit keeps or destroys, as stem phrases: its subject up to a relative clause ("Lift
 * scans that can be tied …"), and the object of an active verb of keeping ("keeps … backups").
 */
function keptThings(u: Unit): string[][] {
	let out = keptMemo.get(u);
	if (!out) {
		const stems = (phrase: string) =>
			phrase
				.toLowerCase()
				.split(/[^\p{L}\p{N}-]+/u)
				.filter((w) => w && !/^(?:the|a|an|our|its|their|every|each|all|any|for|in|on|at)$/.test(w))
				.map((w) => baseOf(w.replace(/['’]s$/u, '')));
		out = [];
		const subject = subjectOf(u.text.split(/\s(?:that|which|who|whose)\s/)[0] + ' is');
		if (subject) out.push(stems(subject));
		for (const m of u.text.matchAll(KEEPS_OBJECT))
			out.push(stems(m[1].split(/\s(?:for|in|on|at|after|until)\s/)[0]));
		keptMemo.set(
			u,
			out.filter((x) => x.length)
		);
	}
	return out;
}
// "kept on each bakery server for …", "stored in Sift for …": where a unit keeps what it keeps.
const KEPT_IN =
	/\b(?:kept|stored|held|retained|archived)\s+(?:on|in|at)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:for|until|after|and|then|from)\b|\s*[.,;:]|$)/iu;
const placeKeptMemo = new WeakMap<Unit, string[]>();
/** The words of the place a unit keeps things in, as stems; empty when it names none. */
function placeKept(u: Unit): string[] {
	let out = placeKeptMemo.get(u);
	if (!out) {
		const m = KEPT_IN.exec(u.text);
		out = m
			? m[1]
					.toLowerCase()
					.split(/\s+/)
					.filter((w) => !/^(?:the|a|an|our|its|their|each|every|all|any|one)$/.test(w))
					.map(baseOf)
			: [];
		placeKeptMemo.set(u, out);
	}
	return out;
}
/** Whether two units keep things in places that share no word. */
function keptApart(a: Unit, b: Unit): boolean {
	const x = placeKept(a);
	const y = placeKept(b);
	return x.length > 0 && y.length > 0 && !x.some((w) => y.includes(w));
}

/** Whether two units keep or destroy one kind of thing: a head noun or two words in common. */
function sameSubject(a: Unit, b: Unit): boolean {
	for (const x of keptThings(a))
		for (const y of keptThings(b))
			if (x[x.length - 1] === y[y.length - 1] || x.filter((t) => y.includes(t)).length >= 2)
				return true;
	return false;
}

const ANCHOR =
	/^\s+(?:after|of|from|since)\s+(?:being\s+|the\s+|its\s+|their\s+|it\s+is\s+|they\s+are\s+)?([\p{L}-]{3,})/iu;
/** The event a duration is counted from ("a day after picking", "18 hours of being picked"). */
function anchorOf(u: Unit, written: string): string {
	const at = u.text.indexOf(written);
	if (at < 0) return '';
	const m = ANCHOR.exec(u.text.slice(at + written.length, at + written.length + 40));
	return m ? baseOf(m[1].toLowerCase()) : '';
}

/** Which way a bound points: "no more than" and "up to" cap (−1), "at least" floors (+1). */
function direction(bound: string): -1 | 1 | 0 {
	if (/most|under|below|within|less|fewer|up\s+to|no\s+more/.test(bound)) return -1;
	if (/least|more|above|over/.test(bound)) return 1;
	return 0;
}

// Two durations this many times apart measure different things ("300 ms" to answer vs "six
// months" of notice), unless the words that govern them say they are one measure.
const APART = 1000;

/**
 * A floor and a cap counted from one event ("at least a full day after picking" vs "within 18
 * hours of being picked"): both hold only when the floor is the lower. Pushed to `out`.
 */
function anchoredCandidate(
	a: Unit,
	b: Unit,
	x: Quantity,
	y: Quantity,
	sim: number,
	out: Candidate[]
): boolean {
	if (x.dimension !== 'time' || y.dimension !== 'time') return false;
	const event = anchorOf(a, x.written);
	if (!event || event !== anchorOf(b, y.written)) return false;
	const dx = direction(x.bound);
	const dy = direction(y.bound);
	const [floor, cap] = dx === 1 && dy === -1 ? [x, y] : dx === -1 && dy === 1 ? [y, x] : [];
	if (!floor || !cap || floor.value <= cap.value) return false;
	const said1 = () => said([event], a, b)[0] ?? event;
	out.push({
		key: `number:time:${event}`,
		kind: 'number',
		topic: () => `time from ${said1()}`,
		a,
		b,
		why: () =>
			`${quote(floor.bound + ' ' + floor.written)} vs ${quote(cap.bound + ' ' + cap.written)}, ` +
			`both counted from ${said1()}: the floor is above the cap`,
		score: 2 + sim
	});
	return true;
}

/**
 * A refresh cadence and a delay cap on one thing ("fetch the pass list every five minutes" vs
 * "a pass opens the gate within 60 seconds"): what is refreshed only every N cannot be sure to
 * arrive within less than N. Two words around both numbers name the one thing.
 */
function cadenceOverCap(x: Quantity, y: Quantity): boolean {
	const [cadence, cap] = x.role === 'cadence' ? [x, y] : [y, x];
	return (
		cadence.role === 'cadence' &&
		cap.role === 'delay' &&
		direction(cap.bound) === -1 &&
		cadence.value > cap.value &&
		[...cadence.around].filter((t) => cap.around.has(t)).length >= 2
	);
}

/**
 * Two caps governed by different words, neither of which the other policy uses ("gets a text
 * within 15 minutes" vs "mark … on the timetable within five minutes"): each bounds its own act.
 */
function differentActs(x: Quantity, y: Quantity): boolean {
	if (!x.governor || !y.governor || x.governor === y.governor) return false;
	const word = (q: Quantity) => q.governor.slice(0, q.governor.lastIndexOf(' '));
	return !y.around.has(word(x)) && !x.around.has(word(y));
}

function numberCandidates(a: Unit, b: Unit, sim: number, out: Candidate[]) {
	// Two numbers under the same governing words ("keeps … working for" and "keeps loading …
	// for") are one measure, however differently their subjects are named: a looser topic.
	for (const x of a.stance.quantities)
		for (const y of b.stance.quantities) anchoredCandidate(a, b, x, y, sim, out);
	const loose = sim < NUMBER_SIM * 0.5;
	if (loose && sim < NEAR_SIM) return;
	// Two numbers about different named things are two measures, however alike the words.
	if (apartNamed(a, b)) return;
	// Kept in two different places ("on each bakery server for 30 days" vs "in Sift for five
	// years"): two stores, each with its own period.
	if (keptApart(a, b)) return;
	for (const x of a.stance.quantities)
		for (const y of b.stance.quantities) {
			if (x.dimension !== y.dimension) continue;
			// Read above, as a floor and a cap from one event.
			if (anchoredCandidate(a, b, x, y, sim, [])) continue;
			// Different measures ("lose … five minutes of writes" vs "keep … 18 months") are
			// never compared; the same measure lets differently named subjects meet.
			if (x.measure && y.measure && x.measure !== y.measure) continue;
			const measured = !!x.measure && x.measure === y.measure;
			// A retention floor and a deletion age are one measure too: how long the data lives.
			const kept = floorVsAge(x, y);
			const polled = cadenceOverCap(x, y);
			if (loose && !measured && !kept && !polled && !(x.dimension === 'date' && nameOne(a, b)))
				continue;
			const ratio = Math.max(x.value, y.value) / Math.max(1e-9, Math.min(x.value, y.value));
			if (ratio < 1.0001) continue;
			if (ratio > APART && x.value && y.value && !measured) continue;
			// Durations of different kinds measure different things: a delay is no retention
			// period, a stage's length no release cadence ("two minutes after release" vs "one
			// railroad for 48 hours").
			// A retention period and a deletion delay are one measure, of one kind of data: their
			// subjects share two words or the head noun ("crate-by-crate records" vs "picking
			// records"; not "inspection record" vs "lift scans").
			if (x.role && y.role && x.role !== y.role && !(kept && sameSubject(a, b)) && !polled)
				continue;
			if (
				!measured &&
				direction(x.bound) === -1 &&
				direction(y.bound) === -1 &&
				differentActs(x, y)
			)
				continue;
			if (kept && !sameSubject(a, b)) continue;
			if (x.head && y.head && x.head !== y.head) continue;
			if (x.percentile !== null && y.percentile !== null && x.percentile !== y.percentile) continue;
			let around = [...x.around].filter((t) => y.around.has(t));
			// Two deadlines of policies on one topic (one thing, perhaps under two names) are
			// one date, whatever words stand next to each.
			if (!around.length && x.dimension === 'date' && (sim >= NUMBER_SIM || nameOne(a, b)))
				around = shared(a, b, 3);
			// The same measured noun ("of writes") or the same percentile is evidence too.
			const same = [
				// Two deadlines of one thing, named the same or under two of its names.
				...(x.dimension === 'date' && nameOne(a, b) ? [oneThing(a, b)] : []),
				...(x.head && x.head === y.head && !around.includes(x.head) ? [x.head] : []),
				...(x.percentile !== null && x.percentile === y.percentile ? [`p${x.percentile}`] : []),
				// The same governing phrase ("lock after") on differently named subjects.
				...(x.governor && x.governor === y.governor ? [`"${x.governor}"`] : []),
				...(measured ? [`the same measure (${x.measure})`] : []),
				// One kept at least so long, the other destroyed sooner: how long the data lives.
				...(kept ? ['how long it is kept'] : []),
				// Refreshed less often than the other allows it to take.
				...(polled ? ['a refresh slower than the cap'] : [])
			];
			if (!around.length) continue;
			// The name of the thing is not what is measured: "the error target for `a-svc`" and
			// "`a-svc` keeps records for …" share a subject, not a measure.
			if (!same.length && around.every((t) => ofName(t, a) || ofName(t, b))) continue;
			if (sim < NUMBER_SIM && around.length + same.length < 2) continue;
			// Bounds in opposite directions can both hold ("at least 12 months" vs "at most 25").
			const dx = direction(x.bound);
			const dy = direction(y.bound);
			if (dx && dy && dx !== dy) continue;
			// A retention floor and a deletion age conflict only when the age falls short of it.
			if (floorVsAge(x, y) && boundsCompatible(x, y)) continue;
			out.push({
				key: `number:${x.dimension}:${around.slice(0, 2).sort().join(',')}`,
				kind: 'number',
				topic: () => said(around.slice(0, 3), a, b).join(' '),
				a,
				b,
				why: () =>
					`${quote(x.written)} (${short(a.doc)}) vs ${quote(y.written)} (${short(b.doc)}): different ` +
					`${x.role && x.role === y.role ? ROLE_WORD[x.role] : DIMENSION_WORD[x.dimension]} for ` +
					[...said(around, a, b), ...same].join(', '),
				score: 1 + sim + (around.length + same.length) * 0.3
			});
		}
}

/** Contradictions between units of different documents, one per document pair and topic. */
export function findContradictions(units: readonly Unit[]): Contradiction[] {
	const candidates: Candidate[] = [];
	// Only pairs that share a topic term or a named system's category can pull apart on one
	// topic: an inverted index finds them, and the topic similarity of each, in one pass.
	// Each posting keeps the unit's weight of the key beside the unit (0 for a category).
	const postings = new Map<string, { units: number[]; weights: number[] }>();
	const post = (key: string, i: number, w: number) => {
		const list = postings.get(key);
		if (!list) postings.set(key, { units: [i], weights: [w] });
		else if (list.units[list.units.length - 1] !== i) {
			list.units.push(i);
			list.weights.push(w);
		}
	};
	// A cloud's managed product meets a choice of cloud (cloudCandidates).
	// Two poles of the release calendar meet whatever else the policies say.
	const categoryKeys = (u: Unit) => [
		...u.stance.choices.flatMap((c) =>
			CLOUD_OF[c.name] || VENDOR_CLOUD[c.name]
				? ['\u0000' + c.category, '\u0000cloud']
				: ['\u0000' + c.category]
		),
		...u.stance.poles.filter((p) => calendar(p, u, u)).map((p) => '\u0001' + p.axis),
		// Durations counted from one event meet whatever else the policies say.
		...u.stance.quantities
			.map((q) => anchorOf(u, q.written))
			.filter((e) => e)
			.map((e) => '\u0002' + e)
	];
	const catKeys = units.map(categoryKeys);
	units.forEach((u, i) => {
		u.topic.forEach((w, t) => post(t, i, w));
		for (const k of catKeys[i]) post(k, i, u.topic.get(k) ?? 0);
	});
	// A term most policies share (a topic every strategy names) adds little to a similarity and
	// would cost a quadratic number of visits: it is left out, as in extract/group.ts.
	const common = Math.max(40, Math.ceil(units.length * 0.1));
	// A head noun few policies use names one thing; a common one ("team", "data") does not.
	const rare = (stem: string, share = RARE_HEAD) => {
		const df = postings.get(stem)?.units.length ?? 0;
		return df >= 1 && df <= Math.max(3, units.length * share);
	};
	const sims = new Float64Array(units.length);
	const linked = new Uint8Array(units.length);
	const touched: number[] = [];
	for (let i = 0; i < units.length; i++) {
		const a = units[i];
		const keys = [...a.topic.keys(), ...catKeys[i]];
		for (const key of keys) {
			const x = a.topic.get(key) ?? 0;
			const { units: list, weights } = postings.get(key)!;
			if (x && list.length > common) continue;
			for (let k = 0; k < list.length; k++) {
				const j = list[k];
				if (j <= i || units[j].docIndex === a.docIndex) continue;
				if (!linked[j]) {
					linked[j] = 1;
					touched.push(j);
				}
				if (x) sims[j] += x * weights[k];
			}
		}
		for (const j of touched) {
			const b = units[j];
			const sim = sims[j];
			sims[j] = 0;
			linked[j] = 0;
			const before = candidates.length;
			// Cheap tests first: most pairs share a word and nothing more.
			if (adopted(a).size && adopted(b).size) {
				categoryCandidates(a, b, sim, candidates);
				cloudCandidates(a, b, sim, candidates);
			}
			const claimed =
				(sim >= EXCLUSIVE_SIM &&
					(a.stance.exclusive || b.stance.exclusive) &&
					(a.stance.poles.length > 0 || b.stance.poles.length > 0)) ||
				(a.stance.poles.length > 0 &&
					b.stance.poles.some((p) => a.stance.poles.some((q) => q.axis === p.axis)));
			if (
				sim >= POLE_SIM ||
				claimed ||
				(a.stance.choices.length && b.stance.choices.length && opposed(a, b))
			)
				polarityCandidates(a, b, sim, candidates);
			// Numbers of one named measure ("lose … of writes" vs "recovery point is zero") are
			// weighed even beside another reading of the pair; the clearest is kept.
			if (
				a.stance.quantities.length &&
				b.stance.quantities.length &&
				(candidates.length === before ||
					a.stance.quantities.some(
						(x) => x.measure && b.stance.quantities.some((y) => y.measure === x.measure)
					))
			)
				numberCandidates(a, b, sim, candidates);
			// The same act through two different named things, one claimed for everything.
			if (a.stance.exclusive || b.stance.exclusive) slotCandidates(a, b, sim, candidates);
			// Open-ended vs an end, never held vs kept, a place ban vs a placement (pairs.ts).
			for (const r of pairReadings(a, b, rare))
				candidates.push({ ...r, topic: () => r.topic, why: () => r.why, a, b });
		}
		touched.length = 0;
	}
	// The clearest pair per pair of documents and topic; a pair of policies once.
	const best = new Map<string, Candidate>();
	for (const c of candidates) {
		// The policy itself rather than a sentence discussing it ("The BigQuery move is the most
		// debated item") stands for its side.
		for (const u of [c.a, c.b]) c.score += (u.strong ? 1 : 0) + (u.listed ? 0.5 : 0);
		const k = `${c.a.docIndex}|${c.b.docIndex}|${c.key}`;
		const prev = best.get(k);
		if (!prev || c.score > prev.score) best.set(k, c);
	}
	const usedPairs = new Set<string>();
	const out: Contradiction[] = [];
	for (const c of [...best.values()].sort((x, y) => y.score - x.score)) {
		const pair = `${c.a.policy}|${c.b.policy}`;
		if (usedPairs.has(pair)) continue;
		usedPairs.add(pair);
		const side = (u: Unit) => ({ doc: u.doc, line: u.line, text: u.text, policy: u.policy });
		out.push({
			id: setId('c-', [c.a.fingerprint, c.b.fingerprint]),
			topic: c.topic(),
			kind: c.kind,
			a: side(c.a),
			b: side(c.b),
			why: c.why()
		});
	}
	return out;
}
