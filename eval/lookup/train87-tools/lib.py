"""train87 helpers: data loading, folds, earlier-set loader, pool, rules. Written from scratch for train87."""
import csv, json, os, re, unicodedata, collections, random

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
OUT = os.path.join(LOOKUP, 'train87.jsonl')
SEED = 87
NARC_CAP = 62
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7

POS_KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
             'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_KINDS = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

APOS = "'\u2019\u2018`\u02bc\u02bb"

# my own legal/filler list (core fold drops these)
FILLER = set('''the and of de y for al el la del los las le les des du di da do e et und van der den a an
group grupo international internacional holding holdings trading establishment enterprise enterprises corporation company
co corp inc incorporated ltd limited llc lp llp plc sa sas sl srl ltda gmbh ag bv nv pte pvt private jsc cjsc ojsc pjsc oao zao ooo
fze fzco fzc fzllc sal sarl spa cv rl sapi sab spr sc kg kft as ab oy sdn bhd pty cia ca sau sac saa sae eirl eireli dooel gk tov too dac cic ivs vos eg
uab sti ltdsti sasu eurl kgaa ek srls yk ctcp ae spk hb ehf oyj ike bvba dd slne mb opc unipessoal lda doo ood ead pt tbk
eood ou zrt mchj mmc osoo ans jdoo saog ggmbh pllc
eu scs sca sccl ei ci sprl ead pjs est wll bsc fz ao pao'''.split())

# legal tokens for split_legal (normalised: dots/commas removed, lower)
LEGAL = set('''ltd limited co company corp corporation inc incorporated llc lp llp plc sa sas sl srl ltda gmbh ag bv nv pte pvt jsc cjsc ojsc pjsc
oao zao ooo fze fzco fzc fzllc sal sarl spa cv rl sapi sab spr sc kg kft ab oy sdn bhd pty cia ca sau sac saa sae eirl eireli de
sprl scs sca sccl ei eu ci srls ood eood ead doo dd ad plc pjs pvt llc fz est wll bsc ao pao'''.split())

def nfkd_strip(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.category(c).startswith('M'))

def key(s):
    return ' '.join(s.lower().split())

def _join_singles(toks):
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

def full_tokens(s):
    s = nfkd_strip(s).lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
    return _join_singles(s.split())

def full(s):
    return ' '.join(full_tokens(s))

def core_tokens(s):
    return [t for t in full_tokens(s) if t not in FILLER]

def core(s):
    return ' '.join(core_tokens(s))

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, c, f.replace(' ', ''), c.replace(' ', '')) if x}

def has_latin(s):
    return any(('a' <= ch.lower() <= 'z') for ch in nfkd_strip(s))

def has_letter(s):
    return any(ch.isalpha() for ch in s)

def is_narc(program):
    toks = set(re.split(r'[^A-Za-z0-9-]+', program))
    return 'SDNT' in toks or 'SDNTK' in toks

# ---------- split legal suffix and title case ----------
def _norm_tok(t):
    return re.sub(r'[.,]', '', t).lower()

def _is_legal_tok(t):
    n = _norm_tok(t)
    return (n in LEGAL and n != 'de') or bool(re.fullmatch(r'[A-Za-z]\.,?', t))

def split_legal(name):
    toks = name.split()
    idx = len(toks)
    while idx > 1:
        t = toks[idx - 1]
        n = _norm_tok(t)
        if _is_legal_tok(t):
            idx -= 1; continue
        if n in ('de', 'en') and idx < len(toks) and idx - 2 >= 0 and _is_legal_tok(toks[idx - 2]):
            idx -= 1; continue
        if n == 'y' and idx < len(toks) and toks[idx].upper().startswith('CIA'):
            idx -= 1; continue
        break
    body = ' '.join(toks[:idx]).rstrip(',').strip()
    suffix = ' '.join(toks[idx:])
    return body, suffix

ROMAN = {'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii'}
VOW = set('aeiouy')

def tcw(body):
    out = []
    for tok in body.split(' '):
        raw = tok
        letters = re.sub(r'[^A-Za-z]', '', raw)
        if re.fullmatch(r'([A-Za-z]\.)+,?', raw):
            out.append(raw.upper()); continue
        if letters.lower() in ROMAN and raw.isupper():
            out.append(raw); continue
        if 2 <= len(letters) <= 4 and letters == raw.strip(',').replace('.', '') and not (set(letters.lower()) & VOW) and raw.isupper():
            out.append(raw); continue
        s = raw.lower()
        res, cap = [], True
        for ch in s:
            if cap and ch.isalpha():
                res.append(ch.upper()); cap = False
            else:
                res.append(ch)
            if ch in ' -(/."&':
                cap = True
            elif ch.isalpha() or ch.isdigit() or ch in APOS:
                cap = False if ch.isalpha() or ch.isdigit() else False
        out.append(''.join(res))
    return ' '.join(out)

def display(name):
    body, suf = split_legal(name)
    b = tcw(body)
    return (b + ' ' + suf).strip() if suf else b

# ---------- data ----------
def _read(path):
    raw = open(path, 'rb').read()
    try:
        txt = raw.decode('utf-8')
    except UnicodeDecodeError:
        txt = raw.decode('latin-1')
    return txt

def _v(x):
    x = x.strip()
    return '' if x == '-0-' else x

class Data:
    def __init__(self):
        self.sdn = {}   # ent -> dict
        for row in csv.reader(_read(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv')).splitlines()):
            if len(row) < 4:
                continue
            ent = int(row[0]); self.sdn[ent] = {'ent': ent, 'name': row[1].strip(), 'type': _v(row[2]), 'program': row[3].strip(), 'aliases': []}
        for row in csv.reader(_read(os.path.join(DATA, 'ofac-sdn-2019/alt.csv')).splitlines()):
            if len(row) < 4:
                continue
            ent = int(row[0])
            if ent in self.sdn:
                self.sdn[ent]['aliases'].append(row[3].strip())
        self.city = {}
        for row in csv.reader(_read(os.path.join(DATA, 'ofac-sdn-2019/add.csv')).splitlines()):
            if len(row) < 4:
                continue
            ent = int(row[0])
            if ent in self.city:
                continue
            c = _v(row[3])
            c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
            self.city[ent] = c or None
        self.csl = []
        rows = list(csv.reader(_read(os.path.join(DATA, 'csl-sample/csl.csv')).splitlines()))
        hdr = rows[0]
        it, iname, ialt = hdr.index('type'), hdr.index('name'), hdr.index('alt_names')
        for r in rows[1:]:
            if len(r) <= ialt:
                continue
            names = [r[iname].strip()] + [a.strip() for a in r[ialt].split(';') if a.strip()]
            self.csl.append({'type': r[it].strip(), 'names': [n for n in names if n]})
        # indexes
        self.fold_owner = collections.defaultdict(set)
        self.wordset_owner = collections.defaultdict(set)
        self.word_strings = collections.defaultdict(set)
        self.strings = []            # (owner, string)
        self.exact = set()
        self.tok_orgs = collections.defaultdict(list)
        self.name_count = collections.Counter(r['name'] for r in self.sdn.values())
        self.alias_set = set()
        for r in self.sdn.values():
            for a in r['aliases']:
                self.alias_set.add(a.upper())
        def add(owner, s, is_org):
            sid = len(self.strings); self.strings.append((owner, s))
            for f in folds(s):
                self.fold_owner[f].add(owner)
            ws = frozenset(full_tokens(s))
            if ws:
                self.wordset_owner[ws].add(owner)
            for w in ws:
                self.word_strings[w].add(sid)
            self.exact.add(s); self.exact.add(s.upper())
            if is_org:
                for w in set(full_tokens(s)):
                    self.tok_orgs[w].append(s)
        for r in self.sdn.values():
            org = r['type'].lower() != 'individual'
            for s in [r['name']] + r['aliases']:
                add(r['ent'], s, org)
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for s in c['names']:
                add('csl:%d' % i, s, org)

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, []))

    def shared_words(self, query):
        parts = []
        seen = set()
        for w in full_tokens(query):
            if w in FILLER or w in seen:
                continue
            seen.add(w)
            lst = self.tok_orgs.get(w)
            if lst:
                n = len(lst)
                ex = ' | '.join(lst[:3])
                parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ex))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

# ---------- earlier sets ----------
def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 87)]
    out = []
    for n in names:
        p = os.path.join(LOOKUP, n)
        if os.path.exists(p):
            out.append(p)
    return out

def load_prior(data):
    """returns (keys, fulls, uses Counter ent->count, nfiles). Never prints rows."""
    keys, fulls, uses = set(), set(), collections.Counter()
    files = prior_files()
    uniq = {r['name']: e for e, r in data.sdn.items() if data.name_count[r['name']] == 1}
    for p in files:
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except Exception:
                    continue
                q = row.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if row.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', row.get('notes') or ''))
                    if not ents and row['expected'] in uniq:
                        ents = {uniq[row['expected']]}
                    for e in ents:
                        uses[e] += 1
    return keys, fulls, uses, len(files)

# ---------- pool ----------
def pool(data, uses):
    out = {}
    for e, r in data.sdn.items():
        if r['type'] != '':
            continue
        n = r['name']
        if data.name_count[n] != 1 or n.upper() in data.alias_set:
            continue
        ok = True
        for s in [n] + r['aliases']:
            for f in folds(s):
                if data.fold_owner[f] - {e}:
                    ok = False; break
            if not ok:
                break
        if ok:
            out[e] = uses.get(e, 0)
    return out

def min_level(program):
    return MIN_LEVEL_NARC if is_narc(program) else MIN_LEVEL_OTHER

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<prog>[^;]+); earlier-set uses (?P<uses>\d+); target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')

def pos_note(kind, shape, detail, program, uses, name, ent):
    v = shape + (' (%s)' % detail if detail else '')
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, v, program, uses, name, ent)

class Rules:
    def __init__(self, data, prior_keys, prior_fulls, uses, pl):
        self.d, self.pk, self.pf, self.uses, self.pool = data, prior_keys, prior_fulls, uses, pl

    def pos_errors(self, kind, query, ent):
        errs = []
        r = self.d.sdn.get(ent)
        if r is None:
            return ['no such ent']
        name = r['name']
        if ent not in self.pool:
            errs.append('not in pool')
        else:
            lvl = self.pool[ent]
            if lvl < min_level(r['program']) or lvl > MAX_LEVEL:
                errs.append('level %d out of range' % lvl)
        if key(query) in self.pk:
            errs.append('earlier key')
        if kind != 'script' and full(query) in self.pf:
            errs.append('earlier full')
        if kind == 'case':
            if query == name or query.lower() != name.lower():
                errs.append('not a pure case change')
        elif query == name:
            errs.append('equals name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'):
            if full(query) == full(name):
                errs.append('fold unchanged')
        if kind == 'aka' and query not in r['aliases']:
            errs.append('not own alias')
        if kind not in ('messy', 'script'):
            for f in folds(query):
                if self.d.fold_owner.get(f, set()) - {ent}:
                    errs.append('folds onto another record'); break
            if not core_tokens(query):
                errs.append('no content word')
            if not has_latin(query):
                errs.append('no latin letters')
        if kind == 'partial':
            cw = [t for t in core_tokens(query) if len(t) >= 3]
            if len(cw) < 2:
                errs.append('partial <2 content words')
            ws = set(full_tokens(query))
            if ws:
                sids = None
                for w in ws:
                    s = self.d.word_strings.get(w, set())
                    sids = s if sids is None else sids & s
                    if not sids:
                        break
                if sids:
                    others = {self.d.strings[i][0] for i in sids} - {ent}
                    if others:
                        errs.append('partial word set is subset of another record')
        if kind == 'script':
            if has_latin(query) or not has_letter(query):
                errs.append('script row has latin letters or no letter')
        return errs

    def neg_errors(self, kind, query):
        errs = []
        if key(query) in self.pk:
            errs.append('earlier key')
        if kind != 'other_script' and full(query) in self.pf:
            errs.append('earlier full')
        for f in folds(query):
            if f in self.d.fold_owner:
                errs.append('folds onto a listed name'); break
        ws = frozenset(full_tokens(query))
        if ws in self.d.wordset_owner:
            errs.append('word set equals a listed name')
        if query in self.d.exact or query.upper() in self.d.exact:
            errs.append('exact listed name')
        if kind == 'other_script' and has_latin(query):
            errs.append('other_script has latin letters')
        if kind == 'shares_one_word' and self.d.shared_words(query).startswith('shares no'):
            errs.append('shares no word')
        return errs

def load_all():
    d = Data()
    pk, pf, uses, nf = load_prior(d)
    pl = pool(d, uses)
    return d, pk, pf, uses, nf, pl
