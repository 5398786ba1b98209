"""Shared helpers for lookup-train48 (standard library only)."""
import csv, json, re, unicodedata, os, glob
from collections import defaultdict, Counter

DATA = '/work/shared/data'
SDN = DATA + '/ofac-sdn-2019/sdn.csv'
ALT = DATA + '/ofac-sdn-2019/alt.csv'
ADD = DATA + '/ofac-sdn-2019/add.csv'
CSL = DATA + '/csl-sample/csl.csv'
PRIOR_DIR = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))

def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

def load_sdn():
    rows = []
    with open(SDN, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': r[2].strip(),
                         'program': r[3].strip(), 'remarks': clean(r[11]) if len(r) > 11 else ''})
    return rows

def load_alt():
    alts = defaultdict(list)
    with open(ALT, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            alts[int(r[0])].append((r[2].strip(), r[3].strip()))
    return alts

def load_add():
    adds = defaultdict(list)
    with open(ADD, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            adds[int(r[0])].append((clean(r[2]), clean(r[3]), clean(r[4])))
    return adds

def load_csl():
    names = []
    with open(CSL, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.DictReader(f):
            if r.get('name', '').strip():
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names

LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a sas sarl srl sl spa ag gmbh kg bv nv
ltda cia compania compagnie societe sociedad anonima de del la las los el al the and y et und of for fze fzco fzc llp lp pvt pte
bhd sdn jsc ojsc cjsc ooo oao zao pjsc international intl group trading holding holdings enterprise enterprises cv rl s de
e k kft doo ab as oy sro sp zoo ek eirl sac saic sci'''.split())

def strip_acc(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def full_tokens(s):
    s = strip_acc(s).lower()
    s = s.replace('&', ' and ')
    s = re.sub(r"['’`´]", '', s)
    # join dotted abbreviations like s.a. / c.v.
    s = re.sub(r'\b(\w)\.(?=\w\b\.?)', r'\1', s)
    s = re.sub(r'[^\w]+', ' ', s)
    return s.split()

def fold(s):
    return ' '.join(full_tokens(s))

def core(s):
    return ' '.join(t for t in full_tokens(s) if t not in LEGAL)

def nospace(s):
    return s.replace(' ', '')

def keys(s):
    f, c = fold(s), core(s)
    out = {f, nospace(f)}
    if c:
        out |= {c, nospace(c)}
    return out

def qkey(s):
    return ' '.join(s.lower().split())

def content_words(s):
    return frozenset(t for t in full_tokens(s) if t not in LEGAL and len(t) > 1)

class Index:
    """Every SDN name/alias (any type) and CSL name/alias."""
    def __init__(self):
        self.sdn = load_sdn()
        self.alts = load_alt()
        self.csl = load_csl()
        self.by_ent = {r['ent']: r for r in self.sdn}
        self.key2src = defaultdict(set)    # fold key -> set of ('sdn', ent) / ('csl', name)
        self.wordsets = defaultdict(set)
        self.word_count = Counter()
        self.word_examples = defaultdict(list)
        self.orgnames = []
        for r in self.sdn:
            names = [r['name']] + [a for _, a in self.alts.get(r['ent'], [])]
            for n in names:
                self._add(n, ('sdn', r['ent']))
                if r['type'] == '' or r['type'] == '-0-':
                    self.orgnames.append(n)
        for n in self.csl:
            self._add(n, ('csl', n))
            self.orgnames.append(n)
        for n in self.orgnames:
            for w in content_words(n):
                self.word_count[w] += 1
                if len(self.word_examples[w]) < 3:
                    self.word_examples[w].append(n)
        self.name_count = Counter(r['name'] for r in self.sdn)
        self.alias_set = set(a for v in self.alts.values() for _, a in v)

    def _add(self, n, src):
        for k in keys(n):
            self.key2src[k].add(src)
        ws = content_words(n)
        if ws:
            self.wordsets[ws].add(src)

    def hits(self, q):
        out = set()
        for k in keys(q):
            out |= self.key2src.get(k, set())
        return out

    def own_keys(self, ent):
        r = self.by_ent[ent]
        out = set()
        for n in [r['name']] + [a for _, a in self.alts.get(ent, [])]:
            out |= keys(n)
        return out

    def shared_words(self, q):
        return [(w, self.word_count[w], self.word_examples[w]) for w in sorted(content_words(q)) if self.word_count[w]]

def prior_files():
    fs = sorted(glob.glob(PRIOR_DIR + '/train*.jsonl')) + [PRIOR_DIR + '/validation.jsonl']
    return [f for f in fs if os.path.basename(f) != 'train48.jsonl']

def load_prior(idx=None):
    """Returns (query keys set, full-fold set, Counter of uses per ent_num, n_files, n_rows). Never prints rows."""
    idx = idx or Index()
    qk, ff, uses = set(), set(), Counter()
    nfiles = nrows = 0
    uniq = {n: None for n, c in idx.name_count.items() if c == 1}
    name2ent = {r['name']: r['ent'] for r in idx.sdn if idx.name_count[r['name']] == 1}
    for fn in prior_files():
        nfiles += 1
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except Exception:
                    continue
                nrows += 1
                q = str(row.get('query', ''))
                qk.add(qkey(q))
                ff.add(fold(q))
                exp = row.get('expected')
                if exp:
                    ents = set(int(x) for x in re.findall(r'ent_num\s+(\d+)', str(row.get('notes', ''))))
                    if not ents and exp in name2ent:
                        ents = {name2ent[exp]}
                    for e in ents:
                        uses[e] += 1
    return qk, ff, uses, nfiles, nrows

ORG_TYPES = ('', '-0-')
def is_org(r):
    return r['type'] in ORG_TYPES
