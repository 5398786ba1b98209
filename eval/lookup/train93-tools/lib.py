"""train93 tools: data loading, folds, earlier-set loader, pool and rules (stdlib only)."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
EVAL = '/work/main/eval/lookup'
THIS = 93
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"
ARTICLES = set('the of and a an de del la las los el y e et da do dos das di du des le les al s en in for und van der den fur zu at on by to'.split())
LEGAL = set('''sa sas sac saa sadecv cv srl sarl sl sc scs snc sca spa ltd ltda llc lp llp plc inc corp corporation co cia compania
company companies limited gmbh ag kg ohg bv nv ab as asa oy oyj aps ooo oao zao pao ao ojsc cjsc jsc pjsc fze fzco fzc fzllc wll est
pte pvt sdn bhd tbk pt jv kft zrt nyrt doo dd ad ead ood eood sro spzoo zoo sal sae ltee eirl eireli rl spr sprl ca eu sapi ei
se sae pllc ulc cic dac ivs ans ou too ug haftungsbeschrankt sti jdoo bvba uab ike shpk dooel vos ks ps gk tnhh sasu eurl kb
ky tmi hb slf nuf vof ska kd jtd tov slne npc yk sp spj j zs og ek sapa slu scop mmc mchj shps ctcp lllp'''.split())
GROUPISH = set('group groups grupo gruppo holding holdings trading international intl offshore incorporated'.split())
FILLER = ARTICLES | LEGAL | GROUPISH

def key(s):
    return ' '.join(s.lower().split())

def _join_singles(toks):
    out, run = [], []
    for t in toks:
        if len(t) == 1:
            run.append(t)
        else:
            if run:
                out.append(''.join(run) if len(run) > 1 else run[0]); run = []
            out.append(t)
    if run:
        out.append(''.join(run) if len(run) > 1 else run[0])
    return out

def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
    return ' '.join(_join_singles(s.split()))

def core(s):
    return ' '.join(t for t in full(s).split() if t not in FILLER)

def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', ''), c, c.replace(' ', '')}
    out.discard('')
    return out

def content_words(s):
    return frozenset(core(s).split())

def has_latin(s):
    return any(('a' <= c.lower() <= 'z') or (c.isalpha() and 'LATIN' in unicodedata.name(c, '')) for c in s)

def is_narc(program):
    toks = re.findall(r'[A-Z0-9-]+', program.upper())
    return 'SDNT' in toks or 'SDNTK' in toks

def _v(x):
    x = x.strip()
    return '' if x == '-0-' else x

class Data:
    def __init__(self):
        self.sdn = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                ent = int(r[0]); self.sdn[ent] = {'ent': ent, 'name': r[1].strip(), 'type': _v(r[2]), 'program': _v(r[3]), 'aliases': []}
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4: continue
                ent = int(r[0])
                if ent in self.sdn:
                    self.sdn[ent]['aliases'].append((_v(r[2]), r[3].strip()))
        self.city = {}; self.place_tokens = set()
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5: continue
                ent = int(r[0]); cs = _v(r[3]); ctry = _v(r[4])
                for t in full(cs + ' ' + ctry).split():
                    self.place_tokens.add(t)
                if ent not in self.city:
                    c = ' '.join(t for t in cs.split() if not any(ch.isdigit() for ch in t)).strip(' ,')
                    self.city[ent] = c
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # indexes
        self.fold_owners = defaultdict(set); self.wordset_owners = defaultdict(set)
        self.word_strs = defaultdict(set); self.str_words = []; self.str_owner = []
        self.exact = set(); self.org_tok = defaultdict(list)
        def add(owner, s, org):
            for fo in folds(s):
                self.fold_owners[fo].add(owner)
            ws = content_words(s)
            if ws:
                self.wordset_owners[ws].add(owner)
                sid = len(self.str_words); self.str_words.append(ws); self.str_owner.append(owner)
                for w in ws: self.word_strs[w].add(sid)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in dict.fromkeys(full(s).split()):
                    if s not in self.org_tok[t]: self.org_tok[t].append(s)
        for ent, e in self.sdn.items():
            org = e['type'].lower() != 'individual'
            add(('sdn', ent), e['name'], org)
            for _, a in e['aliases']: add(('sdn', ent), a, org)
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for n in c['names']: add(('csl', i), n, org)
        self.name_count = Counter(e['name'] for e in self.sdn.values())
        self.alias_keys = set(a.upper() for e in self.sdn.values() for _, a in e['aliases'])
        self.by_name = {e['name']: e for e in self.sdn.values() if self.name_count[e['name']] == 1}

    def tok_count(self, w):
        return len(self.org_tok.get(w, []))

    def fold_hits_other(self, s, owner):
        return sorted({o for fo in folds(s) for o in self.fold_owners.get(fo, ()) if o != owner}, key=str)

    def subset_hit(self, words, owner):
        words = list(words)
        if not words: return False
        sids = None
        for w in words:
            st = self.word_strs.get(w, set())
            sids = set(st) if sids is None else sids & st
            if not sids: return False
        return any(self.str_owner[i] != owner for i in sids)

    def shared_words(self, q):
        parts = []
        for t in dict.fromkeys(full(q).split()):
            if t in FILLER: continue
            lst = self.org_tok.get(t)
            if not lst: continue
            n = len(lst)
            parts.append('%s (%d listed org %s, e.g. %s)' % (t, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(lst[:3])))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'

    def pool(self):
        out = {}
        for ent, e in self.sdn.items():
            if e['type'] != '': continue
            if self.name_count[e['name']] != 1 or e['name'].upper() in self.alias_keys: continue
            bad = False
            for s in [e['name']] + [a for _, a in e['aliases']]:
                if self.fold_hits_other(s, ('sdn', ent)): bad = True; break
            if not bad: out[ent] = e
        return out

def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, THIS)]
    return [os.path.join(EVAL, n) for n in names if os.path.exists(os.path.join(EVAL, n))]

def load_prior(data, files=None):
    """Returns (set of query keys, set of full folds, Counter uses per ent, file count). Never returns rows."""
    keys, fulls, uses = set(), set(), Counter()
    files = files if files is not None else prior_files()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is not None:
                    ents = set(int(x) for x in re.findall(r'ent_num\s*(\d+)', r.get('notes') or ''))
                    if ents:
                        for x in ents: uses[x] += 1
                    elif r['expected'] in data.by_name:
                        uses[data.by_name[r['expected']]['ent']] += 1
    return keys, fulls, uses, len(files)

def level_ok(e, lvl):
    lo = MIN_LEVEL_NARC if is_narc(e['program']) else MIN_LEVEL_OTHER
    return lo <= lvl <= MAX_LEVEL

NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
MIXED = {'abbreviation'}
POS_KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
             'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}

class Rules:
    def __init__(self, data, prior, pool):
        self.d = data; self.keys, self.fulls, self.uses, self.nfiles = prior; self.pool = pool

    def level(self, ent):
        return self.uses.get(ent, 0)

    def pos_errors(self, q, kind, ent, script_ok=None):
        d, errs = self.d, []
        if ent not in self.pool: return ['not a pool entity']
        e = self.pool[ent]; name = e['name']
        if not level_ok(e, self.level(ent)): errs.append('level %d out of range' % self.level(ent))
        if key(q) in self.keys: errs.append('earlier key')
        if kind != 'script' and full(q) in self.fulls: errs.append('earlier full fold')
        if kind == 'case':
            if not (q.lower() == name.lower() and q != name): errs.append('not a pure case change')
        elif q == name: errs.append('equals name')
        if kind in FOLD_CHANGE and full(q) == full(name): errs.append('fold unchanged')
        if kind == 'aka' and q not in [a for _, a in e['aliases']]: errs.append('not own alias')
        if kind not in ('messy', 'script') and d.fold_hits_other(q, ('sdn', ent)): errs.append('folds onto another record')
        if kind not in ('messy', 'script'):
            if not core(q): errs.append('no content word')
            if not has_latin(q): errs.append('no Latin letters')
        if kind == 'partial':
            cw = [w for w in content_words(q) if len(w) >= 3]
            if len(cw) < 2: errs.append('partial < 2 content words')
            if d.subset_hit(content_words(q), ('sdn', ent)): errs.append('subset of another record')
        if kind == 'script':
            if has_latin(q): errs.append('Latin letters in script row')
            if script_ok and not all(c == ' ' or script_ok(c) for c in q): errs.append('foreign code points')
        return errs

    def neg_errors(self, q, cat):
        d, errs = self.d, []
        if key(q) in self.keys: errs.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls: errs.append('earlier full fold')
        if any(d.fold_owners.get(fo) for fo in folds(q)): errs.append('folds onto a listed name')
        if content_words(q) and d.wordset_owners.get(content_words(q)): errs.append('word set of a listed name')
        if q in d.exact or q.upper() in d.exact: errs.append('exact listed name')
        if cat == 'other_script' and has_latin(q): errs.append('Latin letters')
        if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'): errs.append('shares no word')
        return errs

def load_all():
    d = Data(); prior = load_prior(d); pool = d.pool()
    return d, prior, pool, Rules(d, prior, pool)
