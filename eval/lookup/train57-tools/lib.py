"""Data loading and fold keys for train57 (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

D = '/work/shared/data'
L = '/work/main/eval/lookup'

LEGAL = set('''co company cos ltd limited sa sas sac saa ltda limitada cia gmbh ag inc corp corporation llc plc ooo oao zao ao pao jsc ojsc cjsc
scs sca sen en c cv rl srl sapi spr kk doo pvt pte fze fzco bv nv lda sl eu ca sc ab oy as pty bhd sdn llp lp
international group holding holdings trading general de del la las los el al the and y e of und van der di da do'''.split())

def _strip(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def toks(s):
    s = _strip(s).lower()
    s = re.sub(r"['’`´]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[^\w]+', ' ', s).replace('_', ' ')
    t = s.split()
    out, run = [], ''
    for w in t:
        if len(w) == 1 and w.isalpha():
            run += w
        else:
            if run: out.append(run); run = ''
            out.append(w)
    if run: out.append(run)
    return out

def full(s): return ' '.join(toks(s))
def core_toks(s): return [w for w in toks(s) if w not in LEGAL]
def core(s): return ' '.join(core_toks(s))

def folds(s):
    f, c = full(s), core(s)
    out = {('f', f), ('f', f.replace(' ', ''))}
    if c:
        out |= {('c', c), ('c', c.replace(' ', ''))}
    return out

def key(s): return ' '.join(s.lower().split())

def rd(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as fh:
        for r in csv.reader(fh):
            yield [x.strip() for x in r]

class Data:
    def __init__(self):
        self.sdn = {}   # ent -> (name, type, program)
        for r in rd(f'{D}/ofac-sdn-2019/sdn.csv'):
            if len(r) < 4: continue
            self.sdn[int(r[0])] = (r[1], r[2], r[3])
        self.alts = defaultdict(list)
        for r in rd(f'{D}/ofac-sdn-2019/alt.csv'):
            if len(r) < 4: continue
            e = int(r[0])
            if e in self.sdn: self.alts[e].append(r[3])
        self.csl = []   # (type, name, [alts])
        with open(f'{D}/csl-sample/csl.csv', encoding='utf-8', newline='') as fh:
            for r in csv.DictReader(fh):
                al = [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append(((r.get('type') or '').strip(), (r.get('name') or '').strip(), al))
        self.names_count = Counter(v[0] for v in self.sdn.values())
        self.alias_set = set(a for al in self.alts.values() for a in al)
        self.exact = set(v[0] for v in self.sdn.values()) | self.alias_set
        self.fold_own = defaultdict(set)   # fold -> owners ('S',ent) / ('C',i)
        self.wset = defaultdict(set)       # frozenset of core words -> owners
        self.word_orgs = defaultdict(set)  # word -> org names/aliases containing it
        for e, (n, t, p) in self.sdn.items():
            for s in [n] + self.alts[e]:
                self._add(s, ('S', e), t == '-0-')
        for i, (t, n, al) in enumerate(self.csl):
            for s in [n] + al:
                if not s: continue
                self.exact.add(s)
                self._add(s, ('C', i), t.lower() != 'individual')
    def _add(self, s, own, org):
        for f in folds(s): self.fold_own[f].add(own)
        ws = frozenset(core_toks(s))
        if ws: self.wset[ws].add(own)
        if org:
            for w in set(core_toks(s)): self.word_orgs[w].add(s)
    def own_folds(self, e):
        out = set()
        for s in [self.sdn[e][0]] + self.alts[e]: out |= folds(s)
        return out
    def other_owners(self, q, e=None):
        o = set()
        for f in folds(q): o |= self.fold_own.get(f, set())
        o.discard(('S', e))
        return o

def prior_files():
    fs = [f'{L}/train.jsonl', f'{L}/validation.jsonl'] + [f'{L}/train{i}.jsonl' for i in range(2, 57)]
    return [f for f in fs if os.path.exists(f)]

def load_prior(data=None):
    """Returns (set of query keys, set of full folds, Counter of uses per ent_num). Never prints rows."""
    data = data or Data()
    name2ent = {}
    for e, (n, t, p) in data.sdn.items():
        if data.names_count[n] == 1: name2ent[n] = e
    keys, fulls, uses = set(), set(), Counter()
    for f in prior_files():
        with open(f, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and r['expected'] in name2ent: ents = {name2ent[r['expected']]}
                    for x in ents: uses[x] += 1
    return keys, fulls, uses

def is_narc(prog):
    return bool(set(re.findall(r'[A-Z0-9-]+', prog)) & {'SDNT', 'SDNTK'})
