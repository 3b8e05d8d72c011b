import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weave } from './weave.js';
import { parseMarkdown } from '../text/index.js';
import {
	choiceHeading,
	COST_OPENING,
	FIT_HEADING,
	faqAnswers,
	opensAnswer,
	paragraphRules
} from './answers.js';

// FAQ answers and a memo's one-rule paragraphs (a city bus company and a museum: no labelled
// set's domain).

const faq = `# Bus network strategy

## Questions and answers

### Can a driver swap a shift by text message?

No. Drivers swap shifts only through the rota app, so the depot knows who is at the wheel.

### When does a new timetable start?

Timetables change on the first Sunday of March and of September, and at no other time in the year.

### Who fixes a broken ticket machine?

The depot that runs the route sends a fitter within four hours of the report.
`;

const guide = `# Small buses

## Why run small buses?

Small buses are cheaper to run on quiet routes. They also fit the old town's streets.

### Fewer empty seats

A half-empty coach burns fuel for nobody.

## When are big buses better?

On the airport route every seat is taken.
`;

const memo = `# Memo: how the museum keeps its catalogue

## What I am asking us to hold to

Every object record names the curator who last checked it. A record nobody owns drifts.

Photographs of loaned objects are deleted when the loan ends. The lender owns those images.

## What I am not asking for

I am not asking anyone to re-catalogue the stores this year.

## How the commitments fit together

The loan rule is the awkward one. Lenders were promised their images back in 2019.

Curators gain time from the ownership rule. The stores team loses a little.
`;

describe('faqAnswers', () => {
	it('takes the answers under three or more sibling questions', () => {
		const blocks = parseMarkdown(faq).blocks;
		const answers = [...faqAnswers(blocks)].map((i) => blocks[i].text.slice(0, 20));
		expect(answers).toEqual([
			'No. Drivers swap shi',
			'Timetables change on',
			'The depot that runs '
		]);
	});

	it('leaves chapters headed by questions alone (sub-headings, fewer than three)', () => {
		expect(faqAnswers(parseMarkdown(guide).blocks).size).toBe(0);
	});
});

describe('opensAnswer', () => {
	it.each([
		['No.', false],
		['Not yet, and not by accident.', false],
		['Because the old rota was on paper, and that is gone.', false],
		['Drivers swap shifts only through the rota app.', true],
		['Fares stay flat all day, because riders plan around the last bus.', true]
	])('%s → %s', (text, opens) => {
		expect(opensAnswer(text)).toBe(opens);
	});
});

describe('paragraphRules', () => {
	it('takes paragraphs of a section with no list, not a lone paragraph', () => {
		const blocks = parseMarkdown(memo).blocks;
		expect([...paragraphRules(blocks)].map((i) => blocks[i].text.slice(0, 12))).toEqual([
			'Every object',
			'Photographs ',
			'The loan rul',
			'Curators gai'
		]);
	});
});

// A memo whose title names a context word ("data") and whose open items and header fields
// are no rules.
const dataMemo = `# Trams in 2028: a memo from the head of data

Owner: Network data team. Editor: Olu Adeyemi.

## Questions and answers

### Where do tram positions come from?

Tram positions are read from the signalling feed every ten seconds, and nobody types them in.

### How long are passenger counts kept?

Passenger counts are kept for three years and then deleted.

### Who can query the warehouse?

Analysts query the warehouse with their own council login, and there are no shared accounts.
`;

const records = `# Tram platform decision records

Owner: Platform team (Rails). Editor: Olu Adeyemi.

## TR-4: One message bus

Decision: Every tram system publishes its events to the one RabbitMQ cluster.

## Policies

- Trams report their position every ten seconds.
- We have not decided whether the depots keep clocks of their own.

## What these records leave open

- How the bus rule applies to the heritage trams that carry no transponder.
- Whether the depots should run a broker of their own.
`;

describe('weave: rules in FAQ answers and memo paragraphs', () => {
	const { policies } = weave(
		[
			{ name: 'bus.md', markdown: faq },
			{ name: 'museum.md', markdown: memo }
		],
		{ today: '2026-06-01' }
	);
	const texts = policies.map((p) => p.text);

	it('reads the rule each answer states, not its reply', () => {
		expect(texts).toContain(
			'Drivers swap shifts only through the rota app, so the depot knows who is at the wheel.'
		);
		expect(texts).toContain(
			'Timetables change on the first Sunday of March and of September, and at no other time in the year.'
		);
		expect(texts).toContain(
			'The depot that runs the route sends a fitter within four hours of the report.'
		);
		expect(texts).not.toContain('No.');
	});

	it("reads a memo's asks one per paragraph, and not what it does not ask", () => {
		expect(texts).toContain('Every object record names the curator who last checked it.');
		expect(texts).toContain('Photographs of loaned objects are deleted when the loan ends.');
		expect(texts.some((t) => t.startsWith('I am not asking'))).toBe(false);
	});

	it('does not read a section that explains the commitments as more of them', () => {
		expect(texts.some((t) => t.startsWith('The loan rule is the awkward one'))).toBe(false);
		expect(texts.some((t) => t.startsWith('Curators gain time'))).toBe(false);
	});
});

describe("weave: a FAQ's answers under a document title that names a context word", () => {
	it('reads them as rules: the title names the document, not a section', () => {
		const titled = faq.replace(
			'# Bus network strategy',
			'# Buses in 2027: a note from the head of data'
		);
		const texts = weave(
			[
				{ name: 'bus.md', markdown: titled },
				{ name: 'museum.md', markdown: memo }
			],
			{ today: '2026-06-01' }
		).policies.map((p) => p.text);
		expect(texts).toContain(
			'The depot that runs the route sends a fitter within four hours of the report.'
		);
	});
});

describe('weave: a memo titled with a context word, its header fields and its open items', () => {
	const { policies } = weave(
		[
			{ name: 'trams.md', markdown: dataMemo },
			{ name: 'records.md', markdown: records }
		],
		{ today: '2026-06-01' }
	);
	const texts = policies.map((p) => p.text);

	it("reads each answer's rule though the title names the memo's author ('head of data')", () => {
		expect(texts).toContain(
			'Tram positions are read from the signalling feed every ten seconds, and nobody types them in.'
		);
		expect(texts).toContain('Passenger counts are kept for three years and then deleted.');
	});

	it('reads no header field and no item of what the memo leaves open as a policy', () => {
		expect(texts).toContain(
			'Decision: Every tram system publishes its events to the one RabbitMQ cluster.'
		);
		expect(texts).toContain('Trams report their position every ten seconds.');
		expect(texts.some((t) => t.startsWith('We have not decided'))).toBe(false);
		expect(texts.some((t) => /^(?:Owner|Editor):/.test(t))).toBe(false);
		expect(texts.some((t) => /^(?:How the bus rule|Whether the depots)/.test(t))).toBe(false);
	});
});

describe('choiceHeading', () => {
	it.each([
		['Fewer loans over longer loans', true],
		['Open stacks rather than closed stores', true],
		['Paper catalogues instead of kiosks', true],
		['Speed over ceremony', true],
		['Is there a freeze over the holidays?', false],
		['How we chose paper over kiosks', false],
		['Costs over the next two years', false],
		['Visitors over time', false],
		['Loans over 30 days', false],
		['Lending rules', false]
	])('%s → %s', (heading, chooses) => {
		expect(choiceHeading(heading)).toBe(chooses);
	});
});

describe('FIT_HEADING and COST_OPENING', () => {
	it.each([
		['How these fit', true],
		['How the pledges fit together', true],
		['How the answers hang together', true],
		['How long do we keep loan slips?', false],
		['How we lend', false]
	])('heading %s → %s', (heading, fits) => {
		expect(FIT_HEADING.test(heading)).toBe(fits);
	});
	it.each([
		['We give up the Sunday opening some readers liked.', true],
		['This costs us two part-time posts.', true],
		['The price is a slower reading room.', true],
		['Readers borrow up to six books at a time.', false],
		['We give readers a receipt for every loan.', false]
	])('sentence %s → %s', (text, cost) => {
		expect(COST_OPENING.test(text)).toBe(cost);
	});
});

// A strategy written as tradeoffs ("A over B" headings under "Tradeoffs"), with a section on
// how its choices fit and a team header line; a second strategy to weave it with.
const tradeoffMemo = `# Reading rooms: the lending strategy, in tradeoffs

Team: Lending (Shelfmark).

## Tradeoffs

### Short loans over long loans

Every book goes back to the shelf within fourteen days of being borrowed.

No reader holds more than six books at once, and they renew online.

We give up the long summer loans some students liked.

### Paper over screens

The reading room keeps its card catalogue, and it gets no kiosks.

This costs us a clerk's time every week to file new cards.

## How these fit

Rules 1 and 2 mean fewer books out at once. The archive team will ask about the kiosks.
`;
const archiveMemo = `# Archive strategy

## Principles

- Rare books are read in the reading room and never leave it.
- Every archive visitor signs the visitors' book.
`;

describe('weave: choice headings under Tradeoffs, a section on how the choices fit', () => {
	const { policies } = weave(
		[
			{ name: 'lending.md', markdown: tradeoffMemo },
			{ name: 'archive.md', markdown: archiveMemo }
		],
		{ today: '2026-06-01' }
	);
	const texts = policies.map((p) => p.text);

	it('reads the rule paragraphs under an "A over B" heading, not what the choice costs', () => {
		expect(texts).toContain(
			'Every book goes back to the shelf within fourteen days of being borrowed.'
		);
		expect(texts).toContain('No reader holds more than six books at once, and they renew online.');
		expect(texts).toContain('The reading room keeps its card catalogue, and it gets no kiosks.');
		expect(texts.some((t) => /^(?:We give up|This costs)/.test(t))).toBe(false);
	});

	it('reads nothing of how the choices fit, nor the team header line', () => {
		expect(texts.some((t) => /^(?:Rules 1 and 2|The archive team|Team:)/.test(t))).toBe(false);
	});
});

describe('choiceHeading reads as the one pattern it replaced', () => {
	const OLD = /^(\S.*?)\s+(?:over|rather\s+than|instead\s+of)\s+(\S.*)$/i;
	const WHEN =
		/^(?:time|the\s+(?:next|last|past|coming|years?|months?|weeks?|summer|winter)|(?:a|one|two|three|\d+)\s+\w+s?$|\d)/i;
	const PIECES = [
		'over',
		'Over',
		'rather',
		'than',
		'instead',
		'of',
		'a',
		'B',
		' ',
		'  ',
		'\t',
		'\n',
		'?',
		'the next',
		'3',
		'how',
		'time'
	];
	const old = (heading: string) => {
		const h = heading.trim();
		if (/\?\s*$/.test(h) || /^(?:how|what|why|when|where|who|which|is|are|do|does|can)\b/i.test(h))
			return false;
		const m = OLD.exec(h);
		return !!m && !WHEN.test(m[2]);
	};
	it('on generated headings', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }), (pieces) => {
				const heading = pieces.join(pieces.length % 2 ? ' ' : '');
				expect(choiceHeading(heading), JSON.stringify(heading)).toBe(old(heading));
			}),
			{ numRuns: 5000 }
		);
	});

	it('in linear time on a long run of spaces', () => {
		const spaces = ' '.repeat(200_000);
		const started = performance.now();
		expect(choiceHeading(`a${spaces}b`)).toBe(false);
		expect(choiceHeading(`Speed${spaces}over${spaces}ceremony`)).toBe(true);
		// The old pattern took minutes here.
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});
