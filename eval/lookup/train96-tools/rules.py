"""train96 row rules shared by build.py and check.py."""
import re
import lib, gen

FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

def pos_note(kind, shape, detail, r, uses):
    v = shape if not detail else '%s (%s)' % (shape, detail)
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, v, r['program'], uses, r['name'], r['ent'])

def level_ok(r, uses):
    return lib.min_level(r['program']) <= uses <= lib.MAX_LEVEL

def pos_errors(kind, q, ent, data, pool, prior):
    keys, fulls, uses, _ = prior
    errs = []
    r = pool.get(ent)
    if r is None:
        return ['not a pool member']
    if not level_ok(r, uses[ent]):
        errs.append('level %d out of range' % uses[ent])
    if lib.key(q) in keys:
        errs.append('earlier key')
    if kind != 'script' and lib.full(q) in fulls:
        errs.append('earlier full fold')
    name = r['name']
    if kind == 'case':
        if q == name:
            errs.append('equal to the name')
        elif q.lower() != name.lower():
            errs.append('not a pure case change')
    elif lib.key(q) == lib.key(name):
        errs.append('equal to the name')
    if kind in FOLD_CHANGE and lib.full(q) == lib.full(name):
        errs.append('fold unchanged')
    if kind == 'aka' and q not in [a for (_, t, a) in data.alts.get(ent, [])]:
        errs.append('not an own alias')
    if kind not in ('messy', 'script'):
        if data.fold_hits(q) - {('s', ent)}:
            errs.append('folds onto another record')
        if not lib.core_tokens(q):
            errs.append('no content word')
        if not lib.has_latin(q):
            errs.append('no Latin letters')
    if kind == 'partial':
        ct = [t for t in lib.core_tokens(q) if len(t) >= 3]
        if len(ct) < 2:
            errs.append('partial: < 2 content words of >= 3 letters')
        if data.subset_hit(q, ('s', ent)):
            errs.append('partial: subset of another record')
        if ct and all(t in data.place_tokens for t in ct):
            errs.append('partial: only place words')
    if kind == 'script':
        sh = [s for s in gen.SCRIPT if True]
        ok = [s for s in gen.SCRIPT if not gen.script_errors(q, s)]
        if not ok:
            errs.append('script: code points or Latin letters')
    return errs

def neg_errors(cat, q, data, prior):
    keys, fulls, _, _ = prior
    errs = []
    if not q.strip():
        errs.append('empty query')
    if lib.key(q) in keys:
        errs.append('earlier key')
    if cat != 'other_script' and lib.full(q) in fulls:
        errs.append('earlier full fold')
    if data.fold_hits(q):
        errs.append('folds onto a listed name')
    ws = frozenset(lib.core_tokens(q))
    if ws and ws in data.wordset_owner:
        errs.append('word set of a listed name')
    if q in data.exact or q.upper() in data.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and lib.has_latin(q):
        errs.append('Latin letters in other_script')
    if cat == 'shares_one_word' and not any(data.tok_orgs.get(t) for t in lib.core_tokens(q)):
        errs.append('shares no word')
    return errs

def neg_note(cat, desc, q, data, reuse=None):
    parts = ['not listed: %s' % cat, desc]
    if reuse:
        parts.append(reuse)
    parts.append(data.shared_words(q))
    return '; '.join(parts)

def reuse_text(w, n, r):
    unit = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
    return 'reused word: %s (%d %s) from in-set target %s [SDN ent_num %d]' % (w.lower(), n, unit, r['name'], r['ent'])
