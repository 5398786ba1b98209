"""train90 tools: data, folds, earlier-set loader, pool, rules. Standard library only."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
OUT = os.path.join(LOOKUP, 'train90.jsonl')
SEED = 90
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62
POS_KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation',
             'typo', 'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NON_NARC = {'aka', 'typo', 'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy'}
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
               'punctuation', 'legal_form'}

# ---------------- folds ----------------
APOS = "'\u2019\u2018`\u02bc\u02bb"
def key(s):
    return ' '.join(s.lower().split())

def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
    toks = s.split()
    out, run = [], []
    for t in toks:
        if len(t) == 1:
            run.append(t)
        else:
            if run:
                out.append(''.join(run)); run = []
            out.append(t)
    if run:
        out.append(''.join(run))
    return ' '.join(out)

LEGAL = set('''co company corp corporation inc incorporated ltd limited llc sa sas sarl srl sl ltda cia scs sca
gmbh ag kg bv nv plc pvt pte pty oy ab as aps kk jsc ojsc cjsc pjsc ooo oao zao pao ao llp lp fze fzco fzc fzllc
wll est sal sae eirl sac saa sab sapi sc ei ci sprl ead pjs bsc fz eu spr rl doo dd ad eood ood sro spa cv sdn bhd
sccl eood ou zrt tbk mchj mmc osoo ans jdoo saog ggmbh pllc kgaa og ky hb sce sapa sll l3c pbc kd tmi khkhk ska ewiv
ehf spj sia mb kft bt dno oyj pt lllp asa srl sa de cv rl
ca ike shpk dooel vos ks ps gk tnhh eireli sasu eurl kb'''.split())
ARTICLES = set('the and of de y for al el la del los las le les des du di da do e et und van der den a an'.split())
FILLER = LEGAL | ARTICLES | set('''group grupo international internacional holding holdings trading establishment
enterprise enterprises corporation company'''.split())
FILLER.discard('de')  # kept in ARTICLES anyway
FILLER |= {'de'}

def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)

def folds(s):
    f, c = full(s), core(s)
    out = {('f', f), ('f', f.replace(' ', '')), ('c', c), ('c', c.replace(' ', ''))}
    return {x[1] for x in out if x[1]}

def content_words(s):
    return [t for t in full(s).split() if t not in FILLER]

def has_latin(s):
    return any(('a' <= c.lower() <= 'z') or (c.isalpha() and 'LATIN' in unicodedata.name(c, '')) for c in s)

# ---------------- data ----------------
def _rows(path):
    with open(path, newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            yield [x.strip() for x in r]

def nz(x):
    return '' if x == '-0-' else x

def is_narc(program):
    return bool({'SDNT', 'SDNTK'} & set(re.findall(r'[A-Z0-9-]+', program)))

class Data:
    def __init__(self):
        d = os.path.join(DATA, 'ofac-sdn-2019')
        self.rec = {}
        for r in _rows(os.path.join(d, 'sdn.csv')):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.rec[int(r[0])] = {'name': r[1], 'type': r[2], 'program': r[3]}
        self.alias = defaultdict(list)
        for r in _rows(os.path.join(d, 'alt.csv')):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.alias[int(r[0])].append((nz(r[2]), r[3]))
        self.city = {}
        self.place_tokens = set()
        for r in _rows(os.path.join(d, 'add.csv')):
            if len(r) < 5 or not r[0].isdigit():
                continue
            e = int(r[0])
            cs = nz(r[3])
            cty = nz(r[4])
            for t in full(cs).split() + full(cty).split():
                self.place_tokens.add(t)
            if e not in self.city:
                c = ' '.join(t for t in cs.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                self.city[e] = c
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), newline='', encoding='utf-8') as f:
            for r in csv.DictReader(f):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append((r.get('type', '').strip(), [n for n in names if n]))
        self.name_count = Counter(v['name'] for v in self.rec.values())
        self.alias_keys = {key(a) for L in self.alias.values() for _, a in L}
        # indexes
        self.fold_owner = defaultdict(set)
        self.wset_owner = defaultdict(set)
        self.word_sids = defaultdict(set)
        self.sid_owner = []
        self.exact = set()
        self.tok_orgs = defaultdict(set)   # word -> set of (owner, string)
        def add(owner, s, org):
            if not s:
                return
            self.exact.add(s)
            for fo in folds(s):
                self.fold_owner[fo].add(owner)
            cw = frozenset(content_words(s))
            if cw:
                self.wset_owner[cw].add(owner)
            sid = len(self.sid_owner)
            self.sid_owner.append(owner)
            for w in set(full(s).split()):
                self.word_sids[w].add(sid)
            if org:
                for w in set(full(s).split()):
                    self.tok_orgs[w].add((owner, s))
        for e, v in self.rec.items():
            org = v['type'].lower() != 'individual'
            add(('S', e), v['name'], org)
            for _, a in self.alias[e]:
                add(('S', e), a, org)
        for i, (t, names) in enumerate(self.csl):
            org = t != 'Individual'
            for n in names:
                add(('C', i), n, org)

    def strings(self, e):
        return [self.rec[e]['name']] + [a for _, a in self.alias[e]]

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, ()))

    def tok_examples(self, w):
        return sorted({s for _, s in self.tok_orgs.get(w, ())})[:3]

    def shared_words(self, q):
        parts = []
        seen = set()
        for w in full(q).split():
            if w in FILLER or w in seen:
                continue
            seen.add(w)
            n = self.tok_count(w)
            if n:
                parts.append('%s (%d listed org %s, e.g. %s)' % (
                    w, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(self.tok_examples(w))))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'

    def other_owners(self, q, owner=None):
        res = set()
        for fo in folds(q):
            res |= self.fold_owner.get(fo, set())
        res.discard(owner)
        return res

    def subset_owners(self, q, owner=None):
        ws = [w for w in content_words(q)]
        if not ws:
            return set()
        sids = None
        for w in set(ws):
            s = self.word_sids.get(w, set())
            sids = set(s) if sids is None else (sids & s)
            if not sids:
                return set()
        res = {self.sid_owner[i] for i in sids}
        res.discard(owner)
        return res

    def narc(self, e):
        return is_narc(self.rec[e]['program'])

# ---------------- earlier sets ----------------
def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 90)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]

def load_prior(data):
    """Returns (set of query keys, set of full folds, Counter of entity uses, file count). Never prints rows."""
    keys, fulls, uses = set(), set(), Counter()
    uniq = {v['name']: e for e, v in data.rec.items() if data.name_count[v['name']] == 1}
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q))
                fulls.add(full(q))
                if r.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for e in ents:
                            uses[e] += 1
                    elif r['expected'] in uniq:
                        uses[uniq[r['expected']]] += 1
    return keys, fulls, uses, len(files)

# ---------------- pool ----------------
def pool(data):
    out = []
    for e, v in data.rec.items():
        if v['type'] != '-0-':
            continue
        if data.name_count[v['name']] != 1 or key(v['name']) in data.alias_keys:
            continue
        bad = False
        for s in data.strings(e):
            if data.other_owners(s, ('S', e)):
                bad = True; break
        if not bad:
            out.append(e)
    return set(out)

def level_ok(data, e, lvl):
    lo = MIN_LEVEL_NARC if data.narc(e) else MIN_LEVEL_OTHER
    return lo <= lvl <= MAX_LEVEL

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<program>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')

def note(kind, shape, detail, program, uses, name, e):
    v = shape if not detail else '%s (%s)' % (shape, detail)
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, v, program, uses, name, e)

# ---------------- rules ----------------
class Rules:
    def __init__(self, data, prior, pool_set):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = pool_set

    def pos_errors(self, q, kind, e):
        d = self.d
        err = []
        name = d.rec[e]['name']
        if e not in self.pool:
            err.append('not in pool')
        if not level_ok(d, e, self.uses[e]):
            err.append('level %d out of range' % self.uses[e])
        if not q.strip():
            return err + ['empty']
        if key(q) in self.keys:
            err.append('earlier key')
        if kind != 'script' and full(q) in self.fulls:
            err.append('earlier full fold')
        if kind == 'case':
            if q == name or q.lower() != name.lower():
                err.append('not a pure case change')
        elif q == name:
            err.append('equal to name')
        if kind in FOLD_CHANGE and full(q) == full(name):
            err.append('fold unchanged')
        if kind == 'aka' and q not in [a for _, a in d.alias[e]]:
            err.append('not own alias')
        if kind not in ('messy', 'script') and d.other_owners(q, ('S', e)):
            err.append('folds onto another record')
        if kind not in ('script', 'messy'):
            if not content_words(q):
                err.append('no content word')
            if not has_latin(q):
                err.append('no Latin letters')
        if kind == 'partial':
            cw = [w for w in content_words(q) if len(w) >= 3]
            if len(cw) < 2:
                err.append('partial: < 2 content words')
            if d.subset_owners(q, ('S', e)):
                err.append('partial: subset of another record')
        if kind == 'script':
            if has_latin(q):
                err.append('script: Latin letters')
            if not any(c.isalpha() for c in q):
                err.append('script: no letter')
        return err

    def neg_errors(self, q, cat):
        d = self.d
        err = []
        if not q.strip():
            return ['empty']
        if key(q) in self.keys:
            err.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls:
            err.append('earlier full fold')
        if d.other_owners(q):
            err.append('folds onto a listed name')
        cw = frozenset(content_words(q))
        if cw and cw in d.wset_owner:
            err.append('word set of a listed name')
        if q in d.exact or q.upper() in d.exact:
            err.append('exact listed name')
        if cat == 'other_script' and has_latin(q):
            err.append('other_script: Latin letters')
        if cat == 'shares_one_word' and not any(d.tok_count(w) for w in content_words(q)):
            err.append('shares no word')
        return err

_cache = {}
def setup():
    if 'x' not in _cache:
        d = Data()
        pr = load_prior(d)
        ps = pool(d)
        _cache['x'] = (d, pr, ps, Rules(d, pr, ps))
    return _cache['x']
