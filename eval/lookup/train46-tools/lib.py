"""Own helpers for lookup-train46: data loading, fold keys, earlier-set loader."""
import csv, json, os, re, unicodedata, glob
from collections import Counter, defaultdict

DATA = '/work/shared/data'
EVAL = '/work/main/eval/lookup'

def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

def load_sdn():
    ents = {}
    with open(f'{DATA}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            try: n = int(r[0])
            except ValueError: continue
            ents[n] = dict(ent=n, name=clean(r[1]), type=clean(r[2]), program=r[3].strip())
    return ents

def load_alt():
    alts = defaultdict(list)
    with open(f'{DATA}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            try: n = int(r[0])
            except ValueError: continue
            if clean(r[3]): alts[n].append(clean(r[3]))
    return alts

def load_add():
    adds = defaultdict(list)
    with open(f'{DATA}/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5: continue
            try: n = int(r[0])
            except ValueError: continue
            adds[n].append(' | '.join(clean(x) for x in r[2:5] if clean(x)))
    return adds

def load_csl_names():
    out = []
    with open(f'{DATA}/csl-sample/csl.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'): out.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): out.append(a.strip())
    return out

STOP = set('''co company companies corp corporation inc incorporated ltd limited llc llp plc sa sal sarl sas srl spa gmbh ag kg ooo oao zao pao jsc ojsc cjsc fze fzco fzc fz pte pvt bv nv ab as oy kk cv de del la las los el al the and of for y e et und i an a in on at to by da do das dos du des le les di international intl group trading trade holding holdings est establishment enterprise enterprises general s c rl ltda cia sociedad anonima compania lp''' .split())

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def full_fold(s):
    s = strip_acc(s).lower()
    s = re.sub(r"['\u2019`´]", '', s)
    s = re.sub(r'\b((?:[a-z]\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = s.replace('&', ' and ')
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())

def words(s):
    return full_fold(s).split()

def content_words(s):
    return [w for w in words(s) if w not in STOP and len(w) > 1 and not w.isdigit()]

def core_fold(s):
    return ' '.join(content_words(s))

def keys(s):
    f, c = full_fold(s), core_fold(s)
    ks = {f, f.replace(' ', '')}
    if c: ks |= {c, c.replace(' ', '')}
    return {k for k in ks if k}

def qkey(s):
    return ' '.join(s.lower().split())

def load_prior():
    """Return (set of query keys, Counter of uses per ent_num). Never returns rows."""
    ents = load_sdn()
    name_count = Counter(e['name'] for e in ents.values())
    by_name = {e['name']: n for n, e in ents.items() if name_count[e['name']] == 1}
    qkeys, uses = set(), Counter()
    files = sorted(glob.glob(f'{EVAL}/train*.jsonl')) + [f'{EVAL}/validation.jsonl']
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
                qkeys.add(qkey(q)); qkeys.add(full_fold(q))
                if r.get('expected'):
                    ids = {int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')}
                    if not ids and r['expected'] in by_name: ids = {by_name[r['expected']]}
                    for i in ids: uses[i] += 1
    return qkeys, uses, len(files), nrows

class Index:
    def __init__(self):
        self.ents = load_sdn(); self.alts = load_alt(); self.csl = load_csl_names()
        self.key2 = defaultdict(set)   # key -> set of ('sdn', ent) / ('csl', name)
        self.exact = defaultdict(set)
        for n, e in self.ents.items():
            for s in [e['name']] + self.alts.get(n, []):
                for k in keys(s): self.key2[k].add(('sdn', n))
                self.exact[s.lower().strip()].add(('sdn', n))
        for s in self.csl:
            for k in keys(s): self.key2[k].add(('csl', s))
            self.exact[s.lower().strip()].add(('csl', s))
        # words of org names/aliases
        self.word_orgs = defaultdict(set)
        for n, e in self.ents.items():
            if e['type'] != '': continue
            for s in [e['name']] + self.alts.get(n, []):
                for w in set(content_words(s)): self.word_orgs[w].add(s)
    def hits(self, s):
        out = set(self.exact.get(s.lower().strip(), set()))
        for k in keys(s): out |= self.key2.get(k, set())
        return out
