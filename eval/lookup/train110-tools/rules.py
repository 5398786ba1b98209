"""train110 row rules shared by build.py and check.py (written from scratch)."""
import re
import lib, gen

NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
KIND_MAX = {}     # per-kind level ceilings (none raised)
FOLD_MUST_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation',
                    'punctuation', 'legal_form', 'aka'}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.*); program (?P<prog>.*?); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<name>.*) \[SDN ent_num (?P<ent>\d+)\]$')
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>.+?); (?:reused word: (?P<rw>[a-z]+) \((?P<rn>\d+) listed org '
                    r'names?/alias(?:es)?\) from in-set target (?P<rt>.+) \[SDN ent_num (?P<re>\d+)\]; )?'
                    r'(?P<shared>shared words: .+|shares no word with a listed org)$')

def pos_note(kind, shape, detail, r, lev):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (
        kind, gen.variant(shape, detail), r['prog'], lev, r['name'], r['ent'])

def shared_text(d, q):
    sw = d.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    parts = []
    for w, n, ex in sw:
        parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(ex)))
    return 'shared words: ' + '; '.join(parts)

def count_text(n):
    return '%d listed org %s' % (n, 'name/alias' if n == 1 else 'names/aliases')

def neg_note(d, cat, desc, q, reuse=None):
    mid = ''
    if reuse:
        w, n, tr = reuse
        mid = 'reused word: %s (%s) from in-set target %s [SDN ent_num %s]; ' % (w, count_text(n), tr['name'], tr['ent'])
    return 'not listed: %s; %s; %s%s' % (cat, desc, mid, shared_text(d, q))

def content_words(q):
    return [t for t in lib.full(q).split() if t not in lib.FILLER]

def pos_errors(kind, shape, detail, q, r, lev, ctx):
    """ctx: d, pool, keys, folds."""
    d = ctx['d']; errs = []
    narc = lib.is_narc(r['prog'])
    own = ('sdn', r['ent'])
    if r['ent'] not in ctx['pool']:
        errs.append('target not in pool')
    if not lib.level_ok(lev, narc) or lev > KIND_MAX.get(kind, 99):
        errs.append('level %d out of range' % lev)
    if lib.key(q) in ctx['keys']:
        errs.append('earlier key')
    if kind != 'script' and lib.full(q) in ctx['folds']:
        errs.append('earlier full fold')
    if kind == 'case':
        if q == r['name'] or q.lower() != r['name'].lower():
            errs.append('not a pure case change')
    elif q == r['name']:
        errs.append('equal to the name')
    if kind in FOLD_MUST_CHANGE and lib.full(q) == lib.full(r['name']):
        errs.append('fold unchanged')
    if kind == 'aka':
        ok = any(a['type'].lower() == 'aka' and a['name'] == q and detail == 'alt_num %s' % a['alt_num']
                 for a in d.alts.get(r['ent'], []))
        if not ok:
            errs.append('not an own aka alias with that alt_num')
    if kind not in ('messy', 'script') and d.fold_hits(q, own):
        errs.append('fold onto another record')
    if kind != 'script':
        if not content_words(q):
            errs.append('no content word')
        if not lib.any_latin(q):
            errs.append('no Latin letter')
    else:
        if lib.any_latin(q):
            errs.append('Latin letters in script row')
        errs += gen.script_errors(shape, q)
    if kind == 'partial':
        cw = content_words(q)
        if sum(1 for w in cw if len(w) >= 3) < 2:
            errs.append('partial: fewer than 2 content words')
        if sum(c.isalpha() for c in q) < 10:
            errs.append('partial: fewer than 10 letters')
        if d.subset_hit(cw, own):
            errs.append('partial: subset rule')
        if all(w in d.place for w in cw):
            errs.append('partial: only place words')
    return errs

def neg_errors(cat, q, ctx):
    d = ctx['d']; errs = []
    if lib.key(q) in ctx['keys']:
        errs.append('earlier key')
    if cat != 'other_script' and lib.full(q) in ctx['folds']:
        errs.append('earlier full fold')
    if d.fold_hits(q):
        errs.append('fold onto a listed name')
    if d.wordset_hit(q):
        errs.append('word set of a listed name')
    if q in d.exact or q.upper() in d.exact_up:
        errs.append('exact listed name')
    if cat == 'other_script' and lib.any_latin(q):
        errs.append('Latin letters in other_script')
    if cat == 'shares_one_word' and not d.shared_words(q):
        errs.append('shares no word')
    return errs
