"""Shared helpers for lookup-train21 tools (stdlib only, relative paths)."""
import csv, json, os, re, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))

def _first(cands):
    for c in cands:
        if os.path.isdir(c):
            return os.path.normpath(c)
    raise SystemExit('not found: %s' % cands)

def data_dir():
    return _first([os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'),
                   os.path.join(HERE, '..', '..', '..', 'shared', 'data')])

def prior_dir():
    for c in [os.path.join(HERE, '..'), os.path.join(HERE, '..', '..', '..', 'main', 'eval', 'lookup')]:
        if os.path.exists(os.path.join(c, 'train.jsonl')):
            return os.path.normpath(c)
    raise SystemExit('earlier sets not found')

def prior_files(d=None):
    d = d or prior_dir()
    names = ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 21)]
    return [os.path.join(d, n) for n in names if os.path.exists(os.path.join(d, n))]

def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&', ' and ')
    s = re.sub(r'[\W_]+', ' ', s)
    return ' '.join(s.split())

LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a de cv sl srl sarl gmbh ag
bv nv spa ltda cia pjsc jsc ojsc cjsc zao oao pao ooo fze fzco llp lp pte pvt private sal sas sac and the of y e
cie kg ab oy as group holding holdings'''.split())

def merge_initials(n):
    """'s r l' -> 'srl', 't n k fabrics' -> 'tnk fabrics' (runs of single characters joined)."""
    out, run = [], []
    for w in n.split():
        if len(w) == 1:
            run.append(w); continue
        if run: out.append(''.join(run)); run = []
        out.append(w)
    if run: out.append(''.join(run))
    return ' '.join(out)

def core(n):
    return ' '.join(w for w in merge_initials(n).split() if w not in LEGAL)

def keys(s):
    n = norm(s)
    c = core(n)
    return {k for k in (n, n.replace(' ', ''), c, c.replace(' ', '')) if k}

def load_sdn():
    rows = []
    with open(os.path.join(data_dir(), 'ofac-sdn-2019', 'sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            rows.append({'ent': int(r[0]), 'name': r[1], 'type': r[2].strip(), 'program': r[3].strip()})
    return rows

def load_alt():
    out = {}
    with open(os.path.join(data_dir(), 'ofac-sdn-2019', 'alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            out.setdefault(int(r[0]), []).append(r[3])
    return out

def load_add():
    out = {}
    with open(os.path.join(data_dir(), 'ofac-sdn-2019', 'add.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            out.setdefault(int(r[0]), []).append((r[2], r[3], r[4]))
    return out

def load_csl_names():
    names = []
    with open(os.path.join(data_dir(), 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'):
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names

def prior_rows(d=None):
    out = []
    for p in prior_files(d):
        with open(p, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    out.append(json.loads(line))
    return out

def prior_query_keys(d=None):
    ks = set()
    for r in prior_rows(d):
        n = norm(r['query'])
        ks.add(n); ks.add(n.replace(' ', ''))
    return ks

def prior_target_counts(d=None):
    """ent_num -> number of earlier rows targeting it (by note ent_num or expected name)."""
    sdn = load_sdn()
    byname = {}
    for s in sdn:
        byname.setdefault(s['name'], []).append(s['ent'])
    cnt = {}
    for r in prior_rows(d):
        ents = set(int(x) for x in re.findall(r'ent_num (\d+)\]', r.get('notes') or ''))
        if r.get('expected') and r['expected'] in byname and len(byname[r['expected']]) == 1:
            ents.add(byname[r['expected']][0])
        for e in ents:
            cnt[e] = cnt.get(e, 0) + 1
    return cnt

def name_index():
    """normalised key -> set of ent_nums (SDN names + aliases, any type)."""
    sdn = load_sdn(); alt = load_alt()
    idx = {}
    for s in sdn:
        for nm in [s['name']] + alt.get(s['ent'], []):
            for k in keys(nm):
                idx.setdefault(k, set()).add(s['ent'])
    return idx
