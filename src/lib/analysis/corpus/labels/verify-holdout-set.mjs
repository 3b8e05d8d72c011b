// Checks a later holdout (labels/holdoutN): every document exists, every quote is an exact
// substring of its document (in order, with `occurrence` when it repeats), every sentence-labelled
// document is covered (every prose line's letters fall inside some quote), field types, document
// expectations, and the holdout's groups of related design docs where it declares some (each
// recurring decision spans two or more of the group's docs, every evidence quote occurs exactly once
// in the doc it names); prints counts. One checker for every holdout: each holdout's verify.mjs calls it.
//   node src/lib/analysis/corpus/labels/<holdout>/verify.mjs
import fs from 'node:fs';
import path from 'node:path';

/**
 * Check the holdout in folder `HERE` (split name `split`): its projects must be new to
 * manifest.json and to `earlierHoldouts`; at least `minDocs` documents and `minSentences`
 * sentences labelled. Prints PASS, or FAIL with the problems and exits 1.
 */
export function verifyHoldout({ HERE, split, earlierHoldouts, minDocs, minSentences }) {
	const CORPUS = path.resolve(HERE, '..', '..');
	const read = (f) => fs.readFileSync(f, 'utf8');
	const L = JSON.parse(read(path.join(HERE, 'labels.json')));
	const part = JSON.parse(read(path.join(HERE, 'manifest-part.json')));
	const main = JSON.parse(read(path.join(CORPUS, 'manifest.json')));
	const byId = Object.fromEntries(part.documents.map((d) => [d.id, d]));
	const errs = [];
	const RULES = new Set(['length', 'specificity', 'hedge', 'rationale', 'horizon', 'grounding', 'audacity', 'problem-first', 'placeholder']);
	const LICENCES = new Set(['MIT', 'Apache-2.0', 'BSD-3-Clause', 'CC-BY-4.0', 'CC-BY-3.0', 'CC0-1.0']);

	// Manifest part: new ids, projects not in manifest.json or an earlier holdout, files present, fields.
	const earlier = [
		...main.documents,
		...earlierHoldouts.flatMap((h) => JSON.parse(read(path.join(HERE, '..', h, 'manifest-part.json'))).documents)
	];
	const oldProjects = new Set(earlier.map((d) => d.project));
	for (const d of part.documents) {
		if (earlier.some((m) => m.id === d.id)) errs.push(`${d.id}: already in manifest.json or an earlier holdout`);
		if (oldProjects.has(d.project)) errs.push(`${d.id}: project ${d.project} is already in the corpus`);
		if (!fs.existsSync(path.join(CORPUS, d.path))) errs.push(`${d.id}: file missing ${d.path}`);
		if (d.split !== split) errs.push(`${d.id}: split must be ${split}`);
		if (!LICENCES.has(d.licence)) errs.push(`${d.id}: licence ${d.licence}`);
		if (!['design', 'strategy', 'vision'].includes(d.kind)) errs.push(`${d.id}: kind ${d.kind}`);
		if (!/^[0-9a-f]{40}$/.test(d.commit) || !d.url.includes(d.commit)) errs.push(`${d.id}: commit/url`);
		for (const f of ['well_regarded', 'sentence_labelled']) if (typeof d[f] !== 'boolean') errs.push(`${d.id}: ${f}`);
	}
	const text = (id) => read(path.join(CORPUS, byId[id].path));
	const positions = (t, q) => { const r = []; let i = -1; while ((i = t.indexOf(q, i + 1)) !== -1) r.push(i); return r; };

	// Prose lines that must be covered: not in a code fence or HTML comment, not a heading, table rule,
	// link reference definition or image-only line, and containing letters.
	function proseLines(t) {
		const blank = t.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
		const out = []; let off = 0, fence = false;
		for (const line of blank.split('\n')) {
			const s = line.trim();
			if (/^(```|~~~)/.test(s)) fence = !fence;
			else if (!fence && /[A-Za-z]/.test(s) && !/^#{1,6}\s/.test(s) && !/^\[[^\]]+\]:\s/.test(s) && !/^!\[[^\]]*\]\([^)]*\)$/.test(s) && !/^\|?[\s:|-]+\|?$/.test(s))
				out.push({ start: off, end: off + line.length, line });
			off += line.length + 1;
		}
		return out;
	}

	const zero = () => ({ entries: 0, template: 0, policy: 0, rationale: 0, in_section: 0, no_rationale: 0, hedged: 0, specific: 0, generic: 0 });
	const tot = zero();
	const perKind = {};
	if (L.split !== split) errs.push(`split must be ${split}`);
	for (const d of part.documents) if (d.sentence_labelled && !L.sentences[d.id]) errs.push(`missing sentences for ${d.id}`);
	for (const [id, ents] of Object.entries(L.sentences)) {
		if (!byId[id]) { errs.push(`${id}: not a ${split} document`); continue; }
		if (!byId[id].sentence_labelled) errs.push(`${id}: labelled but not marked sentence_labelled`);
		const t = text(id); const covered = new Uint8Array(t.length); let last = -1;
		const c = zero();
		ents.forEach((e, k) => {
			const where = `${id}[${k}]`;
			if (typeof e.quote !== 'string' || !e.quote.trim()) { errs.push(`${where}: quote`); return; }
			for (const f of ['template', 'policy', 'hedged', 'specific']) if (typeof e[f] !== 'boolean') errs.push(`${where}: ${f} not boolean`);
			if (e.policy) { if (typeof e.has_rationale !== 'boolean') errs.push(`${where}: policy needs boolean has_rationale`); }
			else if (e.has_rationale !== null) errs.push(`${where}: non-policy needs has_rationale null`);
			if (e.template && e.policy) errs.push(`${where}: template cannot be policy`);
			if (e.template && !e.specific) errs.push(`${where}: template lines count as specific`);
			const pos = positions(t, e.quote); const occ = e.occurrence ?? 1;
			if (!pos.length) { errs.push(`${where}: not an exact substring: ${e.quote.slice(0, 60)}`); return; }
			if (pos.length > 1 && !e.occurrence) errs.push(`${where}: occurs ${pos.length}x, needs occurrence`);
			if (occ > pos.length) { errs.push(`${where}: occurrence ${occ} > ${pos.length}`); return; }
			const p = pos[occ - 1];
			if (p <= last) errs.push(`${where}: out of order`);
			last = p; covered.fill(1, p, p + e.quote.length);
			c.entries++;
			if (e.template) c.template++;
			else {
				if (e.policy) { c.policy++; if (e.has_rationale) c.rationale++; else if (e.rationale_in_section) c.in_section++; else c.no_rationale++; }
				if (e.hedged) c.hedged++;
				if (e.specific) c.specific++; else c.generic++;
			}
		});
		for (const pl of proseLines(t)) {
			let miss = 0;
			for (let i = pl.start; i < pl.end; i++) if (/[A-Za-z]/.test(t[i]) && !covered[i]) miss++;
			if (miss > 0) errs.push(`${id}: uncovered prose (${miss} letters): ${pl.line.trim().slice(0, 70)}`);
		}
		for (const k in tot) tot[k] += c[k];
		const kind = byId[id].kind; perKind[kind] ??= zero(); for (const k in c) perKind[kind][k] += c[k];
		console.log(id.padEnd(62), JSON.stringify(c));
	}
	console.log('TOTAL'.padEnd(62), JSON.stringify(tot));
	for (const [k, c] of Object.entries(perKind)) console.log(`kind ${k}`.padEnd(62), JSON.stringify(c));

	for (const d of part.documents) if (!L.documents[d.id]) errs.push(`missing document expectation ${d.id}`);
	for (const [id, d] of Object.entries(L.documents)) {
		if (!byId[id]) { errs.push(`documents: unknown ${id}`); continue; }
		if (d.kind !== byId[id].kind) errs.push(`${id}: kind ${d.kind} != manifest ${byId[id].kind}`);
		for (const f of ['should_flag', 'should_not_flag']) {
			if (!Array.isArray(d[f])) errs.push(`${id}: ${f} not array`);
			else for (const r of d[f]) if (!RULES.has(r)) errs.push(`${id}: unknown rule ${r}`);
		}
		const both = (d.should_flag ?? []).filter((r) => (d.should_not_flag ?? []).includes(r));
		if (both.length) errs.push(`${id}: in both lists ${both}`);
		console.log('doc', id.padEnd(58), 'flag', JSON.stringify(d.should_flag), 'not', JSON.stringify(d.should_not_flag));
	}
	verifyGroups(part.groups ?? [], L.groups ?? {}, byId, text, split, errs);

	const labelled = Object.keys(L.sentences).length;
	const wr = part.documents.filter((d) => d.well_regarded).length;
	console.log(`${part.documents.length} documents, ${labelled} sentence-labelled, ${tot.entries} sentences, ${wr} well regarded, projects: ${[...new Set(part.documents.map((d) => d.project))].join(', ')}`);
	if (labelled < minDocs) errs.push(`fewer than ${minDocs} sentence-labelled documents`);
	if (tot.entries < minSentences) errs.push(`fewer than ${minSentences} sentences`);
	if (errs.length) { console.log('FAIL\n' + errs.join('\n')); process.exit(1); }
	console.log('PASS');
}

/**
 * Check the groups a holdout declares in its manifest part (`declared`, Group = {id, project, split,
 * docs}) against their labels (`groups`, the "groups" of labels.json, format as in labels/holdout.json
 * plus optional non_decision_mentions and incidental_recurring). Pushes problems onto `errs`.
 */
function verifyGroups(declared, groups, byId, text, split, errs) {
	const count = (t, q) => t.split(q).length - 1;
	const once = (where, doc, quote) => {
		if (typeof quote !== 'string' || !quote.trim()) return errs.push(`${where}: quote`);
		const n = count(text(doc), quote);
		if (n !== 1) errs.push(`${where}: occurs ${n}x in ${doc}: ${quote.slice(0, 50)}`);
	};
	for (const id of Object.keys(groups)) if (!declared.some((g) => g.id === id)) errs.push(`groups: ${id} not declared in manifest-part.json`);
	for (const [id, d] of Object.entries(byId)) if (d.group && !declared.some((g) => g.id === d.group && g.docs.includes(id))) errs.push(`${id}: group ${d.group} does not list it`);
	for (const g of declared) {
		if (g.split !== split) errs.push(`group ${g.id}: split must be ${split}`);
		if (!Array.isArray(g.docs) || g.docs.length < 2) { errs.push(`group ${g.id}: needs docs`); continue; }
		for (const d of g.docs) {
			if (!byId[d]) { errs.push(`group ${g.id}: ${d} not a ${split} document`); continue; }
			if (byId[d].project !== g.project) errs.push(`group ${g.id}: ${d} is not from ${g.project}`);
			if (byId[d].group !== g.id) errs.push(`group ${g.id}: ${d} has group ${byId[d].group}`);
		}
		const G = groups[g.id];
		if (!G) { errs.push(`missing labels for group ${g.id}`); continue; }
		const inGroup = (where, doc) => { if (!g.docs.includes(doc) || !byId[doc]) { errs.push(`${where}: ${doc} not in group`); return false; } return true; };
		const spans = (where, rd) => {
			if (!Array.isArray(rd.docs) || new Set(rd.docs).size < 2) return errs.push(`${where}: must span >= 2 docs`);
			for (const d of rd.docs) {
				inGroup(where, d);
				if (!rd.evidence?.some((e) => e.doc === d)) errs.push(`${where}: no evidence for ${d}`);
			}
			for (const e of rd.evidence ?? []) {
				if (!rd.docs.includes(e.doc)) errs.push(`${where}: evidence doc ${e.doc} not listed`);
				else if (inGroup(where, e.doc)) once(where, e.doc, e.quote);
			}
		};
		const ids = new Set();
		for (const rd of G.recurring_decisions ?? []) {
			const where = `${g.id}/${rd.id}`;
			if (!rd.id || ids.has(rd.id)) errs.push(`${where}: missing or repeated id`);
			ids.add(rd.id);
			if (!rd.summary || typeof rd.controversial !== 'boolean' || !Array.isArray(rd.topic_keywords) || !rd.topic_keywords.length) errs.push(`${where}: fields`);
			spans(where, rd);
			console.log('group', where.padEnd(56), rd.docs?.length, 'docs', rd.evidence?.length, 'evidence', rd.controversial ? 'controversial' : '');
		}
		if (!G.recurring_decisions?.length) errs.push(`group ${g.id}: no recurring decisions`);
		(G.incidental_recurring ?? []).forEach((rd, k) => {
			if (!rd.summary) errs.push(`${g.id} incidental[${k}]: summary`);
			spans(`${g.id} incidental[${k}]`, rd);
		});
		(G.non_decision_mentions ?? []).forEach((m, k) => {
			const where = `${g.id} non_decision[${k}]`;
			if (!m.topic) errs.push(`${where}: topic`);
			if (inGroup(where, m.doc)) once(where, m.doc, m.quote);
		});
		for (const tl of G.template_lines ?? []) {
			const where = `${g.id} template_line ${tl.doc}`;
			if (!inGroup(where, tl.doc)) continue;
			if (count(text(tl.doc), tl.quote) < 1) errs.push(`${where}: not found: ${tl.quote}`);
			if (!g.docs.some((d) => d !== tl.doc && byId[d] && count(text(d), tl.quote) > 0)) errs.push(`${where}: does not recur: ${tl.quote}`);
		}
		console.log('group', g.id.padEnd(56), (G.recurring_decisions ?? []).length, 'recurring decisions,', (G.non_decision_mentions ?? []).length, 'non-decision mentions,', (G.incidental_recurring ?? []).length, 'incidental,', (G.template_lines ?? []).length, 'template lines');
	}
}
