"""Shared helpers for lookup-train33 (written afresh; standard library only).

Reads only /work/shared/data (sdn.csv, alt.csv, add.csv, csl.csv) and, through
load_prior, the earlier sets train.jsonl ... train32.jsonl. load_prior returns
only normalised query keys and per-entity use counts; nothing prints a prior row.
"""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
PRIOR_DIR = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)

def _clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

def read_sdn():
    rows = []
    with open(os.path.join(SDN_DIR, 'sdn.csv'), newline='', encoding='utf-8') as f:
        for r in csv.reader(f):
            if not r or not r[0].strip().isdigit():
                continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': _clean(r[2]),
                         'program': _clean(r[3]), 'remarks': _clean(r[11]) if len(r) > 11 else ''})
    return rows

def read_alt():
    out = defaultdict(list)
    with open(os.path.join(SDN_DIR, 'alt.csv'), newline='', encoding='utf-8') as f:
        for r in csv.reader(f):
            if not r or not r[0].strip().isdigit():
                continue
            out[int(r[0])].append((_clean(r[2]), r[3].strip()))
    return out

def read_add():
    out = defaultdict(list)
    with open(os.path.join(SDN_DIR, 'add.csv'), newline='', encoding='utf-8') as f:
        for r in csv.reader(f):
            if not r or not r[0].strip().isdigit():
                continue
            out[int(r[0])].append({'address': _clean(r[2]), 'city': _clean(r[3]), 'country': _clean(r[4])})
    return out

def read_csl_names():
    names = []
    with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if r.get('name'):
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names

# ---------- folding ----------
def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def key_ws(s):
    """lower-case + whitespace fold"""
    return ' '.join(s.lower().split())

def fold(s):
    """accents removed, lower-case, punctuation -> space, whitespace collapsed (keeps non-Latin letters)"""
    s = strip_accents(s).lower().replace('&', ' and ')
    s = re.sub(r"['\u2019`]", '', s)
    s = re.sub(r'(?<=\w)\.(?=\w)', '', s)          # S.A. -> SA., B.V. -> BV.
    s = re.sub(r'[^\w]+', ' ', s, flags=re.UNICODE).replace('_', ' ')
    return ' '.join(s.split())

LEGAL = set('''co company companies corp corporation inc incorporated ltd limited llc llp lp plc sa s a de cv c v
rl r l srl sarl sas bv nv gmbh ag kg oy ab as asa aps spa sl slu ltda cia eirl pjsc ojsc cjsc jsc ooo zao oao
pao pte pvt fze fzco fzc fz llc sociedad anonima responsabilidad limitada variable capital the and of y e del la el
los las en et der die und group grupo holding holdings international intl trading establishment est sal pjs
commandite sdn bhd bv nv sac eirl spr ri sc scs cc kk eu ca doo pvt private sro sprl sarl spa tbk pt kft zrt doo ad ood eood sro sp zoo spol gesellschaft mit beschrankter haftung beschraenkter
'''.split())

def fold_nolegal(s):
    return ' '.join(t for t in fold(s).split() if t not in LEGAL)

def fold_variants(s):
    a = fold(s)
    b = fold_nolegal(s)
    out = {a, a.replace(' ', '')}
    if b:
        out |= {b, b.replace(' ', '')}
    return out

def prior_keys_of(q):
    return {('ws', key_ws(q)), ('fold', fold(q))}

# ---------- earlier sets ----------
ENT_RE = re.compile(r'ent_num\s*(\d+)')

def prior_files():
    fs = []
    for fn in os.listdir(PRIOR_DIR):
        m = re.fullmatch(r'train(\d*)\.jsonl', fn)
        if m:
            n = int(m.group(1) or 1)
            if n <= 32:
                fs.append((n, os.path.join(PRIOR_DIR, fn)))
    return [p for _, p in sorted(fs)]

def load_prior(unique_name_to_ent=None):
    """Return (keys, uses, nfiles, nrows). keys: set of (kind, normalised query);
    uses: Counter ent_num -> number of earlier rows that targeted it. Never returns rows."""
    keys, uses = set(), Counter()
    files = prior_files(); nrows = 0
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    r = json.loads(line)
                except ValueError:
                    continue
                nrows += 1
                q = r.get('query') or ''
                keys |= prior_keys_of(q)
                ents = {int(x) for x in ENT_RE.findall(str(r.get('notes') or ''))}
                if not ents and r.get('expected') and unique_name_to_ent:
                    e = unique_name_to_ent.get(r['expected'])
                    if e:
                        ents = {e}
                for e in ents:
                    uses[e] += 1
    return keys, uses, len(files), nrows

def is_prior(q, keys):
    return bool(prior_keys_of(q) & keys)

# ---------- index ----------
class Index:
    def __init__(self):
        self.sdn = read_sdn()
        self.alt = read_alt()
        self.add = read_add()
        self.by_ent = {r['ent']: r for r in self.sdn}
        cnt = Counter(r['name'] for r in self.sdn)
        self.name_count = cnt
        alias_names = Counter(a for v in self.alt.values() for _, a in v)
        self.alias_names = alias_names
        self.orgs = [r for r in self.sdn if r['type'] == '']
        self.unique_org = {r['name']: r['ent'] for r in self.orgs
                           if cnt[r['name']] == 1 and r['name'] not in alias_names}
        # folded-form -> set of ent_nums (names and aliases of every record)
        self.fmap = defaultdict(set)
        for r in self.sdn:
            for v in fold_variants(r['name']):
                self.fmap[v].add(r['ent'])
            for _, a in self.alt.get(r['ent'], []):
                for v in fold_variants(a):
                    self.fmap[v].add(r['ent'])
        self.csl = read_csl_names()
        self.csl_f = set()
        for n in self.csl:
            self.csl_f |= fold_variants(n)
        # content-word -> set of org ents (names + aliases)
        self.word_orgs = defaultdict(set)
        for r in self.orgs:
            toks = set(fold_nolegal(r['name']).split())
            for _, a in self.alt.get(r['ent'], []):
                toks |= set(fold_nolegal(a).split())
            for t in toks:
                if len(t) > 1:
                    self.word_orgs[t].add(r['ent'])

    def fold_hits(self, q):
        s = set()
        for v in fold_variants(q):
            s |= self.fmap.get(v, set())
        return s

    def names_of(self, ent):
        r = self.by_ent[ent]
        return [r['name']] + [a for _, a in self.alt.get(ent, [])]

def program_plus(p):
    return '+'.join(x.strip() for x in re.split(r'\]\s*\[', p.strip('[] ')) if x.strip())
