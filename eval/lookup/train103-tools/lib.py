"""train103 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
SET_NAME = 'train103'
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7

APOS = set("'\u2019\u2018`\u02bc\u02bb\u00b4")

def key(s):
    return ' '.join(s.lower().split())

def _tokens(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    s = ''.join(c for c in s if c not in APOS)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
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
    return out

def full(s):
    return ' '.join(_tokens(s))

# legal forms (folded, dotless) -- common ones, the forms train100-102 name, and this set's own
LEGAL_FOLDS = set('''ltd limited co corp corporation inc incorporated llc sa sas ltda srl gmbh ag ca sac sc scs sca eu
pte pvt fze fzco fzc fzllc jsc ojsc cjsc pjsc pao oao zao ooo ao tov sarl sal bv nv kg doo company plc llp as ab oy
spa sl se cv rl spr cs pty bhd sdn cia wll sae lda sro ad dd ou sia uab eood ead gie snc ltee limitada anonima kk eirl
sprl sas sa de cv srl sapi sab scrl cie ste sti pt tbk jv lp
jdoo ska uu ik kkt secs slf jdmm ics gk opc bt kd vof og partg srls slne oe kb tmi epp shpk mmc tnhh mchj too spf sp
is da hb eg kgaa spj zs shps khk sll scop eireli yk
osk ps nuf ek sasu sgps ike dooel saog osoo chup nyrt dno cic pllc npc'''.split())
FILLER_FOLDS = set('''group groups grupo gruppo groupe holding holdings trading trade enterprise enterprises international
internacional intl offshore the of and y e de del la las los el al le les du des do dos das di van der von den und for in on at
a an to by'''.split()) | LEGAL_FOLDS

def core_tokens(s):
    return [t for t in _tokens(s) if t not in FILLER_FOLDS]

def core(s):
    return ' '.join(core_tokens(s))

def fold_variants(s):
    f = full(s); c = core(s)
    out = set()
    for v in (f, c):
        if v:
            out.add(v); out.add(v.replace(' ', ''))
    return out

def is_narc(program):
    toks = set(re.findall(r'[A-Z0-9-]+', program.upper()))
    return 'SDNT' in toks or 'SDNTK' in toks

def has_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if 'LATIN' in unicodedata.name(c):
                    return True
            except ValueError:
                pass
    return False

def _clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 103)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]

class Data:
    def __init__(self):
        self.sdn = {}   # ent -> dict(name,type,program)
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for row in csv.reader(f):
                if len(row) < 4 or not row[0].strip().isdigit():
                    continue
                self.sdn[int(row[0])] = dict(name=row[1].strip(), type=_clean(row[2]) or '-0-', program=_clean(row[3]))
        self.alts = defaultdict(list)  # ent -> [(alt_num, type, name)]
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for row in csv.reader(f):
                if len(row) < 4 or not row[0].strip().isdigit():
                    continue
                self.alts[int(row[0])].append((int(row[1]), _clean(row[2]), row[3].strip()))
        self.adds = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for row in csv.reader(f):
                if len(row) < 5 or not row[0].strip().isdigit():
                    continue
                self.adds[int(row[0])].append((_clean(row[2]), _clean(row[3]), _clean(row[4])))
        self.csl = []   # (type, name, [alts])
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
            for r in csv.DictReader(f):
                alts = [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append(((r.get('type') or '').strip(), (r.get('name') or '').strip(), alts))
        self._index()

    def _index(self):
        self.owners = defaultdict(set)      # fold variant -> owners
        self.wordsets = defaultdict(set)    # frozenset(core tokens) -> owners
        self.word_strings = defaultdict(set)  # core word -> string ids
        self.string_owner = []; self.string_words = []
        self.exact = set()
        self.tok_orgs = defaultdict(set)    # full token -> org strings
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_keys = set(); self.csl_keys = set()
        def add(owner, s, is_org):
            if not s:
                return
            for v in fold_variants(s):
                self.owners[v].add(owner)
            cw = core_tokens(s)
            if cw:
                self.wordsets[frozenset(cw)].add(owner)
            sid = len(self.string_owner)
            self.string_owner.append(owner); self.string_words.append(set(cw))
            for w in set(cw):
                self.word_strings[w].add(sid)
            self.exact.add(s); self.exact.add(s.upper())
            if is_org:
                for t in set(_tokens(s)):
                    self.tok_orgs[t].add(s)
        for e, r in self.sdn.items():
            org = r['type'] != 'individual'
            add(('S', e), r['name'], org)
            for an, at, nm in self.alts[e]:
                add(('S', e), nm, org)
                self.alias_keys.add(key(nm))
        for i, (t, nm, alts) in enumerate(self.csl):
            org = t.lower() != 'individual'
            add(('C', i), nm, org)
            self.csl_keys.add(key(nm))
            for a in alts:
                add(('C', i), a, org)
                self.csl_keys.add(key(a))
        self.place = set()
        for e, rows in self.adds.items():
            for addr, city, country in rows:
                self.place.update(_tokens(city)); self.place.update(_tokens(country))

    def city(self, e):
        for addr, city, country in self.adds.get(e, []):
            if city:
                toks = [t for t in city.split() if not any(ch.isdigit() for ch in t)]
                c = ' '.join(toks).strip().strip(',').strip()
                if len(c) > 30:
                    c = c.split(',')[0].strip()
                if c:
                    return c
        return None

    def tok_count(self, t):
        return len(self.tok_orgs.get(t, ()))

    def fold_hits(self, s, exclude=None):
        hits = set()
        for v in fold_variants(s):
            hits |= self.owners.get(v, set())
        if exclude is not None:
            hits.discard(exclude)
        return hits

    def wordset_hit(self, s, exclude=None):
        cw = core_tokens(s)
        if not cw:
            return set()
        h = set(self.wordsets.get(frozenset(cw), set()))
        if exclude is not None:
            h.discard(exclude)
        return h

    def subset_hit(self, s, exclude):
        cw = set(core_tokens(s))
        if not cw:
            return set()
        ids = None
        for w in cw:
            ws = self.word_strings.get(w, set())
            ids = set(ws) if ids is None else ids & ws
            if not ids:
                return set()
        return {self.string_owner[i] for i in ids} - {exclude}

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
                lab = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
                parts.append('%s (%d %s, e.g. %s)' % (t, n, lab, ' | '.join(ex)))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def in_pool(self, e):
        r = self.sdn.get(e)
        if not r or r['type'] != '-0-':
            return False
        if self.name_count[r['name']] != 1:
            return False
        k = key(r['name'])
        if k in self.alias_keys or k in self.csl_keys:
            return False
        me = ('S', e)
        for s in [r['name']] + [a[2] for a in self.alts[e]]:
            if self.fold_hits(s, exclude=me):
                return False
        return True

    def pool(self):
        if not hasattr(self, '_pool'):
            self._pool = sorted(e for e in self.sdn if self.in_pool(e))
        return self._pool

    def name_to_ent(self):
        return {r['name']: e for e, r in self.sdn.items() if self.name_count[r['name']] == 1}

def load_prior(data, files=None):
    """Earlier sets: returns (set of query keys, set of full folds, Counter of uses per ent_num, file count).
    Never returns or prints any row."""
    files = prior_files() if files is None else files
    keys, fulls, uses = set(), set(), Counter()
    n2e = data.name_to_ent()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    r = json.loads(line)
                except Exception:
                    continue
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                exp = r.get('expected')
                if exp:
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and exp in n2e:
                        ents = {n2e[exp]}
                    for e in ents:
                        uses[e] += 1
    return keys, fulls, uses, len(files)

def level_ok(data, uses, e):
    lv = uses.get(e, 0)
    lo = MIN_LEVEL_NARC if is_narc(data.sdn[e]['program']) else MIN_LEVEL_OTHER
    return lo <= lv <= MAX_LEVEL
