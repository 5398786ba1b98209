"""train109 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, os, re, json, unicodedata, collections

BASE = '/work/main/eval/lookup'
DATA = '/work/shared/data'
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
N_PRIOR = 108  # train.jsonl, validation.jsonl, train2 .. train108

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

LEGAL = set('''co co. corp corp. corporation company inc inc. incorporated ltd ltd. limited llc l.l.c. lp llp plc pjsc ojsc cjsc jsc ojs
ooo zao oao pao ao tov fze fzco fz fzc fzllc sa s.a. sas s.a.s. sac s.a.c. srl s.r.l. sl s.l. ltda ltda. lda gmbh ag kg bv b.v. nv n.v.
sarl s.a.r.l. spa s.p.a. sro s.r.o. as a.s. ab oy pte pvt pvt. (pvt.) (pvt) pty bhd sdn cv c.v. ca c.a. sc s.c. scs s.c.s. eu e.u.
eirl e.i.r.l. cia cia. kft doo d.o.o. ad a.d. ood eood dooel ep sp sas. spr s.p.r. rl r.l. sab s.a.b. sapi cie sci snc
ehf oyj spj kgaa jdoo vos sasu asbl npc dntn slne gk kd pfa persero sau dooel nuf sarlau suarl saoc kscp dac cic ike nyrt uu ctcp chup osoo
plt lllp srls khkhk shps kkt tmi pf hb ug eurl vof qpsc eireli pbc ulc kk yk ivs ks ky sf ohg ek ska spp bt zrt sapa sll shpk mchj htx
sal sae cio pllc opc spa epp mb ans oe'''.split())
FILLER = set('''grupo grupos groupe gruppo group groups holding holdings trading trade enterprise enterprises international internacional intl offshore incorporated
the of and de del la las los el al y e et du des van der von den und to by in on at for a an da do dos das di le les'''.split())
FILLER |= {re.sub(r'[^a-z0-9]', '', x) for x in LEGAL}
FILLER.discard('')


def key(s):
    return ' '.join(s.lower().split())


def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[\W_]+', ' ', s)
    out, run = [], ''
    for t in s.split():
        if len(t) == 1:
            run += t
        else:
            if run:
                out.append(run)
                run = ''
            out.append(t)
    if run:
        out.append(run)
    return ' '.join(out)


def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)


def fold_variants(s):
    f = full(s)
    c = core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    out.discard('')
    return out


def content_words(s):
    return [t for t in full(s).split() if t not in FILLER]


def is_narc(program):
    toks = set(re.findall(r'[A-Z0-9]+', program.upper()))
    return 'SDNT' in toks or 'SDNTK' in toks


def _rows(path):
    with open(path, newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            yield [x.strip() for x in r]


def _v(x):
    return '' if x == '-0-' else x


class Data:
    def __init__(self):
        d = DATA + '/ofac-sdn-2019/'
        self.sdn = {}
        for r in _rows(d + 'sdn.csv'):
            if len(r) < 4:
                continue
            ent = int(r[0])
            self.sdn[ent] = {'name': r[1], 'type': _v(r[2]), 'program': _v(r[3]), 'alts': []}
        for r in _rows(d + 'alt.csv'):
            if len(r) < 4:
                continue
            ent = int(r[0])
            if ent in self.sdn:
                self.sdn[ent]['alts'].append((int(r[1]), _v(r[2]), r[3]))
        self.addr = collections.defaultdict(list)
        for r in _rows(d + 'add.csv'):
            if len(r) < 5:
                continue
            self.addr[int(r[0])].append((_v(r[3]), _v(r[4])))
        self.csl = []
        with open(DATA + '/csl-sample/csl.csv', newline='', encoding='utf-8') as f:
            for r in csv.DictReader(f):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # strings: (text, owner, is_org)
        self.strings = []
        for ent, rec in self.sdn.items():
            org = rec['type'] != 'individual'
            self.strings.append((rec['name'], ('sdn', ent), org))
            for _, _, a in rec['alts']:
                self.strings.append((a, ('sdn', ent), org))
        for i, row in enumerate(self.csl):
            org = row['type'] != 'Individual'
            for n in row['names']:
                self.strings.append((n, ('csl', i), org))
        self.foldidx = collections.defaultdict(set)
        self.keyidx = collections.defaultdict(set)
        self.wordsets = collections.defaultdict(set)
        self.wordidx = collections.defaultdict(set)
        self.exact = set()
        self.tokorg = collections.defaultdict(set)
        for sid, (t, own, org) in enumerate(self.strings):
            for fv in fold_variants(t):
                self.foldidx[fv].add(own)
            self.keyidx[key(t)].add(own)
            cw = frozenset(content_words(t))
            if cw:
                self.wordsets[cw].add(own)
            for w in set(full(t).split()):
                self.wordidx[w].add(sid)
                if org:
                    self.tokorg[w].add(sid)
            self.exact.add(t)
            self.exact.add(t.upper())
        self.name_count = collections.Counter(r['name'] for r in self.sdn.values())
        self.place_toks = set()
        for ent, rows in self.addr.items():
            for city, country in rows:
                self.place_toks |= set(full(city).split()) | set(full(country).split())

    # ---- helpers
    def tok_count(self, w):
        return len(self.tokorg.get(w, ()))

    def tok_examples(self, w, n=3):
        ids = sorted(self.tokorg.get(w, ()))
        names = []
        for i in ids:
            t = self.strings[i][0]
            if t not in names:
                names.append(t)
            if len(names) == n:
                break
        return names

    def fold_hits(self, q, own=None):
        """owners (other than own) whose name/alias folds equal one of q's fold variants"""
        hits = set()
        for fv in fold_variants(q):
            hits |= self.foldidx.get(fv, set())
        if own is not None:
            hits.discard(own)
        return hits

    def wordset_hit(self, q, own=None):
        cw = frozenset(content_words(q))
        h = set(self.wordsets.get(cw, set()))
        if own is not None:
            h.discard(own)
        return h

    def subset_hit(self, q, own):
        ws = set(content_words(q))
        if not ws:
            return False
        sets = [self.wordidx.get(w, set()) for w in ws]
        common = set.intersection(*sets) if sets else set()
        return any(self.strings[i][1] != own for i in common)

    def city_of(self, ent):
        for city, country in self.addr.get(ent, []):
            if city:
                toks = [t for t in city.split() if not re.search(r'\d', t)]
                c = ' '.join(toks).strip(' ,')
                if len(c) > 30:
                    c = c.split(',')[0].strip()
                if c:
                    return c
        return ''

    def place(self, w):
        return w in self.place_toks

    def shared_words(self, q):
        out = []
        for w in full(q).split():
            if w in FILLER or w in [x[0] for x in out]:
                continue
            n = self.tok_count(w)
            if n:
                out.append((w, n, self.tok_examples(w)))
        return out

    # ---- pool
    def pool(self):
        alias_keys = collections.defaultdict(set)
        for ent, rec in self.sdn.items():
            for _, _, a in rec['alts']:
                alias_keys[key(a)].add(ent)
        csl_keys = set()
        for row in self.csl:
            for n in row['names']:
                csl_keys.add(key(n))
        out = {}
        for ent, rec in self.sdn.items():
            if rec['type'] != '' or self.name_count[rec['name']] != 1:
                continue
            k = key(rec['name'])
            if (alias_keys.get(k, set()) - {ent}) or k in csl_keys:
                continue
            bad = False
            for t in [rec['name']] + [a for _, _, a in rec['alts']]:
                if self.fold_hits(t, ('sdn', ent)):
                    bad = True
                    break
            if not bad:
                out[ent] = rec
        return out


def prior_files(extra=None):
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, N_PRIOR + 1)]
    paths = [os.path.join(BASE, n) for n in names]
    paths = [p for p in paths if os.path.exists(p)]
    if extra:
        paths.append(extra)
    return paths


def load_prior(data, extra=None):
    """returns (set of keys, set of full folds, Counter of uses per ent_num, number of files); never prints rows"""
    name2ent = {}
    for ent, rec in data.sdn.items():
        if data.name_count[rec['name']] == 1:
            name2ent[rec['name']] = ent
    keys, folds, uses = set(), set(), collections.Counter()
    paths = prior_files(extra)
    for p in paths:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q))
                folds.add(full(q))
                if r.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and r['expected'] in name2ent:
                        ents = {name2ent[r['expected']]}
                    for e in ents:
                        uses[e] += 1
    return keys, folds, uses, len(paths)


def level_ok(level, narc):
    lo = MIN_LEVEL_NARC if narc else MIN_LEVEL_OTHER
    return lo <= level <= MAX_LEVEL
