"""Data loading and folding for train55 (written from scratch)."""
import csv, json, os, re, unicodedata
D = '/work/shared/data'
PRIOR = '/work/main/eval/lookup'
LEGAL = set('''co cos ltd llc lp llp plc inc corp corporation company sa sas sl srl scs sca sen ca c en spr sapi sab cv rl de del la las los el al the and y e of und van der gmbh ag kg ltda cia limitada limited pte pvt bv nv oy oyj ab as aps kk doo ooo oao zao pao ao jsc cjsc fze fzco fzc llc sarl sprl spa sc eu ltda ci sad s a
international group holding holdings trading general et do da di du des le'''.split())
def strip_acc(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.combining(ch))
def full(s):
    s = strip_acc(s).lower()
    s = re.sub(r"['\u2019`\u00b4]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[^\w]+', ' ', s).replace('_', ' ')
    toks = s.split()
    out, run = [], ''
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run += t
        else:
            if run: out.append(run); run = ''
            out.append(t)
    if run: out.append(run)
    return ' '.join(out)
def core(s):
    return ' '.join(t for t in full(s).split() if t not in LEGAL)
def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}
def words(s):
    return set(core(s).split())
def key(s):
    return ' '.join(s.lower().split())
def rd(name):
    with open(os.path.join(D, 'ofac-sdn-2019', name), encoding='utf-8', errors='replace') as f:
        return [[x.strip() for x in r] for r in csv.reader(f)]
class Data:
    def __init__(self):
        self.sdn = {}
        for r in rd('sdn.csv'):
            if len(r) < 4: continue
            self.sdn[r[0]] = {'name': r[1], 'type': r[2], 'prog': r[3]}
        self.alts = {}
        for r in rd('alt.csv'):
            if len(r) < 4: continue
            self.alts.setdefault(r[0], []).append(r[3])
        self.addr = {}
        for r in rd('add.csv'):
            if len(r) < 5: continue
            self.addr.setdefault(r[0], []).append(' | '.join(x for x in r[2:6] if x != '-0-'))
        self.csl = []
        with open(os.path.join(D, 'csl-sample', 'csl.csv'), encoding='utf-8') as f:
            for i, r in enumerate(csv.DictReader(f)):
                ns = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append((ns, (r.get('type') or '').strip()))
        self.fold_own = {}   # fold -> owners
        self.wset_own = {}   # frozenset words -> owners
        self.word_org = {}   # word -> set of org names
        self.exact = {}      # exact name/alias -> owners
        self.namecount = {}
        for e, v in self.sdn.items():
            self.namecount[v['name']] = self.namecount.get(v['name'], 0) + 1
        allalias = set()
        for e, al in self.alts.items():
            allalias.update(al)
        self.allalias = allalias
        def add(owner, n, org):
            for x in folds(n): self.fold_own.setdefault(x, set()).add(owner)
            w = frozenset(words(n))
            if w: self.wset_own.setdefault(w, set()).add(owner)
            self.exact.setdefault(n, set()).add(owner)
            if org:
                for t in words(n): self.word_org.setdefault(t, set()).add(n)
        for e, v in self.sdn.items():
            org = v['type'] == '-0-'
            for n in [v['name']] + self.alts.get(e, []):
                add('S' + e, n, org)
        for i, (ns, t) in enumerate(self.csl):
            for n in ns:
                add('C%d' % i, n, t.lower() != 'individual')
    def names(self, e):
        return [self.sdn[e]['name']] + self.alts.get(e, [])
    def own_folds(self, e):
        s = set()
        for n in self.names(e): s |= folds(n)
        return s
def ent_of_name(d, name):
    hits = [e for e, v in d.sdn.items() if v['name'] == name]
    return hits[0] if len(hits) == 1 else None
def load_prior(d):
    """Returns (set of query keys, set of full folds, {ent_num: uses}). Prints nothing."""
    keys, fulls, uses = set(), set(), {}
    n2e = {}
    for e, v in d.sdn.items():
        n2e.setdefault(v['name'], []).append(e)
    files = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 55)]
    for fn in files:
        with open(os.path.join(PRIOR, fn), encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = re.findall(r'ent_num (\d+)', r.get('notes') or '')
                    if not ents and len(n2e.get(r['expected'], [])) == 1:
                        ents = n2e[r['expected']]
                    for e in set(ents):
                        uses[e] = uses.get(e, 0) + 1
    return keys, fulls, uses, len(files)
