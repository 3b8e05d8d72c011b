"""Builds ../labels.json from the label sources s_*.py and docs.py (run: python3 build.py).

Each s_*.py holds DOC (the document id) and S, a list of (quote, codes[, note]) in document order.
quote is the sentence as it appears in the file, but runs of whitespace (line breaks, a blockquote's
'> ') may be written as one space: the build finds the exact text in the file and writes that, so
every quote in labels.json is an exact substring.
codes: T template, P policy, R has rationale (with P), X rationale only in another section (with P),
H hedged, S specific (template lines count as specific, since no finding should land on them).
"""
import json, re, os, glob, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
part = json.load(open(os.path.join(HERE, '..', 'manifest-part.json')))
paths = {d['id']: d['path'] for d in part['documents']}
out = {"split": "holdout6",
       "labeller": "holdout6 (helper), blind: never ran, imported or read the analysis engine or its output",
       "definitions": "/work/shared/samples/README.md + template (see src/lib/analysis/corpus/README.md)",
       "sentences": {}, "documents": {}, "groups": {}}
def load(f):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
errs = []
for f in sorted(glob.glob(os.path.join(HERE, 's_*.py'))):
    m = load(f); doc = m.DOC; text = open(os.path.join(CORPUS, paths[doc])).read()
    pos = 0; ents = []
    for e in m.S:
        q, codes = e[0], e[1]; note = e[2] if len(e) > 2 else None
        bad = set(codes) - set('TPRXHS')
        if bad: errs.append(f'{doc}: unknown codes {bad}: {q[:50]}')
        if ('R' in codes or 'X' in codes) and 'P' not in codes: errs.append(f'{doc}: R/X without P: {q[:50]}')
        if 'T' in codes and 'P' in codes: errs.append(f'{doc}: template cannot be policy: {q[:50]}')
        pat = r'(?:\s|>)+'.join(re.escape(t) for t in q.split())
        mm = re.compile(pat).search(text, pos)
        if not mm:
            errs.append(f'{doc}: NOT FOUND{" (before pos)" if re.search(pat, text) else ""}: {q[:70]}'); continue
        raw = mm.group(0); pos = mm.end()
        occ = [i.start() for i in re.finditer(re.escape(raw), text)]
        ent = {"quote": raw}
        if len(occ) > 1: ent["occurrence"] = occ.index(mm.start()) + 1
        T = 'T' in codes; P = 'P' in codes
        ent["template"] = T; ent["policy"] = P
        ent["has_rationale"] = ('R' in codes) if P else None
        if P and 'X' in codes: ent["rationale_in_section"] = True
        ent["hedged"] = 'H' in codes
        ent["specific"] = ('S' in codes) or T
        if note: ent["note"] = note
        ents.append(ent)
    out["sentences"][doc] = ents
out["documents"] = load(os.path.join(HERE, 'docs.py')).DOCS
json.dump(out, open(os.path.join(HERE, '..', 'labels.json'), 'w'), indent=1, ensure_ascii=False)
print('\n'.join(errs) or 'build ok')
