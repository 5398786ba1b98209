"""train60 data helpers (written from scratch, stdlib only)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
PRIOR_FILES = ([os.path.join(LOOKUP, 'train.jsonl'), os.path.join(LOOKUP, 'validation.jsonl')]
               + [os.path.join(LOOKUP, 'train%d.jsonl' % i) for i in range(2, 59)]
               + ['/work/blind/lk59/train59.jsonl'])

LEGAL = set('''co company ltd limited sa sas sac saa ltda limitada cia gmbh ag inc corp corporation llc plc ooo oao zao
ao pao jsc ojsc cjsc scs sca sen en c cv rl srl sapi spr kk doo pvt pte fze fzco bv nv lda sl eu ca sc ab oy as pty
bhd sdn llp lp international group holding holdings trading general de del la las los el al the and y e of und van
der di da do'''.split())
APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"


def _strip(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.combining(ch))


def tokens(s):
    s = _strip(s).lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if ch.isalnum() else ' ' for ch in s)
    out, run = [], []
    for t in s.split():
        if len(t) == 1 and t.isalpha():
            run.append(t)
            continue
        if run:
            out.append(''.join(run)); run = []
        out.append(t)
    if run:
        out.append(''.join(run))
    return out


def full(s):
    return ' '.join(tokens(s))


def core_tokens(s):
    return [t for t in tokens(s) if t not in LEGAL]


def core(s):
    return ' '.join(core_tokens(s))


def folds(s):
    """full/core, spaced and unspaced (empty ones dropped)."""
    f, c = full(s), core(s)
    return {x for x in (f, c, f.replace(' ', ''), c.replace(' ', '')) if x}


def key(s):
    return ' '.join(s.lower().split())


def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


class Data:
    def __init__(self):
        self.sdn = {}        # ent -> dict(name,type,program)
        self.alts = defaultdict(list)
        self.addr = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0])
                self.sdn[e] = {'name': clean(r[1]), 'type': (r[2] or '').strip(), 'program': clean(r[3])}
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.alts[int(r[0])].append((clean(r[2]), clean(r[3])))
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5:
                    continue
                self.addr[int(r[0])].append(', '.join(x for x in (clean(r[2]), clean(r[3]), clean(r[4])) if x))
        self.csl = []  # (type, name, [alts])
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                nm = (r.get('name') or '').strip()
                alts = [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append(((r.get('type') or '').strip(), nm, alts))
        # indexes
        self.name_count = defaultdict(int)
        self.alias_upper = set()
        self.fold_owner = defaultdict(set)   # fold -> owners ('sdn',ent) / ('csl',i)
        self.wordset_owner = defaultdict(set)
        self.exact = set()
        self.word_orgs = defaultdict(set)    # content word -> org names/aliases
        for e, d in self.sdn.items():
            self.name_count[d['name'].upper()] += 1
            for t, a in self.alts[e]:
                self.alias_upper.add(a.upper())
        for e, d in self.sdn.items():
            org = d['type'] != 'individual'
            for s in [d['name']] + [a for _, a in self.alts[e]]:
                self._index(s, ('sdn', e), org)
        for i, (t, nm, alts) in enumerate(self.csl):
            org = t.lower() != 'individual'
            for s in [nm] + alts:
                if s:
                    self._index(s, ('csl', i), org)

    def _index(self, s, owner, org):
        for fo in folds(s):
            self.fold_owner[fo].add(owner)
        ws = frozenset(core_tokens(s))
        if ws:
            self.wordset_owner[ws].add(owner)
        self.exact.add(s.upper())
        if org:
            for w in set(core_tokens(s)):
                self.word_orgs[w].add(s)

    def names_of(self, e):
        return [self.sdn[e]['name']] + [a for _, a in self.alts[e]]

    def other_owner_folds(self, s, e):
        """owners other than SDN entity e whose folds coincide with s's folds."""
        out = set()
        for fo in folds(s):
            out |= {o for o in self.fold_owner.get(fo, ()) if o != ('sdn', e)}
        return out

    def by_name(self, name):
        return [e for e, d in self.sdn.items() if d['name'] == name]


ENT_RE = re.compile(r'ent_num\s*(\d+)')


def load_prior(data=None):
    """Return (keys, full_folds, uses-per-ent, nfiles). Never returns rows."""
    keys, fulls, uses = set(), set(), defaultdict(int)
    uniq = None
    if data is not None:
        uniq = {}
        for e, d in data.sdn.items():
            uniq.setdefault(d['name'], []).append(e)
    n = 0
    for p in PRIOR_FILES:
        with open(p, encoding='utf-8') as f:
            n += 1
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q))
                fulls.add(full(q))
                if r.get('expected'):
                    ents = [int(x) for x in ENT_RE.findall(r.get('notes') or '')]
                    if ents:
                        for x in set(ents):
                            uses[x] += 1
                    elif uniq is not None and len(uniq.get(r['expected'], [])) == 1:
                        uses[uniq[r['expected']][0]] += 1
    return keys, fulls, uses, n
