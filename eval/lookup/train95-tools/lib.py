"""train95 helpers: data loading, folds, earlier-set use counts, pool, rules. Standard library only."""
import csv, json, os, re, unicodedata
from collections import Counter, defaultdict

DATA = '/work/shared/data'
EVAL = '/work/main/eval/lookup'
THIS = 95
MIN_LEVEL_NARC = 4
MIN_LEVEL_OTHER = 5
MAX_LEVEL = 7
NARC_CAP = 62
APOS = "'\u2019\u2018`\u02bc\u02bb\u00b4"

FILLER = set("""
a al an and at by de del della der des di do dos das du e el en et for i in la las le les los of on s the to y von van da
company companies co corp corporation corporacion inc incorporated ltd limited llc llp lp plc pllc pc
sa sas sac saa sl sll slu slne srl sarl sal sa spa sapa snc sc scs ca eu cia cie rl sde cv sdecv ltda lda
gmbh ag kg ohg og ek ug mbh bv nv vof cvba bvba commv scsp ab hb kb as asa ans aps amba ks oy oyj ky tmi ehf hf slf sf
ooo oao zao ojsc cjsc jsc pjsc ao pao tov pat prat osoo too ip nuf
pte pty fze fzc fzco fz fzllc wll bsc saog spc qpsc pjsc est
group groups grupo holding holdings trading enterprise enterprises international intl offshore
sp spj spk ska zs kd jtd vos sro as doo dooel dd ad ead eood et bt kft zrt nyrt rt
ike epe oe ae pf tu ou mmc mchj shps ctcp tnhh sh pk shpk sau eireli eirl sasu opc khkhk scop lllp ltee npc yk
dac cic ulc bm scarl ltdsti sti sdn bhd tbk pt
""".split())

def key(s):
    return ' '.join(s.lower().split())

def full(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.lower()
    s = ''.join(c for c in s if c not in APOS)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    out, run = [], ''
    for t in s.split():
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

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, c, f.replace(' ', ''), c.replace(' ', '')) if x}

def content_words(s):
    return [t for t in full(s).split() if t not in FILLER]

def is_narc(program):
    return bool(set(re.findall(r'[A-Z0-9]+', program)) & {'SDNT', 'SDNTK'})

def _clean(x):
    x = x.strip()
    return '' if x == '-0-' else x

def has_latin(s):
    return any(('LATIN' in unicodedata.name(c, '')) and unicodedata.category(c).startswith('L') for c in s)


class Data:
    def __init__(self):
        base = os.path.join(DATA, 'ofac-sdn-2019')
        self.sdn = {}
        with open(os.path.join(base, 'sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0])
                self.sdn[e] = {'name': r[1].strip(), 'type': _clean(r[2]), 'program': _clean(r[3])}
        self.alt = defaultdict(list)
        with open(os.path.join(base, 'alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.alt[int(r[0])].append((_clean(r[2]), r[3].strip()))
        self.add = defaultdict(list)
        with open(os.path.join(base, 'add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5:
                    continue
                self.add[int(r[0])].append((_clean(r[2]), _clean(r[3]), _clean(r[4])))
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                names = [r.get('name', '').strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';')]
                self.csl.append({'type': (r.get('type') or '').strip(), 'names': [n for n in names if n]})
        # strings: (owner, text, is_org)
        self.strings = []
        for e, d in self.sdn.items():
            org = d['type'] != 'individual'
            self.strings.append((('SDN', e), d['name'], org))
            for t, a in self.alt[e]:
                self.strings.append((('SDN', e), a, org))
        for i, c in enumerate(self.csl):
            org = c['type'] != 'Individual'
            for n in c['names']:
                self.strings.append((('CSL', i), n, org))
        self.fold_owners = defaultdict(set)
        self.wordset_owners = defaultdict(set)
        self.word_sids = defaultdict(set)
        self.sid_words = []
        self.exact = set()
        self.tok_orgs = defaultdict(set)
        for sid, (o, s, org) in enumerate(self.strings):
            for fo in folds(s):
                self.fold_owners[fo].add(o)
            cw = frozenset(content_words(s))
            self.sid_words.append(cw)
            if cw:
                self.wordset_owners[cw].add(o)
            for w in cw:
                self.word_sids[w].add(sid)
            self.exact.add(s); self.exact.add(s.upper())
            if org:
                for t in set(full(s).split()):
                    self.tok_orgs[t].add(s)
        namecount = Counter(d['name'] for d in self.sdn.values())
        aliaskeys = {key(a) for e in self.alt for t, a in self.alt[e]}
        self.unique_name = {d['name']: e for e, d in self.sdn.items() if namecount[d['name']] == 1}
        self.pool = set()
        for e, d in self.sdn.items():
            if d['type'] != '' or namecount[d['name']] != 1 or key(d['name']) in aliaskeys:
                continue
            ok = True
            for s in [d['name']] + [a for t, a in self.alt[e]]:
                for fo in folds(s):
                    if self.fold_owners[fo] - {('SDN', e)}:
                        ok = False
            if ok:
                self.pool.add(e)
        self.place_tokens = set()
        for e, rows in self.add.items():
            for a, c, k in rows:
                for t in full(c).split() + full(k).split():
                    if not any(ch.isdigit() for ch in t):
                        self.place_tokens.add(t)

    def city(self, e):
        rows = self.add.get(e) or []
        if not rows:
            return ''
        c = rows[0][1]
        toks = [t for t in c.split() if not any(ch.isdigit() for ch in t)]
        c = ' '.join(toks).strip(' ,')
        if len(c) > 30:
            c = c.split(',')[0].strip()
        return c

    def tok_count(self, w):
        return len(self.tok_orgs.get(w.lower(), ()))

    def fold_hits(self, q, e=None):
        """owners (other than entity e) of any fold of q"""
        hits = set()
        for fo in folds(q):
            hits |= self.fold_owners.get(fo, set())
        if e is not None:
            hits -= {('SDN', e)}
        return hits

    def subset_hit(self, q, e):
        cw = set(content_words(q))
        if not cw:
            return False
        sids = None
        for w in cw:
            s = self.word_sids.get(w, set())
            sids = s if sids is None else sids & s
            if not sids:
                return False
        return any(self.strings[sid][0] != ('SDN', e) for sid in sids)

    def shared_words(self, q):
        parts = []
        seen = []
        for t in full(q).split():
            if t in FILLER or t in seen:
                continue
            seen.append(t)
            orgs = sorted(self.tok_orgs.get(t, ()))
            if orgs:
                n = len(orgs)
                lab = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
                parts.append('%s (%d %s, e.g. %s)' % (t, n, lab, ' | '.join(orgs[:3])))
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)


def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + ['train%d.jsonl' % i for i in range(2, THIS)]
    return [os.path.join(EVAL, n) for n in names if os.path.exists(os.path.join(EVAL, n))]

def load_prior(data, exclude=None):
    """returns (set of query keys, set of full folds, Counter of uses per ent_num, file count). Prints nothing."""
    keys, fulls, uses = set(), set(), Counter()
    files = prior_files()
    for p in files:
        if exclude and os.path.abspath(p) == os.path.abspath(exclude):
            continue
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = set(int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or ''))
                    if ents:
                        for x in ents:
                            uses[x] += 1
                    elif r['expected'] in data.unique_name:
                        uses[data.unique_name[r['expected']]] += 1
    return keys, fulls, uses, len(files)

def level_ok(data, e, level):
    lo = MIN_LEVEL_NARC if is_narc(data.sdn[e]['program']) else MIN_LEVEL_OTHER
    return lo <= level <= MAX_LEVEL
