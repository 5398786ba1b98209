"""lib.py - data loading, folds, earlier-set counts, pool and levels (train111)."""
import csv, os, re, json, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
THIS = 111
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

# legal / filler words removed by the core fold
LEGAL = set('''s sa ltd ltda limited llc inc co company corp corporation gmbh ag bv nv plc srl sas sl cv rl sarl spa
oy oyj ab as asa jsc ojsc cjsc pjsc ooo oao zao pao ao pvt pte bhd sdn fze fzco fzc fzllc llp lp kg kft doo dd ad
sro sp zoo ca spr sal sac saa eirl eurl sprl bvba cia ci sc scs pty kk lda sau srl scrl sapi dac ctcp dntn htx tnhh
ivs ky sf ohg ska ks zrt sapa sll mchj sae pllc opc bt ans ek mb spp shpk eood dno jtd tmi selarl eireli scarl qpsc
clg ulc pbc aie qsc mike ehf spj kgaa jdoo vos sasu asbl npc slne gk kd pfa persero sa de cv sde
eu partg scoop crl tub dooel osoo khkhk zs osk vof nuf cic l3c epp yk shps sat kkt'''.split())
FILLER = set('''group groupe grupo grupos gruppo holding holdings trading enterprise enterprises international
internacional intl offshore incorporated the of and y e et und al el la los las le les van der von den du des to by
in on at for da do dos das di with i a an del de'''.split())
DROP = LEGAL | FILLER


def key(s):
    return ' '.join(s.lower().split())


def _join_singles(toks):
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
    return out


def full_toks(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.category(ch).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if (ch.isalnum() and ch != '_') else ' ' for ch in s)
    return _join_singles(s.split())


def full(s):
    return ' '.join(full_toks(s))


def core_toks(s):
    return [t for t in full_toks(s) if t not in DROP]


def core(s):
    return ' '.join(core_toks(s))


def fold_variants(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    out.discard('')
    return out


def any_latin(s):
    for ch in s:
        try:
            if unicodedata.name(ch).startswith('LATIN'):
                return True
        except ValueError:
            pass
    return False


def is_narc(program):
    toks = re.findall(r'[A-Z0-9-]+', program.upper())
    return 'SDNT' in toks or 'SDNTK' in toks


def _v(x):
    x = x.strip()
    return '' if x == '-0-' else x


class Data:
    def __init__(self):
        self.sdn = {}
        self.name_count = Counter()
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0]); name = r[1].strip(); typ = _v(r[2]); prog = _v(r[3])
                self.sdn[e] = (name, typ, prog)
                self.name_count[name] += 1
        self.alts = defaultdict(list)   # ent -> [(alt_num, type, name)]
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.alts[int(r[0])].append((int(r[1]), _v(r[2]), r[3].strip()))
        self.addr = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5:
                    continue
                self.addr[int(r[0])].append((_v(r[3]), _v(r[4])))
        self.csl = []   # (type, name, [alts])
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                alts = [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append(((r.get('type') or '').strip(), (r.get('name') or '').strip(), alts))
        # listed strings
        self.strings = []   # (string, owner, is_org)
        for e, (n, t, p) in self.sdn.items():
            org = (t.lower() != 'individual')
            self.strings.append((n, ('sdn', e), org))
            for a in self.alts.get(e, []):
                self.strings.append((a[2], ('sdn', e), org))
        for i, (t, n, alts) in enumerate(self.csl):
            org = (t != 'Individual')
            if n:
                self.strings.append((n, ('csl', i), org))
            for a in alts:
                self.strings.append((a, ('csl', i), org))
        self.fold_own = defaultdict(set)
        self.key_own = defaultdict(set)
        self.wset_own = defaultdict(set)
        self.word_ids = defaultdict(set)
        self.exact = set()
        self.tok_orgs = defaultdict(set)
        self.str_words = []
        for i, (s, own, org) in enumerate(self.strings):
            for fv in fold_variants(s):
                self.fold_own[fv].add(own)
            self.key_own[key(s)].add(own)
            ws = frozenset(core_toks(s))
            self.str_words.append((ws, own))
            if ws:
                self.wset_own[ws].add(own)
            for w in ws:
                self.word_ids[w].add(i)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(full_toks(s)):
                    self.tok_orgs[t].add(s)
        self.place = set()
        self.city = {}
        for e, rows in self.addr.items():
            for c, k in rows:
                for t in full_toks(c) + full_toks(k):
                    self.place.add(t)
            for c, k in rows:
                if c:
                    toks = [t for t in c.split() if not any(ch.isdigit() for ch in t)]
                    cc = ' '.join(toks).strip(' ,')
                    if len(cc) > 30:
                        cc = cc.split(',')[0].strip()
                    if cc:
                        self.city[e] = cc
                        break

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, ()))

    def tok_examples(self, w, n=3):
        return sorted(self.tok_orgs.get(w, ()))[:n]

    def fold_hits(self, q, exclude=None):
        """owners (other than exclude) whose name/alias fold equals a fold of q"""
        out = set()
        for fv in fold_variants(q):
            out |= self.fold_own.get(fv, set())
        if exclude is not None:
            out.discard(exclude)
        return out

    def wordset_hit(self, q, exclude=None):
        ws = frozenset(core_toks(q))
        o = set(self.wset_own.get(ws, set()))
        if exclude is not None:
            o.discard(exclude)
        return o

    def subset_hit(self, words, exclude=None):
        """another listed string whose core words contain all of words"""
        words = [w for w in words]
        if not words:
            return False
        ids = None
        for w in words:
            s = self.word_ids.get(w, set())
            ids = set(s) if ids is None else ids & s
            if not ids:
                return False
        for i in ids:
            if self.str_words[i][1] != exclude:
                return True
        return False

    def shared_words(self, q):
        """[(word, count, examples)] for non-filler tokens of q found in listed org names"""
        out, seen = [], set()
        for t in full_toks(q):
            if t in DROP or t in seen:
                continue
            seen.add(t)
            n = self.tok_count(t)
            if n:
                out.append((t, n, self.tok_examples(t)))
        return out

    def city_of(self, e):
        return self.city.get(e)


def prior_files(upto=THIS):
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, upto)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]


def load_prior(data, extra=()):
    """returns (keys, folds, uses Counter by ent_num, file count); never prints rows"""
    keys, folds, uses = set(), set(), Counter()
    files = prior_files() + list(extra)
    uniq = {n: e for e, (n, t, p) in data.sdn.items() if data.name_count[n] == 1}
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); folds.add(full(q))
                if r.get('expected') is not None:
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for e in ents:
                            uses[e] += 1
                    elif r['expected'] in uniq:
                        uses[uniq[r['expected']]] += 1
    return keys, folds, uses, len(files)


def build_pool(data):
    """unique-name -0- organisations not colliding with any other record or CSL name"""
    alias_keys = defaultdict(set)
    for s, own, org in data.strings:
        alias_keys[key(s)].add(own)
    pool = {}
    for e, (n, t, p) in data.sdn.items():
        if t != '' or data.name_count[n] != 1:
            continue
        own = ('sdn', e)
        if alias_keys[key(n)] - {own}:
            continue
        bad = False
        for s in [n] + [a[2] for a in data.alts.get(e, [])]:
            if data.fold_hits(s, exclude=own):
                bad = True; break
        if bad:
            continue
        pool[e] = (n, p)
    return pool


def level_ok(level, narc):
    lo = MIN_LEVEL_NARC if narc else MIN_LEVEL_OTHER
    return lo <= level <= MAX_LEVEL
