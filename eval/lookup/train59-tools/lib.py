"""train59 tools: data loading, folds, prior-set summary (stdlib only, written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
LEGAL = set('''co company ltd limited sa sas sac saa ltda limitada cia gmbh ag inc corp corporation llc plc ooo oao zao ao
pao jsc ojsc cjsc scs sca sen en c cv rl srl sapi spr kk doo pvt pte fze fzco bv nv lda sl eu ca sc ab oy as pty bhd
sdn llp lp international group holding holdings trading general de del la las los el al the and y e of und van der di
da do'''.split())
NARC = ('SDNT', 'SDNTK')


def key(s):
    return ' '.join(s.lower().split())


def _strip(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def tokens(s):
    s = _strip(s).lower()
    s = re.sub(r"['’`ʼ‘]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    toks = s.split()
    out, run = [], []
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run.append(t)
        else:
            if run:
                out.append(''.join(run) if len(run) > 1 else run[0]); run = []
            out.append(t)
    if run:
        out.append(''.join(run) if len(run) > 1 else run[0])
    return out


def full(s):
    return ' '.join(tokens(s))


def core_tokens(s):
    return [t for t in tokens(s) if t not in LEGAL]


def core(s):
    return ' '.join(core_tokens(s))


def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    out.discard('')
    return out


def narcotic(prog):
    return any(t in NARC for t in re.findall(r'[A-Z0-9-]+', prog))


def clean(v):
    v = v.strip()
    return '' if v == '-0-' else v


class Data:
    def __init__(self):
        self.sdn = {}      # ent -> dict
        self.alts = defaultdict(list)
        self.addr = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                e = int(r[0]); self.sdn[e] = dict(ent=e, name=r[1].strip(), type=clean(r[2]), prog=clean(r[3]))
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                self.alts[int(r[0])].append((clean(r[2]), r[3].strip()))
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5: continue
                self.addr[int(r[0])].append(', '.join(clean(x) for x in r[2:5] if clean(x)))
        self.csl = []   # (type, name, [alts])
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                alts = [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append(((r.get('type') or '').strip(), (r.get('name') or '').strip(), alts))
        self.name_count = defaultdict(int)
        for d in self.sdn.values(): self.name_count[d['name']] += 1
        self.alias_names = set(a for L in self.alts.values() for _, a in L)
        # indexes: owner ids: int ent for SDN, 'csl:i' for CSL
        self.fold_own = defaultdict(set); self.words_own = defaultdict(set); self.exact = set()
        self.word_orgs = defaultdict(set)
        def add(owner, s, org):
            self.exact.add(s)
            for k in folds(s): self.fold_own[k].add(owner)
            ws = frozenset(core_tokens(s))
            if ws: self.words_own[ws].add(owner)
            if org:
                for w in set(tokens(s)): self.word_orgs[w].add(s)
        for e, d in self.sdn.items():
            org = d['type'] != 'individual'
            add(e, d['name'], org)
            for _, a in self.alts[e]: add(e, a, org)
        for i, (t, n, alts) in enumerate(self.csl):
            org = t.lower() != 'individual'
            if n: add('csl:%d' % i, n, org)
            for a in alts: add('csl:%d' % i, a, org)
        self.by_name = defaultdict(list)
        for e, d in self.sdn.items(): self.by_name[d['name']].append(e)

    def names_of(self, e):
        return [self.sdn[e]['name']] + [a for _, a in self.alts[e]]

    def fold_others(self, s, e):
        """owners other than e whose name/alias folds coincide with a fold of s"""
        o = set()
        for k in folds(s): o |= self.fold_own.get(k, set())
        o.discard(e)
        return o

    def own_fold_hit(self, s, e):
        fs = folds(s)
        return any(fs & folds(n) for n in self.names_of(e))

    def subset_other(self, s, e):
        ws = set(core_tokens(s))
        if not ws: return set()
        hits = set()
        for W, owners in self.words_own.items():
            if ws <= W:
                hits |= (owners - {e})
        return hits

    def is_pool_org(self, e):
        d = self.sdn[e]
        if d['type'] != '': return False
        if self.name_count[d['name']] != 1 or d['name'] in self.alias_names: return False
        for n in self.names_of(e):
            if self.fold_others(n, e): return False
        return True


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 59)]
    return [os.path.join(PRIOR_DIR, n) for n in names if os.path.exists(os.path.join(PRIOR_DIR, n))]


def load_prior(data):
    """Returns (keys, full folds, per-entity use counts, n files). Never returns or prints rows."""
    keys, fulls, uses = set(), set(), defaultdict(int)
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                    if not ents:
                        L = data.by_name.get(r['expected'], [])
                        if len(L) == 1: ents = L
                    for e in set(ents): uses[e] += 1
    return keys, fulls, uses, len(files)
