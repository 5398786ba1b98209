"""train99 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
THIS = 'train99.jsonl'
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"
# legal forms (also used by split_legal); earlier sets' forms and this set's
LEGAL_FORMS = set('''ltd ltda limited llc inc incorporated corp corporation co company cia sa sas sae srl sl sc scs spa sarl sal
gmbh ag kg ab as asa oy oyj bv nv plc pjsc ojsc cjsc jsc oao zao ooo pao fze fzco fzc fz llp lp lllp pte pvt bhd sdn kk
ca eu spr cs cv rl de_cv sapi scop partg mbb og ehf nuf mmc too uab tmi shps mchj kgaa gk selarl kkt ska jdoo eood qpsc
l3c pbc npc ky is tnhh ks sgps slne zrt spj ivs hb eirl eireli suarl tov et eg eurl khkhk zs pty sro doo dd ad ltdsti
dooel mb sau ulc cic dac nl vos ay ans osoo chup ike sapa ek hj sociedad anonima limitada'''.split())
FILLER = set('''group grupo gruppo groupe holding holdings trading trade enterprise enterprises international internacional
intl offshore incorporated the of and for de del la las los el y e et da do dos das di du des le al in on at to a an en
und van der den'''.split()) | LEGAL_FORMS
SMALL_EXTRA = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = re.compile(r'^(?=[ivxlc]+$)m{0,0}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$')

def key(s):
    return ' '.join(s.lower().split())

def _nfkd_strip(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.category(ch).startswith('M'))

def full(s):
    s = _nfkd_strip(s).lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if (ch.isalnum() and ch != '_') else ' ' for ch in s)
    toks = s.split()
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
    return ' '.join(out)

def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)

def fold_variants(s):
    f, c = full(s), core(s)
    v = {f, c, f.replace(' ', ''), c.replace(' ', '')}
    v.discard('')
    return v

def content_words(s):
    return [t for t in full(s).split() if t not in FILLER]

def is_narc(program):
    toks = set(re.findall(r'[A-Z0-9]+', program.upper()))
    return 'SDNT' in toks or 'SDNTK' in toks

def _clean(x):
    x = x.strip()
    return '' if x == '-0-' else x

class Data:
    def __init__(self):
        d = os.path.join(DATA, 'ofac-sdn-2019')
        self.sdn = {}
        with open(os.path.join(d, 'sdn.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0])
                self.sdn[e] = {'ent': e, 'name': r[1].strip(), 'type': _clean(r[2]), 'program': _clean(r[3])}
        self.alts = defaultdict(list)
        with open(os.path.join(d, 'alt.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.alts[int(r[0])].append({'alt_num': int(r[1]), 'type': _clean(r[2]), 'name': r[3].strip()})
        self.cityf = {}
        self.place = set()
        with open(os.path.join(d, 'add.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5:
                    continue
                e = int(r[0]); cs = _clean(r[3]); co = _clean(r[4])
                for t in full(cs + ' ' + co).split():
                    if not any(ch.isdigit() for ch in t):
                        self.place.add(t)
                if e not in self.cityf:
                    c = ' '.join(t for t in cs.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                    if len(c) > 30:
                        c = c.split(',')[0].strip()
                    self.cityf[e] = c
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), newline='', encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # indexes
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_ids = defaultdict(set)
        self.strings = []          # (owner, string)
        self.exact = set()
        self.tok_orgs = defaultdict(set)
        self.name_count = defaultdict(int)
        for e, r in self.sdn.items():
            self.name_count[r['name']] += 1
        self.alias_keys = set()
        def add(owner, s, is_org):
            sid = len(self.strings); self.strings.append((owner, s))
            for v in fold_variants(s):
                self.fold_owner[v].add(owner)
            cw = frozenset(content_words(s))
            if cw:
                self.wordset_owner[cw].add(owner)
            for w in cw:
                self.word_ids[w].add(sid)
            self.exact.add(s); self.exact.add(s.upper())
            if is_org:
                for t in set(full(s).split()):
                    if t not in FILLER:
                        self.tok_orgs[t].add(s)
        for e, r in self.sdn.items():
            org = r['type'].lower() != 'individual'
            add(('sdn', e), r['name'], org)
            for a in self.alts[e]:
                add(('sdn', e), a['name'], org)
                self.alias_keys.add(key(a['name']))
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for n in c['names']:
                add(('csl', i), n, org)

    def city(self, e):
        return self.cityf.get(e, '')

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, ()))

    def fold_hits(self, s, owner=None):
        """owners (other than owner) any of whose folds equal a fold of s"""
        out = set()
        for v in fold_variants(s):
            out |= self.fold_owner.get(v, set())
        out.discard(owner)
        return out

    def wordset_hit(self, s, owner=None):
        cw = frozenset(content_words(s))
        o = set(self.wordset_owner.get(cw, set())); o.discard(owner)
        return o

    def subset_hit(self, s, owner):
        cw = set(content_words(s))
        if not cw:
            return set()
        ids = None
        for w in cw:
            x = self.word_ids.get(w, set())
            ids = set(x) if ids is None else ids & x
            if not ids:
                return set()
        return {self.strings[i][0] for i in ids} - {owner}

    def shared_words(self, s):
        out = []
        seen = set()
        for t in full(s).split():
            if t in FILLER or t in seen:
                continue
            seen.add(t)
            n = self.tok_count(t)
            if n:
                out.append((t, n, sorted(self.tok_orgs[t])[:3]))
        return out

    def pool(self):
        """unique-name -0- organisations, name not an alias key, no fold shared with another record or CSL name"""
        out = {}
        for e, r in self.sdn.items():
            if r['type'] != '' or self.name_count[r['name']] != 1:
                continue
            if key(r['name']) in self.alias_keys:
                continue
            bad = False
            for s in [r['name']] + [a['name'] for a in self.alts[e]]:
                if self.fold_hits(s, ('sdn', e)):
                    bad = True; break
            if not bad:
                out[e] = r
        return out

    def by_name(self, name):
        hits = [e for e, r in self.sdn.items() if r['name'] == name]
        return hits[0] if len(hits) == 1 else None

def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 99)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]

def load_prior(data):
    """returns (set of earlier query keys, set of earlier full folds, uses per ent_num, file count); prints nothing"""
    keys, folds, uses = set(), set(), defaultdict(int)
    uniq = {}
    for e, r in data.sdn.items():
        uniq.setdefault(r['name'], []).append(e)
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                row = json.loads(line)
                q = row.get('query') or ''
                keys.add(key(q)); folds.add(full(q))
                if row.get('expected') is None:
                    continue
                ents = set(int(x) for x in re.findall(r'ent_num (\d+)', row.get('notes') or ''))
                if not ents:
                    l = uniq.get(row['expected'], [])
                    if len(l) == 1:
                        ents = {l[0]}
                for e in ents:
                    uses[e] += 1
    return keys, folds, uses, len(files)

def level_ok(level, narc):
    return (MIN_LEVEL_NARC if narc else MIN_LEVEL_OTHER) <= level <= MAX_LEVEL
