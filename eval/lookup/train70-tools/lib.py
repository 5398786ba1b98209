"""train70 library: data, folds, load_prior, pool, rules. Standard library only."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
NARC_CAP = 62

FILLER = set('''the and of de del la las los el y e et for in on at a an und
co corp corporation company companies limited ltd llc inc incorporated sa s a sas srl sl sarl gmbh ag bv nv
plc pte pvt jsc ojsc cjsc ooo oao zao llp lp cia compania sociedad anonima cv rl spa ltda eirl sac saa
group grupo international internacional holding holdings trading establishment est fze fzco fzc fz
doo dd ad ab as oy ou kg mbh'''.split())

def nfkd(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def key(s):
    return ' '.join(s.lower().split())

def full(s):
    s = nfkd(s).lower().replace("'", '').replace('\u2019', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    toks = s.split()
    out, run = [], ''
    for t in toks:
        if len(t) == 1:
            run += t
        else:
            if run: out.append(run); run = ''
            out.append(t)
    if run: out.append(run)
    return ' '.join(out)

def toks(s):
    return full(s).split()

def core(s):
    return ' '.join(t for t in toks(s) if t not in FILLER)

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}

def content(s):
    return [t for t in toks(s) if t not in FILLER]

def is_narc(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))

def rd(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as f:
        return [[c.strip() for c in r] for r in csv.reader(f)]

class Data:
    def __init__(self):
        self.sdn = {}
        for r in rd(DATA + '/ofac-sdn-2019/sdn.csv'):
            if len(r) < 4: continue
            self.sdn[r[0]] = dict(ent=r[0], name=r[1], type=r[2], prog=r[3])
        self.alts = defaultdict(list)
        for r in rd(DATA + '/ofac-sdn-2019/alt.csv'):
            if len(r) >= 4: self.alts[r[0]].append(r[3])
        self.city = {}
        for r in rd(DATA + '/ofac-sdn-2019/add.csv'):
            if len(r) >= 5 and r[0] not in self.city:
                c = r[3] if r[3] != '-0-' else ''
                c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                if c: self.city[r[0]] = c
        self.csl = []
        with open(DATA + '/csl-sample/csl.csv', encoding='utf-8', newline='') as f:
            for r in csv.DictReader(f):
                names = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append((r.get('type') or '', names))
        self.fold_own = defaultdict(set); self.wset_own = defaultdict(set)
        self.exact = set(); self.tok_org = defaultdict(set)
        self.name_count = Counter(); self.alias_names = set()
        for e, d in self.sdn.items():
            self.name_count[d['name']] += 1
            for a in self.alts[e]: self.alias_names.add(a)
            for n in [d['name']] + self.alts[e]:
                self._add(n, 'sdn:' + e, d['type'] != 'individual')
        for i, (t, names) in enumerate(self.csl):
            for n in names: self._add(n, 'csl:%d' % i, t.lower() != 'individual')
        self.by_name = {d['name']: d for d in self.sdn.values() if self.name_count[d['name']] == 1}
    def _add(self, n, own, org):
        for f in folds(n): self.fold_own[f].add(own)
        ws = frozenset(content(n))
        if ws: self.wset_own[ws].add(own)
        self.exact.add(n); self.exact.add(n.upper())
        if org:
            for t in set(toks(n)):
                if t not in FILLER: self.tok_org[t].add(n)

def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 70)]
    return [os.path.join(LOOKUP, f) for f in fs if os.path.exists(os.path.join(LOOKUP, f))]

def load_prior(data):
    """Returns (keys, full_folds, uses per ent_num, file count). Never returns or prints a row."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = re.findall(r'ent_num (\d+)', r.get('notes') or '')
                    if ents:
                        for e in set(ents): uses[e] += 1
                    elif r['expected'] in data.by_name:
                        uses[data.by_name[r['expected']]['ent']] += 1
    return keys, fulls, uses, len(files)

def pool(data):
    out = {}
    for name, d in data.by_name.items():
        if d['type'] != '-0-' or name in data.alias_names: continue
        own = 'sdn:' + d['ent']
        if any(data.fold_own[f] - {own} for f in folds(name)): continue
        out[d['ent']] = d
    return out

def has_latin(s):
    return any('a' <= c.lower() <= 'z' for c in nfkd(s))

def shared_words(data, q):
    parts = []
    for t in sorted(set(toks(q))):
        if t in FILLER or t not in data.tok_org: continue
        ex = sorted(data.tok_org[t])
        parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(ex), ' | '.join(ex[:3])))
    return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'

class Rules:
    def __init__(self, data, prior):
        self.d = data; self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = pool(data)
    def level(self, ent): return self.uses.get(ent, 0)
    def pos_errors(self, kind, q, ent, others_keys=(), others_fulls=()):
        E = []; d = self.d.sdn[ent]; name = d['name']; own = 'sdn:' + ent
        if ent not in self.pool: E.append('not in pool')
        if self.level(ent) < 3: E.append('level<3')
        if key(q) in self.keys: E.append('earlier key')
        if kind != 'script' and full(q) in self.fulls: E.append('earlier full fold')
        if key(q) in others_keys: E.append('in-set key repeat')
        if kind != 'script' and full(q) in others_fulls: E.append('in-set full repeat')
        if kind == 'case':
            if q == name or q.lower() != name.lower(): E.append('case shape')
        elif q == name: E.append('equals name')
        if kind in ('partial','translation','transliteration','word_order','typo','abbreviation','punctuation','legal_form') and full(q) == full(name):
            E.append('full fold unchanged')
        if kind == 'aka' and q not in self.d.alts[ent]: E.append('not own alias')
        if kind not in ('messy', 'script'):
            for f in folds(q):
                if self.d.fold_own.get(f, set()) - {own}: E.append('folds onto other record'); break
            if not content(q) or not has_latin(q): E.append('no content/latin')
        if kind == 'partial':
            if len([t for t in content(q) if len(t) >= 3]) < 2: E.append('partial too short')
            ws = set(content(q))
            for w2, owners in self.d.wset_own.items():
                if ws <= w2 and owners - {own}: E.append('partial subset of other'); break
        if kind == 'script' and has_latin(q): E.append('script has latin')
        return E
    def neg_errors(self, kind, q, others_keys=(), others_fulls=()):
        E = []
        if key(q) in self.keys: E.append('earlier key')
        if kind != 'other_script' and full(q) in self.fulls: E.append('earlier full fold')
        if key(q) in others_keys: E.append('in-set key repeat')
        if kind != 'other_script' and full(q) in others_fulls: E.append('in-set full repeat')
        if any(f in self.d.fold_own for f in folds(q)): E.append('folds onto listed name')
        ws = frozenset(content(q))
        if ws and ws in self.d.wset_own: E.append('word set equals listed')
        if q in self.d.exact or q.upper() in self.d.exact: E.append('exact listed name')
        if kind == 'other_script' and has_latin(q): E.append('other_script has latin')
        if kind == 'shares_one_word' and shared_words(self.d, q).startswith('shares no'): E.append('shares no word')
        return E
