import os, csv, json, re, unicodedata, glob
HERE = os.path.dirname(os.path.abspath(__file__))
def _first(cands, test):
    for c in cands:
        if os.path.exists(os.path.join(c, test)): return c
    return cands[-1]
DATA = _first([os.path.join(HERE,'..','..','..','..','shared','data'), os.path.join(HERE,'..','..','..','shared','data'), '/work/shared/data'], 'ofac-sdn-2019/sdn.csv')
PRIOR = _first([os.path.join(HERE,'..'), os.path.join(HERE,'..','..','..','main','eval','lookup'), '/work/main/eval/lookup'], 'train23.jsonl')
PRIOR_FILES = ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 24)]
LEGAL = set('''co company corp corporation inc incorporated ltd limited llc llp plc sa s a de cv c v srl sl sas spa gmbh ag ab bv nv kg oy as asa jsc pjsc ojsc cjsc ooo oao zao pao tov fze fzco fzc fzllc est establishment ltda sociedad anonima pvt pte bhd sdn kk mbh rl r l the and of e y'''.split())
def fold(s):
    return ' '.join(s.lower().split())
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace('&', ' and ')
    s = re.sub(r"[^\w\s]", ' ', s)
    s = re.sub(r'_', ' ', s)
    return ' '.join(s.split())
def core(s):
    return ' '.join(w for w in norm(s).split() if w not in LEGAL)
def forms(s):
    n = norm(s); c = core(s)
    out = {n, n.replace(' ', ''), c, c.replace(' ', ''), ' '.join(sorted(set(c.split())))}
    return {x for x in out if x}
def load_sdn():
    rows = []
    with open(os.path.join(DATA,'ofac-sdn-2019','sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            rows.append(dict(ent=int(r[0]), name=r[1].strip(), type=r[2].strip(), program=r[3].strip(), remarks=r[11].strip() if len(r)>11 else ''))
    return rows
def load_alt():
    d = {}
    with open(os.path.join(DATA,'ofac-sdn-2019','alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            d.setdefault(int(r[0]), []).append((r[2].strip(), r[3].strip()))
    return d
def load_add():
    d = {}
    with open(os.path.join(DATA,'ofac-sdn-2019','add.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5: continue
            d.setdefault(int(r[0]), []).append((r[3].strip(), r[4].strip()))
    return d
def load_csl():
    names = []
    with open(os.path.join(DATA,'csl-sample','csl.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'): names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): names.append(a.strip())
    return names
def load_prior():
    """returns (set of folded queries, set of norm forms, Counter of ent uses) -- never prints rows"""
    q = set(); nf = set(); uses = {}; exp_names = {}
    for fn in PRIOR_FILES:
        p = os.path.join(PRIOR, fn)
        if not os.path.exists(p): continue
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                o = json.loads(line)
                q.add(fold(o['query'])); n = norm(o['query']); nf.add(n); nf.add(n.replace(' ', ''))
                m = re.search(r'ent_num (\d+)\]\s*$', o.get('notes') or '')
                if m: uses[int(m.group(1))] = uses.get(int(m.group(1)), 0) + 1
                elif o.get('expected'): exp_names[o['expected']] = exp_names.get(o['expected'], 0) + 1
    return q, nf, uses, exp_names
def all_names(sdn, alt, csl):
    """list of (name, ent or None) for every SDN name of any type, alias, CSL name"""
    out = [(r['name'], r['ent']) for r in sdn]
    for e, lst in alt.items():
        for t, a in lst: out.append((a, e))
    out += [(n, None) for n in csl]
    return out
