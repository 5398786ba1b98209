"""Shared helpers for lookup-train35 (written afresh, standard library only)."""
import csv, json, os, re, unicodedata

DATA = '/work/shared/data'
SDN_DIR = os.path.join(DATA, 'ofac-sdn-2019')
PRIOR_DIR = '/work/main/eval/lookup'
HERE = os.path.dirname(os.path.abspath(__file__))

LEGAL = set('''s a sa sas sac saa sl sll srl sarl spa gmbh ag kg co corp corporation company companies inc incorporated
ltd limited llc llp plc pvt pty bv nv cv de rl the and y e et of ltda eirl cia compania sociedad anonima
jsc ojsc cjsc pjsc ooo zao oao fze fzco fzc llc lp se kft doo dd ad as ab oy sro spol sp zoo bhd sdn
group holding holdings sci srls eurl fz est establishment trading lda limitada sprl sarl fzco fze sal'''.split())


def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def key_ws(s):
    """lower-case + whitespace fold"""
    return ' '.join((s or '').lower().split())


def key_fold(s):
    """accent + punctuation fold"""
    s = strip_acc((s or '').lower())
    s = re.sub(r'\b((?:\w\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = re.sub(r'[^\w\s]', ' ', s)
    s = s.replace('_', ' ')
    return ' '.join(s.split())


def tokens(s):
    return key_fold(s).split()


def content(s):
    return [t for t in tokens(s) if t not in LEGAL and len(t) > 1]


def fold_forms(s):
    f = key_fold(s)
    c = ' '.join(content(s))
    out = {f, f.replace(' ', '')}
    if c:
        out |= {c, c.replace(' ', '')}
    return out


def read_sdn():
    rows = {}
    with open(os.path.join(SDN_DIR, 'sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip().isdigit():
                continue
            e = int(r[0])
            rows[e] = {'ent': e, 'name': clean(r[1]), 'type': clean(r[2]), 'program': clean(r[3]),
                       'remarks': clean(r[11]) if len(r) > 11 else ''}
    return rows


def read_alt():
    alts = {}
    with open(os.path.join(SDN_DIR, 'alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip().isdigit():
                continue
            alts.setdefault(int(r[0]), []).append((clean(r[2]), clean(r[3])))
    return alts


def read_add():
    adds = {}
    with open(os.path.join(SDN_DIR, 'add.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5 or not r[0].strip().isdigit():
                continue
            adds.setdefault(int(r[0]), []).append((clean(r[2]), clean(r[3]), clean(r[4])))
    return adds


def read_csl():
    names = []
    with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
        rd = csv.DictReader(f)
        for r in rd:
            if r.get('name'):
                names.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    names.append(a.strip())
    return names


class World:
    def __init__(self):
        self.sdn = read_sdn()
        self.alt = read_alt()
        self.add = read_add()
        self.csl = read_csl()
        self.name_count = {}
        for r in self.sdn.values():
            self.name_count[r['name']] = self.name_count.get(r['name'], 0) + 1
        self.alias_set = set()
        for e, al in self.alt.items():
            for _, a in al:
                self.alias_set.add(a)
        self.exact_upper = {r['name'].upper() for r in self.sdn.values()} | {a.upper() for a in self.alias_set}
        # fold form -> set of owners ('ent' ints or 'csl')
        self.fold_owner = {}
        for e, r in self.sdn.items():
            for n in [r['name']] + [a for _, a in self.alt.get(e, [])]:
                for f in fold_forms(n):
                    if f:
                        self.fold_owner.setdefault(f, set()).add(e)
        for n in self.csl:
            for f in fold_forms(n):
                if f:
                    self.fold_owner.setdefault(f, set()).add('csl')
        self.by_name = {r['name']: e for e, r in self.sdn.items()}
        # content-word -> set of listed organisations using it (name or alias)
        self.word_orgs = {}
        self.org_tokens = {}
        for e, r in self.sdn.items():
            if r['type'] != '':
                continue
            toks = set()
            for n in [r['name']] + [a for _, a in self.alt.get(e, [])]:
                toks |= set(content(n))
                self.org_tokens.setdefault(e, []).append(set(content(n)))
            for t in toks:
                self.word_orgs.setdefault(t, set()).add(e)

    def is_org(self, e):
        return self.sdn[e]['type'] == ''

    def unique_org_name(self, name):
        e = self.by_name.get(name)
        return (e is not None and self.name_count.get(name) == 1 and self.is_org(e)
                and name not in self.alias_set)

    def owners(self, s):
        o = set()
        for f in fold_forms(s):
            o |= self.fold_owner.get(f, set())
        return o

    def other_owner(self, s, ent):
        return {x for x in self.owners(s) if x != ent}

    def token_subset_other(self, s, ent):
        c = set(content(s))
        if not c:
            return False
        for e, lst in self.org_tokens.items():
            if e == ent:
                continue
            for ts in lst:
                if c <= ts:
                    return True
        return False

    def exact_listed(self, s):
        return s.strip().upper() in self.exact_upper

    def neg_words(self, s):
        out = []
        for t in dict.fromkeys(content(s)):
            if t in self.word_orgs:
                ex = sorted(self.sdn[e]['name'] for e in self.word_orgs[t])[:3]
                out.append((t, len(self.word_orgs[t]), ex))
        return out


def prior_files():
    fs = ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 35)]
    return [os.path.join(PRIOR_DIR, f) for f in fs]


def load_prior(world=None):
    """Return (query_keys, use_counts, n_rows, n_files). Never returns rows."""
    world = world or World()
    keys, uses, n, nf = set(), {}, 0, 0
    for p in prior_files():
        if not os.path.exists(p):
            continue
        nf += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                n += 1
                q = r.get('query') or ''
                keys.add(('ws', key_ws(q)))
                keys.add(('fold', key_fold(q)))
                if r.get('expected') is None:
                    continue
                ents = {int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')}
                if not ents and world.unique_org_name(r['expected']):
                    ents = {world.by_name[r['expected']]}
                for e in ents:
                    uses[e] = uses.get(e, 0) + 1
    return keys, uses, n, nf


def is_prior(keys, q):
    return ('ws', key_ws(q)) in keys or ('fold', key_fold(q)) in keys


def candidates(world, uses):
    out = []
    for e, r in world.sdn.items():
        if not world.is_org(e) or not world.unique_org_name(r['name']):
            continue
        names = [r['name']] + [a for _, a in world.alt.get(e, [])]
        amb = any(world.other_owner(n, e) for n in names)
        out.append({'ent': e, 'name': r['name'], 'program': r['program'], 'uses': uses.get(e, 0), 'ambiguous': amb})
    return out
