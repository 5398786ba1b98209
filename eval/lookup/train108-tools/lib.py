"""train108 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SDN = DATA + '/ofac-sdn-2019/sdn.csv'
ALT = DATA + '/ofac-sdn-2019/alt.csv'
ADD = DATA + '/ofac-sdn-2019/add.csv'
CSL = DATA + '/csl-sample/csl.csv'
THIS = 'train108.jsonl'
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

ARTICLES = set('the of and a an de del la las los le les el al da do dos das di du des van der von den und y e et to by in on at for'.split())
GROUPISH = set('''group groupe grupo holding holdings trading enterprise enterprises company companies compania compagnie
co corp corporation inc incorporated ltd limited llc international internacional intl offshore'''.split())
LEGAL = set('''sa sas sac saa sae sal sca scs snc sapi sab saic cxa ltee sen cs sprl sapa bsc wll ltda cia cv rl srl sarl
gmbh ag kg ohg bv nv ab asa oy plc pjsc ojsc cjsc jsc ooo zao oao pao llp lp pte pvt sdn bhd fzco fze fzc eirl eu
ca spr spa sl slu kk doo sro spzoo zrt kft bt pt ee ei sde sdecv cpa srls
khkhk shps eood kkt tmi pf hb ug eurl vof qpsc eireli pbc ulc tnhh tbk shpk too mmc mchj oe dd ad koll sti sagl ks spy
dooel nuf sarlau suarl saoc kscp dac cic ike nyrt uu ctcp chup osoo plt lllp
ehf oyj spj kgaa jdoo vos sasu asbl npc dntn slne gk kd pfa persero sau'''.split())
FILLER = ARTICLES | GROUPISH | LEGAL


def key(s):
    return ' '.join(s.lower().split())


def _strip_marks(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.category(ch).startswith('M'))


def full(s):
    s = _strip_marks(s.lower()).lower()
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


def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return out


def content_words(s):
    return [t for t in full(s).split() if t not in FILLER]


def is_narc(program):
    return bool(re.search(r'\bSDNTK?\b', program))


def _cl(x):
    x = x.strip()
    return '' if x == '-0-' else x


class Data:
    def __init__(self):
        self.sdn = {}          # ent -> dict
        self.names = Counter()
        with open(SDN, encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                ent = int(r[0]); name = r[1].strip()
                self.sdn[ent] = {'ent': ent, 'name': name, 'type': _cl(r[2]), 'program': _cl(r[3]), 'alts': []}
                self.names[name] += 1
        self.alts = {}
        with open(ALT, encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 4:
                    continue
                ent = int(r[0])
                a = {'ent': ent, 'alt_num': int(r[1]), 'type': _cl(r[2]), 'name': r[3].strip()}
                self.alts[a['alt_num']] = a
                if ent in self.sdn:
                    self.sdn[ent]['alts'].append(a)
        self.addr = defaultdict(list)
        with open(ADD, encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.reader(fh):
                if len(r) < 5:
                    continue
                self.addr[int(r[0])].append((_cl(r[2]), _cl(r[3]), _cl(r[4])))
        self.csl = []
        with open(CSL, encoding='utf-8', errors='replace', newline='') as fh:
            for r in csv.DictReader(fh):
                alts = [x.strip() for x in (r.get('alt_names') or '').split(';') if x.strip()]
                self.csl.append({'type': (r.get('type') or '').strip(), 'name': (r.get('name') or '').strip(), 'alts': alts})
        self._index()

    def _index(self):
        # every string: (owner, text, is_org)
        self.strings = []
        for e, d in self.sdn.items():
            org = d['type'].lower() != 'individual'
            self.strings.append((('sdn', e), d['name'], org))
            for a in d['alts']:
                self.strings.append((('sdn', e), a['name'], org))
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for s in [c['name']] + c['alts']:
                if s:
                    self.strings.append((('csl', i), s, org))
        self.fold_owner = defaultdict(set)
        self.key_owner = defaultdict(set)
        self.exact = set()
        self.wordset_owner = defaultdict(set)
        self.word_sids = defaultdict(set)
        self.tok_orgs = defaultdict(set)
        for sid, (own, s, org) in enumerate(self.strings):
            for f in folds(s):
                if f:
                    self.fold_owner[f].add(own)
            self.key_owner[key(s)].add(own)
            self.exact.add(s); self.exact.add(s.upper())
            ws = frozenset(content_words(s))
            if ws:
                self.wordset_owner[ws].add(own)
            for w in set(full(s).split()):
                self.word_sids[w].add(sid)
                if org:
                    self.tok_orgs[w].add(sid)
        self.place = set()
        self.city = {}
        for e, rows in self.addr.items():
            for (_a, cty, ctry) in rows:
                self.place |= set(full(cty).split()) | set(full(ctry).split())
            for (_a, cty, ctry) in rows:
                if cty:
                    c = ' '.join(t for t in cty.split() if not any(ch.isdigit() for ch in t))
                    c = c.strip(' ,')
                    if len(c) > 30:
                        c = c.split(',')[0].strip()
                    if c:
                        self.city[e] = c
                        break

    def city_of(self, ent):
        return self.city.get(ent)

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, ()))

    def tok_examples(self, w, n=3):
        sids = sorted(self.tok_orgs.get(w, ()))
        return [self.strings[i][1] for i in sids[:n]]

    def fold_hits(self, s, own=None):
        """owners (other than own) whose name/alias folds equal a fold of s"""
        out = set()
        for f in folds(s):
            out |= self.fold_owner.get(f, set())
        if own is not None:
            out.discard(own)
        return out

    def wordset_hit(self, s, own=None):
        o = set(self.wordset_owner.get(frozenset(content_words(s)), set()))
        if own is not None:
            o.discard(own)
        return o

    def subset_hit(self, s, own):
        ws = set(content_words(s))
        if not ws:
            return set()
        sids = None
        for w in ws:
            x = self.word_sids.get(w, set())
            sids = set(x) if sids is None else sids & x
            if not sids:
                return set()
        return {self.strings[i][0] for i in sids} - {own}

    def shared_words(self, s):
        out = []
        seen = set()
        for w in full(s).split():
            if w in FILLER or w in seen:
                continue
            seen.add(w)
            n = self.tok_count(w)
            if n:
                out.append((w, n, self.tok_examples(w)))
        return out


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 108)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]


def load_prior(data, extra=()):
    """Returns (keys, fulls, uses Counter by ent, file count). Never prints a row."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files() + list(extra)
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
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for e in ents:
                            uses[e] += 1
                    elif data.names.get(r['expected']) == 1:
                        for e, d in data.sdn.items():
                            if d['name'] == r['expected']:
                                uses[e] += 1
    return keys, fulls, uses, len(files)


def pool(data):
    out = []
    for e, d in data.sdn.items():
        if d['type'] != '':
            continue
        if data.names[d['name']] != 1:
            continue
        own = ('sdn', e)
        k = key(d['name'])
        if data.key_owner[k] - {own}:
            continue
        bad = False
        for s in [d['name']] + [a['name'] for a in d['alts']]:
            if data.fold_hits(s, own):
                bad = True; break
        if not bad:
            out.append(e)
    return sorted(out)


def level_ok(level, narc):
    lo = MIN_LEVEL_NARC if narc else MIN_LEVEL_OTHER
    return lo <= level <= MAX_LEVEL
