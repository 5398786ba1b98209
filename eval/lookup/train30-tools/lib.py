"""Shared helpers for lookup-train30 (written blind). Never prints rows of earlier sets."""
import csv, json, os, re, unicodedata, glob
DATA = '/work/shared/data'
EVAL = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def clean(s):
    s = (s or '').strip()
    return '' if s == '-0-' else s

def load_sdn():
    rows = []
    with open(f'{DATA}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': r[2].strip(), 'program': clean(r[3]),
                         'remarks': clean(r[11]) if len(r) > 11 else ''})
    return rows

def load_alt():
    out = []
    with open(f'{DATA}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            out.append({'ent': int(r[0]), 'type': r[2].strip(), 'name': r[3].strip()})
    return out

def load_add():
    out = {}
    with open(f'{DATA}/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5: continue
            out.setdefault(int(r[0]), []).append({'city': clean(r[3]), 'country': clean(r[4])})
    return out

def load_csl():
    names = []
    with open(f'{DATA}/csl-sample/csl.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'): names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): names.append(a.strip())
    return names

def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def fold_ws(s):
    return ' '.join(s.lower().split())

def fold(s):
    s = strip_accents(s.lower())
    s = re.sub(r"[^\w\s]", ' ', s)
    s = s.replace('_', ' ')
    return ' '.join(s.split())

def fold_nospace(s):
    return fold(s).replace(' ', '')

LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a sas sarl srl spa gmbh ag bv nv de cv c v
 rl r l ltda sac eirl cia compania the of and y e ca kg ab oy as asa pjsc ojsc cjsc jsc pty pvt private ooo zao oao fze fzco fzc llp lp
 sdn bhd pte est establishment group holding holdings int international trading'''.split())

def fold_nolegal(s):
    return ' '.join(t for t in fold(s).split() if t not in LEGAL)

def load_prior():
    """Return list of dicts (query, expected, kind, notes) from train*.jsonl (not validation). Never printed."""
    rows = []
    files = sorted(glob.glob(f'{EVAL}/train*.jsonl'))
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                try: rows.append(json.loads(line))
                except Exception: pass
    return rows, files

ENT_RE = re.compile(r'\[SDN ent_num (\d+)\]')

def prior_usage(sdn, prior):
    by_name = {}
    for r in sdn: by_name.setdefault(r['name'], []).append(r['ent'])
    use = {}
    for p in prior:
        notes = p.get('notes') or ''
        m = ENT_RE.findall(notes) or re.findall(r'ent_num\D{0,3}(\d+)', notes)
        if m:
            for e in set(m): use[int(e)] = use.get(int(e), 0) + 1
        elif p.get('expected'):
            for e in by_name.get(p['expected'], [])[:1]: use[e] = use.get(e, 0) + 1
    return use

def prior_query_keys(prior):
    k = set()
    for p in prior:
        q = p.get('query') or ''
        k.add(fold_ws(q)); k.add(fold(q))
    return k

def name_index(sdn, alt, csl):
    """folded keys of every SDN name (any type), alias and CSL name -> set of ent (or -1 for CSL)."""
    idx = {}
    def add(n, e):
        for k in (fold(n), fold_nospace(n), fold_nolegal(n)):
            if k: idx.setdefault(k, set()).add(e)
    for r in sdn: add(r['name'], r['ent'])
    for a in alt: add(a['name'], a['ent'])
    for n in csl: add(n, -1)
    return idx

STOP = LEGAL | set('a an in for to on at by al el la le les du des del di da der die das und et van von bin ibn abu'.split())

def org_word_index(sdn, alt):
    """content word -> list of org names (SDN -0-) containing it."""
    idx = {}
    for r in sdn:
        if r['type'] != '-0-': continue
        for t in set(fold(r['name']).split()):
            if t in STOP or len(t) < 3 or t.isdigit(): continue
            idx.setdefault(t, []).append(r['name'])
    return idx

def unique_orgs(sdn, alt):
    cnt = {}
    for r in sdn: cnt[fold(r['name'])] = cnt.get(fold(r['name']), 0) + 1
    aliasents = {}
    for a in alt: aliasents.setdefault(fold(a['name']), set()).add(a['ent'])
    out = []
    for r in sdn:
        if r['type'] != '-0-': continue
        k = fold(r['name'])
        if cnt[k] > 1: continue
        if aliasents.get(k, set()) - {r['ent']}: continue
        out.append(r)
    return out
