"""train89 helpers: data, folds, earlier-set loader, pool, rules. Standard library only."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter
D = '/work/shared/data/'
EV = '/work/main/eval/lookup/'
MIN_LEVEL_NARC, MIN_LEVEL_OTHER, MAX_LEVEL, NARC_CAP = 4, 5, 7, 62
APOS = "'\u2019\u2018`\u02bc\u02bb"
NEW_FORMS = ['ehf', 'spj', 'sia', 'mb', 'kft', 'bt', 'dno', 'as', 'oyj', 'sdn', 'bhd', 'pt', 'lllp', 'asa', 'sc']
LEGAL = set('''s a sa sas sac srl sl ltd ltda limited llc inc corp corporation co company cia gmbh ag bv nv plc pjsc ojsc cjsc jsc ooo oao zao pao ao
llp lp cv de rl sapi sau scs sca sccl ei eirl eireli ci sprl ead pjs est wll bsc fz fze fzco fzc fzllc doo dd ad ab oy kk kg ohg sp zoo spa sarl
spr sae sal pvt pte bhd sdn tbk pt jv sro as aps eood ou zrt mchj mmc osoo ans jdoo saog ggmbh pllc kgaa eu og ky tmi hb sce sapa sll l3c pbc kd khkhk ska ewiv
dooel too tov dac cic ivs vos eg gk ca se nl ltda. en y cv'''.split()) | set(NEW_FORMS)
FILLER = LEGAL | set('''group grupo international internacional holding holdings trading establishment enterprise enterprises corporation company
the and of de y for al el la del los las le les des du di da do e et und van der den a an'''.split())
NARC_TOK = {'SDNT', 'SDNTK'}

def key(s): return ' '.join(s.lower().split())
def full(s):
    t = unicodedata.normalize('NFKD', s)
    t = ''.join(c for c in t if not unicodedata.category(c).startswith('M')).lower()
    for a in APOS: t = t.replace(a, '')
    t = t.replace('&', ' and ').replace('+', ' and ')
    t = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in t)
    toks, out, run = t.split(), [], ''
    for w in toks:
        if len(w) == 1: run += w
        else:
            if run: out.append(run); run = ''
            out.append(w)
    if run: out.append(run)
    return ' '.join(out)
def core(s): return ' '.join(w for w in full(s).split() if w not in FILLER)
def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, c, f.replace(' ', ''), c.replace(' ', '')) if x}
def content_words(s): return [w for w in full(s).split() if w not in FILLER]
def is_narc(prog): return bool(set(re.split(r'[\]\[\s]+', prog)) & NARC_TOK)

def rd(path):
    with open(path, newline='', encoding='utf-8', errors='replace') as f:
        return list(csv.reader(f))
def cl(x):
    x = x.strip()
    return '' if x == '-0-' else x

class Data:
    def __init__(self):
        self.sdn = {}
        for r in rd(D + 'ofac-sdn-2019/sdn.csv'):
            if len(r) < 4: continue
            self.sdn[int(r[0])] = dict(name=r[1].strip(), type=cl(r[2]), prog=cl(r[3]))
        self.alts = defaultdict(list)
        for r in rd(D + 'ofac-sdn-2019/alt.csv'):
            if len(r) < 4: continue
            e = int(r[0])
            if e in self.sdn: self.alts[e].append(r[3].strip())
        self.city, self.place_tokens = {}, set()
        for r in rd(D + 'ofac-sdn-2019/add.csv'):
            if len(r) < 5: continue
            e = int(r[0]); c = cl(r[3])
            self.place_tokens |= set(full(c).split()) | set(full(cl(r[4])).split())
            if e not in self.city:
                self.city[e] = ' '.join(w for w in c.split() if not any(ch.isdigit() for ch in w)).strip(' ,')
        self.csl = []
        with open(D + 'csl-sample/csl.csv', newline='', encoding='utf-8') as f:
            for r in csv.DictReader(f):
                names = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append(dict(type=(r.get('type') or '').strip(), names=[n for n in names if n]))
        self.fold_own = defaultdict(set); self.wset_own = defaultdict(set); self.exact = set()
        self.word_strs = defaultdict(set); self.strs = []
        self.tok_org = defaultdict(set)
        self.name_count = Counter(v['name'] for v in self.sdn.values())
        self.alias_set = set(a for l in self.alts.values() for a in l)
        def add(owner, s, org):
            for f in folds(s): self.fold_own[f].add(owner)
            ws = frozenset(content_words(s))
            if ws: self.wset_own[ws].add(owner)
            self.exact.add(s); self.exact.add(s.upper())
            i = len(self.strs); self.strs.append((owner, s))
            for w in set(full(s).split()): self.word_strs[w].add(i)
            if org:
                for w in set(content_words(s)): self.tok_org[w].add(s)
        for e, v in self.sdn.items():
            org = v['type'].lower() != 'individual'
            for s in [v['name']] + self.alts[e]: add(('sdn', e), s, org)
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for s in c['names']: add(('csl', i), s, org)
    def tok_count(self, w): return len(self.tok_org.get(w, ()))
    def shared_words(self, q):
        parts = []
        for w in dict.fromkeys(content_words(q)):
            n = self.tok_count(w)
            if n:
                ex = ' | '.join(sorted(self.tok_org[w])[:3])
                parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ex))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'
    def owners_of(self, s):
        o = set()
        for f in folds(s): o |= self.fold_own.get(f, set())
        return o

def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 89)]
    return [EV + n for n in names if os.path.exists(EV + n)]

def load_prior(data):
    """Returns (keys, fulls, uses per ent_num, file count). Never prints rows."""
    keys, fulls, uses = set(), set(), Counter()
    byname = {v['name']: e for e, v in data.sdn.items() if data.name_count[v['name']] == 1}
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if not ents and r['expected'] in byname: ents = {byname[r['expected']]}
                    for e in ents: uses[e] += 1
    return keys, fulls, uses, len(files)

def pool(data):
    out = set()
    for e, v in data.sdn.items():
        if v['type'] != '' or data.name_count[v['name']] != 1 or v['name'] in data.alias_set: continue
        ok = True
        for s in [v['name']] + data.alts[e]:
            if data.owners_of(s) - {('sdn', e)}: ok = False; break
        if ok: out.add(e)
    return out

def min_level(e, data): return MIN_LEVEL_NARC if is_narc(data.sdn[e]['prog']) else MIN_LEVEL_OTHER

POS_KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
             'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_KINDS = {'partial', 'word_order', 'case', 'legal_form', 'punctuation'}
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}
NOTE_RE = re.compile(r'^(\w+): (.+?); program (.+); earlier-set uses (\d+); target (.+) \[SDN ent_num (\d+)\]$')
LATIN = re.compile(r'[A-Za-z]')

def has_latin(s):
    return any(ch.isalpha() and 'LATIN' in unicodedata.name(ch, '') for ch in s)

class Rules:
    def __init__(self, data, prior, pool_set):
        self.d, self.pool = data, pool_set
        self.keys, self.fulls, self.uses, self.nfiles = prior
    def level(self, e): return self.uses.get(e, 0)
    def pos_errors(self, kind, q, e):
        d, err = self.d, []
        v = d.sdn[e]; name = v['name']
        if e not in self.pool: err.append('not in pool')
        lv = self.level(e)
        if not (min_level(e, d) <= lv <= MAX_LEVEL): err.append('level %d out of range' % lv)
        if key(q) in self.keys: err.append('earlier key')
        if kind != 'script' and full(q) in self.fulls: err.append('earlier full fold')
        if kind == 'case':
            if not (q.lower() == name.lower() and q != name): err.append('not a pure case change')
        elif q == name: err.append('equals name')
        if kind in FOLD_CHANGE and full(q) == full(name): err.append('full fold unchanged')
        if kind == 'aka' and q not in d.alts[e]: err.append('not own alias')
        if kind not in ('messy', 'script'):
            if d.owners_of(q) - {('sdn', e)}: err.append('folds onto another record')
            if not content_words(q) or not has_latin(q): err.append('no content word or Latin letters')
        if kind == 'partial':
            cw = [w for w in content_words(q) if len(w) >= 3]
            if len(cw) < 2: err.append('partial too short')
            ws = set(full(q).split()) - FILLER
            if ws:
                ids = None
                for w in ws:
                    s = d.word_strs.get(w, set()); ids = s if ids is None else ids & s
                if ids and any(d.strs[i][0] != ('sdn', e) for i in ids): err.append('partial subset of another record')
        if kind == 'script':
            if has_latin(q) or not any(ch.isalpha() for ch in q): err.append('script row letters')
        return err
    def neg_errors(self, cat, q):
        d, err = self.d, []
        if key(q) in self.keys: err.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls: err.append('earlier full fold')
        if d.owners_of(q): err.append('folds onto listed name')
        ws = frozenset(content_words(q))
        if ws and ws in d.wset_own: err.append('word set equals listed name')
        if q in d.exact or q.upper() in d.exact: err.append('exact listed name')
        if cat == 'other_script' and has_latin(q): err.append('Latin letters in other_script')
        if cat == 'shares_one_word' and not any(d.tok_count(w) for w in content_words(q)): err.append('shares no word')
        return err

def pos_note(kind, variant, prog, uses, name, e):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, variant, prog, uses, name, e)
