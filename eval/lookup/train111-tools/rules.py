"""rules.py - positive and negative rules and note formats shared by build.py and check.py (train111)."""
import re
import lib, gen

NARC_CAP = 62
NARC_ABBR_MAX = 2
KIND_MAX = {}   # per-kind level ceilings (none)
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation',
               'legal_form', 'aka')
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); '
                     r'target (?P<name>.+) \[SDN ent_num (?P<e>\d+)\]$')
NEG_RE = re.compile(r'^not listed: (?P<kind>[a-z_]+); (?P<desc>.+?); (?:reused word: (?P<rw>.+?); )?'
                    r'(?P<shared>shared words: .+|shares no word with a listed org)$')


def pos_note(kind, shape, detail, prog, n, name, e):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, gen.variant(shape, detail), prog, n, name, e)


def shared_text(d, q):
    sw = d.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    parts = []
    for w, n, ex in sw:
        parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases',
                                                         ' | '.join(ex)))
    return 'shared words: ' + '; '.join(parts)


def neg_note(d, kind, desc, q, reused=None):
    s = 'not listed: %s; %s; ' % (kind, desc)
    if reused:
        w, n, name, e = reused
        s += 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, n, 'name/alias' if n == 1 else 'names/aliases', name, e)
    return s + shared_text(d, q)


def pos_errors(d, prior, pool, e, kind, shape, detail, q, level):
    keys, folds = prior[0], prior[1]
    errs = []
    if e not in pool:
        return ['not a pool member']
    name, prog = pool[e]
    narc = lib.is_narc(prog)
    if not lib.level_ok(level, narc):
        errs.append('level %d out of range' % level)
    if kind in KIND_MAX and level > KIND_MAX[kind]:
        errs.append('above kind ceiling')
    if lib.key(q) in keys:
        errs.append('earlier key')
    if kind != 'script' and lib.full(q) in folds:
        errs.append('earlier full fold')
    if kind == 'case':
        if q == name or q.lower() != name.lower():
            errs.append('not a pure case change')
        if lib.full(name) in folds or lib.key(name) in keys:
            errs.append('name key/fold was an earlier query')
    elif q == name:
        errs.append('equal to the name')
    if kind in FOLD_CHANGE and lib.full(q) == lib.full(name):
        errs.append('fold unchanged')
    if kind == 'aka':
        ok = any(('alt_num %d' % a) == detail and t.lower() == 'aka' and nm == q for a, t, nm in d.alts.get(e, []))
        if not ok:
            errs.append('not an own aka alias with that alt_num')
    if kind not in ('messy', 'script'):
        if d.fold_hits(q, exclude=('sdn', e)):
            errs.append('fold onto another record')
    if kind != 'script':
        if not lib.core_toks(q):
            errs.append('no content word')
        if not lib.any_latin(q):
            errs.append('no Latin letters')
    if kind == 'partial':
        cw = lib.core_toks(q)
        if sum(1 for w in cw if len(w) >= 3) < 2:
            errs.append('fewer than 2 content words')
        if sum(1 for ch in q if ch.isalpha()) < 10:
            errs.append('fewer than 10 letters')
        if d.subset_hit(cw, exclude=('sdn', e)):
            errs.append('subset rule')
        if all(w in d.place for w in cw):
            errs.append('only place words')
    if kind == 'script':
        if lib.any_latin(q):
            errs.append('Latin letters')
        if gen.script_errors(q, shape):
            errs.append('foreign code points')
    return errs


def neg_errors(d, prior, kind, q):
    keys, folds = prior[0], prior[1]
    errs = []
    if lib.key(q) in keys:
        errs.append('earlier key')
    if kind != 'other_script' and lib.full(q) in folds:
        errs.append('earlier full fold')
    if d.fold_hits(q):
        errs.append('fold onto a listed name')
    if d.wordset_hit(q):
        errs.append('word set of a listed name')
    if q in d.exact or q.upper() in d.exact:
        errs.append('exact listed name')
    if kind == 'other_script' and lib.any_latin(q):
        errs.append('Latin letters')
    if kind == 'shares_one_word' and not d.shared_words(q):
        errs.append('shares no word')
    return errs
