"""Shared loaders and fold keys for lookup-train44 (standard library only)."""
import csv, json, re, unicodedata, glob, os, collections

DATA = '/work/shared/data'
SDN_DIR = DATA + '/ofac-sdn-2019'
PRIOR_DIR = '/work/main/eval/lookup'

def _c(v):
    v = v.strip()
    return '' if v == '-0-' else v

def load_sdn():
    rows = {}
    with open(SDN_DIR + '/sdn.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            rows[int(r[0])] = dict(ent=int(r[0]), name=r[1].strip(), type=_c(r[2]), program=_c(r[3]),
                                   remarks=_c(r[11]) if len(r) > 11 else '')
    return rows

def load_alt():
    alts = collections.defaultdict(list)
    with open(SDN_DIR + '/alt.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            alts[int(r[0])].append((_c(r[2]), r[3].strip()))
    return alts

def load_add():
    adds = collections.defaultdict(list)
    with open(SDN_DIR + '/add.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            adds[int(r[0])].append(', '.join(x for x in (_c(r[2]), _c(r[3]), _c(r[4]), _c(r[5]) if len(r) > 5 else '') if x))
    return adds

def load_csl():
    names = []
    with open(DATA + '/csl-sample/csl.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.DictReader(f):
            if r.get('name'):
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def ws_key(s):
    return ' '.join(s.lower().split())

FILLER = set('''co company corp corporation inc incorporated ltd limited llc lp llp plc sa s a sas sl srl sarl sal spa
ag gmbh kg bv nv ab oy as asa pte pvt private pjsc jsc ojsc cjsc ooo oao zao pao fze fzco fzc fz est establishment
international intl group grp trading trade holding holdings enterprise enterprises de del la las los el y e the and of
for al el in et du des cv rl ltda cia compania sociedad anonima sa de cv sapi'''.split())

def fold(s):
    s = strip_acc(s).lower()
    s = s.replace('&', ' and ')
    s = re.sub(r"['\u2019`´]", '', s)
    s = re.sub(r'\b((?:[a-z]\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = re.sub(r'[^0-9a-z\u0080-\uffff]+', ' ', s)
    return ' '.join(s.split())

def core(s):
    return ' '.join(w for w in fold(s).split() if w not in FILLER)

def keys(s):
    f, c = fold(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return out

def content_words(s):
    return [w for w in core(s).split() if len(w) > 1]

def prior_files():
    fs = glob.glob(PRIOR_DIR + '/train*.jsonl')
    fs = [f for f in fs if re.fullmatch(r'train\d*\.jsonl', os.path.basename(f)) and os.path.basename(f) != 'train44.jsonl']
    return sorted(fs)

def load_prior(sdn=None):
    """Return (set of query keys, Counter ent_num -> uses, n_rows). Never returns row text."""
    sdn = sdn or load_sdn()
    name_count = collections.Counter(r['name'] for r in sdn.values())
    by_name = {r['name']: e for e, r in sdn.items() if name_count[r['name']] == 1}
    qkeys, uses, n = set(), collections.Counter(), 0
    for fn in prior_files():
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                n += 1
                q = r.get('query', '')
                qkeys.add(('ws', ws_key(q)))
                qkeys.add(('fold', fold(q)))
                if r.get('expected') is not None:
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and r['expected'] in by_name:
                        ents = {by_name[r['expected']]}
                    for e in ents:
                        uses[e] += 1
    return qkeys, uses, n

def seen(q, qkeys):
    return ('ws', ws_key(q)) in qkeys or ('fold', fold(q)) in qkeys
