import csv, json, os, re, unicodedata, glob
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'data'))
if not os.path.isdir(DATA):
    DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'

def load_sdn():
    sdn = {}
    with open(os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            r = [x.strip() for x in r]
            if len(r) < 4: continue
            try: n = int(r[0])
            except ValueError: continue
            sdn[n] = {'name': r[1], 'type': r[2], 'program': r[3], 'remarks': r[11] if len(r) > 11 else ''}
    return sdn

def load_alt():
    alt = {}
    with open(os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            r = [x.strip() for x in r]
            if len(r) < 4: continue
            try: n = int(r[0])
            except ValueError: continue
            alt.setdefault(n, []).append(r[3])
    return alt

def load_add():
    add = {}
    with open(os.path.join(DATA, 'ofac-sdn-2019', 'add.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            r = [x.strip() for x in r]
            if len(r) < 5: continue
            try: n = int(r[0])
            except ValueError: continue
            add.setdefault(n, []).append(r[4])
    return add

def load_csl_names():
    names = []
    with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
        rd = csv.reader(f)
        hdr = next(rd)
        idx = [i for i, h in enumerate(hdr) if h.strip().lower() in ('name', 'alt_names')]
        for r in rd:
            r = [x.strip() for x in r]
            for i in idx:
                if i < len(r) and r[i].strip():
                    for p in r[i].split(';'):
                        if p.strip(): names.append(p.strip())
    return names

LEGAL = set('''s a sa sas sac sl srl ltda ltd limited inc incorporated llc corp corporation co company cia compania
de cv rl c v r l gmbh ag plc bv nv spa the y and cie jsc ojsc pjsc cjsc llp lp fze fzco fzc pvt private sociedad anonima
establishment est group'''.split())

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def norm(s):
    s = strip_acc(s).lower()
    s = re.sub(r'\b([a-z])\.(?=[a-z]\.)', r'\1', s)
    s = re.sub(r'\b([a-z])\.', r'\1', s)
    s = s.replace('&', ' and ')
    s = re.sub(r"[^\w]+", ' ', s)
    return ' '.join(s.split())

def forms(s):
    n = norm(s)
    core = ' '.join(w for w in n.split() if w not in LEGAL)
    out = {n, n.replace(' ', '')}
    if core:
        out |= {core, core.replace(' ', '')}
    return out

def prior_rows():
    rows = []
    for p in sorted(glob.glob(os.path.join(PRIOR_DIR, 'train*.jsonl'))):
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if line:
                    try: rows.append(json.loads(line))
                    except Exception: pass
    return rows

def prior_targets(rows=None, sdn=None):
    rows = rows if rows is not None else prior_rows()
    used_ent, used_name = set(), set()
    for r in rows:
        if r.get('expected'):
            used_name.add(r['expected'])
            for m in re.findall(r'ent_num\s*(\d+)', r.get('notes') or ''):
                used_ent.add(int(m))
    if sdn:
        for n, v in sdn.items():
            if v['name'] in used_name: used_ent.add(n)
    return used_ent

def prior_queries(rows=None):
    rows = rows if rows is not None else prior_rows()
    return set(norm(r.get('query') or '') for r in rows)
