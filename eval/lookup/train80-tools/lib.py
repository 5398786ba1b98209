"""train80 helpers: data loading, folds, earlier-set loader, pool and rules (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SET_NAME = 'train80'
OUT = os.path.join(LOOKUP, SET_NAME + '.jsonl')
NARC_CAP = 62
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')

# ---------- folds ----------
def key(s):
    return ' '.join(s.split()).lower()

def _strip_marks(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def full_tokens(s):
    s = _strip_marks(s).lower()
    s = s.replace("'", '').replace('\u2019', '').replace('`', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
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
    return out

FILLER = set('''the and of de del la el los las y e et for a an in on at to by di du des le und der die das
ltd limited llc inc incorporated co company corp corporation sa sas sl srl sarl gmbh ag kg bv nv plc pjsc ojsc cjsc
jsc ooo oao zao pao ao llp lp ltda cia cv rl spa sc scs sac saa eirl ca sal fze fzco fzc fzllc pvt private pte bhd
sdn pty cc ab as oy group grupo international internacional holding holdings trading establishment enterprise
enterprises sadecv sdecv sderl sprderl spr srlcv sapi sab'''.split())

def full(s):
    return ' '.join(full_tokens(s))

def core_tokens(s):
    return [t for t in full_tokens(s) if t not in FILLER]

def core(s):
    return ' '.join(core_tokens(s))

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}

def content_words(s):
    return frozenset(core_tokens(s))

def has_latin(s):
    return any(('a' <= c.lower() <= 'z') for c in _strip_marks(s))

def n_letters(s):
    return sum(1 for c in s if c.isalpha())

def is_narc(prog):
    toks = set(re.split(r'[^A-Z0-9\-]+', prog.upper()))
    return bool(toks & {'SDNT', 'SDNTK'})

# ---------- data ----------
def _clean(v):
    v = v.strip()
    return '' if v == '-0-' else v

class Data:
    def __init__(self):
        self.sdn = {}
        d = os.path.join(DATA, 'ofac-sdn-2019')
        with open(os.path.join(d, 'sdn.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4 or not r[0].strip().isdigit():
                    continue
                self.sdn[int(r[0])] = (r[1].strip(), _clean(r[2]), _clean(r[3]))
        self.alt = defaultdict(list)
        with open(os.path.join(d, 'alt.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4 or not r[0].strip().isdigit():
                    continue
                a = r[3].strip()
                if a and a != '-0-':
                    self.alt[int(r[0])].append(a)
        self.city = {}
        with open(os.path.join(d, 'add.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4 or not r[0].strip().isdigit():
                    continue
                e = int(r[0])
                if e in self.city:
                    continue
                c = _clean(r[3])
                c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                if c:
                    self.city[e] = c
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.DictReader(f):
                names = [(r.get('name') or '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append(((r.get('type') or '').strip(), [n for n in names if n]))
        # indexes
        self.fold_owners = defaultdict(set)
        self.wordset_owners = defaultdict(set)
        self.owner_wordsets = defaultdict(list)
        self.exact = set()
        self.tok_org = defaultdict(set)
        self.name_count = Counter(v[0] for v in self.sdn.values())
        self.alias_strings = set()
        for e, alts in self.alt.items():
            for a in alts:
                self.alias_strings.add(a.upper())
        def add(owner, s, org):
            for fo in folds(s):
                self.fold_owners[fo].add(owner)
            ws = content_words(s)
            if ws:
                self.wordset_owners[ws].add(owner)
                self.owner_wordsets[owner].append(ws)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(core_tokens(s)):
                    self.tok_org[t].add(s)
        for e, (n, t, p) in self.sdn.items():
            org = t.lower() != 'individual'
            add(('S', e), n, org)
            for a in self.alt.get(e, []):
                add(('S', e), a, org)
        for i, (t, names) in enumerate(self.csl):
            org = t.lower() != 'individual'
            for n in names:
                add(('C', i), n, org)

    def other_owner_fold(self, s, ent=None):
        """owners other than SDN ent whose fold equals a fold of s"""
        res = set()
        for fo in folds(s):
            for o in self.fold_owners.get(fo, ()):
                if o != ('S', ent):
                    res.add(o)
        return res

    def shared_words(self, s):
        parts = []
        seen = set()
        for t in core_tokens(s):
            if t in seen:
                continue
            seen.add(t)
            names = self.tok_org.get(t)
            if names:
                ex = sorted(names)[:3]
                parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(names), ' | '.join(ex)))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

# ---------- earlier sets ----------
def prior_files():
    fs = [os.path.join(LOOKUP, 'train.jsonl'), os.path.join(LOOKUP, 'validation.jsonl')]
    n = int(SET_NAME[5:])
    fs += [os.path.join(LOOKUP, 'train%d.jsonl' % i) for i in range(2, n)]
    return fs

def load_prior(data):
    """Returns (keys, fulls, uses Counter by ent_num, file count). Never returns rows."""
    keys, fulls, uses = set(), set(), Counter()
    uniq = {}
    for e, (n, t, p) in data.sdn.items():
        if data.name_count[n] == 1:
            uniq[n] = e
    nfiles = 0
    for fn in prior_files():
        if not os.path.exists(fn):
            raise SystemExit('missing earlier file ' + os.path.basename(fn))
        nfiles += 1
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                    if ents:
                        for x in ents:
                            uses[x] += 1
                    elif r['expected'] in uniq:
                        uses[uniq[r['expected']]] += 1
    return keys, fulls, uses, nfiles

# ---------- pool ----------
def pool(data, uses):
    out = {}
    for e, (n, t, p) in data.sdn.items():
        if t != '' or data.name_count[n] != 1 or n.upper() in data.alias_strings:
            continue
        bad = False
        for s in [n] + data.alt.get(e, []):
            if data.other_owner_fold(s, e):
                bad = True; break
        if bad:
            continue
        out[e] = {'name': n, 'program': p, 'level': uses.get(e, 0), 'narc': is_narc(p)}
    return out

# ---------- title case / legal split ----------
LEGAL = set('''sa de cv ltda ltd limited inc co company corp corporation llc gmbh ag kg srl sarl sas scs sc s rl spr
cia y en sl bv nv plc pjsc ojsc cjsc jsc ooo oao zao pao ao fze fzco fzc fzllc sal eirl sac saa ca pvt private pte
bhd sdn pty cc ab as oy spa llp lp snc sae sapi dmcc doo pr ri'''.split())

def _lnorm(t):
    return re.sub(r'[^a-z]', '', _strip_marks(t).lower())

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = _lnorm(toks[i - 1])
        if not t or t not in LEGAL:
            break
        if t in ('de', 'en', 'y'):
            # only between legal tokens
            if i < len(toks) and _lnorm(toks[i]) in LEGAL and _lnorm(toks[i - 2]) in LEGAL | {'cia'} or (t == 'y' and i < len(toks) and _lnorm(toks[i]) == 'cia'):
                i -= 1; continue
            break
        i -= 1
    body = ' '.join(toks[:i]).rstrip(' ,')
    suffix = ' '.join(toks[i:])
    if not body:
        return name, ''
    return body, suffix

def _cap(w):
    if re.fullmatch(r'(?:[A-Za-z]\.){2,}', w):
        return w.upper()
    parts = re.split(r'([\-/])', w)
    out = []
    for p in parts:
        m = re.match(r"^([^A-Za-z\u00C0-\u024F]*)(.*)$", p)
        pre, rest = m.group(1), m.group(2)
        out.append(pre + rest[:1].upper() + rest[1:].lower())
    return ''.join(out)

def tcw(name):
    body, suf = split_legal(name)
    b = ' '.join(_cap(w) for w in body.split())
    return (b + ' ' + suf).strip() if suf else b

def body_words(name):
    body, suf = split_legal(name)
    return body.split(), suf

# ---------- rules ----------
class Rules:
    def __init__(self, data, prior, pl):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = pl

    def pos_errors(self, kind, query, ent, others_keys=(), others_fulls=()):
        d, errs = self.d, []
        if ent not in self.pool:
            return ['target not in pool']
        if self.pool[ent]['level'] < 3:
            errs.append('level < 3')
        name = self.pool[ent]['name']
        k, f = key(query), full(query)
        script = kind == 'script'
        if k in self.keys:
            errs.append('earlier key')
        if not script and f in self.fulls:
            errs.append('earlier full fold')
        if k in others_keys:
            errs.append('in-set key repeat')
        if not script and f in others_fulls:
            errs.append('in-set full repeat')
        if kind == 'case':
            if query == name:
                errs.append('equal to name')
            if query.lower() != name.lower():
                errs.append('case row differs beyond case')
        elif query == name:
            errs.append('equal to name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and f == full(name):
            errs.append('full fold unchanged')
        if kind == 'aka' and query not in d.alt.get(ent, []):
            errs.append('not an own alias')
        if kind not in ('messy', 'script') and d.other_owner_fold(query, ent):
            errs.append('folds onto another listed name')
        if kind not in ('messy', 'script'):
            if not core_tokens(query):
                errs.append('no content word')
            if not has_latin(query):
                errs.append('no Latin letters')
        if kind == 'partial':
            cw = [t for t in core_tokens(query) if len(t) >= 3]
            if len(cw) < 2:
                errs.append('partial keeps < 2 content words')
            ws = content_words(query)
            for o, sets in d.owner_wordsets.items():
                if o == ('S', ent):
                    continue
                if any(ws <= s for s in sets):
                    errs.append('partial word set is a subset of another name'); break
        if script:
            if has_latin(query):
                errs.append('script row has Latin letters')
            if n_letters(query) < 1:
                errs.append('script row has no letters')
        return errs

    def neg_errors(self, cat, query, others_keys=(), others_fulls=()):
        d, errs = self.d, []
        k, f = key(query), full(query)
        os_ = cat == 'other_script'
        if k in self.keys:
            errs.append('earlier key')
        if not os_ and f in self.fulls:
            errs.append('earlier full fold')
        if k in others_keys:
            errs.append('in-set key repeat')
        if not os_ and f in others_fulls:
            errs.append('in-set full repeat')
        if any(fo in d.fold_owners for fo in folds(query)):
            errs.append('folds onto a listed name')
        ws = content_words(query)
        if ws and ws in d.wordset_owners:
            errs.append('word set equals a listed name')
        if query in d.exact or query.upper() in d.exact:
            errs.append('exact listed name')
        if os_ and has_latin(query):
            errs.append('other_script has Latin letters')
        if cat == 'shares_one_word' and d.shared_words(query).startswith('shares no word'):
            errs.append('shares no word')
        return errs

def pos_note(kind, variant, prog, uses, name, ent):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, variant, prog, uses, name, ent)
