"""train96 tools: data loading, folds, earlier-set loader, pool, Data indexes.
Written from scratch for train96. Standard library only."""
import csv, json, os, re, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SDN = os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv')
ALT = os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv')
ADD = os.path.join(DATA, 'ofac-sdn-2019', 'add.csv')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
OUT = os.path.join(LOOKUP, 'train96.jsonl')
SET_NO = 96
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

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
    s = ''.join(ch for ch in s if not unicodedata.category(ch).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if (ch.isalnum() and ch != '_') else ' ' for ch in s)
    return _join_singles(s.split())

def full(s):
    return ' '.join(full_tokens(s))

# legal / filler words for the core fold (my own list)
FILLER = set('''
the a an of and for de del la las los el y e et en in al at on by to s da do dos das di du des le les der die das und van von den
wa el fi li lil
company co companies corp corporation incorporated inc limited ltd llc llp lp plc pte pvt private public
group grp holding holdings trading trade traders international intl offshore enterprise enterprises
sa sas sac saa sab sl sll slu srl sarl sa de cv rl spr sc scs sca snc sociedad anonima limitada ltda cia compania
gmbh ag kg ohg gbr ug mbh bv nv vof cv ab as asa oy oyj ky aps is ks ps a s spa sapa sas snc scarl
jsc ojsc cjsc pjsc oao zao ooo pao ao tov pat prat osoo too llp mchj mmc shps ctcp tnhh jdoo doo dd ad ead eood ood
kft zrt nyrt bt kkt sro as vos zs spj spk ska sp zoo
fze fzco fzc fzllc dmcc wll bsc saog qpsc pjsc spc est
kk gk yk sdn bhd pty cc npc soc pbc l3c ulc pllc cic dac
ike epe oe ee ae sae sal eireli eirl sau ltda me
pf tu et dooel sh pk shpk khkhk opc sasu scop og ek lllp amba commv scsp sti kb ans bm
kgaa sapi selarl qpsc
ca eu grupo gruppo groupe
'''.split())

def core_tokens(s):
    return [t for t in full_tokens(s) if t not in FILLER]

def core(s):
    return ' '.join(core_tokens(s))

def folds(s):
    f = full(s); c = core(s)
    out = {f, f.replace(' ', ''), c, c.replace(' ', '')}
    out.discard('')
    return out

def has_latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if 'LATIN' in unicodedata.name(ch):
                    return True
            except ValueError:
                pass
    return False

def is_narc(program):
    toks = set(re.findall(r'[A-Z0-9-]+', program.upper()))
    return 'SDNT' in toks or 'SDNTK' in toks

# ---------------------------------------------------------------- data
class Data:
    def __init__(self):
        self.sdn = {}          # ent -> dict
        with open(SDN, newline='', encoding='utf-8', errors='replace') as f:
            for row in csv.reader(f):
                if not row:
                    continue
                ent = int(row[0])
                self.sdn[ent] = dict(ent=ent, name=clean(row[1]), type=clean(row[2]).lower(),
                                     program=clean(row[3]), remarks=clean(row[11]) if len(row) > 11 else '')
        self.alts = collections.defaultdict(list)   # ent -> [(alt_num, type, name)]
        with open(ALT, newline='', encoding='utf-8', errors='replace') as f:
            for row in csv.reader(f):
                if not row:
                    continue
                self.alts[int(row[0])].append((int(row[1]), clean(row[2]), clean(row[3])))
        self.addr = collections.defaultdict(list)
        with open(ADD, newline='', encoding='utf-8', errors='replace') as f:
            for row in csv.reader(f):
                if not row:
                    continue
                self.addr[int(row[0])].append((clean(row[2]), clean(row[3]), clean(row[4])))
        self.csl = []
        with open(CSL, newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                names = [clean(r.get('name'))] + [clean(x) for x in (r.get('alt_names') or '').split(';')]
                self.csl.append(dict(type=clean(r.get('type')), names=[n for n in names if n]))
        self._index()

    def _index(self):
        self.fold_owner = collections.defaultdict(set)
        self.wordset_owner = collections.defaultdict(set)
        self.word_strings = collections.defaultdict(set)
        self.string_words = {}
        self.exact = set()
        self.tok_orgs = collections.defaultdict(set)
        self.name_count = collections.Counter()
        self.alias_names = set()
        sid = 0
        def add(owner, s, org):
            nonlocal sid
            for fo in folds(s):
                self.fold_owner[fo].add(owner)
            ws = frozenset(core_tokens(s))
            if ws:
                self.wordset_owner[ws].add(owner)
            sid += 1
            self.string_words[sid] = (owner, ws)
            for w in ws:
                self.word_strings[w].add(sid)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(full_tokens(s)):
                    self.tok_orgs[t].add(s)
        for ent, r in self.sdn.items():
            org = r['type'] != 'individual'
            add(('s', ent), r['name'], org)
            self.name_count[r['name']] += 1
            for (_, _, an) in self.alts.get(ent, []):
                if an:
                    add(('s', ent), an, org)
                    self.alias_names.add(an)
        for i, r in enumerate(self.csl):
            org = r['type'] != 'Individual'
            for n in r['names']:
                add(('c', i), n, org)
        # cities and place tokens
        self.cities = {}
        self.place_tokens = set()
        for ent, rows in self.addr.items():
            for (_, city, country) in rows:
                for t in full_tokens(city) + full_tokens(country):
                    if not any(ch.isdigit() for ch in t):
                        self.place_tokens.add(t)
            city = rows[0][1]
            city = ' '.join(t for t in city.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
            if len(city) > 30:
                city = city.split(',')[0].strip()
            if city:
                self.cities[ent] = city

    def city(self, ent):
        return self.cities.get(ent, '')

    def fold_hits(self, s):
        hits = set()
        for fo in folds(s):
            hits |= self.fold_owner.get(fo, set())
        return hits

    def tok_count(self, w):
        return len(self.tok_orgs.get(w.lower(), ()))

    def subset_hit(self, s, owner):
        """True if the content words of s are all among the words of one string of another owner."""
        ws = set(core_tokens(s))
        if not ws:
            return False
        ids = None
        for w in ws:
            st = self.word_strings.get(w, set())
            ids = st if ids is None else ids & st
            if not ids:
                return False
        return any(self.string_words[i][0] != owner for i in ids)

    def shared_words(self, s):
        parts = []
        seen = set()
        for t in core_tokens(s):
            if t in seen:
                continue
            seen.add(t)
            orgs = self.tok_orgs.get(t)
            if orgs:
                ex = sorted(orgs)[:3]
                n = len(orgs)
                unit = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
                parts.append('%s (%d %s, e.g. %s)' % (t, n, unit, ' | '.join(ex)))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

# ---------------------------------------------------------------- earlier sets
def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, SET_NO)]
    return [os.path.join(LOOKUP, n) for n in names]

def load_prior(data=None):
    """Returns (set of query keys, set of full folds, Counter of uses per ent_num, file count).
    Never prints or returns an earlier row."""
    keys, fulls, uses = set(), set(), collections.Counter()
    nfiles = 0
    uniq = None
    if data is not None:
        uniq = {}
        for ent, r in data.sdn.items():
            uniq.setdefault(r['name'], []).append(ent)
    for p in prior_files():
        if not os.path.exists(p):
            continue
        nfiles += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for e in ents:
                            uses[e] += 1
                    elif uniq is not None:
                        lst = uniq.get(r['expected'], [])
                        if len(lst) == 1:
                            uses[lst[0]] += 1
    return keys, fulls, uses, nfiles

# ---------------------------------------------------------------- pool
def build_pool(data):
    pool = {}
    for ent, r in data.sdn.items():
        if r['type'] != '':
            continue
        n = r['name']
        if not n or data.name_count[n] != 1 or n in data.alias_names:
            continue
        strings = [n] + [a for (_, _, a) in data.alts.get(ent, []) if a]
        bad = False
        for s in strings:
            for fo in folds(s):
                if data.fold_owner.get(fo, set()) - {('s', ent)}:
                    bad = True; break
            if bad:
                break
        if not bad:
            pool[ent] = r
    return pool

def min_level(program):
    return MIN_LEVEL_NARC if is_narc(program) else MIN_LEVEL_OTHER
