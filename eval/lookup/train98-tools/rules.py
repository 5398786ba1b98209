"""train98 rules shared by build.py and check.py (written from scratch)."""
import re
import lib, gen
from lib import key, full, core_tokens

NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
POS_KINDS = gen.KINDS
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); '
                     r'target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$', re.S)
LATIN = re.compile(r'[A-Za-z\u00c0-\u024f]')
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}


def pos_note(kind, shape, detail, e, d, uses):
    v = d.sdn[e]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, gen.variant(shape, detail), v['program'], uses, v['name'], e)


def pos_errors(kind, e, q, shape, d, pool, prior):
    keys, fulls, uses, _ = prior
    errs = []
    if e not in pool:
        errs.append('not a pool entity')
        return errs
    v = d.sdn[e]; name = v['name']
    lv = uses.get(e, 0)
    narc = lib.is_narc(v['program'])
    lo = lib.MIN_LEVEL_NARC if narc else lib.MIN_LEVEL_OTHER
    if not (lo <= lv <= lib.MAX_LEVEL):
        errs.append('level %d out of range' % lv)
    if kind in gen.NARC_ONLY and not narc:
        errs.append('narcotics-only kind on non-narcotics target')
    if kind not in gen.NARC_ONLY and kind not in gen.MIXED and narc:
        errs.append('non-narcotics kind on narcotics target')
    if not q.strip():
        errs.append('empty query')
    if key(q) in keys:
        errs.append('earlier key')
    if kind != 'script' and full(q) in fulls:
        errs.append('earlier full fold')
    if kind == 'case':
        if q == name:
            errs.append('equal to the name')
        if q.lower() != name.lower():
            errs.append('not a pure case change')
    elif q == name or key(q) == key(name):
        errs.append('equal to the name')
    if kind in FOLD_CHANGE and full(q) == full(name):
        errs.append('fold unchanged')
    if kind == 'aka':
        if not any(a[1] == 'aka' and a[2] == q for a in d.alts.get(e, [])):
            errs.append('not an own aka alias')
    if kind not in ('messy', 'script'):
        if d.fold_hits(q, own=e):
            errs.append('folds onto another record or CSL name')
    if kind != 'script':
        if not core_tokens(q):
            errs.append('no content word')
        if not re.search('[A-Za-z]', q):
            errs.append('no Latin letters')
    if kind == 'partial':
        cw = [w for w in core_tokens(q) if len(w) >= 3]
        if len(cw) < 2:
            errs.append('partial: fewer than 2 content words')
        if d.subset_hit(q, e):
            errs.append('partial: subset of another record')
        if all(w in d.place for w in core_tokens(q)):
            errs.append('partial: only place words')
    if kind == 'script':
        if re.search('[A-Za-z]', q):
            errs.append('Latin letters in script row')
        errs += gen.script_errors(shape, q)
    return errs


def neg_note(cat, desc, q, d, near=None):
    s = 'not listed: %s; %s; ' % (cat, desc)
    if near:
        w, n, tname, te = near
        s += 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, n, 'name/alias' if n == 1 else 'names/aliases', tname, te)
    return s + d.shared_words(q)


def neg_errors(cat, q, d, prior):
    keys, fulls, _, _ = prior
    errs = []
    if not q.strip():
        errs.append('empty query')
    if key(q) in keys:
        errs.append('earlier key')
    if cat != 'other_script' and full(q) in fulls:
        errs.append('earlier full fold')
    if d.fold_hits(q):
        errs.append('folds onto a listed name')
    ws = frozenset(core_tokens(q))
    if ws and d.wordset_owner.get(ws):
        errs.append('word set of a listed name')
    if q in d.exact or q.upper() in d.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and LATIN.search(q):
        errs.append('Latin letters in other_script row')
    if cat == 'shares_one_word' and d.shared_words(q).startswith('shares no word'):
        errs.append('shares_one_word shares no word')
    return errs
