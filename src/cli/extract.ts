/** `fivefold extract FILE… [--json]`. Being built (issue 4). Returns the exit code. */
export async function runExtract(_args: string[]): Promise<number> {
	process.stderr.write('fivefold extract: not built yet\n');
	return 2;
}
