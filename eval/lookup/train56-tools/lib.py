"""train56 data loader and fold keys (written from scratch; stdlib only)."""
import csv, json, re, os, unicodedata, glob
from collections import defaultdict, Counter

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'

LEGAL = set('''co company ltd limited sa sas sac ltda limitada cia gmbh ag inc incorporated corp corporation llc plc
ooo oao zao ao pao scs sca sen en c cv rl srl sapi spr kk doo pvt private pte fze fzco bv nv lda sl eu ca sc
international group holding holdings trading general de del la las los el al the and y e of und van der di da do
s a ab oy as jsc cjsc ojsc pjsc pty bhd sdn tic sti llp lp'''.split())

def strip_acc(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.combining(ch))

def full(s):
    s = strip_acc(s).lower()
    s = s.replace("'", '').replace('\u2019', '').replace('`', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[^\w]+', ' ', s, flags=re.U)
    s = s.replace('_', ' ')
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
    r = {f, f.replace(' ', ''), c, c.replace(' ', '')}
    r.discard('')
    return r

def words(s):
    return frozenset(t for t in full(s).split() if t not in LEGAL)

def key(s):
    return ' '.join(s.lower().split())

def _rows(p):
    with open(p, encoding='utf-8', errors='replace', newline='') as fh:
        for r in csv.reader(fh):
            yield [x.strip() for x in r]

class Data:
    def __init__(self):
        d = DATA + '/ofac-sdn-2019/'
        self.sdn = {}
        self.name_count = Counter()
        for r in _rows(d + 'sdn.csv'):
            if len(r) < 4: continue
            e = int(r[0]); self.sdn[e] = dict(name=r[1], type=r[2], prog=r[3])
            self.name_count[r[1]] += 1
        self.alts = defaultdict(list)
        self.alt_names = set()
        for r in _rows(d + 'alt.csv'):
            if len(r) < 4: continue
            e = int(r[0]); self.alts[e].append(r[3]); self.alt_names.add(r[3])
        self.addr = defaultdict(list)
        for r in _rows(d + 'add.csv'):
            if len(r) < 5: continue
            self.addr[int(r[0])].append(', '.join(x for x in r[2:5] if x != '-0-'))
        # csl
        self.csl = []
        with open(DATA + '/csl-sample/csl.csv', encoding='utf-8', newline='') as fh:
            for r in csv.DictReader(fh):
                names = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append((r['type'], names))
        self.fold_owner = defaultdict(set)   # fold -> owners ('S',ent) or ('C',i)
        self.ws_owner = defaultdict(set)
        self.exact = set()
        self.word_orgs = defaultdict(set)    # word -> org names
        for e, v in self.sdn.items():
            for n in [v['name']] + self.alts[e]:
                self.exact.add(n.lower())
                for f in folds(n): self.fold_owner[f].add(('S', e))
                self.ws_owner[words(n)].add(('S', e))
                if v['type'] == '-0-':
                    for w in words(n): self.word_orgs[w].add(n)
        for i, (t, names) in enumerate(self.csl):
            for n in names:
                self.exact.add(n.lower())
                for f in folds(n): self.fold_owner[f].add(('C', i))
                self.ws_owner[words(n)].add(('C', i))
                if t != 'Individual':
                    for w in words(n): self.word_orgs[w].add(n)
        self.by_name = {v['name']: e for e, v in self.sdn.items()}

    def own_folds(self, e):
        r = set()
        for n in [self.sdn[e]['name']] + self.alts[e]: r |= folds(n)
        return r

def load_prior(data):
    """Return (keys, fulls, uses) from earlier sets; prints nothing about rows."""
    files = [LOOKUP + '/train.jsonl', LOOKUP + '/validation.jsonl']
    files += [LOOKUP + '/train%d.jsonl' % i for i in range(2, 56)]
    keys, fulls, uses = set(), set(), Counter()
    nfiles = 0
    for p in files:
        if not os.path.exists(p): continue
        nfiles += 1
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is None: continue
                ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                if ents:
                    for x in set(ents): uses[x] += 1
                else:
                    ex = r['expected']
                    if data.name_count.get(ex) == 1: uses[data.by_name[ex]] += 1
    return keys, fulls, uses, nfiles
