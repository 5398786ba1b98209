"""train71 library: folds, data, load_prior, pool, rules. Python 3 stdlib only. Written from scratch."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter
D = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
NARC_CAP = 62
FILLER = set('''the and of de del la el y e et und group grupo international internacional holding holdings trading
establishment co company corp corporation inc incorporated ltd limited llc sa s a cv sl srl sas ltda cia gmbh ag
bv nv plc pte pty ooo zao oao pjsc jsc fze fzco fzc fz lda spa sarl ca sc sac eirl ab oy as aps kg ohg'''.split())

def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", '').replace('\u2019', '').replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    toks = s.split(); out = []; run = ''
    for t in toks:
        if len(t) == 1 and t.isalpha(): run += t; continue
        if run: out.append(run); run = ''
        out.append(t)
    if run: out.append(run)
    return ' '.join(out)

def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)

def key(s):
    return ' '.join(s.lower().split())

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, c, f.replace(' ', ''), c.replace(' ', '')) if x}

def words(s):
    return frozenset(t for t in full(s).split() if t not in FILLER)

def is_narc(p):
    return bool(set(re.findall(r'[A-Z0-9-]+', p)) & {'SDNT', 'SDNTK'})

def rd(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as f:
        return [[x.strip() for x in r] for r in csv.reader(f)]

class Data:
    def __init__(self):
        self.sdn = {}; self.alts = defaultdict(list); self.city = {}
        for r in rd(D + '/ofac-sdn-2019/sdn.csv'):
            if len(r) < 4: continue
            self.sdn[r[0]] = dict(ent=r[0], name=r[1], type=r[2], prog=r[3])
        for r in rd(D + '/ofac-sdn-2019/alt.csv'):
            if len(r) >= 4: self.alts[r[0]].append(r[3])
        for r in rd(D + '/ofac-sdn-2019/add.csv'):
            if len(r) >= 4 and r[0] not in self.city and r[3] not in ('-0-', ''):
                c = ' '.join(t for t in r[3].replace(',', ' ,').split() if not any(ch.isdigit() for ch in t)).replace(' ,', ',').strip(', ')
                if c: self.city[r[0]] = c
        self.fold_own = defaultdict(set); self.wset_own = defaultdict(set); self.exact = set()
        self.tok_orgs = defaultdict(set); self.namecount = Counter(); self.aliasnames = set()
        def add(owner, s, org):
            for f in folds(s): self.fold_own[f].add(owner)
            self.wset_own[words(s)].add(owner); self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(full(s).split()):
                    if t not in FILLER: self.tok_orgs[t].add(s)
        for e, r in self.sdn.items():
            org = r['type'] == '-0-'
            self.namecount[r['name']] += 1
            add('sdn' + e, r['name'], org)
            for a in self.alts[e]:
                add('sdn' + e, a, org); self.aliasnames.add(a)
        for r in csv.DictReader(open(D + '/csl-sample/csl.csv', encoding='utf-8', errors='replace')):
            org = (r.get('type') or '').strip().lower() != 'individual'
            nm = (r.get('name') or '').strip()
            if nm: add('csl' + nm, nm, org)
            for a in (r.get('alt_names') or '').split(';'):
                a = a.strip()
                if a: add('csl' + nm, a, org)
        self.by_name = {r['name']: r for r in self.sdn.values() if self.namecount[r['name']] == 1}

    def others(self, s, ent):
        o = set()
        for f in folds(s): o |= self.fold_own.get(f, set())
        o.discard('sdn' + ent); return o

    def shared_words(self, q):
        parts = []
        for t in sorted(set(full(q).split())):
            if t in FILLER: continue
            ns = sorted(self.tok_orgs.get(t, ()))
            if ns: parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(ns), ' | '.join(ns[:3])))
        return 'shared words: ' + '; '.join(parts) if parts else 'shares no word with a listed org'

def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 71)]
    return [os.path.join(PRIOR_DIR, f) for f in fs if os.path.exists(os.path.join(PRIOR_DIR, f))]

def load_prior(data):
    """Returns (keys, full folds, per-entity use counts, file count). Never prints rows."""
    keys, fulls, uses = set(), set(), Counter(); files = prior_files()
    for p in files:
        for line in open(p, encoding='utf-8'):
            line = line.strip()
            if not line: continue
            try: r = json.loads(line)
            except Exception: continue
            q = r.get('query') or ''
            keys.add(key(q)); fulls.add(full(q))
            if r.get('expected'):
                ents = re.findall(r'ent_num (\d+)', r.get('notes') or '')
                if ents:
                    for e in set(ents): uses[e] += 1
                elif r['expected'] in data.by_name:
                    uses[data.by_name[r['expected']]['ent']] += 1
    return keys, fulls, uses, len(files)

def pool(data):
    out = {}
    for name, r in data.by_name.items():
        if r['type'] != '-0-' or name in data.aliasnames: continue
        if data.others(name, r['ent']): continue
        out[r['ent']] = r
    return out

SCRIPTS = ('script', 'other_script')
CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}

class Rules:
    def __init__(self, data, prior, poolm):
        self.d = data; self.keys, self.fulls, self.uses, self.nfiles = prior; self.pool = poolm
    def pos_errors(self, q, kind, ent, inset_keys=(), inset_fulls=()):
        e = []; r = self.d.sdn.get(ent)
        if ent not in self.pool: return ['not pool']
        if self.uses[ent] < 3: e.append('level<3')
        if key(q) in self.keys: e.append('earlier key')
        if kind != 'script' and full(q) in self.fulls: e.append('earlier full')
        if key(q) in inset_keys: e.append('inset key')
        if kind != 'script' and full(q) in inset_fulls: e.append('inset full')
        if q == r['name']: e.append('equals name')
        if kind == 'case' and q.lower() != r['name'].lower(): e.append('case not same letters')
        if kind in CHANGE and full(q) == full(r['name']): e.append('no fold change')
        if kind == 'aka' and q not in self.d.alts[ent]: e.append('not own alias')
        if kind not in ('messy', 'script') and self.d.others(q, ent): e.append('folds onto other')
        if kind not in ('messy', 'script'):
            if not words(q): e.append('no content word')
            if not re.search('[A-Za-z]', q): e.append('no latin')
        if kind == 'partial':
            cw = [t for t in words(q) if len(t) >= 3]
            if len(cw) < 2: e.append('partial <2 words')
            ws = words(q)
            for wset, own in self.d.wset_own.items():
                if ws <= wset and (own - {'sdn' + ent}): e.append('partial subset'); break
        if kind == 'script' and re.search('[A-Za-z]', q): e.append('script has latin')
        return e
    def neg_errors(self, q, kind, inset_keys=(), inset_fulls=()):
        e = []
        if key(q) in self.keys: e.append('earlier key')
        if kind != 'other_script' and full(q) in self.fulls: e.append('earlier full')
        if key(q) in inset_keys: e.append('inset key')
        if kind != 'other_script' and full(q) in inset_fulls: e.append('inset full')
        for f in folds(q):
            if f in self.d.fold_own: e.append('folds onto listed'); break
        if words(q) and words(q) in self.d.wset_own: e.append('word set equals listed')
        if q in self.d.exact or q.upper() in self.d.exact: e.append('exact listed')
        if kind == 'other_script' and re.search('[A-Za-z]', q): e.append('latin in other_script')
        if kind == 'shares_one_word' and not any(t in self.d.tok_orgs for t in words(q)): e.append('no shared word')
        return e
