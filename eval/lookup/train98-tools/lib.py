"""train98 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, os, re, json, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
SET_FILE = os.path.join(LOOKUP, 'train98.jsonl')
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = set("'\u2019\u2018`\u02bc\u02bb\u00b4")

LEGAL = set('''ltd ltda limited llc lc inc corp corporation co company companies cia compania compagnie sa sas sac saa sarl srl sl sll slu sal
gmbh ag kg ohg bv nv plc pte pvt pty oy oyj ab as asa aps oao ooo zao ojsc cjsc pjsc jsc pao ao tov fze fzc fzco fzllc llp lp
ca eu scs spr rl cv sde de_cv sc scc sca snc sprl bvba kft zrt nyrt bt doo dd ad ead ood sro spol ks sgps slne scop partg mbb og ehf
nuf spa mmc too uab sarl tmi shps mchj kgaa sapi gk selarl kkt ska jdoo eood qpsc sae l3c pbc npc ky tnhh vos sp kb ans amba commv
scsp scarl sti epe dac cic pllc ulc bm wll osoo prat saog bsc kk yk bhd sdn tbk pt cc lda sgr spj ivs hb eirl eireli suarl lllp khkhk
et eg eurl zs sa_de mfg sapa sccl ese eps eice ltd_sti ep se llc_fz jv pjs ojs cjs'''.split())
GROUPW = set('''group grupo gruppo groupe holding holdings trading trade enterprise enterprises international internacional
internationale intl offshore incorporated'''.split())
SMALL = set('''the of and a an de del la las los el y e et du des le les di da do dos das van der den al s en in at on by to for und
with from into para con por sobre sus entre'''.split())
FILLER = LEGAL | GROUPW | SMALL


def key(s):
    return ' '.join(s.lower().split())


def full_tokens(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.category(ch).startswith('M'))
    s = s.lower()
    s = ''.join(ch for ch in s if ch not in APOS)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if (ch.isalnum() and ch != '_') else ' ' for ch in s)
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
    return out


def full(s):
    return ' '.join(full_tokens(s))


def core_tokens(s):
    return [t for t in full_tokens(s) if t not in FILLER]


def core(s):
    return ' '.join(core_tokens(s))


def all_folds(s):
    f, c = full(s), core(s)
    out = {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}
    return out


def is_narc(program):
    toks = set(re.split(r'[^A-Za-z0-9]+', program))
    return 'SDNT' in toks or 'SDNTK' in toks


def _field(x):
    x = x.strip()
    return '' if x == '-0-' else x


def prior_files(upto=97):
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, upto + 1)]
    paths = [os.path.join(LOOKUP, n) for n in names]
    return [p for p in paths if os.path.exists(p)]


ENT_RE = re.compile(r'ent_num (\d+)')


def load_prior(name_to_ent, files=None):
    """Earlier sets: query keys, full folds, uses per entity, file count. Never returns rows."""
    files = prior_files() if files is None else files
    keys, fulls, uses = set(), set(), Counter()
    for p in files:
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is not None:
                    ents = set(ENT_RE.findall(r.get('notes') or ''))
                    if ents:
                        for e in ents:
                            uses[int(e)] += 1
                    elif r['expected'] in name_to_ent:
                        uses[name_to_ent[r['expected']]] += 1
    return keys, fulls, uses, len(files)


class Data:
    def __init__(self):
        d = os.path.join(DATA, 'ofac-sdn-2019')
        self.sdn = {}
        with open(os.path.join(d, 'sdn.csv'), encoding='utf-8', errors='replace') as fh:
            for row in csv.reader(fh):
                if len(row) < 4:
                    continue
                e = int(row[0])
                self.sdn[e] = {'name': row[1].strip(), 'type': _field(row[2]), 'program': _field(row[3])}
        self.alts = defaultdict(list)
        with open(os.path.join(d, 'alt.csv'), encoding='utf-8', errors='replace') as fh:
            for row in csv.reader(fh):
                if len(row) < 4:
                    continue
                self.alts[int(row[0])].append((int(row[1]), _field(row[2]), row[3].strip()))
        self.addr = defaultdict(list)
        with open(os.path.join(d, 'add.csv'), encoding='utf-8', errors='replace') as fh:
            for row in csv.reader(fh):
                if len(row) < 5:
                    continue
                self.addr[int(row[0])].append((_field(row[3]), _field(row[4])))
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as fh:
            for r in csv.DictReader(fh):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        self._index()

    def _index(self):
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_keys = {key(a[2]) for L in self.alts.values() for a in L}
        self.name_to_ent = {v['name']: e for e, v in self.sdn.items() if self.name_count[v['name']] == 1}
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.exact = set()
        self.strings = []          # (owner, string)
        self.word_sids = defaultdict(set)
        self.tok_orgs = defaultdict(list)
        def add(owner, s, is_org):
            sid = len(self.strings); self.strings.append((owner, s))
            for f in all_folds(s):
                self.fold_owner[f].add(owner)
            ws = frozenset(core_tokens(s))
            if ws:
                self.wordset_owner[ws].add(owner)
            self.exact.add(s); self.exact.add(s.upper())
            for w in set(core_tokens(s)):
                self.word_sids[w].add(sid)
            if is_org:
                for w in set(full_tokens(s)) - FILLER:
                    self.tok_orgs[w].append(s)
        for e, v in self.sdn.items():
            org = v['type'].lower() != 'individual'
            add(('sdn', e), v['name'], org)
            for a in self.alts.get(e, []):
                add(('sdn', e), a[2], org)
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for n in c['names']:
                add(('csl', i), n, org)
        self.place = set()
        for L in self.addr.values():
            for city, country in L:
                self.place.update(full_tokens(city)); self.place.update(full_tokens(country))

    def city(self, e):
        L = self.addr.get(e) or []
        if not L:
            return None
        c = L[0][0]
        c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
        if len(c) > 30:
            c = c.split(',')[0].strip()
        return c or None

    def fold_hits(self, s, own=None):
        """owners (other than own) of any fold of s"""
        out = set()
        for f in all_folds(s):
            out |= self.fold_owner.get(f, set())
        if own is not None:
            out.discard(('sdn', own))
        return out

    def wordset_hit(self, s, own=None):
        o = set(self.wordset_owner.get(frozenset(core_tokens(s)), set()))
        if own is not None:
            o.discard(('sdn', own))
        return o

    def subset_hit(self, s, own):
        """another record string containing all content words of s"""
        ws = set(core_tokens(s))
        if not ws:
            return False
        sids = None
        for w in ws:
            x = self.word_sids.get(w, set())
            sids = set(x) if sids is None else sids & x
            if not sids:
                return False
        return any(self.strings[i][0] != ('sdn', own) for i in sids)

    def tok_count(self, w):
        return len(set(self.tok_orgs.get(w, [])))

    def shared_words(self, s):
        parts = []
        seen = set()
        for w in full_tokens(s):
            if w in FILLER or w in seen:
                continue
            seen.add(w)
            L = sorted(set(self.tok_orgs.get(w, [])))
            if L:
                n = len(L)
                parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(L[:3])))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def pool(self):
        """unique-name -0- organisations, name not an alias, folds not shared with any other owner"""
        P = {}
        for e, v in self.sdn.items():
            if v['type'] != '':
                continue
            n = v['name']
            if self.name_count[n] != 1 or key(n) in self.alias_keys:
                continue
            strings = [n] + [a[2] for a in self.alts.get(e, [])]
            bad = False
            for s in strings:
                if self.fold_hits(s, own=e):
                    bad = True; break
            if not bad:
                P[e] = v
        return P


_D = None
def data():
    global _D
    if _D is None:
        _D = Data()
    return _D


_P = None
def prior():
    global _P
    if _P is None:
        _P = load_prior(data().name_to_ent)
    return _P


def level(e):
    return prior()[2].get(e, 0)


def level_ok(e):
    d = data(); v = d.sdn[e]; lv = level(e)
    lo = MIN_LEVEL_NARC if is_narc(v['program']) else MIN_LEVEL_OTHER
    return lo <= lv <= MAX_LEVEL
