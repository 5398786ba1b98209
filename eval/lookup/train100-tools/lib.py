"""Data loading, folds, earlier-set loader, pool and levels for lookup-train100 (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"
LEGAL = set('''sa sas ltda ltd limited co company inc corp corporation llc gmbh ag sac srl cv rl spr cia cs sl bv nv plc
pte pvt ooo zao oao pjsc jsc fze fzco llp lp kg oy ab as sarl spa sprl sc scs ca eu doo sro pty kk se cjsc ojsc jv est
wll sal ao pao tov too uab mmc ks sgps slne scop partg mbb og ehf nuf tmi shps mchj zrt spj ivs hb oyj eirl eireli suarl
sdn bhd lllp et eg eurl khkhk zs dooel mb sau ulc cic dac nl vos ay ans osoo chup ike sapa ek hj fz lc pc sapi
jdoo ska uu ik kkt snc ad commv secs slf jdmm ics gk opc bt kd'''.split())
FILLER = set('''group grupo gruppo groupe holding holdings trading trade enterprise enterprises international internacional
intl offshore incorporated the of and a an de del la las los el al le les du des di da do dos das y e et und van der den
von for in on at to by en para con por'''.split()) | LEGAL


def strip_marks(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.category(c).startswith('M'))


def key(s):
    return ' '.join(s.lower().split())


def full(s):
    s = strip_marks(s).lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
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
    return ' '.join(t for t in full(s).split() if t not in FILLER)


def fold_variants(s):
    f, c = full(s), core(s)
    return {v for v in (f, c, f.replace(' ', ''), c.replace(' ', '')) if v}


def has_latin(s):
    return any(('a' <= ch.lower() <= 'z') or (ch.isalpha() and 'LATIN' in unicodedata.name(ch, '')) for ch in s)


def content_words(s):
    return [t for t in full(s).split() if t not in FILLER and any(ch.isalpha() for ch in t)]


def is_narc(program):
    toks = set(re.split(r'[^A-Z0-9]+', program.upper()))
    return 'SDNT' in toks or 'SDNTK' in toks


def _clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


class Record:
    __slots__ = ('ent', 'name', 'type', 'program', 'aliases', 'addresses')

    def __init__(self, ent, name, typ, program):
        self.ent, self.name, self.type, self.program = ent, name, typ, program
        self.aliases, self.addresses = [], []

    @property
    def narc(self):
        return is_narc(self.program)


class Data:
    def __init__(self):
        self.recs = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for row in csv.reader(fh):
                if len(row) < 4:
                    continue
                ent = int(row[0].strip())
                self.recs[ent] = Record(ent, row[1].strip(), _clean(row[2]), _clean(row[3]))
        self.alt = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for row in csv.reader(fh):
                if len(row) < 4:
                    continue
                ent, an = int(row[0].strip()), int(row[1].strip())
                if ent in self.recs:
                    self.recs[ent].aliases.append((an, _clean(row[2]), row[3].strip()))
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for row in csv.reader(fh):
                if len(row) < 5:
                    continue
                ent = int(row[0].strip())
                if ent in self.recs:
                    self.recs[ent].addresses.append((_clean(row[3]), _clean(row[4])))
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace', newline='') as fh:
            for row in csv.DictReader(fh):
                names = [(row.get('name') or '').strip()]
                names += [a.strip() for a in (row.get('alt_names') or '').split(';')]
                self.csl.append(((row.get('type') or '').strip(), [n for n in names if n]))
        # indexes
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_strings = defaultdict(set)
        self.exact = set()
        self.tok_names = defaultdict(set)
        self.strings = []
        name_count = defaultdict(int)
        for r in self.recs.values():
            name_count[key(r.name)] += 1
        self.alias_keys = set()
        for r in self.recs.values():
            for _, _, a in r.aliases:
                self.alias_keys.add(key(a))

        def add(owner, s, is_org):
            sid = len(self.strings)
            self.strings.append(s)
            for v in fold_variants(s):
                self.fold_owner[v].add(owner)
            cw = frozenset(content_words(s))
            if cw:
                self.wordset_owner[cw].add(owner)
            for w in set(full(s).split()):
                self.word_strings[w].add((owner, sid))
            self.exact.add(s); self.exact.add(s.upper())
            if is_org:
                for w in set(full(s).split()):
                    if w not in FILLER:
                        self.tok_names[w].add(s)
        for r in self.recs.values():
            is_org = r.type.lower() != 'individual'
            add(('S', r.ent), r.name, is_org)
            for _, _, a in r.aliases:
                add(('S', r.ent), a, is_org)
        for i, (typ, names) in enumerate(self.csl):
            for n in names:
                add(('C', i), n, typ != 'Individual')
        self.name_count = name_count
        # places
        self.place = set()
        for r in self.recs.values():
            for c, k in r.addresses:
                for t in full(c).split() + full(k).split():
                    if not any(ch.isdigit() for ch in t):
                        self.place.add(t)

    def city(self, ent):
        r = self.recs[ent]
        if not r.addresses:
            return ''
        c = r.addresses[0][0]
        c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
        if len(c) > 30:
            c = c.split(',')[0].strip()
        return c

    def fold_hits(self, s, ent=None):
        owners = set()
        for v in fold_variants(s):
            owners |= self.fold_owner.get(v, set())
        if ent is not None:
            owners.discard(('S', ent))
        return owners

    def wordset_hit(self, s):
        return bool(self.wordset_owner.get(frozenset(content_words(s))))

    def subset_hit(self, words, ent):
        """True if all words occur together in one name/alias string of another record."""
        sets = [self.word_strings.get(w, set()) for w in words]
        if not sets or any(not s for s in sets):
            return False
        common = set.intersection(*sets)
        return any(o != ('S', ent) for o, _ in common)

    def tok_count(self, w):
        return len(self.tok_names.get(w, ()))

    def shared_words(self, s):
        out = []
        seen = set()
        for w in full(s).split():
            if w in FILLER or w in seen:
                continue
            seen.add(w)
            n = self.tok_count(w)
            if n:
                ex = sorted(self.tok_names[w])[:3]
                out.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(ex)))
        if not out:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(out)

    def pool(self):
        pool = {}
        for r in self.recs.values():
            if r.type != '' or self.name_count[key(r.name)] != 1 or key(r.name) in self.alias_keys:
                continue
            ok = True
            for s in [r.name] + [a for _, _, a in r.aliases]:
                if self.fold_hits(s, r.ent):
                    ok = False; break
            if ok:
                pool[r.ent] = r
        return pool


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 100)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]


def load_prior(data, files=None):
    """Return (keys, fulls, uses per ent_num, file count); never prints a row."""
    files = prior_files() if files is None else files
    keys, fulls, uses = set(), set(), defaultdict(int)
    by_name = defaultdict(list)
    for r in data.recs.values():
        by_name[r.name].append(r.ent)
    for fn in files:
        with open(fn, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                row = json.loads(line)
                q = row.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if row.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', row.get('notes') or ''))
                    if not ents and len(by_name.get(row['expected'], [])) == 1:
                        ents = {by_name[row['expected']][0]}
                    for e in ents:
                        uses[e] += 1
    return keys, fulls, uses, len(files)


def level_ok(rec, level):
    lo = MIN_LEVEL_NARC if rec.narc else MIN_LEVEL_OTHER
    return lo <= level <= MAX_LEVEL
