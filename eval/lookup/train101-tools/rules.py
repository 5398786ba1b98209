"""train101 rules shared by build.py and check.py: positive/negative errors, note formats and regexes, quotas."""
import re
import lib, gen

NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NEG_ORDER = list(NEG_QUOTA)
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}
LATIN = re.compile(r'[A-Za-z]')

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<program>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$', re.S)
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); '
                    r'(?:reused word: (?P<rw>[a-z]+) \((?P<rn>\d+) listed org (?:name/alias|names/aliases)\) from in-set target '
                    r'(?P<rt>.+?) \[SDN ent_num (?P<re>\d+)\]; )?'
                    r'(?P<shared>shared words: .+|shares no word with a listed org)$', re.S)

def pos_note(kind, shape, detail, program, uses, name, e):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, gen.variant(shape, detail), program, uses, name, e)

def count_text(n):
    return '%d listed org %s' % (n, 'name/alias' if n == 1 else 'names/aliases')

def shared_text(d, q):
    sw = d.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    return 'shared words: ' + '; '.join('%s (%s, e.g. %s)' % (w, count_text(n), ' | '.join(ex)) for w, n, ex in sw)

def neg_note(d, cat, desc, q, reused=None):
    s = 'not listed: %s; %s; ' % (cat, desc)
    if reused:
        w, n, tname, e = reused
        s += 'reused word: %s (%s) from in-set target %s [SDN ent_num %d]; ' % (w, count_text(n), tname, e)
    return s + shared_text(d, q)

def pos_errors(d, prior, kind, e, shape, q, item=None):
    keys, folds, uses = prior[0], prior[1], prior[2]
    errs = []
    if e not in d.sdn:
        return ['unknown entity']
    name = d.sdn[e]['name']
    me = 'S%d' % e
    if e not in d.pool:
        errs.append('not a pool entity')
    if not lib.level_ok(d, uses, e):
        errs.append('level out of range')
    if not q.strip():
        errs.append('empty query')
    if lib.key(q) in keys:
        errs.append('earlier key')
    if kind != 'script' and lib.full(q) in folds:
        errs.append('earlier full fold')
    if kind == 'case':
        if q == name:
            errs.append('equal to the name')
        if q.lower() != name.lower():
            errs.append('not a pure case change')
    elif lib.key(q) == lib.key(name):
        errs.append('equal to the name')
    if kind in FOLD_CHANGE and lib.full(q) == lib.full(name):
        errs.append('fold unchanged')
    if kind == 'aka':
        if not any(a == q and at.lower() == 'aka' and (item is None or an == item) for an, at, a in d.alts.get(e, [])):
            errs.append('not an own aka alias')
    if kind not in ('messy', 'script') and d.fold_hits(q, me):
        errs.append('fold onto another record')
    if kind != 'script':
        if not lib.core_tokens(lib.full(q)):
            errs.append('no content word')
        if not LATIN.search(q):
            errs.append('no Latin letters')
    if kind == 'partial':
        ct = lib.core_tokens(lib.full(q))
        if len([t for t in ct if len(t) >= 3]) < 2:
            errs.append('fewer than 2 content words')
        if sum(len(w) for w in gen.partial_words(q.split())) < 10:
            errs.append('fewer than 10 letters')
        if d.subset_hit(q, me):
            errs.append('subset rule')
        if ct and all(t in d.place for t in ct):
            errs.append('only place words')
    if kind == 'script':
        if LATIN.search(q):
            errs.append('Latin letters in script row')
        errs += gen.script_errors(q, item)
    return errs

def neg_errors(d, prior, cat, q):
    keys, folds = prior[0], prior[1]
    errs = []
    if not q.strip():
        errs.append('empty query')
    if lib.key(q) in keys:
        errs.append('earlier key')
    if cat != 'other_script' and lib.full(q) in folds:
        errs.append('earlier full fold')
    if d.fold_hits(q):
        errs.append('fold onto a listed name')
    if d.wordset_hit(q):
        errs.append('word set of a listed name')
    if q in d.exact or q.upper() in d.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and LATIN.search(q):
        errs.append('Latin letters in other_script row')
    if cat == 'shares_one_word' and not d.shared_words(q):
        errs.append('shares no word')
    return errs
