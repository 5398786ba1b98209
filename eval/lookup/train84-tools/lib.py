"""Shared helpers for lookup-train84 (written from scratch for this set)."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
OUT = os.path.join(LOOKUP, 'train84.jsonl')
NARC_CAP = 62
SEED = 84
LEVEL_MIN, LEVEL_MAX = 4, 5

# ---------------------------------------------------------------- folds
LEGAL = set('''
ltd limited co company cos corp corporation inc incorporated llc llp lp plc sa sas sac saeca sau sl slu srl srls sarl
sapa spa gmbh gesmbh ag kg kgaa ohg ug partg ek bv bvba nv ab aps as asa oy oyj ky kb hb ans is ltda lda unipessoal
cia eirl eireli sde rl cv sapi sab spr pte pty pvt fze fzco fzc fzllc fz jsc ojsc cjsc pjsc ooo zao oao pao ao tov too
dooel doo ad dd sro vos kft zrt nyrt bt zoo ska sc sk spk spj eood ead ou sia uab mb tbk pt ehf epe ike ae oe scop sasu
eurl yk kk gk tnhh ctcp shpk jdoo sti ltdsti est wll bsc saog saoc psc pjs qsc spc sal sarl gie snc scs sca cxa ca
'''.split())
FILLERS = set('''
group grupo gruppo international internacional holding holdings trading establishment enterprise enterprises
the and of de y for al el la los las del e et und di da do dos das du des le les an a
'''.split())
STOP_CORE = LEGAL | FILLERS
SMALL_EXTRA = {'para', 'con', 'por', 'en', 'for'}
ROMAN = {'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'}


def key(s):
    return ' '.join(s.lower().split())


def _strip_marks(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.category(c).startswith('M'))


def full(s):
    s = _strip_marks(s).lower()
    for a in ("'", '\u2019', '\u2018', '`', '\u02bc'):
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[\W_]+', ' ', s)
    out, run = [], []
    for t in s.split():
        if len(t) == 1:
            run.append(t)
        else:
            if run:
                out.append(''.join(run)); run = []
            out.append(t)
    if run:
        out.append(''.join(run))
    return ' '.join(out)


def core(s):
    return ' '.join(t for t in full(s).split() if t not in STOP_CORE)


def folds(s):
    f, c = full(s), core(s)
    res = {f, c, f.replace(' ', ''), c.replace(' ', '')}
    res.discard('')
    return res


def content_words(s):
    return [t for t in full(s).split() if t not in STOP_CORE]


def has_latin(s):
    return any(('a' <= ch.lower() <= 'z') for ch in s) or any(
        unicodedata.name(ch, '').startswith('LATIN') for ch in s if ch.isalpha())


def is_small(w):
    lw = re.sub(r'[^a-z]', '', w.lower())
    return lw in STOP_CORE or len(lw) <= 2 or lw in ROMAN or lw in SMALL_EXTRA


def is_narc(program):
    toks = set(re.findall(r'[A-Z0-9-]+', program))
    return bool(toks & {'SDNT', 'SDNTK'})


# ---------------------------------------------------------------- legal split and title case
def _lnorm(tok):
    return re.sub(r'[^a-z]', '', _strip_marks(tok).lower())


LEGAL_SPLIT = LEGAL | {'s', 'r', 'l', 'c', 'v', 'de', 'en'}


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = _lnorm(toks[i - 1])
        if not t:
            break
        if t in ('de', 'en'):
            if i < len(toks) and i - 2 >= 0 and _lnorm(toks[i - 2]) in LEGAL_SPLIT:
                i -= 1; continue
            break
        if t == 'y' and i < len(toks) and _lnorm(toks[i]) == 'cia':
            i -= 1; continue
        if t in LEGAL or (t in ('s', 'r', 'l', 'c', 'v') and i < len(toks)):
            if toks[i - 1].endswith(',') and i < len(toks):
                break
            i -= 1; continue
        break
    body = ' '.join(toks[:i]).rstrip(',').strip()
    suffix = ' '.join(toks[i:])
    if not body:
        return name, ''
    return body, suffix


def tcw(s):
    out = []
    for w in s.split(' '):
        if re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]?', w) or w.lower().strip('().,') in ROMAN - {'i', 'v', 'x'} and w.isupper():
            out.append(w); continue
        w = w.lower()
        chars = list(w)
        prev = ''
        for k, ch in enumerate(chars):
            if ch.isalpha() and (prev == '' or prev in ' -(/."'):
                chars[k] = ch.upper()
            prev = ch if not (ch.isalpha() and prev == "'") else ch
        out.append(''.join(chars))
    return ' '.join(out)


def join_ns(body, suffix, front=''):
    return ' '.join(x for x in (front, body, suffix) if x)


# ---------------------------------------------------------------- data
def _rows(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as fh:
        for r in csv.reader(fh):
            yield [('' if x.strip() == '-0-' else x.strip()) for x in r]


class Data:
    def __init__(self):
        self.sdn = {}
        for r in _rows(os.path.join(SDN_DIR, 'sdn.csv')):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.sdn[int(r[0])] = {'ent': int(r[0]), 'name': r[1], 'type': r[2].lower(), 'program': r[3]}
        self.alts = defaultdict(list)
        self.alt_type = {}
        for r in _rows(os.path.join(SDN_DIR, 'alt.csv')):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.alts[int(r[0])].append(r[3])
            self.alt_type[(int(r[0]), r[3])] = r[2]
        self.city = {}
        for r in _rows(os.path.join(SDN_DIR, 'add.csv')):
            if len(r) < 4 or not r[0].isdigit():
                continue
            e = int(r[0])
            if e in self.city:
                continue
            c = ' '.join(t for t in r[3].split() if not any(ch.isdigit() for ch in t)).strip(' ,')
            self.city[e] = c
        self.csl = []
        with open(CSL, encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.DictReader(fh):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_upper = {a.upper() for l in self.alts.values() for a in l}
        # indexes
        self.fold_owner = defaultdict(set)
        self.wset_owner = defaultdict(set)
        self.exact = set()
        self.strings = []          # (owner, string, wordset)
        self.word_ids = defaultdict(set)
        self.org_tok = defaultdict(set)
        def add(owner, s, is_org):
            for f in folds(s):
                self.fold_owner[f].add(owner)
            ws = frozenset(content_words(s))
            if ws:
                self.wset_owner[ws].add(owner)
            self.exact.add(s); self.exact.add(s.upper())
            sid = len(self.strings)
            self.strings.append((owner, s, ws))
            for w in ws:
                self.word_ids[w].add(sid)
            if is_org:
                for t in set(full(s).split()):
                    self.org_tok[t].add(s)
        for e, v in self.sdn.items():
            org = v['type'] != 'individual'
            add(('sdn', e), v['name'], org)
            for a in self.alts.get(e, []):
                add(('sdn', e), a, org)
        for i, c in enumerate(self.csl):
            for n in c['names']:
                add(('csl', i), n, c['type'] != 'Individual')

    def tok_count(self, t):
        return len(self.org_tok.get(t, ()))

    def shared_words(self, q):
        parts, seen = [], set()
        for t in full(q).split():
            if t in seen or t in FILLERS:
                continue
            seen.add(t)
            names = self.org_tok.get(t)
            if not names:
                continue
            ex = sorted(names)[:3]
            n = len(names)
            lab = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
            parts.append('%s (%d %s, e.g. %s)' % (t, n, lab, ' | '.join(ex)))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def subset_hit(self, q, owner):
        ws = set(content_words(q))
        if not ws:
            return False
        ids = None
        for w in ws:
            s = self.word_ids.get(w, set())
            ids = set(s) if ids is None else ids & s
            if not ids:
                return False
        return any(self.strings[i][0] != owner for i in ids)


# ---------------------------------------------------------------- earlier sets
def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 84)]
    paths = [os.path.join(LOOKUP, n) for n in names]
    return [p for p in paths if os.path.exists(p)]


def load_prior(data):
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is None:
                    continue
                ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                if ents:
                    for e in ents:
                        uses[e] += 1
                else:
                    exp = r['expected']
                    if data.name_count.get(exp) == 1:
                        e = [k for k, v in data.sdn.items() if v['name'] == exp][0]
                        uses[e] += 1
    return keys, fulls, uses, len(files)


def pool(data, uses):
    res = {}
    for e, v in data.sdn.items():
        if v['type'] != '' or data.name_count[v['name']] != 1 or v['name'].upper() in data.alias_upper:
            continue
        ok = True
        for s in [v['name']] + data.alts.get(e, []):
            for f in folds(s):
                if data.fold_owner[f] - {('sdn', e)}:
                    ok = False; break
            if not ok:
                break
        if ok:
            res[e] = uses.get(e, 0)
    return res


# ---------------------------------------------------------------- rules
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+?); program (?P<program>.+?); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')


class Rules:
    def __init__(self, data, prior, pool_):
        self.d = data
        self.pkeys, self.pfulls, self.uses, self.nfiles = prior
        self.pool = pool_

    def pos_errors(self, kind, q, ent):
        d, err = self.d, []
        v = d.sdn.get(ent)
        if v is None:
            return ['unknown ent']
        name = v['name']
        if ent not in self.pool or self.pool[ent] < 3:
            err.append('not in pool at level >= 3')
        if key(q) in self.pkeys:
            err.append('earlier key')
        if kind != 'script' and full(q) in self.pfulls:
            err.append('earlier full fold')
        if kind == 'case':
            if q == name or q.lower() != name.lower():
                err.append('case row must differ from name by case only')
        elif key(q) == key(name):
            err.append('equals name')
        if kind in FOLD_CHANGE and full(q) == full(name):
            err.append('full fold unchanged')
        if kind == 'aka' and q not in d.alts.get(ent, []):
            err.append('not own alias')
        if kind not in ('messy', 'script'):
            for f in folds(q):
                if d.fold_owner.get(f, set()) - {('sdn', ent)}:
                    err.append('fold onto another record'); break
            if not content_words(q):
                err.append('no content word')
            if not has_latin(q):
                err.append('no Latin letters')
        if kind == 'partial':
            if len([w for w in content_words(q) if len(w) >= 3]) < 2:
                err.append('partial keeps < 2 content words')
            if d.subset_hit(q, ('sdn', ent)):
                err.append('partial subset of another record')
        if kind == 'script':
            if has_latin(q):
                err.append('script row has Latin letters')
            if not any(ch.isalpha() for ch in q):
                err.append('script row has no letter')
        return err

    def neg_errors(self, kind, q):
        d, err = self.d, []
        if key(q) in self.pkeys:
            err.append('earlier key')
        if kind != 'other_script' and full(q) in self.pfulls:
            err.append('earlier full fold')
        for f in folds(q):
            if f in d.fold_owner:
                err.append('fold onto listed name'); break
        ws = frozenset(content_words(q))
        if ws and ws in d.wset_owner:
            err.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            err.append('exact listed name')
        if kind == 'other_script' and has_latin(q):
            err.append('other_script has Latin letters')
        if kind == 'shares_one_word' and d.shared_words(q).startswith('shares no'):
            err.append('shares no word')
        return err


def load_all():
    d = Data()
    prior = load_prior(d)
    p = pool(d, prior[2])
    return d, prior, p, Rules(d, prior, p)
