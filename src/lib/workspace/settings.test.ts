import { describe, expect, it } from 'vitest';
import { defaultConfig } from '$lib/analysis/config.js';
import { defaultSettings, restoreSettings, storeSettings } from './settings';

describe('checker settings', () => {
	it.each([
		['nothing stored', undefined, defaultConfig, null],
		[
			'an override',
			{ vision: { maxWords: 1200 } },
			{ ...defaultConfig, vision: { minWords: 400, maxWords: 1200 } },
			null
		],
		[
			'a rule off',
			{ rules: { hedge: false } },
			{ ...defaultConfig, rules: { hedge: false } },
			null
		],
		['not an object', 'x', defaultConfig, /unknown format/],
		['a bad value', { vision: { maxWords: -1 } }, defaultConfig, /vision.maxWords/],
		['min above max', { horizon: { minYears: 5 } }, defaultConfig, /minYears 5 > maxYears 3/],
		['an unknown key', { visoin: {} }, defaultConfig, /visoin/]
	])('%s', (_, raw, config, problem) => {
		const out = restoreSettings(raw);
		expect(out.settings.checker).toEqual(config);
		if (problem) expect(out.problem).toMatch(problem);
		else expect(out.problem).toBeNull();
	});

	it('stores only what differs from the defaults, keeping other settings', () => {
		const s = defaultSettings();
		s.checker.vision.maxWords = 1200;
		s.checker.budgets.hedgedShare = 0.3;
		s.checker.rules = { audacity: false, hedge: true };
		expect(storeSettings(s, { theme: 'dark' })).toEqual({
			theme: 'dark',
			checker: {
				vision: { maxWords: 1200 },
				budgets: { hedgedShare: 0.3 },
				rules: { audacity: false }
			}
		});
		expect(storeSettings(defaultSettings())).toEqual({ checker: {} });
		expect(restoreSettings(storeSettings(s).checker).settings.checker.vision.maxWords).toBe(1200);
	});

	it('refuses to store invalid settings', () => {
		const s = defaultSettings();
		s.checker.vision.minWords = 2000;
		expect(() => storeSettings(s)).toThrow(RangeError);
	});
});
