import csv, json, os, re, unicodedata, glob
HERE = os.path.dirname(os.path.abspath(__file__))
# the shared data beside the repository, and the earlier sets in this folder's parent
DATA = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'))
PRIOR = os.path.normpath(os.path.join(HERE, '..'))
def _c(x):
    x = (x or '').strip()
    return '' if x == '-0-' else x
def load_sdn():
    out = {}
    with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            out[int(r[0])] = dict(ent=int(r[0]), name=r[1].strip(), type=_c(r[2]), prog=_c(r[3]), remarks=_c(r[11]) if len(r) > 11 else '')
    return out
def load_alt():
    out = {}
    with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            out.setdefault(int(r[0]), []).append(r[3].strip())
    return out
def load_csl():
    names = []
    with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'): names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): names.append(a.strip())
    return names
LEGAL = set('s a sa inc ltd ltda llc co company corp corporation limited gmbh ag sas sac cv de bv nv plc srl spa pjsc jsc ojsc cjsc llp lp oy ab as group'.split())
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace('&', ' and ')
    s = re.sub(r'\b(\w)\.(?=\w\.)', r'\1', s)
    s = re.sub(r"[^\w\s]", ' ', s)
    return ' '.join(s.split())
def forms(s):
    n = norm(s)
    toks = n.split()
    core = ' '.join(t for t in toks if t not in LEGAL)
    fs = {n, n.replace(' ', '')}
    if core: fs |= {core, core.replace(' ', '')}
    return fs
def all_list_names():
    sdn = load_sdn(); alt = load_alt(); csl = load_csl()
    idx = {}
    for e, d in sdn.items():
        for f in forms(d['name']): idx.setdefault(f, set()).add(('sdn', e))
        for a in alt.get(e, []):
            for f in forms(a): idx.setdefault(f, set()).add(('alt', e))
    for n in csl:
        for f in forms(n): idx.setdefault(f, set()).add(('csl', n))
    return idx
def prior_rows():
    rows = []
    for p in sorted(glob.glob(os.path.join(PRIOR, 'train*.jsonl'))):
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if line:
                    try: rows.append(json.loads(line))
                    except Exception: pass
    return rows
def prior_sets():
    rows = prior_rows()
    queries = set(norm(r.get('query') or '') for r in rows)
    exact_q = set((r.get('query') or '') for r in rows)
    ents = set(); names = set()
    for r in rows:
        if r.get('expected'):
            names.add(r['expected'])
            m = re.search(r'ent_num (\d+)\]?\s*$', r.get('notes') or '')
            if m: ents.add(int(m.group(1)))
    return dict(queries=queries, exact=exact_q, ents=ents, names=names, n=len(rows))
