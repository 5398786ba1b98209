"""train110 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SET_NAME = 'train110'
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

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

def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
    return ' '.join(_join_singles(s.split()))

LEGAL_FOLDS = set('''ltd limited ltda sa inc corp corporation co company llc gmbh srl sas sl bv nv ag kg oy oyj ab as asa plc pjsc ojsc cjsc jsc ooo zao oao pao fze fzco fzc llp pte pvt sdn bhd cv rl de en cia spr sal sarl sca scs sc sro doo dooel eu eirl ltee pty pt tbk kk yk gk lp lllp pllc ca sapi sab sde srls spa snc sacs sac saic saici ci sccl cl ei eireli pbc ulc clg tnhh eood dno jtd tmi selarl scarl qpsc aie qsc mike est wll spc bsc psc qpsc qsc scoop ivs ky sf ohg ska ks zrt sapa sll mchj htx sae opc bt ans ek mb spp shpk ehf spj kgaa jdoo vos dntn slne kd pfa sau sasu asbl npc nuf sarlau suarl saoc kscp dac cic ike nyrt uu ctcp chup osoo plt ead ood aps ab hf sp zoo'''.split())
FILLER = set('''group groups grupo grupos groupe gruppo holding holdings trading trade enterprise enterprises international internacional intl offshore incorporated company and the of a an al el la las los le les lo del de di da do dos das du des van der von den und y e et to by in on at for with i'''.split()) | LEGAL_FOLDS

def core(f):
    return ' '.join(t for t in f.split() if t not in FILLER)

def fold_variants(s):
    f = full(s); c = core(f)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    out.discard('')
    return out

def _clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

def read_csv(path):
    with open(path, newline='', encoding='utf-8', errors='replace') as fh:
        return [[_clean(x) for x in row] for row in csv.reader(fh) if row]

def is_narc(prog):
    toks = set(re.findall(r'[A-Z0-9-]+', prog or ''))
    return 'SDNT' in toks or 'SDNTK' in toks

ENT_RE = re.compile(r'ent_num (\d+)')

def prior_names(extra=None):
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 110)]
    paths = [os.path.join(LOOKUP, n) for n in names]
    if extra:
        paths.append(extra)
    return paths

def load_prior(d, extra=None):
    """Return (keys, folds, uses, nfiles): only sets of keys/folds and per-entity counts; never rows."""
    keys, folds, uses, n = set(), set(), Counter(), 0
    for p in prior_names(extra):
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
                keys.add(key(q)); folds.add(full(q))
                exp = r.get('expected')
                if exp is None:
                    continue
                ents = set(ENT_RE.findall(r.get('notes') or ''))
                if ents:
                    for e in ents:
                        uses[e] += 1
                else:
                    e = d.unique_name.get(exp)
                    if e:
                        uses[e] += 1
    return keys, folds, uses, n

class Data:
    def __init__(self):
        base = os.path.join(DATA, 'ofac-sdn-2019')
        self.sdn = {}
        for r in read_csv(os.path.join(base, 'sdn.csv')):
            r = (r + [''] * 12)[:12]
            self.sdn[r[0]] = {'ent': r[0], 'name': r[1], 'type': r[2], 'prog': r[3]}
        self.alts = defaultdict(list)
        for r in read_csv(os.path.join(base, 'alt.csv')):
            r = (r + [''] * 5)[:5]
            if r[0] in self.sdn:
                self.alts[r[0]].append({'alt_num': r[1], 'type': r[2], 'name': r[3]})
        self.adds = defaultdict(list)
        for r in read_csv(os.path.join(base, 'add.csv')):
            r = (r + [''] * 6)[:6]
            self.adds[r[0]].append({'address': r[2], 'city': r[3], 'country': r[4]})
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), newline='', encoding='utf-8', errors='replace') as fh:
            for row in csv.DictReader(fh):
                nm = (row.get('name') or '').strip()
                alts = [a.strip() for a in (row.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append({'type': (row.get('type') or '').strip(), 'name': nm, 'alts': alts})
        cnt = Counter(r['name'] for r in self.sdn.values())
        self.unique_name = {r['name']: e for e, r in self.sdn.items() if cnt[r['name']] == 1}
        # listed strings: (owner, string, is_org)
        self.strings = []
        for e, r in self.sdn.items():
            org = r['type'].lower() != 'individual'
            self.strings.append((('sdn', e), r['name'], org))
            for a in self.alts[e]:
                self.strings.append((('sdn', e), a['name'], org))
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for s in [c['name']] + c['alts']:
                if s:
                    self.strings.append((('csl', i), s, org))
        self.fold_own = defaultdict(set); self.key_own = defaultdict(set)
        self.wordset_own = defaultdict(set); self.word_sids = defaultdict(set)
        self.exact = set(); self.exact_up = set(); self.tok_org = defaultdict(set)
        self.sid_words = []
        for sid, (own, s, org) in enumerate(self.strings):
            for v in fold_variants(s):
                self.fold_own[v].add(own)
            self.key_own[key(s)].add(own)
            f = full(s)
            cw = frozenset(t for t in f.split() if t not in FILLER)
            self.sid_words.append(cw)
            if cw:
                self.wordset_own[cw].add(own)
            for w in cw:
                self.word_sids[w].add(sid)
            self.exact.add(s); self.exact_up.add(s.upper())
            if org:
                for t in set(f.split()):
                    self.tok_org[t].add(sid)
        self.place = set()
        for rows in self.adds.values():
            for a in rows:
                for fld in (a['city'], a['country']):
                    self.place |= set(full(fld).split())

    def tok_count(self, w):
        return len(self.tok_org.get(w, ()))

    def tok_examples(self, w, n=3):
        sids = sorted(self.tok_org.get(w, ()))
        names = sorted({self.strings[s][1] for s in sids})
        return names[:n]

    def fold_hits(self, s, own=None):
        hits = set()
        for v in fold_variants(s):
            hits |= self.fold_own.get(v, set())
        if own:
            hits.discard(own)
        return hits

    def wordset_hit(self, s, own=None):
        cw = frozenset(t for t in full(s).split() if t not in FILLER)
        hits = set(self.wordset_own.get(cw, set()))
        if own:
            hits.discard(own)
        return hits

    def subset_hit(self, words, own=None):
        words = [w for w in words if w not in FILLER]
        if not words:
            return False
        sids = None
        for w in words:
            s = self.word_sids.get(w, set())
            sids = set(s) if sids is None else sids & s
            if not sids:
                return False
        return any(self.strings[s][0] != own for s in sids)

    def shared_words(self, q):
        out = []
        for t in full(q).split():
            if t in FILLER or t in [x[0] for x in out]:
                continue
            n = self.tok_count(t)
            if n:
                out.append((t, n, self.tok_examples(t)))
        return out

    def city_of(self, e):
        for a in self.adds.get(e, []):
            c = a['city']
            if not c:
                continue
            c = ' '.join(t for t in c.split() if not re.search(r'\d', t)).strip(' ,')
            if not c:
                continue
            if len(c) > 30:
                c = c.split(',')[0].strip()
            return c
        return None

    def pool(self):
        """Unique-name -0- organisations whose name is no other record's alias or CSL name and
        whose name/alias folds belong to no other record or CSL name."""
        out = {}
        for e, r in self.sdn.items():
            if r['type'] != '' or self.unique_name.get(r['name']) != e:
                continue
            own = ('sdn', e)
            if self.key_own[key(r['name'])] - {own}:
                continue
            bad = False
            for s in [r['name']] + [a['name'] for a in self.alts[e]]:
                if self.fold_hits(s, own):
                    bad = True; break
            if not bad:
                out[e] = r
        return out

def levels(d, uses):
    return {e: uses.get(e, 0) for e in d.pool()}

def level_ok(lev, narc):
    return (MIN_LEVEL_NARC if narc else MIN_LEVEL_OTHER) <= lev <= MAX_LEVEL

def any_latin(s):
    for c in s:
        try:
            if unicodedata.name(c).startswith('LATIN'):
                return True
        except ValueError:
            pass
    return False
