"""Rules shared by build.py and check.py."""
import re, unicodedata
from lib import *
NARC_CAP = 62
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
QUOTA = dict(famous_unlisted=25, other_script=18, near_miss=25, shares_one_word=15, generic=15,
             chat_request=25, person_as_company=12, brand_product=10)
SCRIPTISH = {'script', 'other_script'}

def nonlatin(s):
    return any(ch.isalpha() and 'LATIN' not in unicodedata.name(ch, 'LATIN') for ch in s)

def has_cjk(s):
    return any('CJK' in unicodedata.name(ch, '') for ch in s)

class Rules:
    def __init__(self, d, keys, fulls, uses, pool):
        self.d, self.keys, self.fulls, self.uses, self.pool = d, keys, fulls, uses, pool
        self.wown = {}
        for ws, owners in d.wset.items():
            for w in ws: self.wown.setdefault(w, set()).update(owners)
    def own_strings(self, e):
        return [self.d.sdn[e]['name']] + [a for t, a in self.d.alts.get(e, [])]
    def own_folds(self, e):
        s = set()
        for x in self.own_strings(e): s |= folds(x)
        return s
    def pos_errors(self, kind, q, e):
        d = self.d; err = []; name = d.sdn[e]['name']
        if e not in self.pool or self.pool[e] > 3: err.append('target not in pool at level<=3')
        if key(q) in self.keys: err.append('earlier key')
        if kind != 'script' and full(q) in self.fulls: err.append('earlier full fold')
        if kind == 'case':
            if q == name or q.lower() != name.lower(): err.append('case rule')
        elif q == name: err.append('equals name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order') and folds(q) & self.own_folds(e):
            err.append('folds onto own name/alias')
        if kind in ('typo', 'abbreviation') and full(q) == full(name): err.append('equals own full fold')
        if kind == 'aka' and q not in [a for t, a in d.alts.get(e, [])]: err.append('aka not own alias')
        if kind not in ('messy', 'script'):
            for x in folds(q):
                if d.fold_own.get(x, set()) - {e}: err.append('folds onto other record: ' + x); break
        if kind == 'partial':
            ws = words(q)
            if ws:
                inter = None
                for w in ws:
                    inter = set(self.wown.get(w, set())) if inter is None else inter & self.wown.get(w, set())
                if inter - {e}: err.append('partial words subset of another record')
        if kind == 'script' and not nonlatin(q): err.append('script row without non-Latin letters')
        return err
    def neg_errors(self, cat, q):
        d = self.d; err = []
        if key(q) in self.keys: err.append('earlier key')
        if cat not in SCRIPTISH and full(q) in self.fulls: err.append('earlier full fold')
        if q in d.exact or q.upper() in d.exact: err.append('exact listed name')
        for x in folds(q):
            if x in d.fold_own: err.append('fold onto listed: ' + x); break
        if words(q) in d.wset: err.append('word set equals a listed name')
        if cat == 'other_script' and not nonlatin(q): err.append('other_script without non-Latin')
        return err
    def shared(self, q):
        parts = []
        for w in sorted(set(full(q).split()) - FILLER):
            ns = self.d.orgword.get(w)
            if ns:
                ex = ' | '.join(sorted(ns)[:3])
                parts.append('%s (%d listed org names/aliases, e.g. %s)' % (w, len(ns), ex))
        return ('shared words: ' + '; '.join(parts)) if parts else 'shares no word with a listed org'
