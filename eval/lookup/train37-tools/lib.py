"""Shared helpers for lookup-train37 (written afresh for this set)."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
SDN = os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv')
ALT = os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv')
ADD = os.path.join(DATA, 'ofac-sdn-2019', 'add.csv')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
PRIOR_FILES = (['/work/main/eval/lookup/train.jsonl'] +
               ['/work/main/eval/lookup/train%d.jsonl' % i for i in range(2, 36)] +
               ['/work/blind/lookup-train36/train36.jsonl'])


def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


def read_sdn():
    rows = []
    with open(SDN, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': r[2].strip(),
                         'program': clean(r[3]), 'remarks': clean(r[11]) if len(r) > 11 else ''})
    return rows


def read_alt():
    out = defaultdict(list)
    with open(ALT, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            out[int(r[0])].append((clean(r[2]), r[3].strip()))
    return out


def read_add():
    out = defaultdict(list)
    with open(ADD, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            out[int(r[0])].append((clean(r[2]), clean(r[3]), clean(r[4])))
    return out


def read_csl_names():
    names = []
    with open(CSL, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.DictReader(f):
            if r.get('name'):
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names


def key_ws(s):
    return ' '.join(s.lower().split())


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def fold(s):
    """lower-case, strip accents, join dots inside abbreviations, punctuation -> space."""
    s = strip_accents(s).lower()
    s = re.sub(r'(?<=\b\w)\.(?=\w\b)', '', s)   # s.a. -> sa.
    s = re.sub(r'(?<=\b\w)\.(?=\s|$)', '', s)
    s = s.replace('&', ' and ')
    s = re.sub(r"[\W_]+", ' ', s)
    return ' '.join(s.split())


LEGAL = set('''sa s a sas ltd limited llc inc co company corp corporation cia compania gmbh ag bv nv
plc pte pvt private de cv rl srl sl sociedad anonima ltda and y e the of jsc ojsc oao zao ooo cjsc pjsc fze fzco fzc
sdn bhd lp sarl spa ca sc en cs group grupo international internacional trading holding holdings
enterprise enterprises establishment est industries industrial s de sac eirl kg oy ab as doo d o o
llp pty pt tbk jv cooperative general commercial comercial el la los las del al'''.split())


def core(s):
    return ' '.join(w for w in fold(s).split() if w not in LEGAL)


def keys(s):
    f = fold(s)
    c = core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return out


def load_prior():
    """Return (set of normalised earlier query keys, Counter of per-entity use counts).
    Never returns or prints rows."""
    qkeys = set()
    uses = Counter()
    sdn = read_sdn()
    cnt = Counter(r['name'] for r in sdn)
    by_name = {r['name']: r['ent'] for r in sdn if cnt[r['name']] == 1}
    nfiles = nrows = 0
    for p in PRIOR_FILES:
        if not os.path.exists(p):
            continue
        nfiles += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                nrows += 1
                q = r.get('query') or ''
                qkeys.add('W:' + key_ws(q))
                qkeys.add('F:' + fold(q))
                if r.get('expected') is None:
                    continue
                ents = set(int(x) for x in re.findall(r'ent_num\s*(\d+)', r.get('notes') or ''))
                if not ents and r.get('expected') in by_name:
                    ents = {by_name[r['expected']]}
                for e in ents:
                    uses[e] += 1
    return qkeys, uses, nfiles, nrows


def is_prior(q, qkeys):
    return ('W:' + key_ws(q)) in qkeys or ('F:' + fold(q)) in qkeys


def owner_index(sdn=None, alt=None, csl=None):
    """fold key -> set of ent_nums whose name or alias has that key (CSL names under -1)."""
    sdn = sdn if sdn is not None else read_sdn()
    alt = alt if alt is not None else read_alt()
    csl = csl if csl is not None else read_csl_names()
    owner = defaultdict(set)
    for r in sdn:
        for k in keys(r['name']):
            owner[k].add(r['ent'])
        for _, a in alt.get(r['ent'], []):
            for k in keys(a):
                owner[k].add(r['ent'])
    for n in csl:
        for k in keys(n):
            owner[k].add(-1)
    return owner


def own_keys(ent, sdn_by_ent, alt):
    ks = set(keys(sdn_by_ent[ent]['name']))
    for _, a in alt.get(ent, []):
        ks |= keys(a)
    return ks


def neg_hits(q, owner):
    """names/aliases (of any SDN record or CSL) that the negative query equals after folding (full form)."""
    f = fold(q)
    hits = set()
    for k in (f, f.replace(' ', '')):
        hits |= owner.get(k, set())
    c = core(q)
    if c:
        for k in (c, c.replace(' ', '')):
            hits |= owner.get(k, set())
    return hits
