"""train79 tools: data loading, folds, earlier-set loader, pool and rules.
Written from scratch for train79. Standard library only."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SDN = os.path.join(DATA, 'ofac-sdn-2019')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
OUT = os.path.join(LOOKUP, 'train79.jsonl')
NARC_CAP = 62
KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation',
         'typo', 'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>[^;]+(?: \([^)]*\))?); program (?P<prog>.+?); '
                     r'earlier-set uses (?P<uses>\d+); target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')

# ---------------------------------------------------------------- folds
APOS = "'\u2019\u2018`\u00b4\u02bc"
LEGAL = set('''sa cv srl rl sas ltda ltd limited co inc llc gmbh sc scs ca cia plc jsc pjsc ojsc cjsc ooo oao zao pao
ao llp bv nv ag spa sarl sl corp company pvt private fze fzco fzc fzllc sal sae pte bhd sdn kg en s c
sapi cc sde scrl eirl sacv sprl spr srl rl r l'''.split())
FILLER = LEGAL | set('''the and of de del la el los las y e group grupo international internacional holding holdings
trading establishment enterprise enterprises corporation for'''.split())


def key(q):
    return ' '.join(q.lower().split())


def full_tokens(q):
    s = unicodedata.normalize('NFKD', q)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
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


def full(q):
    return ' '.join(full_tokens(q))


def core_tokens(q):
    return [t for t in full_tokens(q) if t not in FILLER]


def folds(q):
    f = full_tokens(q); c = [t for t in f if t not in FILLER]
    return {x for x in (' '.join(f), ''.join(f), ' '.join(c), ''.join(c)) if x}


def has_latin(q):
    return any('a' <= c.lower() <= 'z' for c in unicodedata.normalize('NFKD', q))


def norm_tok(t):
    return re.sub('[^a-z]', '', t.lower())


def split_legal(name):
    """split a name into (body, trailing legal form string)"""
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        n = norm_tok(t)
        if n in LEGAL or (n in ('de', 'en') and i < len(toks)) or (n == 'y' and i < len(toks) and norm_tok(toks[i]).startswith('cia')) \
                or re.fullmatch(r'\((pvt|private)\.?\)', t.lower()):
            i -= 1
        else:
            break
    body = ' '.join(toks[:i]).rstrip(',').strip()
    legal = ' '.join(toks[i:]).strip()
    return body, legal


def tc_word(w):
    if re.fullmatch(r'(?:[A-Za-z]\.){2,}', w):
        return w.upper()
    lw = w.lower()
    for i, c in enumerate(lw):
        if c.isalpha():
            return lw[:i] + c.upper() + lw[i + 1:]
    return lw


def tcw(name):
    body, legal = split_legal(name)
    b = ' '.join(tc_word(w) for w in body.split())
    return (b + ' ' + legal).strip()


def is_narc(prog):
    toks = set(re.split(r'[^A-Z0-9-]+', prog.upper()))
    return bool(toks & {'SDNT', 'SDNTK'})


# ---------------------------------------------------------------- data
def _clean(x):
    x = (x or '').strip()
    return '' if x == '-0-' else x


class Data:
    def __init__(self):
        self.recs = {}
        with open(os.path.join(SDN, 'sdn.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                ent = int(r[0])
                self.recs[ent] = {'name': r[1].strip(), 'type': r[2].strip(), 'prog': _clean(r[3])}
        self.alias = defaultdict(list)
        with open(os.path.join(SDN, 'alt.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                ent = int(r[0])
                self.alias[ent].append((_clean(r[2]), r[3].strip()))
        self.city = {}
        with open(os.path.join(SDN, 'add.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 5:
                    continue
                ent = int(r[0])
                if ent in self.city:
                    continue
                c = _clean(r[3])
                c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                if c:
                    self.city[ent] = c
        self.csl = []
        with open(CSL, encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.DictReader(f):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append((r.get('type', '').strip(), [n for n in names if n]))
        self.name_count = Counter(r['name'] for r in self.recs.values())
        self.by_name = {}
        for e, r in self.recs.items():
            self.by_name.setdefault(r['name'], e)
        self.alias_strings = {a.upper() for lst in self.alias.values() for _, a in lst}
        self.fold_owners = defaultdict(set)
        self.wordset_owners = defaultdict(set)
        self.owner_wordsets = defaultdict(list)
        self.exact = set()
        self.tok_orgs = defaultdict(set)

        def add(owner, s, is_org):
            for fo in folds(s):
                self.fold_owners[fo].add(owner)
            ws = frozenset(core_tokens(s))
            if ws:
                self.wordset_owners[ws].add(owner)
                self.owner_wordsets[owner].append(ws)
            self.exact.add(s); self.exact.add(s.upper())
            if is_org:
                for t in set(full_tokens(s)):
                    self.tok_orgs[t].add(s)
        for e, r in self.recs.items():
            org = r['type'].lower() != 'individual'
            add(('sdn', e), r['name'], org)
            for _, a in self.alias[e]:
                add(('sdn', e), a, org)
        for i, (typ, names) in enumerate(self.csl):
            org = typ.lower() != 'individual'
            for n in names:
                add(('csl', i), n, org)

    def names_of(self, ent):
        return [self.recs[ent]['name']] + [a for _, a in self.alias[ent]]

    def other_fold(self, q, ent):
        """owners other than ent that share a fold with q"""
        out = set()
        for fo in folds(q):
            out |= self.fold_owners.get(fo, set()) - {('sdn', ent)}
        return out

    def shared_words(self, q):
        parts = []
        seen = set()
        for t in core_tokens(q):
            if t in seen:
                continue
            seen.add(t)
            names = self.tok_orgs.get(t)
            if names:
                ex = sorted(names)[:3]
                parts.append('%s (%d listed org names/aliases, e.g. %s)' % (t, len(names), ' | '.join(ex)))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def rare_count(self, word):
        return len(self.tok_orgs.get(word, ()))


def prior_files():
    files = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 79)]
    return [os.path.join(LOOKUP, f) for f in files]


def load_prior(data):
    """Earlier sets -> (set of keys, set of full folds, Counter of uses per ent, file count).
    Never returns or prints a row."""
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
                exp = r.get('expected')
                if exp is None:
                    continue
                ents = {int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')}
                if ents:
                    for e in ents:
                        uses[e] += 1
                elif data.name_count.get(exp) == 1:
                    uses[data.by_name[exp]] += 1
    return keys, fulls, uses, n


def pool(data):
    out = []
    for e, r in data.recs.items():
        if r['type'] != '-0-' or data.name_count[r['name']] != 1:
            continue
        if r['name'].upper() in data.alias_strings:
            continue
        bad = False
        for s in data.names_of(e):
            if data.other_fold(s, e):
                bad = True; break
        if not bad:
            out.append(e)
    return sorted(out)


SCRIPT_KINDS = {'script', 'other_script'}


class Rules:
    def __init__(self, data, prior_keys, prior_fulls, uses, pool_set):
        self.d, self.pk, self.pf, self.uses, self.pool = data, prior_keys, prior_fulls, uses, pool_set

    def pos_errors(self, kind, q, ent, seen_keys, seen_fulls):
        errs = []
        d = self.d
        name = d.recs[ent]['name']
        if ent not in self.pool:
            errs.append('not in pool')
        if self.uses.get(ent, 0) < 3:
            errs.append('level below 3')
        k, fu = key(q), full(q)
        if k in self.pk:
            errs.append('earlier key')
        if kind != 'script' and fu in self.pf:
            errs.append('earlier full fold')
        if k in seen_keys:
            errs.append('in-set key repeat')
        if kind != 'script' and fu in seen_fulls:
            errs.append('in-set full fold repeat')
        if kind == 'case':
            if q == name or q.lower() != name.lower():
                errs.append('case row must differ by case only')
        elif q == name:
            errs.append('equal to name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form') and fu == full(name):
            errs.append('own full fold unchanged')
        if kind == 'aka' and q not in [a for _, a in d.alias[ent]]:
            errs.append('aka not own alias')
        if kind not in ('messy', 'script') and d.other_fold(q, ent):
            errs.append('folds onto another record')
        if kind not in ('messy', 'script'):
            if not core_tokens(q):
                errs.append('no content word')
            if not has_latin(q):
                errs.append('no Latin letters')
        if kind == 'partial':
            ct = [t for t in core_tokens(q) if len(t) >= 3]
            if len(ct) < 2:
                errs.append('partial keeps < 2 content words')
            ws = set(core_tokens(q))
            for owner, sets in d.owner_wordsets.items():
                if owner == ('sdn', ent):
                    continue
                if any(ws <= s for s in sets):
                    errs.append('partial word set is a subset of another record'); break
        if kind == 'script':
            if has_latin(q):
                errs.append('script row has Latin letters')
            if not any(c.isalpha() for c in q):
                errs.append('script row has no letter')
        return errs

    def neg_errors(self, cat, q, seen_keys, seen_fulls):
        errs = []
        d = self.d
        k, fu = key(q), full(q)
        if k in self.pk:
            errs.append('earlier key')
        if cat != 'other_script' and fu in self.pf:
            errs.append('earlier full fold')
        if k in seen_keys:
            errs.append('in-set key repeat')
        if cat != 'other_script' and fu in seen_fulls:
            errs.append('in-set full fold repeat')
        if any(fo in d.fold_owners for fo in folds(q)):
            errs.append('folds onto a listed name')
        ws = frozenset(core_tokens(q))
        if ws and ws in d.wordset_owners:
            errs.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            errs.append('exact listed name')
        if cat == 'other_script' and has_latin(q):
            errs.append('other_script has Latin letters')
        if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'):
            errs.append('shares no word')
        return errs


def pos_note(kind, shape, detail, prog, uses, name, ent):
    v = shape + (' (%s)' % detail if detail else '')
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, v, prog, uses, name, ent)
