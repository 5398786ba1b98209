"""Rules shared by build.py and check.py."""
import re, unicodedata
from lib import key, full, folds, core_tokens, narcotic

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
CATS = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
        'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NARC_CAP = 62
MAX_LEVEL = 3
OWN_FOLD_KINDS = {'partial', 'translation', 'transliteration', 'word_order'}

def non_latin(q):
    return any(ch.isalpha() and 'LATIN' not in unicodedata.name(ch, '') for ch in q)

def pos_note(kind, variant, d, e, uses):
    return (f"{kind}: {variant}; program {d.sdn[e]['prog']}; earlier-set uses {uses}; "
            f"target {d.sdn[e]['name']} [SDN ent_num {e}]")

POS_NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<var>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); '
                         r'target (?P<name>.+) \[SDN ent_num (?P<e>\d+)\]$', re.S)

def check_pos(kind, q, e, d, prior, uses):
    keys, fulls = prior
    err = []
    name = d.sdn[e]['name']
    if not d.in_pool(e): err.append('target not in pool')
    if uses[e] > MAX_LEVEL: err.append('target level > 3')
    if key(q) in keys: err.append('earlier key')
    if kind != 'script' and full(q) in fulls: err.append('earlier full fold')
    if kind == 'case':
        if q == name or q.lower() != name.lower(): err.append('case rule')
    elif q == name: err.append('equals name')
    if kind in OWN_FOLD_KINDS and folds(q) & d.own_folds[e]: err.append('folds onto own name/alias')
    if kind in ('typo', 'abbreviation') and full(q) == full(name): err.append('same full fold as own name')
    if kind == 'aka' and q not in d.alts.get(e, []): err.append('not own alias')
    if kind not in ('messy', 'script') and d.listed_fold(q, allow=e): err.append('folds onto another record')
    if kind == 'partial' and d.subset_owners(q, e): err.append('partial word subset of another record')
    if kind == 'script' and not non_latin(q): err.append('script row has no non-Latin letters')
    if kind != 'script' and kind != 'messy' and not core_tokens(q): err.append('no content word')
    return err

def neg_note(cat, desc, q, d, near=None):
    s = f'not listed: {cat}; {desc}; '
    if near:
        w, e = near
        s += f"reuses '{w}' from in-set target {d.sdn[e]['name']} [SDN ent_num {e}]; "
    return s + d.shared_words(q)

def check_neg(cat, q, d, prior):
    keys, fulls = prior
    err = []
    if key(q) in keys: err.append('earlier key')
    if cat != 'other_script' and full(q) in fulls: err.append('earlier full fold')
    if d.listed_fold(q): err.append('folds onto a listed name')
    if d.wordset_hit(q): err.append('word set equals a listed name')
    if q in d.exact or q.upper() in d.exact: err.append('exact listed name')
    if cat == 'other_script' and not non_latin(q): err.append('other_script has no non-Latin letters')
    if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no'): err.append('shares no word')
    return err
