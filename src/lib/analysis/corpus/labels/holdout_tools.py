"""Label tools shared by the blind holdouts (holdout2 … holdoutN): each holdout's src/build.py
and src/skeleton.py call these with their own folder and split name.

build(src_dir, split): builds <holdout>/labels.json from the label sources s_*.py and docs.py, and
its "groups" from groups.py where a holdout has one (build_groups; without it "groups" stays {}).

Each s_*.py holds DOC (the document id) and S, a list of (quote, codes[, note]) in document order.
quote is the sentence as it appears in the file, but runs of whitespace (line breaks, a blockquote's
'> ') may be written as one space: the build finds the exact text in the file and writes that, so
every quote in labels.json is an exact substring.
codes: T template, P policy, R has rationale (with P), X rationale only in another section (with P),
H hedged, S specific (template lines count as specific, since no finding should land on them).

skeleton(doc, out): a first-cut label source for one document: prose split into sentence
candidates, every code empty, headings as comments. The labeller then fixes splits and writes
codes by hand.
"""
import json, re, os, glob, importlib.util

CORPUS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))


def _load(f):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m


def build(HERE, split):
    part = json.load(open(os.path.join(HERE, '..', 'manifest-part.json')))
    paths = {d['id']: d['path'] for d in part['documents']}
    out = {"split": split,
           "labeller": f"{split} (helper), blind: never ran, imported or read the analysis engine or its output",
           "definitions": "/work/shared/samples/README.md + template (see src/lib/analysis/corpus/README.md)",
           "sentences": {}, "documents": {}, "groups": {}}
    errs = []
    for f in sorted(glob.glob(os.path.join(HERE, 's_*.py'))):
        m = _load(f); doc = m.DOC; text = open(os.path.join(CORPUS, paths[doc])).read()
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
    out["documents"] = _load(os.path.join(HERE, 'docs.py')).DOCS
    if os.path.exists(os.path.join(HERE, 'groups.py')):
        out["groups"] = build_groups(_load(os.path.join(HERE, 'groups.py')).GROUPS, paths, errs)
    json.dump(out, open(os.path.join(HERE, '..', 'labels.json'), 'w'), indent=1, ensure_ascii=False)
    print('\n'.join(errs) or 'build ok')


def build_groups(groups, paths, errs):
    """Group labels (optional groups.py: GROUPS, the "groups" of labels/holdout.json): every quote of a
    recurring decision, non-decision mention or incidental recurring decision may write a run of
    whitespace as one space; it is replaced by the exact text, which must occur once in its document.
    Template lines are kept as written and must occur in their document."""
    def exact(g, doc, q):
        if doc not in paths: errs.append(f'group {g}: {doc} is not a document of this holdout'); return q
        text = open(os.path.join(CORPUS, paths[doc])).read()
        mm = list(re.finditer(r'\s+'.join(re.escape(t) for t in q.split()), text))
        if len(mm) != 1: errs.append(f'group {g} {doc}: {len(mm)} matches: {q[:60]}'); return q
        return mm[0].group(0)
    for g, v in groups.items():
        for rd in v['recurring_decisions'] + v.get('incidental_recurring', []):
            if len(set(rd['docs'])) < 2: errs.append(f'group {g}: {rd.get("id", rd["summary"][:40])} spans fewer than 2 docs')
            for e in rd['evidence']: e['quote'] = exact(g, e['doc'], e['quote'])
        for e in v.get('non_decision_mentions', []): e['quote'] = exact(g, e['doc'], e['quote'])
        for t in v.get('template_lines', []):
            if t['quote'] not in open(os.path.join(CORPUS, paths[t['doc']])).read(): errs.append(f'group {g}: template line not in {t["doc"]}: {t["quote"]}')
    return groups


ABBR = r'(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)(?<!vs\.)(?<!eg\.)(?<!\bal\.)(?<!\bNo\.)(?<!^\d\.)(?<!^\d\d\.)'
SPLIT = re.compile(ABBR + r'(?<=[.!?])[*_)"]*\s+(?=[A-Z`\[*"(_0-9])')


def skeleton(doc, out):
    text = open(os.path.join(CORPUS, 'docs', doc + '.md')).read()
    text = re.sub(r'<!--.*?-->', lambda m: '\n' * m.group(0).count('\n'), text, flags=re.S)
    segs, cur, fence = [], [], False

    def flush():
        if cur: segs.append(('p', ' '.join(l.strip() for l in cur)))
        cur.clear()
    for l in text.split('\n'):
        s = l.strip()
        if s.startswith('```'):
            flush(); fence = not fence; continue
        if fence: continue
        if not s: flush(); continue
        if re.match(r'#{1,6}\s', s): flush(); segs.append(('h', s)); continue
        if re.match(r'([-*+]|\d+\.)\s', s) or s.startswith('|') or s.startswith('>'):
            flush()
        cur.append(l)
    flush()
    with open(out, 'w') as f:
        f.write(f'DOC = {json.dumps(doc)}\n# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific\nS = [\n')
        for kind, s in segs:
            if kind == 'h': f.write(f'# {s}\n'); continue
            s = re.sub(r'^([-*+]|\d+\.|>)\s+', '', s)
            for sent in SPLIT.split(s):
                if re.search(r'[A-Za-z]', sent): f.write(f'({json.dumps(sent, ensure_ascii=False)}, ""),\n')
        f.write(']\n')
