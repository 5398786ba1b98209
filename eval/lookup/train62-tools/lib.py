"""train62 tools: data loading, folds, load_prior. Python 3 standard library only. Written from scratch."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
SDN = DATA + '/ofac-sdn-2019/sdn.csv'
ALT = DATA + '/ofac-sdn-2019/alt.csv'
ADD = DATA + '/ofac-sdn-2019/add.csv'
CSL = DATA + '/csl-sample/csl.csv'
PRIOR_DIR = '/work/main/eval/lookup'

LEGAL = set('''co company ltd limited sa sas sac saa ltda limitada cia gmbh ag inc corp corporation llc plc ooo oao zao ao
pao jsc ojsc cjsc scs sca sen en c cv rl srl sapi spr kk doo pvt pte fze fzco bv nv lda sl eu ca sc ab oy as pty bhd sdn
llp lp international group holding holdings trading general de del la las los el al the and y e of und van der di da
do'''.split())

APOS = "'\u2019\u2018`\u02bc\u00b4"


def key(q):
    return ' '.join(q.split()).lower()


def _tokens(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if ch.isalnum() else ' ' for ch in s)
    toks = s.split()
    out, run = [], []
    for t in toks:
        if len(t) == 1:
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


def core_tokens(s):
    return [t for t in _tokens(s) if t not in LEGAL]


def core(s):
    return ' '.join(core_tokens(s))


def folds(s):
    """full/core, spaced and unspaced (empty folds dropped)."""
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}


def words(s):
    return frozenset(core_tokens(s))


def _clean(v):
    v = v.strip()
    return '' if v == '-0-' else v


class Data:
    def __init__(self):
        self.sdn = {}  # ent -> dict(name,type,program)
        with open(SDN, encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                try:
                    e = int(r[0])
                except ValueError:
                    continue
                self.sdn[e] = dict(name=r[1].strip(), type=_clean(r[2]), program=r[3].strip())
        self.alts = defaultdict(list)
        with open(ALT, encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                try:
                    e = int(r[0])
                except ValueError:
                    continue
                self.alts[e].append(r[3].strip())
        self.csl = []  # (type, names)
        with open(CSL, encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.DictReader(fh):
                ns = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append((r['type'].strip(), ns))
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_upper = {a.upper() for al in self.alts.values() for a in al}
        self.by_name = {v['name']: e for e, v in self.sdn.items() if self.name_count[v['name']] == 1}
        self.fold_owner = defaultdict(set)
        self.word_owner = defaultdict(set)
        self.exact = set()
        self.word_orgs = defaultdict(set)
        for e, v in self.sdn.items():
            ns = [v['name']] + self.alts[e]
            org = v['type'] != 'individual'
            for n in ns:
                self._index(n, ('sdn', e), org)
        for i, (t, ns) in enumerate(self.csl):
            org = t.lower() != 'individual'
            for n in ns:
                self._index(n, ('csl', i), org)

    def _index(self, n, owner, org):
        if not n:
            return
        for f in folds(n):
            self.fold_owner[f].add(owner)
        w = words(n)
        if w:
            self.word_owner[w].add(owner)
        self.exact.add(n)
        self.exact.add(n.upper())
        if org:
            for t in set(core_tokens(n)):
                self.word_orgs[t].add(n)

    def names_of(self, e):
        return [self.sdn[e]['name']] + self.alts[e]

    def others_owning(self, s, e):
        """owners other than SDN entity e of any fold of s."""
        out = set()
        for f in folds(s):
            out |= {o for o in self.fold_owner.get(f, ()) if o != ('sdn', e)}
        return out

    def others_wordsuper(self, s, e):
        """records other than e with a name/alias whose word set contains s's content words."""
        w = words(s)
        out = set()
        if not w:
            return out
        for ws, owners in self.word_owner.items():
            if w <= ws:
                out |= {o for o in owners if o != ('sdn', e)}
        return out

    def in_pool(self, e):
        v = self.sdn.get(e)
        if not v or v['type'] != '':
            return False
        n = v['name']
        if self.name_count[n] != 1 or n.upper() in self.alias_upper:
            return False
        for x in self.names_of(e):
            if self.others_owning_fc(x, e):
                return False
        return True

    def others_owning_fc(self, s, e):
        out = set()
        for f in (full(s), core(s)):
            if f:
                out |= {o for o in self.fold_owner.get(f, ()) if o != ('sdn', e)}
        return out

    def shared(self, q):
        """shared content words -> (count, examples)."""
        res = []
        for t in dict.fromkeys(core_tokens(q)):
            ns = self.word_orgs.get(t)
            if ns:
                res.append((t, len(ns), sorted(ns)[:3]))
        return res


def prior_files():
    fs = [PRIOR_DIR + '/train.jsonl', PRIOR_DIR + '/validation.jsonl']
    fs += [PRIOR_DIR + '/train%d.jsonl' % i for i in range(2, 62)]
    return fs


def load_prior(data):
    """Returns (keys, full folds, uses per ent_num, number of files read). Never prints a row."""
    keys, fulls, uses = set(), set(), Counter()
    nread = 0
    for p in prior_files():
        if not os.path.exists(p):
            continue
        nread += 1
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q))
                fulls.add(full(q))
                if r.get('expected'):
                    ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                    if ents:
                        for x in set(ents):
                            uses[x] += 1
                    elif r['expected'] in data.by_name:
                        uses[data.by_name[r['expected']]] += 1
    return keys, fulls, uses, nread


def narcotic(program):
    return bool(re.search(r'\bSDNTK?\b', program))
