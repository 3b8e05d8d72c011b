/**
 * Strategies → threads, contradictions, horizon and extrapolation prompts (issue 12). See
 * weave/README.md for the method and how to measure it.
 */
export { weave, type WeaveOptions } from './weave.js';
export { pairsToCompare, MAX_PAIRS } from './compare.js';
export { tradeoffOf } from './tradeoff.js';
export { stanceOf, type Stance, type Choice, type Pole, type Quantity } from './stance.js';
export { horizonOf, addYears, monthYear } from './horizon.js';
