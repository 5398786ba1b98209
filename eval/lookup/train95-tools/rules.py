"""train95 row rules shared by build.py and check.py"""
import lib, gen

def pos_errors(d, prior, kind, e, q, shape=None):
    keys, fulls, uses = prior[0], prior[1], prior[2]
    errs = []
    if e not in d.pool:
        return ['not a pool entity']
    name = d.sdn[e]['name']
    lv = uses[e]
    if not lib.level_ok(d, e, lv):
        errs.append('level %d outside range' % lv)
    if not q.strip():
        return errs + ['empty query']
    if lib.key(q) in keys:
        errs.append('earlier key')
    if kind != 'script' and lib.full(q) in fulls:
        errs.append('earlier full fold')
    if kind == 'case':
        if q == name or q.lower() != name.lower():
            errs.append('not a pure case change')
    elif lib.key(q) == lib.key(name):
        errs.append('equal to the name')
    if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'):
        if lib.full(q) == lib.full(name):
            errs.append('fold unchanged')
    if kind == 'aka' and q not in [a for t, a in d.alt[e]]:
        errs.append('not an own alias')
    if kind not in ('messy', 'script'):
        if d.fold_hits(q, e):
            errs.append('folds onto another record')
        if not lib.content_words(q):
            errs.append('no content word')
        if not lib.has_latin(q):
            errs.append('no Latin letters')
    if kind == 'partial':
        if sum(1 for w in lib.content_words(q) if len(w) >= 3) < 2:
            errs.append('fewer than 2 content words')
        if d.subset_hit(q, e):
            errs.append('subset of another record')
    if kind == 'script':
        if lib.has_latin(q):
            errs.append('Latin letters in script row')
        errs += gen.script_errors(q, shape)
    return errs

def neg_errors(d, prior, cat, q):
    keys, fulls = prior[0], prior[1]
    errs = []
    if not q.strip():
        return ['empty query']
    if lib.key(q) in keys:
        errs.append('earlier key')
    if cat != 'other_script' and lib.full(q) in fulls:
        errs.append('earlier full fold')
    if d.fold_hits(q):
        errs.append('folds onto a listed name')
    cw = frozenset(lib.content_words(q))
    if cw and cw in d.wordset_owners:
        errs.append('word set of a listed name')
    if q in d.exact or q.upper() in d.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and lib.has_latin(q):
        errs.append('Latin letters in other_script')
    if cat == 'shares_one_word' and not any(d.tok_count(t) for t in lib.content_words(q)):
        errs.append('shares no word')
    return errs

def pos_note(d, kind, variant, e, uses):
    s = d.sdn[e]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, variant, s['program'], uses, s['name'], e)
