"""Loaders, normalisation and prior-set extraction for lookup-train9 (own code)."""
import csv, json, re, unicodedata, os, glob

DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
PRIOR_FILES = ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 9)]


def _clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


def load_sdn():
    recs = {}
    with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip():
                continue
            recs[int(r[0])] = {'ent': int(r[0]), 'name': r[1], 'type': _clean(r[2]), 'program': _clean(r[3]),
                               'remarks': _clean(r[11]) if len(r) > 11 else '', 'aliases': [], 'addrs': []}
    with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip():
                continue
            e = int(r[0])
            if e in recs:
                recs[e]['aliases'].append((_clean(r[2]), r[3]))
    with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5 or not r[0].strip():
                continue
            e = int(r[0])
            if e in recs:
                recs[e]['addrs'].append(', '.join(x for x in (_clean(r[2]), _clean(r[3]), _clean(r[4])) if x))
    return recs


def load_comments():
    with open(os.path.join(DATA, 'ofac-sdn-2019/sdn_comments.csv'), 'rb') as f:
        return f.read().decode('utf-8', 'replace')


def load_csl():
    with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8') as f:
        rows = list(csv.reader(f))
    hdr = rows[0]
    out = {}
    for i, r in enumerate(rows[1:], 1):
        d = dict(zip(hdr, r))
        d['row'] = i
        d['alts'] = [a.strip() for a in d.get('alt_names', '').split(';') if a.strip()]
        out[i] = d
    return out


LEGAL = set('''co company corp corporation inc incorporated ltd limited llc l l c plc sa s a sas sarl srl sl de cv
rl s de r l gmbh ag kg bv nv ab oy as asa se lda sro doo spol sp zoo ooo zao oao ao pjsc jsc ojsc cjsc pao fze fzco fzc
fz est establishment ltda eirl sac saic spa pte pvt private public jv the of and cia compania sociedad anonima
group holding holdings trading intl international'''.split())
LEGAL_STRICT = set('''co company corp corporation inc incorporated ltd limited llc plc sa sas sarl srl sl de cv rl
gmbh ag kg bv nv ab oy as asa se lda sro doo spol sp zoo ooo zao oao ao pjsc jsc ojsc cjsc pao fze fzco fzc est ltda
eirl sac saic spa pte pvt jv the of and'''.split())


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def norm(s):
    s = strip_accents(s).lower()
    s = s.replace('&', ' and ')
    s = re.sub(r"['\u2019`\u02bc]", '', s)
    # collapse dotted acronyms s.a. -> sa
    s = re.sub(r'\b(\w)\.(?=\w\.)', r'\1', s)
    s = re.sub(r'\b(\w)\.(\w)\.?', r'\1\2', s)
    s = re.sub(r'[^\w]+', ' ', s, flags=re.UNICODE)
    s = s.replace('_', ' ')
    return ' '.join(s.split())


def forms(s):
    """Set of normalised forms: raw, legal-stripped, each with and without spaces."""
    n = norm(s)
    toks = n.split()
    st = [t for t in toks if t not in LEGAL_STRICT]
    out = {n, ' '.join(st)}
    out |= {x.replace(' ', '') for x in list(out)}
    return {x for x in out if x}


def tokens(s):
    return set(norm(s).split())


def all_names(recs, csl):
    """list of (source, id, kind, string) for every name and alias."""
    out = []
    for e, r in recs.items():
        out.append(('SDN', e, 'name', r['name']))
        for t, a in r['aliases']:
            out.append(('SDN', e, t or 'alias', a))
    for i, d in csl.items():
        out.append(('CSL', i, 'name', d['name'].strip()))
        for a in d['alts']:
            out.append(('CSL', i, 'alt', a))
    return out


def form_index(recs, csl):
    idx = {}
    for src, i, k, s in all_names(recs, csl):
        for f in forms(s):
            idx.setdefault(f, set()).add((src, i))
    return idx


def prior():
    """Everything used in train..train8: queries, expected strings, cited numbers, note text."""
    queries, expected, nums, csl_rows, notes = set(), set(), set(), set(), []
    for fn in PRIOR_FILES:
        p = os.path.join(PRIOR_DIR, fn)
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                o = json.loads(line)
                q = o.get('query') or ''
                queries.add(q.strip().lower())
                if o.get('expected'):
                    expected.add(o['expected'])
                n = o.get('notes') or ''
                notes.append(n + ' || ' + q)
                for m in re.finditer(r'CSL(?: data)? row (\d+)', n):
                    csl_rows.add(int(m.group(1)))
                for m in re.finditer(r'(?<!\d)(\d{2,6})(?!\d)', n):
                    nums.add(int(m.group(1)))
    return {'queries': queries, 'expected': expected, 'nums': nums, 'csl_rows': csl_rows, 'notes': notes}
