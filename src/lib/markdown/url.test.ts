import { describe, expect, it } from 'vitest';
import { safeHref } from './url';

describe('safeHref', () => {
	it.each([
		['https://example.com/a?b#c', true],
		['HTTP://EXAMPLE.COM', true],
		['mailto:a@example.com', true],
		['#section', true],
		['?q=1', true],
		['', true],
		['docs/a b.md', true],
		['../x.md', true],
		['//example.com/x', true],
		['a/b:c', true],
		['javascript:alert(1)', false],
		['JavaScript:alert(1)', false],
		['java\tscript:alert(1)', false],
		['java\nscript:alert(1)', false],
		['  javascript:alert(1)', false],
		['\u0001javascript:alert(1)', false],
		['java\u200bscript:alert(1)', false],
		['jav\u00a0ascript:alert(1)', false],
		['\ufeffjavascript:alert(1)', false],
		['vbscript:msgbox(1)', false],
		['data:text/html;base64,PHNjcmlwdD4=', false],
		['file:///etc/passwd', false],
		['x'.repeat(9000), false]
	])('%j → safe %s', (href, safe) => {
		expect(safeHref(href)).toBe(safe ? href : null);
	});
});
