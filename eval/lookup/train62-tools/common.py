"""Rules for train62 (shared by build.py and check.py)."""
import unicodedata
from lib import *

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
NARC_CAP = 62
NO_OWN_FOLD = {'partial', 'translation', 'transliteration', 'word_order'}
SCRIPTY = {'script', 'other_script'}


def non_latin(q):
    for ch in q:
        if ch.isalpha():
            n = unicodedata.name(ch, '')
            if not n.startswith('LATIN'):
                return True
    return False


def has_cjk(q):
    return any('CJK' in unicodedata.name(ch, '') for ch in q)


def pos_errors(d, prior, kind, query, name, seen_keys, seen_fulls):
    keys, fulls, uses = prior
    errs = []
    e = d.by_name.get(name)
    if e is None:
        return ['target not a unique SDN_Name: %r' % name]
    if not d.in_pool(e):
        errs.append('target not in pool')
    if uses[e] > 3:
        errs.append('target used %d times before' % uses[e])
    k, f = key(query), full(query)
    if k in keys:
        errs.append('earlier-set query (key)')
    if kind != 'script' and f in fulls:
        errs.append('earlier-set query (full fold)')
    if k in seen_keys:
        errs.append('duplicate in set (key)')
    if kind != 'script' and f in seen_fulls:
        errs.append('duplicate in set (full fold)')
    if kind == 'case':
        if query == name or query.lower() != name.lower():
            errs.append('case row not a pure case change')
    elif query == name:
        errs.append('query equals target')
    if kind in NO_OWN_FOLD:
        own = set()
        for n in d.names_of(e):
            own |= folds(n)
        if folds(query) & own:
            errs.append('folds onto own name/alias')
    if kind in ('typo', 'abbreviation') and full(query) == full(name):
        errs.append('equals own full fold')
    if kind == 'aka' and query not in d.alts[e]:
        errs.append('aka is not an alias of its target')
    if kind not in ('messy', 'script'):
        o = d.others_owning(query, e)
        if o:
            errs.append('folds onto another record %s' % sorted(o)[:3])
    if kind == 'partial':
        o = d.others_wordsuper(query, e)
        if o:
            errs.append('partial words are a subset of another record %s' % sorted(o)[:3])
    if kind == 'script' and not non_latin(query):
        errs.append('script row has no non-Latin letters')
    return errs


def shared_text(d, q):
    sh = d.shared(q)
    if not sh:
        return 'shares no word with a listed org'
    return 'shared words: ' + '; '.join('%s (%d listed org names/aliases, e.g. %s)' % (t, n, ' | '.join(ex))
                                         for t, n, ex in sh)


def neg_errors(d, prior, cat, query, seen_keys, seen_fulls, near=None, inset=None):
    keys, fulls, uses = prior
    errs = []
    k, f = key(query), full(query)
    if k in keys:
        errs.append('earlier-set query (key)')
    if cat != 'other_script' and f in fulls:
        errs.append('earlier-set query (full fold)')
    if k in seen_keys:
        errs.append('duplicate in set (key)')
    if cat != 'other_script' and f in seen_fulls:
        errs.append('duplicate in set (full fold)')
    hit = [x for x in folds(query) if x in d.fold_owner]
    if hit:
        errs.append('folds onto a listed name (%s)' % hit[0])
    if words(query) in d.word_owner:
        errs.append('word set equals a listed name')
    if query in d.exact or query.upper() in d.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and not non_latin(query):
        errs.append('other_script row has no non-Latin letters')
    if cat == 'shares_one_word' and not d.shared(query):
        errs.append('shares no word')
    if cat == 'near_miss':
        word, tname = near
        if inset is None or tname not in inset:
            errs.append('near-miss target not in set')
        elif word not in core_tokens(tname) or word not in core_tokens(query):
            errs.append('near-miss word not in both target and query')
    return errs
