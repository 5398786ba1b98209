"""train97 tools: data loading, folds, earlier-set loader, pool, indexes (written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LOOKUP = os.path.dirname(HERE)
DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
THIS = 'train97.jsonl'
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
    s = ''.join(c if (c.isalnum() and c != '_') else ' ' for c in s)
    toks = s.split()
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
    return ' '.join(out)

LEGAL = set('''ltd limited llc inc corp corporation co company companies sa sas srl sl sarl gmbh ag kg bv nv plc pte pvt pty
ltda cia sde rl cv spa oy ab as aps ooo oao zao pao jsc cjsc ojsc pjsc ao fzc fze fzco fzllc llp lp kk sro doo dd ad ead eood
jdoo sae sal scs ca eu sab sapi sadecv sderl srl sacv sc sca sas snc sprl bvba eurl spr saic saci sac eirl spzoo sp zoo
pf ks tu oyj ohg bt ike et dooel sh pk shpk sau eireli spk sasu opc khkhk vos kb ans amba commv scsp scarl sti epe dac cic
pllc ulc bm wll osoo prat saog bsc kgaa gk selarl kkt ska qpsc l3c pbc npc ky is tnhh lda bhd sdn tbk pt cvba ehf
sgps slne scop partg mbb og nuf mmc too uab tmi shps mchj gie sen cs lc ltee pc sociedad anonima limitada'''.split())
FILLER = set('''group grupo gruppo groupe holding holdings trading trade enterprise enterprises international intl offshore
incorporated the of and for de del la las los el le les du des da do dos das di y e und s en in al at on by to a an van der
den von y'''.split())
STOP = LEGAL | FILLER

def core_tokens(f):
    return [t for t in f.split() if t not in STOP]

def fold_variants(s):
    f = full(s)
    c = ' '.join(core_tokens(f))
    out = set()
    for x in (f, c):
        if x:
            out.add(x); out.add(x.replace(' ', ''))
    return out

def is_narc(program):
    return bool(re.search(r'\bSDNTK?\b', program))

def _clean(v):
    v = v.strip()
    return '' if v == '-0-' else v

def read_rows(path):
    with open(path, newline='', encoding='utf-8', errors='replace') as fh:
        for r in csv.reader(fh):
            if r:
                yield [_clean(x) for x in r]

PRIOR_FILES = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, 97)]

def load_prior(extra_exclude=None):
    """Return (query keys, full folds, uses per ent_num, file count). Prints nothing, returns no row."""
    keys, folds, uses = set(), set(), Counter()
    n = 0
    name_to_ent = _unique_name_map()
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
                    ents = set(re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for e in ents:
                            uses[e] += 1
                    elif r['expected'] in name_to_ent:
                        uses[name_to_ent[r['expected']]] += 1
    return keys, folds, uses, n

_UNM = None
def _unique_name_map():
    global _UNM
    if _UNM is None:
        cnt = Counter(); ent = {}
        for r in read_rows(os.path.join(SDN_DIR, 'sdn.csv')):
            cnt[r[1]] += 1; ent[r[1]] = r[0]
        _UNM = {n: e for n, e in ent.items() if cnt[n] == 1}
    return _UNM

class Data:
    def __init__(self):
        self.sdn = {}      # ent -> dict
        self.alts = defaultdict(list)  # ent -> [(alt_num, type, name)]
        self.addr = defaultdict(list)
        for r in read_rows(os.path.join(SDN_DIR, 'sdn.csv')):
            r += [''] * (12 - len(r))
            self.sdn[r[0]] = dict(ent=r[0], name=r[1], type=r[2], program=r[3])
        for r in read_rows(os.path.join(SDN_DIR, 'alt.csv')):
            r += [''] * (5 - len(r))
            self.alts[r[0]].append((r[1], r[2], r[3]))
        for r in read_rows(os.path.join(SDN_DIR, 'add.csv')):
            r += [''] * (6 - len(r))
            self.addr[r[0]].append(r)
        self.csl = []
        with open(CSL, newline='', encoding='utf-8') as fh:
            for r in csv.DictReader(fh):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append(dict(type=(r.get('type') or '').strip(), names=[n for n in names if n]))
        # strings: (owner, text, is_org)
        self.strings = []
        for e, d in self.sdn.items():
            org = d['type'].lower() != 'individual'
            self.strings.append((('sdn', e), d['name'], org))
            for a in self.alts[e]:
                self.strings.append((('sdn', e), a[2], org))
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for n in c['names']:
                self.strings.append((('csl', i), n, org))
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_ids = defaultdict(set)
        self.exact = set()
        self.tok_orgs = defaultdict(list)
        for sid, (own, text, org) in enumerate(self.strings):
            for f in fold_variants(text):
                self.fold_owner[f].add(own)
            ct = core_tokens(full(text))
            if ct:
                self.wordset_owner[frozenset(ct)].add(own)
            for t in set(full(text).split()):
                self.word_ids[t].add(sid)
                if org:
                    self.tok_orgs[t].append(sid)
            self.exact.add(text); self.exact.add(text.upper())
        cnt = Counter(d['name'] for d in self.sdn.values())
        self.alias_keys = set(key(a[2]) for v in self.alts.values() for a in v)
        self.unique = {d['name']: e for e, d in self.sdn.items() if cnt[d['name']] == 1}
        self.place = set()
        for e, rows in self.addr.items():
            for r in rows:
                for fld in (r[3], r[4]):
                    for t in full(fld).split():
                        if not any(ch.isdigit() for ch in t):
                            self.place.add(t)

    def fold_hits(self, q):
        hits = set()
        for f in fold_variants(q):
            hits |= self.fold_owner.get(f, set())
        return hits

    def tok_count(self, w):
        return len(self.tok_orgs.get(w, []))

    def shared_words(self, q):
        parts = []
        seen = set()
        for t in full(q).split():
            if t in STOP or t in seen:
                continue
            seen.add(t)
            ids = self.tok_orgs.get(t, [])
            if ids:
                ex, exs = [], set()
                for sid in ids:
                    s = self.strings[sid][1]
                    if s not in exs:
                        exs.add(s); ex.append(s)
                    if len(ex) == 3:
                        break
                n = len(ids)
                lab = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
                parts.append('%s (%d %s, e.g. %s)' % (t, n, lab, ' | '.join(ex)))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

    def subset_hit(self, q, target_ent):
        toks = core_tokens(full(q))
        if not toks:
            return False
        ids = None
        for t in set(toks):
            s = self.word_ids.get(t, set())
            ids = set(s) if ids is None else ids & s
            if not ids:
                return False
        return any(self.strings[i][0] != ('sdn', target_ent) for i in ids)

    def city(self, ent):
        for r in self.addr.get(ent, []):
            c = ' '.join(t for t in r[3].split() if not any(ch.isdigit() for ch in t)).strip(' ,')
            if c:
                if len(c) > 30:
                    c = c.split(',')[0].strip()
                return c
        return ''

    def pool(self):
        out = []
        for e, d in self.sdn.items():
            if d['type'] != '' or d['name'] not in self.unique:
                continue
            if key(d['name']) in self.alias_keys:
                continue
            ok = True
            for text in [d['name']] + [a[2] for a in self.alts[e]]:
                for f in fold_variants(text):
                    if self.fold_owner[f] - {('sdn', e)}:
                        ok = False; break
                if not ok:
                    break
            if ok:
                out.append(e)
        return out

_D = None
def data():
    global _D
    if _D is None:
        _D = Data()
    return _D
