"""Shared helpers for lookup-train39 (written afresh for this set)."""
import csv, json, os, re, unicodedata, glob
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
            rows.append({'ent': int(r[0]), 'name': r[1], 'type': clean(r[2]),
                         'program': clean(r[3]), 'remarks': clean(r[11]) if len(r) > 11 else ''})
    return rows


def load_alt():
    out = defaultdict(list)
    with open(ALT, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            out[int(r[0])].append((clean(r[2]), r[3]))
    return out


def load_add():
    out = defaultdict(list)
    with open(ADD, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            out[int(r[0])].append((clean(r[2]), clean(r[3]), clean(r[4])))
    return out


def load_csl_names():
    names = []
    with open(CSL, encoding='utf-8', errors='replace', newline='') as f:
        rd = csv.DictReader(f)
        for r in rd:
            if r.get('name'):
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names


def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def ws_key(s):
    """lower-case + whitespace fold"""
    return ' '.join(s.lower().split())


def full_key(s):
    """lower, accents off, dotted abbreviations joined, punctuation to space"""
    s = strip_accents(s).lower()
    s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('ß', 'ss')
    s = re.sub(r"(?<=\b\w)\.(?=\w\b)", '', s)  # s.a. -> sa.
    s = re.sub(r"[\'\u2019\u2018`]", '', s)
    s = re.sub(r'[^\w]+', ' ', s, flags=re.UNICODE)
    return ' '.join(s.split())


FILLER = set('''the of and for de del la le el al das der und et y e a an in on
co company companies corp corporation inc incorporated ltd limited llc plc gmbh ag sa sas sarl srl spa bv nv
ab as oy oyj kft zao oao ojsc cjsc jsc pjsc pao ooo tov ao llp lp fze fzc fzco est establishment
sdn bhd pte pvt private public joint stock cv rl sl sac eirl lda sro doo dd ad jsc
group holding holdings international intl trading general industries industrial enterprise enterprises
services service company's firm'''.split())


def words(s):
    return full_key(s).split()


def core_key(s):
    w = [x for x in words(s) if x not in FILLER]
    return ' '.join(w)


def keys(s):
    fk = full_key(s)
    ck = core_key(s)
    ks = {fk, fk.replace(' ', '')}
    if ck:
        ks |= {ck, ck.replace(' ', '')}
    ks.discard('')
    return ks


def load_prior():
    """Return (set of normalised earlier query keys, Counter of earlier uses per ent_num).
    Never returns or prints an earlier row."""
    sdn = load_sdn()
    name_count = Counter(r['name'] for r in sdn)
    name2ent = {r['name']: r['ent'] for r in sdn if name_count[r['name']] == 1}
    qkeys = set()
    uses = Counter()
    files = [os.path.join(PRIOR_DIR, 'train.jsonl')] + [
        os.path.join(PRIOR_DIR, 'train%d.jsonl' % i) for i in range(2, 39)]
    nrows = 0
    for fn in files:
        if not os.path.exists(fn):
            continue
        with open(fn, encoding='utf-8') as f:
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
                qkeys.add(ws_key(q))
                qkeys.add(full_key(q))
                exp = r.get('expected')
                if exp:
                    ents = set(int(x) for x in re.findall(r'ent_num\s*(\d+)', r.get('notes') or ''))
                    if not ents and exp in name2ent:
                        ents = {name2ent[exp]}
                    for e in ents:
                        uses[e] += 1
    return qkeys, uses, len(files), nrows


class World:
    def __init__(self):
        self.sdn = load_sdn()
        self.alt = load_alt()
        self.add = load_add()
        self.csl = load_csl_names()
        self.by_ent = {r['ent']: r for r in self.sdn}
        self.name_count = Counter(r['name'] for r in self.sdn)
        # key -> set of owners ('sdn', ent) or ('csl', i)
        self.key_owner = defaultdict(set)
        self.full_owner = defaultdict(set)
        self.exact = set()
        for r in self.sdn:
            for n in [r['name']] + [a for _, a in self.alt.get(r['ent'], [])]:
                self.exact.add(n.strip().lower())
                self.full_owner[full_key(n)].add(r['ent'])
                for k in keys(n):
                    self.key_owner[k].add(r['ent'])
        for i, n in enumerate(self.csl):
            self.exact.add(n.strip().lower())
            self.full_owner[full_key(n)].add('csl%d' % i)
            for k in keys(n):
                self.key_owner[k].add('csl%d' % i)
        self.alias_names = set(a for v in self.alt.values() for _, a in v)
        # word -> orgs containing it
        self.word_orgs = defaultdict(set)
        for r in self.sdn:
            if r['type'] == '':
                for n in [r['name']] + [a for _, a in self.alt.get(r['ent'], [])]:
                    for w in set(words(n)):
                        self.word_orgs[w].add(r['ent'])
        self.indiv_words = defaultdict(set)
        for r in self.sdn:
            if r['type'] == 'individual':
                for w in set(words(r['name'])):
                    self.indiv_words[w].add(r['ent'])

    def own_keys(self, ent):
        r = self.by_ent[ent]
        ks = set()
        for n in [r['name']] + [a for _, a in self.alt.get(ent, [])]:
            ks |= keys(n)
        return ks

    def pool(self):
        """unique-name orgs, name not an alias, no key shared with another record / CSL"""
        out = []
        for r in self.sdn:
            if r['type'] != '' or self.name_count[r['name']] != 1 or r['name'] in self.alias_names:
                continue
            amb = False
            for k in self.own_keys(r['ent']):
                if self.key_owner[k] - {r['ent']}:
                    amb = True
                    break
            if not amb:
                out.append(r['ent'])
        return out

    def neg_clash(self, q):
        """why a negative query clashes with a listed name, or None"""
        if q.strip().lower() in self.exact:
            return 'exact'
        for k in keys(q):
            if k in self.key_owner:
                return 'fold:' + k
        return None

    def shared_words(self, q):
        out = []
        for w in dict.fromkeys(words(q)):
            if w in FILLER or len(w) < 2:
                continue
            if w in self.word_orgs:
                ex = sorted(self.word_orgs[w])[:3]
                out.append((w, len(self.word_orgs[w]), [self.by_ent[e]['name'] for e in ex]))
        return out
