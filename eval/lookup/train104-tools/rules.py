"""train104 rules shared by build.py and check.py: positive/negative checks, note formats and quotas."""
import re
import lib, gen

NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_MUST_CHANGE = {'aka', 'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation',
                    'legal_form'}
# ceilings per kind (train103: 7 for every kind); raised by one only where the pool cannot fill a kind
KIND_MAX = {}

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$', re.S)
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); (?:reused word: (?P<rw>[a-z]+) '
                    r'\((?P<rwn>\d+) listed org names?/alias(?:es)?\) from in-set target (?P<rt>.+?) '
                    r'\[SDN ent_num (?P<re>\d+)\]; )?(?P<shared>shared words: .+|shares no word with a listed org)$',
                    re.S)


def max_level(kind):
    return KIND_MAX.get(kind, lib.MAX_LEVEL)


def pos_note(kind, shape, detail, program, uses, name, ent):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, gen.variant(shape, detail), program, uses, name, ent)


def shared_text(d, q):
    sw = d.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    parts = []
    for w, n, ex in sw:
        parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases',
                                                         ' | '.join(ex)))
    return 'shared words: ' + '; '.join(parts)


def neg_note(d, cat, desc, q, reuse=None):
    s = 'not listed: %s; %s; ' % (cat, desc)
    if reuse:
        w, n, tname, ent = reuse
        s += 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, n, 'name/alias' if n == 1 else 'names/aliases', tname, ent)
    return s + shared_text(d, q)


def pos_errors(d, prior, pool_set, uses, kind, ent, shape, detail, q):
    keys, fulls = prior
    errs = []
    rec = d.sdn.get(ent)
    if rec is None or ent not in pool_set:
        return ['target not in pool']
    name = rec['name']
    owner = 'sdn:%d' % ent
    narc = lib.is_narc(rec['program'])
    lv = uses[ent]
    lo = lib.MIN_LEVEL_NARC if narc else lib.MIN_LEVEL_OTHER
    if not (lo <= lv <= max_level(kind)):
        errs.append('level %d outside %d-%d' % (lv, lo, max_level(kind)))
    if not q or not q.strip():
        return errs + ['empty query']
    if lib.key(q) in keys:
        errs.append('earlier key')
    if kind != 'script' and lib.full(q) in fulls:
        errs.append('earlier full fold')
    if kind == 'case':
        if not (q != name and q.lower() == name.lower()):
            errs.append('not a pure case change')
    elif q == name:
        errs.append('equal to the name')
    if kind in FOLD_MUST_CHANGE and lib.full(q) == lib.full(name):
        errs.append('fold unchanged')
    if kind == 'aka':
        ok = any(('alt_num %d' % a) == detail and t == 'aka' and n == q for a, t, n in d.alts.get(ent, []))
        if not ok:
            errs.append('not an own aka alias with that alt_num')
    if kind not in ('messy', 'script') and d.fold_hits(q, owner):
        errs.append('folds onto another record')
    if kind == 'script':
        errs += gen.script_errors(q, shape)
    else:
        if not lib.core_tokens(q):
            errs.append('no content word')
        if not re.search(r'[A-Za-z]', q):
            errs.append('no Latin letter')
    if kind == 'partial':
        ct = lib.core_tokens(q)
        if sum(1 for t in ct if len(t) >= 3) < 2:
            errs.append('partial: fewer than 2 content words')
        if sum(1 for c in q if c.isalpha()) < 10:
            errs.append('partial: fewer than 10 letters')
        if d.subset_hit(ct, owner):
            errs.append('partial: subset of another record')
        if ct and all(t in d.place for t in ct):
            errs.append('partial: only place words')
    return errs


def neg_errors(d, prior, cat, q):
    keys, fulls = prior
    errs = []
    if not q or not q.strip():
        return ['empty query']
    if lib.key(q) in keys:
        errs.append('earlier key')
    if cat != 'other_script' and lib.full(q) in fulls:
        errs.append('earlier full fold')
    if d.fold_hits(q):
        errs.append('folds onto a listed name')
    if d.wordset_hit(q):
        errs.append('word set of a listed name')
    if q in d.exact or q.upper() in d.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and re.search(r'[A-Za-z]', q):
        errs.append('Latin letters in other_script')
    if cat == 'shares_one_word' and not d.shared_words(q):
        errs.append('shares no word')
    return errs
