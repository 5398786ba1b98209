"""train104 tools: data loading, folds, earlier-set loader, pool and levels (stdlib only)."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
SET_NAME = 'train104'
OUT = os.path.join(LOOKUP, SET_NAME + '.jsonl')

MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

LEGAL = set('''company companies co corp corporation inc incorporated ltd limited llc llp lp plc sa sas sac saa sl srl
sro spa ag gmbh kg bv nv ab as oy oyj aps pte pvt pty fze fzco fzc fzllc fzca fzd jsc ojsc cjsc pjsc ooo zao oao pao tov
ca cv rl sdn bhd kk ltda cia sc scs sccl snc sarl eurl se sal sae saic sacifia sprl sapi spr cs doo dd ad ead jlt
lda lmt tic sti ptr ent est wll bsc qsc pjs psc ojs jscb ccc cc scl ie eu sp sh pk shpk ulc lc pc inc ltdc ei eireli
'''.split())
# forms named by train101-103 and my own new forms (so the core fold drops them)
LEGAL |= set('''vof og partg srls slne oe kb tmi epp mmc tnhh mchj too spf is da hb eg kgaa spj zs eood shps eirl khk sll
scop yk osk ps nuf ek sasu sgps ike dooel saog osoo chup nyrt dno cic pllc npc
ehf bt jdoo vos ska mb ik tu gk opc pfa prat jdmm slf ivs ans ky ef'''.split())
FILLER = set('''group grupo gruppo groupe holding holdings trading trade enterprise enterprises international
internacional intl offshore the of and a an in on at for to by de del la las los el al le les du des di da do dos das
e y et und van der von den'''.split())
CORE_DROP = LEGAL | FILLER


def key(s):
    return ' '.join(s.lower().split())


def _join_singles(toks):
    out, run = [], ''
    for t in toks:
        if len(t) == 1:
            run += t
        else:
            if run:
                out.append(run)
                run = ''
            out.append(t)
    if run:
        out.append(run)
    return out


def full_tokens(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    return _join_singles(s.split())


def full(s):
    return ' '.join(full_tokens(s))


def core_tokens(s):
    return [t for t in full_tokens(s) if t not in CORE_DROP]


def core(s):
    return ' '.join(core_tokens(s))


def variants(s):
    """full and core, each with and without spaces (empty ones dropped)."""
    f, c = full(s), core(s)
    out = {f, f.replace(' ', ''), c, c.replace(' ', '')}
    out.discard('')
    return out


def is_narc(program):
    toks = re.findall(r'[A-Z0-9]+', program.upper())
    return 'SDNT' in toks or 'SDNTK' in toks


def _clean(v):
    v = v.strip()
    return '' if v == '-0-' else v


def read_csv(path):
    with open(path, newline='', encoding='utf-8', errors='replace') as f:
        for row in csv.reader(f):
            yield [_clean(x) for x in row]


class Data:
    def __init__(self):
        self.sdn = {}          # ent -> dict
        for r in read_csv(os.path.join(SDN_DIR, 'sdn.csv')):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.sdn[int(r[0])] = {'ent': int(r[0]), 'name': r[1], 'type': r[2].lower(), 'program': r[3]}
        self.alts = defaultdict(list)   # ent -> [(alt_num, type, name)]
        for r in read_csv(os.path.join(SDN_DIR, 'alt.csv')):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.alts[int(r[0])].append((int(r[1]), r[2].lower(), r[3]))
        self.adds = defaultdict(list)
        for r in read_csv(os.path.join(SDN_DIR, 'add.csv')):
            if len(r) < 5 or not r[0].isdigit():
                continue
            self.adds[int(r[0])].append((r[2], r[3], r[4]))
        self.csl = []   # (type, name, [alt names])
        with open(CSL, newline='', encoding='utf-8', errors='replace') as f:
            for d in csv.DictReader(f):
                alts = [a.strip() for a in (d.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append(((d.get('type') or '').strip(), (d.get('name') or '').strip(), alts))
        self._index()

    def _strings(self):
        """(owner, string, is_org) for every SDN name/alias and CSL name/alias."""
        for e, d in self.sdn.items():
            org = d['type'] != 'individual'
            yield ('sdn:%d' % e, d['name'], org)
            for a in self.alts.get(e, []):
                yield ('sdn:%d' % e, a[2], org)
        for i, (t, n, alts) in enumerate(self.csl):
            org = t != 'Individual'
            if n:
                yield ('csl:%d' % i, n, org)
            for a in alts:
                yield ('csl:%d' % i, a, org)

    def _index(self):
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_strings = defaultdict(set)
        self.string_owner = []
        self.string_words = []
        self.exact = set()
        self.key_owner = defaultdict(set)
        self.tok_orgs = defaultdict(list)
        self.name_count = Counter(d['name'] for d in self.sdn.values())
        for owner, s, org in self._strings():
            for v in variants(s):
                self.fold_owner[v].add(owner)
            ws = frozenset(core_tokens(s))
            if ws:
                self.wordset_owner[ws].add(owner)
            sid = len(self.string_owner)
            self.string_owner.append(owner)
            self.string_words.append(ws)
            for w in ws:
                self.word_strings[w].add(sid)
            self.exact.add(s)
            self.exact.add(s.upper())
            self.key_owner[key(s)].add(owner)
            if org:
                for t in set(full_tokens(s)):
                    self.tok_orgs[t].append(s)
        # cities and place tokens
        self.place = set()
        self._city = {}
        for e, rows in self.adds.items():
            for addr, city, country in rows:
                for t in full_tokens(city) + full_tokens(country):
                    self.place.add(t)
                if e not in self._city and city:
                    c = ' '.join(t for t in city.split() if not any(ch.isdigit() for ch in t))
                    c = c.strip(' ,')
                    if len(c) > 30:
                        c = c.split(',')[0].strip()
                    if c:
                        self._city[e] = c

    def city(self, ent):
        return self._city.get(ent)

    def tok_count(self, t):
        return len(self.tok_orgs.get(t, ()))

    def fold_hits(self, s, owner=None):
        """owners other than `owner` that one of s's fold variants belongs to."""
        hits = set()
        for v in variants(s):
            hits |= self.fold_owner.get(v, set())
        if owner:
            hits.discard(owner)
        return hits

    def wordset_hit(self, s, owner=None):
        ws = frozenset(core_tokens(s))
        o = set(self.wordset_owner.get(ws, set()))
        if owner:
            o.discard(owner)
        return o

    def subset_hit(self, words, owner):
        """other owners with a name/alias whose core words include all of `words`."""
        words = [w for w in words]
        if not words:
            return set()
        sets = [self.word_strings.get(w, set()) for w in words]
        common = set.intersection(*[set(x) for x in sets]) if sets else set()
        return {self.string_owner[i] for i in common} - {owner}

    def shared_words(self, s):
        """[(word, count, examples)] for content words of s that occur in listed org names/aliases."""
        out = []
        seen = set()
        for t in full_tokens(s):
            if t in CORE_DROP or t in seen:
                continue
            seen.add(t)
            names = self.tok_orgs.get(t)
            if names:
                ex = []
                for n in names:
                    if n not in ex:
                        ex.append(n)
                    if len(ex) == 3:
                        break
                out.append((t, len(names), ex))
        return out


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 104)]
    out = []
    for n in names:
        p = os.path.join(LOOKUP, n)
        if os.path.exists(p):
            out.append(p)
    return out


def load_prior(data, files=None):
    """Return (keys, fulls, uses Counter by ent_num, file count). Never returns rows."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files() if files is None else files
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q))
                fulls.add(full(q))
                if r.get('expected') is not None:
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for e in ents:
                            uses[e] += 1
                    else:
                        exp = r['expected']
                        if data.name_count.get(exp) == 1:
                            for e, d in data.sdn.items():
                                if d['name'] == exp:
                                    uses[e] += 1
                                    break
    return keys, fulls, uses, len(files)


def pool(data):
    """unique-name -0- organisations, name not an alias/CSL name, no fold shared with another owner."""
    out = []
    for e, d in data.sdn.items():
        if d['type'] != '':
            continue
        n = d['name']
        if data.name_count[n] != 1:
            continue
        owner = 'sdn:%d' % e
        if data.key_owner[key(n)] - {owner}:
            continue
        # name must not also be an alias of its own record or a CSL name
        if any(key(a[2]) == key(n) for a in data.alts.get(e, [])):
            continue
        bad = False
        for s in [n] + [a[2] for a in data.alts.get(e, [])]:
            if data.fold_hits(s, owner):
                bad = True
                break
        if not bad:
            out.append(e)
    return sorted(out)


def level_ok(level, narc):
    lo = MIN_LEVEL_NARC if narc else MIN_LEVEL_OTHER
    return lo <= level <= MAX_LEVEL
