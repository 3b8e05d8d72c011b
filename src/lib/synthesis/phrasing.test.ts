import { describe, expect, it } from 'vitest';
import { decisionPart, phrasePolicy, policySource, unGerund, withReason } from './phrasing';

describe('phrasePolicy', () => {
	it.each([
		[
			'We are making Pick work offline rather than betting on site Wi-Fi, because freezers and outages will always be with us.',
			'We will make Pick work offline rather than betting on site Wi-Fi'
		],
		[
			'We go live one site at a time, with Midway first.',
			'We will go live one site at a time, with Midway first'
		],
		[
			'We decided to start with rules rather than the model.',
			'We will start with rules rather than the model'
		],
		['We will report weekly on WISMO contacts.', 'We will report weekly on WISMO contacts'],
		["We won't build our own search engine.", "We won't build our own search engine"],
		[
			'Route optimisation stays in-house: we extend waypoint.',
			'Route optimisation stays in-house: we extend waypoint'
		],
		['Pick does not decide stock.', 'Pick does not decide stock'],
		[
			'Accepted, with one change from Security: the erx service gets its own database instead of a schema.',
			'We will make sure that the erx service gets its own database instead of a schema'
		],
		[
			'Every instant in dock-scheduler is persisted as UTC, so that times mean one instant.',
			'We will make sure that every instant in dock-scheduler is persisted as UTC'
		],
		[
			'Photos are compressed to at most 400 KB.',
			'We will hold to this: Photos are compressed to at most 400 KB'
		],
		['We debated this for two review meetings.', 'We debated this for two review meetings']
	])('%s', (input, expected) => {
		expect(phrasePolicy(input)).toBe(expected);
	});

	it('cuts at the rationale string when the sentence holds it', () => {
		expect(
			decisionPart('Holds stay in PostgreSQL, as it keeps one writer.', ['as it keeps one writer'])
		).toBe('Holds stay in PostgreSQL');
	});
});

describe('unGerund', () => {
	it.each([
		['making', 'make'],
		['building', 'build'],
		['shipping', 'ship'],
		['moving', 'move'],
		['keeping', 'keep'],
		['deprecating', 'deprecate'],
		['standardizing', 'standardize'],
		['opening', 'open'],
		['using', 'use'],
		['running', 'run'],
		['calling', 'call']
	])('%s → %s', (a, b) => expect(unGerund(a)).toBe(b));
});

describe('policySource', () => {
	it('skips a summary that leans on a pronoun, preferring a Decision sentence', () => {
		const ev = (text: string, section = 'Proposal') => ({ text, section });
		expect(
			policySource('It learns from order.events.', [
				ev('It learns…'),
				ev('slotter is no longer called.')
			])
		).toBe('slotter is no longer called.');
		expect(
			policySource('Each one publishes on Kafka.', [
				ev('Each one publishes on Kafka.'),
				ev('A new service owns messages.', 'Risks'),
				ev('We build notify on Kafka.', 'Decision')
			])
		).toBe('We build notify on Kafka.');
		expect(policySource('We use Kafka.', [ev('x')])).toBe('We use Kafka.');
		expect(policySource('It is all pronouns.', [ev('They do.')])).toBe('It is all pronouns.');
	});
});

describe('withReason', () => {
	it.each([
		[
			'We will use Kafka',
			'because events decouple teams',
			'We will use Kafka, because events decouple teams.'
		],
		[
			'We will use Kafka.',
			'So that checkout stays up',
			'We will use Kafka, so that checkout stays up.'
		],
		[
			'We will use Kafka',
			'Events decouple teams',
			'We will use Kafka. Why: Events decouple teams.'
		],
		['We will use Kafka', undefined, 'We will use Kafka.']
	])('%s + %s', (policy, reason, expected) => expect(withReason(policy, reason)).toBe(expected));
});
