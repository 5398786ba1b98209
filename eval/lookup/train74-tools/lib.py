"""train74 library: data, folds, load_prior, pool, rules. Python 3 stdlib only."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
NARC_CAP = 62
LEVELS = (3, 4)

FILLER = set('''the and of de del la el y e et und a an for los las
group grupo groupe gruppe international internacional intl holding holdings trading establishment est
enterprise enterprises company co corp corporation inc incorporated ltd limited llc plc sa s a cv ltda
gmbh ag srl sl sas spa bv nv ab oy as aps kg ooo oao zao pjsc jsc ojsc cjsc sarl sprl pte pvt lda eirl
cia compania sociedad anonima'''.split())


def strip_marks(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def fold_full(s):
    s = strip_marks(s).lower()
    s = re.sub(r"['\u2019\u2018`\u02bc]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    toks = s.split()
    out, run = [], ''
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run += t
        else:
            if run:
                out.append(run); run = ''
            out.append(t)
    if run:
        out.append(run)
    return ' '.join(out)


def fold_core(s):
    return ' '.join(t for t in fold_full(s).split() if t not in FILLER)


def key(s):
    return ' '.join(s.split()).lower()


def folds(s):
    f, c = fold_full(s), fold_core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}


def words(s):
    return set(fold_core(s).split())


def has_latin(s):
    return any(('a' <= c.lower() <= 'z') for c in strip_marks(s))


def is_narc(prog):
    return bool(set(re.findall(r'[A-Z0-9-]+', prog)) & {'SDNT', 'SDNTK'})


def _c(x):
    x = x.strip()
    return '' if x == '-0-' else x


class Data:
    def __init__(self):
        self.sdn = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.sdn[r[0].strip()] = {'name': r[1].strip(), 'type': r[2].strip(), 'prog': _c(r[3])}
        self.alts = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) >= 4 and r[0].strip() in self.sdn:
                    self.alts[r[0].strip()].append(r[3].strip())
        self.city = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = r[0].strip()
                c = _c(r[3])
                c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                if c and e not in self.city:
                    self.city[e] = c
        self.csl = []  # (is_org, name)
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                org = (r.get('type') or '').strip().lower() != 'individual'
                nm = (r.get('name') or '').strip()
                if nm:
                    self.csl.append((org, nm))
                for a in (r.get('alt_names') or '').split(';'):
                    if a.strip():
                        self.csl.append((org, a.strip()))
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_set = {a for l in self.alts.values() for a in l}
        self.fold_owner = defaultdict(set)
        self.wset_owner = defaultdict(set)
        self.exact = set()
        self.tok_orgs = defaultdict(set)
        self.owner_words = defaultdict(set)
        def add(owner, nm, org):
            for fo in folds(nm):
                self.fold_owner[fo].add(owner)
            w = frozenset(words(nm))
            if w:
                self.wset_owner[w].add(owner)
            self.owner_words[owner] |= set(w)
            self.exact.add(nm); self.exact.add(nm.upper())
            if org:
                for t in set(fold_full(nm).split()):
                    if t not in FILLER:
                        self.tok_orgs[t].add(nm)
        for e, v in self.sdn.items():
            org = v['type'] != 'individual'
            add(e, v['name'], org)
            for a in self.alts[e]:
                add(e, a, org)
        for i, (org, nm) in enumerate(self.csl):
            add('csl%d' % i, nm, org)

    def by_name(self, name):
        for e, v in self.sdn.items():
            if v['name'] == name:
                return e
        return None

    def shared_words(self, q):
        toks = []
        for t in fold_full(q).split():
            if t not in FILLER and t in self.tok_orgs and t not in toks:
                toks.append(t)
        if not toks:
            return 'shares no word with a listed org'
        parts = []
        for t in toks:
            ex = sorted(self.tok_orgs[t])
            parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(ex), ' | '.join(ex[:3])))
        return 'shared words: ' + '; '.join(parts)


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 74)]
    return [os.path.join(LOOKUP, n) for n in names]


def load_prior(data):
    """Earlier sets -> (keys, full folds, per-entity use Counter, file count). Never prints rows."""
    keys, fulls, uses, n = set(), set(), Counter(), 0
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
                keys.add(key(q)); fulls.add(fold_full(q))
                if r.get('expected'):
                    ents = re.findall(r'ent_num (\d+)', r.get('notes') or '')
                    if ents:
                        for e in set(ents):
                            uses[e] += 1
                    elif data.name_count.get(r['expected']) == 1:
                        uses[data.by_name(r['expected'])] += 1
    return keys, fulls, uses, n


def pool(data):
    out = []
    for e, v in data.sdn.items():
        if v['type'] != '-0-' or data.name_count[v['name']] != 1 or v['name'] in data.alias_set:
            continue
        ok = True
        for nm in [v['name']] + data.alts[e]:
            for fo in folds(nm):
                if data.fold_owner[fo] - {e}:
                    ok = False
        if ok:
            out.append(e)
    return out


NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<var>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); '
                     r'target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$')

NO_FOLD_CHANGE_OK = {'aka', 'case', 'script', 'messy', 'parent_vs_subsidiary'}


class Rules:
    def __init__(self, data, prior, poolset):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = poolset

    def pos_errors(self, kind, q, ent, others_keys=(), others_fulls=()):
        d, errs = self.d, []
        v = d.sdn[ent]; name = v['name']
        if ent not in self.pool:
            errs.append('not in pool')
        if self.uses[ent] < 3:
            errs.append('level < 3')
        script = kind == 'script'
        if key(q) in self.keys or (not script and fold_full(q) in self.fulls):
            errs.append('earlier key/full fold')
        if key(q) in others_keys or (not script and fold_full(q) in others_fulls):
            errs.append('repeated in set')
        if kind == 'case':
            if q == name or q.lower() != name.lower():
                errs.append('case: not a case change')
        elif q == name:
            errs.append('equals name')
        if kind not in NO_FOLD_CHANGE_OK and fold_full(q) == fold_full(name):
            errs.append('own full fold unchanged')
        if kind == 'aka' and q not in d.alts[ent]:
            errs.append('aka not own alias')
        if kind not in ('messy', 'script'):
            for fo in folds(q):
                if d.fold_owner.get(fo, set()) - {ent}:
                    errs.append('folds onto another record'); break
        if kind not in ('messy', 'script'):
            if not words(q) or not has_latin(q):
                errs.append('no content word / Latin letters')
        if kind == 'partial':
            w = words(q)
            if len([t for t in w if len(t) >= 3]) < 2:
                errs.append('partial too short')
            for o, ow in d.owner_words.items():
                if o != ent and w and w <= ow:
                    errs.append('partial subset of another record'); break
        if script:
            if has_latin(q) or not any(c.isalpha() for c in q):
                errs.append('script letters')
        return errs

    def neg_errors(self, cat, q, others_keys=(), others_fulls=()):
        d, errs = self.d, []
        osc = cat == 'other_script'
        if key(q) in self.keys or (not osc and fold_full(q) in self.fulls):
            errs.append('earlier key/full fold')
        if key(q) in others_keys or (not osc and fold_full(q) in others_fulls):
            errs.append('repeated in set')
        for fo in folds(q):
            if fo in d.fold_owner:
                errs.append('folds onto a listed name'); break
        if frozenset(words(q)) in d.wset_owner:
            errs.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            errs.append('exact listed name')
        if osc and has_latin(q):
            errs.append('other_script has Latin letters')
        if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'):
            errs.append('no shared word')
        return errs
