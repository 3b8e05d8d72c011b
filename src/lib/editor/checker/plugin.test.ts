import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { b } from '$lib/markdown/test-helpers';
import {
	activeFinding,
	checkerFindings,
	checkerPlugin,
	findingRevealed,
	gotoFinding,
	placedFindings,
	selectFinding,
	type LocatedFinding
} from './plugin';

const { doc, p } = b;

// "Alpha beta gamma." is positions 1..18; "Delta epsilon." starts at 20.
const DOC = doc(p('Alpha beta gamma.'), p('Delta epsilon.'));

function finding(id: string, from: number, to: number, severity: 'error' | 'warning' = 'warning') {
	return {
		id,
		rule: 'hedge',
		severity,
		message: id,
		line: 1,
		column: 1,
		excerpt: '',
		range: { from, to }
	} satisfies LocatedFinding;
}

function setup(findings: LocatedFinding[]) {
	const plugin = checkerPlugin({ check: () => null });
	let state = EditorState.create({ doc: DOC, plugins: [plugin] });
	// What the plugin view does when a check answers.
	state = state.apply(state.tr.setMeta(plugin.spec.key!, { findings }));
	return state;
}

function run(state: EditorState, command: ReturnType<typeof selectFinding>) {
	let next = state;
	const ok = command(state, (tr) => (next = state.apply(tr)));
	return { ok, state: next };
}

const text = (s: EditorState) => s.doc.textBetween(s.selection.from, s.selection.to);

describe('checker plugin', () => {
	const findings = [
		finding('beta', 7, 11),
		finding('epsilon', 26, 33, 'error'),
		finding('title', 0, 0),
		finding('sentence', 1, 18)
	];

	it('decorates findings in the body, in document order', () => {
		const state = setup(findings);
		expect(checkerFindings(state)).toBe(findings);
		expect(placedFindings(state).map((f) => [f.finding.id, f.from, f.to])).toEqual([
			['sentence', 1, 18],
			['beta', 7, 11],
			['epsilon', 26, 33]
		]);
	});

	it('maps decorations through edits until the next check', () => {
		let state = setup(findings);
		state = state.apply(state.tr.insertText('Very ', 1));
		const placed = placedFindings(state).map((f) => [f.finding.id, f.from, f.to]);
		// Text typed right before a finding is not part of it (inline decorations exclude their start).
		expect(placed).toEqual([
			['sentence', 6, 23],
			['beta', 12, 16],
			['epsilon', 31, 38]
		]);
		expect(state.doc.textBetween(12, 16)).toBe('beta');
	});

	it('drops a finding whose text is deleted', () => {
		let state = setup(findings);
		state = state.apply(state.tr.delete(7, 12));
		expect(placedFindings(state).map((f) => f.finding.id)).toEqual(['sentence', 'epsilon']);
	});

	it('knows the finding under the cursor: the most severe, then the narrowest', () => {
		let state = setup(findings);
		state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 8)));
		expect(activeFinding(state)?.finding.id).toBe('beta');
		state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));
		expect(activeFinding(state)?.finding.id).toBe('sentence');
		state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 28)));
		expect(activeFinding(state)?.finding.id).toBe('epsilon');
	});

	it('selects a finding by id; not one outside the body', () => {
		const state = setup(findings);
		const hit = run(state, selectFinding('epsilon'));
		expect(hit.ok).toBe(true);
		expect(text(hit.state)).toBe('epsilon');
		expect(activeFinding(hit.state)?.finding.id).toBe('epsilon');
		expect(run(state, selectFinding('title')).ok).toBe(false);
	});

	it('goes to the next and previous finding, wrapping', () => {
		let state = setup(findings);
		state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1)));
		const seen: string[] = [];
		for (let i = 0; i < 4; i++) {
			state = run(state, gotoFinding(1)).state;
			seen.push(text(state));
		}
		expect(seen).toEqual(['Alpha beta gamma.', 'beta', 'epsilon', 'Alpha beta gamma.']);
		state = run(state, gotoFinding(-1)).state;
		expect(text(state)).toBe('epsilon');
	});

	it('keeps a finding revealed when a check that was pending answers with new ids', () => {
		let state = setup(findings);
		state = run(state, selectFinding('beta')).state;
		expect(findingRevealed(state)).toBe(true);
		const key = state.plugins[0].spec.key!;
		// The same rule on the same words under a new id: still the finding the author went to.
		const again = findings.map((f) => ({ ...f, id: `${f.id}-2` }));
		state = state.apply(state.tr.setMeta(key, { findings: again }));
		expect(activeFinding(state)?.finding.id).toBe('beta-2');
		expect(findingRevealed(state)).toBe(true);
		// A check that moves or drops it hides the popover.
		const moved = [finding('beta-3', 7, 10), ...findings.slice(1)];
		state = state.apply(state.tr.setMeta(key, { findings: moved }));
		expect(findingRevealed(state)).toBe(false);
	});

	it('hides the popover when the text changes', () => {
		let state = setup(findings);
		state = run(state, selectFinding('beta')).state;
		state = state.apply(state.tr.insertText('x', 20));
		expect(findingRevealed(state)).toBe(false);
	});

	it('does nothing without findings', () => {
		expect(run(setup([]), gotoFinding(1)).ok).toBe(false);
	});
});
