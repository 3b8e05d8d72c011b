/**
 * Temporary folders for tests that are removed again: `tempDir` makes one and `removeTempDirs`
 * (an `afterAll` hook) deletes every folder made since, restoring permissions a test took away.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A new empty folder under the system's temporary folder, named `<prefix>XXXXXX`. */
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}

/** Give back read and search permission everywhere under `dir`, so it can be removed. */
function unlock(dir: string): void {
	try {
		chmodSync(dir, 0o755);
		for (const e of readdirSync(dir, { withFileTypes: true }))
			if (e.isDirectory()) unlock(path.join(dir, e.name));
	} catch {
		// gone already, or not ours: rmSync below reports nothing either way
	}
}

/** Remove every folder `tempDir` made. */
export function removeTempDirs(): void {
	for (const dir of made.splice(0)) {
		unlock(dir);
		rmSync(dir, { recursive: true, force: true });
	}
}
