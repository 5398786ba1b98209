"""lib.py - data loading and fold keys for lookup-train53 (standard library only)."""
import csv, json, os, re, unicodedata, collections

DATA = '/work/shared/data'
SDN = os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv')
ALT = os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv')
ADD = os.path.join(DATA, 'ofac-sdn-2019', 'add.csv')
CSL = os.path.join(DATA, 'csl-sample', 'csl.csv')
LOOKUP = '/work/main/eval/lookup'
PRIOR_FILES = ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 53)] + ['validation.jsonl']

LEGAL = set('''co company ltd limited sa s a gmbh ltda cia oy ooo sl sas pvt private inc incorporated corp
corporation llc plc ag nv bv srl spa sarl se kg kgaa ab as asa aps oao zao pao ojsc cjsc jsc ojs pjsc fze fzco fzc
llp lp pte bhd sdn kk cv rl sde sdrl de del la las los el al the and y of et e und u des du le les di da do dos
international intl group holding holdings trading general sac saic sae eu sc sa de cv sprl pty mchj tov
establishment est enterprise enterprises en c scs sca sen ca srl sapi spr'''.split())

def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def key(q):
    return ' '.join(q.lower().split())

def tokens_full(s):
    s = strip_accents(s).lower()
    s = s.replace("'", '').replace('\u2019', '').replace('`', '')
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[^\w]+', ' ', s, flags=re.UNICODE)
    s = s.replace('_', ' ')
    toks = s.split()
    out, run = [], ''
    for t in toks:               # join runs of single letters: s a -> sa
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
    return ' '.join(tokens_full(s))

def core_tokens(s):
    return [t for t in tokens_full(s) if t not in LEGAL]

def core(s):
    return ' '.join(core_tokens(s))

def folds(s):
    f, c = full(s), core(s)
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return out

def content_set(s):
    return frozenset(core_tokens(s))

NARC = ('SDNT', 'SDNTK')
def is_narc(program):
    parts = [p.strip() for p in program.replace('[', ' ').replace(']', ' ').split()]
    return any(p in NARC for p in parts)

def nonlatin(s):
    return any(c.isalpha() and ord(c) > 0x24F for c in s)

def has_cjk(s):
    return any(0x4E00 <= ord(c) <= 0x9FFF for c in s)

def _clean(v):
    v = v.strip()
    return '' if v == '-0-' else v

class Data:
    def __init__(self):
        self.sdn = {}            # ent -> dict
        with open(SDN, encoding='utf-8', errors='replace', newline='') as f:
            for row in csv.reader(f):
                if len(row) < 4:
                    continue
                ent = int(row[0])
                self.sdn[ent] = {'ent': ent, 'name': row[1].strip(), 'type': _clean(row[2]),
                                 'program': row[3].strip()}
        self.alts = collections.defaultdict(list)
        with open(ALT, encoding='utf-8', errors='replace', newline='') as f:
            for row in csv.reader(f):
                if len(row) < 4:
                    continue
                self.alts[int(row[0])].append(row[3].strip())
        self.addrs = collections.defaultdict(list)
        with open(ADD, encoding='utf-8', errors='replace', newline='') as f:
            for row in csv.reader(f):
                if len(row) < 5:
                    continue
                self.addrs[int(row[0])].append(' | '.join(_clean(x) for x in row[2:5] if _clean(x)))
        self.csl = []
        self.csl_type = []
        with open(CSL, encoding='utf-8', errors='replace', newline='') as f:
            for row in csv.DictReader(f):
                ctype = (row.get('type') or '').strip()
                names = [row.get('name', '').strip()]
                names += [a.strip() for a in (row.get('alt_names') or '').split(';') if a.strip()]
                self.csl.append([n for n in names if n])
                self.csl_type.append(ctype)
        self.name_count = collections.Counter(e['name'] for e in self.sdn.values())
        self.alias_names = set(a for v in self.alts.values() for a in v)
        self.by_name = {e['name']: e for e in self.sdn.values()}
        # fold index: fold -> owners; owners are ent ints or 'CSL%d'
        self.fold_owner = collections.defaultdict(set)
        self.wordsets = collections.defaultdict(set)   # content set -> owners (all types)
        self.word_orgs = collections.defaultdict(set)  # word -> org names/aliases containing it
        self.word_orgsets = collections.defaultdict(set)  # word -> (owner, content set) of org names
        for ent, e in self.sdn.items():
            for n in [e['name']] + self.alts.get(ent, []):
                for f_ in folds(n):
                    self.fold_owner[f_].add(ent)
                cs = content_set(n)
                if cs:
                    self.wordsets[cs].add(ent)
                if e['type'] == '':
                    for w in cs:
                        self.word_orgs[w].add(n)
                        self.word_orgsets[w].add((ent, cs))
        for i, names in enumerate(self.csl):
            for n in names:
                for f_ in folds(n):
                    self.fold_owner[f_].add('CSL%d' % i)
                cs = content_set(n)
                if cs:
                    self.wordsets[cs].add('CSL%d' % i)
                if self.csl_type[i] != 'Individual':
                    for w in cs:
                        self.word_orgs[w].add(n)
                        self.word_orgsets[w].add(('CSL%d' % i, cs))

    def names_of(self, ent):
        return [self.sdn[ent]['name']] + self.alts.get(ent, [])

    def own_folds(self, ent):
        s = set()
        for n in self.names_of(ent):
            s |= folds(n)
        return s

    def other_owners(self, q, ent):
        """owners other than ent that any fold of q lands on"""
        out = set()
        for f_ in folds(q):
            out |= self.fold_owner.get(f_, set()) - {ent}
        return out

    def is_org_target(self, name):
        e = self.by_name.get(name)
        return (e is not None and self.name_count[name] == 1 and e['type'] == ''
                and name not in self.alias_names)

    def subset_owners(self, q, ent):
        """other org owners one of whose name/alias content sets contains all of q's content words"""
        qs = content_set(q)
        if not qs:
            return set()
        w0 = min(qs, key=lambda w: len(self.word_orgsets.get(w, ())))
        return set(o for o, cs in self.word_orgsets.get(w0, ()) if o != ent and qs <= cs)

    def wordset_owners(self, q):
        return self.wordsets.get(content_set(q), set())

    def shared_words(self, q):
        out = []
        for w in sorted(set(core_tokens(q))):
            orgs = self.word_orgs.get(w)
            if orgs:
                out.append((w, len(orgs), sorted(orgs)[:3]))
        return out

def load_prior(data=None):
    """Returns (set of query keys, set of full folds, Counter ent -> earlier uses). Prints nothing."""
    keys, fulls, uses = set(), set(), collections.Counter()
    for fn in PRIOR_FILES:
        p = os.path.join(LOOKUP, fn)
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q)); fulls.add(full(q))
                if r.get('expected') is None:
                    continue
                ents = [int(x) for x in re.findall(r'ent_num\s+(\d+)', r.get('notes') or '')]
                if ents:
                    for e in set(ents):
                        uses[e] += 1
                elif data is not None and data.name_count.get(r['expected']) == 1:
                    uses[data.by_name[r['expected']]['ent']] += 1
    return keys, fulls, uses
