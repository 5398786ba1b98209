"""train67 tools: data loading, folds, load_prior, pool and rules. Python 3 stdlib only."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
NARC_CAP = 62
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

FILLER = set('''ltd ltda limited co company companies corp corporation inc incorporated llc plc sa s a de cv
sas srl spa gmbh ag bv nv kg ab as oy sarl sl sc scs ca eu the and y e et of del la el los las di der und
group groupe grupo holding holdings international internacional intl pte pvt private public jsc ojsc cjsc
pjsc ooo zao oao fze fzco fzc est establishment sal offshore off shore rl r l s de rl c v cia sociedad anonima
ii iii'''.split())


def strip_marks(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def key(q):
    return ' '.join(q.split()).lower()


def _join_singles(toks):
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
    return out


def tokens(s):
    s = strip_marks(s).lower()
    s = s.replace("'", '').replace('\u2019', '').replace('`', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[^0-9a-z]+', ' ', s)   # ASCII only after NFKD; other scripts -> space
    return _join_singles(s.split())


def tokens_u(s):
    """Unicode-aware tokens (keeps non-Latin letters) for script rows and word indexes."""
    s = strip_marks(s).lower()
    s = s.replace("'", '').replace('\u2019', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    return _join_singles(s.split())


def full(s):
    return ' '.join(tokens_u(s))


def core(s):
    return ' '.join(t for t in tokens_u(s) if t not in FILLER)


def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}


def content_words(s):
    return [t for t in tokens_u(s) if t not in FILLER]


def is_narc(program):
    return bool(re.search(r'\bSDNTK?\b', program))


def read_csv(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as f:
        for row in csv.reader(f):
            yield [None if c.strip() == '-0-' else c.strip() for c in row]


class Data:
    def __init__(self):
        self.sdn = {}          # ent -> dict
        self.alias = defaultdict(list)  # ent -> [alias]
        self.cities = defaultdict(list)
        for r in read_csv(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv')):
            if len(r) < 4 or not r[0]:
                continue
            self.sdn[int(r[0])] = {'ent': int(r[0]), 'name': r[1], 'type': r[2], 'program': r[3] or ''}
        for r in read_csv(os.path.join(DATA, 'ofac-sdn-2019/alt.csv')):
            if len(r) >= 4 and r[0] and r[3]:
                self.alias[int(r[0])].append(r[3])
        for r in read_csv(os.path.join(DATA, 'ofac-sdn-2019/add.csv')):
            if len(r) >= 5 and r[0] and r[3]:
                city = ' '.join(t for t in re.split(r'\s+', r[3]) if not re.search(r'\d', t)).strip(' ,')
                if city:
                    self.cities[int(r[0])].append(city)
        self.csl = []   # (name, is_org)
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for row in csv.DictReader(f):
                org = (row.get('type') or '').strip().lower() != 'individual'
                nm = (row.get('name') or '').strip()
                if nm:
                    self.csl.append((nm, org))
                for a in (row.get('alt_names') or '').split(';'):
                    if a.strip():
                        self.csl.append((a.strip(), org))
        # indexes
        self.fold_owner = defaultdict(set)     # fold -> owners ('sdn', ent) / ('csl', i)
        self.wordset_owner = defaultdict(set)
        self.exact = set()
        self.org_word_names = defaultdict(set)  # word -> listed org names/aliases containing it
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_names = set()
        self.record_words = defaultdict(set)    # owner -> set of word sets
        for e, v in self.sdn.items():
            names = [v['name']] + self.alias[e]
            for a in self.alias[e]:
                self.alias_names.add(a)
            for n in names:
                self._index(('sdn', e), n, v['type'] is None)
        for i, (n, org) in enumerate(self.csl):
            self._index(('csl', i), n, org)

    def _index(self, owner, n, org):
        for f in folds(n):
            self.fold_owner[f].add(owner)
        ws = frozenset(content_words(n))
        if ws:
            self.wordset_owner[ws].add(owner)
            self.record_words[owner].add(ws)
        self.exact.add(n); self.exact.add(n.upper())
        if org:
            for w in set(tokens_u(n)):
                self.org_word_names[w].add(n)

    def unique_org(self, name):
        return self.name_count.get(name) == 1 and name not in self.alias_names

    def ent_of(self, name):
        for e, v in self.sdn.items():
            if v['name'] == name:
                return e
        return None


def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 67)]
    return [os.path.join(PRIOR_DIR, f) for f in fs]


def load_prior(data):
    """Returns (keys, full folds, per-entity use counts, file count). Never prints rows."""
    keys, fulls, uses = set(), set(), Counter()
    name_to_ent = {v['name']: e for e, v in data.sdn.items() if data.name_count[v['name']] == 1}
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
                try:
                    r = json.loads(line)
                except Exception:
                    continue
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = [int(x) for x in re.findall(r'ent_num\s+(\d+)', r.get('notes') or '')]
                    if not ents and r['expected'] in name_to_ent:
                        ents = [name_to_ent[r['expected']]]
                    for e in set(ents):
                        uses[e] += 1
    return keys, fulls, uses, n


def pool(data, uses):
    """Unique-name -0- organisations, name not an alias, none of whose folds belong to another record/CSL name."""
    out = {}
    for e, v in data.sdn.items():
        if v['type'] is not None or not data.unique_org(v['name']):
            continue
        ok = True
        for n in [v['name']] + data.alias[e]:
            for f in folds(n):
                if data.fold_owner[f] - {('sdn', e)}:
                    ok = False
        if ok:
            out[e] = uses.get(e, 0)
    return out


def shared_words_text(data, q):
    parts = []
    seen = set()
    for w in tokens_u(q):
        if w in FILLER or w in seen:
            continue
        seen.add(w)
        names = sorted(data.org_word_names.get(w, ()))
        if names:
            parts.append('%s (%d listed org names/aliases, e.g. %s)' % (w, len(names), ' | '.join(names[:3])))
    if not parts:
        return 'shares no word with a listed org'
    return 'shared words: ' + '; '.join(parts)


def has_latin(s):
    return any('a' <= c.lower() <= 'z' for c in s)


class Rules:
    def __init__(self, data, prior_keys, prior_fulls, pool_levels):
        self.d, self.pk, self.pf, self.pool = data, prior_keys, prior_fulls, pool_levels

    def pos_errors(self, kind, q, ent, seen_keys=None, seen_fulls=None):
        d = self.d; err = []
        v = d.sdn[ent]; name = v['name']
        if ent not in self.pool: err.append('not in pool')
        elif self.pool[ent] < 3: err.append('level below 3')
        if key(q) in self.pk: err.append('earlier key')
        if kind != 'script' and full(q) in self.pf: err.append('earlier full fold')
        if seen_keys is not None and key(q) in seen_keys: err.append('in-set key repeat')
        if seen_fulls is not None and kind != 'script' and full(q) in seen_fulls: err.append('in-set full repeat')
        if q == name: err.append('equals name')
        if kind == 'case':
            if q.lower() != name.lower(): err.append('case row not equal ignoring case')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form'):
            if full(q) == full(name): err.append('own full fold unchanged')
        if kind == 'aka' and q not in d.alias[ent]: err.append('aka not own alias')
        if kind not in ('messy', 'script'):
            for f in folds(q):
                if d.fold_owner.get(f, set()) - {('sdn', ent)}:
                    err.append('folds onto another record'); break
            if not content_words(q): err.append('no content word')
            if not has_latin(q): err.append('no Latin letters')
        if kind == 'partial':
            cw = [w for w in content_words(q) if len(w) >= 3]
            if len(cw) < 2: err.append('partial keeps < 2 content words')
            ws = set(content_words(q))
            for owner, sets in d.record_words.items():
                if owner == ('sdn', ent): continue
                if any(ws <= s for s in sets):
                    err.append('partial word subset of another record'); break
        if kind == 'script' and has_latin(q): err.append('script row has Latin letters')
        return err

    def neg_errors(self, kind, q, seen_keys=None, seen_fulls=None):
        d = self.d; err = []
        if key(q) in self.pk: err.append('earlier key')
        if kind != 'other_script' and full(q) in self.pf: err.append('earlier full fold')
        if seen_keys is not None and key(q) in seen_keys: err.append('in-set key repeat')
        if seen_fulls is not None and kind != 'other_script' and full(q) in seen_fulls: err.append('in-set full repeat')
        for f in folds(q):
            if f in d.fold_owner: err.append('folds onto a listed name'); break
        if frozenset(content_words(q)) in d.wordset_owner: err.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact: err.append('exact listed name')
        if kind == 'other_script' and has_latin(q): err.append('other_script has Latin letters')
        if kind == 'shares_one_word' and shared_words_text(d, q).startswith('shares no'):
            err.append('shares no word')
        return err
