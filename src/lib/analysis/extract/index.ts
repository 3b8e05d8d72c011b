import type { Extraction, NamedDoc } from '../types.js';

/** Design docs → recurring decisions. Being built (issue 4); see extract/README.md when it lands. */
export function extract(_docs: NamedDoc[], _opts: Record<string, unknown> = {}): Extraction {
	throw new Error('extract is not built yet');
}
