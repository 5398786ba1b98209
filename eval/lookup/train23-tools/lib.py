"""Shared helpers: load data, earlier sets (verdict-only), normalisation."""
import csv, glob, json, os, re, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))

def data_dir():
    for p in (os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'),
              os.path.join(HERE, '..', '..', '..', 'shared', 'data'), '/work/shared/data'):
        if os.path.exists(os.path.join(p, 'ofac-sdn-2019', 'sdn.csv')):
            return os.path.normpath(p)
    raise SystemExit('data not found')

def prior_dir():
    for p in (os.path.join(HERE, '..'), os.path.join(HERE, '..', '..', '..', 'main', 'eval', 'lookup'), '/work/main/eval/lookup'):
        if os.path.exists(os.path.join(p, 'train22.jsonl')):
            return os.path.normpath(p)
    return None

def _rows(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if r:
                yield [None if x.strip() == '-0-' else x.strip() for x in r]

def load_sdn():
    d = data_dir()
    sdn = {}
    for r in _rows(os.path.join(d, 'ofac-sdn-2019', 'sdn.csv')):
        if len(r) < 4: continue
        try: n = int(r[0])
        except ValueError: continue
        sdn[n] = {'name': r[1], 'type': r[2], 'program': r[3] or '', 'remarks': r[11] if len(r) > 11 else None}
    alt = {}
    for r in _rows(os.path.join(d, 'ofac-sdn-2019', 'alt.csv')):
        if len(r) < 4: continue
        try: n = int(r[0])
        except ValueError: continue
        alt.setdefault(n, []).append((r[2], r[3]))
    add = {}
    for r in _rows(os.path.join(d, 'ofac-sdn-2019', 'add.csv')):
        if len(r) < 5: continue
        try: n = int(r[0])
        except ValueError: continue
        add.setdefault(n, []).append((r[2], r[3], r[4]))
    return sdn, alt, add

def load_csl_names():
    d = data_dir()
    out = []
    with open(os.path.join(d, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
        rows = list(csv.reader(f))
    hdr = [h.strip().lower() for h in rows[0]]
    ni = hdr.index('name') if 'name' in hdr else 1
    ai = hdr.index('alt_names') if 'alt_names' in hdr else None
    for r in rows[1:]:
        if len(r) > ni and r[ni]: out.append(r[ni])
        if ai is not None and len(r) > ai and r[ai]:
            out += [x.strip() for x in r[ai].split(';') if x.strip()]
    return out

def prior_files(pdir):
    fs = [os.path.join(pdir, 'train.jsonl')] + [os.path.join(pdir, 'train%d.jsonl' % i) for i in range(2, 23)]
    return [f for f in fs if os.path.exists(f)]

def fold(q):
    return re.sub(r'\s+', ' ', q.strip().lower())

LEGAL = set('''s a sa sl sas sac sarl srl spa ltd limited llc inc co corp corporation company companies plc gmbh ag bv nv oy ab as asa
ooo oao zao pao ao jsc ojsc cjsc pjsc llp lp fze fzco fzc est pte pvt bhd sdn kft zrt doo dd ad eood ood cv de rl c v s r l
the of and y e et und eirl ltda cia sro spol sp z o ltee sae wll jv group holding holdings'''.split())

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def norm(s):
    s = strip_acc(s or '').lower().replace('&', ' and ')
    s = re.sub(r"[\.\'’`]", '', s)
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())

def core(s):
    return ' '.join(w for w in norm(s).split() if w not in LEGAL)

def keys(s):
    n = norm(s); c = core(s)
    ks = {n, n.replace(' ', ''), c, c.replace(' ', '')}
    return {k for k in ks if k}

def wordset(s):
    return frozenset(core(s).split())

def prior_info():
    """Returns (set of folded earlier queries, set of normalised earlier queries, use counts by ent_num, expected-name counts)."""
    pdir = prior_dir()
    fq, nq, uses, exp = set(), set(), {}, {}
    nfiles = 0
    if pdir:
        for f in prior_files(pdir):
            nfiles += 1
            with open(f, encoding='utf-8') as fh:
                for line in fh:
                    line = line.strip()
                    if not line: continue
                    o = json.loads(line)
                    q = o.get('query') or ''
                    fq.add(fold(q)); nq.add(norm(q)); nq.add(norm(q).replace(' ', ''))
                    m = re.search(r'ent_num (\d+)\]', o.get('notes') or '')
                    if m: uses[int(m.group(1))] = uses.get(int(m.group(1)), 0) + 1
                    elif o.get('expected'):
                        exp[o['expected']] = exp.get(o['expected'], 0) + 1
    return fq, nq, uses, exp, nfiles
