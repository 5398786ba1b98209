"""train94 tools: data loading, folds, earlier-set loader, pool and row rules (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SET_NAME = 'train94'
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"
# legal forms and filler words removed in the core fold
LEGAL = set('''sa sac saa sas sae sal srl sl sll slu ltda ltd limited llc lllp inc corp corporation co company companies
gmbh ag kg bv nv cv sc ca eu ei eirl rl cia plc fze fzco fzc fz llp lp pte pvt pty bhd sdn sarl spa lda oy ab as
ooo oao zao pao ao jsc cjsc ojsc pjsc wll ulc pllc cic dac ivs ans zrt too eood ou ug haftungsbeschrankt sti
ky tmi hb slf nuf vof ska kd jtd tov ltee slne npc yk sp spj j zs og ek sapa scop mmc mchj shps ctcp
pf ks tu oyj ohg bt ike et dooel shpk pk sh sau eireli spk sasu opc khkhk jdoo bvba uab scs s'''.split())
FILLER = set('''group groups grupo groupe holding holdings trading international intl offshore incorporated
the of and y e und de del la las los el le les du des da do dos das di der die den van von a an en in al at on by to for'''.split())
CORE_DROP = LEGAL | FILLER
SMALL = FILLER | set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())


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
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[\W_]+', ' ', s)
    return _join_singles(s.split())


def full(s):
    return ' '.join(full_tokens(s))


def core_tokens(s):
    return [t for t in full_tokens(s) if t not in CORE_DROP]


def core(s):
    return ' '.join(core_tokens(s))


def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return {x for x in out if x}


def has_latin(s):
    return any(('a' <= c.lower() <= 'z') for c in s)


def is_narc(program):
    return bool(re.search(r'\bSDNTK?\b', program))


def read_csv(path):
    with open(path, newline='', encoding='utf-8', errors='replace') as fh:
        for row in csv.reader(fh):
            yield [c.strip() for c in row]


class Data:
    def __init__(self):
        d = DATA + '/ofac-sdn-2019/'
        self.sdn = {}
        for r in read_csv(d + 'sdn.csv'):
            if len(r) < 4:
                continue
            self.sdn[r[0]] = {'ent': r[0], 'name': r[1], 'type': r[2], 'program': r[3]}
        self.alts = defaultdict(list)
        for r in read_csv(d + 'alt.csv'):
            if len(r) >= 4 and r[0] in self.sdn:
                self.alts[r[0]].append((r[2], r[3]))
        self.city = {}
        self.place_tokens = set()
        for r in read_csv(d + 'add.csv'):
            if len(r) < 5:
                continue
            for fld in (r[3], r[4]):
                if fld and fld != '-0-':
                    self.place_tokens.update(full_tokens(fld))
            c = r[3]
            if r[0] in self.sdn and r[0] not in self.city and c and c != '-0-':
                c = ' '.join(t for t in c.split() if not re.search(r'\d', t)).strip(' ,')
                if c:
                    self.city[r[0]] = c
        self.csl = []
        with open(DATA + '/csl-sample/csl.csv', newline='', encoding='utf-8', errors='replace') as fh:
            for r in csv.DictReader(fh):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        self._index()

    def _index(self):
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.exact = set()
        self.name_count = defaultdict(int)
        self.alias_names = set()
        self.word_strings = defaultdict(set)   # token -> ids of strings (subset rule)
        self.strings = []                      # (owner, token set)
        self.org_tok = defaultdict(set)        # token -> org name/alias strings
        for e in self.sdn.values():
            self.name_count[e['name']] += 1
        for ent, lst in self.alts.items():
            for _, a in lst:
                self.alias_names.add(a)

        def add(owner, s, is_org):
            for f in folds(s):
                self.fold_owner[f].add(owner)
            cs = frozenset(core_tokens(s))
            if cs:
                self.wordset_owner[cs].add(owner)
            self.exact.add(s); self.exact.add(s.upper())
            toks = set(full_tokens(s))
            sid = len(self.strings)
            self.strings.append((owner, toks))
            for t in toks:
                self.word_strings[t].add(sid)
                if is_org:
                    self.org_tok[t].add(s)
        for e in self.sdn.values():
            org = e['type'] != 'individual'
            add(e['ent'], e['name'], org)
            for _, a in self.alts[e['ent']]:
                add(e['ent'], a, org)
        for i, r in enumerate(self.csl):
            for n in r['names']:
                add('csl:%d' % i, n, r['type'] != 'Individual')

    def tok_count(self, w):
        return len(self.org_tok.get(w, ()))

    def shared_words(self, q):
        parts = []
        seen = []
        for t in full_tokens(q):
            if t in CORE_DROP or t in seen:
                continue
            seen.append(t)
            n = self.tok_count(t)
            if n:
                ex = sorted(self.org_tok[t])[:3]
                parts.append('%s (%d listed org %s, e.g. %s)' % (t, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(ex)))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def fold_hits(self, q, allow=()):
        hit = set()
        for f in folds(q):
            hit |= self.fold_owner.get(f, set())
        return hit - set(allow)

    def subset_hit(self, q, ent):
        toks = set(core_tokens(q))
        if not toks:
            return False
        ids = None
        for t in toks:
            s = self.word_strings.get(t, set())
            ids = s if ids is None else ids & s
            if not ids:
                return False
        return any(self.strings[i][0] != ent for i in ids)

    def pool(self):
        out = {}
        for e in self.sdn.values():
            if e['type'] != '-0-' or self.name_count[e['name']] != 1 or e['name'] in self.alias_names:
                continue
            ok = True
            for s in [e['name']] + [a for _, a in self.alts[e['ent']]]:
                if self.fold_hits(s, allow=(e['ent'],)):
                    ok = False; break
            if ok:
                out[e['ent']] = e
        return out


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 94)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]


def load_prior(data):
    """Returns (set of query keys, set of full folds, uses per ent_num, file count). Never returns rows."""
    keys, fulls, uses = set(), set(), defaultdict(int)
    by_name = {}
    for e in data.sdn.values():
        if data.name_count[e['name']] == 1:
            by_name[e['name']] = e['ent']
    files = prior_files()
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
                    ents = set(re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for e in ents:
                            uses[e] += 1
                    elif r['expected'] in by_name:
                        uses[by_name[r['expected']]] += 1
    return keys, fulls, uses, len(files)


NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<program>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
POS_KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
             'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NARC_KINDS = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_MUST_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form'}


class Rules:
    def __init__(self, data, prior, pool, script_ok):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior
        self.pool = pool
        self.script_ok = script_ok   # function(kind_variant_shape, query) -> list of errors

    def level(self, ent):
        return self.uses.get(ent, 0)

    def level_ok(self, e):
        lv = self.level(e['ent'])
        lo = MIN_LEVEL_NARC if is_narc(e['program']) else MIN_LEVEL_OTHER
        return lo <= lv <= MAX_LEVEL

    def pos_errors(self, kind, q, ent, shape=''):
        err = []
        e = self.pool.get(ent)
        if e is None:
            return ['target not in pool']
        if not self.level_ok(e):
            err.append('level %d out of range' % self.level(ent))
        name = e['name']
        if key(q) in self.keys:
            err.append('earlier key')
        if kind != 'script' and full(q) in self.fulls:
            err.append('earlier full fold')
        if kind == 'case':
            if q.lower() != name.lower() or q == name:
                err.append('not a pure case change')
        elif key(q) == key(name):
            err.append('equal to the name')
        if kind in FOLD_MUST_CHANGE and full(q) == full(name):
            err.append('fold unchanged')
        if kind == 'aka' and q not in [a for _, a in self.d.alts[ent]]:
            err.append('not an own alias')
        if kind not in ('messy', 'script') and self.d.fold_hits(q, allow=(ent,)):
            err.append('folds onto another record')
        if kind not in ('script', 'messy'):
            if not core_tokens(q):
                err.append('no content word')
            if not has_latin(q):
                err.append('no Latin letters')
        if kind == 'partial':
            if len([t for t in core_tokens(q) if len(t) >= 3]) < 2:
                err.append('partial: < 2 content words')
            if self.d.subset_hit(q, ent):
                err.append('partial: subset of another record')
        if kind == 'script':
            err += self.script_ok(shape, q)
        return err

    def neg_errors(self, cat, q):
        err = []
        if not q.strip():
            return ['empty']
        if key(q) in self.keys:
            err.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls:
            err.append('earlier full fold')
        if self.d.fold_hits(q):
            err.append('folds onto a listed name')
        cs = frozenset(core_tokens(q))
        if cs and cs in self.d.wordset_owner:
            err.append('word set of a listed name')
        if q in self.d.exact or q.upper() in self.d.exact:
            err.append('exact listed name')
        if cat == 'other_script' and has_latin(q):
            err.append('Latin letters in other_script')
        if cat == 'shares_one_word' and self.d.shared_words(q).startswith('shares no'):
            err.append('shares no word')
        return err
