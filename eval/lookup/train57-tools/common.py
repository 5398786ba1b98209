"""Rules shared by build.py and check.py."""
import unicodedata
from collections import defaultdict
from lib import folds, full, core_toks, key

NARC_CAP = 62
MAX_LEVEL = 3
POS_KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
             'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

def non_latin(s):
    return any(c.isalpha() and 'LATIN' not in unicodedata.name(c, '') for c in s)

_word_owners = {}
def word_owners(d):
    if not _word_owners:
        wo = defaultdict(set)
        for e, (n, t, p) in d.sdn.items():
            if t != '-0-': continue
            for s in [n] + d.alts[e]:
                for w in core_toks(s): wo[w].add(('S', e))
        for i, (t, n, al) in enumerate(d.csl):
            if t.lower() == 'individual': continue
            for s in [n] + al:
                for w in core_toks(s): wo[w].add(('C', i))
        _word_owners.update(wo)
    return _word_owners

def subset_of_other(d, q, e):
    ws = set(core_toks(q))
    if not ws: return True
    wo = word_owners(d)
    owners = None
    for w in ws:
        o = wo.get(w, set())
        owners = set(o) if owners is None else owners & o
    owners.discard(('S', e))
    return bool(owners)

def prior_hit(prior, q, kind):
    keys, fulls, _ = prior
    if key(q) in keys: return 'earlier-set key'
    if kind not in ('script', 'other_script') and full(q) in fulls: return 'earlier-set full fold'
    return None

def pos_errors(d, prior, kind, q, e):
    errs = []
    name = d.sdn[e][0]
    h = prior_hit(prior, q, kind)
    if h: errs.append(h)
    if kind == 'case':
        if q == name or q.lower() != name.lower(): errs.append('case row must differ only in case')
    elif q == name: errs.append('equals target')
    if kind in ('partial', 'translation', 'transliteration', 'word_order') and folds(q) & d.own_folds(e):
        errs.append('folds onto own name/alias')
    if kind in ('typo', 'abbreviation') and full(q) == full(name): errs.append('equals own full fold')
    if kind == 'aka' and q not in d.alts[e]: errs.append('not an alias of target')
    if kind not in ('messy', 'script'):
        o = d.other_owners(q, e)
        if o: errs.append('folds onto another record %s' % sorted(o)[:3])
    if kind == 'partial' and subset_of_other(d, q, e): errs.append('partial words subset of another org')
    if kind == 'script' and not non_latin(q): errs.append('script row without non-Latin letters')
    return errs

def shared_words(d, q):
    out = []
    for w in sorted(set(core_toks(q))):
        if w in d.word_orgs:
            ex = sorted(d.word_orgs[w])
            out.append((w, len(ex), ex[:3]))
    return out

def shared_text(d, q):
    sw = shared_words(d, q)
    if not sw: return 'shares no word with a listed org'
    return 'shares ' + '; '.join("'%s' with %d listed org names/aliases (e.g. %s)" % (w, n, ', '.join(ex)) for w, n, ex in sw)

def neg_errors(d, prior, kind, q):
    errs = []
    h = prior_hit(prior, q, kind)
    if h: errs.append(h)
    if q in d.exact: errs.append('exact listed name')
    hit = [f for f in folds(q) if f in d.fold_own]
    if hit: errs.append('folds onto listed name %s' % hit[:2])
    if frozenset(core_toks(q)) in d.wset: errs.append('word set equals a listed name')
    if kind == 'shares_one_word' and not shared_words(d, q): errs.append('shares no word')
    return errs
