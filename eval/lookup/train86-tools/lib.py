"""Shared helpers for lookup-train86 (written from scratch for this set).
Standard library only. Never prints an earlier row."""
import csv, json, os, re, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SET_NAME = 'train86'
OUT = os.path.join(LOOKUP, SET_NAME + '.jsonl')
NARC_CAP = 62
SEED = 86

# ---------------------------------------------------------------- folds
def key(s):
    return ' '.join(s.lower().split())

APOS = "'\u2019\u2018`\u02bc\u02bb"

def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
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

# legal forms (fold form) used to split names; also fillers for the core fold
LEGAL = set('''co company companies corp corporation inc incorporated ltd limited llc lc l sa sas sac saa sab sapi cv
srl sl slu ltda cia gmbh ag kg bv nv plc jsc ojsc cjsc pjsc pao oao zao ooo pte pvt fze fzco fzc llp lp sarl sal
spa spr rl s eu ci sc scs sofom enr er eirl sdn bhd kk ab as asa oy oyj aps sro doo dd ad sp zoo spzoo fz dmcc
ou sia kft zrt jdoo eood ky ska tbk pt kb uab sti ltdsti sasu eurl kgaa ek srls yk ctcp ae spk hb ehf ike bvba
slne mb opc unipessoal lda pjs psc pty tov too dooel eireli gk dac cic ivs vos eg ead ood ooo sapi sau ca'''.split())
FILLER = LEGAL | set('''group grupo international internacional holding holdings trading establishment enterprise
enterprises the and of de y for al el la del los las le les des du di da do e et und van der den a an'''.split())

def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)

def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    out.discard('')
    return out

def content_words(s):
    return frozenset(t for t in full(s).split() if t not in FILLER)

def has_latin(s):
    return any(('LATIN' in unicodedata.name(c, '')) and c.isalpha() for c in s)

def has_letter(s):
    return any(c.isalpha() for c in s)

# ---------------------------------------------------------------- data
def _clean(v):
    v = v.strip()
    return '' if v == '-0-' else v

class Data:
    def __init__(self):
        self.sdn = {}      # ent -> dict
        self.alts = collections.defaultdict(list)
        self.city = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                ent = _clean(r[0])
                self.sdn[ent] = {'ent': ent, 'name': _clean(r[1]), 'type': _clean(r[2]), 'program': _clean(r[3])}
        with open(os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                nm = _clean(r[3])
                if nm:
                    self.alts[_clean(r[0])].append(nm)
        with open(os.path.join(DATA, 'ofac-sdn-2019', 'add.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 5:
                    continue
                ent = _clean(r[0])
                if ent in self.city:
                    continue
                cs = ' '.join(t for t in _clean(r[3]).split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                self.city[ent] = cs
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.DictReader(fh):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # indexes
        self.fold_owner = collections.defaultdict(set)
        self.wordset_owner = collections.defaultdict(set)
        self.exact = set()
        self.word_strings = collections.defaultdict(set)   # word -> string ids
        self.strings = []                                    # (owner, string)
        self.tok_org = collections.defaultdict(list)         # token -> org names/aliases
        self.name_count = collections.Counter(v['name'] for v in self.sdn.values())
        self.alias_set = set()
        for ent, alist in self.alts.items():
            for a in alist:
                self.alias_set.add(a)
        def add(owner, s, is_org):
            for f in folds(s):
                self.fold_owner[f].add(owner)
            ws = content_words(s)
            if ws:
                self.wordset_owner[ws].add(owner)
            self.exact.add(s); self.exact.add(s.upper())
            sid = len(self.strings)
            self.strings.append((owner, s))
            for w in ws:
                self.word_strings[w].add(sid)
            if is_org:
                for t in set(full(s).split()):
                    self.tok_org[t].append(s)
        for ent, v in self.sdn.items():
            org = v['type'].lower() != 'individual'
            add('sdn:' + ent, v['name'], org)
            for a in self.alts.get(ent, []):
                add('sdn:' + ent, a, org)
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for n in c['names']:
                add('csl:%d' % i, n, org)

    def tok_count(self, w):
        return len(self.tok_org.get(w, []))

    def shared_words(self, q):
        parts = []
        seen = set()
        for t in full(q).split():
            if t in FILLER or t in seen:
                continue
            seen.add(t)
            lst = self.tok_org.get(t)
            if not lst:
                continue
            n = len(lst)
            unit = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
            parts.append('%s (%d %s, e.g. %s)' % (t, n, unit, ' | '.join(lst[:3])))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def is_narc(self, ent):
        return bool(set(re.split(r'[\[\]\s]+', self.sdn[ent]['program'])) & {'SDNT', 'SDNTK'})

# ---------------------------------------------------------------- earlier sets
def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 86)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]

def load_prior(data):
    """Returns (keys, fulls, uses Counter by ent_num, file count). Prints nothing."""
    keys, fulls, uses = set(), set(), collections.Counter()
    files = prior_files()
    name_to_ent = {v['name']: e for e, v in data.sdn.items() if data.name_count[v['name']] == 1}
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
                keys.add(key(q)); fulls.add(full(q))
                exp = r.get('expected')
                if exp:
                    ents = set(re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for e in ents:
                            uses[e] += 1
                    elif exp in name_to_ent:
                        uses[name_to_ent[exp]] += 1
    return keys, fulls, uses, len(files)

# ---------------------------------------------------------------- pool
def build_pool(data, uses):
    pool = {}
    for ent, v in data.sdn.items():
        if v['type'] != '' or not v['name']:
            continue
        if data.name_count[v['name']] != 1 or v['name'] in data.alias_set:
            continue
        own = 'sdn:' + ent
        ok = True
        for s in [v['name']] + data.alts.get(ent, []):
            for f in folds(s):
                if data.fold_owner[f] - {own}:
                    ok = False; break
            if not ok:
                break
        if ok:
            pool[ent] = uses.get(ent, 0)
    return pool

# ---------------------------------------------------------------- name handling
def _is_legal_tok(t):
    f = full(t).replace(' ', '')
    return f in LEGAL

def split_legal(name):
    """Returns (body, suffix) with trailing legal tokens moved to suffix."""
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        f = full(t).replace(' ', '')
        nxt_legal = i < len(toks)
        if f in LEGAL and f not in ('s', 'l', 'e') :
            i -= 1; continue
        if f in ('s', 'l') and nxt_legal and re.match(r'^[A-Za-z]\.$', t):
            i -= 1; continue
        if f in ('de', 'en') and nxt_legal and i - 1 > 1 and (_is_legal_tok(toks[i - 2]) or re.match(r'^[A-Za-z]\.$', toks[i - 2])):
            i -= 1; continue
        if f == 'y' and nxt_legal and toks[i].upper().startswith('CIA'):
            i -= 1; continue
        break
    body = ' '.join(toks[:i]).rstrip(',').strip()
    suffix = ' '.join(toks[i:])
    return body, suffix

ROMAN = re.compile(r'^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$', re.I)

def tcw(body):
    out = []
    for w in body.split():
        if re.match(r'^([A-Za-z]\.)+[A-Za-z]?\.?$', w) or (ROMAN.match(w) and len(w) <= 4 and w.isupper() and w.upper() not in ('CIVIL', 'MIX', 'DC', 'CC', 'LC', 'VIC')):
            out.append(w); continue
        if re.fullmatch(r'[A-Z]{2,4}', w) and not re.search(r'[AEIOUY]', w):
            out.append(w); continue
        s, cap = [], True
        for ch in w:
            if ch.isalpha():
                s.append(ch.upper() if cap else ch.lower()); cap = False
            else:
                s.append(ch); cap = ch in '-(/."&'
        out.append(''.join(s))
    return ' '.join(out)

def join(body, suffix):
    return (body + ' ' + suffix).strip() if suffix else body

# ---------------------------------------------------------------- notes
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<program>[^;]+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
POS_KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
             'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5

def pos_note(kind, variant, program, uses, name, ent):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (kind, variant, program, uses, name, ent)

# ---------------------------------------------------------------- rules
class Rules:
    def __init__(self, data, prior, pool):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = pool

    def pos_errors(self, q, kind, ent):
        d, e = self.d, []
        v = d.sdn.get(ent)
        if v is None:
            return ['no such ent']
        name = v['name']
        if ent not in self.pool:
            e.append('not in pool')
        else:
            lvl = self.pool[ent]
            floor = MIN_LEVEL_NARC if d.is_narc(ent) else MIN_LEVEL_OTHER
            if lvl < floor:
                e.append('level %d below %d' % (lvl, floor))
        if key(q) in self.keys:
            e.append('earlier key')
        if kind != 'script' and full(q) in self.fulls:
            e.append('earlier full fold')
        if kind == 'case':
            if q == name or q.lower() != name.lower():
                e.append('case row not a pure case change')
        elif q == name:
            e.append('equals name')
        if kind in FOLD_CHANGE and full(q) == full(name):
            e.append('full fold unchanged')
        if kind == 'aka' and q not in d.alts.get(ent, []):
            e.append('aka not own alias')
        if kind not in ('messy', 'script'):
            own = 'sdn:' + ent
            for f in folds(q):
                if d.fold_owner.get(f, set()) - {own}:
                    e.append('fold onto other record'); break
        if kind not in ('messy', 'script'):
            if not content_words(q):
                e.append('no content word')
            if not has_latin(q):
                e.append('no latin letters')
        if kind == 'partial':
            ws = [w for w in content_words(q) if len(w) >= 3]
            if len(ws) < 2:
                e.append('partial keeps < 2 content words')
            cw = content_words(q)
            sids = None
            for w in cw:
                s = d.word_strings.get(w, set())
                sids = s if sids is None else sids & s
            for sid in (sids or set()):
                if d.strings[sid][0] != 'sdn:' + ent:
                    e.append('partial word set subset of another record'); break
        if kind == 'script':
            if has_latin(q) or not has_letter(q):
                e.append('script row has latin letters or no letter')
        return e

    def neg_errors(self, q, kind):
        d, e = self.d, []
        if key(q) in self.keys:
            e.append('earlier key')
        if kind != 'other_script' and full(q) in self.fulls:
            e.append('earlier full fold')
        for f in folds(q):
            if d.fold_owner.get(f):
                e.append('fold onto listed name'); break
        ws = content_words(q)
        if ws and d.wordset_owner.get(ws):
            e.append('word set equals listed name')
        if q in d.exact or q.upper() in d.exact:
            e.append('exact listed name')
        if kind == 'other_script' and has_latin(q):
            e.append('other_script has latin letters')
        if kind == 'shares_one_word' and d.shared_words(q).startswith('shares no'):
            e.append('shares_one_word shares no word')
        return e

def load_all():
    data = Data()
    prior = load_prior(data)
    pool = build_pool(data, prior[2])
    return data, prior, pool
