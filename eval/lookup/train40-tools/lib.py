"""train40 tools: data loading, fold keys, prior-set usage counts (own code, stdlib only)."""
import csv, json, os, re, unicodedata, glob
from collections import Counter, defaultdict

DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
PRIOR_DIR = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))


def _v(x):
    x = x.strip()
    return '' if x == '-0-' else x


def load_sdn():
    rows = []
    with open(os.path.join(SDN_DIR, 'sdn.csv'), encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip().isdigit():
                continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': r[2].strip(),
                         'program': r[3].strip(), 'remarks': _v(r[11]) if len(r) > 11 else ''})
    return rows


def load_alt():
    d = defaultdict(list)
    with open(os.path.join(SDN_DIR, 'alt.csv'), encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip().isdigit():
                continue
            d[int(r[0])].append((_v(r[2]), r[3].strip()))
    return d


def load_add():
    d = defaultdict(list)
    with open(os.path.join(SDN_DIR, 'add.csv'), encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5 or not r[0].strip().isdigit():
                continue
            d[int(r[0])].append(tuple(_v(x) for x in r[2:5]))
    return d


def load_csl_names():
    out = []
    with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.DictReader(f):
            if r.get('name'):
                out.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    out.append(a.strip())
    return out


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


LEGAL = set('''co company corp corporation inc incorporated ltd limited llc llp plc lp sa sas sarl sl srl spa sp z oo
ag gmbh kg bv nv ab as oy oyj aps asa se ooo oao zao pao jsc ojsc cjsc pjsc ao tov pp chp fze fzco fzc fz llc wll
bhd sdn pte pvt pty cia cv de la el al the of and for y et und e i da do des du le les di del
international intl group trading trade holding holdings general joint stock enterprise enterprises est establishment
s a c r l'''.split())


def full_key(s):
    s = strip_accents(s).lower()
    s = re.sub(r"\b(\w)\.(?=\w\.)", r"\1", s)  # join dotted abbreviations a.b.c.
    s = re.sub(r"\b(\w)\.(\w)\b\.?", r"\1\2", s)
    s = s.replace('&', ' and ')
    s = re.sub(r"[’'`ʻʼ]", '', s)
    s = re.sub(r"[^\w]+", ' ', s)
    s = s.replace('_', ' ')
    return ' '.join(s.split())


def core_key(s):
    return ' '.join(w for w in full_key(s).split() if w not in LEGAL)


def keys(s):
    f, c = full_key(s), core_key(s)
    out = {('f', f), ('f', f.replace(' ', ''))}
    if c:
        out |= {('c', c), ('c', c.replace(' ', ''))}
    return out


def ws_key(s):
    return ' '.join(s.lower().split())


def prior_files():
    fs = [p for p in glob.glob(os.path.join(PRIOR_DIR, 'train*.jsonl'))
          if re.fullmatch(r'train\d*\.jsonl', os.path.basename(p))]
    return sorted(fs)


def load_prior(name_to_ents=None):
    """Return (query key set, Counter ent->uses, nfiles, nrows). Prints nothing about rows."""
    if name_to_ents is None:
        name_to_ents = defaultdict(list)
        for r in load_sdn():
            name_to_ents[r['name']].append(r['ent'])
    qkeys, uses = set(), Counter()
    nrows = 0
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                o = json.loads(line)
                nrows += 1
                q = o.get('query') or ''
                qkeys.add(('w', ws_key(q)))
                qkeys.add(('f', full_key(q)))
                if o.get('expected') is None:
                    continue
                ents = {int(x) for x in re.findall(r'ent_num\s*(\d+)', o.get('notes') or '')}
                if not ents:
                    e = name_to_ents.get(o['expected'], [])
                    if len(e) == 1:
                        ents = {e[0]}
                for e in ents:
                    uses[e] += 1
    return qkeys, uses, len(files), nrows


def query_seen(q, qkeys):
    return ('w', ws_key(q)) in qkeys or ('f', full_key(q)) in qkeys


class World:
    def __init__(self):
        self.sdn = load_sdn()
        self.alt = load_alt()
        self.add = load_add()
        self.csl = load_csl_names()
        self.by_ent = {r['ent']: r for r in self.sdn}
        self.name_count = Counter(r['name'] for r in self.sdn)
        self.alias_names = set(a for v in self.alt.values() for _, a in v)
        # key -> set of ents owning it (names + aliases); CSL as ent -1
        self.key_owner = defaultdict(set)
        self.exact = defaultdict(set)
        for r in self.sdn:
            for k in keys(r['name']):
                self.key_owner[k].add(r['ent'])
            self.exact[r['name'].lower()].add(r['ent'])
        for e, v in self.alt.items():
            for _, a in v:
                for k in keys(a):
                    self.key_owner[k].add(e)
                self.exact[a.lower()].add(e)
        for n in self.csl:
            for k in keys(n):
                self.key_owner[k].add(-1)
            self.exact[n.lower()].add(-1)
        # content words of organisations
        self.word_orgs = defaultdict(set)
        for r in self.sdn:
            if r['type'] == '-0-':
                for w in set(core_key(r['name']).split()):
                    self.word_orgs[w].add(r['ent'])
                for _, a in self.alt.get(r['ent'], []):
                    for w in set(core_key(a).split()):
                        self.word_orgs[w].add(r['ent'])

    def names_of(self, e):
        return [self.by_ent[e]['name']] + [a for _, a in self.alt.get(e, [])]

    def owners(self, q):
        o = set()
        for k in keys(q):
            o |= self.key_owner.get(k, set())
        o |= self.exact.get(q.lower(), set())
        return o
