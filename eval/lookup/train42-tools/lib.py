"""Shared helpers for lookup-train42 (written afresh for this set).

Reads only /work/shared/data and, through load_prior(), the earlier
/work/main/eval/lookup/train*.jsonl files. load_prior never returns or
prints an earlier row: only a set of folded query keys and per-entity
use counts.
"""
import csv, glob, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
SDN = os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv')
ALT = os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv')
ADD = os.path.join(DATA, 'ofac-sdn-2019', 'add.csv')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
PRIOR_GLOB = '/work/main/eval/lookup/train*.jsonl'
THIS_SET = 'train42.jsonl'


def _v(x):
    x = (x or '').strip()
    return '' if x == '-0-' else x


def load_sdn():
    rows = []
    with open(SDN, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip():
                continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': _v(r[2]),
                         'program': _v(r[3]), 'remarks': _v(r[11]) if len(r) > 11 else ''})
    return rows


def load_alt():
    out = defaultdict(list)
    with open(ALT, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip():
                continue
            out[int(r[0])].append((_v(r[2]), r[3].strip()))
    return out


def load_add():
    out = defaultdict(list)
    with open(ADD, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5 or not r[0].strip():
                continue
            out[int(r[0])].append((_v(r[2]), _v(r[3]), _v(r[4])))
    return out


def load_csl_names():
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


LEGAL = set('''co company companies corp corporation inc incorporated ltd limited llc plc sa sas sarl srl spa ag gmbh kg
bv nv oy ab as asa aps pte pty fze fzco fzc llp lp jsc ojsc cjsc pjsc ooo oao zao pao ao tov chp dooel doo
sro sal saa sac sl slu ltda cia eirl kft zrt sp zoo bhd sdn tbk pt cv se kk gk the of and de del la el al
international intl group trading holding holdings enterprise enterprises general establishment est
'''.split())


def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def words(s):
    s = strip_accents(s).lower().replace('&', ' and ')
    # join dotted abbreviations like s.a. / l.l.c.
    s = re.sub(r'\b((?:\w\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = re.sub(r"[’'`´]", '', s)
    s = re.sub(r'[^\w]+', ' ', s, flags=re.UNICODE)
    return s.split()


def full(s):
    return ' '.join(words(s))


def core(s):
    w = [x for x in words(s) if x not in LEGAL]
    return ' '.join(w)


def keys(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return {k for k in out if k}


def ws(s):
    return ' '.join(s.lower().split())


def load_prior(exclude=THIS_SET):
    """Return (query_keys, uses_by_ent, nfiles, nrows). Never returns rows."""
    sdn = load_sdn()
    cnt = Counter(r['name'] for r in sdn)
    by_name = {r['name']: r['ent'] for r in sdn if cnt[r['name']] == 1}
    qkeys = set()
    uses = Counter()
    nfiles = nrows = 0
    for fn in sorted(glob.glob(PRIOR_GLOB)):
        if os.path.basename(fn) == exclude:
            continue
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
                qkeys.add(ws(q))
                fq = full(q)
                if fq:
                    qkeys.add('F:' + fq)
                if d.get('expected'):
                    ents = {int(x) for x in re.findall(r'ent_num\s*(\d+)', d.get('notes') or '')}
                    if not ents and d['expected'] in by_name:
                        ents = {by_name[d['expected']]}
                    for e in ents:
                        uses[e] += 1
    return qkeys, uses, nfiles, nrows


def seen(q, qkeys):
    return ws(q) in qkeys or ('F:' + full(q)) in qkeys


def nonlatin(s):
    for c in s:
        if c.isalpha():
            n = unicodedata.name(c, '')
            if 'LATIN' not in n:
                return True
    return False


def is_sdnt(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))
