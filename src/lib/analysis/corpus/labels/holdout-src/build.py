import json, re, os, glob, importlib.util
CORP='/work/main/src/lib/analysis/corpus/docs/'
M=json.load(open('/work/main/src/lib/analysis/corpus/manifest.json'))
paths={d['id']:d['path'] for d in M['documents']}
out={"split":"holdout","labeller":"helper C, blind: never saw the engine or its output",
     "definitions":"/work/shared/samples/README.md + /work/wt/spec/CORPUS-FORMAT.md",
     "sentences":{},"documents":{},"groups":{}}
def load(f):
    spec=importlib.util.spec_from_file_location(os.path.basename(f)[:-3],f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
errs=[]
for f in sorted(glob.glob('/work/labels/holdout_src/s_*.py')):
    m=load(f); doc=m.DOC; text=open('/work/main/src/lib/analysis/corpus/'+paths[doc]).read()
    pos=0; ents=[]
    for e in m.S:
        q,codes=e[0],e[1]; note=e[2] if len(e)>2 else None
        pat=r'\s+'.join(re.escape(t) for t in q.split())
        mm=re.compile(pat).search(text,pos)
        if not mm:
            mm2=re.compile(pat).search(text)
            errs.append(f'{doc}: NOT FOUND{" (before pos)" if mm2 else ""}: {q[:70]}'); continue
        raw=mm.group(0); pos=mm.end()
        occ=[i.start() for i in re.finditer(re.escape(raw),text)]
        ent={"quote":raw}
        if len(occ)>1: ent["occurrence"]=occ.index(mm.start())+1
        T='T' in codes; P='P' in codes
        ent["template"]=T; ent["policy"]=P
        ent["has_rationale"]=(('R' in codes) if P else None)
        if P and 'X' in codes: ent["rationale_in_section"]=True
        ent["hedged"]='H' in codes
        ent["specific"]=('S' in codes) or T
        if note: ent["note"]=note
        ents.append(ent)
    out["sentences"][doc]=ents
for f in ['/work/labels/holdout_src/docs.py','/work/labels/holdout_src/groups.py']:
    if os.path.exists(f):
        m=load(f)
        if hasattr(m,'DOCS'): out["documents"]=m.DOCS
        if hasattr(m,'GROUPS'):
            for g,v in m.GROUPS.items():
                for rd in v['recurring_decisions']:
                    for ev in rd['evidence']:
                        t=open('/work/main/src/lib/analysis/corpus/'+paths[ev['doc']]).read()
                        pat=r'\s+'.join(re.escape(x) for x in ev['quote'].split())
                        mm=list(re.finditer(pat,t))
                        if len(mm)!=1: errs.append(f'group {g} {rd["id"]} {ev["doc"]}: {len(mm)} matches: {ev["quote"][:60]}')
                        else: ev['quote']=mm[0].group(0)
                for tl in v['template_lines']:
                    t=open('/work/main/src/lib/analysis/corpus/'+paths[tl['doc']]).read()
                    if tl['quote'] not in t: errs.append(f'template line not found {tl}')
            out["groups"]=m.GROUPS
json.dump(out,open('/work/labels/holdout.json','w'),indent=1,ensure_ascii=False)
print('\n'.join(errs) or 'build ok')
