// Checks labels/holdout2 (see ../verify-holdout-set.mjs for what is checked).
// Run: node src/lib/analysis/corpus/labels/holdout2/verify.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyHoldout } from '../verify-holdout-set.mjs';

verifyHoldout({
	HERE: path.dirname(fileURLToPath(import.meta.url)),
	split: 'holdout2',
	earlierHoldouts: [],
	minDocs: 6,
	minSentences: 350
});
