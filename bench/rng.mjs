// Mulberry32: a small seeded PRNG shared by the benchmarks, so every run generates the same
// documents and types the same text, and figures are comparable between runs.

/** A function returning floats in [0, 1), seeded. */
export function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
