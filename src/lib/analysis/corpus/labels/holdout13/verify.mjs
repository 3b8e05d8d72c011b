// Checks labels/holdout13 (see ../verify-holdout-set.mjs for what is checked).
// Run: node src/lib/analysis/corpus/labels/holdout13/verify.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyHoldout } from '../verify-holdout-set.mjs';

verifyHoldout({
	HERE: path.dirname(fileURLToPath(import.meta.url)),
	split: 'holdout13',
	earlierHoldouts: ['holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12'],
	minDocs: 10,
	minSentences: 450
});
