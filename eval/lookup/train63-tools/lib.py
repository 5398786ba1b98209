"""Data loading and folds for train63 (written from scratch, stdlib only)."""
import csv, json, os, re, unicodedata
D = '/work/shared/data'
LK = '/work/main/eval/lookup'
FILLER = set('co company ltd limited sa sas sac saa ltda limitada cia gmbh ag inc corp corporation llc plc ooo oao zao ao pao jsc ojsc cjsc scs sca sen en c cv rl srl sapi spr kk doo pvt pte fze fzco bv nv lda sl eu ca sc ab oy as pty bhd sdn llp lp international group holding holdings trading general de del la las los el al the and y e of und van der di da do'.split())

def key(s):
    return ' '.join(s.split()).lower()

def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("'", '').replace('\u2019', '').replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if ch.isalnum() else ' ' for ch in s)
    toks = s.split(); out = []; run = ''
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run += t
        else:
            if run: out.append(run); run = ''
            out.append(t)
    if run: out.append(run)
    return ' '.join(out)

def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, c, f.replace(' ', ''), c.replace(' ', '')) if x}

def words(s):
    return frozenset(core(s).split())

def narc(p):
    return bool(set(re.findall(r'[A-Z0-9-]+', p)) & {'SDNT', 'SDNTK'})

def rd(name):
    with open(os.path.join(D, 'ofac-sdn-2019', name), encoding='utf-8', errors='replace', newline='') as f:
        return [[c.strip() for c in r] for r in csv.reader(f)]

class Data:
    def __init__(self):
        self.sdn = {}; self.alts = {}; self.addr = {}
        for r in rd('sdn.csv'):
            if len(r) < 4: continue
            self.sdn[int(r[0])] = dict(name=r[1], type=r[2], prog=r[3])
        for r in rd('alt.csv'):
            if len(r) < 4: continue
            self.alts.setdefault(int(r[0]), []).append((r[2], r[3]))
        for r in rd('add.csv'):
            if len(r) < 5: continue
            self.addr.setdefault(int(r[0]), []).append(r[2:5])
        self.fold_own = {}; self.wset = {}; self.exact = set(); self.orgword = {}
        self.name_count = {}; self.aliasnames = set()
        def add(owner, s, org):
            for x in folds(s): self.fold_own.setdefault(x, set()).add(owner)
            self.wset.setdefault(words(s), set()).add(owner)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for w in set(full(s).split()) - FILLER:
                    self.orgword.setdefault(w, set()).add(s)
        for e, v in self.sdn.items():
            org = v['type'] != 'individual'
            add(e, v['name'], org)
            self.name_count[v['name']] = self.name_count.get(v['name'], 0) + 1
            for t, a in self.alts.get(e, []):
                add(e, a, org); self.aliasnames.add(a)
        with open(os.path.join(D, 'csl-sample', 'csl.csv'), encoding='utf-8', newline='') as f:
            for i, r in enumerate(csv.DictReader(f)):
                org = (r.get('type') or '').strip().lower() != 'individual'
                names = [(r.get('name') or '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                for n in names:
                    if n: add('csl%d' % i, n, org)

def load_prior():
    """Return (keys, fulls, uses) from earlier sets; never returns or prints rows."""
    files = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 63)]
    keys, fulls, uses = set(), set(), {}
    name2ent = {}
    d = Data()
    for e, v in d.sdn.items():
        name2ent.setdefault(v['name'], []).append(e)
    n = 0
    for fn in files:
        p = os.path.join(LK, fn)
        with open(p, encoding='utf-8') as f:
            n += 1
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                    if not ents and len(name2ent.get(r['expected'], [])) == 1:
                        ents = name2ent[r['expected']]
                    for e in set(ents): uses[e] = uses.get(e, 0) + 1
    return keys, fulls, uses, n
