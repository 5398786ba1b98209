"""Data loading and fold keys for lookup-train50 (standard library only).

Reads sdn.csv, alt.csv, add.csv (never sdn_comments.csv) and csl.csv (name and
alt_names only).  load_prior() reads the earlier sets and returns ONLY a set of
query keys and a Counter of entity uses; it never returns or prints a row.
"""
import csv, glob, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
SDN = os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv')
ALT = os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv')
ADD = os.path.join(DATA, 'ofac-sdn-2019', 'add.csv')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
PRIOR_DIR = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))


def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


def read_sdn():
    rows = []
    with open(SDN, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            rows.append({'ent': r[0].strip(), 'name': r[1].strip(), 'type': r[2].strip(),
                         'program': r[3].strip(), 'remarks': clean(r[11]) if len(r) > 11 else ''})
    return rows


def read_alt():
    out = defaultdict(list)
    with open(ALT, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            out[r[0].strip()].append((clean(r[2]), r[3].strip()))
    return out


def read_add():
    out = defaultdict(list)
    with open(ADD, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            out[r[0].strip()].append(', '.join(x for x in (clean(r[2]), clean(r[3]), clean(r[4])) if x))
    return out


def read_csl():
    names = []
    with open(CSL, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.DictReader(f):
            n = (r.get('name') or '').strip()
            if n:
                names.append(n)
            for a in (r.get('alt_names') or '').split(';'):
                a = a.strip()
                if a:
                    names.append(a)
    return names


# ---------------------------------------------------------------- folding
LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a sas sac sarl srl
gmbh ag kg bv nv ab as oy spa pte pvt pty ltda cia compania sociedad anonima cv de del la las los el al the and of
y e et und für fur for international intl group grp holding holdings trading establishment est fze fzco
jsc ojsc cjsc ooo oao zao tov llp lp kft zrt sro doo dd ad bhd sdn tbk pt cc sl slu sc scs scp sp zoo
enterprise enterprises'''.split())


def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def key(s):
    return ' '.join(s.lower().split())


def full(s):
    s = strip_accents(s).lower()
    s = s.replace("'", '').replace('\u2019', '').replace('`', '')
    # join dotted abbreviations: s.a. -> sa, u.s.a -> usa
    s = re.sub(r'\b(?:[^\W\d_]\.){2,}', lambda m: m.group(0).replace('.', '') + ' ', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[^\w]+', ' ', s)
    s = s.replace('_', ' ')
    return ' '.join(s.split())


def words(s):
    return full(s).split()


def core(s):
    return ' '.join(w for w in words(s) if w not in LEGAL)


def content(s):
    return frozenset(w for w in words(s) if w not in LEGAL)


def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return out


def has_latin(s):
    return any(('a' <= ch.lower() <= 'z') for ch in strip_accents(s))


def nonlatin_letters(s):
    return any(ch.isalpha() and not ('a' <= strip_accents(ch).lower() <= 'z') and ord(ch) > 0x24F for ch in s)


def is_chinese(s):
    return any('\u4e00' <= ch <= '\u9fff' for ch in s)


# ---------------------------------------------------------------- index
class Index:
    """Every SDN name/alias (any type) and every CSL name/alias."""

    def __init__(self):
        self.sdn = read_sdn()
        self.alt = read_alt()
        self.by_ent = {r['ent']: r for r in self.sdn}
        self.name_count = Counter(r['name'] for r in self.sdn)
        self.alias_names = set()
        self.owners = defaultdict(set)      # fold -> set of owners ('ent' or 'CSL')
        self.wordsets = defaultdict(set)    # content set -> owners
        self.org_word = defaultdict(set)    # word -> org names/aliases containing it
        self.org_wordsets = []              # (owner, content set) for org names/aliases
        self.all_names = []
        for r in self.sdn:
            names = [r['name']] + [a for _, a in self.alt.get(r['ent'], [])]
            for a in self.alt.get(r['ent'], []):
                self.alias_names.add(a[1])
            for n in names:
                self._add(r['ent'], n, r['type'] == '-0-' or r['type'] == '')
        self.csl = read_csl()
        for n in self.csl:
            self._add('CSL', n, True)

    def _add(self, owner, n, org):
        self.all_names.append(n)
        for k in folds(n):
            if k:
                self.owners[k].add(owner)
        cs = content(n)
        if cs:
            self.wordsets[cs].add(owner)
        if org:
            for w in set(words(n)):
                if w not in LEGAL:
                    self.org_word[w].add(n)
            if cs:
                self.org_wordsets.append((owner, cs))

    def names_of(self, ent):
        return [self.by_ent[ent]['name']] + [a for _, a in self.alt.get(ent, [])]

    def own_folds(self, ent):
        out = set()
        for n in self.names_of(ent):
            out |= folds(n)
        return out

    def hits(self, q):
        """owners whose name/alias a fold of q lands on"""
        out = set()
        for k in folds(q):
            out |= self.owners.get(k, set())
        return out

    def shared_words(self, q):
        res = []
        for w in dict.fromkeys(words(q)):
            if w in LEGAL:
                continue
            ns = self.org_word.get(w)
            if ns:
                res.append((w, len(ns), sorted(ns)[:3]))
        return res


# ---------------------------------------------------------------- prior sets
def prior_files():
    fs = sorted(glob.glob(os.path.join(PRIOR_DIR, 'train*.jsonl')))
    fs += [os.path.join(PRIOR_DIR, 'validation.jsonl')]
    return [f for f in fs if os.path.basename(f) != 'train50.jsonl' and os.path.exists(f)]


def load_prior(idx=None):
    """Return (keys, fullfolds, uses, nfiles, nrows). Never returns rows."""
    idx = idx or Index()
    uniq = {n: r['ent'] for r in idx.sdn for n in [r['name']] if idx.name_count[n] == 1}
    keys, ffs, uses = set(), set(), Counter()
    nfiles = nrows = 0
    for fn in prior_files():
        nfiles += 1
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    d = json.loads(line)
                except Exception:
                    continue
                nrows += 1
                q = d.get('query') or ''
                keys.add(key(q))
                ffs.add(full(q))
                if d.get('expected'):
                    ents = re.findall(r'ent_num (\d+)', d.get('notes') or '')
                    if ents:
                        for e in set(ents):
                            uses[e] += 1
                    elif d['expected'] in uniq:
                        uses[uniq[d['expected']]] += 1
    return keys, ffs, uses, nfiles, nrows
