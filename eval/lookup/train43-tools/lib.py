"""Shared helpers for lookup-train43 (written afresh, standard library only)."""
import csv, glob, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
SDN = os.path.join(DATA, 'ofac-sdn-2019')
PRIOR_DIR = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))


def _v(x):
    x = (x or '').strip()
    return '' if x == '-0-' else x


def load_sdn():
    rows = {}
    with open(os.path.join(SDN, 'sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip().isdigit():
                continue
            rows[int(r[0])] = {'ent': int(r[0]), 'name': r[1].strip(), 'type': _v(r[2]),
                               'program': _v(r[3]), 'remarks': _v(r[11]) if len(r) > 11 else ''}
    return rows


def load_alt():
    alts = defaultdict(list)
    with open(os.path.join(SDN, 'alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip().isdigit():
                continue
            alts[int(r[0])].append((_v(r[2]), r[3].strip()))
    return alts


def load_add():
    adds = defaultdict(list)
    with open(os.path.join(SDN, 'add.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5 or not r[0].strip().isdigit():
                continue
            adds[int(r[0])].append((_v(r[2]), _v(r[3]), _v(r[4])))
    return adds


def load_csl_names():
    names = []
    with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name', '').strip():
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names


def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def ws_key(s):
    return ' '.join(s.lower().split())


def full_fold(s):
    s = strip_accents(s).lower()
    s = s.replace('&', ' and ')
    s = re.sub(r"['’`´]", '', s)
    # join dotted abbreviations like s.a. / u.k.
    s = re.sub(r'\b((?:\w\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())


FILLER = set('''co company corp corporation inc incorporated ltd limited llc llp plc pte pvt private sa sas sarl srl
spa ag gmbh kg bv nv oy ab as aps ooo oao zao pao jsc cjsc ojsc pjsc fze fzco fzc fzllc est establishment
international intl group trading holding holdings de del la el al the and of y e et und for cv s a rl l
'''.split())


def core_fold(s):
    return ' '.join(w for w in full_fold(s).split() if w not in FILLER)


def keys(s):
    f = full_fold(s)
    c = core_fold(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    out.discard('')
    return out


def content_words(s):
    return [w for w in full_fold(s).split() if w not in FILLER and len(w) > 1]


def prior_files():
    fs = glob.glob(os.path.join(PRIOR_DIR, 'train*.jsonl'))
    return sorted(f for f in fs if re.fullmatch(r'train\d*\.jsonl', os.path.basename(f)))


def load_prior(sdn=None):
    """Return (set of ws keys, set of full-fold keys, Counter ent->uses, n_files, n_rows).
    Never returns or prints any earlier row."""
    sdn = sdn or load_sdn()
    name_count = Counter(r['name'] for r in sdn.values())
    by_name = {r['name']: e for e, r in sdn.items() if name_count[r['name']] == 1}
    wsk, ffk = set(), set()
    uses = Counter()
    files = prior_files()
    n = 0
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    r = json.loads(line)
                except Exception:
                    continue
                n += 1
                q = r.get('query') or ''
                wsk.add(ws_key(q))
                ffk.add(full_fold(q))
                if r.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and r['expected'] in by_name:
                        ents = {by_name[r['expected']]}
                    for e in ents:
                        uses[e] += 1
    return wsk, ffk, uses, len(files), n


class World:
    def __init__(self):
        self.sdn = load_sdn()
        self.alt = load_alt()
        self.add = load_add()
        self.csl = load_csl_names()
        self.name_count = Counter(r['name'] for r in self.sdn.values())
        self.alias_names = set(a for v in self.alt.values() for _, a in v)
        # key -> set of owners ('sdn', ent) or ('csl', name)
        self.key_owner = defaultdict(set)
        self.exact = set()
        self.org_words = []  # (ent, set(content words)) for orgs' names and aliases
        for e, r in self.sdn.items():
            names = [r['name']] + [a for _, a in self.alt.get(e, [])]
            for nm in names:
                self.exact.add(ws_key(nm))
                for k in keys(nm):
                    self.key_owner[k].add(('sdn', e))
                if r['type'] == '':
                    self.org_words.append((e, set(content_words(nm)), nm))
        for nm in self.csl:
            self.exact.add(ws_key(nm))
            for k in keys(nm):
                self.key_owner[k].add(('csl', nm))
        self.word_freq = Counter()
        self.word_examples = defaultdict(list)
        for e, ws, nm in self.org_words:
            for w in ws:
                self.word_freq[w] += 1
                if len(self.word_examples[w]) < 3:
                    if nm not in self.word_examples[w]:
                        self.word_examples[w].append(nm)

    def own_keys(self, e):
        r = self.sdn[e]
        ks = set()
        for nm in [r['name']] + [a for _, a in self.alt.get(e, [])]:
            ks |= keys(nm)
        return ks

    def owners(self, s):
        o = set()
        for k in keys(s):
            o |= self.key_owner.get(k, set())
        return o

    def in_pool(self, e):
        r = self.sdn.get(e)
        if not r or r['type'] != '':
            return False
        if self.name_count[r['name']] != 1 or r['name'] in self.alias_names:
            return False
        for k in self.own_keys(e):
            for o in self.key_owner.get(k, ()):
                if o != ('sdn', e):
                    return False
        return True
