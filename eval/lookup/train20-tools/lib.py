"""Shared helpers for lookup-train20 (stdlib only). Paths are relative to this file."""
import csv, glob, json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

def _first_existing(cands):
    for c in cands:
        if os.path.isdir(c):
            return os.path.normpath(c)
    raise SystemExit('cannot find any of: %s' % cands)

def data_dir():
    # final place: /work/main/eval/lookup/train20-tools -> ../../../../shared/data
    # now: /work/blind/lookup-train20/tools -> ../../../shared/data
    return _first_existing([os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'),
                            os.path.join(HERE, '..', '..', '..', 'shared', 'data')])

def prior_dir():
    # final place: HERE/.. holds train*.jsonl; now: HERE/../../../main/eval/lookup
    c = [os.path.join(HERE, '..'), os.path.join(HERE, '..', '..', '..', 'main', 'eval', 'lookup')]
    for d in c:
        if glob.glob(os.path.join(d, 'train19.jsonl')):
            return os.path.normpath(d)
    raise SystemExit('cannot find earlier sets in %s' % c)

LEGAL = set('''s a sa sas sarl s a r l sal ltd ltda limited llc inc incorporated co corp corporation company cia
 gmbh ag kg plc bv b v nv n v srl spa s p a c a ca de cv c v fzco fze fzc llp lp jsc ojsc cjsc pjsc oao zao ooo
 pte pvt private public sdn bhd e u eu jv ead doo d o o ad a d kft zrt oy ab as a s sro s r o sp z o o
 the and of'''.split())

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def norm(s):
    s = strip_acc(s or '').lower().replace('&', ' and ')
    s = re.sub(r"[\W_]+", ' ', s, flags=re.UNICODE)
    return ' '.join(s.split())

def forms(s):
    """normalised forms: with/without spaces, with/without legal-form words"""
    n = norm(s)
    core = ' '.join(w for w in n.split() if w not in LEGAL)
    out = {n, n.replace(' ', '')}
    if core:
        out |= {core, core.replace(' ', '')}
    return {f for f in out if f}

def read_sdn():
    rows = []
    with open(os.path.join(data_dir(), 'ofac-sdn-2019', 'sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            rows.append({'ent': int(r[0]), 'name': r[1], 'type': r[2].strip(), 'program': r[3].strip(),
                         'remarks': r[11].strip() if len(r) > 11 else ''})
    return rows

def read_alt():
    alts = {}
    with open(os.path.join(data_dir(), 'ofac-sdn-2019', 'alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            alts.setdefault(int(r[0]), []).append((r[2].strip(), r[3]))
    return alts

def read_add():
    adds = {}
    with open(os.path.join(data_dir(), 'ofac-sdn-2019', 'add.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            adds.setdefault(int(r[0]), []).append((r[2].strip(), r[3].strip(), r[4].strip()))
    return adds

def read_csl_names():
    names = []
    with open(os.path.join(data_dir(), 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'):
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names

def prior_files():
    d = prior_dir()
    out = []
    for p in glob.glob(os.path.join(d, 'train*.jsonl')):
        m = re.match(r'^train(\d*)\.jsonl$', os.path.basename(p))
        if m and (m.group(1) == '' or int(m.group(1)) < 20):
            out.append(p)
    return sorted(out)

def prior_sets():
    """Returns (set of normalised query forms, Counter ent_num->uses, Counter name->uses). Never returns rows."""
    from collections import Counter
    qforms, ents, names = set(), Counter(), Counter()
    for p in prior_files():
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                o = json.loads(line)
                n = norm(o.get('query', ''))
                qforms.add(n); qforms.add(n.replace(' ', ''))
                if o.get('expected'):
                    names[o['expected']] += 1
                    m = re.search(r'ent_num\s*(\d+)\]', o.get('notes') or '')
                    if m:
                        ents[int(m.group(1))] += 1
    return qforms, ents, names

def is_prior(q, qforms):
    n = norm(q)
    return n in qforms or n.replace(' ', '') in qforms
