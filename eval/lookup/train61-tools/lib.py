"""Data loading and fold keys for train61 (written from scratch, stdlib only)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

DATA = '/work/shared/data'
SDN = DATA + '/ofac-sdn-2019/sdn.csv'
ALT = DATA + '/ofac-sdn-2019/alt.csv'
ADD = DATA + '/ofac-sdn-2019/add.csv'
CSL = DATA + '/csl-sample/csl.csv'
HERE = os.path.dirname(os.path.abspath(__file__))

STOP = set('''co company ltd limited sa sas sac saa ltda limitada cia gmbh ag inc corp corporation llc plc ooo oao zao ao pao
jsc ojsc cjsc scs sca sen en c cv rl srl sapi spr kk doo pvt pte fze fzco bv nv lda sl eu ca sc ab oy as pty bhd sdn llp lp
international group holding holdings trading general de del la las los el al the and y e of und van der di da do'''.split())

def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

def key(q):
    return ' '.join(q.lower().split())

def _tokens(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"['\u2019\u2018`\u02bc\u02bb]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if ch.isalnum() else ' ' for ch in s)
    toks = s.split()
    out, run = [], []
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run.append(t)
        else:
            if run:
                out.append(''.join(run)); run = []
            out.append(t)
    if run:
        out.append(''.join(run))
    return out

def full(s):
    return ' '.join(_tokens(s))

def core_words(s):
    return [t for t in _tokens(s) if t not in STOP]

def core(s):
    return ' '.join(core_words(s))

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}

def is_narc(prog):
    return bool(set(re.findall(r'[A-Z0-9-]+', prog)) & {'SDNT', 'SDNTK'})

def read_sdn():
    rows = []
    with open(SDN, newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            rows.append({'ent': int(r[0]), 'name': clean(r[1]), 'type': clean(r[2]), 'prog': clean(r[3])})
    return rows

def read_alt():
    out = defaultdict(list)
    with open(ALT, newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            out[int(r[0])].append((clean(r[2]), clean(r[3])))
    return out

def read_add():
    out = defaultdict(list)
    with open(ADD, newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5: continue
            out[int(r[0])].append(', '.join(x for x in (clean(r[2]), clean(r[3]), clean(r[4])) if x))
    return out

def read_csl():
    out = []
    with open(CSL, newline='', encoding='utf-8', errors='replace') as f:
        for i, r in enumerate(csv.DictReader(f)):
            names = [clean(r.get('name'))] + [clean(a) for a in (r.get('alt_names') or '').split(';')]
            out.append({'i': i, 'type': clean(r.get('type')), 'names': [n for n in names if n]})
    return out

class Data:
    def __init__(self):
        self.sdn = read_sdn()
        self.by_ent = {r['ent']: r for r in self.sdn}
        self.alt = read_alt()
        self.csl = read_csl()
        self.fold_owners = defaultdict(set)   # fold -> owners
        self.wset_owners = defaultdict(set)   # frozenset(core words) -> owners
        self.exact = set()
        self.word_orgs = defaultdict(set)     # core word -> org names
        self.owner_wsets = defaultdict(list)  # owner -> list of word sets
        self.name_count = defaultdict(int)
        self.alias_names = set()
        for r in self.sdn:
            self.name_count[r['name']] += 1
        for ent, al in self.alt.items():
            for t, a in al:
                self.alias_names.add(a)
        for r in self.sdn:
            o = ('sdn', r['ent'])
            org = r['type'] != 'individual'
            for n in [r['name']] + [a for t, a in self.alt.get(r['ent'], [])]:
                self._add(o, n, org)
        for c in self.csl:
            o = ('csl', c['i'])
            org = c['type'].lower() != 'individual'
            for n in c['names']:
                self._add(o, n, org)

    def _add(self, o, n, org):
        if not n: return
        self.exact.add(n)
        for f in folds(n):
            self.fold_owners[f].add(o)
        ws = frozenset(core_words(n))
        if ws:
            self.wset_owners[ws].add(o)
            self.owner_wsets[o].append(ws)
        if org:
            for w in ws:
                self.word_orgs[w].add(n)

    def own_names(self, ent):
        return [self.by_ent[ent]['name']] + [a for t, a in self.alt.get(ent, [])]

    def own_folds(self, ent):
        s = set()
        for n in self.own_names(ent):
            s |= folds(n)
        return s

def prior_files():
    base = '/work/main/eval/lookup/'
    names = [base + 'train.jsonl', base + 'validation.jsonl'] + [base + 'train%d.jsonl' % i for i in range(2, 60)]
    names.append('/work/blind/lk60/train60.jsonl')
    return names

def load_prior(data=None):
    """Return (keys, full folds, per-entity use counts, number of files). Never prints rows."""
    data = data or Data()
    uniq = {r['name']: r['ent'] for r in data.sdn if data.name_count[r['name']] == 1}
    keys, fulls, uses, nfiles = set(), set(), defaultdict(int), 0
    for p in prior_files():
        if not os.path.exists(p):
            continue
        nfiles += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is None: continue
                ents = [int(x) for x in re.findall(r'ent_num\s+(\d+)', r.get('notes') or '')]
                if not ents and r['expected'] in uniq:
                    ents = [uniq[r['expected']]]
                for e in set(ents):
                    uses[e] += 1
    return keys, fulls, uses, nfiles

def pool(data):
    out = []
    for r in data.sdn:
        if r['type'] != '' or not r['name']:
            continue
        if data.name_count[r['name']] != 1 or r['name'] in data.alias_names:
            continue
        o = ('sdn', r['ent'])
        ok = True
        for f in data.own_folds(r['ent']):
            if data.fold_owners[f] - {o}:
                ok = False; break
        if ok:
            out.append(r['ent'])
    return out
