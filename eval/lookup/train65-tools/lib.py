"""train65 helpers: data loading, folds, prior-set reader, pool, rules. Python 3 stdlib only."""
import csv, json, os, re, unicodedata, collections

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
FILLER = set('co company ltd limited sa sas sac saa ltda limitada cia gmbh ag inc corp corporation llc plc ooo oao zao ao pao jsc ojsc cjsc scs sca sen en c cv rl srl sapi spr kk doo pvt pte fze fzco bv nv lda sl eu ca sc ab oy as pty bhd sdn llp lp international group holding holdings trading general de del la las los el al the and y e of und van der di da do'.split())
NARC = ('SDNT', 'SDNTK')

def key(q):
    return ' '.join(q.split()).lower()

def _join_singles(toks):
    out, run = [], []
    for t in toks:
        if len(t) == 1:
            run.append(t)
        else:
            if run: out.append(''.join(run)); run = []
            out.append(t)
    if run: out.append(''.join(run))
    return out

def full_tokens(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub("['\u2019\u2018`]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if ch.isalnum() else ' ' for ch in s)
    return _join_singles(s.split())

def full(s):
    return ' '.join(full_tokens(s))

def core_tokens(s):
    return [t for t in full_tokens(s) if t not in FILLER]

def core(s):
    return ' '.join(core_tokens(s))

def folds(s):
    f, c = full(s), core(s)
    return {f, f.replace(' ', ''), c, c.replace(' ', '')} - {''}

def is_narc(prog):
    return any(t in NARC for t in re.findall(r'[A-Z0-9-]+', prog))

def nonlatin(s):
    for ch in s:
        if ch.isalpha() and not ('LATIN' in unicodedata.name(ch, '')):
            return True
    return False

def rd(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            yield [x.strip() for x in r]

class Data:
    def __init__(self):
        self.sdn = {}      # ent -> (name, type, program)
        self.alias = collections.defaultdict(list)
        self.addr = collections.defaultdict(list)
        for r in rd(DATA + '/ofac-sdn-2019/sdn.csv'):
            if len(r) < 4: continue
            self.sdn[r[0]] = (r[1], r[2], r[3])
        for r in rd(DATA + '/ofac-sdn-2019/alt.csv'):
            if len(r) < 4: continue
            self.alias[r[0]].append(r[3])
        for r in rd(DATA + '/ofac-sdn-2019/add.csv'):
            if len(r) < 5: continue
            self.addr[r[0]].append((r[2], r[3], r[4]))
        self.csl = []   # (type, name, [alts])
        with open(DATA + '/csl-sample/csl.csv', encoding='utf-8', newline='') as f:
            for r in csv.DictReader(f):
                alts = [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append((r.get('type') or '', (r.get('name') or '').strip(), alts))
        self.fold_own = collections.defaultdict(set)   # fold -> owners ('S',ent) / ('C',i)
        self.wset_own = collections.defaultdict(set)   # frozenset(core words) -> owners
        self.exact = set()
        self.word_orgs = collections.defaultdict(set)  # full word -> org names/aliases
        self.name_count = collections.Counter()
        self.all_names = []
        for e, (n, t, p) in self.sdn.items():
            names = [n] + self.alias[e]
            for x in names:
                self._add(('S', e), x, t.lower() != 'individual')
            self.name_count[n] += 1
        for i, (t, n, alts) in enumerate(self.csl):
            for x in [n] + alts:
                if x: self._add(('C', i), x, t.lower() != 'individual')
        self.alias_names = set(a for v in self.alias.values() for a in v)

    def _add(self, owner, x, org):
        for f in folds(x):
            self.fold_own[f].add(owner)
        ws = frozenset(core_tokens(x))
        if ws: self.wset_own[ws].add(owner)
        self.exact.add(x); self.exact.add(x.upper())
        self.all_names.append((owner, x))
        if org:
            for w in set(full_tokens(x)):
                self.word_orgs[w].add(x)

    def pool(self):
        out = {}
        for e, (n, t, p) in self.sdn.items():
            if t != '-0-' or self.name_count[n] != 1 or n in self.alias_names:
                continue
            ok = True
            for x in [n] + self.alias[e]:
                for f in folds(x):
                    if self.fold_own[f] - {('S', e)}:
                        ok = False
            if ok: out[e] = (n, p)
        return out

    def shared_words(self, q):
        res = []
        for w in dict.fromkeys(core_tokens(q)):
            names = self.word_orgs.get(w)
            if names and not w.isdigit():
                ex = sorted(names)[:3]
                res.append('%s (%d listed org names/aliases, e.g. %s)' % (w, len(names), ' | '.join(ex)))
        return ('shared words: ' + '; '.join(res)) if res else 'shares no word with a listed org'

def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 65)]
    return [os.path.join(LOOKUP, f) for f in fs]

def load_prior(data):
    """Returns (keys, fulls, uses per ent_num, file count). Never prints rows."""
    keys, fulls, uses = set(), set(), collections.Counter()
    uniq = {}
    for e, (n, t, p) in data.sdn.items():
        uniq.setdefault(n, []).append(e)
    nfiles = 0
    for path in prior_files():
        if not os.path.exists(path): continue
        nfiles += 1
        with open(path, encoding='utf-8') as f:
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
                    elif len(uniq.get(r['expected'], [])) == 1:
                        uses[uniq[r['expected']][0]] += 1
    return keys, fulls, uses, nfiles

# ---------------- rules ----------------
def pos_errors(data, pool, prior, kind, q, ent, other_keys=()):
    keys, fulls, uses, _ = prior
    errs = []
    if ent not in pool: errs.append('target not in pool')
    name = data.sdn[ent][0] if ent in data.sdn else ''
    if key(q) in keys: errs.append('earlier key')
    if kind != 'script' and full(q) in fulls: errs.append('earlier full fold')
    if kind == 'case':
        if q == name or q.lower() != name.lower(): errs.append('case rule')
    elif q == name: errs.append('equals name')
    own = set()
    for x in [name] + data.alias[ent]: own |= folds(x)
    if kind in ('partial', 'translation', 'transliteration', 'word_order'):
        if folds(q) & own: errs.append('folds onto own name/alias')
    if kind in ('typo', 'abbreviation') and full(q) == full(name): errs.append('equals own full fold')
    if kind == 'aka' and q not in data.alias[ent]: errs.append('aka not own alias')
    if kind not in ('messy', 'script'):
        for f in folds(q):
            if data.fold_own.get(f, set()) - {('S', ent)}: errs.append('folds onto another listed name'); break
        if not core_tokens(q): errs.append('no content word')
    if kind == 'partial':
        ws = set(core_tokens(q))
        if len([w for w in ws if len(w) >= 3]) < 2: errs.append('partial too short')
        for o, x in data.all_names:
            if o != ('S', ent):
                xs = set(core_tokens(x))
                if ws and ws <= xs: errs.append('partial word subset of another name'); break
    if kind == 'script' and not nonlatin(q): errs.append('script not non-Latin')
    return errs

def neg_errors(data, prior, cat, q):
    keys, fulls, uses, _ = prior
    errs = []
    if key(q) in keys: errs.append('earlier key')
    if cat != 'other_script' and full(q) in fulls: errs.append('earlier full fold')
    for f in folds(q):
        if f in data.fold_own: errs.append('folds onto listed name'); break
    ws = frozenset(core_tokens(q))
    if ws and ws in data.wset_own: errs.append('word set equals listed name')
    if q in data.exact or q.upper() in data.exact: errs.append('exact listed name')
    if cat == 'other_script' and not nonlatin(q): errs.append('other_script not non-Latin')
    if cat == 'shares_one_word' and data.shared_words(q).startswith('shares no'): errs.append('shares no word')
    return errs
