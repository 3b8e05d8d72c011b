import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { identifierParts, keyTerms, verbal, VERB_FACTOR } from './terms.js';

describe('identifierParts', () => {
	it('splits as the separator regex does, without the empty parts', () => {
		const split = (s: string) => s.split(/[-_./:]+|(?<=[a-z])(?=\d)/).filter(Boolean);
		const words = [
			'payout_outbox',
			'route-planner',
			'v2.1',
			's3',
			'ab12cd3',
			'-lead',
			'trail-',
			'a--b__c',
			'ec2:us-east-1',
			'x.y/z',
			'12ab',
			'éa1',
			'a1b2',
			'',
			'---',
			'k8s.io/api'
		];
		// Every string of up to four characters over a small alphabet, to reach each boundary case.
		const alphabet = ['a', 'Z', '1', '-', '.', '_', 'é'];
		const all = [''];
		for (let n = 0; n < 4; n++)
			for (const s of [...all]) if (s.length === n) for (const c of alphabet) all.push(s + c);
		for (const w of [...words, ...all]) expect([w, identifierParts(w)]).toEqual([w, split(w)]);
	});
});

describe('verbal', () => {
	// [sentence, word, read as a verb]
	const table: [string, string, boolean][] = [
		['The scheduler will reject a batch that carries stale leases.', 'reject', true],
		['The scheduler must not retry the upload.', 'retry', true],
		['We archive invoices after a year.', 'archive', true],
		['The relay will silently drop duplicate frames.', 'drop', true],
		['Any worker holding the lease renews it.', 'holding', false],
		['The job exists to compact the ledger nightly.', 'compact', true],
		['The archive of invoices lives in cold storage.', 'archive', false],
		['Each batch lists its leases.', 'leases', false],
		['The upload retry is capped at three attempts.', 'retry', false],
		['Invoices are archived after a year.', 'archived', false],
		['Billing uses a holding account for refunds.', 'holding', false],
		['Routing to the ledger goes through the relay.', 'ledger', false]
	];
	it.each(table)('%s — %s: %s', (sentence, word, expected) => {
		const tokens = tokenize(sentence);
		const i = tokens.findIndex((t) => t.lower === word);
		expect(i).toBeGreaterThanOrEqual(0);
		expect(verbal(tokens, i)).toBe(expected);
	});
});

describe('keyTerms with verbs', () => {
	it('counts a word read as a verb at VERB_FACTOR, only when asked', () => {
		const text = 'The gateway will strip a request missing the tenant header.';
		const plain = keyTerms(text);
		const weighed = keyTerms(text, { verbs: true });
		expect(plain.get('strip')).toBe(1);
		expect(weighed.get('strip')).toBe(VERB_FACTOR);
		expect(weighed.get('miss')).toBe(1);
		// Nouns keep their weight: what the decision is about.
		expect(weighed.get('tenant')).toBe(1);
		expect(weighed.get('header')).toBe(1);
	});

	it('keeps the full weight when the word is also used as a noun in the sentence', () => {
		const terms = keyTerms('We log each export, and the log is kept for a year.', { verbs: true });
		expect(terms.get('log')).toBe(1);
	});
});
