"""train78 helpers: data loading, folds, earlier-set loader, pool, rules. Standard library only."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SET_NO = 78
NARC_CAP = 62
OUT = os.path.join(LOOKUP, 'train78.jsonl')

POS_KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
             'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

APOS = "'\u2019\u2018`\u00b4\u02bc\u02bb"

def key(s):
    return ' '.join(s.lower().split())

def _strip_marks(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def full_tokens(s):
    s = _strip_marks(s).lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
    toks, out, run = s.split(), [], []
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run.append(t)
        else:
            if run:
                out.append(''.join(run)); run = []
            out.append(t)
    if run:
        out.append(''.join(run))
    return out

def full(s):
    return ' '.join(full_tokens(s))

FILLER = set('''the and of de del la las los el y e et und da do dos das di du des le for al
group grupo groupe gruppe international internacional intl holding holdings trading establishment est
enterprise enterprises company co corp corporation inc incorporated ltd limited llc plc sa sas sarl srl
gmbh ag bv nv ab oy as spa cia cv sadecv sdecv sl ltda eirl jsc ojsc cjsc pjsc oao zao ooo pao fze fzco fzc llp lp
pvt pte bhd sdn kk sc scs sca se kg co. cie compania compagnie company's trust'''.split())

def core_tokens(s):
    return [t for t in full_tokens(s) if t not in FILLER]

def core(s):
    return ' '.join(core_tokens(s))

def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return {x for x in out if x}

def is_narc(prog):
    return bool(set(re.split(r'[^A-Z0-9-]+', prog.upper())) & {'SDNT', 'SDNTK'})

def _clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

class Data:
    def __init__(self):
        d = os.path.join(DATA, 'ofac-sdn-2019')
        self.sdn = {}
        with open(os.path.join(d, 'sdn.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4 or not r[0].strip().isdigit():
                    continue
                self.sdn[int(r[0])] = {'ent': int(r[0]), 'name': r[1].strip(), 'type': _clean(r[2]),
                                       'program': _clean(r[3])}
        self.alts = defaultdict(list)
        with open(os.path.join(d, 'alt.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4 or not r[0].strip().isdigit():
                    continue
                a = _clean(r[3])
                if a:
                    self.alts[int(r[0])].append(a)
        self.city = {}
        with open(os.path.join(d, 'add.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4 or not r[0].strip().isdigit():
                    continue
                e = int(r[0])
                c = _clean(r[3])
                if c and e not in self.city:
                    c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                    if c:
                        self.city[e] = c
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.DictReader(f):
                names = [(r.get('name') or '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        self.name_count = Counter(r['name'] for r in self.sdn.values())
        self.alias_set = {a for al in self.alts.values() for a in al}
        self.by_name = defaultdict(list)
        for r in self.sdn.values():
            self.by_name[r['name']].append(r['ent'])
        # indexes: owner ids are ('sdn', ent) or ('csl', i)
        self.fold_own = defaultdict(set)
        self.wset_own = defaultdict(set)
        self.exact = set()
        self.tok_org = defaultdict(set)   # token -> listed org names/aliases
        self.owner_words = {}
        def add(owner, s, org):
            for k in folds(s):
                self.fold_own[k].add(owner)
            ws = frozenset(core_tokens(s))
            if ws:
                self.wset_own[ws].add(owner)
            self.owner_words.setdefault(owner, []).append(set(full_tokens(s)))
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(full_tokens(s)):
                    self.tok_org[t].add(s)
        for e, r in self.sdn.items():
            org = r['type'] not in ('individual',)
            add(('sdn', e), r['name'], org)
            for a in self.alts.get(e, []):
                add(('sdn', e), a, org)
        for i, c in enumerate(self.csl):
            org = c['type'].lower() not in ('individual',)
            for n in c['names']:
                add(('csl', i), n, org)

    def unique_name(self, name):
        return self.name_count.get(name, 0) == 1

    def shared_words(self, q):
        parts = []
        for t in dict.fromkeys(full_tokens(q)):
            if t in FILLER:
                continue
            names = self.tok_org.get(t)
            if names:
                ex = sorted(names)[:3]
                parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(names), ' | '.join(ex)))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'

def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, SET_NO)]
    return [os.path.join(LOOKUP, f) for f in fs]

def load_prior(data):
    """Returns (keys, full folds, use counts per ent_num, file count). Never returns rows."""
    keys, fulls, uses, n = set(), set(), Counter(), 0
    for p in prior_files():
        if not os.path.exists(p):
            raise SystemExit('missing earlier file: ' + os.path.basename(p))
        n += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is not None:
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and data.unique_name(r['expected']):
                        ents = set(data.by_name[r['expected']])
                    for e in ents:
                        uses[e] += 1
    return keys, fulls, uses, n

def pool(data):
    out = {}
    for e, r in data.sdn.items():
        if r['type'] != '':
            continue
        if not data.unique_name(r['name']) or r['name'] in data.alias_set:
            continue
        ok = True
        for s in [r['name']] + data.alts.get(e, []):
            for k in folds(s):
                if data.fold_own[k] - {('sdn', e)}:
                    ok = False; break
            if not ok:
                break
        if ok:
            out[e] = r
    return out

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<prog>[^;]+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')

def has_latin(s):
    return any(('a' <= c.lower() <= 'z') for c in _strip_marks(s))

def letters(s):
    return sum(1 for c in s if c.isalpha())

class Rules:
    def __init__(self, data, prior_keys, prior_fulls, uses, pool_):
        self.d, self.pk, self.pf, self.uses, self.pool = data, prior_keys, prior_fulls, uses, pool_

    def pos_errors(self, kind, q, ent, taken_keys=(), taken_fulls=()):
        err = []
        r = self.pool.get(ent)
        if r is None:
            return ['target not in pool']
        if self.uses.get(ent, 0) < 3:
            err.append('level < 3')
        k, f = key(q), full(q)
        script = kind == 'script'
        if k in self.pk:
            err.append('earlier key')
        if not script and f in self.pf:
            err.append('earlier full fold')
        if k in taken_keys:
            err.append('in-set key repeat')
        if not script and f in taken_fulls:
            err.append('in-set full repeat')
        name = r['name']
        if kind == 'case':
            if q == name:
                err.append('equals name')
            if q.lower() != name.lower():
                err.append('case row changes more than case')
        elif q == name:
            err.append('equals name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and f == full(name):
            err.append('full fold unchanged')
        if kind == 'aka' and q not in self.d.alts.get(ent, []):
            err.append('aka not own alias')
        if kind not in ('messy', 'script'):
            for kk in folds(q):
                if self.d.fold_own.get(kk, set()) - {('sdn', ent)}:
                    err.append('folds onto other record'); break
        if kind not in ('script', 'messy'):
            if not core_tokens(q) or not has_latin(q):
                err.append('no content word / Latin letters')
        if kind == 'partial':
            ct = [t for t in core_tokens(q) if len(t) >= 3]
            if len(ct) < 2:
                err.append('partial < 2 content words')
            ws = set(full_tokens(q))
            for own, wl in self.d.owner_words.items():
                if own == ('sdn', ent):
                    continue
                if any(ws <= w for w in wl):
                    err.append('partial subset of another record'); break
        if script:
            if has_latin(q) or letters(q) < 1:
                err.append('script row has Latin letters or no letters')
        return err

    def neg_errors(self, cat, q, taken_keys=(), taken_fulls=()):
        err = []
        k, f = key(q), full(q)
        os_ = cat == 'other_script'
        if k in self.pk:
            err.append('earlier key')
        if not os_ and f in self.pf:
            err.append('earlier full fold')
        if k in taken_keys:
            err.append('in-set key repeat')
        if not os_ and f in taken_fulls:
            err.append('in-set full repeat')
        for kk in folds(q):
            if kk in self.d.fold_own:
                err.append('folds onto listed name'); break
        ws = frozenset(core_tokens(q))
        if ws and ws in self.d.wset_own:
            err.append('word set equals listed name')
        if q in self.d.exact or q.upper() in self.d.exact:
            err.append('exact listed name')
        if os_ and has_latin(q):
            err.append('other_script has Latin letters')
        if cat == 'shares_one_word' and not any(t in self.d.tok_org for t in full_tokens(q) if t not in FILLER):
            err.append('shares no word')
        return err
