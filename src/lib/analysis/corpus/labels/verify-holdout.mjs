// Verifies /work/labels/holdout.json: quotes exist (with occurrence), types, and prints counts.
import fs from 'node:fs';
const CORPUS = '/work/main/src/lib/analysis/corpus/';
const L = JSON.parse(fs.readFileSync('/work/labels/holdout.json', 'utf8'));
const M = JSON.parse(fs.readFileSync(CORPUS + 'manifest.json', 'utf8'));
const byId = Object.fromEntries(M.documents.map(d => [d.id, d]));
const text = id => fs.readFileSync(CORPUS + byId[id].path, 'utf8');
const count = (t, q) => { let n = 0, i = -1; while ((i = t.indexOf(q, i + 1)) !== -1) n++; return n; };
const nth = (t, q, k) => { let i = -1; for (let j = 0; j < k; j++) { i = t.indexOf(q, i + 1); if (i < 0) return -1; } return i; };
const errs = [];
const RULES = new Set(['length','specificity','hedge','rationale','horizon','grounding','audacity','problem-first','placeholder']);
if (L.split !== 'holdout') errs.push('split must be holdout');
if (typeof L.labeller !== 'string') errs.push('labeller must be a string');
const expectedSent = M.documents.filter(d => d.split === 'holdout' && d.sentence_labelled).map(d => d.id);
for (const id of expectedSent) if (!L.sentences[id]) errs.push(`missing sentences for ${id}`);
const tot = { entries: 0, template: 0, policy: 0, rationale: 0, in_section: 0, hedged: 0, specific: 0, generic: 0 };
for (const [id, ents] of Object.entries(L.sentences)) {
  if (!byId[id] || byId[id].split !== 'holdout') { errs.push(`${id}: not a holdout doc`); continue; }
  const t = text(id); let last = -1;
  const c = { entries: 0, template: 0, policy: 0, rationale: 0, in_section: 0, hedged: 0, specific: 0, generic: 0 };
  ents.forEach((e, k) => {
    const where = `${id}[${k}]`;
    if (typeof e.quote !== 'string' || !e.quote) { errs.push(`${where}: quote`); return; }
    for (const f of ['template', 'policy', 'hedged', 'specific']) if (typeof e[f] !== 'boolean') errs.push(`${where}: ${f} not boolean`);
    if (e.policy) { if (typeof e.has_rationale !== 'boolean') errs.push(`${where}: policy needs boolean has_rationale`); }
    else if (e.has_rationale !== null) errs.push(`${where}: non-policy needs has_rationale null`);
    if ('rationale_in_section' in e && typeof e.rationale_in_section !== 'boolean') errs.push(`${where}: rationale_in_section`);
    if (e.template && e.policy) errs.push(`${where}: template cannot be policy`);
    if ('note' in e && typeof e.note !== 'string') errs.push(`${where}: note`);
    const n = count(t, e.quote), occ = e.occurrence ?? 1;
    if (n === 0) errs.push(`${where}: quote not found: ${e.quote.slice(0, 60)}`);
    else if (n > 1 && !e.occurrence) errs.push(`${where}: quote occurs ${n}x, needs occurrence`);
    else if (occ > n) errs.push(`${where}: occurrence ${occ} > ${n}`);
    else { const pos = nth(t, e.quote, occ); if (pos <= last) errs.push(`${where}: out of order`); last = pos; }
    c.entries++; if (e.template) c.template++; else {
      if (e.policy) { c.policy++; if (e.has_rationale) c.rationale++; if (e.rationale_in_section) c.in_section++; }
      if (e.hedged) c.hedged++; if (e.specific) c.specific++; else c.generic++; }
  });
  for (const k in tot) tot[k] += c[k];
  console.log(id.padEnd(42), JSON.stringify(c));
}
console.log('TOTAL'.padEnd(42), JSON.stringify(tot));
const needDocs = M.documents.filter(d => d.split === 'holdout' && (d.sentence_labelled || d.well_regarded)).map(d => d.id);
for (const id of needDocs) if (!L.documents[id]) errs.push(`missing document expectation ${id}`);
for (const [id, d] of Object.entries(L.documents)) {
  if (!byId[id]) { errs.push(`documents: unknown ${id}`); continue; }
  if (d.kind !== byId[id].kind) errs.push(`${id}: kind ${d.kind} != manifest ${byId[id].kind}`);
  for (const f of ['should_flag', 'should_not_flag']) {
    if (!Array.isArray(d[f])) errs.push(`${id}: ${f} not array`);
    else for (const r of d[f]) if (!RULES.has(r)) errs.push(`${id}: unknown rule ${r}`);
  }
  const both = d.should_flag.filter(r => d.should_not_flag.includes(r)); if (both.length) errs.push(`${id}: in both lists ${both}`);
  console.log('doc', id.padEnd(42), 'flag', JSON.stringify(d.should_flag), 'not', JSON.stringify(d.should_not_flag));
}
for (const g of M.groups.filter(g => g.split === 'holdout')) {
  const G = L.groups[g.id]; if (!G) { errs.push(`missing group ${g.id}`); continue; }
  for (const rd of G.recurring_decisions) {
    if (!rd.id || !rd.summary || typeof rd.controversial !== 'boolean' || !Array.isArray(rd.topic_keywords)) errs.push(`${g.id}/${rd.id}: fields`);
    if (!Array.isArray(rd.docs) || rd.docs.length < 2) errs.push(`${g.id}/${rd.id}: needs >=2 docs`);
    for (const d of rd.docs) {
      if (!g.docs.includes(d)) errs.push(`${g.id}/${rd.id}: ${d} not in group`);
      if (!rd.evidence.some(e => e.doc === d)) errs.push(`${g.id}/${rd.id}: no evidence for ${d}`);
    }
    for (const e of rd.evidence) {
      if (!rd.docs.includes(e.doc)) errs.push(`${g.id}/${rd.id}: evidence doc ${e.doc} not listed`);
      const n = count(text(e.doc), e.quote); if (n !== 1) errs.push(`${g.id}/${rd.id}: evidence occurs ${n}x in ${e.doc}: ${e.quote.slice(0, 50)}`);
    }
    console.log('group', g.id, rd.id, rd.docs.length, 'docs', rd.evidence.length, 'evidence', rd.controversial ? 'controversial' : '');
  }
  for (const tl of G.template_lines) {
    if (!g.docs.includes(tl.doc)) errs.push(`${g.id} template_line doc ${tl.doc} not in group`);
    if (count(text(tl.doc), tl.quote) < 1) errs.push(`${g.id} template_line not found in ${tl.doc}: ${tl.quote}`);
    const others = g.docs.filter(d => d !== tl.doc && count(text(d), tl.quote) > 0);
    if (!others.length) errs.push(`${g.id} template_line does not recur: ${tl.quote}`);
  }
  console.log('group', g.id, 'template_lines', G.template_lines.length);
}
if (errs.length) { console.log('FAIL\n' + errs.join('\n')); process.exit(1); }
console.log('PASS');
