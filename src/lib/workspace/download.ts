/**
 * Save bytes or text as a file download, and copy text to the clipboard, as results.
 */

/** Start a download of `data` named `filename`. */
export function download(data: BlobPart, filename: string, type: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke later: Chromium reads the blob asynchronously after the click.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copy text; resolves to an error sentence, or null on success. */
export async function copyText(text: string): Promise<string | null> {
	try {
		if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
		await navigator.clipboard.writeText(text);
		return null;
	} catch {
		return 'Could not copy: the browser refused clipboard access. Use Export Markdown instead.';
	}
}

/** Read a picked or dropped file, refusing anything over `maxBytes` before reading it. */
export async function readFile(
	file: File,
	maxBytes: number
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: string }> {
	if (file.size > maxBytes) {
		const mb = (maxBytes / 1_048_576).toFixed(0);
		return {
			ok: false,
			error: `“${file.name}” is too large (over ${mb} MB) and was not imported.`
		};
	}
	try {
		return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
	} catch {
		return { ok: false, error: `“${file.name}” could not be read.` };
	}
}
