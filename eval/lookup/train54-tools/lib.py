"""Data loading and folding for train54 (written from scratch)."""
import csv, json, os, re, unicodedata, glob
from collections import defaultdict, Counter

DATA = '/work/shared/data'
EVAL = '/work/main/eval/lookup'

LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa sas sac saa sl srl spa gmbh ag kg bv nv ab oy oyj as asa
ltda cia ooo oao zao ao pao pjsc jsc ojsc cjsc llp lp pte pvt private public sarl sprl spr scs sca sen en c ca sapi cv rl
s pty fzc fze fzco fz dmcc est establishment international intl group holding holdings trading general enterprise enterprises
de del la el al the and y of et des du le les di da do dos das e und fur van der den
kk tov pp ip dd doo ad ead jsc sro kft zrt bhd sdn tbk pt
'''.split())

def strip_acc(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def tokens(s):
    s = strip_acc(s).lower()
    s = s.replace("'", '').replace('\u2019', '').replace('`', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[^\w]+', ' ', s, flags=re.UNICODE)
    s = s.replace('_', ' ')
    toks = s.split()
    out, buf = [], []
    for t in toks:
        if len(t) == 1 and t.isalpha():
            buf.append(t)
        else:
            if buf:
                out.append(''.join(buf)); buf = []
            out.append(t)
    if buf:
        out.append(''.join(buf))
    return out

def full(s):
    return ' '.join(tokens(s))

def core_toks(s):
    return [t for t in tokens(s) if t not in LEGAL]

def core(s):
    return ' '.join(core_toks(s))

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}

def key(s):
    return ' '.join(s.lower().split())

def wordset(s):
    return frozenset(core_toks(s))

def has_nonlatin(s):
    for ch in s:
        if ch.isalpha():
            n = unicodedata.name(ch, '')
            if 'LATIN' not in n:
                return True
    return False

def nv(x):
    x = x.strip()
    return '' if x == '-0-' else x

class Data:
    def __init__(self):
        self.sdn = {}      # ent -> dict
        self.alts = defaultdict(list)
        self.addr = defaultdict(list)
        with open(f'{DATA}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                e = int(r[0])
                self.sdn[e] = dict(ent=e, name=nv(r[1]), type=nv(r[2]), program=r[3].strip(), remarks=nv(r[11]) if len(r) > 11 else '')
        with open(f'{DATA}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                self.alts[int(r[0])].append((nv(r[2]), nv(r[3])))
        with open(f'{DATA}/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5: continue
                self.addr[int(r[0])].append(', '.join(x for x in (nv(r[2]), nv(r[3]), nv(r[4])) if x))
        self.csl = []   # (name, is_org)
        with open(f'{DATA}/csl-sample/csl.csv', encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                t = (r.get('type') or '').strip()
                isorg = t.lower() != 'individual'
                names = [(r.get('name') or '').strip()]
                an = (r.get('alt_names') or '').strip()
                if an:
                    names += [x.strip() for x in an.split(';') if x.strip()]
                for n in names:
                    if n: self.csl.append((n, isorg))
        # indexes
        self.fold_owner = defaultdict(set)   # fold -> owners ('sdn',ent) / ('csl',i)
        self.wset_owner = defaultdict(set)
        self.word_orgs = defaultdict(set)    # word -> org names
        self.name_count = Counter(d['name'] for d in self.sdn.values())
        self.alias_names = set()
        for e, d in self.sdn.items():
            names = [d['name']] + [a for _, a in self.alts[e]]
            for _, a in self.alts[e]: self.alias_names.add(a)
            for n in names:
                if not n: continue
                for fo in folds(n): self.fold_owner[fo].add(('sdn', e))
                ws = wordset(n)
                if ws: self.wset_owner[ws].add(('sdn', e))
                if d['type'] == '':
                    for w in set(core_toks(n)): self.word_orgs[w].add(n)
        for i, (n, isorg) in enumerate(self.csl):
            for fo in folds(n): self.fold_owner[fo].add(('csl', i))
            ws = wordset(n)
            if ws: self.wset_owner[ws].add(('csl', i))
            if isorg:
                for w in set(core_toks(n)): self.word_orgs[w].add(n)
        self.by_name = defaultdict(list)
        for e, d in self.sdn.items(): self.by_name[d['name']].append(e)

    def names_of(self, e):
        return [self.sdn[e]['name']] + [a for _, a in self.alts[e]]

    def own_folds(self, e):
        s = set()
        for n in self.names_of(e): s |= folds(n)
        return s

def prior_files():
    fs = [f'{EVAL}/train.jsonl'] + [f'{EVAL}/train{i}.jsonl' for i in range(2, 54)] + [f'{EVAL}/validation.jsonl']
    return [f for f in fs if os.path.exists(f)]

def load_prior(data=None):
    """Returns (keys, full folds, per-entity use counts, nfiles). Never prints rows."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files()
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                exp = r.get('expected')
                if exp:
                    ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                    if ents:
                        for x in set(ents): uses[x] += 1
                    elif data is not None and data.name_count.get(exp) == 1:
                        uses[data.by_name[exp][0]] += 1
    return keys, fulls, uses, len(files)

NARC = ('SDNT', 'SDNTK')
def is_narc(prog):
    parts = re.findall(r'[A-Z0-9\-]+', prog)
    return any(p in NARC for p in parts)
