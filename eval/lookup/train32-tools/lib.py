"""Shared helpers for lookup-train32 (written afresh). Standard library only."""
import csv, json, re, unicodedata, glob, os
D = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'

def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

def load_sdn():
    rows = []
    with open(f'{D}/ofac-sdn-2019/sdn.csv', newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': clean(r[2]), 'program': clean(r[3]), 'remarks': clean(r[11]) if len(r) > 11 else ''})
    return rows

def load_alt():
    out = {}
    with open(f'{D}/ofac-sdn-2019/alt.csv', newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            out.setdefault(int(r[0]), []).append((clean(r[2]), r[3].strip()))
    return out

def load_add():
    out = {}
    with open(f'{D}/ofac-sdn-2019/add.csv', newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5: continue
            out.setdefault(int(r[0]), []).append((clean(r[2]), clean(r[3]), clean(r[4])))
    return out

def load_csl_names():
    names = []
    with open(f'{D}/csl-sample/csl.csv', newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'): names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): names.append(a.strip())
    return names

LEGAL = set('''co company companies corp corporation inc incorporated ltd limited llc plc sa s a de cv rl srl sas sl ag gmbh bv nv
spa s p a jsc ojsc cjsc pjsc zao oao ooo pao llp lp sociedad anonima cia compania the of and y et for la el le les del de des
group grupo holding holdings trading establishment est enterprise enterprises intl international fze fzco fzc kg ab oy as sdn bhd pte
pvt private public joint stock closed open type tov tpp pt cc e v ev sarl sal offshore off shore ltda limitada'''.split())

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def toks(s):
    s = strip_acc(s).lower().replace('&', ' and ')
    s = re.sub(r"[\'\u2019`]", '', s)
    return re.findall(r'\w+', s)

def folds(s):
    """Set of folded keys: with/without spaces, with/without legal/filler words."""
    t = toks(s)
    c = [w for w in t if w not in LEGAL]
    out = {' '.join(t), ''.join(t)}
    if c: out |= {' '.join(c), ''.join(c)}
    return {k for k in out if k}

def qkeys(q):
    """Keys used to decide 'is this an earlier query'."""
    a = ' '.join(q.lower().split())
    b = ' '.join(toks(q))
    return {a, b} - {''}

def load_prior():
    """Returns (set of query keys, per-ent use counts, n files, n rows). Never exposes rows."""
    sdn = load_sdn()
    cnt = {}
    for r in sdn: cnt[r['name']] = cnt.get(r['name'], 0) + 1
    uniq = {r['name']: r['ent'] for r in sdn if cnt[r['name']] == 1}
    keys, uses = set(), {}
    files = [p for p in glob.glob(f'{PRIOR_DIR}/train*.jsonl')
             if re.fullmatch(r'train\d*\.jsonl', os.path.basename(p)) and os.path.basename(p) != 'train32.jsonl']
    n = 0
    for p in sorted(files):
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                o = json.loads(line); n += 1
                keys |= qkeys(o.get('query') or '')
                ents = set(int(x) for x in re.findall(r'ent_num (\d+)', o.get('notes') or ''))
                if not ents and o.get('expected') in uniq: ents = {uniq[o['expected']]}
                for e in ents: uses[e] = uses.get(e, 0) + 1
    return keys, uses, len(files), n

def index():
    """folded key -> set of ent_nums (names + aliases, all types); plus CSL keys."""
    sdn = load_sdn(); alt = load_alt()
    idx = {}
    for r in sdn:
        for k in folds(r['name']): idx.setdefault(k, set()).add(r['ent'])
    for e, lst in alt.items():
        for _, a in lst:
            for k in folds(a): idx.setdefault(k, set()).add(e)
    csl = set()
    for n in load_csl_names(): csl |= folds(n)
    return sdn, alt, idx, csl
