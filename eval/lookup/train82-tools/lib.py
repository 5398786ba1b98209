"""train82 helpers: data loading, folds, prior-use loader, pool, rules. Written from scratch for train82."""
import csv, json, os, re, unicodedata, random
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
OUT = os.path.join(LOOKUP, 'train82.jsonl')
SEED = 82
NARC_CAP = 62
KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
               'punctuation', 'legal_form'}

# ---------------- folds ----------------
APOS = "'\u2019\u2018`\u00b4\u02bc"

def key(s):
    return ' '.join(s.lower().split())

def _tokens(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
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
    return out

def full(s):
    return ' '.join(_tokens(s))

LEGAL_WORDS = set('''sa sas de en cv rl s ltda ltd limited co company inc corp corporation llc gmbh ag bv nv sl srl sc scs
sarl sac eu ooo oao zao pao pjsc jsc ojsc cjsc fze fzco fzc llp plc pte pty sdn bhd cia spa as ao sal eirl sapi sab spr
lp cc kg ab oy oyj ehf epe ike bvba gesmbh lda pvt saeca slu uab kft zrt aps tbk eood sia ou gbr amba se ks sro kk
sti sp zoo sne snc sccl sde sdrl cxa ca srltda pvtltd ug partg scop sapa vos asa eireli tnhh gk dooel shpk too jdoo
bt sau dd ska ltdsti spzoo c limitada tov'''.split())
FILLER = LEGAL_WORDS | set('''group grupo international internacional holding holdings trading establishment enterprise
enterprises the and of y for la el del los las et und haftungsbeschrankt'''.split())

def core_tokens(s):
    return [t for t in _tokens(s) if t not in FILLER]

def core(s):
    return ' '.join(core_tokens(s))

def folds(s):
    f = full(s); c = core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}

# ---------------- legal split / title case ----------------
COND = {'de', 'en', 'y'}

def _norm_tok(t):
    return re.sub(r'[^a-z0-9]', '', unicodedata.normalize('NFKD', t).lower())

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        n = _norm_tok(toks[i - 1])
        if n in LEGAL_WORDS or n in COND or n == 'cia':
            i -= 1
        else:
            break
    # conditional words cannot lead the suffix; 'y' only before cia
    while i < len(toks):
        n = _norm_tok(toks[i])
        if n in COND and not (n == 'y' and i + 1 < len(toks) and _norm_tok(toks[i + 1]) == 'cia'):
            i += 1
        elif n == 'y':
            break
        else:
            break
    if i < 1:
        i = 1
    body = ' '.join(toks[:i]).rstrip(',')
    suf = ' '.join(toks[i:])
    return body, suf

ROMAN = re.compile(r'^(?=[ivxlc]+$)m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$', re.I)

def tcw(body):
    out = []
    for w in body.split(' '):
        if re.fullmatch(r'(?:[A-Za-z]\.){2,}', w) or (ROMAN.match(w) and len(w) <= 4 and w.isupper() and w.lower() not in ('mix', 'civil', 'mil', 'lid', 'dim', 'mc')):
            out.append(w.upper()); continue
        res, prev = [], ' '
        for ch in w:
            if prev in ' -(/."' or prev == '':
                res.append(ch.upper() if prev != '.' or True else ch)
            else:
                res.append(ch.lower())
            prev = ch
        out.append(''.join(res))
    return ' '.join(out)

def title_name(name):
    b, s = split_legal(name)
    return (tcw(b) + (' ' + s if s else '')).strip()

# ---------------- data ----------------
def _sdn_rows(fn):
    with open(os.path.join(DATA, 'ofac-sdn-2019', fn), newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            yield [x.strip() for x in r]

def clean(x):
    return '' if x in ('-0-', '') else x

class Data:
    def __init__(self):
        self.sdn = {}
        for r in _sdn_rows('sdn.csv'):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.sdn[int(r[0])] = {'ent': int(r[0]), 'name': r[1], 'type': clean(r[2]), 'program': r[3]}
        self.alts = defaultdict(list)
        for r in _sdn_rows('alt.csv'):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.alts[int(r[0])].append((clean(r[2]), r[3]))
        self.city = {}
        for r in _sdn_rows('add.csv'):
            if len(r) < 4 or not r[0].isdigit():
                continue
            e = int(r[0])
            if e in self.city:
                continue
            c = clean(r[3])
            c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
            self.city[e] = c
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # name lists per owner
        self.owner_names = {}
        for e, rec in self.sdn.items():
            self.owner_names['S:%d' % e] = [rec['name']] + [a for _, a in self.alts.get(e, [])]
        for i, rec in enumerate(self.csl):
            self.owner_names['C:%d' % i] = rec['names']
        self.name_count = Counter(rec['name'] for rec in self.sdn.values())
        self.alias_upper = set(a.upper() for e in self.alts for _, a in self.alts[e])
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_names = defaultdict(set)   # word -> name ids
        self.name_owner = []
        self.exact = set(); self.exact_up = set()
        self.org_tok = defaultdict(list)     # token -> listed org names (strings)
        for o, names in self.owner_names.items():
            is_org = (o.startswith('S:') and self.sdn[int(o[2:])]['type'].lower() != 'individual') or \
                     (o.startswith('C:') and self.csl[int(o[2:])]['type'] != 'Individual')
            for n in names:
                for fo in folds(n):
                    self.fold_owner[fo].add(o)
                ct = core_tokens(n)
                if ct:
                    self.wordset_owner[frozenset(ct)].add(o)
                nid = len(self.name_owner); self.name_owner.append(o)
                for w in set(ct):
                    self.word_names[w].add(nid)
                self.exact.add(n); self.exact_up.add(n.upper())
                if is_org:
                    for t in set(_tokens(n)):
                        self.org_tok[t].append(n)

    def is_narc(self, e):
        return bool(re.search(r'\bSDNTK?\b', self.sdn[e]['program']))

    def unique_name_ent(self, name):
        if self.name_count.get(name) != 1:
            return None
        for e, r in self.sdn.items():
            if r['name'] == name:
                return e
        return None

    def tok_count(self, t):
        return len(self.org_tok.get(t, ()))

    def shared_words(self, q):
        parts = []
        seen = set()
        for t in core_tokens(q):
            if t in seen:
                continue
            seen.add(t)
            names = self.org_tok.get(t)
            if names:
                n = len(names)
                ex = ' | '.join(names[:3])
                parts.append('%s (%d listed org %s, e.g. %s)' % (t, n, 'name/alias' if n == 1 else 'names/aliases', ex))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def folds_onto_other(self, q, target_owner=None):
        for fo in folds(q):
            for o in self.fold_owner.get(fo, ()):
                if o != target_owner:
                    return fo
        return None

    def subset_other(self, q, target_owner):
        ws = set(core_tokens(q))
        if not ws:
            return True
        sets = [self.word_names.get(w, set()) for w in ws]
        inter = set.intersection(*sets) if sets else set()
        return any(self.name_owner[i] != target_owner for i in inter)

# ---------------- earlier sets ----------------
def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 82)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]

ENT_RE = re.compile(r'ent_num\D{0,3}(\d+)')

def load_prior(data):
    """Returns (keys, fulls, uses Counter by ent_num, file count). Never returns rows."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files()
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is not None:
                    ents = set(int(x) for x in ENT_RE.findall(r.get('notes') or ''))
                    if not ents:
                        e = data.unique_name_ent(r['expected'])
                        if e is not None:
                            ents = {e}
                    for e in ents:
                        uses[e] += 1
    return keys, fulls, uses, len(files)

# ---------------- pool ----------------
def pool(data):
    out = []
    for e, r in data.sdn.items():
        if r['type'] != '' or data.name_count[r['name']] != 1:
            continue
        if r['name'].upper() in data.alias_upper:
            continue
        ok = True
        for n in data.owner_names['S:%d' % e]:
            for fo in folds(n):
                if data.fold_owner[fo] - {'S:%d' % e}:
                    ok = False; break
            if not ok:
                break
        if ok:
            out.append(e)
    return sorted(out)

# ---------------- notes ----------------
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+?); program (?P<prog>.+?); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')

def pos_note(kind, shape, detail, prog, uses, name, ent):
    v = shape + (' (%s)' % detail if detail else '')
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, v, prog, uses, name, ent)

def has_latin(s):
    return any('LATIN' in unicodedata.name(c, '') for c in s if c.isalpha())

def n_letters(s):
    return sum(1 for c in s if c.isalpha())

# ---------------- rules ----------------
SMALL_EXTRA = {'para', 'con', 'por', 'en', 'for'}

def is_small(w):
    n = _norm_tok(w)
    return (not n) or n in FILLER or len(n) <= 2 or bool(ROMAN.match(n)) or n in SMALL_EXTRA

class Rules:
    def __init__(self, data, prior_keys, prior_fulls, uses, pool_set):
        self.d, self.pk, self.pf, self.uses, self.pool = data, prior_keys, prior_fulls, uses, pool_set

    def pos_errors(self, kind, q, ent, shape, set_keys=(), set_fulls=()):
        d = self.d; errs = []
        name = d.sdn[ent]['name']; owner = 'S:%d' % ent
        if ent not in self.pool: errs.append('not in pool')
        if self.uses.get(ent, 0) < 3: errs.append('level below 3')
        if not q.strip(): errs.append('empty')
        if key(q) in self.pk: errs.append('earlier key')
        if kind != 'script' and full(q) in self.pf: errs.append('earlier full fold')
        if key(q) in set_keys: errs.append('in-set key repeat')
        if kind != 'script' and full(q) in set_fulls: errs.append('in-set full repeat')
        if kind == 'case':
            if q == name or q.lower() != name.lower(): errs.append('case rule')
        elif q == name:
            errs.append('equals name')
        if kind in FOLD_CHANGE and full(q) == full(name): errs.append('fold unchanged')
        if kind == 'aka' and q not in [a for _, a in d.alts.get(ent, [])]: errs.append('not own alias')
        if kind not in ('messy', 'script'):
            fo = d.folds_onto_other(q, owner)
            if fo: errs.append('folds onto other: ' + fo)
            if not core_tokens(q) or not has_latin(q): errs.append('no content word / latin')
        if kind == 'partial':
            if sum(1 for t in core_tokens(q) if len(t) >= 3) < 2: errs.append('partial too short')
            if d.subset_other(q, owner): errs.append('partial subset')
        if kind == 'script':
            if has_latin(q) or n_letters(q) < 1: errs.append('script letters')
        return errs

    def neg_errors(self, cat, q, set_keys=(), set_fulls=()):
        d = self.d; errs = []
        if not q.strip(): errs.append('empty')
        if key(q) in self.pk: errs.append('earlier key')
        if cat != 'other_script' and full(q) in self.pf: errs.append('earlier full fold')
        if key(q) in set_keys: errs.append('in-set key repeat')
        if cat != 'other_script' and full(q) in set_fulls: errs.append('in-set full repeat')
        for fo in folds(q):
            if fo in d.fold_owner: errs.append('folds onto listed: ' + fo); break
        ct = core_tokens(q)
        if ct and frozenset(ct) in d.wordset_owner: errs.append('word set equals listed')
        if q in d.exact or q.upper() in d.exact_up: errs.append('exact listed name')
        if cat == 'other_script' and has_latin(q): errs.append('latin in other_script')
        if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'): errs.append('shares no word')
        return errs
