"""train77 library: data, folds, load_prior, pool and rules. Python 3 stdlib only."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
NARC_CAP = 62
SEED = 77

FILLER = set('''the and of de del la las los el y e et und da di du des le al
group grupo groupe international internacional intl holding holdings trading establishment
enterprise enterprises co company cia compania corp corporation inc incorporated ltd ltda limited
llc sa sas sac sl srl sarl gmbh ag bv nv plc jsc ojsc pjsc cjsc ooo fze fzco fzc cv ca eu rl
pvt private pte bhd sdn sal spa lp llp kg'''.split())
LEGAL = set('''sa de cv ltda ltd limited co inc llc sas ca corp corporation company gmbh fze fzco fzc
srl rl eu sac jsc ojsc pjsc cjsc ooo plc sdn bhd sal cia pvt private pte bv nv ag spa sarl llp lp
incorporated sl y en liquidacion limitada scs'''.split())

def key(s):
    return ' '.join(s.lower().split())

def _strip_marks(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def full(s):
    s = _strip_marks(s).lower()
    s = re.sub(r"['\u2019\u02bc`\u2018]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[\W_]+', ' ', s)
    toks = s.split()
    out, run = [], ''
    for t in toks:
        if len(t) == 1:
            run += t
        else:
            if run:
                out.append(run); run = ''
            out.append(t)
    if run:
        out.append(run)
    return ' '.join(out)

def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)

def folds(s):
    f, c = full(s), core(s)
    return {('f', f), ('fn', f.replace(' ', '')), ('c', c), ('cn', c.replace(' ', ''))} - {('c', ''), ('cn', '')}

def words(s):
    return frozenset(core(s).split())

def is_narc(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))

def has_latin(s):
    return bool(re.search(r'[A-Za-z]', _strip_marks(s)))

class Data:
    def __init__(self):
        self.sdn = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                ent = int(r[0]); typ = r[2].strip(); prog = r[3].strip()
                self.sdn[ent] = (r[1].strip(), typ, prog)
        self.alts = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                ent = int(r[0])
                if ent in self.sdn: self.alts[ent].append(r[3].strip())
        self.city = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                ent = int(r[0]); c = r[3].strip()
                if ent in self.city or c in ('', '-0-'): continue
                c = ' '.join(t for t in c.split() if not re.search(r'\d', t)).strip(' ,')
                if c: self.city[ent] = c
        self.csl = []  # (idx, is_org, [names])
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for i, r in enumerate(csv.DictReader(f)):
                ns = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                ns = [n for n in ns if n]
                self.csl.append((i, (r.get('type') or '').strip().lower() != 'individual', ns))
        self.name_count = Counter(v[0] for v in self.sdn.values())
        self.alias_folds = set(full(a) for al in self.alts.values() for a in al)
        self.fold_owner = defaultdict(set)
        self.wset_owner = defaultdict(set)
        self.tok_owner = defaultdict(set)
        self.exact = set()
        self.tok_orgnames = defaultdict(set)
        def add(owner, n, is_org):
            for fk in folds(n): self.fold_owner[fk].add(owner)
            w = words(n)
            if w:
                self.wset_owner[w].add(owner)
                for t in w: self.tok_owner[t].add(owner)
            self.exact.add(n); self.exact.add(n.upper())
            if is_org:
                for t in set(full(n).split()): self.tok_orgnames[t].add(n)
        for ent, (n, typ, prog) in self.sdn.items():
            org = typ.lower() != 'individual'
            add(('sdn', ent), n, org)
            for a in self.alts[ent]: add(('sdn', ent), a, org)
        for i, org, ns in self.csl:
            for n in ns: add(('csl', i), n, org)

    def owners(self, s):
        o = set()
        for fk in folds(s): o |= self.fold_owner.get(fk, set())
        return o

    def shared_words(self, q):
        parts = []
        seen = set()
        for t in full(q).split():
            if t in FILLER or t in seen: continue
            seen.add(t)
            ns = self.tok_orgnames.get(t)
            if ns:
                ex = ' | '.join(sorted(ns)[:3])
                parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(ns), ex))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'

    def subset_of_other(self, q, ent):
        w = words(q)
        if not w: return False
        cand = None
        for t in w:
            s = self.tok_owner.get(t, set())
            cand = set(s) if cand is None else cand & s
        return bool(cand - {('sdn', ent)}) if cand else False

def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 77)]
    return [os.path.join(PRIOR_DIR, f) for f in fs]

def load_prior(data=None):
    """Returns (keys, full folds, per-entity use counts, file count). Never prints rows."""
    data = data or Data()
    uniq = {v[0]: e for e, v in data.sdn.items() if data.name_count[v[0]] == 1}
    keys, fulls, uses, n = set(), set(), Counter(), 0
    for p in prior_files():
        if not os.path.exists(p): continue
        n += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and r['expected'] in uniq: ents = {uniq[r['expected']]}
                    for e in ents: uses[e] += 1
    return keys, fulls, uses, n

def pool(data):
    out = {}
    for ent, (n, typ, prog) in data.sdn.items():
        if typ != '-0-' or data.name_count[n] != 1 or full(n) in data.alias_folds: continue
        ok = all(data.owners(x) <= {('sdn', ent)} for x in [n] + data.alts[ent])
        if ok: out[ent] = (n, prog)
    return out

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$')
POS_KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
             'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
CHANGE_KINDS = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}

class Rules:
    def __init__(self, data, prior, pl):
        self.d = data; self.keys, self.fulls, self.uses, self.nfiles = prior; self.pool = pl

    def level(self, ent):
        return self.uses.get(ent, 0)

    def pos_errors(self, kind, q, ent, others_keys=(), others_fulls=()):
        e = []
        if ent not in self.pool: e.append('not in pool'); return e
        name = self.pool[ent][0]
        if self.level(ent) < 3: e.append('level < 3')
        if key(q) in self.keys: e.append('earlier key')
        if kind != 'script' and full(q) in self.fulls: e.append('earlier full fold')
        if key(q) in others_keys: e.append('in-set key repeat')
        if kind != 'script' and full(q) in others_fulls: e.append('in-set full repeat')
        if kind == 'case':
            if q == name or q.lower() != name.lower(): e.append('case not a case change')
        elif q == name: e.append('equals name')
        if kind in CHANGE_KINDS and full(q) == full(name): e.append('full fold unchanged')
        if kind == 'aka' and q not in self.d.alts[ent]: e.append('aka not own alias')
        if kind not in ('messy', 'script') and not (self.d.owners(q) <= {('sdn', ent)}): e.append('folds onto other')
        if kind not in ('messy', 'script'):
            if not core(q): e.append('no content word')
            if not has_latin(q): e.append('no latin')
        if kind == 'partial':
            if len([t for t in core(q).split() if len(t) >= 3]) < 2: e.append('partial too short')
            if self.d.subset_of_other(q, ent): e.append('partial subset of other')
        if kind == 'script':
            if has_latin(q): e.append('script has latin')
            if not re.search(r'[^\W\d_]', q): e.append('script no letter')
        return e

    def neg_errors(self, cat, q, others_keys=(), others_fulls=()):
        e = []
        if key(q) in self.keys: e.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls: e.append('earlier full fold')
        if key(q) in others_keys: e.append('in-set key repeat')
        if cat != 'other_script' and full(q) in others_fulls: e.append('in-set full repeat')
        if self.d.owners(q): e.append('folds onto listed')
        w = words(q)
        if w and w in self.d.wset_owner: e.append('word set equals listed')
        if q in self.d.exact or q.upper() in self.d.exact: e.append('exact listed name')
        if cat == 'other_script' and has_latin(q): e.append('other_script has latin')
        if cat == 'shares_one_word' and self.d.shared_words(q).startswith('shares no'): e.append('shares no word')
        return e
