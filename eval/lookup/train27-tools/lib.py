"""Shared helpers for lookup-train27 (written afresh, stdlib only)."""
import csv, json, pathlib, re, unicodedata
SHARED = pathlib.Path('/work/shared/data')
PRIOR_DIR = pathlib.Path('/work/main/eval/lookup')
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / 'train27.jsonl'
PRIOR_FILES = ['train.jsonl'] + [f'train{i}.jsonl' for i in range(2, 27)]
LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a de cv sas srl sl gmbh ag bv nv pjs pjsc jsc ojsc
cjsc ooo oao zao ao pte pvt private spa sarl eirl ltda lda cia compania sociedad anonima the of and y et s.a. rl fze fzco fzc fz
est establishment ead doo sdn bhd as ab oy kg ek ii''' .split())
def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()
def norm(s):
    s = fold(s).replace('&', ' and ')
    s = re.sub(r"[^\w\s]", ' ', s)
    s = s.replace('_', ' ')
    return ' '.join(s.split())
def nospace(s): return norm(s).replace(' ', '')
def core(s):
    return ' '.join(w for w in norm(s).split() if w not in LEGAL)
def keys(s):
    n = norm(s); c = core(s)
    ks = {n, n.replace(' ', ''), c, c.replace(' ', '')}
    if c: ks.add('WS:' + ' '.join(sorted(set(c.split()))))
    return {k for k in ks if k}
def load_sdn():
    rows = []
    with open(SHARED / 'ofac-sdn-2019/sdn.csv', newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            rows.append(dict(ent=int(r[0]), name=r[1], type=r[2].strip(), program=r[3].strip(), remarks=r[11] if len(r) > 11 else ''))
    return rows
def load_alt():
    out = {}
    with open(SHARED / 'ofac-sdn-2019/alt.csv', newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            out.setdefault(int(r[0]), []).append((r[2].strip(), r[3]))
    return out
def load_add():
    out = {}
    with open(SHARED / 'ofac-sdn-2019/add.csv', newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5: continue
            out.setdefault(int(r[0]), []).append((r[3].strip(), r[4].strip()))
    return out
def load_csl():
    names = []
    with open(SHARED / 'csl-sample/csl.csv', newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'): names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): names.append(a.strip())
    return names
def load_prior():
    """Returns (set of folded earlier queries, dict ent->count, dict expected-name->count). Never prints rows."""
    qs = set(); ent = {}; nm = {}
    for fn in PRIOR_FILES:
        p = PRIOR_DIR / fn
        if not p.exists(): continue
        for line in open(p, encoding='utf-8'):
            line = line.strip()
            if not line: continue
            r = json.loads(line)
            q = r.get('query') or ''
            qs.add(' '.join(q.lower().split()))
            e = r.get('expected')
            if e:
                m = re.search(r'ent_num (\d+)\]', r.get('notes') or '')
                if m: ent[int(m.group(1))] = ent.get(int(m.group(1)), 0) + 1
                else: nm[e] = nm.get(e, 0) + 1
    return qs, ent, nm
def prior_keys(qs):
    ks = set()
    for q in qs:
        ks.add(q); ks.add(norm(q)); ks.add(nospace(q))
    return ks
def is_prior(q, pk):
    return ' '.join(q.lower().split()) in pk or norm(q) in pk or nospace(q) in pk
