"""train109 rules shared by build.py and check.py: row checks, note formats."""
import re, unicodedata
import lib, gen

NARC_CAP = 62
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
KIND_MAX = {}  # per-kind level ceilings (none raised)
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation',
               'legal_form', 'aka'}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+?); program (?P<program>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); (?:reused word: (?P<rw>[a-z]+) \((?P<rn>\d+) '
                    r'listed org (?:name/alias|names/aliases)\) from in-set target (?P<rt>.+?) \[SDN ent_num '
                    r'(?P<re>\d+)\]; )?(?P<shared>shared words: .+|shares no word with a listed org)$')


def any_latin(q):
    for ch in q:
        if ch.isalpha() and unicodedata.name(ch, '').startswith('LATIN'):
            return True
    return False


def pos_note(kind, shape, detail, program, uses, name, ent):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, gen.variant(shape, detail), program, uses, name, ent)


def pos_errors(data, prior, pool, kind, ent, shape, detail, q):
    keys, folds, uses = prior
    errs = []
    rec = data.sdn.get(ent)
    if rec is None:
        return ['unknown ent_num']
    name = rec['name']
    narc = lib.is_narc(rec['program'])
    lv = uses[ent]
    if ent not in pool:
        errs.append('not a pool member')
    if not lib.level_ok(lv, narc):
        errs.append('level %d out of range' % lv)
    if kind in KIND_MAX and lv > KIND_MAX[kind]:
        errs.append('level above the kind ceiling')
    if lib.key(q) in keys:
        errs.append('earlier key')
    if kind != 'script' and lib.full(q) in folds:
        errs.append('earlier full fold')
    if kind == 'case':
        if q == name or q.lower() != name.lower():
            errs.append('not a pure case change')
    elif lib.key(q) == lib.key(name):
        errs.append('equal to the name')
    if kind in FOLD_CHANGE and lib.full(q) == lib.full(name):
        errs.append('fold unchanged')
    if kind == 'aka':
        ok = any(typ == 'aka' and a == q and detail == 'alt_num %d' % num for num, typ, a in rec['alts'])
        if not ok:
            errs.append('not an own aka alias with that alt_num')
    if kind not in ('messy', 'script') and data.fold_hits(q, ('sdn', ent)):
        errs.append('fold onto another record')
    if kind != 'script':
        if not lib.content_words(q):
            errs.append('no content word')
        if not any_latin(q):
            errs.append('no Latin letters')
    else:
        if any_latin(q):
            errs.append('Latin letters in a script row')
        errs += gen.script_errors(shape, q)
    if kind == 'partial':
        cw = [w for w in lib.content_words(q) if len(w) >= 3]
        if len(cw) < 2:
            errs.append('partial: fewer than 2 content words of 3+ letters')
        if sum(c.isalpha() for c in q) < 10:
            errs.append('partial: fewer than 10 letters')
        if data.subset_hit(q, ('sdn', ent)):
            errs.append('partial: subset of another record')
        if all(data.place(w) for w in lib.content_words(q)):
            errs.append('partial: only place words')
    return errs


def shared_text(data, q):
    sw = data.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    parts = []
    for w, n, ex in sw:
        parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases',
                                                          ' | '.join(ex)))
    return 'shared words: ' + '; '.join(parts)


def neg_note(data, cat, desc, q, reuse=None):
    s = 'not listed: %s; %s; ' % (cat, desc)
    if reuse:
        w, n, name, ent = reuse
        s += 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, n, 'name/alias' if n == 1 else 'names/aliases', name, ent)
    return s + shared_text(data, q)


def neg_errors(data, prior, cat, q):
    keys, folds, uses = prior
    errs = []
    if lib.key(q) in keys:
        errs.append('earlier key')
    if cat != 'other_script' and lib.full(q) in folds:
        errs.append('earlier full fold')
    if data.fold_hits(q):
        errs.append('fold onto a listed name')
    if data.wordset_hit(q):
        errs.append('word set of a listed name')
    if q in data.exact or q.upper() in data.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and any_latin(q):
        errs.append('Latin letters in other_script')
    if cat == 'shares_one_word' and not data.shared_words(q):
        errs.append('shares no word')
    if not q.strip():
        errs.append('empty query')
    return errs
