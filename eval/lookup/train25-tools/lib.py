"""Shared helpers for lookup-train25 (stdlib only)."""
import csv, json, os, re, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
N_PRIOR = 24


def _first(cands, probe):
    for c in cands:
        if os.path.exists(os.path.join(c, probe)):
            return os.path.normpath(c)
    raise SystemExit('cannot find %s in %s' % (probe, cands))


def data_dir():
    return _first([os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'),
                   os.path.join(HERE, '..', '..', '..', 'shared', 'data'),
                   '/work/shared/data'], os.path.join('ofac-sdn-2019', 'sdn.csv'))


def prior_dir():
    return _first([os.path.join(HERE, '..'),
                   os.path.join(HERE, '..', '..', '..', 'main', 'eval', 'lookup'),
                   '/work/main/eval/lookup'], 'train%d.jsonl' % N_PRIOR)


def prior_files():
    d = prior_dir()
    return [os.path.join(d, 'train.jsonl')] + [os.path.join(d, 'train%d.jsonl' % i) for i in range(2, N_PRIOR + 1)]


def clean(s):
    s = (s or '').strip()
    return '' if s == '-0-' else s


def load_sdn():
    d = os.path.join(data_dir(), 'ofac-sdn-2019')
    sdn = {}
    with open(os.path.join(d, 'sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip().isdigit():
                continue
            sdn[int(r[0])] = dict(ent=int(r[0]), name=clean(r[1]), type=clean(r[2]), program=clean(r[3]),
                                  remarks=clean(r[11]) if len(r) > 11 else '')
    alts = defaultdict(list)
    with open(os.path.join(d, 'alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4 or not r[0].strip().isdigit():
                continue
            alts[int(r[0])].append((clean(r[2]), clean(r[3])))
    adds = defaultdict(list)
    with open(os.path.join(d, 'add.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5 or not r[0].strip().isdigit():
                continue
            adds[int(r[0])].append((clean(r[2]), clean(r[3]), clean(r[4])))
    return sdn, alts, adds


def load_csl():
    out = []
    with open(os.path.join(data_dir(), 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r.get('name'):
                out.append(r['name'].strip())
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip():
                    out.append(a.strip())
    return out


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def norm(s):
    s = fold(s).replace('&', ' and ')
    s = re.sub(r"[\'\u2019`]", '', s)
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())


LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa sl srl sarl gmbh ag bv nv kg
oy ab jsc ojsc cjsc pjsc ooo oao zao pao llp lp pte pvt private public joint stock the sas spa ltda limitada
cia sociedad anonima est establishment sro fze fzco fzc kft doo sprl eirl sac ca eu'''.split())
LEGAL_PHRASES = ['s a de c v', 's de r l de c v', 's de r l', 's en c s', 's en c', 'sp z o o', 's a s', 's a r l', 's a c',
                 's a', 's r l', 's l', 's p a', 'b v', 'n v', 'y cia', 'and co', 'e u', 'c a', 'l l c', 'p l c', 'ltd sti',
                 'limited liability company', 'joint stock company', 'e i r l', 's c s', 'a s', 'a c']

STOP = set('the of and de la el del al y for in on a an to et du des le les da do dos das e i fur und'.split())


def core(s):
    t = ' ' + norm(s) + ' '
    for p in LEGAL_PHRASES:
        t = t.replace(' ' + p + ' ', ' ')
        t = t.replace(' ' + p + ' ', ' ')
    return ' '.join(w for w in t.split() if w not in LEGAL)


def qkeys(s):
    n = norm(s)
    c = core(s)
    return {n, n.replace(' ', ''), c, c.replace(' ', ''), ' '.join(sorted(set(c.split())))} - {''}


def qkeys_strict(s):
    """qkeys without the word-set key (word order counts)."""
    n = norm(s)
    c = core(s)
    return {n, n.replace(' ', ''), c, c.replace(' ', '')} - {''}


def load_prior():
    """Return (set of query keys, Counter ent_num -> uses, Counter name -> uses). Never prints rows."""
    qk = set(); qraw = set()
    ent_uses = defaultdict(int); name_uses = defaultdict(int)
    for p in prior_files():
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                qraw.add(' '.join(q.lower().split()))
                n = norm(q)
                qk.add(n); qk.add(n.replace(' ', ''))
                m = re.search(r'ent_num (\d+)\]', r.get('notes') or '')
                if m:
                    ent_uses[int(m.group(1))] += 1
                elif r.get('expected'):
                    name_uses[r['expected']] += 1
    return qraw, qk, ent_uses, name_uses


def is_prior_query(q, qraw, qk):
    n = norm(q)
    return ' '.join(q.lower().split()) in qraw or n in qk or n.replace(' ', '') in qk


class Index:
    """Names/aliases of all SDN records and CSL, keyed by normalised forms."""

    def __init__(self):
        self.sdn, self.alts, self.adds = load_sdn()
        self.csl = load_csl()
        self.key2ents = defaultdict(set)
        self.orgcores = defaultdict(set)  # core of org name/alias -> ents
        self.word2orgs = defaultdict(set)
        name_count = defaultdict(int)
        for e, r in self.sdn.items():
            name_count[r['name']] += 1
        self.name_count = name_count
        self.by_name = {r['name']: e for e, r in self.sdn.items() if name_count[r['name']] == 1}
        for e, r in self.sdn.items():
            names = [r['name']] + [a for _, a in self.alts.get(e, [])]
            for nm in names:
                if not nm:
                    continue
                for k in qkeys(nm):
                    self.key2ents[k].add(e)
                if r['type'] == '':
                    c = core(nm)
                    if c:
                        self.orgcores[c].add(e)
                    for w in set(c.split()):
                        if w not in STOP and len(w) > 1:
                            self.word2orgs[w].add(e)
        self.persontoks = set()
        for e, r in self.sdn.items():
            if r['type'] == 'individual':
                for nm in [r['name']] + [a for _, a in self.alts.get(e, [])]:
                    self.persontoks |= set(norm(nm).split())
        for nm in self.csl:
            for k in qkeys(nm):
                self.key2ents[k].add(-1)

    def hits(self, q):
        out = set()
        for k in qkeys(q):
            out |= self.key2ents.get(k, set())
        return out

    def contained_cores(self, q):
        """Listed organisation cores contained (as whole word sequence) in q."""
        c = ' ' + core(q) + ' '
        out = []
        for oc, ents in self.orgcores.items():
            if (' ' + oc + ' ') in c:
                if len(oc.split()) >= 2 or len(oc) >= 4 and oc == core(q).strip():
                    out.append(oc)
                elif len(oc.split()) == 1 and len(oc) >= 4:
                    out.append(oc)
        return out

    def shared_words(self, q):
        res = []
        for w in dict.fromkeys(core(q).split()):
            if w in STOP or len(w) < 3:
                continue
            ents = self.word2orgs.get(w)
            if ents:
                ex = sorted(self.sdn[e]['name'] for e in ents)[:3]
                res.append((w, len(ents), ex))
        return res

    def neg_note(self, q):
        sw = self.shared_words(q)
        if not sw:
            return 'not listed; shares no word with a listed org'
        parts = ['"%s" %d (%s)' % (w, n, '; '.join(ex)) for w, n, ex in sw]
        return 'not listed; shares content words with listed orgs: ' + ', '.join(parts)
