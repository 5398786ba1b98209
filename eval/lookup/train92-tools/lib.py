"""train92 tools: data loading, folds, earlier-set loader, pool and rules. Written from scratch for train92."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
EVAL = '/work/main/eval/lookup'
SET_FILE = os.path.join(EVAL, 'train92.jsonl')
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62
SEED = 92

POS_KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
             'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
MIXED = {'abbreviation'}  # at most 2 narcotics
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
               'punctuation', 'legal_form'}

# legal / filler words removed by the core fold
LEGAL = set('''company co corp corporation inc incorporated ltd limited llc plc sa sas sac saa srl sl spa gmbh ag kg bv nv
ltda cia cv rl sc scs snc sapi eirl eireli sprl fze fzco fzc fzllc llp lp pte pty pvt jsc ojsc cjsc pjsc ooo oao zao pao ao
sal sarl wll ca ab oy as asa aps kft bt zrt oyj sdn bhd pt lllp ehf spj sia mb dno ike shpk dooel vos ks ps gk tnhh sasu eurl
kb ou eood too ans ivs dac cic pllc ulc ug haftungsbeschrankt sti jdoo bvba uab spr se sae
ky tmi hb slf nuf vof ska kd jtd tov ltee slne npc yk
compania compagnie companhia cie eu'''.split())
FILLER = set('''group grupo groupe gruppo holding holdings trading the of and y e et und di da do dos das du des de del la las los
el le les a an for en in s al international intl companies offshore'''.split())
CORE_DROP = LEGAL | FILLER
# tokens never counted in shared-word notes
NOTE_DROP = CORE_DROP

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"


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
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
    return _join_singles(s.split())


def full(s):
    return ' '.join(full_tokens(s))


def core_tokens(s):
    return [t for t in full_tokens(s) if t not in CORE_DROP]


def core(s):
    return ' '.join(core_tokens(s))


def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', ''), c, c.replace(' ', '')}
    out.discard('')
    return out


def has_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if 'LATIN' in unicodedata.name(c):
                    return True
            except ValueError:
                pass
    return False


def is_narc(program):
    toks = set(re.findall(r'[A-Z0-9-]+', program.upper()))
    return 'SDNT' in toks or 'SDNTK' in toks


def _clean(v):
    v = v.strip()
    return '' if v == '-0-' else v


class Data:
    def __init__(self):
        self.sdn = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0])
                self.sdn[e] = {'ent': e, 'name': r[1].strip(), 'type': _clean(r[2]), 'program': _clean(r[3])}
        self.alts = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0])
                self.alts[e].append((_clean(r[2]), r[3].strip()))
        self.city = {}
        self.place_tokens = set()
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5:
                    continue
                e = int(r[0])
                cty, ctry = _clean(r[3]), _clean(r[4])
                self.place_tokens.update(full_tokens(cty)); self.place_tokens.update(full_tokens(ctry))
                if e not in self.city:
                    c = ' '.join(t for t in cty.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                    self.city[e] = c
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for i, r in enumerate(csv.DictReader(f)):
                names = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append({'id': 'csl%d' % i, 'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # indexes
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.exact = set()
        self.strings = []  # (owner, string, is_org)
        name_count = Counter(r['name'] for r in self.sdn.values())
        self.alias_strings = set()
        for e, r in self.sdn.items():
            org = r['type'].lower() != 'individual'
            self.strings.append((e, r['name'], org))
            for t, a in self.alts[e]:
                self.strings.append((e, a, org)); self.alias_strings.add(a)
        for c in self.csl:
            org = c['type'] != 'Individual'
            for n in c['names']:
                self.strings.append((c['id'], n, org))
        self.owner_wordsets = defaultdict(list)
        self.tok_orgs = defaultdict(list)
        for o, s, org in self.strings:
            for fo in folds(s):
                self.fold_owner[fo].add(o)
            ws = frozenset(core_tokens(s))
            if ws:
                self.wordset_owner[ws].add(o)
                self.owner_wordsets[o].append(ws)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(full_tokens(s)):
                    self.tok_orgs[t].append(s)
        self.word_index = defaultdict(set)  # token -> owners (for subset rule)
        for o, lst in self.owner_wordsets.items():
            for ws in lst:
                for t in ws:
                    self.word_index[t].add(o)
        # pool
        self.pool = []
        for e, r in self.sdn.items():
            if r['type'] != '' or name_count[r['name']] != 1 or r['name'] in self.alias_strings:
                continue
            ok = True
            for s in [r['name']] + [a for _, a in self.alts[e]]:
                for fo in folds(s):
                    if self.fold_owner[fo] - {e}:
                        ok = False; break
                if not ok:
                    break
            if ok:
                self.pool.append(e)
        self.pool_set = set(self.pool)
        self.by_name = {r['name']: e for e, r in self.sdn.items() if name_count[r['name']] == 1}

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, []))

    def shared_words(self, q):
        parts = []
        seen = []
        for t in full_tokens(q):
            if t in NOTE_DROP or t in seen:
                continue
            seen.append(t)
            lst = self.tok_orgs.get(t)
            if not lst:
                continue
            ex = ' | '.join(sorted(set(lst))[:3])
            n = len(lst)
            parts.append('%s (%d listed org %s, e.g. %s)' % (t, n, 'name/alias' if n == 1 else 'names/aliases', ex))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def subset_hit(self, q, target):
        ws = set(core_tokens(q))
        if not ws:
            return False
        cands = None
        for t in ws:
            s = self.word_index.get(t, set())
            cands = set(s) if cands is None else cands & s
            if not cands:
                return False
        for o in cands - {target}:
            for w in self.owner_wordsets[o]:
                if ws <= w:
                    return True
        return False


def load_prior(data):
    """Earlier sets, read only into keys, full folds and per-entity use counts. Never prints a row."""
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 92)]
    keys, fulls, uses, nfiles = set(), set(), Counter(), 0
    for n in names:
        p = os.path.join(EVAL, n)
        if not os.path.exists(p):
            continue
        nfiles += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    r = json.loads(line)
                except ValueError:
                    continue
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                exp = r.get('expected')
                if exp:
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for x in ents:
                            uses[x] += 1
                    elif exp in data.by_name:
                        uses[data.by_name[exp]] += 1
    return keys, fulls, uses, nfiles


NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<program>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')


class Rules:
    def __init__(self, data, prior):
        self.d = data
        self.keys, self.fulls, self.uses, self.nfiles = prior

    def level(self, e):
        return self.uses.get(e, 0)

    def level_ok(self, e):
        lv = self.level(e)
        lo = MIN_LEVEL_NARC if is_narc(self.d.sdn[e]['program']) else MIN_LEVEL_OTHER
        return lo <= lv <= MAX_LEVEL

    def pos_errors(self, q, kind, e):
        d = self.d
        err = []
        r = d.sdn.get(e)
        if r is None or e not in d.pool_set:
            return ['target not in pool']
        name = r['name']
        if not self.level_ok(e):
            err.append('level %d out of range' % self.level(e))
        if not q.strip():
            err.append('empty query')
        if key(q) in self.keys:
            err.append('earlier key')
        if kind != 'script' and full(q) in self.fulls:
            err.append('earlier full fold')
        if kind == 'case':
            if q == name or q.lower() != name.lower():
                err.append('not a pure case change')
        elif q == name:
            err.append('equals name')
        if kind in FOLD_CHANGE and full(q) == full(name):
            err.append('fold unchanged')
        if kind == 'aka' and q not in [a for _, a in d.alts[e]]:
            err.append('not an own alias')
        if kind not in ('messy', 'script'):
            for fo in folds(q):
                if d.fold_owner.get(fo, set()) - {e}:
                    err.append('folds onto another record'); break
            if not core_tokens(q):
                err.append('no content word')
            if not has_latin(q):
                err.append('no Latin letters')
        if kind == 'partial':
            cw = [t for t in core_tokens(q) if len(t) >= 3]
            if len(cw) < 2:
                err.append('partial: < 2 content words')
            if d.subset_hit(q, e):
                err.append('partial: subset of another record')
        if kind == 'script' and has_latin(q):
            err.append('script: Latin letters')
        return err

    def neg_errors(self, q, cat):
        d = self.d
        err = []
        if not q.strip():
            err.append('empty query')
        if key(q) in self.keys:
            err.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls:
            err.append('earlier full fold')
        for fo in folds(q):
            if fo in d.fold_owner:
                err.append('folds onto a listed name'); break
        ws = frozenset(core_tokens(q))
        if ws and ws in d.wordset_owner:
            err.append('word set of a listed name')
        if q in d.exact or q.upper() in d.exact:
            err.append('exact listed name')
        if cat == 'other_script' and has_latin(q):
            err.append('other_script: Latin letters')
        if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'):
            err.append('shares_one_word: shares no word')
        return err


def load_set(path=SET_FILE):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows
