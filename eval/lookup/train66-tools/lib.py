"""train66 shared library: data, folds, load_prior, pool, rules. Python 3 stdlib only."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
NARC_CAP = 62

FILLER = set('''ltd limited inc incorporated co company cia compania corp corporation llc lp llp plc sa de cv sas srl
sl sal spa sarl gmbh ag kg bv nv ab as oy oyj kft zao ooo oao pjsc ojsc cjsc jsc pvt pte sdn bhd pty fzco fze fzc fz
ltda rl the and y e of del la las los el en c ci s r l cie et und di da do dos das al el group holding holdings ca eu scs sc international internacional companies
companias usa branch in ta hk u
'''.split())

def nz(x):
    x = (x or '').strip()
    return '' if x == '-0-' else x

def fold_full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub("['\u2019\u2018`\u00b4]", '', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
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

def fold_core(s):
    return ' '.join(t for t in fold_full(s).split() if t not in FILLER)

def folds(s):
    f, c = fold_full(s), fold_core(s)
    out = {('f', f), ('fn', f.replace(' ', ''))}
    if c:
        out |= {('c', c), ('cn', c.replace(' ', ''))}
    return {x for x in out if x[1]}

def key(s):
    return ' '.join(s.split()).lower()

def content_words(s):
    return [t for t in fold_full(s).split() if t not in FILLER]

def is_narc(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))

def is_latin_free(s):
    """True if s has no ASCII/Latin letters."""
    for c in s:
        if c.isalpha() and 'LATIN' in unicodedata.name(c, ''):
            return False
    return True


class Data:
    def __init__(self):
        self.sdn = {}
        with open(f'{DATA}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                e = int(r[0])
                self.sdn[e] = dict(ent=e, name=nz(r[1]), type=nz(r[2]), prog=nz(r[3]))
        self.alts = defaultdict(list)
        with open(f'{DATA}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                self.alts[int(r[0])].append((nz(r[2]), nz(r[3])))
        self.addr = defaultdict(list)
        with open(f'{DATA}/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace') as fh:
            for r in csv.reader(fh):
                if len(r) < 5:
                    continue
                self.addr[int(r[0])].append((nz(r[3]), nz(r[4])))
        self.csl = []
        with open(f'{DATA}/csl-sample/csl.csv', encoding='utf-8', errors='replace') as fh:
            for r in csv.DictReader(fh):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append(dict(type=(r.get('type') or '').strip(), names=[n for n in names if n]))
        # indexes
        self.fold_owner = defaultdict(set)
        self.wset_owner = defaultdict(set)
        self.exact = set()
        self.word_orgs = defaultdict(set)
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_strings = set()
        def add(owner, s, org):
            for f in folds(s):
                self.fold_owner[f].add(owner)
            ws = frozenset(content_words(s))
            if ws:
                self.wset_owner[ws].add(owner)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for w in set(content_words(s)):
                    self.word_orgs[w].add(s)
        for e, v in self.sdn.items():
            org = v['type'] != 'individual'
            add(('sdn', e), v['name'], org)
            for t, a in self.alts[e]:
                add(('sdn', e), a, org)
                self.alias_strings.add(a)
        for i, c in enumerate(self.csl):
            org = c['type'].lower() != 'individual'
            for n in c['names']:
                add(('csl', i), n, org)

    def city(self, e):
        for c, country in self.addr.get(e, []):
            toks = [t for t in c.replace(',', ' ').split() if not any(ch.isdigit() for ch in t)]
            if toks:
                return ' '.join(toks)
        return ''

    def other_owner(self, s, own):
        """owners other than own for any fold of s"""
        out = set()
        for f in folds(s):
            out |= self.fold_owner.get(f, set())
        out.discard(own)
        return out

    def shared_words(self, q):
        parts = []
        for w in dict.fromkeys(content_words(q)):
            names = self.word_orgs.get(w)
            if names:
                ex = sorted(names)[:3]
                parts.append(f'{w} ({len(names)} listed org names/aliases, e.g. {" | ".join(ex)})')
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)


def prior_files():
    fs = ['train.jsonl', 'validation.jsonl'] + [f'train{i}.jsonl' for i in range(2, 66)]
    return [os.path.join(LOOKUP, f) for f in fs]

def load_prior(data):
    """Returns (keys, full_folds, use_counts per ent_num, file count). Never prints rows."""
    name_to_ent = {}
    for e, v in data.sdn.items():
        if data.name_count[v['name']] == 1:
            name_to_ent[v['name']] = e
    keys, ffs, uses = set(), set(), Counter()
    n = 0
    for p in prior_files():
        if not os.path.exists(p):
            continue
        n += 1
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); ffs.add(fold_full(q))
                if r.get('expected'):
                    ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                    if not ents and r['expected'] in name_to_ent:
                        ents = [name_to_ent[r['expected']]]
                    for e in set(ents):
                        uses[e] += 1
    return keys, ffs, uses, n


def pool(data):
    aliases = data.alias_strings
    out = []
    for e, v in data.sdn.items():
        if v['type'] != '' or not v['name']:
            continue
        if data.name_count[v['name']] != 1 or v['name'] in aliases:
            continue
        if data.other_owner(v['name'], ('sdn', e)):
            continue
        out.append(e)
    return sorted(out)


# ---------------------------------------------------------------- rules
LEGAL = set('''ltd limited inc co company corp corporation llc sa de cv sas srl ltda rl sl sal spa sarl gmbh ag bv nv
ab oy jsc pjsc ojsc cjsc ooo zao fzco fze fzc pvt pte plc ca eu sc scs en cia y s r l c v lp llp kg sdn bhd pty ci
ei ea sac sro doo and'''.split())

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        f = fold_full(toks[i - 1]).split()
        if f and all(w in LEGAL for w in f) or (not f):
            i -= 1
        else:
            break
    body = toks[:i]
    if body:
        body[-1] = body[-1].rstrip(',')
    return body, toks[i:]

def tc_word(w):
    out, up = [], True
    for ch in w:
        if ch.isalpha():
            out.append(ch.upper() if up else ch.lower()); up = False
        else:
            out.append(ch); up = ch in ' -/(' 
    return ''.join(out)

def tc(s):
    out = []
    for w in s.split():
        f = fold_full(w).split()
        if re.fullmatch(r'\(?(?:[A-Za-z]\.)+[,)]*', w):
            out.append(w.upper())
        elif f and all(x in LEGAL for x in f):
            if '.' in w:
                out.append(w.upper())
            elif w.upper() in ('DE', 'Y', 'EN', 'AND'):
                out.append(w.lower())
            elif w.upper() == 'GMBH':
                out.append('GmbH')
            elif len(w.strip(',')) <= 3:
                out.append(w.upper())
            else:
                out.append(tc_word(w))
        else:
            out.append(tc_word(w))
    return ' '.join(out)


class Rules:
    def __init__(self, data=None):
        self.d = data or Data()
        self.keys, self.ffs, self.uses, self.nfiles = load_prior(self.d)
        self.pool = [e for e in pool(self.d) if self.uses[e] >= 3]
        self.pool_set = set(self.pool)
        self.word_owner = defaultdict(set)
        for f, owners in self.d.fold_owner.items():
            pass
        for ws, owners in self.d.wset_owner.items():
            for w in ws:
                self.word_owner[w] |= owners

    def pos_errors(self, kind, q, e, seen_keys, seen_ffs, narc_count):
        d = self.d; name = d.sdn[e]['name']; own = ('sdn', e); err = []
        if e not in self.pool_set:
            err.append('target not in pool')
        k, ff = key(q), fold_full(q)
        if k in self.keys:
            err.append('earlier key')
        if kind != 'script' and ff in self.ffs:
            err.append('earlier full fold')
        if k in seen_keys:
            err.append('key repeated in set')
        if kind != 'script' and ff in seen_ffs:
            err.append('full fold repeated in set')
        if q == name:
            err.append('equals name')
        if kind == 'case' and q.lower() != name.lower():
            err.append('case row differs beyond case')
        if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form') and ff == fold_full(name):
            err.append('same full fold as own name')
        if kind == 'aka' and q not in [a for t, a in d.alts[e]]:
            err.append('aka not an own alias')
        if kind not in ('messy', 'script') and d.other_owner(q, own):
            err.append('fold belongs to another record')
        if kind not in ('messy', 'script') and not content_words(q):
            err.append('no content word')
        if kind == 'partial':
            cw = content_words(q)
            if sum(1 for w in cw if len(w) >= 3) < 2:
                err.append('partial keeps < 2 content words of >= 3 letters')
            if cw:
                common = set.intersection(*[self.word_owner.get(w, set()) for w in set(cw)])
                common.discard(own)
                if common:
                    err.append('partial word set is a subset of another record')
        if kind == 'script' and not is_latin_free(q):
            err.append('script row has Latin letters')
        if kind != 'script' and is_latin_free(q):
            err.append('no Latin letters')
        if is_narc(d.sdn[e]['prog']) and narc_count >= NARC_CAP:
            err.append('narcotics cap')
        return err

    def neg_errors(self, kind, q, seen_keys, seen_ffs):
        d = self.d; err = []
        k, ff = key(q), fold_full(q)
        if k in self.keys:
            err.append('earlier key')
        if kind != 'other_script' and ff in self.ffs:
            err.append('earlier full fold')
        if k in seen_keys:
            err.append('key repeated in set')
        if kind != 'other_script' and ff in seen_ffs:
            err.append('full fold repeated in set')
        if d.other_owner(q, None):
            err.append('fold equals a listed name')
        ws = frozenset(content_words(q))
        if ws and ws in d.wset_owner:
            err.append('word set equals a listed name')
        if q in d.exact or q.upper() in d.exact:
            err.append('exact listed name')
        if kind == 'other_script' and not is_latin_free(q):
            err.append('other_script has Latin letters')
        if kind == 'shares_one_word' and not any(w in d.word_orgs for w in content_words(q)):
            err.append('shares no word')
        return err
