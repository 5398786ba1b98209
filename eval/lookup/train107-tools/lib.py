"""train107 tools: data loading, folds, earlier-set loader, pool and levels (standard library only)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
OUT = os.path.join(LOOKUP, 'train107.jsonl')

MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

# legal forms and filler words dropped by the core fold
LEGAL = set('''sa cv de rl ltda ltd limited co inc corp corporation company companies llc gmbh sas sc srl spr sac saa sae sal scs sca snc
ag kg bv nv plc pjsc ojsc cjsc jsc ooo oao zao pao tov fze fzco fzc fz fzllc pte pvt sdn bhd llp lp spa sarl sprl eu eirl cia ca ab oy sro doo
kft zrt bsc wll jv pt sapi sab ltee cxa sen cs ap gie sl slu sau lda pty kk lllp pllc pc cic dac nuf dooel sarlau suarl saoc saog kscp
spa ike nyrt uu srls plt ctcp chup osoo partg epp selarl kgaa as aps oe dd ad koll sti sagl ks spy tnhh tbk shpk too mmc mchj
ehf bt jdoo vos ska mb ik tu gk opc pfa prat jdmm slf ivs ans ky ef khkhk shps eood kkt tmi pf hb ug eurl vof qpsc eireli pbc ulc
ltd. corpn incorporated sociedad anonima limitada'''.split())
FILLER = set('''group groups grupo groupe holding holdings trading enterprise enterprises international internacional intl offshore
the a an of and y e et al el la las los le les lo del da do dos das di du des van der von den und to by in on at for'''.split())
CORE_DROP = LEGAL | FILLER


def key(s):
    return ' '.join(s.lower().split())


def _strip_marks(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.category(ch).startswith('M'))


def full(s):
    s = _strip_marks(s.lower())
    s = ''.join(ch for ch in s if ch not in APOS)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if (ch.isalnum() and ch != '_') else ' ' for ch in s)
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


def core(s):
    return ' '.join(t for t in full(s).split() if t not in CORE_DROP)


def variants(s):
    f, c = full(s), core(s)
    return {v for v in (f, f.replace(' ', ''), c, c.replace(' ', '')) if v}


def is_narc(program):
    return bool(re.search(r'\bSDNTK?\b', program))


def _clean(v):
    v = v.strip()
    return '' if v == '-0-' else v


def read_csv(path):
    with open(path, newline='', encoding='utf-8', errors='replace') as fh:
        return [[_clean(x) for x in row] for row in csv.reader(fh) if row]


PRIOR_NAMES = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 107)]


def load_rows(path):
    rows = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


class Data:
    def __init__(self):
        self.sdn = {}      # ent -> dict
        for r in read_csv(os.path.join(SDN_DIR, 'sdn.csv')):
            ent = int(r[0])
            self.sdn[ent] = {'ent': ent, 'name': r[1], 'type': r[2], 'program': r[3]}
        self.alts = defaultdict(list)
        for r in read_csv(os.path.join(SDN_DIR, 'alt.csv')):
            self.alts[int(r[0])].append({'alt_num': int(r[1]), 'type': r[2], 'name': r[3]})
        self.addr = defaultdict(list)
        for r in read_csv(os.path.join(SDN_DIR, 'add.csv')):
            self.addr[int(r[0])].append({'address': r[2], 'city': r[3], 'country': r[4] if len(r) > 4 else ''})
        with open(CSL, newline='', encoding='utf-8') as fh:
            rd = csv.DictReader(fh)
            self.csl = []
            for i, r in enumerate(rd):
                names = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append({'idx': i, 'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        name_count = defaultdict(int)
        for e in self.sdn.values():
            name_count[e['name']] += 1
        self.name_count = name_count
        self.by_name = {e['name']: e for e in self.sdn.values() if name_count[e['name']] == 1}
        # strings with owners
        self.strings = []   # (owner, text, is_org)
        for e in self.sdn.values():
            org = e['type'] != 'individual'
            self.strings.append((('sdn', e['ent']), e['name'], org))
            for a in self.alts.get(e['ent'], []):
                self.strings.append((('sdn', e['ent']), a['name'], org))
        for c in self.csl:
            org = c['type'] != 'Individual'
            for n in c['names']:
                self.strings.append((('csl', c['idx']), n, org))
        self.key_owners = defaultdict(set)
        self.fold_owners = defaultdict(set)
        self.wordset_owners = defaultdict(set)
        self.word_strings = defaultdict(set)
        self.exact = set()
        self.tok_orgs = defaultdict(set)
        self.str_words = []
        for i, (own, text, org) in enumerate(self.strings):
            self.key_owners[key(text)].add(own)
            for v in variants(text):
                self.fold_owners[v].add(own)
            cw = frozenset(core(text).split())
            if cw:
                self.wordset_owners[cw].add(own)
            ws = set(full(text).split())
            self.str_words.append((own, ws))
            for w in ws:
                self.word_strings[w].add(i)
            self.exact.add(text); self.exact.add(text.upper())
            if org:
                for w in ws:
                    self.tok_orgs[w].add(i)
        self.place_tokens = set()
        for ent, rows in self.addr.items():
            for a in rows:
                for fld in (a['city'], a['country']):
                    self.place_tokens.update(full(re.sub(r'\d', ' ', fld)).split())

    # --- helpers
    def tok_count(self, w):
        return len({self.strings[i][1] for i in self.tok_orgs.get(w, ())})

    def tok_examples(self, w, n=3):
        seen = []
        for i in sorted(self.tok_orgs.get(w, ())):
            t = self.strings[i][1]
            if t not in seen:
                seen.append(t)
        return seen[:n], len(seen)

    def shared_words(self, q):
        out = []
        for w in dict.fromkeys(full(q).split()):
            if w in CORE_DROP:
                continue
            ex, n = self.tok_examples(w)
            if n:
                out.append((w, n, ex))
        return out

    def fold_hits(self, q):
        hits = set()
        for v in variants(q):
            hits |= self.fold_owners.get(v, set())
        return hits

    def wordset_hit(self, q):
        cw = frozenset(core(q).split())
        return self.wordset_owners.get(cw, set()) if cw else set()

    def subset_hit(self, q, own):
        ws = set(core(q).split())
        if not ws:
            return set()
        cand = None
        for w in ws:
            s = self.word_strings.get(w, set())
            cand = set(s) if cand is None else cand & s
            if not cand:
                return set()
        return {self.strings[i][0] for i in cand} - {own}

    def city_of(self, ent):
        for a in self.addr.get(ent, []):
            c = a['city']
            if c:
                c = ' '.join(re.sub(r'\S*\d\S*', ' ', c).split()).strip(' ,')
                if not c:
                    continue
                if len(c) > 30:
                    c = c.split(',')[0].strip()
                return c
        return ''

    def place(self, w):
        return w in self.place_tokens


def load_prior(data, extra=()):
    """Earlier sets: returns (keys, fulls, uses per ent_num, number of files). Never returns rows."""
    keys, fulls, uses, n = set(), set(), defaultdict(int), 0
    paths = [os.path.join(LOOKUP, p) for p in PRIOR_NAMES] + list(extra)
    for p in paths:
        if not os.path.exists(p):
            continue
        n += 1
        for r in load_rows(p):
            q = r.get('query') or ''
            keys.add(key(q)); fulls.add(full(q))
            if r.get('expected') is not None:
                ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                if not ents:
                    e = data.by_name.get(r['expected'])
                    if e:
                        ents = {e['ent']}
                for e in ents:
                    uses[e] += 1
    return keys, fulls, uses, n


def build_pool(data):
    alias_keys = defaultdict(set)
    for own, text, org in data.strings:
        alias_keys[key(text)].add(own)
    pool = {}
    for name, e in data.by_name.items():
        if e['type'] != '':
            continue
        own = ('sdn', e['ent'])
        if alias_keys[key(name)] - {own}:
            continue
        ok = True
        for text in [name] + [a['name'] for a in data.alts.get(e['ent'], [])]:
            for v in variants(text):
                if data.fold_owners.get(v, set()) - {own}:
                    ok = False; break
            if not ok:
                break
        if ok:
            pool[e['ent']] = e
    return pool


def level_ok(e, lvl):
    lo = MIN_LEVEL_NARC if is_narc(e['program']) else MIN_LEVEL_OTHER
    return lo <= lvl <= MAX_LEVEL
