"""train102 tools: data loading, folds, earlier-set loader, pool and levels (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(LOOKUP, 'train102.jsonl')
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62

APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"
LEGAL = set("""sa sas saс ltda ltd limited llc inc co corp corporation company companies gmbh ag kg sl srl ca eu scs sc spr rl cv cia pte pvt plc bv nv
sarl sal fze fzco fzc llp lp jsc ojsc cjsc pjsc oao zao ooo tov ao pao sro doo dd ab oy spa sac saic sapi sacv pty bhd sdn kft zrt
se sas ltee lda cc ooo eood ead ehf hf aps as asa oyj ug mbh kgaa eg hb da is ks nuf spj zs khk shps spa eirl sll scop eireli yk
dooel mb sau ulc cic dac nl vos ay ans osoo chup ike sapa ek hj jdoo ska uu ik kkt snc ad commv secs slf jdmm ics gk opc bt kd
vof og partg srls slne oe kb tmi epp shpk mmc tnhh mchj too spf sp""".split())
FILLER = set("""group grupo gruppo groupe holding holdings trading trade enterprise enterprises international internacional intl offshore incorporated
the of and y e de del la las los el al van der von den und for in et du des le da do di a an en und""".split())
STOP = LEGAL | FILLER

def key(s):
    return ' '.join(s.lower().split())

def full(s):
    t = unicodedata.normalize('NFKD', s)
    t = ''.join(c for c in t if not unicodedata.category(c).startswith('M'))
    t = t.lower()
    for a in APOS:
        t = t.replace(a, '')
    t = t.replace('&', ' and ').replace('+', ' and ')
    t = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in t)
    toks = t.split()
    out, run = [], ''
    for tok in toks:
        if len(tok) == 1:
            run += tok
        else:
            if run:
                out.append(run); run = ''
            out.append(tok)
    if run:
        out.append(run)
    return ' '.join(out)

def core(s):
    return ' '.join(w for w in full(s).split() if w not in STOP)

def fold_variants(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}

def content_words(s):
    return [w for w in full(s).split() if w not in STOP]

def has_latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if 'LATIN' in unicodedata.name(ch):
                    return True
            except ValueError:
                pass
    return False

def _rows(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as fh:
        for r in csv.reader(fh):
            yield [x.strip() for x in r]

def nz(x):
    return '' if x.strip() == '-0-' else x.strip()

def is_narc(program):
    return bool(set(re.split(r'[^A-Z0-9]+', program.upper())) & {'SDNT', 'SDNTK'})

class Data:
    def __init__(self):
        d = os.path.join(DATA, 'ofac-sdn-2019')
        self.sdn = {}
        for r in _rows(os.path.join(d, 'sdn.csv')):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.sdn[int(r[0])] = {'name': r[1], 'type': nz(r[2]), 'program': nz(r[3])}
        self.alts = defaultdict(list)
        for r in _rows(os.path.join(d, 'alt.csv')):
            if len(r) < 4 or not r[0].isdigit():
                continue
            self.alts[int(r[0])].append({'alt_num': int(r[1]), 'type': nz(r[2]), 'name': r[3]})
        self.addr = defaultdict(list)
        self.place = set()
        for r in _rows(os.path.join(d, 'add.csv')):
            if len(r) < 5 or not r[0].isdigit():
                continue
            self.addr[int(r[0])].append((nz(r[3]), nz(r[4])))
            for x in (nz(r[3]), nz(r[4])):
                for w in full(x).split():
                    if not any(ch.isdigit() for ch in w):
                        self.place.add(w)
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', newline='') as fh:
            rd = csv.DictReader(fh)
            for r in rd:
                names = [r.get('name', '').strip()] + [x.strip() for x in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # owners: ('S', ent) or ('C', idx)
        self.strings = []  # (owner, text, is_org)
        for e, rec in self.sdn.items():
            org = rec['type'].lower() != 'individual'
            self.strings.append((('S', e), rec['name'], org))
            for a in self.alts[e]:
                self.strings.append((('S', e), a['name'], org))
        for i, r in enumerate(self.csl):
            org = r['type'] != 'Individual'
            for n in r['names']:
                self.strings.append((('C', i), n, org))
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_sids = defaultdict(set)
        self.exact = set()
        self.tok_orgs = defaultdict(set)
        self.keys_owner = defaultdict(set)
        for sid, (own, text, org) in enumerate(self.strings):
            for f in fold_variants(text):
                self.fold_owner[f].add(own)
            cw = frozenset(content_words(text))
            if cw:
                self.wordset_owner[cw].add(own)
            for w in set(content_words(text)):
                self.word_sids[w].add(sid)
            self.exact.add(text); self.exact.add(text.upper())
            self.keys_owner[key(text)].add(own)
            if org:
                for w in set(full(text).split()):
                    self.tok_orgs[w].add(text)
        self.name_count = defaultdict(int)
        for e, rec in self.sdn.items():
            self.name_count[key(rec['name'])] += 1

    def city(self, ent):
        for c, _ in self.addr.get(ent, []):
            if c:
                toks = [t for t in c.split() if not any(ch.isdigit() for ch in t)]
                s = ' '.join(toks).strip(' ,')
                s = re.sub(r'\s+,', ',', s)
                if len(s) > 30:
                    s = s.split(',')[0].strip()
                if s and full(s):
                    return s
        return ''

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, ()))

    def fold_hits(self, text, own=None):
        hits = set()
        for f in fold_variants(text):
            hits |= self.fold_owner.get(f, set())
        if own is not None:
            hits.discard(own)
        return hits

    def wordset_hit(self, text, own=None):
        cw = frozenset(content_words(text))
        h = set(self.wordset_owner.get(cw, set())) if cw else set()
        if own is not None:
            h.discard(own)
        return h

    def subset_hit(self, text, own):
        cw = set(content_words(text))
        if not cw:
            return False
        sids = None
        for w in cw:
            s = self.word_sids.get(w, set())
            sids = set(s) if sids is None else sids & s
            if not sids:
                return False
        return any(self.strings[s][0] != own for s in sids)

    def shared_words(self, text):
        out = []
        seen = set()
        for w in full(text).split():
            if w in STOP or w in seen:
                continue
            seen.add(w)
            n = self.tok_orgs.get(w)
            if n:
                ex = sorted(n)[:3]
                out.append((w, len(n), ex))
        return out

def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 102)]
    return [os.path.join(LOOKUP, n) for n in names if os.path.exists(os.path.join(LOOKUP, n))]

ENT_RE = re.compile(r'ent_num (\d+)')

def load_prior(data):
    """Return (keys, folds, uses, nfiles) from earlier sets; never returns a row."""
    keys, folds, uses = set(), set(), defaultdict(int)
    uniq = {}
    for e, rec in data.sdn.items():
        if data.name_count[key(rec['name'])] == 1:
            uniq[rec['name']] = e
    files = prior_files()
    for p in files:
        with open(p, encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); folds.add(full(q))
                if r.get('expected'):
                    ents = set(int(x) for x in ENT_RE.findall(r.get('notes') or ''))
                    if not ents and r['expected'] in uniq:
                        ents = {uniq[r['expected']]}
                    for e in ents:
                        uses[e] += 1
    return keys, folds, uses, len(files)

def build_pool(data):
    alias_keys = set()
    for e, al in data.alts.items():
        for a in al:
            alias_keys.add(key(a['name']))
    csl_keys = set(key(n) for r in data.csl for n in r['names'])
    pool = {}
    for e, rec in data.sdn.items():
        if rec['type'] != '':
            continue
        n = rec['name']
        if data.name_count[key(n)] != 1 or key(n) in alias_keys or key(n) in csl_keys:
            continue
        own = ('S', e)
        texts = [n] + [a['name'] for a in data.alts[e]]
        bad = False
        for t in texts:
            if data.fold_hits(t, own):
                bad = True; break
        if bad:
            continue
        pool[e] = rec
    return pool

def level_ok(level, narc):
    lo = MIN_LEVEL_NARC if narc else MIN_LEVEL_OTHER
    return lo <= level <= MAX_LEVEL

def read_jsonl(path):
    with open(path, encoding='utf-8') as fh:
        return [json.loads(l) for l in fh if l.strip()]
