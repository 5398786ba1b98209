"""Shared helpers for lookup-train45 (written afresh). Standard library only."""
import csv, json, os, re, unicodedata, glob
from collections import Counter, defaultdict

DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'

def _clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

def load_sdn():
    rows = []
    with open(f'{DATA}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            rows.append({'ent': int(r[0]), 'name': r[1].strip(), 'type': _clean(r[2]), 'program': _clean(r[3])})
    return rows

def load_alt():
    alts = defaultdict(list)
    with open(f'{DATA}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            alts[int(r[0])].append((_clean(r[2]), r[3].strip()))
    return alts

def load_add():
    adds = defaultdict(list)
    with open(f'{DATA}/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) < 5:
                continue
            adds[int(r[0])].append((_clean(r[2]), _clean(r[3]), _clean(r[4])))
    return adds

def load_csl_names():
    out = []
    with open(f'{DATA}/csl-sample/csl.csv', encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.DictReader(f):
            n = (r.get('name') or '').strip()
            if n:
                out.append(n)
            for a in (r.get('alt_names') or '').split(';'):
                a = a.strip()
                if a:
                    out.append(a)
    return out

LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a sal sarl sas sl srl spa gmbh ag kg bv nv ab as oy ooo oao zao pao jsc ojsc cjsc pjsc fze fzco fzc fzllc llp lp lda ltda cv de del la el the and of for al international intl group trading holding holdings company's ve ic pte pvt private est establishment'''.split())

def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def full_fold(s):
    s = strip_accents(s).lower()
    s = s.replace('&', ' and ')
    s = re.sub(r"['\u2019\u2018`´]", '', s)
    # join dotted abbreviations like s.a.l. -> sal
    s = re.sub(r'\b((?:\w\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())

def core_fold(s):
    return ' '.join(w for w in full_fold(s).split() if w not in LEGAL)

def keys(s):
    f = full_fold(s); c = core_fold(s)
    return {k for k in (f, f.replace(' ', ''), c, c.replace(' ', '')) if k}

def qkey(s):
    return ' '.join(s.lower().split())

def content_words(s):
    return [w for w in full_fold(s).split() if w not in LEGAL and len(w) > 1]

def load_prior():
    """Return (set of query keys of earlier sets, Counter uses per ent_num, number of files, number of rows).
    Never returns rows themselves."""
    sdn = load_sdn()
    by_name = Counter(r['name'] for r in sdn)
    name2ent = {r['name']: r['ent'] for r in sdn}
    qkeys = set(); uses = Counter(); nfiles = 0; nrows = 0
    files = sorted(glob.glob(f'{PRIOR_DIR}/train*.jsonl')) + [f'{PRIOR_DIR}/validation.jsonl']
    for fn in files:
        if not os.path.exists(fn):
            continue
        nfiles += 1
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    r = json.loads(line)
                except Exception:
                    continue
                nrows += 1
                q = r.get('query') or ''
                qkeys.add(qkey(q)); qkeys.add('F:' + full_fold(q))
                exp = r.get('expected')
                if exp:
                    ents = {int(x) for x in re.findall(r'ent_num\s+(\d+)', r.get('notes') or '')}
                    if not ents and by_name.get(exp) == 1:
                        ents = {name2ent[exp]}
                    for e in ents:
                        uses[e] += 1
    return qkeys, uses, nfiles, nrows

def seen(q, qkeys):
    return qkey(q) in qkeys or ('F:' + full_fold(q)) in qkeys

class Index:
    """Fold-key index over all SDN names/aliases (any type) plus CSL names."""
    def __init__(self):
        self.sdn = load_sdn(); self.alt = load_alt(); self.csl = load_csl_names()
        self.by_ent = {r['ent']: r for r in self.sdn}
        self.name_count = Counter(r['name'] for r in self.sdn)
        self.alias_names = set()
        for e, lst in self.alt.items():
            for t, a in lst:
                self.alias_names.add(a)
        self.key2ents = defaultdict(set)  # key -> set of ent (or 'CSL')
        self.exact = defaultdict(set)
        for r in self.sdn:
            self._add(r['name'], r['ent'])
        for e, lst in self.alt.items():
            for t, a in lst:
                self._add(a, e)
        for n in self.csl:
            self._add(n, 'CSL')
        self.word_count = Counter(); self.word_examples = defaultdict(list)
        for r in self.sdn:
            if r['type'] == '':
                self._words(r['name'])
                for t, a in self.alt.get(r['ent'], []):
                    self._words(a)
    def _words(self, n):
        for w in set(content_words(n)):
            self.word_count[w] += 1
            if len(self.word_examples[w]) < 3:
                self.word_examples[w].append(n)
    def _add(self, n, e):
        self.exact[n.lower().strip()].add(e)
        for k in keys(n):
            self.key2ents[k].add(e)
    def hits(self, q):
        out = set(self.exact.get(q.lower().strip(), set()))
        for k in keys(q):
            out |= self.key2ents.get(k, set())
        return out
    def own_keys(self, ent):
        r = self.by_ent[ent]; ks = keys(r['name'])
        for t, a in self.alt.get(ent, []):
            ks |= keys(a)
        return ks
