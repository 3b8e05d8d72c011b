/**
 * The main navigation. To add a page to the header, add its route here (issue 4 adds
 * "Synthesize strategy", a settings page adds "Settings"); `match` decides `aria-current`.
 */

/** One link in the header. */
export interface NavLink {
	/** Route path, as passed to `resolve()` (no base path). */
	href: '/' | `/${string}`;
	label: string;
	/** Extra route ids that count as this section (e.g. the editor belongs to Workspace). */
	also?: string[];
}

/** Header links, in order. */
export const NAV_LINKS: NavLink[] = [
	{ href: '/', label: 'Workspace', also: ['/edit'] },
	{ href: '/synthesize', label: 'Synthesize strategy' },
	{ href: '/weave', label: 'Weave vision' },
	{ href: '/settings', label: 'Settings' }
];
