import re
from lib import *
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
         'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
NARC_CAP = 62
MAX_LEVEL = 3
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<var>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$')

def pos_errors(d, kind, q, ent, keys, fulls):
    """rules for a positive row; returns list of problems"""
    errs = []
    name = d.sdn[ent][0]
    own = {'sdn:' + ent}
    if key(q) in keys: errs.append('earlier key')
    if kind != 'script' and full(q) in fulls: errs.append('earlier full fold')
    if kind == 'case':
        if q == name or q.lower() != name.lower(): errs.append('case: must equal ignoring case only')
    elif q == name: errs.append('equals target')
    ownf = set()
    for nm in [name] + d.alts.get(ent, []): ownf |= folds(nm)
    if kind in ('partial', 'translation', 'transliteration', 'word_order'):
        if folds(q) & ownf: errs.append('folds onto own name')
    if kind in ('typo', 'abbreviation') and full(q) == full(name): errs.append('equals own full fold')
    if kind == 'aka' and q not in d.alts.get(ent, []): errs.append('aka not own alias')
    if kind not in ('messy', 'script'):
        for f in folds(q):
            o = d.fold.get(f, set()) - own
            if o: errs.append('folds onto other record %s' % sorted(o)[:2]); break
    if kind == 'partial':
        w = words(q)
        for ws, ow in d.wset.items():
            if w and w <= ws and (ow - own): errs.append('partial words subset of other org'); break
    if kind == 'script' and not nonlatin(q): errs.append('script row not non-Latin')
    return errs

def neg_errors(d, cat, q, keys, fulls):
    errs = []
    if key(q) in keys: errs.append('earlier key')
    if cat != 'other_script' and full(q) in fulls: errs.append('earlier full fold')
    if q in d.exact or key(q) in d.exact: errs.append('exact listed name')
    for f in folds(q):
        if f in d.fold: errs.append('fold onto listed name'); break
    if words(q) and words(q) in d.wset: errs.append('word set equals listed name')
    return errs

def shared(d, q):
    out = []
    for w in sorted(words(q)):
        names = sorted(d.word_orgs.get(w, ()))
        if names: out.append((w, len(names), names[:3]))
    return out

def shared_text(d, q):
    s = shared(d, q)
    if not s: return 'shares no word with a listed org'
    return 'shared words: ' + '; '.join('%s (%d listed org names/aliases, e.g. %s)' % (w, n, ', '.join(ex)) for w, n, ex in s)
