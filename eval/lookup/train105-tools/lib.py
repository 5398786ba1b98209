"""train105 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SET_NAME = 'train105'
OUT = os.path.join(LOOKUP, SET_NAME + '.jsonl')
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

def key(s):
    return ' '.join(s.lower().split())

def _strip_marks(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.category(c).startswith('M'))

def full(s):
    t = _strip_marks(s).lower()
    for a in APOS:
        t = t.replace(a, '')
    t = t.replace('&', ' and ').replace('+', ' and ')
    t = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in t)
    toks = t.split()
    out, run = [], ''
    for w in toks:
        if len(w) == 1:
            run += w
        else:
            if run:
                out.append(run); run = ''
            out.append(w)
    if run:
        out.append(run)
    return ' '.join(out)

LEGAL_FILLER = set('''
ltd ltda limited limitada co company companies corp corporation inc incorporated sa sas srl sl llc gmbh ag plc fze fzco fzc llp ca sc sac cia
de del la las los el al the of and y e et und van der von den du des to by for in on at a an da do di le les lo
jsc ojsc cjsc pjsc oao zao ooo pao tov pte pvt bv nv sarl spa sdn bhd pty kg ab oy as eu jv jvc sderl sdecv cv rl sprl spr
group grupo holding holdings trading trade international internacional intl offshore enterprises enterprise establishment est
ehf bt jdoo vos ska mb ik tu gk opc pfa prat jdmm slf ivs ans ky ef osk ps nuf ek sasu sgps ike sti dooel saog osoo chup nyrt dno cic pllc npc
is hb eg kgaa spj zs eood shps eirl khk sll scop eireli yk
tnhh tbk shpk too mmc mchj oe dd ad koll sti sarl sagl kd ks spy
scs sal sca snc sapi sab saic cxa ltee sen cs srl sprl sapa sae saa bsc wll
'''.split())

def core_tokens(s):
    return [w for w in full(s).split() if w not in LEGAL_FILLER]

def core(s):
    return ' '.join(core_tokens(s))

def folds(s):
    f = full(s); c = core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return out

def _clean(x):
    x = x.strip()
    return '' if x == '-0-' else x

def is_narc(program):
    return bool(re.search(r'\bSDNTK?\b', program))

class Data:
    def __init__(self):
        self.sdn = {}          # ent -> dict
        self.alts = defaultdict(list)  # ent -> [(alt_num, type, name)]
        self.addr = defaultdict(list)
        d = os.path.join(DATA, 'ofac-sdn-2019')
        with open(os.path.join(d, 'sdn.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                ent = int(r[0]); self.sdn[ent] = dict(ent=ent, name=_clean(r[1]), type=_clean(r[2]), program=_clean(r[3]))
        with open(os.path.join(d, 'alt.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                self.alts[int(r[0])].append((int(r[1]), _clean(r[2]), _clean(r[3])))
        with open(os.path.join(d, 'add.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.reader(f):
                if len(r) < 5: continue
                self.addr[int(r[0])].append((_clean(r[3]), _clean(r[4])))
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
            rd = csv.reader(f); hdr = next(rd)
            ix = {h: i for i, h in enumerate(hdr)}
            for r in rd:
                if len(r) < len(hdr): r = r + [''] * (len(hdr) - len(r))
                names = [r[ix['name']].strip()] + [a.strip() for a in r[ix['alt_names']].split(';') if a.strip()]
                self.csl.append(dict(type=r[ix['type']].strip(), names=[n for n in names if n]))
        # string index: (owner, string, is_org)
        self.strings = []
        for ent, rec in self.sdn.items():
            org = rec['type'].lower() != 'individual'
            self.strings.append((ent, rec['name'], org))
            for an, at, nm in self.alts[ent]:
                if nm: self.strings.append((ent, nm, org))
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for nm in c['names']:
                self.strings.append(('csl%d' % i, nm, org))
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_ids = defaultdict(set)
        self.exact = set()
        self.tok_org = defaultdict(set)
        self.str_words = []
        for sid, (own, nm, org) in enumerate(self.strings):
            for fo in folds(nm):
                if fo: self.fold_owner[fo].add(own)
            cw = frozenset(core_tokens(nm))
            self.str_words.append(cw)
            if cw: self.wordset_owner[cw].add(own)
            for w in cw: self.word_ids[w].add(sid)
            self.exact.add(nm); self.exact.add(nm.upper())
            if org:
                for w in set(full(nm).split()):
                    self.tok_org[w].add(nm)
        self.name_count = Counter(r['name'] for r in self.sdn.values())
        self.by_name = {r['name']: e for e, r in self.sdn.items()}
        self.alias_keys_other = defaultdict(set)
        for own, nm, org in self.strings:
            self.alias_keys_other[key(nm)].add(own)
        self.place = set()
        for ent, rows in self.addr.items():
            for city, country in rows:
                for w in full(city).split() + full(country).split():
                    if not any(ch.isdigit() for ch in w): self.place.add(w)

    def city(self, ent):
        for city, country in self.addr.get(ent, []):
            c = ' '.join(w for w in city.split() if not any(ch.isdigit() for ch in w)).strip(' ,')
            if c:
                if len(c) > 30: c = c.split(',')[0].strip()
                return c
        return None

    def fold_hits(self, q, owner=None):
        hits = set()
        for fo in folds(q):
            hits |= self.fold_owner.get(fo, set())
        if owner is not None: hits.discard(owner)
        return hits

    def wordset_hit(self, q, owner=None):
        s = self.wordset_owner.get(frozenset(core_tokens(q)), set()) - {owner}
        return s

    def subset_hit(self, q, owner):
        ws = set(core_tokens(q))
        if not ws: return False
        ids = None
        for w in ws:
            ids = set(self.word_ids.get(w, set())) if ids is None else ids & self.word_ids.get(w, set())
            if not ids: return False
        return any(self.strings[i][0] != owner for i in ids)

    def tok_count(self, w):
        return len(self.tok_org.get(w, ()))

    def shared_words(self, q):
        parts = []
        seen = []
        for w in full(q).split():
            if w in LEGAL_FILLER or w in seen: continue
            seen.append(w)
            n = self.tok_count(w)
            if n:
                ex = sorted(self.tok_org[w])[:3]
                parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(ex)))
        if not parts: return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 105)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]

def load_prior(data):
    """Returns (keys, fulls, uses Counter ent->count, n_files). Never returns rows."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is not None:
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents:
                        e = r['expected']
                        if data.name_count.get(e) == 1: ents = {data.by_name[e]}
                    for e in ents: uses[e] += 1
    return keys, fulls, uses, len(files)

def pool(data):
    out = []
    for ent, r in data.sdn.items():
        if r['type'] != '' : continue
        nm = r['name']
        if data.name_count[nm] != 1: continue
        if data.alias_keys_other.get(key(nm), set()) - {ent}: continue
        ok = True
        for s in [nm] + [a[2] for a in data.alts[ent]]:
            if data.fold_hits(s, ent): ok = False; break
        if ok: out.append(ent)
    return sorted(out)

def level_ok(data, uses, ent):
    lv = uses.get(ent, 0)
    lo = MIN_LEVEL_NARC if is_narc(data.sdn[ent]['program']) else MIN_LEVEL_OTHER
    return lo <= lv <= MAX_LEVEL
