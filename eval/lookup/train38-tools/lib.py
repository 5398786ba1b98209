"""Shared helpers for lookup-train38 (written afresh)."""
import csv, json, re, unicodedata, os
from collections import Counter, defaultdict

DATA = '/work/shared/data'
SDN = DATA + '/ofac-sdn-2019/sdn.csv'
ALT = DATA + '/ofac-sdn-2019/alt.csv'
ADD = DATA + '/ofac-sdn-2019/add.csv'
CSL = DATA + '/csl-sample/csl.csv'
PRIOR_DIR = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'train38.jsonl')


def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


def load_sdn():
    recs = {}
    with open(SDN, encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            try:
                e = int(r[0])
            except ValueError:
                continue
            recs[e] = {'ent': e, 'name': r[1].strip(), 'type': clean(r[2]),
                       'program': clean(r[3]), 'remarks': clean(r[11]) if len(r) > 11 else ''}
    return recs


def load_alt():
    alts = defaultdict(list)
    with open(ALT, encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            try:
                e = int(r[0])
            except ValueError:
                continue
            alts[e].append((clean(r[2]), r[3].strip()))
    return alts


def load_add():
    adds = defaultdict(list)
    with open(ADD, encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            try:
                e = int(r[0])
            except ValueError:
                continue
            adds[e].append((clean(r[2]), clean(r[3]), clean(r[4])))
    return adds


def load_csl_names():
    names = []
    with open(CSL, encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'):
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names


LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a de cv rl srl sarl gmbh ag bv nv
oao ooo zao pao ojsc cjsc jsc llp lp pte pvt private public joint stock the and of for fze fzco fzc fz est establishment
sociedad anonima anónima limitada ltda ca sas spa s.p.a kft doo d.o.o sdn bhd pjsc tov pt cia compania compañía
international intl group trading holding holdings commercial general al el la le los las des du y e et und
enterprise enterprises industries industrial industry services service
sp z o lda oy sro ab kft aps slu as sti kk bhd sdn eirl sac sl sc pjs spa s r l'''.split())


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def fold_full(s):
    s = strip_accents(s).lower()
    s = re.sub(r'\b((?:\w\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = re.sub(r"[^\w\s]", ' ', s)
    return ' '.join(s.split())


def fold_core(s):
    return ' '.join(w for w in fold_full(s).split() if w not in LEGAL)


def keys(s):
    f = fold_full(s)
    c = fold_core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return {k for k in out if k}


def qkey_ws(s):
    return ' '.join(s.lower().split())


def qkey_fold(s):
    return fold_full(s).replace(' ', '')


def words(s):
    return [w for w in fold_full(s).split() if w not in LEGAL and len(w) > 1]


def load_prior():
    """Return (set of normalised earlier query keys, Counter ent_num -> uses, n_files, n_rows).
    Never returns or prints row content."""
    sdn = load_sdn()
    name2ent = Counter(r['name'] for r in sdn.values())
    byname = {r['name']: e for e, r in sdn.items() if name2ent[r['name']] == 1}
    qk = set()
    uses = Counter()
    files = [f for f in os.listdir(PRIOR_DIR) if re.fullmatch(r'train\d*\.jsonl', f)]
    nrows = 0
    for fn in files:
        with open(os.path.join(PRIOR_DIR, fn), encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except Exception:
                    continue
                nrows += 1
                q = row.get('query') or ''
                qk.add(qkey_ws(q))
                qk.add(qkey_fold(q))
                if row.get('expected') is None:
                    continue
                ents = [int(x) for x in re.findall(r'ent_num\s+(\d+)', row.get('notes') or '')]
                if not ents and row.get('expected') in byname:
                    ents = [byname[row['expected']]]
                for e in set(ents):
                    uses[e] += 1
    qk.discard('')
    return qk, uses, len(files), nrows


class Index:
    """Fold-key index of SDN names/aliases and CSL names, plus the prior-set keys."""

    def __init__(self):
        self.sdn = load_sdn()
        self.alt = load_alt()
        self.adds = load_add()
        self.csl = load_csl_names()
        self.prior_keys, self.uses, self.nfiles, self.nrows = load_prior()
        self.pool = {int(k): v for k, v in json.load(open(os.path.join(HERE, 'cand.json'))).items()}
        self.namecount = Counter(r['name'] for r in self.sdn.values())
        self.exact = set(r['name'].lower() for r in self.sdn.values())
        self.keyowner = defaultdict(set)
        self.ownkeys = defaultdict(set)
        self.orgwords = {}
        for e, r in self.sdn.items():
            names = [r['name']] + [a for _, a in self.alt.get(e, [])]
            for n in names:
                self.exact.add(n.lower())
                for k in keys(n):
                    self.keyowner[k].add(e)
                    self.ownkeys[e].add(k)
            if r['type'] == '':
                self.orgwords[e] = [set(words(n)) for n in names]
        self.cslkeys = set()
        for n in self.csl:
            self.exact.add(n.lower())
            self.cslkeys |= keys(n)
        self.word_orgs = defaultdict(set)
        for e, ws in self.orgwords.items():
            for s in ws:
                for w in s:
                    self.word_orgs[w].add(e)
        self.indiv_tokens = [set(fold_full(r['name']).split()) for r in self.sdn.values() if r['type'] == 'individual']

    def is_prior(self, q):
        return qkey_ws(q) in self.prior_keys or qkey_fold(q) in self.prior_keys

    def listed_hits(self, q):
        """SDN ents (any type) whose name/alias fold keys match q's; 'CSL' if a CSL name matches."""
        ks = keys(q)
        hits = set()
        for k in ks:
            hits |= self.keyowner.get(k, set())
        csl = bool(ks & self.cslkeys) or q.lower() in self.exact
        return hits, csl

    def shared_words(self, q):
        out = []
        for w in dict.fromkeys(words(q)):
            orgs = self.word_orgs.get(w, set())
            if orgs:
                ex = sorted(orgs)[:3]
                out.append((w, len(orgs), [self.sdn[e]['name'] for e in ex]))
        return out

    def check_pos(self, kind, ent, q):
        """Return list of problems (empty = ok)."""
        p = []
        if ent not in self.pool:
            p.append('NOTPOOL')
        elif self.pool[ent]['uses'] >= 3:
            p.append('OVERUSED')
        if self.is_prior(q):
            p.append('PRIOR')
        r = self.sdn.get(ent)
        if r and q == r['name']:
            p.append('SAME')
        qf = fold_full(q)
        if kind in ('partial', 'translation', 'transliteration', 'word_order') and (keys(q) & self.ownkeys[ent]):
            p.append('OWN')
        if kind in ('typo', 'abbreviation', 'case', 'punctuation', 'legal_form'):
            own_full = set()
            for n in [r['name']] + [a for _, a in self.alt.get(ent, [])]:
                f = fold_full(n)
                own_full |= {f, f.replace(' ', '')}
            if kind in ('typo', 'abbreviation') and (qf in own_full or qf.replace(' ', '') in own_full):
                p.append('OWNFULL')
        if kind not in ('messy', 'script'):
            hits, csl = self.listed_hits(q)
            if hits - {ent}:
                p.append('OTHER:' + ','.join(str(h) for h in sorted(hits - {ent})[:3]))
            if csl and not hits:
                p.append('CSL')
        if kind == 'partial':
            qw = set(words(q))
            for e, ws in self.orgwords.items():
                if e != ent and any(qw and qw <= s for s in ws):
                    p.append('PARTIAL_OTHER:%d' % e)
                    break
        return p

    def check_neg(self, cat, q, targets_words=None):
        p = []
        if self.is_prior(q):
            p.append('PRIOR')
        if q.lower() in self.exact:
            p.append('EXACT')
        hits, csl = self.listed_hits(q)
        if hits:
            p.append('LISTED:' + ','.join(str(h) for h in sorted(hits)[:3]))
        if csl:
            p.append('CSL')
        sw = self.shared_words(q)
        if cat == 'shares_one_word' and not sw:
            p.append('NOSHARE')
        if cat == 'near_miss' and targets_words is not None:
            ws = words(q)
            if not ws or ws[0] not in targets_words:
                p.append('NOTTARGETWORD')
        if cat == 'person_as_company':
            toks = fold_full(q).split()[:2]
            if len(toks) == 2 and any(toks[0] in s and toks[1] in s for s in self.indiv_tokens):
                p.append('PERSON_LISTED')
        return p
