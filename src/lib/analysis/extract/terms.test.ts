import { describe, expect, it } from 'vitest';
import { identifierParts } from './terms.js';

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
