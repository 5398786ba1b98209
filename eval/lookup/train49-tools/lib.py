"""Data loading, fold keys, index of listed names, and prior-set loader (train49)."""
import csv, json, os, re, unicodedata, glob
D = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'

def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

def load_sdn():
    rows = []
    with open(f'{D}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': r[2].strip(), 'prog': clean(r[3])})
    return rows

def load_alt():
    alts = {}
    with open(f'{D}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            alts.setdefault(int(r[0]), []).append(r[3].strip())
    return alts

def load_add():
    adds = {}
    with open(f'{D}/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5: continue
            adds.setdefault(int(r[0]), []).append(', '.join(x for x in (clean(r[2]), clean(r[3]), clean(r[4])) if x))
    return adds

def load_csl():
    names = []
    with open(f'{D}/csl-sample/csl.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.DictReader(f):
            if r.get('name'): names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): names.append(a.strip())
    return names

LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a ag gmbh kg bv nv srl spa sarl sas
ltda cia compania sociedad de del la las los el y e al el the and of for in und et le les du des da do dos das di
international intl group holding holdings trading trade pjsc ojsc jsc cjsc zao ooo oao pvt private public
fze fzco fzc llp lp sl cv sab sapi jv est establishment enterprise enterprises s en cs c ca ab oy as'''.split())

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def full(s):
    s = strip_acc(s).lower()
    s = re.sub(r"[’'`´]", '', s)
    s = re.sub(r'\b((?:\w\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = s.replace('&', ' and ')
    s = re.sub(r'[^\w]+', ' ', s)
    s = s.replace('_', ' ')
    return ' '.join(s.split())

def core(s):
    return ' '.join(w for w in full(s).split() if w not in LEGAL)

def keys(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c: out |= {c, c.replace(' ', '')}
    return {k for k in out if k}

def qkey(s):
    return ' '.join(s.lower().split())

def words(s):
    return set(core(s).split())

class Index:
    def __init__(self):
        self.sdn = load_sdn(); self.alt = load_alt(); self.add = load_add(); self.csl = load_csl()
        self.by_ent = {r['ent']: r for r in self.sdn}
        self.k2 = {}   # key -> set of owners (ent ints or 'CSL')
        self.wordsets = {}  # frozenset(content words) -> owners
        self.word_org = {}  # content word -> list of org/alias names containing it
        def add(name, owner, org):
            for k in keys(name): self.k2.setdefault(k, set()).add(owner)
            ws = frozenset(words(name))
            if ws: self.wordsets.setdefault(ws, set()).add(owner)
            if org:
                for w in ws: self.word_org.setdefault(w, []).append(name)
        for r in self.sdn:
            org = r['type'] == '-0-'
            add(r['name'], r['ent'], org)
            for a in self.alt.get(r['ent'], []): add(a, r['ent'], org)
        for n in self.csl: add(n, 'CSL', True)
        self.name_count = {}
        for r in self.sdn: self.name_count[r['name']] = self.name_count.get(r['name'], 0) + 1
        self.alias_set = {a for v in self.alt.values() for a in v}

    def owners(self, s):
        o = set()
        for k in keys(s): o |= self.k2.get(k, set())
        return o

def load_prior():
    """Return (set of query keys incl. full folds, dict ent->uses). Never prints rows."""
    sdn = load_sdn(); cnt = {}
    for r in sdn: cnt[r['name']] = cnt.get(r['name'], 0) + 1
    ent_of = {r['name']: r['ent'] for r in sdn}
    qk, qf, uses = set(), set(), {}
    files = sorted(glob.glob(f'{LOOKUP}/train*.jsonl')) + [f'{LOOKUP}/validation.jsonl']
    nrows = 0
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                try: r = json.loads(line)
                except Exception: continue
                nrows += 1
                q = r.get('query') or ''
                qk.add(qkey(q)); qf.add(full(q))
                if r.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and cnt.get(r['expected']) == 1: ents = {ent_of[r['expected']]}
                    for e in ents: uses[e] = uses.get(e, 0) + 1
    return qk, qf, uses, len(files), nrows
