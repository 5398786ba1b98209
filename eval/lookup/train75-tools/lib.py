"""train75 library: data, folds, load_prior, pool, rules. Python 3 stdlib only. Written from scratch."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
SETDIR = os.path.dirname(HERE)
NARC_CAP = 62
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FILLER = set('''group grupo international internacional holding holdings trading establishment enterprise enterprises
the and of de y del la las los el et des du le for al sa s a de cv ltda ltd limited inc co company corp corporation
sas srl sl llc gmbh sc rl spr sac cia ca plc jsc ojsc cjsc pjsc ooo zao oao fze fzc fzco llp lp bv nv ag ab
oy pte pvt sdn bhd eirl sociedad anonima compania compagnie societe kg ohg'''.split())
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<prog>[^;]+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')


def key(s):
    return ' '.join(s.lower().split())


def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['\u2019`\u00b4\u02bc\u02bb]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[\W_]', ' ', s)
    out, buf = [], ''
    for t in s.split():
        if len(t) == 1 and t.isalpha():
            buf += t
        else:
            if buf:
                out.append(buf); buf = ''
            out.append(t)
    if buf:
        out.append(buf)
    return ' '.join(out)


def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)


def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}


def words(s):
    return frozenset(t for t in full(s).split() if t not in FILLER)


def is_narc(prog):
    return bool(set(re.findall(r'[A-Z0-9-]+', prog)) & {'SDNT', 'SDNTK'})


def has_latin(s):
    return any(('a' <= c.lower() <= 'z') or (c.isalpha() and 'LATIN' in unicodedata.name(c, '')) for c in s)


def _cell(x):
    x = x.strip()
    return '' if x == '-0-' else x


class Data:
    def __init__(self):
        d = DATA + '/ofac-sdn-2019/'
        self.sdn = {}
        with open(d + 'sdn.csv', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0])
                self.sdn[e] = {'name': r[1].strip(), 'type': _cell(r[2]), 'prog': _cell(r[3])}
        self.alts = defaultdict(list)
        with open(d + 'alt.csv', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) >= 4 and int(r[0]) in self.sdn:
                    self.alts[int(r[0])].append(r[3].strip())
        self.city = {}
        with open(d + 'add.csv', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0])
                c = _cell(r[3])
                if e in self.city or not c:
                    continue
                c = ' '.join(t for t in c.split() if not re.search(r'\d', t)).strip(' ,')
                if c:
                    self.city[e] = c
        self.csl = []
        with open(DATA + '/csl-sample/csl.csv', encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                ns = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append((r.get('type', '').strip(), [n for n in ns if n]))
        # indexes: owner ids are ('S', ent) or ('C', i)
        self.fold_own = defaultdict(set)
        self.wset_own = defaultdict(set)
        self.owner_words = defaultdict(set)
        self.exact = set()
        self.tok_orgs = defaultdict(set)
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_set = set()
        for e, v in self.sdn.items():
            for n in [v['name']] + self.alts[e]:
                self._add(('S', e), n, v['type'] != 'individual')
            for a in self.alts[e]:
                self.alias_set.add(a)
        for i, (t, ns) in enumerate(self.csl):
            for n in ns:
                self._add(('C', i), n, t.lower() != 'individual')

    def _add(self, own, n, org):
        for x in folds(n):
            self.fold_own[x].add(own)
        w = words(n)
        if w:
            self.wset_own[w].add(own)
        self.owner_words[own] |= set(full(n).split())
        self.exact.add(n); self.exact.add(n.upper())
        if org:
            for t in set(full(n).split()):
                self.tok_orgs[t].add(n)

    def others_fold(self, s, own):
        return any(o != own for x in folds(s) for o in self.fold_own.get(x, ()))

    def shared_words(self, q):
        parts = []
        seen = set()
        for t in full(q).split():
            if t in FILLER or t in seen:
                continue
            seen.add(t)
            ns = self.tok_orgs.get(t)
            if ns:
                ex = ' | '.join(sorted(ns)[:3])
                parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(ns), ex))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'

    def rare_count(self, t):
        return len(self.tok_orgs.get(t, ()))


def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 75)]
    return [os.path.join(LOOKUP, f) for f in fs]


def load_prior(data):
    """Returns (keys, full folds, per-entity use counts, file count). Never prints rows."""
    keys, fulls, uses = set(), set(), Counter()
    by_name = {}
    for e, v in data.sdn.items():
        by_name.setdefault(v['name'], []).append(e)
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
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is None:
                    continue
                ents = set(int(x) for x in re.findall(r'ent_num (\d+)', str(r.get('notes') or '')))
                if not ents:
                    l = by_name.get(r['expected'], [])
                    if len(l) == 1:
                        ents = {l[0]}
                for e in ents:
                    uses[e] += 1
    return keys, fulls, uses, n


def pool(data, uses):
    out = {}
    for e, v in data.sdn.items():
        if v['type'] != '':
            continue
        nm = v['name']
        if data.name_count[nm] != 1 or nm in data.alias_set:
            continue
        if any(data.others_fold(n, ('S', e)) for n in [nm] + data.alts[e]):
            continue
        out[e] = uses.get(e, 0)
    return out


class Rules:
    def __init__(self, data, prior, poolmap):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = poolmap

    def pos_errors(self, row, ent, kind, others_keys=(), others_fulls=()):
        q = row['query']; d = self.d; nm = d.sdn[ent]['name']
        err = []
        if ent not in self.pool:
            err.append('not in pool')
        elif self.pool[ent] < 3:
            err.append('level < 3')
        if key(q) in self.keys or (kind != 'script' and full(q) in self.fulls):
            err.append('earlier key/full fold')
        if key(q) in others_keys or (kind != 'script' and full(q) in others_fulls):
            err.append('repeated in set')
        if kind == 'case':
            if q == nm:
                err.append('equals name')
        elif key(q) == key(nm):
            err.append('equals name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and full(q) == full(nm):
            err.append('full fold unchanged')
        if kind == 'aka' and q not in d.alts[ent]:
            err.append('aka not own alias')
        if kind not in ('messy', 'script') and d.others_fold(q, ('S', ent)):
            err.append('folds onto another record')
        if kind not in ('messy', 'script'):
            if not words(q) or not has_latin(q):
                err.append('no content word / Latin')
        if kind == 'partial':
            cw = [t for t in words(q) if len(t) >= 3]
            if len(cw) < 2:
                err.append('partial too short')
            w = set(full(q).split())
            for own, ws in d.owner_words.items():
                if own != ('S', ent) and w <= ws:
                    err.append('partial subset of another record'); break
        if kind == 'script':
            if has_latin(q) or not any(c.isalpha() for c in q):
                err.append('script letters')
        return err

    def neg_errors(self, q, cat, others_keys=(), others_fulls=()):
        d = self.d; err = []
        if key(q) in self.keys or (cat != 'other_script' and full(q) in self.fulls):
            err.append('earlier key/full fold')
        if key(q) in others_keys or (cat != 'other_script' and full(q) in others_fulls):
            err.append('repeated in set')
        if any(x in d.fold_own for x in folds(q)):
            err.append('folds onto a listed name')
        if words(q) and words(q) in d.wset_own:
            err.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            err.append('exact listed name')
        if cat == 'other_script' and has_latin(q):
            err.append('Latin in other_script')
        if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'):
            err.append('shares no word')
        return err
