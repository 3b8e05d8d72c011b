/**
 * Named slot fillers: the named thing a clause does its act through ("talks to the back office
 * over HTTPS", "deploys via Gearbox"). Two policies that do the same act through different named
 * things, one of them for everything, commit to different members of one slot, whether or not
 * the lexicon knows what kind of thing either name is.
 *
 * General English structure only: a preposition of means (over, via, through, using), a
 * capitalised name or code after it, and the content words of its clause before it.
 */

import { baseOf } from '../extract/terms.js';
import { STOPWORDS } from '../lexicon/extract-cues.js';

/** A named thing filling the means slot of a clause. */
export interface Slot {
	/** The preposition of means ("over"). */
	prep: string;
	/** Stems of the clause's content words before the preposition: the act and what it is done to. */
	act: ReadonlySet<string>;
	/** The name, lower case ("https"). */
	name: string;
	/** The name as written ("HTTPS"). */
	written: string;
	/** Where the name stands in the text. */
	at: number;
}

const STOP = new Set(STOPWORDS);
// A clause ends at strong punctuation, a relative or adverbial clause, or a coordinated clause.
const CLAUSE_BREAK =
	/[;:—–()]|,\s+(?:and|but|so|or)\s|\s(?:which|who|whose|because|since|unless|until|while|if|when|whereas|instead\s+of|rather\s+than|so\s+that)\s/giu;
// A preposition of means, up to two lower-case words, then a name: capitalised words or code.
const MEANS =
	/\b(over|via|through|using)\s+(?:[a-z][\p{L}-]*\s+){0,2}?((?:`[^`\n]{1,40}`)|[A-Z][\p{L}\p{N}.+/-]*(?:\s+[A-Z][\p{L}\p{N}.+/-]*){0,2})/gu;
// A policy's label ("Decision: ") is no word of its clause.
const LABEL = /^\s*(?:\*\*|__)?[A-Z][\w -]{0,20}:(?:\*\*|__)?\s+/;

/** The named slot fillers of a text's clauses. */
export function slotsOf(text: string): Slot[] {
	const out: Slot[] = [];
	const body = text.replace(LABEL, (m) => ' '.repeat(m.length));
	let from = 0;
	const clauses: [number, number][] = [];
	for (const m of body.matchAll(CLAUSE_BREAK)) {
		clauses.push([from, m.index]);
		from = m.index + m[0].length;
	}
	clauses.push([from, body.length]);
	for (const [start, end] of clauses) {
		const clause = body.slice(start, end);
		for (const m of clause.matchAll(MEANS)) {
			const act = new Set(
				(
					clause
						.slice(0, m.index)
						.toLowerCase()
						.match(/[\p{L}][\p{L}-]{2,}/gu) ?? []
				)
					.filter((w) => !STOP.has(w))
					.map(baseOf)
			);
			const written = m[2].replace(/[.]+$/, '').replace(/`/g, '');
			out.push({
				prep: m[1],
				act,
				name: written.toLowerCase(),
				written,
				at: start + m.index + m[0].length - m[2].length
			});
		}
	}
	return out;
}

/** Words of the act two slots share: the same act needs two of them. */
export const SAME_ACT = 2;

/**
 * Two slots of the same act (same preposition, two content words before it in common) filled
 * by different names, where the side `x` stands on does not name `y`'s filler at all (a side
 * that names both weighs them itself). The shared words of the act, or none.
 */
export function sameActApart(x: Slot, y: Slot, xText: string): string[] {
	if (x.prep !== y.prep || x.name === y.name) return [];
	if (x.name.includes(y.name) || y.name.includes(x.name)) return [];
	if (xText.toLowerCase().includes(y.name)) return [];
	const act = [...x.act].filter((w) => y.act.has(w));
	return act.length >= SAME_ACT ? act : [];
}
