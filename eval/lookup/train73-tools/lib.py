"""train73 library: data, folds, load_prior, pool, rules. Standard library only."""
import csv, json, os, re, unicodedata, collections
DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
NARC_CAP = 62
KINDS = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FILLER = set('''the and of for de del la las los el y e et und da do di du des le al a an in on at to
co company companies corp corporation corporacion inc incorporated ltd limited llc lp llp plc sa sas sarl
srl spa gmbh ag kg bv nv ab as oy asa sl sae sab cv sadecv ltda cia compania compagnie pty pvt pte bhd sdn
jsc ojsc cjsc pjsc ooo zao oao fze fzco fzc fz est establishment enterprise enterprises group grupo
international internacional intl holding holdings trading trade company's jv sociedad anonima limitada
s c v r l'''.split())
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<prog>[^;]+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')

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
    out, run = [], []
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run.append(t)
        else:
            if run:
                out.append(''.join(run)); run = []
            out.append(t)
    if run:
        out.append(''.join(run))
    return ' '.join(out)

def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, c, f.replace(' ', ''), c.replace(' ', '')) if x}

def content(s):
    return [t for t in full(s).split() if t not in FILLER]

def has_latin(s):
    return any('a' <= c <= 'z' for c in _strip(s).lower())

def narc(prog):
    return bool(set(re.findall(r'[A-Z0-9]+', prog)) & {'SDNT', 'SDNTK'})

def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

class Data:
    def __init__(self):
        self.sdn = {}
        for r in csv.reader(open(f'{DATA}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace')):
            if len(r) < 4: continue
            self.sdn[int(r[0])] = dict(name=r[1].strip(), type=clean(r[2]), prog=clean(r[3]))
        self.alts = collections.defaultdict(list)
        for r in csv.reader(open(f'{DATA}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace')):
            if len(r) < 4: continue
            self.alts[int(r[0])].append(r[3].strip())
        self.city = {}
        for r in csv.reader(open(f'{DATA}/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace')):
            if len(r) < 4: continue
            e = int(r[0]); c = clean(r[3])
            if e in self.city or not c: continue
            c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
            if c: self.city[e] = c
        self.csl = []
        with open(f'{DATA}/csl-sample/csl.csv', encoding='utf-8', errors='replace') as fh:
            for r in csv.DictReader(fh):
                names = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append((r.get('type') or '', names))
        self.name_count = collections.Counter(v['name'] for v in self.sdn.values())
        self.alias_set = {a for l in self.alts.values() for a in l}
        self.fold_own = collections.defaultdict(set)
        self.wset_own = collections.defaultdict(set)
        self.words_own = collections.defaultdict(set)
        self.exact = set()
        self.tok_orgs = collections.defaultdict(set)
        def add(owner, n, org):
            for f in folds(n): self.fold_own[f].add(owner)
            ws = frozenset(content(n))
            if ws: self.wset_own[ws].add(owner)
            self.words_own[owner] |= set(full(n).split())
            self.exact.add(n); self.exact.add(n.upper())
            if org:
                for t in set(full(n).split()): self.tok_orgs[t].add(n)
        for e, v in self.sdn.items():
            org = v['type'] != 'individual'
            for n in [v['name']] + self.alts.get(e, []):
                add(('sdn', e), n, org)
        for i, (t, names) in enumerate(self.csl):
            for n in names:
                add(('csl', i), n, t.strip().lower() != 'individual')

    def owners(self, s):
        o = set()
        for f in folds(s): o |= self.fold_own.get(f, set())
        return o

    def shared_words(self, q):
        parts = []
        for t in dict.fromkeys(content(q)):
            ns = self.tok_orgs.get(t)
            if ns:
                ex = ' | '.join(sorted(ns)[:3])
                parts.append(f'{t} ({len(ns)} listed org names/aliases, e.g. {ex})')
        return 'shared words: ' + '; '.join(parts) if parts else 'shares no word with a listed org'

def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + [f'train{i}.jsonl' for i in range(2, 73)]
    return [os.path.join(LOOKUP, f) for f in fs]

def load_prior(data):
    """Returns (keys, fulls, uses Counter of ent_num, file count). Prints nothing."""
    keys, fulls, uses = set(), set(), collections.Counter()
    uniq = {v['name']: e for e, v in data.sdn.items() if data.name_count[v['name']] == 1}
    n = 0
    for p in prior_files():
        if not os.path.exists(p): continue
        n += 1
        for line in open(p, encoding='utf-8'):
            line = line.strip()
            if not line: continue
            r = json.loads(line)
            q = r.get('query') or ''
            keys.add(key(q)); fulls.add(full(q))
            if r.get('expected'):
                ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                if ents:
                    for e in ents: uses[e] += 1
                elif r['expected'] in uniq:
                    uses[uniq[r['expected']]] += 1
    return keys, fulls, uses, n

def pool(data):
    out = []
    for e, v in data.sdn.items():
        if v['type'] != '' or data.name_count[v['name']] != 1 or v['name'] in data.alias_set:
            continue
        ok = True
        for n in [v['name']] + data.alts.get(e, []):
            if data.owners(n) - {('sdn', e)}:
                ok = False; break
        if ok: out.append(e)
    return sorted(out)

class Rules:
    def __init__(self, data, prior, poolset):
        self.d = data; self.keys, self.fulls, self.uses, self.nfiles = prior; self.pool = poolset

    def pos_errors(self, q, kind, ent, taken_keys=(), taken_fulls=()):
        d, v, err = self.d, self.d.sdn[ent], []
        if ent not in self.pool: err.append('not in pool')
        if self.uses.get(ent, 0) < 3: err.append('level < 3')
        k, f = key(q), full(q)
        if k in self.keys: err.append('earlier key')
        if kind != 'script' and f in self.fulls: err.append('earlier full fold')
        if k in taken_keys or (kind != 'script' and f in taken_fulls): err.append('in-set repeat')
        if kind == 'case':
            if q == v['name'] or q.lower() != v['name'].lower(): err.append('case not case-only')
        elif q == v['name']: err.append('equals name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and f == full(v['name']):
            err.append('own full fold unchanged')
        if kind == 'aka' and q not in d.alts.get(ent, []): err.append('aka not own alias')
        if kind not in ('messy', 'script') and d.owners(q) - {('sdn', ent)}: err.append('folds onto another record')
        if kind not in ('messy', 'script') and (not content(q) or not has_latin(q)): err.append('no content/latin')
        if kind == 'partial':
            cw = [t for t in content(q) if len(t) >= 3]
            if len(cw) < 2: err.append('partial too short')
            ws = set(content(q))
            for o, words in d.words_own.items():
                if o != ('sdn', ent) and ws <= words: err.append('partial subset of other'); break
        if kind == 'script':
            if has_latin(q): err.append('script has latin')
            if not any(c.isalpha() for c in q): err.append('script no letters')
        return err

    def neg_errors(self, q, cat, taken_keys=(), taken_fulls=()):
        d, err = self.d, []
        k, f = key(q), full(q)
        if k in self.keys or (cat != 'other_script' and f in self.fulls): err.append('earlier key/fold')
        if k in taken_keys or (cat != 'other_script' and f in taken_fulls): err.append('in-set repeat')
        if d.owners(q): err.append('folds onto listed')
        ws = frozenset(content(q))
        if ws and ws in d.wset_own: err.append('word set equals listed')
        if q in d.exact or q.upper() in d.exact: err.append('exact listed')
        if cat == 'other_script' and has_latin(q): err.append('latin in other_script')
        if cat == 'shares_one_word' and not any(t in d.tok_orgs for t in content(q)): err.append('shares no word')
        return err
