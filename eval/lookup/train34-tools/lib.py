"""Shared helpers for lookup-train34 (standard library only).

Reads the OFAC SDN 2019 files and the CSL sample from /work/shared/data, and the
earlier training sets only through load_prior(), which returns fold keys and
per-entity use counts (never rows).
"""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
PRIOR_DIR = '/work/main/eval/lookup'
PRIOR_FILES = ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 34)]
HERE = os.path.dirname(os.path.abspath(__file__))

LEGAL = set('''s a sa de cv c v srl s r l sas ltd limited llc l l c inc incorporated co company corp corporation
plc gmbh ag bv b v nv n v oy ab as spa s p a sarl sl ltda cia compania pte pvt private fze fzco fzc fz jsc ojsc cjsc pjsc
ooo zao oao pao llp lp lda sociedad anonima responsabilidad limitada variable capital rl sc s c ci c i en comandita
the of and y e et del la el los las trading group holding holdings international intl'''.split())
KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy',
         'word_order', 'transliteration', 'translation', 'partial', 'script']
NEG_CATS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
            'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
STOP = set('the of and for de del la el los las y e et a an in on at to al da do di du van von der den'.split())


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def key_ws(s):
    """Fold 1: lower-case, whitespace collapsed."""
    return ' '.join(s.lower().split())


def key_punct(s):
    """Fold 2: accents and punctuation removed, dots inside abbreviations joined."""
    s = strip_accents(s).lower()
    s = re.sub(r'\b(\w)\.(?=\w\.)', r'\1', s)
    s = re.sub(r'\b(\w)\.', r'\1', s)
    s = re.sub(r"[\W_]+", ' ', s)
    return ' '.join(s.split())


def tokens(s):
    return key_punct(s).split()


def content_tokens(s):
    return [t for t in tokens(s) if t not in LEGAL and t not in STOP and len(t) > 1]


def folds(s):
    """All fold forms used for equality checks."""
    k = key_punct(s)
    out = {k, k.replace(' ', '')}
    c = ' '.join(t for t in k.split() if t not in LEGAL)
    if c:
        out |= {c, c.replace(' ', '')}
    return out


def _rows(name):
    with open(os.path.join(SDN_DIR, name), newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            yield [x.strip() for x in r]


def clean(v):
    return '' if v in ('-0-', '') else v


_CACHE = {}


def load_sdn():
    if 'sdn' in _CACHE:
        return _CACHE['sdn']
    sdn = {}
    for r in _rows('sdn.csv'):
        if len(r) < 4 or not r[0].isdigit():
            continue
        sdn[int(r[0])] = {'ent': int(r[0]), 'name': r[1], 'type': clean(r[2]), 'program': r[3],
                          'remarks': clean(r[11]) if len(r) > 11 else ''}
    alts = defaultdict(list)
    for r in _rows('alt.csv'):
        if len(r) < 4 or not r[0].isdigit():
            continue
        alts[int(r[0])].append((clean(r[2]), r[3]))
    adds = defaultdict(list)
    for r in _rows('add.csv'):
        if len(r) < 5 or not r[0].isdigit():
            continue
        adds[int(r[0])].append({'address': clean(r[2]), 'city': clean(r[3]), 'country': clean(r[4])})
    _CACHE['sdn'] = (sdn, alts, adds)
    return _CACHE['sdn']


def load_csl_names():
    names = []
    with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), newline='', encoding='utf-8', errors='replace') as f:
        rd = csv.DictReader(f)
        for r in rd:
            if r.get('name'):
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names


def fold_index():
    """fold -> set of ent_nums (SDN names + aliases, all types); 'csl' for CSL names."""
    if 'fidx' in _CACHE:
        return _CACHE['fidx']
    sdn, alts, _ = load_sdn()
    idx = defaultdict(set)
    for e, d in sdn.items():
        for f in folds(d['name']):
            idx[f].add(e)
        for _, a in alts[e]:
            for f in folds(a):
                idx[f].add(e)
    for n in load_csl_names():
        for f in folds(n):
            idx[f].add('csl')
    _CACHE['fidx'] = idx
    return idx


def exact_names():
    sdn, alts, _ = load_sdn()
    s = set()
    for e, d in sdn.items():
        s.add(d['name'].strip().lower())
        for _, a in alts[e]:
            s.add(a.strip().lower())
    return s


def unique_orgs():
    """ent -> record for -0- organisations whose SDN_Name occurs once in sdn.csv and is no alias."""
    sdn, alts, _ = load_sdn()
    cnt = Counter(d['name'] for d in sdn.values())
    alias_names = set(a for L in alts.values() for _, a in L)
    return {e: d for e, d in sdn.items()
            if d['type'] == '' and cnt[d['name']] == 1 and d['name'] not in alias_names}


def org_token_sets():
    """list of (ent, token set) for all organisation names and aliases (content tokens)."""
    sdn, alts, _ = load_sdn()
    out = []
    for e, d in sdn.items():
        if d['type'] != '':
            continue
        for n in [d['name']] + [a for _, a in alts[e]]:
            ts = set(content_tokens(n))
            if ts:
                out.append((e, ts))
    return out


def word_org_counts():
    """content word -> number of listed organisations (any name/alias) containing it."""
    c = defaultdict(set)
    for e, ts in org_token_sets():
        for t in ts:
            c[t].add(e)
    return c


def load_prior():
    """Return (keys, uses): the set of fold keys of every earlier query, and a Counter
    ent_num -> number of earlier rows that targeted it. Rows are never returned or printed."""
    if 'prior' in _CACHE:
        return _CACHE['prior']
    orgs = unique_orgs()
    byname = {d['name']: e for e, d in orgs.items()}
    keys, uses = set(), Counter()
    nrows = 0
    for fn in PRIOR_FILES:
        p = os.path.join(PRIOR_DIR, fn)
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                nrows += 1
                q = r.get('query') or ''
                keys.add('w:' + key_ws(q))
                keys.add('p:' + key_punct(q))
                ents = set(int(x) for x in re.findall(r'ent_num\s*(\d+)', r.get('notes') or ''))
                if not ents and r.get('expected') in byname:
                    ents = {byname[r['expected']]}
                if r.get('expected') is None:
                    ents = set()
                for e in ents:
                    uses[e] += 1
    _CACHE['prior'] = (keys, uses, nrows)
    return _CACHE['prior']


def is_prior(q):
    keys = load_prior()[0]
    return ('w:' + key_ws(q)) in keys or ('p:' + key_punct(q)) in keys


def ambiguous_ents():
    """unique orgs any of whose folded names/aliases equals a fold of another record."""
    sdn, alts, _ = load_sdn()
    idx = fold_index()
    amb = set()
    for e in unique_orgs():
        for n in [sdn[e]['name']] + [a for _, a in alts[e]]:
            for f in folds(n):
                if idx[f] - {e}:
                    amb.add(e)
    return amb


def other_record_hit(q, ent):
    """True if q folds to a name/alias of a record other than ent (or a CSL name)."""
    idx = fold_index()
    for f in folds(q):
        if idx.get(f, set()) - {ent}:
            return True
    return False


def own_hit(q, ent):
    sdn, alts, _ = load_sdn()
    own = set()
    for n in [sdn[ent]['name']] + [a for _, a in alts[ent]]:
        own |= folds(n)
    return bool(folds(q) & own)


def subset_of_other_org(q, ent):
    ts = set(content_tokens(q))
    if not ts:
        return True
    for e, s in org_token_sets():
        if e != ent and ts <= s:
            return True
    return False
