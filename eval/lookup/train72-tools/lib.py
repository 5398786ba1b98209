"""train72 library: data, folds, load_prior, pool, rules. Python 3 stdlib only. Written from scratch."""
import csv, json, os, re, unicodedata, collections

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
NARC_CAP = 62
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FILLER = set('''the and of de del la el los las y e et for du des da do di al el le von van und
co company companies corp corporation inc incorporated ltd limited llc plc sa sas sarl srl spa gmbh ag bv nv
ltda cv sac sl saic ca cia pvt pte pty jsc ojsc cjsc pjsc oao zao ooo fze fzco fzc llp lp kg ab oy as asa
doo dd ad sro kft zrt bhd sdn tbk pt kk group grupo international internacional holding holdings trading
establishment est enterprise enterprises'''.split())

def key(s):
    return ' '.join(s.lower().split())

def _strip(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def full(s):
    s = _strip(s).lower()
    s = re.sub(r"['\u2019\u2018`\u02bc]", '', s)
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

def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}

def words(s):
    return frozenset(t for t in full(s).split() if t not in FILLER)

def has_latin(s):
    return any('a' <= c.lower() <= 'z' for c in _strip(s))

def is_narc(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))

def _rd(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            yield [x.strip() for x in r]

class Data:
    def __init__(self):
        self.sdn = {}
        for r in _rd(f'{DATA}/ofac-sdn-2019/sdn.csv'):
            if len(r) < 4: continue
            self.sdn[r[0]] = {'name': r[1], 'type': r[2], 'prog': r[3]}
        self.alts = collections.defaultdict(list)
        for r in _rd(f'{DATA}/ofac-sdn-2019/alt.csv'):
            if len(r) < 4: continue
            self.alts[r[0]].append(r[3])
        self.city = {}
        for r in _rd(f'{DATA}/ofac-sdn-2019/add.csv'):
            if len(r) < 5 or r[0] in self.city: continue
            c = r[3] if r[3] != '-0-' else ''
            c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
            if c: self.city[r[0]] = c
        self.csl = []
        with open(f'{DATA}/csl-sample/csl.csv', encoding='utf-8', newline='') as f:
            for r in csv.DictReader(f):
                ns = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append((r.get('type', '').strip(), ns))
        self.name_count = collections.Counter(v['name'] for v in self.sdn.values())
        self.alias_set = {a for v in self.alts.values() for a in v}
        self.fold_owner = collections.defaultdict(set)
        self.wset_owner = collections.defaultdict(set)
        self.exact = set()
        self.tok_org = collections.defaultdict(set)   # token -> listed org names/aliases
        self.all_wsets = []
        def add(owner, s, org):
            for fo in folds(s): self.fold_owner[fo].add(owner)
            w = words(s)
            if w: self.wset_owner[w].add(owner); self.all_wsets.append((owner, w))
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(full(s).split()):
                    if t not in FILLER: self.tok_org[t].add(s)
        for e, v in self.sdn.items():
            org = v['type'] != 'individual'
            add(e, v['name'], org)
            for a in self.alts.get(e, []): add(e, a, org)
        for i, (t, ns) in enumerate(self.csl):
            for n in ns: add('csl%d' % i, n, t.lower() != 'individual')

    def other_owner(self, s, ent):
        return {o for fo in folds(s) for o in self.fold_owner.get(fo, ()) if o != ent}

    def shared_words(self, q):
        parts = []
        seen = []
        for t in full(q).split():
            if t in FILLER or t in seen: continue
            seen.append(t)
            names = self.tok_org.get(t)
            if names:
                ex = ' | '.join(sorted(names)[:3])
                parts.append(f'{t} ({len(names)} listed org names/aliases, e.g. {ex})')
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'

def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 72)]
    return [os.path.join(LOOKUP, f) for f in fs]

def load_prior(data):
    """Returns (keys, full folds, uses per ent_num, file count). Never prints a row."""
    keys, fulls, uses, n = set(), set(), collections.Counter(), 0
    uniq = {v['name']: e for e, v in data.sdn.items() if data.name_count[v['name']] == 1}
    for p in prior_files():
        if not os.path.exists(p): continue
        n += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q)); fulls.add(full(q).replace(' ', ''))
                if r.get('expected'):
                    ents = re.findall(r'ent_num (\d+)', r.get('notes') or '')
                    if ents:
                        for e in set(ents): uses[e] += 1
                    elif r['expected'] in uniq:
                        uses[uniq[r['expected']]] += 1
    return keys, fulls, uses, n

def pool(data):
    out = {}
    for e, v in data.sdn.items():
        if v['type'] != '-0-' or data.name_count[v['name']] != 1 or v['name'] in data.alias_set: continue
        if data.other_owner(v['name'], e): continue
        if any(data.other_owner(a, e) for a in data.alts.get(e, [])): continue
        out[e] = v
    return out

class Rules:
    def __init__(self, data, prior):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = pool(data)

    def pos_errors(self, row, ent, others):
        """others: list of (key, full) of the other rows in the set."""
        q, kind, errs = row['query'], row['kind'], []
        v = self.d.sdn.get(ent)
        name = v['name'] if v else ''
        if ent not in self.pool: errs.append('not in pool')
        elif self.uses[ent] < 3: errs.append('level < 3')
        k, f = key(q), full(q)
        if k in self.keys: errs.append('earlier key')
        if kind != 'script' and (f in self.fulls or f.replace(' ', '') in self.fulls): errs.append('earlier full fold')
        ok = {o[0] for o in others}; of = {o[1] for o in others}
        if k in ok: errs.append('in-set key repeat')
        if kind != 'script' and f in of: errs.append('in-set full repeat')
        if kind == 'case':
            if q == name or q.lower() != name.lower(): errs.append('case: not a pure case change')
        elif q == name: errs.append('equals name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and f == full(name):
            errs.append('full fold unchanged')
        if kind == 'aka' and q not in self.d.alts.get(ent, []): errs.append('aka: not own alias')
        if kind not in ('messy', 'script') and self.d.other_owner(q, ent): errs.append('folds onto other record')
        if kind not in ('messy', 'script'):
            if not words(q): errs.append('no content word')
            if not has_latin(q): errs.append('no latin')
        if kind == 'partial':
            w = words(q)
            if len([t for t in w if len(t) >= 3]) < 2: errs.append('partial: < 2 content words')
            if any(o != ent and w <= ws for o, ws in self.d.all_wsets): errs.append('partial: subset of other record')
        if kind == 'script' and has_latin(q): errs.append('script: latin letters')
        if kind == 'script' and not any(c.isalpha() for c in q): errs.append('script: no letters')
        return errs

    def neg_errors(self, row, others):
        q, kind, errs = row['query'], row['kind'], []
        k, f = key(q), full(q)
        if k in self.keys: errs.append('earlier key')
        if kind != 'other_script' and (f in self.fulls or f.replace(' ', '') in self.fulls): errs.append('earlier full fold')
        if k in {o[0] for o in others}: errs.append('in-set key repeat')
        if kind != 'other_script' and f in {o[1] for o in others}: errs.append('in-set full repeat')
        if any(fo in self.d.fold_owner for fo in folds(q)): errs.append('folds onto listed name')
        w = words(q)
        if w and w in self.d.wset_owner: errs.append('word set equals listed name')
        if q in self.d.exact or q.upper() in self.d.exact: errs.append('exact listed name')
        if kind == 'other_script' and has_latin(q): errs.append('other_script: latin')
        if kind == 'shares_one_word' and not any(t in self.d.tok_org for t in full(q).split() if t not in FILLER):
            errs.append('shares_one_word: no shared word')
        return errs

def pos_note(kind, variant, prog, uses, name, ent):
    return f'{kind}: {variant}; program {prog}; earlier-set uses {uses}; target {name} [SDN ent_num {ent}]'

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$')
