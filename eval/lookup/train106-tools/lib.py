"""train106 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
THIS = 'train106'
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

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
    return ' '.join(out)

LEGAL_FORMS = set('''sa sas ltda ltd co inc llc corp corporation company limited cv rl gmbh sl srl sc eu cia plc fze fzco fzc
jsc ojsc cjsc pjsc oao zao ooo pao pte pvt sdn bhd ag spa sarl bv nv kg sprl sae sal sac saic ca lda as ab oy oyj aps kft doo
dd ad sro llp lp pty scs sca snc sapi sab cxa ltee sen cs sapa saa bsc wll fz spr sci ae epe cia ltdo sacv srlcv spcv
osk ps nuf ek sasu sgps ike sti dooel saog osoo chup nyrt dno cic pllc npc ehf bt jdoo vos ska mb ik tu gk opc pfa prat jdmm
slf ivs ans ky ef tnhh tbk shpk too mmc mchj oe koll sagl ks spy
khkhk shps eood kkt tmi pf hb ug eurl vof eirl qpsc eireli pbc ulc'''.split())
ARTICLES = set('''the a an of and y e et und de del la las los el al le les da do dos das di du des van der von den to by
in on at for'''.split())
GROUPISH = set('''group grupo groupe holding holdings trading international internacional intl offshore incorporated
enterprise enterprises'''.split())
FILLER = LEGAL_FORMS | ARTICLES | GROUPISH
SMALL = FILLER | set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into o'.split())

def content(tokens):
    return [t for t in tokens if t not in FILLER]

def core(s):
    return ' '.join(content(full(s).split()))

def folds(s):
    f = full(s); c = core(s)
    out = {f, f.replace(' ', ''), c, c.replace(' ', '')}
    out.discard('')
    return out

def load_sdn():
    ents = {}
    with open(os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv'), newline='', encoding='utf-8') as fh:
        for r in csv.reader(fh):
            if len(r) < 4:
                continue
            e = int(r[0])
            ents[e] = {'ent': e, 'name': r[1].strip(), 'type': r[2].strip(), 'program': r[3].strip()}
    alts = defaultdict(list)
    with open(os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv'), newline='', encoding='utf-8') as fh:
        for r in csv.reader(fh):
            if len(r) < 4:
                continue
            alts[int(r[0])].append({'alt_num': int(r[1]), 'type': r[2].strip(), 'name': r[3].strip()})
    adds = defaultdict(list)
    with open(os.path.join(DATA, 'ofac-sdn-2019', 'add.csv'), newline='', encoding='utf-8') as fh:
        for r in csv.reader(fh):
            if len(r) < 5:
                continue
            adds[int(r[0])].append({'address': r[2].strip(), 'city': r[3].strip(), 'country': r[4].strip()})
    return ents, alts, adds

def load_csl():
    rows = []
    with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), newline='', encoding='utf-8') as fh:
        rd = csv.DictReader(fh)
        for r in rd:
            names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
            rows.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
    return rows

def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 106)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]

ENT_RE = re.compile(r'ent_num (\d+)')

def load_prior(name_to_ent, extra=None):
    """Returns (keys, fulls, uses, nfiles). Prints nothing; never exposes a row."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files() + (list(extra) if extra else [])
    for p in files:
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                exp = r.get('expected')
                if exp:
                    ids = set(int(x) for x in ENT_RE.findall(r.get('notes') or ''))
                    if ids:
                        for i in ids:
                            uses[i] += 1
                    elif exp in name_to_ent:
                        uses[name_to_ent[exp]] += 1
    return keys, fulls, uses, len(files)

def is_narc(program):
    toks = set(re.findall(r'[A-Z0-9-]+', program))
    return 'SDNT' in toks or 'SDNTK' in toks

def has_latin(s):
    return any(('a' <= c.lower() <= 'z') or (c.isalpha() and 'LATIN' in unicodedata.name(c, '')) for c in s)

class Data:
    def __init__(self, extra_prior=None):
        self.ents, self.alts, self.adds = load_sdn()
        self.csl = load_csl()
        cnt = Counter(key(e['name']) for e in self.ents.values())
        self.name_to_ent = {}
        for e in self.ents.values():
            if cnt[key(e['name'])] == 1:
                self.name_to_ent[e['name']] = e['ent']
        self.prior_keys, self.prior_full, self.uses, self.nfiles = load_prior(self.name_to_ent, extra_prior)
        # records: ('s', ent) or ('c', i)
        self.strings = []  # (owner, text, is_org)
        for e in self.ents.values():
            org = e['type'] != 'individual'
            self.strings.append((('s', e['ent']), e['name'], org))
            for a in self.alts.get(e['ent'], []):
                self.strings.append((('s', e['ent']), a['name'], org))
        for i, r in enumerate(self.csl):
            org = r['type'] != 'Individual'
            for n in r['names']:
                self.strings.append((('c', i), n, org))
        self.fold_owner = defaultdict(set)
        self.key_owner = defaultdict(set)
        self.exact = set()
        self.word_sids = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.tok_orgs = defaultdict(list)
        self.sid_words = []
        for sid, (own, text, org) in enumerate(self.strings):
            for f in folds(text):
                self.fold_owner[f].add(own)
            self.key_owner[key(text)].add(own)
            self.exact.add(text); self.exact.add(text.upper())
            ws = frozenset(content(full(text).split()))
            self.sid_words.append(ws)
            if ws:
                self.wordset_owner[ws].add(own)
            for w in ws:
                self.word_sids[w].add(sid)
            if org:
                for t in set(full(text).split()):
                    self.tok_orgs[t].append(text)
        # places
        self.place = set()
        self.city_of = {}
        for e, rows in self.adds.items():
            for r in rows:
                for fld in (r['city'], r['country']):
                    if fld and fld != '-0-':
                        self.place.update(full(re.sub(r'\d', ' ', fld)).split())
            for r in rows:
                c = r['city']
                if c and c != '-0-':
                    c = re.sub(r'\S*\d\S*', ' ', c)
                    c = ' '.join(c.split()).strip(' ,')
                    if len(c) > 30:
                        c = c.split(',')[0].strip()
                    if c and re.search(r'[A-Za-z]', c):
                        self.city_of[e] = c
                        break
        self._pool = None

    def level(self, ent):
        return self.uses.get(ent, 0)

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, []))

    def fold_hits(self, q, exclude=None):
        own = set()
        for f in folds(q):
            own |= self.fold_owner.get(f, set())
        if exclude is not None:
            own.discard(('s', exclude))
        return own

    def wordset_hit(self, q, exclude=None):
        ws = frozenset(content(full(q).split()))
        own = set(self.wordset_owner.get(ws, set()))
        if exclude is not None:
            own.discard(('s', exclude))
        return own

    def subset_hit(self, q, exclude):
        ws = content(full(q).split())
        if not ws:
            return set()
        sids = None
        for w in ws:
            s = self.word_sids.get(w, set())
            sids = set(s) if sids is None else sids & s
            if not sids:
                return set()
        own = set(self.strings[i][0] for i in sids)
        own.discard(('s', exclude))
        return own

    def shared_words(self, q):
        out = []
        seen = set()
        for w in content(full(q).split()):
            if w in seen:
                continue
            seen.add(w)
            n = self.tok_count(w)
            if n:
                ex = sorted(set(self.tok_orgs[w]))[:3]
                out.append((w, n, ex))
        return out

    def pool(self):
        if self._pool is not None:
            return self._pool
        alias_keys = defaultdict(set)
        for own, text, org in self.strings:
            alias_keys[key(text)].add(own)
        pool = {}
        for e in self.ents.values():
            if e['type'] != '-0-' or e['name'] not in self.name_to_ent:
                continue
            me = ('s', e['ent'])
            if alias_keys[key(e['name'])] - {me}:
                continue
            texts = [e['name']] + [a['name'] for a in self.alts.get(e['ent'], [])]
            bad = False
            for t in texts:
                for f in folds(t):
                    if self.fold_owner[f] - {me}:
                        bad = True; break
                if bad:
                    break
            if bad:
                continue
            pool[e['ent']] = e
        self._pool = pool
        return pool

def level_ok(d, ent):
    e = d.ents[ent]
    lv = d.level(ent)
    lo = MIN_LEVEL_NARC if is_narc(e['program']) else MIN_LEVEL_OTHER
    return lo <= lv <= MAX_LEVEL
