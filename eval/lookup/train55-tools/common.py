"""Rules shared by build.py and check.py (train55)."""
import re, json
from lib import *
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_Q = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
         'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
NARC_CAP = 62   # 40% of 156
MAX_LEVEL = 3
NARC = ('SDNT', 'SDNTK')
def nonlatin(s):
    return any(ch.isalpha() and ord(ch) > 0x24F for ch in s)
def cjk(s):
    return any(0x4E00 <= ord(ch) <= 0x9FFF for ch in s)
class Ctx:
    def __init__(self):
        self.d = Data()
        self.keys, self.fulls, self.uses, _ = load_prior(self.d)
        self.pool = json.load(open('cand.json'))
        # org word sets (for partial subset rule): SDN -0- and CSL non-individual
        self.orgsets = []
        for e, v in self.d.sdn.items():
            if v['type'] == '-0-':
                for n in self.d.names(e): self.orgsets.append(('S' + e, words(n)))
        for i, (ns, t) in enumerate(self.d.csl):
            if t.lower() != 'individual':
                for n in ns: self.orgsets.append(('C%d' % i, words(n)))
    def prior_hit(self, q, kind):
        if key(q) in self.keys: return 'earlier-set repeat (key)'
        if kind not in ('script', 'other_script') and full(q) in self.fulls: return 'earlier-set repeat (full fold)'
        return None
    def pos_problem(self, kind, q, e):
        d = self.d
        if e not in self.pool: return 'target not in pool'
        if self.pool[e] > MAX_LEVEL: return 'target level too high'
        name = d.sdn[e]['name']
        if kind == 'case':
            if q == name or q.lower() != name.lower(): return 'case row not a case variant'
        elif q == name: return 'equals target name'
        own = d.own_folds(e)
        fq = folds(q)
        if kind in ('partial', 'translation', 'transliteration', 'word_order') and fq & own:
            return 'folds onto own name/alias'
        if kind in ('typo', 'abbreviation') and full(q) == full(name): return 'equals own full fold'
        if kind == 'aka' and q not in d.alts.get(e, []): return 'not an alias of its entity'
        if kind not in ('messy', 'script'):
            for x in fq:
                other = d.fold_own.get(x, set()) - {'S' + e}
                if other: return 'folds onto another record %s' % sorted(other)[:3]
        if kind == 'partial':
            w = words(q)
            for o, ws in self.orgsets:
                if o != 'S' + e and w and w <= ws: return 'partial words subset of %s' % o
        if kind == 'script' and not nonlatin(q): return 'script row has no non-Latin letters'
        return None
    def shared(self, q):
        parts = []
        for w in sorted(words(q)):
            ns = self.d.word_org.get(w)
            if ns:
                ex = sorted(ns)[:3]
                parts.append("'%s' in %d listed org names/aliases (e.g. %s)" % (w, len(ns), ' | '.join(ex)))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'
    def neg_problem(self, cat, q):
        d = self.d
        for x in folds(q):
            if x in d.fold_own: return 'folds onto listed %s' % sorted(d.fold_own[x])[:3]
        w = frozenset(words(q))
        if w and w in d.wset_own: return 'word set equals a listed name'
        if q in d.exact: return 'exact listed name'
        if cat == 'shares_one_word' and not any(t in d.word_org for t in words(q)): return 'shares no word'
        return None
def pos_note(kind, variant, prog, uses, name, e):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (kind, variant, prog, uses, name, e)
POS_RE = re.compile(r'^(\w+): (.+); program (.+); earlier-set uses (\d+); target (.+) \[SDN ent_num (\d+)\]$')
def neg_note(ctx, cat, desc, q, nm=None):
    s = 'not listed: %s; %s; %s' % (cat, desc, ctx.shared(q))
    if nm:
        w, e = nm
        s += "; near miss: reuses '%s' from in-set target %s [SDN ent_num %s]" % (w, ctx.d.sdn[e]['name'], e)
    return s
