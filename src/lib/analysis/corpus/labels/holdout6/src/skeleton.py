"""Make a first-cut label source for one document: prose split into sentence candidates, every
code empty, headings as comments.  The labeller then fixes splits and writes codes by hand.
Usage: python3 skeleton.py <doc id> <out file>"""
import re, sys, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
doc, out = sys.argv[1], sys.argv[2]
text = open(os.path.join(CORPUS, 'docs', doc + '.md')).read()
text = re.sub(r'<!--.*?-->', lambda m: '\n' * m.group(0).count('\n'), text, flags=re.S)
lines = text.split('\n')
segs, cur, fence = [], [], False
def flush():
    global cur
    if cur: segs.append(('p', ' '.join(l.strip() for l in cur)))
    cur = []
for l in lines:
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
ABBR = r'(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)(?<!vs\.)(?<!eg\.)(?<!\bal\.)(?<!\bNo\.)(?<!^\d\.)(?<!^\d\d\.)'
SPLIT = re.compile(ABBR + r'(?<=[.!?])[*_)"]*\s+(?=[A-Z`\[*"(_0-9])')
with open(out, 'w') as f:
    f.write(f'DOC = {json.dumps(doc)}\n# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific\nS = [\n')
    for kind, s in segs:
        if kind == 'h': f.write(f'# {s}\n'); continue
        s = re.sub(r'^([-*+]|\d+\.|>)\s+', '', s)
        for sent in SPLIT.split(s):
            if re.search(r'[A-Za-z]', sent): f.write(f'({json.dumps(sent, ensure_ascii=False)}, ""),\n')
    f.write(']\n')
