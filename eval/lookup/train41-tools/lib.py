"""Shared helpers for lookup-train41 (written afresh for this set)."""
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
    rows = {}
    with open(SDN, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            e = int(r[0])
            rows[e] = dict(ent=e, name=clean(r[1]), type=clean(r[2]), program=clean(r[3]),
                           remarks=clean(r[11]) if len(r) > 11 else '')
    return rows


def load_alt():
    d = defaultdict(list)
    with open(ALT, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            d[int(r[0])].append((clean(r[2]), clean(r[3])))
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
    out = []
    with open(CSL, encoding='utf-8', errors='replace', newline='') as f:
        rd = csv.DictReader(f)
        for r in rd:
            if r.get('name'):
                out.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    out.append(a.strip())
    return out


LEGAL = set('''co company corp corporation inc incorporated ltd limited llc llp plc sa sas sarl srl spa gmbh ag bv nv
ooo oao zao pao ao jsc ojsc cjsc pjsc fze fzco fzc fzllc est establishment international intl group trading trade holding
holdings de del la le les el al the of and y et und for cv rl s a l c pte pvt private public joint stock
sdn bhd kft doo dd ab as oy sp zoo ltda cia enterprise enterprises'''.split())


def strip_acc(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def tokens(s):
    s = strip_acc(s).lower()
    s = s.replace('&', ' and ')
    # join dotted abbreviations like s.a. -> sa
    s = re.sub(r'\b((?:\w\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = re.sub(r"[’'`´]", '', s)
    s = re.sub(r'[^\w]+', ' ', s)
    return s.split()


def full_key(s):
    return ' '.join(tokens(s))


def core_key(s):
    t = [w for w in tokens(s) if w not in LEGAL]
    return ' '.join(t)


def keys(s):
    f = full_key(s)
    c = core_key(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return out


def ws_key(s):
    return ' '.join(s.lower().split())


def load_prior():
    """Return (set of normalised earlier query keys, Counter ent->uses, n_files, n_rows).
    Never returns or prints earlier rows themselves."""
    sdn = load_sdn()
    name2ent = defaultdict(list)
    for e, r in sdn.items():
        name2ent[r['name']].append(e)
    qkeys = set()
    uses = Counter()
    files = sorted(glob.glob(os.path.join(PRIOR_DIR, 'train*.jsonl')))
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
                qkeys.add(ws_key(q))
                qkeys.add('F:' + full_key(q))
                if r.get('expected'):
                    ents = [int(x) for x in re.findall(r'ent_num\D{0,3}(\d+)', r.get('notes') or '')]
                    if ents:
                        for e in set(ents):
                            uses[e] += 1
                    else:
                        cands = name2ent.get(r['expected'], [])
                        if len(cands) == 1:
                            uses[cands[0]] += 1
    return qkeys, uses, len(files), n


def seen_before(q, qkeys):
    return ws_key(q) in qkeys or ('F:' + full_key(q)) in qkeys
