"""train68 library: data loading, folds, load_prior, pool and rules. Standard library only."""
import csv, json, os, re, unicodedata
from collections import defaultdict

DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
NARC_CAP = 62

LEGAL = set('''sa de cv srl sarl ltd ltda limited llc inc corp corporation co company gmbh ag bv nv plc sl sc rl spa pte
pvt private jsc ojsc cjsc ooo zao oao pao fze fzco fzc llp lp kg ab as oy sal cia sprl eirl sapi sas sac sau s r l c v a
ca eu scs the and of y la el los las del e et und group international holding holdings companies cie compania
establishment est h ood eood doo ad dd kft zrt bhd sdn tbk pt jv''' .split())
SMALL = set('de del la las el los y e and of the for en da do dos das di du des le et a al'.split())


def clean(v):
    v = v.strip()
    return '' if v == '-0-' else v


def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub("['\u2019\u2018`\u00b4]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    out, run = [], []
    for t in s.split():
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
    return ' '.join(t for t in full(s).split() if t not in LEGAL)


def key(s):
    return ' '.join(s.split()).lower()


def folds(s):
    f, c = full(s), core(s)
    out = {('f', f), ('fn', f.replace(' ', ''))}
    if c:
        out |= {('c', c), ('cn', c.replace(' ', ''))}
    return {x for x in out if x[1]}


def words(s):
    return set(core(s).split())


def has_latin(s):
    return any('a' <= c.lower() <= 'z' for c in s)


def is_narc(prog):
    toks = re.findall(r'[A-Z0-9-]+', prog)
    return 'SDNT' in toks or 'SDNTK' in toks


class Data:
    def __init__(self):
        self.sdn = {}  # ent -> dict
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.sdn[r[0].strip()] = {'name': clean(r[1]), 'type': clean(r[2]), 'prog': clean(r[3])}
        self.alts = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.alts[r[0].strip()].append(clean(r[3]))
        self.city = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5:
                    continue
                e = r[0].strip()
                c = ' '.join(t for t in clean(r[3]).replace(',', ' , ').split() if not any(ch.isdigit() for ch in t))
                c = re.sub(r'\s+,', ',', c).strip(' ,')
                if c and e not in self.city:
                    self.city[e] = c
        self.csl = []  # (type, name, [alts])
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                alts = [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append(((r.get('type') or '').strip(), (r.get('name') or '').strip(), alts))
        self.name_count = defaultdict(int)
        for e, d in self.sdn.items():
            self.name_count[d['name']] += 1
        self.alias_set = {a.upper() for v in self.alts.values() for a in v}
        self.fold_own = defaultdict(set)
        self.wordset_own = defaultdict(set)
        self.exact = set()
        self.word_orgs = defaultdict(set)  # token -> listed org names/aliases
        self.wsets = []  # (owner, wordset) for subset rule
        self.word_idx = defaultdict(set)  # token -> indices into wsets

        def add(owner, s, org):
            if not s:
                return
            for fo in folds(s):
                self.fold_own[fo].add(owner)
            ws = frozenset(words(s))
            if ws:
                self.wordset_own[ws].add(owner)
                i = len(self.wsets)
                self.wsets.append((owner, ws))
                for w in ws:
                    self.word_idx[w].add(i)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(full(s).split()):
                    self.word_orgs[t].add(s)
        for e, d in self.sdn.items():
            org = d['type'] not in ('individual',)
            add(('sdn', e), d['name'], org)
            for a in self.alts.get(e, []):
                add(('sdn', e), a, org)
        for i, (t, n, alts) in enumerate(self.csl):
            org = t.lower() != 'individual'
            add(('csl', i), n, org)
            for a in alts:
                add(('csl', i), a, org)

    def others(self, s, ent):
        own = ('sdn', ent)
        res = set()
        for fo in folds(s):
            res |= self.fold_own.get(fo, set()) - {own}
        return res

    def subset_of_other(self, s, ent):
        ws = words(s)
        if not ws:
            return False
        idx = None
        for w in ws:
            ii = self.word_idx.get(w, set())
            idx = set(ii) if idx is None else idx & ii
            if not idx:
                return False
        return any(self.wsets[i][0] != ('sdn', ent) for i in idx)

    def shared_note(self, q):
        parts = []
        seen = []
        for t in full(q).split():
            if t in LEGAL or t in seen:
                continue
            seen.append(t)
            orgs = self.word_orgs.get(t)
            if orgs:
                ex = ' | '.join(sorted(orgs)[:3])
                parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(orgs), ex))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 68)]
    return [os.path.join(PRIOR_DIR, n) for n in names]


def load_prior(data):
    """Return (keys, full folds, uses per ent_num, file count). Never prints a row."""
    keys, ffolds, uses = set(), set(), defaultdict(int)
    unique = {d['name']: e for e, d in data.sdn.items() if data.name_count[d['name']] == 1}
    n = 0
    for p in prior_files():
        if not os.path.exists(p):
            continue
        n += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); ffolds.add(full(q))
                if r.get('expected'):
                    ents = re.findall(r'ent_num (\d+)', r.get('notes') or '')
                    if ents:
                        for e in set(ents):
                            uses[e] += 1
                    elif r['expected'] in unique:
                        uses[unique[r['expected']]] += 1
    return keys, ffolds, uses, n


def pool(data):
    out = {}
    for e, d in data.sdn.items():
        n = d['name']
        if d['type'] != '' or data.name_count[n] != 1 or n.upper() in data.alias_set:
            continue
        if data.others(n, e):
            continue
        out[e] = d
    return out


SCRIPT_KINDS = {'script'}


class Rules:
    def __init__(self, data, prior, pool_, min_level=3):
        self.d = data
        self.keys, self.ffolds, self.uses, self.nfiles = prior
        self.pool = pool_
        self.min_level = min_level

    def level(self, e):
        return self.uses.get(e, 0)

    def pos_errors(self, kind, q, e, set_keys=(), set_folds=(), narc_count=0):
        d = self.d
        err = []
        name = d.sdn[e]['name']
        if e not in self.pool:
            err.append('not in pool')
        if self.level(e) < self.min_level:
            err.append('level below %d' % self.min_level)
        if key(q) in self.keys:
            err.append('earlier key')
        if kind not in SCRIPT_KINDS and full(q) in self.ffolds:
            err.append('earlier full fold')
        if key(q) in set_keys:
            err.append('in-set key repeat')
        if kind not in SCRIPT_KINDS and full(q) in set_folds:
            err.append('in-set full fold repeat')
        if kind == 'case':
            if q == name or q.lower() != name.lower():
                err.append('case rule')
        elif q == name:
            err.append('equals name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and full(q) == full(name):
            err.append('own full fold unchanged')
        if kind == 'aka' and q not in d.alts.get(e, []):
            err.append('aka not own alias')
        if kind not in ('messy', 'script') and d.others(q, e):
            err.append('folds onto another record')
        if kind not in ('messy', 'script'):
            if not core(q) or not has_latin(q):
                err.append('no content word / latin')
        if kind == 'partial':
            cw = [t for t in core(q).split() if len(t) >= 3 and t.isalpha()]
            if len(cw) < 2:
                err.append('partial too short')
            if d.subset_of_other(q, e):
                err.append('partial word subset of another record')
        if kind == 'script' and has_latin(q):
            err.append('latin in script row')
        if is_narc(d.sdn[e]['prog']) and narc_count > NARC_CAP:
            err.append('narcotics cap')
        return err

    def neg_errors(self, kind, q, set_keys=(), set_folds=()):
        d = self.d
        err = []
        if key(q) in self.keys:
            err.append('earlier key')
        if kind != 'other_script' and full(q) in self.ffolds:
            err.append('earlier full fold')
        if key(q) in set_keys:
            err.append('in-set key repeat')
        if kind != 'other_script' and full(q) in set_folds:
            err.append('in-set full fold repeat')
        if any(fo in d.fold_own for fo in folds(q)):
            err.append('folds onto a listed name')
        ws = frozenset(words(q))
        if ws and ws in d.wordset_own:
            err.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            err.append('exact listed name')
        if kind == 'other_script' and has_latin(q):
            err.append('latin in other_script')
        if kind == 'shares_one_word' and d.shared_note(q).startswith('shares no'):
            err.append('shares no word')
        return err


def load_all():
    d = Data()
    pr = load_prior(d)
    p = pool(d)
    return d, pr, p
