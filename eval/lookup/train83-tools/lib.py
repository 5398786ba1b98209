"""train83 helpers: data loading, folds, earlier-set loader, pool, rules. Written from scratch for train83."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
OUT = os.path.join(LOOKUP, 'train83.jsonl')
NARC_CAP = 62
SEED = 83

KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

# legal forms and filler words (my own list)
LEGAL = set('''ltd limited llc inc incorporated corp corporation co company cia sa cv srl sas sac ltda gmbh ag kg bv nv
plc sl sau sarl sal pjsc jsc ojsc cjsc ooo zao oao fze fzco fzc llp lp pte pvt bhd sdn spa doo dd ad as ab oy oyj
rl spr eirl cxa ca se kk gk ehf epe ike bvba gesmbh lda saeca slu ug partg scop sapa vos asa eireli tnhh dooel shpk
too tov uab sro ks gbr sapi scpa sti amba pty tbk pt ou sia kft jdoo eood aps ky ska zrt kb sc s a c v e p de en y
sociedad anonima comercial sociedade limitada haftungsbeschrankt est establishment lllp pc ltdsti fz sae sal
c limitada bhd'''.split())
FILLER = set('''group grupo international internacional holding holdings trading establishment enterprise enterprises
corporation company the and of de del la las los el y for et e i da do dos das di du des le al'''.split()) | LEGAL
CONNECT = {'de', 'en', 'y'}
SMALL_EXTRA = {'para', 'con', 'por', 'en', 'for'}
ROMAN = {'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'}

APOS = "'\u2019\u2018`\u00b4"


def key(s):
    return ' '.join(s.lower().split())


def _strip_marks(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.category(c).startswith('M'))


def full_tokens(s):
    s = _strip_marks(s).lower()
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
    return out


def full(s):
    return ' '.join(full_tokens(s))


def core_tokens(s):
    return [t for t in full_tokens(s) if t not in FILLER]


def core(s):
    return ' '.join(core_tokens(s))


def folds(s):
    f, c = full(s), core(s)
    out = {('f', f), ('fn', f.replace(' ', ''))}
    if c:
        out |= {('c', c), ('cn', c.replace(' ', ''))}
    return out


def has_latin(s):
    for ch in s:
        if ch.isalpha() and 'LATIN' in unicodedata.name(ch, ''):
            return True
    return False


def is_narc(prog):
    toks = set(re.split(r'[^A-Z0-9-]+', prog.upper()))
    return 'SDNT' in toks or 'SDNTK' in toks


def _v(x):
    x = x.strip()
    return '' if x == '-0-' else x


def _norm_tok(t):
    return re.sub(r'[^a-z0-9]', '', _strip_marks(t).lower())


def split_legal(name):
    """return (body, suffix) where suffix is the trailing legal form as written"""
    toks = name.split()
    i = len(toks)
    while i > 1:
        n = _norm_tok(toks[i - 1])
        if n in LEGAL and n not in CONNECT:
            i -= 1
            continue
        if n in CONNECT and i < len(toks) and i - 2 >= 0 and _norm_tok(toks[i - 2]) in LEGAL and i - 1 > 0:
            i -= 1
            continue
        if n == 'y' and i < len(toks) and _norm_tok(toks[i]) == 'cia':
            i -= 1
            continue
        break
    # never leave an empty body; don't end the body on a connector
    while i < len(toks) and _norm_tok(toks[i]) in ('de', 'en'):
        i += 1
    body = ' '.join(toks[:i]).rstrip(',').strip()
    suf = ' '.join(toks[i:])
    if not body:
        return name, ''
    return body, suf


def tcw_word(w):
    if re.fullmatch(r'([A-Za-z]\.)+', w):
        return w.upper()
    if w.upper() in {'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI'}:
        return w.upper()
    out, prev = [], ''
    for ch in w:
        if prev in ('', '-', '(', '/', '.', '"'):
            out.append(ch.upper())
        else:
            out.append(ch.lower())
        prev = ch
    return ''.join(out)


def tcw(body):
    return ' '.join(tcw_word(w) for w in body.split())


def join(body, suf):
    return (body + ' ' + suf).strip() if suf else body


# ---------------------------------------------------------------- data
class Data:
    def __init__(self):
        d = os.path.join(DATA, 'ofac-sdn-2019')
        self.rec = {}
        with open(os.path.join(d, 'sdn.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                e = _v(r[0])
                self.rec[e] = {'ent': e, 'name': _v(r[1]), 'type': _v(r[2]).lower(), 'prog': _v(r[3])}
        self.alias = defaultdict(list)
        with open(os.path.join(d, 'alt.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                e, a = _v(r[0]), _v(r[3])
                if e in self.rec and a:
                    self.alias[e].append(a)
        self.city = {}
        with open(os.path.join(d, 'add.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                e = _v(r[0])
                if e in self.city:
                    continue
                c = ' '.join(t for t in _v(r[3]).replace(',', ' , ').split() if not re.search(r'\d', t))
                c = re.sub(r'\s+,', ',', c).strip(' ,')
                if c:
                    self.city[e] = c
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.DictReader(fh):
                names = [(r.get('name') or '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # strings with owners
        self.strings = []  # (owner, string, is_org)
        for e, r in self.rec.items():
            org = r['type'] != 'individual'
            if r['name']:
                self.strings.append(('sdn:' + e, r['name'], org))
            for a in self.alias[e]:
                self.strings.append(('sdn:' + e, a, org))
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for n in c['names']:
                self.strings.append(('csl:%d' % i, n, org))
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_ids = defaultdict(set)
        self.id_words = []
        self.id_owner = []
        self.exact = set()
        self.tok_org = defaultdict(set)
        for idx, (o, s, org) in enumerate(self.strings):
            for f in folds(s):
                self.fold_owner[f].add(o)
            cw = frozenset(core_tokens(s))
            if cw:
                self.wordset_owner[cw].add(o)
            ws = set(full_tokens(s))
            self.id_words.append(ws)
            self.id_owner.append(o)
            for w in ws:
                self.word_ids[w].add(idx)
            self.exact.add(s)
            self.exact.add(s.upper())
            if org:
                for w in set(core_tokens(s)):
                    self.tok_org[w].add(s)
        self.name_count = Counter(r['name'] for r in self.rec.values())
        self.all_alias = set()
        for e in self.alias:
            for a in self.alias[e]:
                self.all_alias.add(a.upper())
        self.by_name = {}
        for e, r in self.rec.items():
            if self.name_count[r['name']] == 1:
                self.by_name[r['name']] = e

    def tok_count(self, w):
        return len(self.tok_org.get(w, ()))

    def other_owners(self, s, own=None):
        out = set()
        for f in folds(s):
            out |= self.fold_owner.get(f, set())
        if own:
            out.discard(own)
        return out

    def subset_other(self, s, own):
        ws = set(full_tokens(s))
        ws = {w for w in ws if w not in FILLER}
        if not ws:
            return False
        ids = None
        for w in ws:
            ids = set(self.word_ids.get(w, set())) if ids is None else ids & self.word_ids.get(w, set())
            if not ids:
                return False
        return any(self.id_owner[i] != own for i in ids)

    def shared_words(self, q):
        parts = []
        seen = set()
        for w in core_tokens(q):
            if w in seen:
                continue
            seen.add(w)
            names = sorted(self.tok_org.get(w, ()))
            if names:
                n = len(names)
                lab = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
                parts.append('%s (%d %s, e.g. %s)' % (w, n, lab, ' | '.join(names[:3])))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)


# ---------------------------------------------------------------- earlier sets
def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 83)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]


def load_prior(data):
    """returns (keys, fulls, uses, nfiles) only; never returns or prints rows"""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    r = json.loads(line)
                except Exception:
                    continue
                q = r.get('query') or ''
                keys.add(key(q))
                fulls.add(full(q))
                if r.get('expected') is not None:
                    ents = set(re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and r['expected'] in data.by_name:
                        ents = {data.by_name[r['expected']]}
                    for e in ents:
                        uses[e] += 1
    return keys, fulls, uses, len(files)


def pool(data, uses):
    """unique-name -0- orgs, name not an alias, no name/alias fold owned by another record or CSL name"""
    out = {}
    for e, r in data.rec.items():
        if r['type'] != '' or not r['name']:
            continue
        if data.name_count[r['name']] != 1 or r['name'].upper() in data.all_alias:
            continue
        bad = False
        for s in [r['name']] + data.alias[e]:
            for f in folds(s):
                if data.fold_owner.get(f, set()) - {'sdn:' + e}:
                    bad = True
        if bad:
            continue
        out[e] = uses.get(e, 0)
    return out


NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<prog>[^;]+); earlier-set uses (?P<n>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
NEAR_RE = re.compile(r'reused word: (?P<w>\S+) \((?P<n>\d+) listed org names?/alias(?:es)?\) from in-set target '
                     r'(?P<t>.+?) \[SDN ent_num (?P<e>\d+)\];')


def note_pos(kind, shape, detail, rec, n):
    v = shape + (' (%s)' % detail if detail else '')
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (kind, v, rec['prog'], n, rec['name'], rec['ent'])


class Rules:
    def __init__(self, data, prior, pl):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = pl

    def pos_errors(self, kind, q, rec):
        d, e = self.d, rec['ent']
        err = []
        name = rec['name']
        if e not in self.pool:
            err.append('not in pool')
        elif self.pool[e] < 3:
            err.append('level below 3')
        if key(q) in self.keys:
            err.append('earlier key')
        if kind != 'script' and full(q) in self.fulls:
            err.append('earlier full fold')
        if q == name:
            err.append('equals name')
        if kind == 'case' and q.lower() != name.lower():
            err.append('case row differs beyond case')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and full(q) == full(name):
            err.append('fold unchanged')
        if kind == 'aka' and q not in d.alias[e]:
            err.append('not own alias')
        if kind not in ('messy', 'script') and d.other_owners(q, 'sdn:' + e):
            err.append('folds onto another listed name')
        if kind not in ('messy', 'script'):
            if not core_tokens(q):
                err.append('no content word')
            if not has_latin(q):
                err.append('no Latin letters')
        if kind == 'partial':
            if len([t for t in core_tokens(q) if len(t) >= 3]) < 2:
                err.append('partial keeps < 2 content words')
            if d.subset_other(q, 'sdn:' + e):
                err.append('partial subset of another name')
        if kind == 'script':
            if has_latin(q):
                err.append('script has Latin')
            if not any(c.isalpha() for c in q):
                err.append('script has no letter')
        return err

    def neg_errors(self, cat, q):
        d = self.d
        err = []
        if key(q) in self.keys:
            err.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls:
            err.append('earlier full fold')
        if d.other_owners(q):
            err.append('folds onto a listed name')
        cw = frozenset(core_tokens(q))
        if cw and cw in d.wordset_owner:
            err.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            err.append('exact listed name')
        if cat == 'other_script' and has_latin(q):
            err.append('other_script has Latin')
        if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'):
            err.append('shares no word')
        return err


def load_all():
    data = Data()
    prior = load_prior(data)
    pl = pool(data, prior[2])
    return data, prior, pl, Rules(data, prior, pl)
