import csv, json, os, re, unicodedata, glob
HERE = os.path.dirname(os.path.abspath(__file__))
def _first(c):
    for p in c:
        if os.path.isdir(p): return p
    return c[-1]
def data_dir():
    d = _first([os.path.join(HERE, '../../../../shared/data'), os.path.join(HERE, '../../../shared/data'), '/work/shared/data'])
    return d
def prior_dir():
    for p in [os.path.join(HERE, '..'), os.path.join(HERE, '../../../main/eval/lookup'), '/work/main/eval/lookup']:
        if os.path.exists(os.path.join(p, 'train25.jsonl')): return p
    return '/work/main/eval/lookup'
def sdn_path(f):
    d = data_dir()
    p = os.path.join(d, 'ofac-sdn-2019', f)
    return p if os.path.exists(p) else os.path.join(d, f)
def load_sdn():
    rows = []
    with open(sdn_path('sdn.csv'), encoding='utf-8', errors='replace') as fh:
        for r in csv.reader(fh):
            if len(r) > 3: rows.append({'ent': int(r[0]), 'name': r[1], 'type': r[2].strip(), 'prog': r[3], 'rem': r[-1]})
    return rows
def load_alt():
    out = []
    with open(sdn_path('alt.csv'), encoding='utf-8', errors='replace') as fh:
        for r in csv.reader(fh):
            if len(r) > 3: out.append((int(r[0]), r[2], r[3]))
    return out
def load_add():
    out = {}
    with open(sdn_path('add.csv'), encoding='utf-8', errors='replace') as fh:
        for r in csv.reader(fh):
            if len(r) > 4: out.setdefault(int(r[0]), []).append((r[3].strip(), r[4].strip()))
    return out
def load_csl():
    names = []
    p = os.path.join(data_dir(), 'csl-sample', 'csl.csv')
    with open(p, encoding='utf-8', errors='replace') as fh:
        for r in csv.DictReader(fh):
            if r.get('name'): names.append(r['name'])
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): names.append(a.strip())
    return names
def prior_files():
    d = prior_dir()
    fs = [os.path.join(d, 'train.jsonl')] + [os.path.join(d, 'train%d.jsonl' % i) for i in range(2, 26)]
    return [f for f in fs if os.path.exists(f)]
def load_prior():
    qs, ents, names = set(), {}, {}
    for f in prior_files():
        for line in open(f, encoding='utf-8'):
            line = line.strip()
            if not line: continue
            r = json.loads(line)
            q = r.get('query') or ''
            qs.add(fold(q)); qs.add(norm(q)); qs.add(norm(q).replace(' ', ''))
            m = re.search(r'ent_num (\d+)\]', r.get('notes') or '')
            if r.get('expected'):
                names[r['expected']] = names.get(r['expected'], 0) + 1
                if m: ents[int(m.group(1))] = ents.get(int(m.group(1)), 0) + 1
    return qs, ents, names
def fold(s): return ' '.join(s.lower().split())
LEGAL = set('co company corp corporation inc ltd limited llc sa s a de cv c v srl sarl gmbh ag plc pvt private jsc ojsc cjsc ooo llp the and of fzco fze fzc est establishment group'.split())
def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
def norm(s):
    s = strip_acc(s).lower().replace('&', ' and ')
    s = re.sub(r"[^\w]+", ' ', s)
    return ' '.join(s.split())
def keys(s):
    n = norm(s)
    ws = [w for w in n.split() if w not in LEGAL]
    return {n, n.replace(' ', ''), ' '.join(ws), ''.join(ws), 'SET:' + ' '.join(sorted(set(ws)))} - {'', 'SET:'}
def core(s):
    return ' '.join(w for w in norm(s).split() if w not in LEGAL)

KINDS = ['case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation','aka','partial',
         'parent_vs_subsidiary','script','messy']
NEGK = {'famous_unlisted':40,'shares_one_word':22,'near_miss':20,'generic':16,'person_as_company':16,'city_country':15,'brand_product':16}
STOP = LEGAL | set('for in on at by to y e del la el los las da do di du le les al von van der den des und et an'.split())
class World:
    def __init__(self):
        import collections
        self.sdn = load_sdn(); self.alt = load_alt(); self.csl = load_csl()
        c = collections.Counter(r['name'] for r in self.sdn)
        self.byname = {r['name']: r for r in self.sdn if c[r['name']] == 1}
        self.byent = {r['ent']: r for r in self.sdn}
        self.orgs = [r for r in self.sdn if r['type'] == '-0-']
        self.orgents = {r['ent'] for r in self.orgs}
        self.key2ent = collections.defaultdict(set)   # SDN names + aliases (all types)
        self.aliases = collections.defaultdict(list)
        for r in self.sdn:
            for k in keys(r['name']): self.key2ent[k].add(r['ent'])
        for e, t, a in self.alt:
            self.aliases[e].append((t, a))
            for k in keys(a): self.key2ent[k].add(e)
        self.cslkeys = set()
        for n in self.csl: self.cslkeys |= keys(n)
        self.orgcores = set()
        for r in self.orgs:
            self.orgcores.add(core(r['name']))
            for t, a in self.aliases.get(r['ent'], []): self.orgcores.add(core(a))
        self.orgcores.discard('')
        self.one = {c for c in self.orgcores if ' ' not in c and len(c) >= 3}
        self.multi = {c for c in self.orgcores if ' ' in c}
        self.word2org = collections.defaultdict(list)
        for r in self.orgs:
            for w in set(norm(r['name']).split()):
                if len(w) >= 3 and w not in STOP: self.word2org[w].append(r['name'])
        self.indiv = set()
        for r in self.sdn:
            if r['type'] == 'individual':
                self.indiv |= set(norm(r['name']).split())
                for t, a in self.aliases.get(r['ent'], []): self.indiv |= set(norm(a).split())
    def other_hit(self, q, ent):
        """query equals a name/alias of another SDN record or a CSL name"""
        for k in keys(q):
            if self.key2ent.get(k, set()) - {ent}: return 'other SDN ' + k
        if keys(q) & self.cslkeys: return 'CSL name'
        return None
    def neg_problem(self, q):
        ks = keys(q)
        for k in ks:
            if k in self.key2ent: return 'equals SDN name/alias'
        if ks & self.cslkeys: return 'equals CSL name'
        n = ' ' + norm(q) + ' '
        for w in n.split():
            if w in self.one: return 'token is a listed org core: ' + w
        for c in self.multi:
            if ' ' + c + ' ' in n: return 'contains listed org core: ' + c
        return None
    def neg_note(self, q):
        parts = []
        for w in dict.fromkeys(norm(q).split()):
            if len(w) >= 3 and w not in STOP and w in self.word2org:
                L = self.word2org[w]
                parts.append("'%s' in %d (e.g. %s)" % (w, len(L), '; '.join(L[:3])))
        if not parts: return 'not listed; shares no word with a listed org'
        return 'not listed; shares a word with listed orgs: ' + ', '.join(parts)
