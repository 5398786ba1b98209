"""train81 helpers: data loading, folds, earlier-set loader, pool and row rules.
Written from scratch for train81 (Python 3 standard library only)."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
OUT = os.path.join(LOOKUP, 'train81.jsonl')
NARC_CAP = 62
SEED = 81
POS_KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
             'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
               'punctuation', 'legal_form'}
KEY_ONLY = {'script', 'other_script'}

# ---------------------------------------------------------------- folds
APOS = "'\u2019\u2018`\u00b4\u02bc\u02bb"

def key(s):
    return ' '.join(s.lower().split())

def full(s):
    t = unicodedata.normalize('NFKD', s)
    t = ''.join(c for c in t if not unicodedata.category(c).startswith('M'))
    t = t.lower()
    for a in APOS:
        t = t.replace(a, '')
    t = t.replace('&', ' and ').replace('+', ' and ')
    t = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in t)
    toks = t.split()
    out, run = [], []
    for w in toks:
        if len(w) == 1:
            run.append(w)
        else:
            if run:
                out.append(''.join(run)); run = []
            out.append(w)
    if run:
        out.append(''.join(run))
    return ' '.join(out)

FILLER = set('''the and of de del la el los las y e et for to a an in on at by da do das dos di du des der die das und
group grupo groupe gruppe international internacional intl holding holdings trading establishment enterprise enterprises
corporation corp company co cia compania companhia ltd limited ltda inc incorporated llc llp plc sa sas sac saec saeca sl slu sc scs cv rl srl
sarl spa spr sapi gmbh ag kg bv nv ooo oao zao pao pjsc jsc cjsc ojsc fze fzc fzco pvt pte pty bhd sdn oy oyj ab as asa aps
ehf hf epe ike bvba gesmbh lda eirl eireli sal offshore kk gk tov dd doo ad uab se amba'''.split())

def core_tokens(s):
    return [w for w in full(s).split() if w not in FILLER]

def core(s):
    return ' '.join(core_tokens(s))

def variants(s):
    f = full(s); c = core(s)
    v = {('f', f), ('fn', f.replace(' ', ''))}
    if c:
        v |= {('c', c), ('cn', c.replace(' ', ''))}
    return {x for x in v if x[1]}

LATIN = re.compile(r'[A-Za-z\u00c0-\u024f]')
def has_latin(s):
    return bool(LATIN.search(s))
def has_letter(s):
    return any(c.isalpha() for c in s)

# ---------------------------------------------------------------- legal split / title case
LEGAL = set('''LTD LIMITED CO COMPANY CORP CORPORATION INC INCORPORATED LLC LLP PLC SA SAS SAC SL SC SCS CV RL SRL SARL SPA SPR
LTDA GMBH AG KG BV NV OOO OAO ZAO PAO PJSC JSC CJSC OJSC FZE FZC FZCO PVT PTE PTY BHD OY AB SAL EIRL CIA TOO AD DOO
DD UAB SAPI SACI SAIC SACV S C A SE LC PT TBK KFT EOOD SPZOO SRO ZRT AO'''.split())

def _norm_tok(t):
    return re.sub(r'[^A-Z0-9]', '', unicodedata.normalize('NFKD', t).upper())

def split_legal(name):
    """-> (body, suffix) with trailing legal tokens moved to suffix."""
    toks = name.split()
    i = len(toks)
    while i > 0:
        t = _norm_tok(toks[i - 1])
        if t in LEGAL and i - 1 > 0:
            i -= 1; continue
        if t in ('DE', 'EN') and i < len(toks) and i - 2 >= 0 and _norm_tok(toks[i - 2]) in LEGAL and i - 2 > 0:
            i -= 1; continue
        if t == 'Y' and i < len(toks) and _norm_tok(toks[i]) == 'CIA' and i - 1 > 0:
            i -= 1; continue
        break
    body = ' '.join(toks[:i]).rstrip(' ,')
    suf = ' '.join(toks[i:])
    if not body:
        return name, ''
    return body, suf

def tword(w):
    if re.fullmatch(r'(?:[A-Za-z]\.){2,}', w):
        return w.upper()
    out, prev = [], ''
    for c in w.lower():
        if c.isalpha() and not (prev.isalpha() or (prev != '' and prev in APOS)):
            out.append(c.upper())
        else:
            out.append(c)
        prev = c
    return ''.join(out)

def tc(s):
    return ' '.join(tword(w) for w in s.split())

def tcw(name):
    b, s = split_legal(name)
    return (tc(b) + (' ' + s if s else '')).strip()

def join(body, suf):
    return (body + (' ' + suf if suf else '')).strip()

def is_narc(program):
    return bool(set(re.split(r'[^A-Z0-9]+', program.upper())) & {'SDNT', 'SDNTK'})

# ---------------------------------------------------------------- data
def _rows(path):
    raw = open(path, 'rb').read()
    try:
        txt = raw.decode('utf-8')
    except UnicodeDecodeError:
        txt = raw.decode('latin-1')
    return list(csv.reader(txt.splitlines()))

def _v(x):
    x = x.strip()
    return '' if x == '-0-' else x

class Data:
    def __init__(self):
        d = os.path.join(DATA, 'ofac-sdn-2019')
        self.sdn = {}
        for r in _rows(os.path.join(d, 'sdn.csv')):
            if len(r) < 4:
                continue
            self.sdn[r[0].strip()] = {'name': r[1].strip(), 'type': _v(r[2]), 'program': _v(r[3])}
        self.alts = defaultdict(list)
        for r in _rows(os.path.join(d, 'alt.csv')):
            if len(r) >= 4 and _v(r[3]):
                self.alts[r[0].strip()].append(r[3].strip())
        self.city = {}
        for r in _rows(os.path.join(d, 'add.csv')):
            if len(r) >= 4 and r[0].strip() not in self.city:
                c = ' '.join(w for w in _v(r[3]).split() if not re.search(r'\d', w)).strip(' ,')
                if c:
                    self.city[r[0].strip()] = c
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
            for i, r in enumerate(csv.DictReader(f)):
                names = [n.strip() for n in [r.get('name') or ''] + (r.get('alt_names') or '').split(';') if n.strip()]
                self.csl.append({'id': 'csl:%d' % i, 'type': (r.get('type') or '').strip(), 'names': names})
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.by_name = {v['name']: k for k, v in self.sdn.items()}
        self.alias_set = {a for l in self.alts.values() for a in l}
        # owners: id -> list of strings
        self.owner_names = {}
        for k, v in self.sdn.items():
            self.owner_names['sdn:' + k] = [v['name']] + self.alts.get(k, [])
        for c in self.csl:
            self.owner_names[c['id']] = c['names']
        self.fold_idx = defaultdict(set)
        self.wset_idx = defaultdict(set)
        self.word_owner = defaultdict(set)
        self.exact = set()
        self.org_tok = defaultdict(set)
        for oid, names in self.owner_names.items():
            is_org = (oid.startswith('sdn:') and self.sdn[oid[4:]]['type'].lower() != 'individual') or \
                     (oid.startswith('csl:') and self.csl[int(oid[4:])]['type'].lower() != 'individual')
            for n in names:
                for v in variants(n):
                    self.fold_idx[v].add(oid)
                ws = frozenset(core_tokens(n))
                if ws:
                    self.wset_idx[ws].add(oid)
                for w in ws:
                    self.word_owner[w].add(oid)
                self.exact.add(n); self.exact.add(n.upper())
                if is_org:
                    for w in set(full(n).split()):
                        if w not in FILLER:
                            self.org_tok[w].add(n)

    def unique_name(self, name):
        return self.name_count.get(name, 0) == 1

    def fold_owners(self, s):
        o = set()
        for v in variants(s):
            o |= self.fold_idx.get(v, set())
        return o

    def subset_owners(self, words):
        words = list(words)
        if not words:
            return set()
        o = set(self.word_owner.get(words[0], set()))
        for w in words[1:]:
            o &= self.word_owner.get(w, set())
        # confirm per name
        res = set()
        ws = set(words)
        for oid in o:
            for n in self.owner_names[oid]:
                if ws <= set(core_tokens(n)):
                    res.add(oid); break
        return res

    def shared_words(self, q):
        parts = []
        seen = []
        for w in full(q).split():
            if w in FILLER or w in seen:
                continue
            seen.append(w)
            names = self.org_tok.get(w)
            if names:
                ex = sorted(names)[:3]
                parts.append('%s (%d listed org names/aliases, e.g. %s)' % (w, len(names), ' | '.join(ex)))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def pool(self):
        out = {}
        for k, v in self.sdn.items():
            if v['type'] != '' or not v['name']:
                continue
            n = v['name']
            if not self.unique_name(n) or n in self.alias_set:
                continue
            ok = True
            for s in [n] + self.alts.get(k, []):
                if self.fold_owners(s) - {'sdn:' + k}:
                    ok = False; break
            if ok:
                out[k] = v
        return out

# ---------------------------------------------------------------- earlier sets
def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 81)]
    return [os.path.join(LOOKUP, f) for f in fs]

def load_prior(data):
    """Returns (keys, fulls, uses Counter ent->rows, nfiles). Never prints rows."""
    keys, fulls, uses = set(), set(), Counter()
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
                e = r.get('expected')
                if e:
                    ents = set(re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and data.unique_name(e):
                        ents = {data.by_name[e]}
                    for x in ents:
                        uses[x] += 1
    return keys, fulls, uses, n

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<program>.+?); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')

def pos_note(kind, shape, detail, program, uses, target, ent):
    var = shape + (' (%s)' % detail if detail else '')
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (kind, var, program, uses, target, ent)

# ---------------------------------------------------------------- rules
class Rules:
    def __init__(self, data, pool, prior_keys, prior_fulls, uses):
        self.d, self.pool, self.pk, self.pf, self.uses = data, pool, prior_keys, prior_fulls, uses

    def pos_errors(self, q, ent, kind, others_keys=(), others_fulls=()):
        e = []
        d = self.d
        if ent not in self.pool:
            return ['target not in pool']
        name = d.sdn[ent]['name']
        lvl = self.uses.get(ent, 0)
        if lvl < 3:
            e.append('level below 3')
        if key(q) in self.pk:
            e.append('earlier key')
        if kind not in KEY_ONLY and full(q) in self.pf:
            e.append('earlier full fold')
        if key(q) in others_keys:
            e.append('in-set key repeat')
        if kind not in KEY_ONLY and full(q) in others_fulls:
            e.append('in-set full repeat')
        if q == name:
            e.append('equals name')
        if kind == 'case' and q.lower() != name.lower():
            e.append('case row differs beyond case')
        if kind in FOLD_CHANGE and full(q) == full(name):
            e.append('fold unchanged')
        if kind == 'aka' and q not in d.alts.get(ent, []):
            e.append('not own alias')
        if kind not in ('messy', 'script'):
            if d.fold_owners(q) - {'sdn:' + ent}:
                e.append('folds onto another record')
            if not core_tokens(q):
                e.append('no content word')
            if not has_latin(q):
                e.append('no Latin letters')
        if kind == 'partial':
            cw = [w for w in core_tokens(q) if len(w) >= 3]
            if len(cw) < 2:
                e.append('partial keeps < 2 content words')
            if d.subset_owners(set(core_tokens(q))) - {'sdn:' + ent}:
                e.append('partial subset of another record')
        if kind == 'script':
            if has_latin(q):
                e.append('script row has Latin letters')
            if not has_letter(q):
                e.append('script row has no letter')
        return e

    def neg_errors(self, q, cat, others_keys=(), others_fulls=()):
        e = []
        d = self.d
        if key(q) in self.pk:
            e.append('earlier key')
        if cat not in KEY_ONLY and full(q) in self.pf:
            e.append('earlier full fold')
        if key(q) in others_keys:
            e.append('in-set key repeat')
        if cat not in KEY_ONLY and full(q) in others_fulls:
            e.append('in-set full repeat')
        if d.fold_owners(q):
            e.append('folds onto a listed name')
        ws = frozenset(core_tokens(q))
        if ws and ws in d.wset_idx:
            e.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            e.append('exact listed name')
        if cat == 'other_script' and has_latin(q):
            e.append('other_script has Latin letters')
        if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'):
            e.append('shares no word')
        return e
