/**
 * The checker in the editor: the plugin, the Markdown position map, dismissals. See README.md.
 * Pages should import `./plugin` and `./dismissals` directly and load `./run` lazily: this
 * index pulls in the engine and the serializer.
 */
export {
	checkerPlugin,
	checkerFindings,
	placedFindings,
	activeFinding,
	selectFinding,
	gotoFinding,
	recheck,
	FINDING_KEYS
} from './plugin';
export type { CheckerPluginOptions, LocatedFinding, PlacedFinding } from './plugin';
export { docSource, rangeOf } from './source-map';
export type { DocSource, BlockSource, Range } from './source-map';
export { dismissalKey, dismissalOf, restoreDismissals, partition, MAX_REASON } from './dismissals';
export { withIgnoreComments } from './ignore-comments';
export { DocChecker } from './run';
export type { CheckInput, CheckResult } from './run';
export type { Dismissal } from './dismissals';
