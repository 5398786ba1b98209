"""Data loading, folding and prior-set loading for lookup-train52 (stdlib only)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

DATA = '/work/shared/data'
SDN = DATA + '/ofac-sdn-2019/sdn.csv'
ALT = DATA + '/ofac-sdn-2019/alt.csv'
ADD = DATA + '/ofac-sdn-2019/add.csv'
CSL = DATA + '/csl-sample/csl.csv'
EVAL = '/work/main/eval/lookup'
PRIOR_FILES = ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 52)] + ['validation.jsonl']

LEGAL = set('''co company corp corporation inc incorporated ltd limited llc lp llp plc sa sas sarl sasu srl spa sl slu ltda cia
gmbh ag kg kgaa bv nv oy oyj ab as asa aps pty pvt pte bhd sdn jsc ojsc cjsc pjsc ojs oao zao pao ooo tov fze fzco fzc fzllc
eu cv de del la las los el al the and y of et du des le les e da do dos das di der und for in on at to a an
international intl group holding holdings trading general enterprise enterprises sal sab rl sapi scs sc'''.split())

def key(s):
    return ' '.join(s.lower().split())

def _strip_accents(s):
    d = unicodedata.normalize('NFKD', s)
    d = ''.join(c for c in d if unicodedata.category(c) != 'Mn')
    return unicodedata.normalize('NFC', d)

def tokens(s):
    s = _strip_accents(s.lower())
    s = s.replace("'", '').replace('\u2019', '').replace('`', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[^\w]+', ' ', s)
    toks = s.split()
    out, run = [], ''
    for t in toks:                      # join runs of single letters (S.A. -> sa)
        if len(t) == 1 and t.isalpha():
            run += t
        else:
            if run: out.append(run); run = ''
            out.append(t)
    if run: out.append(run)
    return out

def full(s):
    return ' '.join(tokens(s))

def core(s):
    t = [w for w in tokens(s) if w not in LEGAL]
    return ' '.join(t) if t else full(s)

def folds(s):
    f, c = full(s), core(s)
    return {f, f.replace(' ', ''), c, c.replace(' ', '')} - {''}

def content(s):
    return frozenset(w for w in tokens(s) if w not in LEGAL)

def has_nonlatin(s):
    for c in s:
        if c.isalpha() and not ('LATIN' in unicodedata.name(c, '')):
            return True
    return False

def _rows(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            yield [x.strip() for x in r]

def _v(x):
    return None if x == '-0-' else x

class Data:
    def __init__(self):
        self.sdn = {}          # ent -> dict
        self.alts = defaultdict(list)
        self.addrs = defaultdict(list)
        for r in _rows(SDN):
            if len(r) < 4: continue
            self.sdn[r[0]] = {'ent': r[0], 'name': r[1], 'type': _v(r[2]), 'program': r[3]}
        for r in _rows(ALT):
            if len(r) < 4: continue
            self.alts[r[0]].append(r[3])
        for r in _rows(ADD):
            if len(r) < 5: continue
            self.addrs[r[0]].append(', '.join(x for x in (_v(r[2]), _v(r[3]), _v(r[4])) if x))
        self.csl = []
        with open(CSL, encoding='utf-8', errors='replace', newline='') as f:
            for d in csv.DictReader(f):
                names = [(d.get('name') or '').strip()]
                names += [a.strip() for a in (d.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append([n for n in names if n])
        self.name_count = defaultdict(int)
        for e in self.sdn.values():
            self.name_count[e['name']] += 1
        self.alias_set = set(a for v in self.alts.values() for a in v)
        self.alias_upper = set(a.upper() for a in self.alias_set)
        # index
        self.fold_owner = defaultdict(set)       # fold -> owners
        self.wordsets = defaultdict(set)         # content-word set -> owners (any type)
        self.word_orgs = defaultdict(set)        # word -> org names/aliases
        for ent, e in self.sdn.items():
            for n in [e['name']] + self.alts[ent]:
                for fo in folds(n):
                    self.fold_owner[fo].add(ent)
                self.wordsets[content(n)].add(ent)
                if e['type'] is None:
                    for w in content(n):
                        self.word_orgs[w].add(n)
        for i, names in enumerate(self.csl):
            for n in names:
                for fo in folds(n):
                    self.fold_owner[fo].add('csl:%d' % i)
                self.wordsets[content(n)].add('csl:%d' % i)
        self.by_name = {e['name']: ent for ent, e in self.sdn.items() if self.name_count[e['name']] == 1}

    def is_org(self, ent):
        return self.sdn[ent]['type'] is None

    def own_folds(self, ent):
        s = set()
        for n in [self.sdn[ent]['name']] + self.alts[ent]:
            s |= folds(n)
        return s

    def other_owners(self, q, ent):
        o = set()
        for fo in folds(q):
            o |= self.fold_owner.get(fo, set())
        o.discard(ent)
        return o

    def any_owner(self, q):
        o = set()
        for fo in folds(q):
            o |= self.fold_owner.get(fo, set())
        return o

    def shared_words(self, q):
        out = []
        for w in sorted(content(q)):
            names = self.word_orgs.get(w)
            if names:
                out.append((w, len(names), sorted(names)[:3]))
        return out

def load_prior(d):
    """Return (query keys, full folds, per-entity use counts). Prints nothing."""
    keys, fulls, uses = set(), set(), defaultdict(int)
    for fn in PRIOR_FILES:
        p = os.path.join(EVAL, fn)
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                exp = r.get('expected')
                if exp:
                    ents = set(re.findall(r'ent_num\s*(\d+)', r.get('notes') or ''))
                    if not ents and d.by_name.get(exp):
                        ents = {d.by_name[exp]}
                    for e in ents:
                        uses[e] += 1
    return keys, fulls, uses

NARC = ('SDNT', 'SDNTK')
def is_narc(prog):
    return any(p.strip('[] ') in NARC for p in re.split(r'\]\s*\[', prog))
