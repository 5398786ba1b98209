"""train76 shared code (written from scratch; Python 3 stdlib only)."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'train76.jsonl')
NARC_CAP = 62
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FILLER = set('''s sa sas sl srl spa sarl gmbh ag kg ohg ltd ltda limited llc inc incorporated corp corporation co
company companies cia plc pjsc ojsc cjsc jsc oao zao ooo pao ao llp lp nv bv ab oy as aps fze fzco fzc fz llc
cv de c v sac saic sae sal pte pvt pty bhd sdn tbk pt kk the and of y e et del la el los las der die das du des le
group grupo international internacional holding holdings trading establishment enterprise enterprises est
und and i a en da do di al'''.split())
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')


def key(s):
    return ' '.join(s.split()).lower()


def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", '').replace('\u2019', '').replace('`', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
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
    r = {f, f.replace(' ', ''), c, c.replace(' ', '')}
    r.discard('')
    return r


def content_words(s):
    return {t for t in full(s).split() if t not in FILLER}


def is_narc(prog):
    return bool(set(re.split(r'[^A-Z]+', prog)) & {'SDNT', 'SDNTK'})


def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


class Data:
    def __init__(self):
        self.sdn = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.sdn[int(r[0])] = {'name': r[1].strip(), 'type': clean(r[2]), 'prog': clean(r[3])}
        self.alts = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0])
                if e in self.sdn:
                    self.alts[e].append(r[3].strip())
        self.city = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5:
                    continue
                e = int(r[0])
                if e in self.city:
                    continue
                c = clean(r[3]) or ''
                c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                if c:
                    self.city[e] = c
        self.csl = []  # (name, is_org)
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                org = (r.get('type') or '').strip().lower() != 'individual'
                nm = (r.get('name') or '').strip()
                if nm:
                    self.csl.append((nm, org))
                for a in (r.get('alt_names') or '').split(';'):
                    if a.strip():
                        self.csl.append((a.strip(), org))
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_names = set(a.upper() for v in self.alts.values() for a in v)
        self.fold_owner = defaultdict(set)   # fold -> owners (ent_num or 'csl')
        self.wordset_owner = defaultdict(set)
        self.exact = set()
        self.owner_words = defaultdict(set)
        self.tok_names = defaultdict(set)
        for e, v in self.sdn.items():
            for nm in [v['name']] + self.alts[e]:
                self._index(nm, e, v['type'] != 'individual')
        for i, (nm, org) in enumerate(self.csl):
            self._index(nm, 'csl%d' % i, org)

    def _index(self, nm, owner, org):
        for fo in folds(nm):
            self.fold_owner[fo].add(owner)
        cw = frozenset(content_words(nm))
        if cw:
            self.wordset_owner[cw].add(owner)
        self.owner_words[owner] |= set(full(nm).split())
        self.exact.add(nm); self.exact.add(nm.upper())
        if org:
            for t in set(full(nm).split()):
                if t not in FILLER:
                    self.tok_names[t].add(nm)

    def shared_words(self, q):
        parts = []
        seen = set()
        for t in full(q).split():
            if t in FILLER or t in seen:
                continue
            seen.add(t)
            names = self.tok_names.get(t)
            if names:
                ex = ' | '.join(sorted(names)[:3])
                parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(names), ex))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 76)]
    return [os.path.join(PRIOR_DIR, n) for n in names]


def load_prior(data):
    """Returns (keys, full_folds, uses per ent_num, file count). Never prints rows."""
    keys, fulls, uses = set(), set(), Counter()
    unique = {v['name']: e for e, v in data.sdn.items() if data.name_count[v['name']] == 1}
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
                if r.get('expected'):
                    ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                    if not ents and r['expected'] in unique:
                        ents = [unique[r['expected']]]
                    for e in set(ents):
                        uses[e] += 1
    return keys, fulls, uses, n


def pool(data):
    """unique-name -0- orgs, name not an alias, folds owned by no other record/CSL."""
    out = {}
    for e, v in data.sdn.items():
        if v['type'] != '' or data.name_count[v['name']] != 1 or v['name'].upper() in data.alias_names:
            continue
        ok = True
        for nm in [v['name']] + data.alts[e]:
            for fo in folds(nm):
                if data.fold_owner[fo] - {e}:
                    ok = False
        if ok:
            out[e] = v
    return out


def has_latin(s):
    return any('a' <= c.lower() <= 'z' for c in unicodedata.normalize('NFKD', s))


class Rules:
    def __init__(self, data, prior, pl):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = pl

    def pos_errors(self, kind, q, e, others=()):
        """others: list of (kind, query) of the other rows in the set."""
        err = []
        d = self.d
        if e not in self.pool:
            err.append('not in pool')
            return err
        nm = d.sdn[e]['name']
        if self.uses[e] < 3:
            err.append('level < 3')
        if key(q) in self.keys:
            err.append('earlier key')
        if kind != 'script' and full(q) in self.fulls:
            err.append('earlier full fold')
        for ok, oq in others:
            if key(oq) == key(q):
                err.append('in-set key repeat')
            elif kind != 'script' and ok not in ('script', 'other_script') and full(oq) == full(q):
                err.append('in-set full repeat')
        if kind == 'case':
            if q == nm or q.lower() != nm.lower():
                err.append('case: not a pure case change')
        elif q == nm:
            err.append('equals name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and full(q) == full(nm):
            err.append('full fold unchanged')
        if kind == 'aka' and q not in d.alts[e]:
            err.append('aka not own alias')
        if kind not in ('messy', 'script'):
            for fo in folds(q):
                if d.fold_owner.get(fo, set()) - {e}:
                    err.append('folds onto another record')
                    break
            if not content_words(q) or not has_latin(q):
                err.append('no content word / latin')
        if kind == 'partial':
            cw = [t for t in content_words(q) if len(t) >= 3]
            if len(cw) < 2:
                err.append('partial too short')
            ws = set(full(q).split())
            for owner, w in d.owner_words.items():
                if owner != e and ws <= w:
                    err.append('partial subset of another record')
                    break
        if kind == 'script':
            if has_latin(q) or not any(c.isalpha() for c in q):
                err.append('script has latin / no letter')
        return err

    def neg_errors(self, cat, q, others=()):
        err = []
        d = self.d
        if key(q) in self.keys:
            err.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls:
            err.append('earlier full fold')
        for ok, oq in others:
            if key(oq) == key(q):
                err.append('in-set key repeat')
            elif cat != 'other_script' and ok not in ('script', 'other_script') and full(oq) == full(q):
                err.append('in-set full repeat')
        for fo in folds(q):
            if fo in d.fold_owner:
                err.append('folds onto a listed name')
                break
        cw = frozenset(content_words(q))
        if cw and cw in d.wordset_owner:
            err.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            err.append('exact listed name')
        if cat == 'other_script' and has_latin(q):
            err.append('other_script has latin')
        if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'):
            err.append('shares no word')
        return err
