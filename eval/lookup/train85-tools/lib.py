"""train85 helpers: data, folds, prior-set loader, pool, rules. Standard library only."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
EVAL = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(EVAL, 'train85.jsonl')
NARC_CAP = 62
SEED = 85
LEVELS = (4, 5)

KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_KINDS = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

# legal forms (normalised: upper case, dots/commas/parentheses removed)
LEGAL = set('''SA SAS SAC SAA SRL RL CV SPR SPA SAPI SL SLU SLNE LTD LTDA LIMITED LIMITADA INC INCORPORATED CORP
CORPORATION CO COMPANY CIA LLC LLP PLC GMBH AG KG BV NV SARL FZE FZCO FZC FZ PTE PVT PJSC JSC OJSC CJSC
OAO ZAO OOO TOO AB AS OY OYJ SRO EU EIRL SCS CA SCA PT TBK BHD SDN KK GK YK DOO DD AD EHF HF IKE BVBA
OPC MB LDA UNIPESSOAL SC EOOD APS KFT ZRT UAB SIA OU KB HB AE EK SRLS CTCP SPK SASU EURL KGAA ESTABLISHMENT'''.split())
SMALL_JOIN = {'DE', 'EN'}

FILLER = set('''group grupo international internacional holding holdings trading establishment enterprise enterprises
corporation company the and of de y for al el la del los las co ltd ltda limited limitada inc incorporated corp
sa sas sac srl rl cv spr spa sl llc llp plc gmbh ag kg bv nv sarl fze fzco fzc fz pte pvt pjsc jsc ojsc cjsc oao zao
ooo too ab as oy sro eu eirl cia ca pt tbk bhd sdn kk gk yk doo dd ad scs sapi slu
ou sia kft zrt jdoo aps ky ska sc eood ug partg scop sapa vos asa eireli tnhh dooel shpk
uab sti ltdsti sasu eurl kgaa ek srls ctcp ae spk hb haftungsbeschrankt c tov
ehf oyj ike bvba slne mb opc unipessoal lda'''.split())

APOS = "'\u2019\u2018`\u02bc\u00b4"


def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


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
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
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
    f = full_tokens(s); c = [t for t in f if t not in FILLER]
    out = set()
    if f:
        out.add(' '.join(f)); out.add(''.join(f))
    if c:
        out.add(' '.join(c)); out.add(''.join(c))
    return out


def content_set(s):
    return frozenset(core_tokens(s))


def has_latin(s):
    return any('LATIN' in unicodedata.name(c, '') for c in s if c.isalpha())


def is_narc(prog):
    return bool({'SDNT', 'SDNTK'} & set(re.split(r'[\[\]\s]+', prog)))


def legal_norm(t):
    return re.sub(r'[.,()]', '', t).upper()


def split_legal(name):
    """Return (body, suffix): trailing legal tokens moved to suffix (kept as written)."""
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        n = legal_norm(t)
        prev = toks[i - 2] if i >= 2 else ''
        if t.endswith(',') and i < len(toks):
            break  # comma inside the tail stops the split
        if n in LEGAL or (len(n) == 1 and t.endswith('.') and i < len(toks)):
            i -= 1; continue
        if n in SMALL_JOIN and i < len(toks) and i >= 2 and (legal_norm(prev) in LEGAL or re.fullmatch(r'[A-Z]\.', prev)):
            i -= 1; continue
        if n == 'Y' and i < len(toks) and legal_norm(toks[i]) == 'CIA':
            i -= 1; continue
        break
    body = ' '.join(toks[:i]).rstrip(',').strip()
    suf = ' '.join(toks[i:])
    if not body:
        return name, ''
    return body, suf


ROMAN = {'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII'}


def tcw(body):
    out = []
    for tok in body.split(' '):
        if re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]?\.?', tok) or tok in ROMAN:
            out.append(tok.upper()); continue
        r, prev = [], None
        for c in tok:
            if prev is None or prev in ' -(/."':
                r.append(c.upper())
            else:
                r.append(c.lower())
            prev = c
        out.append(''.join(r))
    return ' '.join(out)


def join(body, suf):
    return (body + ' ' + suf).strip() if suf else body


class Data:
    def __init__(self):
        self.sdn = {}
        with open(os.path.join(SDN_DIR, 'sdn.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.sdn[r[0].strip()] = {'ent': r[0].strip(), 'name': clean(r[1]), 'type': clean(r[2]),
                                          'prog': clean(r[3])}
        self.alts = defaultdict(list)
        with open(os.path.join(SDN_DIR, 'alt.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) >= 4 and clean(r[3]):
                    self.alts[r[0].strip()].append(clean(r[3]))
        self.city = {}
        with open(os.path.join(SDN_DIR, 'add.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = r[0].strip()
                if e in self.city:
                    continue
                c = ' '.join(t for t in clean(r[3]).split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                self.city[e] = c
        self.csl = []
        with open(CSL, newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                names = [(r.get('name') or '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # owners
        self.strings = []  # (owner, string, is_org)
        for e, rec in self.sdn.items():
            org = rec['type'].lower() != 'individual'
            self.strings.append((('S', e), rec['name'], org))
            for a in self.alts.get(e, []):
                self.strings.append((('S', e), a, org))
        for i, r in enumerate(self.csl):
            org = r['type'] != 'Individual'
            for n in r['names']:
                self.strings.append((('C', i), n, org))
        self.fold_own = defaultdict(set)
        self.wset_own = defaultdict(set)
        self.word_sids = defaultdict(set)
        self.sid_words = []
        self.sid_owner = []
        self.exact = set()
        self.tok_orgs = defaultdict(set)
        for sid, (own, s, org) in enumerate(self.strings):
            for fo in folds(s):
                self.fold_own[fo].add(own)
            cs = content_set(s)
            if cs:
                self.wset_own[cs].add(own)
            self.sid_words.append(cs)
            self.sid_owner.append(own)
            for w in cs:
                self.word_sids[w].add(sid)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(full_tokens(s)):
                    self.tok_orgs[t].add(s)
        cnt = Counter(r['name'] for r in self.sdn.values())
        self.unique_names = {n for n, c in cnt.items() if c == 1}
        self.alias_strings = {a for v in self.alts.values() for a in v}
        self.by_name = {r['name']: r for r in self.sdn.values() if r['name'] in self.unique_names}

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, ()))

    def shared_words(self, q):
        parts, seen = [], set()
        for t in full_tokens(q):
            if t in FILLER or t in seen:
                continue
            seen.add(t)
            names = sorted(self.tok_orgs.get(t, ()))
            if not names:
                continue
            n = len(names)
            lab = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
            parts.append('%s (%d %s, e.g. %s)' % (t, n, lab, ' | '.join(names[:3])))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def other_fold_hit(self, q, own):
        for fo in folds(q):
            if self.fold_own.get(fo, set()) - {own}:
                return True
        return False

    def any_fold_hit(self, q):
        return any(fo in self.fold_own for fo in folds(q))

    def subset_hit(self, q, own):
        cs = content_set(q)
        if not cs:
            return False
        sids = None
        for w in cs:
            s = self.word_sids.get(w, set())
            sids = s if sids is None else sids & s
            if not sids:
                return False
        return any(self.sid_owner[i] != own for i in sids)


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 85)]
    return [os.path.join(EVAL, n) for n in names if os.path.exists(os.path.join(EVAL, n))]


def load_prior(data):
    """Return (keys, fulls, uses, nfiles). Never returns or prints rows."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = set(re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and r['expected'] in data.by_name:
                        ents = {data.by_name[r['expected']]['ent']}
                    for e in ents:
                        uses[e] += 1
    return keys, fulls, uses, len(files)


def pool(data):
    out = {}
    for e, r in data.sdn.items():
        if r['type'] or r['name'] not in data.unique_names or r['name'] in data.alias_strings:
            continue
        own = ('S', e)
        bad = False
        for s in [r['name']] + data.alts.get(e, []):
            if data.other_fold_hit(s, own):
                bad = True; break
        if not bad:
            out[e] = r
    return out


NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+); program (?P<prog>[^;]+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')


class Rules:
    def __init__(self, data, prior, poolmap):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = poolmap

    def level(self, e):
        return self.uses.get(e, 0)

    def pos_errors(self, kind, q, rec, aliases=()):
        d, errs, e = self.d, [], rec['ent']
        own = ('S', e)
        if e not in self.pool:
            errs.append('not in pool')
        elif self.level(e) < 3:
            errs.append('level below 3')
        if key(q) in self.keys:
            errs.append('earlier key')
        if kind != 'script' and full(q) in self.fulls:
            errs.append('earlier full fold')
        name = rec['name']
        if kind == 'case':
            if q == name or q.lower() != name.lower():
                errs.append('case row must differ only in case')
        elif q == name:
            errs.append('equals name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and full(q) == full(name):
            errs.append('full fold unchanged')
        if kind == 'aka' and q not in aliases:
            errs.append('aka not own alias')
        if kind not in ('messy', 'script') and d.other_fold_hit(q, own):
            errs.append('folds onto another record')
        if kind not in ('messy', 'script'):
            if not core_tokens(q):
                errs.append('no content word')
            if not has_latin(q):
                errs.append('no Latin letters')
        if kind == 'partial':
            if len([t for t in core_tokens(q) if len(t) >= 3]) < 2:
                errs.append('partial needs 2 content words')
            if d.subset_hit(q, own):
                errs.append('partial subset of another name')
        if kind == 'script':
            if has_latin(q):
                errs.append('script has Latin letters')
            if not any(c.isalpha() for c in q):
                errs.append('script has no letter')
        return errs

    def neg_errors(self, cat, q):
        d, errs = self.d, []
        if key(q) in self.keys:
            errs.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls:
            errs.append('earlier full fold')
        if d.any_fold_hit(q):
            errs.append('folds onto a listed name')
        cs = content_set(q)
        if cs and cs in d.wset_own:
            errs.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            errs.append('exact listed name')
        if cat == 'other_script' and has_latin(q):
            errs.append('other_script has Latin letters')
        if cat == 'shares_one_word' and not any(d.tok_count(t) for t in core_tokens(q)):
            errs.append('shares no word')
        return errs


def load_all():
    d = Data()
    prior = load_prior(d)
    p = pool(d)
    return d, prior, p
