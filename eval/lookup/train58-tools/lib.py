import csv, json, re, unicodedata, os
D = '/work/shared/data/'
LK = '/work/main/eval/lookup/'
LEGAL = set('''co company ltd limited sa sas sac saa ltda limitada cia gmbh ag inc corp corporation llc plc ooo oao zao ao pao jsc ojsc cjsc scs sca sen en c cv rl srl sapi spr kk doo pvt pte fze fzco bv nv lda sl eu ca sc ab oy as pty bhd sdn llp lp international group holding holdings trading general de del la las los el al the and y e of und van der di da do'''.split())
def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
def full(s):
    s = strip_acc(s).lower().replace("'", '').replace('\u2019', '').replace('`', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[\W_]+', ' ', s).split()
    out = []; buf = ''
    for w in s:
        if len(w) == 1 and w.isalpha():
            buf += w
        else:
            if buf: out.append(buf); buf = ''
            out.append(w)
    if buf: out.append(buf)
    return ' '.join(out)
def core(s):
    return ' '.join(w for w in full(s).split() if w not in LEGAL)
def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, c, f.replace(' ', ''), c.replace(' ', '')) if x}
def key(s):
    return ' '.join(s.lower().split())
def words(s):
    return frozenset(w for w in full(s).split() if w not in LEGAL)
def nonlatin(s):
    return any(c.isalpha() and not ('LATIN' in unicodedata.name(c, '')) for c in s)
NARC = lambda p: bool(re.search(r'\bSDNTK?\b', p))

class Data:
    def __init__(self):
        self.sdn = {}; self.alts = {}
        for r in csv.reader(open(D + 'ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace')):
            if len(r) < 4: continue
            self.sdn[r[0]] = (r[1], r[2].strip(), r[3])
        for r in csv.reader(open(D + 'ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace')):
            if len(r) < 4: continue
            self.alts.setdefault(r[0], []).append(r[3])
        self.fold = {}; self.wset = {}; self.exact = set(); self.word_orgs = {}
        self.namecount = {}
        for e, (n, t, p) in self.sdn.items():
            self.namecount[n] = self.namecount.get(n, 0) + 1
            for nm in [n] + self.alts.get(e, []):
                self._add(nm, 'sdn:' + e, t == '-0-')
        self.alias_names = {a for l in self.alts.values() for a in l}
        rd = csv.DictReader(open(D + 'csl-sample/csl.csv', encoding='utf-8', errors='replace'))
        for i, r in enumerate(rd):
            org = (r.get('type') or '').strip().lower() != 'individual'
            for nm in [r.get('name') or ''] + [a for a in (r.get('alt_names') or '').split(';')]:
                nm = nm.strip()
                if nm: self._add(nm, 'csl:%d' % i, org)
        self.byname = {}
        for e, (n, t, p) in self.sdn.items(): self.byname.setdefault(n, []).append(e)
    def _add(self, nm, owner, org):
        self.exact.add(nm); self.exact.add(key(nm))
        for f in folds(nm): self.fold.setdefault(f, set()).add(owner)
        w = words(nm)
        if w: self.wset.setdefault(w, set()).add(owner)
        if org:
            for x in w: self.word_orgs.setdefault(x, set()).add(nm)

def prior_files():
    fs = [LK + 'train.jsonl', LK + 'validation.jsonl'] + [LK + 'train%d.jsonl' % i for i in range(2, 58)]
    return [f for f in fs if os.path.exists(f)]

def load_prior(data=None):
    """returns (query keys, full folds, per-entity use counts, nfiles); never prints rows"""
    keys, fulls, uses = set(), set(), {}
    fs = prior_files()
    for f in fs:
        for line in open(f, encoding='utf-8'):
            line = line.strip()
            if not line: continue
            r = json.loads(line)
            q = r.get('query') or ''
            keys.add(key(q)); fulls.add(full(q))
            if r.get('expected'):
                ents = re.findall(r'ent_num (\d+)', r.get('notes') or '')
                if not ents and data is not None:
                    b = data.byname.get(r['expected'], [])
                    if len(b) == 1: ents = b
                for e in set(ents): uses[e] = uses.get(e, 0) + 1
    return keys, fulls, uses, len(fs)
