"""train88 shared library: data, folds, earlier-set loader, pool, rules. Standard library only."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
OUT = os.path.join(LOOKUP, 'train88.jsonl')

MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62
SEED = 88

POS_KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation',
             'typo', 'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_ABBR_MAX = 2
CHANGE_FOLD = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
               'punctuation', 'legal_form'}

# ---------------------------------------------------------------- folds
APOS = "'\u2019\u2018`\u02bc\u02bb"
FILLER_WORDS = set('''group grupo international internacional holding holdings trading establishment enterprise
enterprises corporation company the and of de y for al el la del los las le les des du di da do e et und van der den
a an'''.split())
LEGAL_WORDS = set('''ltd limited llc inc incorporated co corp sa sas sl srl sarl gmbh ag bv nv plc pte pty jsc ojsc
cjsc pjsc pjs ooo oao zao llp lp cv rl spr ltda cia sc scs sca sccl eu ei ci sprl ead est wll bsc fz fze fzco fzc sal
sae kg ab as asa oy aps kft zrt spa sp zoo doo dd ad eood ood ou tbk pt bhd sdn kk gk ca eirl sac saa lda unipessoal sau
sapi tov too dac cic ivs vos eg dooel eireli ehf oyj ike bvba slne mb opc mchj mmc osoo ans jdoo saog ggmbh pllc ao pao
cc snc jv se sci pc lc sapa sll kgaa og ky hb sce l3c pbc kd khkhk ska tmi ewiv'''.split())
FILLER = FILLER_WORDS | LEGAL_WORDS


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
    out, run = [], ''
    for t in toks:
        if len(t) == 1:
            run += t
        else:
            if run:
                out.append(run); run = ''
            out.append(t)
    if run:
        out.append(run)
    return ' '.join(out)


def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)


def folds(s):
    f, c = full(s), core(s)
    out = {('f', f), ('fn', f.replace(' ', '')), ('c', c), ('cn', c.replace(' ', ''))}
    return {x for x in out if x[1]}


def has_latin(s):
    return any('LATIN' in unicodedata.name(c, '') for c in s if c.isalpha())


def is_narc(program):
    return bool({'SDNT', 'SDNTK'} & set(re.split(r'[\]\[\s]+', program)))

# ---------------------------------------------------------------- legal split / title case
SPLIT_LEGAL = set('''ltd limited llc inc incorporated co company corp corporation sa sas sl srl sarl gmbh ag bv nv plc
pte pty jsc ojsc cjsc pjsc pjs ooo oao zao llp lp cv rl spr ltda cia sc scs sca eirl sac saa sal sae fze fzco fzc fz kg
ab asa oy aps kft doo ad ead bhd sdn kk ca est wll bsc ao pao cc snc sprl ei ci eu jv sccl lda'''.split())


def _norm(t):
    return re.sub(r'[^a-z0-9]', '', t.lower())


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        n = _norm(t)
        if n in SPLIT_LEGAL or re.fullmatch(r'[A-Za-z]\.,?', t):
            i -= 1; continue
        if n in ('de', 'en') and i < len(toks) and i >= 2 and (_norm(toks[i - 2]) in SPLIT_LEGAL or re.fullmatch(r'[A-Za-z]\.,?', toks[i - 2])):
            i -= 1; continue
        if n == 'y' and i < len(toks) and _norm(toks[i]) == 'cia':
            i -= 1; continue
        break
    body = ' '.join(toks[:i]).rstrip(',').strip()
    suffix = ' '.join(toks[i:])
    return body, suffix

ROMAN = re.compile(r'^(?=[IVXL]+$)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$')


def _tc_token(t):
    core_t = t.strip('(),"/')
    if re.fullmatch(r'([A-Za-z]\.)+', core_t):
        return t
    if ROMAN.match(core_t) and len(core_t) <= 4:
        return t
    if 2 <= len(core_t) <= 4 and core_t.isalpha() and core_t.isupper() and not re.search(r'[AEIOUY]', core_t):
        return t
    out, cap = [], True
    for c in t:
        if c.isalpha():
            out.append(c.upper() if cap else c.lower()); cap = False
        else:
            out.append(c)
            if c in ' -(/."&':
                cap = True
    return ''.join(out)


def tcw(body):
    return ' '.join(_tc_token(t) for t in body.split())


def display(name):
    body, suf = split_legal(name)
    return (tcw(body) + (' ' + suf if suf else '')).strip()

# ---------------------------------------------------------------- data


def _clean(x):
    x = (x or '').strip()
    return '' if x == '-0-' else x


class Data:
    def __init__(self):
        self.sdn = {}
        with open(os.path.join(SDN_DIR, 'sdn.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                ent = int(r[0])
                self.sdn[ent] = {'ent': ent, 'name': r[1].strip(), 'type': _clean(r[2]), 'program': _clean(r[3])}
        self.alts = defaultdict(list)
        with open(os.path.join(SDN_DIR, 'alt.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.alts[int(r[0])].append(r[3].strip())
        self.city = {}
        self.place_tokens = set()
        with open(os.path.join(SDN_DIR, 'add.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                ent = int(r[0])
                for fld in r[3:5]:
                    self.place_tokens.update(full(_clean(fld)).split())
                if ent in self.city:
                    continue
                c = _clean(r[3])
                c = ' '.join(t for t in c.split() if not re.search(r'\d', t)).strip(' ,')
                self.city[ent] = c
        self.csl = []
        with open(CSL, newline='', encoding='utf-8', errors='replace') as f:
            for i, r in enumerate(csv.DictReader(f)):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'i': i, 'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # strings: (owner, text)
        self.strings = []
        for ent, rec in self.sdn.items():
            self.strings.append((('sdn', ent), rec['name']))
            for a in self.alts.get(ent, []):
                self.strings.append((('sdn', ent), a))
        for row in self.csl:
            for n in row['names']:
                self.strings.append((('csl', row['i']), n))
        self.fold_owners = defaultdict(set)
        self.wordset_owners = defaultdict(set)
        self.word_sids = defaultdict(set)
        self.exact = set()
        self.tok_orgs = defaultdict(list)
        for sid, (own, text) in enumerate(self.strings):
            for fo in folds(text):
                self.fold_owners[fo].add(own)
            ws = frozenset(full(text).split())
            if ws:
                self.wordset_owners[ws].add(own)
            for w in ws:
                self.word_sids[w].add(sid)
            self.exact.add(text); self.exact.add(text.upper())
            if self.is_org(own):
                for w in ws:
                    self.tok_orgs[w].append(text)
        name_count = Counter(r['name'] for r in self.sdn.values())
        alias_set = set(a for v in self.alts.values() for a in v)
        self.unique_name = {r['name']: e for e, r in self.sdn.items() if name_count[r['name']] == 1}
        self.alias_set = alias_set

    def is_org(self, own):
        if own[0] == 'sdn':
            return self.sdn[own[1]]['type'].lower() != 'individual'
        return self.csl[own[1]]['type'] != 'Individual'

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, []))

    def shared_words(self, query):
        parts = []
        seen = []
        for w in full(query).split():
            if w in FILLER or w in seen:
                continue
            seen.append(w)
            lst = self.tok_orgs.get(w)
            if not lst:
                continue
            n = len(lst)
            ex = ' | '.join(lst[:3])
            parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ex))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def other_owner_fold(self, text, own):
        hits = set()
        for fo in folds(text):
            for o in self.fold_owners.get(fo, ()):
                if o != own:
                    hits.add(o)
        return hits

    def subset_other(self, text, own):
        ws = [w for w in full(text).split() if w not in FILLER]
        if not ws:
            return False
        sids = None
        for w in ws:
            s = self.word_sids.get(w, set())
            sids = s if sids is None else sids & s
            if not sids:
                return False
        return any(self.strings[i][0] != own for i in sids)

# ---------------------------------------------------------------- earlier sets


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 88)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]


def load_prior(data):
    """Returns (keys, fulls, uses Counter by ent, file count). Never prints a row."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files()
    for p in files:
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
                if r.get('expected') is None:
                    continue
                ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                if not ents and r.get('expected') in data.unique_name:
                    ents = {data.unique_name[r['expected']]}
                for e in ents:
                    uses[e] += 1
    return keys, fulls, uses, len(files)

# ---------------------------------------------------------------- pool


def pool(data, uses):
    out = {}
    for ent, rec in data.sdn.items():
        if rec['type'] != '' or rec['name'] not in data.unique_name or rec['name'] in data.alias_set:
            continue
        own = ('sdn', ent)
        texts = [rec['name']] + data.alts.get(ent, [])
        if any(data.other_owner_fold(t, own) for t in texts):
            continue
        body, suf = split_legal(rec['name'])
        out[ent] = {'ent': ent, 'name': rec['name'], 'program': rec['program'], 'narc': is_narc(rec['program']),
                    'level': uses.get(ent, 0), 'aliases': data.alts.get(ent, []), 'city': data.city.get(ent, ''),
                    'body': body, 'suffix': suf}
    return out


def level_ok(p):
    lo = MIN_LEVEL_NARC if p['narc'] else MIN_LEVEL_OTHER
    return lo <= p['level'] <= MAX_LEVEL

# ---------------------------------------------------------------- rules


class Rules:
    def __init__(self, data, prior_keys, prior_fulls, pl):
        self.d, self.pk, self.pf, self.pool = data, prior_keys, prior_fulls, pl

    def pos_errors(self, kind, query, ent):
        e = []
        p = self.pool.get(ent)
        if p is None:
            return ['not in pool']
        if not level_ok(p):
            e.append('level %d out of range' % p['level'])
        if key(query) in self.pk:
            e.append('earlier key')
        if kind != 'script' and full(query) in self.pf:
            e.append('earlier full fold')
        if query == p['name']:
            e.append('equals name')
        if kind == 'case' and query.lower() != p['name'].lower():
            e.append('not a pure case change')
        if kind in CHANGE_FOLD and full(query) == full(p['name']):
            e.append('fold unchanged')
        if kind == 'aka' and query not in p['aliases']:
            e.append('not own alias')
        if kind not in ('messy', 'script') and self.d.other_owner_fold(query, ('sdn', ent)):
            e.append('folds onto another record')
        if kind not in ('messy', 'script'):
            if not core(query):
                e.append('no content word')
            if not has_latin(query):
                e.append('no Latin letters')
        if kind == 'partial':
            cw = [w for w in core(query).split() if len(w) >= 3]
            if len(cw) < 2:
                e.append('partial: < 2 content words')
            if self.d.subset_other(query, ('sdn', ent)):
                e.append('partial: subset of another record')
        if kind == 'script':
            if has_latin(query):
                e.append('script: Latin letters')
            if not any(c.isalpha() for c in query):
                e.append('script: no letter')
        return e

    def neg_errors(self, cat, query):
        e = []
        if key(query) in self.pk:
            e.append('earlier key')
        if cat != 'other_script' and full(query) in self.pf:
            e.append('earlier full fold')
        if any(self.d.fold_owners.get(fo) for fo in folds(query)):
            e.append('folds onto a listed name')
        if frozenset(full(query).split()) in self.d.wordset_owners:
            e.append('word set equals a listed name')
        if query in self.d.exact or query.upper() in self.d.exact:
            e.append('exact listed name')
        if cat == 'other_script' and has_latin(query):
            e.append('other_script: Latin letters')
        if cat == 'shares_one_word' and self.d.shared_words(query).startswith('shares no'):
            e.append('shares_one_word: no shared word')
        return e

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<program>[^;]+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')


def load_all():
    d = Data()
    pk, pf, uses, nfiles = load_prior(d)
    pl = pool(d, uses)
    return d, pk, pf, uses, nfiles, pl
