"""train69 library: data, folds, load_prior, pool, rules. Python 3 stdlib only. Written from scratch."""
import csv, json, os, re, unicodedata
from collections import defaultdict

DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
NARC_CAP = 62
HERE = os.path.dirname(os.path.abspath(__file__))

def clean(s):
    s = (s or '').strip()
    return '' if s == '-0-' else s

def key(s):
    return ' '.join(s.lower().split())

def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub("['\u2019`\u02bc\u2018]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    toks = s.split()
    out, run = [], ''
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run += t
        else:
            if run: out.append(run); run = ''
            out.append(t)
    if run: out.append(run)
    return ' '.join(out)

FILLER = set('''the and of de del la el los las y e et da do das dos di du des le al for in on at a an
ltd limited llc sa sadecv cv srl sl inc co corp corporation company cia ltda gmbh ag bv nv plc pjsc jsc ojsc cjsc ooo zao oao
fze fzco fzc llp lp sarl spa pte pvt sal ca sc ac lda sas sac sae sal sarl kg ohg ab as oy aps se sro spzoo
group international holding holdings companies trading'''.split())

def tokens(s):
    return full(s).split()

def content(s):
    return [t for t in tokens(s) if t not in FILLER]

def core(s):
    return ' '.join(content(s))

def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c: out |= {c, c.replace(' ', '')}
    return {x for x in out if x}

def has_latin(s):
    for ch in s:
        if ch.isalpha():
            base = unicodedata.normalize('NFKD', ch)[0]
            if 'a' <= base.lower() <= 'z':
                return True
    return False

def is_narc(prog):
    return bool(set(re.findall(r'[A-Z0-9-]+', prog)) & {'SDNT', 'SDNTK'})

def read_csv(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as f:
        return list(csv.reader(f))

class Data:
    def __init__(self):
        d = DATA + '/ofac-sdn-2019/'
        self.sdn = {}
        for r in read_csv(d + 'sdn.csv'):
            if len(r) < 4: continue
            self.sdn[r[0].strip()] = dict(name=clean(r[1]), type=clean(r[2]), prog=clean(r[3]))
        self.alts = defaultdict(list)
        for r in read_csv(d + 'alt.csv'):
            if len(r) < 4: continue
            self.alts[r[0].strip()].append(clean(r[3]))
        self.cities = defaultdict(list)
        for r in read_csv(d + 'add.csv'):
            if len(r) < 5: continue
            c = clean(r[3])
            c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
            if c: self.cities[r[0].strip()].append(c)
        self.csl = []
        with open(DATA + '/csl-sample/csl.csv', encoding='utf-8', newline='') as f:
            for r in csv.DictReader(f):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append(dict(type=(r.get('type') or '').strip(), names=[n for n in names if n]))
        self.name_count = defaultdict(int)
        for e, v in self.sdn.items(): self.name_count[v['name']] += 1
        self.alias_set = {a.upper() for al in self.alts.values() for a in al}
        self.by_name = {v['name']: e for e, v in self.sdn.items()}
        # indexes
        self.fold_own = defaultdict(set); self.wset_own = defaultdict(set)
        self.word_own = defaultdict(set); self.exact = set(); self.word_orgnames = defaultdict(set)
        def add(owner, nm, org):
            for fo in folds(nm): self.fold_own[fo].add(owner)
            ws = frozenset(content(nm))
            if ws: self.wset_own[ws].add(owner)
            for w in set(tokens(nm)): self.word_own[w].add(owner)
            self.exact.add(nm); self.exact.add(nm.upper())
            if org:
                for w in set(content(nm)): self.word_orgnames[w].add(nm)
        for e, v in self.sdn.items():
            org = v['type'] != 'individual'
            for nm in [v['name']] + self.alts.get(e, []):
                if nm: add(e, nm, org)
        for i, r in enumerate(self.csl):
            org = r['type'].lower() != 'individual'
            for nm in r['names']: add('csl:%d' % i, nm, org)

def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 69)]
    return [os.path.join(PRIOR_DIR, f) for f in fs]

def load_prior(data):
    """Returns (keys, full folds, per-entity use counts, file count). Never prints rows."""
    keys, fulls, uses = set(), set(), defaultdict(int)
    n = 0
    for p in prior_files():
        if not os.path.exists(p): continue
        n += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                try: r = json.loads(line)
                except Exception: continue
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                exp = r.get('expected')
                if exp:
                    ents = set(re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and data.name_count.get(exp) == 1:
                        ents = {data.by_name[exp]}
                    for e in ents: uses[e] += 1
    return keys, fulls, uses, n

def pool(data, uses):
    out = {}
    for e, v in data.sdn.items():
        if v['type'] != '' or not v['name']: continue
        nm = v['name']
        if data.name_count[nm] != 1 or nm.upper() in data.alias_set: continue
        if any(data.fold_own[fo] - {e} for fo in folds(nm)): continue
        out[e] = uses.get(e, 0)
    return out

def shared_words(data, q):
    parts = []
    seen = []
    for w in content(q):
        if w in seen: continue
        seen.append(w)
        names = data.word_orgnames.get(w)
        if names:
            ex = ' | '.join(sorted(names)[:3])
            parts.append('%s (%d listed org names/aliases, e.g. %s)' % (w, len(names), ex))
    return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'

FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}

class Rules:
    def __init__(self, data, prior_keys, prior_fulls, pl):
        self.d, self.pk, self.pf, self.pool = data, prior_keys, prior_fulls, pl

    def pos_errors(self, q, kind, ent, others_keys=(), others_fulls=()):
        d, errs = self.d, []
        nm = d.sdn[ent]['name']
        if ent not in self.pool: errs.append('not in pool')
        elif self.pool[ent] < 3: errs.append('level below 3')
        if key(q) in self.pk: errs.append('earlier key')
        if kind != 'script' and full(q) in self.pf: errs.append('earlier full fold')
        if key(q) in others_keys or (kind != 'script' and full(q) in others_fulls): errs.append('repeated in set')
        if kind == 'case':
            if q == nm or q.lower() != nm.lower(): errs.append('case: not a pure case change')
        elif q == nm: errs.append('equals name')
        if kind in FOLD_CHANGE and full(q) == full(nm): errs.append('full fold unchanged')
        if kind == 'aka' and q not in d.alts.get(ent, []): errs.append('aka not own alias')
        if kind not in ('messy', 'script'):
            if any(d.fold_own.get(fo, set()) - {ent} for fo in folds(q)): errs.append('folds onto another record')
        if kind not in ('script', 'messy'):
            if not content(q) or not has_latin(q): errs.append('needs a content word and Latin letters')
        if kind == 'partial':
            cw = [w for w in content(q) if len(w) >= 3]
            if len(cw) < 2: errs.append('partial: fewer than 2 content words')
            ws = set(content(q))
            owners = None
            for w in ws:
                o = d.word_own.get(w, set())
                owners = set(o) if owners is None else owners & o
            if owners and owners - {ent}: errs.append('partial: subset of another record')
        if kind == 'script' and has_latin(q): errs.append('script row has Latin letters')
        return errs

    def neg_errors(self, q, cat, others_keys=(), others_fulls=()):
        d, errs = self.d, []
        if key(q) in self.pk: errs.append('earlier key')
        if cat != 'other_script' and full(q) in self.pf: errs.append('earlier full fold')
        if key(q) in others_keys or (cat != 'other_script' and full(q) in others_fulls): errs.append('repeated in set')
        if any(d.fold_own.get(fo) for fo in folds(q)): errs.append('folds onto a listed name')
        ws = frozenset(content(q))
        if ws and ws in d.wset_own: errs.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact: errs.append('exact listed name')
        if cat == 'other_script' and has_latin(q): errs.append('other_script has Latin letters')
        if cat == 'shares_one_word' and not any(w in d.word_orgnames for w in content(q)): errs.append('shares no word')
        return errs
