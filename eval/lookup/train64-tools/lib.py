"""train64 tools: data loading, folds, earlier-set reader. Standard library only."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
STOP = set('''co company ltd limited sa sas sac saa ltda limitada cia gmbh ag inc corp corporation llc plc ooo oao zao
ao pao jsc ojsc cjsc scs sca sen en c cv rl srl sapi spr kk doo pvt pte fze fzco bv nv lda sl eu ca sc ab oy as pty
bhd sdn llp lp international group holding holdings trading general de del la las los el al the and y e of und van
der di da do'''.split())
APOS = "'\u2019\u2018\u02bc`\u00b4"

def key(q):
    return ' '.join(q.split()).lower()

def _tokens(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    for a in APOS:
        s = s.replace(a, '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = ''.join(ch if ch.isalnum() else ' ' for ch in s)
    out, run = [], ''
    for t in s.split():
        if len(t) == 1 and t.isalpha():
            run += t
        else:
            if run:
                out.append(run); run = ''
            out.append(t)
    if run:
        out.append(run)
    return out

def full(s):
    return ' '.join(_tokens(s))

def core_tokens(s):
    return [t for t in _tokens(s) if t not in STOP]

def core(s):
    return ' '.join(core_tokens(s))

def folds(s):
    f, c = full(s), core(s)
    return {x for x in (f, f.replace(' ', ''), c, c.replace(' ', '')) if x}

def narcotic(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))

class Data:
    def __init__(self):
        self.sdn = {}
        with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                e = int(r[0]); self.sdn[e] = {'name': r[1].strip(), 'type': r[2].strip(), 'prog': r[3].strip()}
        self.alts = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 4:
                    continue
                self.alts[int(r[0])].append(r[3].strip())
        self.addr = defaultdict(list)
        with open(os.path.join(DATA, 'ofac-sdn-2019/add.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.reader(f):
                if len(r) < 5:
                    continue
                self.addr[int(r[0])].append((r[2].strip(), r[3].strip(), r[4].strip()))
        self.csl = []
        with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
            for r in csv.DictReader(f):
                names = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append((r.get('type', '').strip(), names))
        self.fold_owner = defaultdict(set)
        self.wordset_owner = defaultdict(set)
        self.word_owner = defaultdict(set)
        self.exact = set()
        self.word_orgnames = defaultdict(set)
        self.own_folds = defaultdict(set)
        def add(owner, nm, org):
            if not nm or nm == '-0-':
                return
            self.exact.add(nm); self.exact.add(nm.upper())
            for x in folds(nm):
                self.fold_owner[x].add(owner)
            ws = frozenset(core_tokens(nm))
            if ws:
                self.wordset_owner[ws].add(owner)
            for w in ws:
                self.word_owner[w].add(owner)
                if org:
                    self.word_orgnames[w].add(nm)
            if owner[0] == 'sdn':
                self.own_folds[owner[1]] |= folds(nm)
        for e, d in self.sdn.items():
            org = d['type'] != 'individual'
            add(('sdn', e), d['name'], org)
            for a in self.alts.get(e, []):
                add(('sdn', e), a, org)
        for i, (t, names) in enumerate(self.csl):
            for nm in names:
                add(('csl', i), nm, t.lower() != 'individual')
        self.name_count = Counter(d['name'] for d in self.sdn.values())
        self.alias_upper = {a.upper() for v in self.alts.values() for a in v}
        self.by_name = {d['name']: e for e, d in self.sdn.items() if self.name_count[d['name']] == 1}

    def in_pool(self, e):
        d = self.sdn.get(e)
        if not d or d['type'] != '-0-' or self.name_count[d['name']] != 1:
            return False
        if d['name'].upper() in self.alias_upper:
            return False
        for x in self.own_folds[e]:
            if self.fold_owner[x] - {('sdn', e)}:
                return False
        return True

    def listed_fold(self, q, allow=None):
        """owners other than allow whose name/alias folds equal a fold of q"""
        out = set()
        for x in folds(q):
            out |= self.fold_owner.get(x, set())
        if allow is not None:
            out.discard(('sdn', allow))
        return out

    def wordset_hit(self, q):
        return self.wordset_owner.get(frozenset(core_tokens(q)), set())

    def subset_owners(self, q, allow):
        ws = set(core_tokens(q))
        if not ws:
            return {'empty'}
        s = None
        for w in ws:
            o = self.word_owner.get(w, set())
            s = set(o) if s is None else s & o
            if not s:
                return set()
        s.discard(('sdn', allow))
        return s

    def shared_words(self, q):
        parts, seen = [], set()
        for w in core_tokens(q):
            if w in seen:
                continue
            seen.add(w)
            names = self.word_orgnames.get(w)
            if names:
                ex = ' | '.join(sorted(names)[:3])
                parts.append(f'{w} ({len(names)} listed org names/aliases, e.g. {ex})')
        if not parts:
            return 'shares no word with a listed org'
        return 'shared words: ' + '; '.join(parts)

def prior_files():
    names = ['train.jsonl', 'validation.jsonl'] + [f'train{i}.jsonl' for i in range(2, 64)]
    return [os.path.join(PRIOR_DIR, n) for n in names]

def load_prior(data):
    """Returns (keys, full folds, per-entity use counts, file count). Never prints rows."""
    keys, fulls, uses, n = set(), set(), Counter(), 0
    for p in prior_files():
        if not os.path.exists(p):
            continue
        n += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected'):
                    ents = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                    if not ents and r['expected'] in data.by_name:
                        ents = [data.by_name[r['expected']]]
                    for e in set(ents):
                        uses[e] += 1
    return keys, fulls, uses, n
