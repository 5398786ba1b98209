"""train101 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, io, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(LOOKUP, 'train101.jsonl')
PRIOR_FILES = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 101)]
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62
SEED = 101

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
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
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

GROUPISH = set('group grupo gruppo groupe holding holdings trading trade enterprise enterprises international internacional intl offshore incorporated'.split())
ARTICLES = set('the of and y e de del la las los el al le les du des da do dos das di van der von den for in on at to a an und en'.split())
LEGAL_COMMON = set('''company co corp corporation inc ltd limited llc llp lp plc gmbh mbh ag kg sa sas sarl srl spa sl bv nv ab as asa oy oyj aps
pte pvt pty bhd sdn jsc ojsc cjsc pjsc oao zao ooo pao ao tov doo dd ad sro kft zrt nyrt bt kkt sp zoo spj ska fze fzco fzc fz est
wll spc saog saoc sal sae ltda cia sc scs cs rl cv ca eu spr sprl uab sia ou ehf kk yk sacv sac sapi sab eirl eireli suarl lllp et eg eurl
khkhk zs dooel mb sau ulc cic dac nl vos ay ans osoo chup ike sapa ek hj jdoo uu ik snc commv secs slf jdmm ics gk opc kd'''.split())
# this set's new forms (train101)
LEGAL_NEW = set('vof og partg srls slne oe kb tmi epp shpk mmc tnhh mchj too spf'.split())
LEGAL = LEGAL_COMMON | LEGAL_NEW
FILLER = GROUPISH | ARTICLES | LEGAL

def core_tokens(f):
    return [t for t in f.split() if t not in FILLER]

def core(s):
    return ' '.join(core_tokens(full(s)))

def fold_keys(s):
    f = full(s); c = ' '.join(core_tokens(f))
    ks = {f, f.replace(' ', ''), c, c.replace(' ', '')}
    ks.discard('')
    return ks

def tokset(s):
    return re.findall(r'[A-Za-z0-9]+', s.upper())

def is_narc(program):
    return bool(set(tokset(program)) & {'SDNT', 'SDNTK'})

def _read(path):
    b = open(path, 'rb').read()
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('latin-1')

def _clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

class Data:
    def __init__(self):
        self.sdn = {}
        for row in csv.reader(io.StringIO(_read(os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv')))):
            if len(row) < 4 or not row[0].strip().isdigit():
                continue
            e = int(row[0])
            self.sdn[e] = {'name': _clean(row[1]), 'type': _clean(row[2]), 'program': _clean(row[3])}
        self.alts = defaultdict(list)
        for row in csv.reader(io.StringIO(_read(os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv')))):
            if len(row) < 4 or not row[0].strip().isdigit():
                continue
            self.alts[int(row[0])].append((int(row[1]), _clean(row[2]), _clean(row[3])))
        self.adds = defaultdict(list)
        for row in csv.reader(io.StringIO(_read(os.path.join(DATA, 'ofac-sdn-2019', 'add.csv')))):
            if len(row) < 5 or not row[0].strip().isdigit():
                continue
            self.adds[int(row[0])].append((_clean(row[3]), _clean(row[4])))
        self.csl = []
        for r in csv.DictReader(io.StringIO(_read(os.path.join(DATA, 'csl-sample', 'csl.csv')))):
            alts = [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
            self.csl.append({'type': (r.get('type') or '').strip(), 'name': (r.get('name') or '').strip(), 'alts': alts})
        self._index()

    def _strings(self):
        """yield (owner, text, is_org)"""
        for e, r in self.sdn.items():
            org = r['type'].lower() != 'individual'
            if r['name']:
                yield ('S%d' % e, r['name'], org)
            for an, at, a in self.alts.get(e, []):
                if a:
                    yield ('S%d' % e, a, org)
        for i, r in enumerate(self.csl):
            org = r['type'] != 'Individual'
            if r['name']:
                yield ('C%d' % i, r['name'], org)
            for a in r['alts']:
                yield ('C%d' % i, a, org)

    def _index(self):
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_sids = defaultdict(set)
        self.sid_owner = []
        self.exact = set()
        self.tok_orgs = defaultdict(set)
        self.org_strings = []
        for owner, text, org in self._strings():
            for k in fold_keys(text):
                self.fold_owner[k].add(owner)
            ct = core_tokens(full(text))
            if ct:
                self.wordset_owner[frozenset(ct)].add(owner)
            sid = len(self.sid_owner); self.sid_owner.append(owner)
            for t in set(ct):
                self.word_sids[t].add(sid)
            self.exact.add(text); self.exact.add(text.upper())
            if org:
                oid = len(self.org_strings); self.org_strings.append(text)
                for t in set(full(text).split()):
                    self.tok_orgs[t].add(oid)
        names = Counter(key(r['name']) for r in self.sdn.values())
        alias_keys = set(key(a) for e in self.alts for _, _, a in self.alts[e])
        csl_keys = set()
        for r in self.csl:
            csl_keys.add(key(r['name']))
            for a in r['alts']:
                csl_keys.add(key(a))
        self.unique_name = {}
        for e, r in self.sdn.items():
            if names[key(r['name'])] == 1:
                self.unique_name[r['name']] = e
        self.pool = set()
        for e, r in self.sdn.items():
            if r['type'] != '' or r['name'] not in self.unique_name:
                continue
            if key(r['name']) in alias_keys or key(r['name']) in csl_keys:
                continue
            me = 'S%d' % e
            ok = True
            for text in [r['name']] + [a for _, _, a in self.alts.get(e, [])]:
                for k in fold_keys(text):
                    if self.fold_owner[k] - {me}:
                        ok = False; break
                if not ok:
                    break
            if ok:
                self.pool.add(e)
        self.place = set()
        for e, lst in self.adds.items():
            for city, country in lst:
                for t in full(city).split() + full(country).split():
                    if not t.isdigit():
                        self.place.add(t)

    def city(self, e):
        lst = self.adds.get(e) or []
        if not lst:
            return ''
        c = lst[0][0]
        c = ' '.join(t for t in c.split() if not any(ch.isdigit() for ch in t))
        c = c.strip(' ,')
        if len(c) > 30:
            c = c.split(',')[0].strip()
        return c

    def tok_count(self, word):
        return len(self.tok_orgs.get(word, ()))

    def tok_examples(self, word, n=3):
        return sorted(self.org_strings[i] for i in self.tok_orgs.get(word, ()))[:n]

    def fold_hits(self, text, me=None):
        hits = set()
        for k in fold_keys(text):
            hits |= self.fold_owner.get(k, set())
        if me is not None:
            hits.discard(me)
        return hits

    def wordset_hit(self, text, me=None):
        ct = core_tokens(full(text))
        if not ct:
            return set()
        h = set(self.wordset_owner.get(frozenset(ct), set()))
        if me is not None:
            h.discard(me)
        return h

    def subset_hit(self, text, me=None):
        ct = set(core_tokens(full(text)))
        if not ct:
            return set()
        sids = None
        for t in ct:
            s = self.word_sids.get(t, set())
            sids = set(s) if sids is None else sids & s
            if not sids:
                return set()
        owners = set(self.sid_owner[i] for i in sids)
        if me is not None:
            owners.discard(me)
        return owners

    def shared_words(self, text):
        out, seen = [], set()
        for t in full(text).split():
            if t in FILLER or t in seen:
                continue
            seen.add(t)
            n = self.tok_count(t)
            if n:
                out.append((t, n, self.tok_examples(t)))
        return out

def load_prior(data):
    keys, folds, uses, n = set(), set(), Counter(), 0
    for fn in PRIOR_FILES:
        p = os.path.join(LOOKUP, fn)
        if not os.path.exists(p):
            continue
        n += 1
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); folds.add(full(q))
                if r.get('expected') is not None:
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for x in ents:
                            uses[x] += 1
                    elif r['expected'] in data.unique_name:
                        uses[data.unique_name[r['expected']]] += 1
    return keys, folds, uses, n

def level_ok(data, uses, e):
    lv = uses.get(e, 0)
    lo = MIN_LEVEL_NARC if is_narc(data.sdn[e]['program']) else MIN_LEVEL_OTHER
    return lo <= lv <= MAX_LEVEL
