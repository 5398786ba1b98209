"""Shared helpers for lookup-train22 (own code, stdlib only)."""
import os, csv, json, re, unicodedata, glob
HERE = os.path.dirname(os.path.abspath(__file__))

def _first(cands):
    for c in cands:
        if os.path.isdir(c):
            return os.path.abspath(c)
    return None

DATA = _first([os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'),
               os.path.join(HERE, '..', '..', '..', 'shared', 'data'), '/work/shared/data'])
PRIOR = _first([os.path.join(HERE, '..', '..', '..', 'main', 'eval', 'lookup'),
                os.path.join(HERE, '..') if glob.glob(os.path.join(HERE, '..', 'train21.jsonl')) else '/nonexistent',
                '/work/main/eval/lookup'])

LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a de cv sl srl sas sarl sal
gmbh ag kg bv nv oy ab as asa spa pte pty jsc ojsc cjsc pjsc oao zao pao ooo ao tov fze fzco fzc fz lp llp the
ltda cia y and e of et sdn bhd ehf sp z o zoo doo d o o ad eood kft zrt rt s.a. pvt private public joint stock
group holding holdings'''.split())

def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&', ' and ')
    s = re.sub(r"[^\w\s]", ' ', s)
    s = re.sub(r'\s+', ' ', s).strip()
    # join runs of single letters: s a -> sa
    toks = s.split(); out = []; run = ''
    for t in toks:
        if len(t) == 1 and t.isalpha() and t.isascii():
            run += t
        else:
            if run: out.append(run); run = ''
            out.append(t)
    if run: out.append(run)
    return ' '.join(out)

def core(s):
    return ' '.join(t for t in norm(s).split() if t not in LEGAL)

def qkey(s):
    return re.sub(r'\s+', ' ', s.strip().lower())

def rd(name):
    with open(os.path.join(DATA, name), encoding='utf-8', errors='replace', newline='') as f:
        return [[c.strip() for c in r] for r in csv.reader(f)]

def load_sdn():
    return [r for r in rd('ofac-sdn-2019/sdn.csv') if len(r) >= 4]

def load_alt():
    return [r for r in rd('ofac-sdn-2019/alt.csv') if len(r) >= 4]

def load_add():
    return [r for r in rd('ofac-sdn-2019/add.csv') if len(r) >= 5]

def load_csl_names():
    names = []
    with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.DictReader(f):
            if r.get('name'): names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): names.append(a.strip())
    return names

def prior_files():
    fs = []
    for p in glob.glob(os.path.join(PRIOR, 'train*.jsonl')):
        b = os.path.basename(p)
        if re.fullmatch(r'train\d*\.jsonl', b) and b != 'train22.jsonl':
            fs.append(p)
    return sorted(fs)

def prior_rows():
    for p in prior_files():
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if line:
                    yield json.loads(line)

def prior_info():
    """returns (set of normalised earlier queries, dict ent_num->uses, set nospace queries)"""
    sdn = load_sdn(); byname = {}
    for r in sdn: byname.setdefault(r[1], []).append(r[0])
    qs, qs2, uses = set(), set(), {}
    for row in prior_rows():
        q = row.get('query') or ''
        qs.add(qkey(q)); qs.add(norm(q)); qs2.add(norm(q).replace(' ', ''))
        ents = set(re.findall(r'ent_num (\d+)\]', row.get('notes') or ''))
        if row.get('expected') and row['expected'] in byname and len(byname[row['expected']]) == 1:
            ents.add(byname[row['expected']][0])
        for e in ents: uses[e] = uses.get(e, 0) + 1
    return qs, uses, qs2
