"""Shared helpers for lookup-train36 (written afresh). Standard library only."""
import csv, json, os, re, unicodedata
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

def load_sdn():
    rows = []
    with open(SDN, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': r[2].strip(),
                         'program': clean(r[3]), 'remarks': clean(r[11]) if len(r) > 11 else ''})
    return rows

def load_alt():
    d = defaultdict(list)
    with open(ALT, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            d[int(r[0])].append((clean(r[2]), r[3].strip()))
    return d

def load_add():
    d = defaultdict(list)
    with open(ADD, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            d[int(r[0])].append((clean(r[2]), clean(r[3]), clean(r[4])))
    return d

def load_csl_names():
    names = []
    with open(CSL, encoding='utf-8', errors='replace', newline='') as f:
        rd = csv.DictReader(f)
        for r in rd:
            n = (r.get('name') or '').strip()
            if n:
                names.append(n)
            for a in (r.get('alt_names') or '').split(';'):
                a = a.strip()
                if a:
                    names.append(a)
    return names

LEGAL = set('''s a sa sas sl srl sarl sal sac saic sae spa ag gmbh kg co corp corporation company inc incorporated
ltd limited llc lp llp plc pvt pte bv nv oy ab as asa oao ooo zao pao jsc ojsc cjsc de cv rl r l c v en cs
ltda cia y and the of el la los las del da do e et und fze fzco fzc fz llc ca c a eirl sa de cv sapi bhd sdn
group grupo holding holdings international intl trading ie s en c'''.split())

def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def key_ws(s):
    """Lower-case + whitespace fold."""
    return ' '.join(s.lower().split())

def fold(s):
    """Accent + punctuation fold; dots inside abbreviations joined."""
    s = strip_accents(s).lower()
    s = re.sub(r"(?<=\b\w)\.(?=\w\b)", '', s)  # s.a. -> sa.
    s = s.replace("'", '').replace('\u2019', '')
    s = re.sub(r'[^\w]+', ' ', s, flags=re.UNICODE)
    return ' '.join(s.split())

def fold_keys(s):
    f = fold(s)
    toks = f.split()
    core = [t for t in toks if t not in LEGAL]
    ks = {f, f.replace(' ', '')}
    if core:
        ks.add(' '.join(core)); ks.add(''.join(core))
    ks.discard('')
    return ks

def content_words(s):
    return [t for t in fold(s).split() if t not in LEGAL and len(t) > 1]

def load_prior():
    """Return (set of normalised query keys, Counter ent_num -> uses) from earlier sets.
    Never returns or prints rows."""
    sdn = load_sdn()
    namecount = Counter(r['name'] for r in sdn)
    name2ent = {r['name']: r['ent'] for r in sdn if namecount[r['name']] == 1}
    keys, uses = set(), Counter()
    files = ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 36)]
    nrows = 0
    for fn in files:
        p = os.path.join(PRIOR_DIR, fn)
        if not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    r = json.loads(line)
                except Exception:
                    continue
                nrows += 1
                q = r.get('query') or ''
                keys.add(('ws', key_ws(q))); keys.add(('fold', fold(q)))
                exp = r.get('expected')
                if exp is None:
                    continue
                ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                if not ents and exp in name2ent:
                    ents = {name2ent[exp]}
                for e in ents:
                    uses[e] += 1
    return keys, uses, nrows

def is_prior(q, keys):
    return ('ws', key_ws(q)) in keys or ('fold', fold(q)) in keys

class Index:
    """All listed names (SDN names of any type, alt.csv aliases, CSL names/aliases) by fold key."""
    def __init__(self):
        self.sdn = load_sdn(); self.alt = load_alt(); self.add = load_add()
        self.csl = load_csl_names()
        self.by_ent = {r['ent']: r for r in self.sdn}
        self.namecount = Counter(r['name'] for r in self.sdn)
        self.exact = set(r['name'] for r in self.sdn)
        self.key2ents = defaultdict(set)
        for r in self.sdn:
            for k in fold_keys(r['name']):
                self.key2ents[k].add(r['ent'])
        for e, al in self.alt.items():
            for _, a in al:
                self.exact.add(a)
                for k in fold_keys(a):
                    self.key2ents[k].add(e)
        for n in self.csl:
            self.exact.add(n)
            for k in fold_keys(n):
                self.key2ents[k].add(-1)
        self.alias_names = set(a for al in self.alt.values() for _, a in al)
        # content words of organisations
        self.word_orgs = defaultdict(set)
        for r in self.sdn:
            if r['type'] == '-0-':
                for t in set(content_words(r['name'])):
                    self.word_orgs[t].add(r['name'])
                for _, a in self.alt.get(r['ent'], []):
                    for t in set(content_words(a)):
                        self.word_orgs[t].add(r['name'])
        self.indiv_tokens = [set(fold(r['name']).split()) for r in self.sdn if r['type'] == 'individual']

    def names_of(self, e):
        return [self.by_ent[e]['name']] + [a for _, a in self.alt.get(e, [])]

    def matches_other(self, q, e):
        """Does q fold to a name/alias of a record other than e (or CSL)?"""
        for k in fold_keys(q):
            if self.key2ents.get(k, set()) - {e}:
                return True
        return False

    def listed(self, q):
        if q in self.exact:
            return True
        return any(k in self.key2ents for k in fold_keys(q))

    def is_org_unique(self, name):
        ents = [r for r in self.sdn if r['name'] == name]
        return len(ents) == 1 and ents[0]['type'] == '-0-' and name not in self.alias_names
