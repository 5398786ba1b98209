"""train108 rules shared by build.py and check.py (written from scratch)."""
import re, unicodedata
import lib, gen
from lib import key, full, content_words

QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
         'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
KIND_MAX = {}          # per-kind level ceilings; empty unless a kind needs one
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation',
               'legal_form', 'aka'}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<program>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); (?:reused word: (?P<rw>\S+) \((?P<rn>\d+) listed org '
                    r'(?:name/alias|names/aliases)\) from in-set target (?P<rt>.+?) \[SDN ent_num (?P<re>\d+)\]; )?'
                    r'(?P<shared>shared words: .+|shares no word with a listed org)$')
LATIN = re.compile(r'[A-Za-z]')


def any_latin(q):
    return any(unicodedata.name(c, '').startswith('LATIN') for c in q)


def pos_note(kind, shape, detail, d, e, uses):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, gen.variant(shape, detail), d.sdn[e]['program'], uses, d.sdn[e]['name'], e)


def shared_text(d, q):
    sw = d.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    return 'shared words: ' + '; '.join('%s (%d listed org %s, e.g. %s)' % (
        w, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(ex)) for w, n, ex in sw)


def neg_note(d, cat, desc, q, reuse=None):
    mid = ''
    if reuse:
        w, n, tname, tent = reuse
        mid = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, n, 'name/alias' if n == 1 else 'names/aliases', tname, tent)
    return 'not listed: %s; %s; %s%s' % (cat, desc, mid, shared_text(d, q))


def pos_errors(d, prior, pool_set, uses, kind, shape, detail, q, e):
    keys, fulls = prior
    err = []
    rec = d.sdn[e]; name = rec['name']; own = ('sdn', e)
    narc = lib.is_narc(rec['program'])
    lv = uses[e]
    if e not in pool_set:
        err.append('not a pool member')
    if not lib.level_ok(lv, narc):
        err.append('level %d out of range' % lv)
    if kind in KIND_MAX and lv > KIND_MAX[kind]:
        err.append('level above kind ceiling')
    if not q or not q.strip():
        err.append('empty query')
        return err
    if key(q) in keys:
        err.append('earlier key')
    if kind != 'script' and full(q) in fulls:
        err.append('earlier full fold')
    if kind == 'case':
        if not (q.lower() == name.lower() and q != name):
            err.append('not a pure case change')
    elif q == name:
        err.append('equal to the name')
    if kind in FOLD_CHANGE and full(q) == full(name):
        err.append('fold unchanged')
    if kind == 'aka':
        m = re.fullmatch(r'alt_num (\d+)', detail or '')
        a = d.alts.get(int(m.group(1))) if m else None
        if not a or a['ent'] != e or a['type'] != 'aka' or a['name'] != q:
            err.append('not an own aka alias with that alt_num')
    if kind not in ('messy', 'script') and d.fold_hits(q, own):
        err.append('fold onto another record')
    if kind == 'script':
        if any_latin(q):
            err.append('Latin letters in script row')
        err += gen.script_errors(shape, q)
    else:
        if not content_words(q):
            err.append('no content word')
        if not LATIN.search(q):
            err.append('no Latin letters')
    if kind == 'partial':
        cw = [w for w in content_words(q) if len(w) >= 3 and w.isalpha()]
        if len(cw) < 2:
            err.append('fewer than 2 content words')
        if sum(c.isalpha() for c in q) < 10:
            err.append('fewer than 10 letters')
        if d.subset_hit(q, own):
            err.append('subset of another record')
        if all(w in d.place for w in content_words(q)):
            err.append('only place words')
    return err


def neg_errors(d, prior, cat, q):
    keys, fulls = prior
    err = []
    if not q or not q.strip():
        return ['empty query']
    if key(q) in keys:
        err.append('earlier key')
    if cat != 'other_script' and full(q) in fulls:
        err.append('earlier full fold')
    if d.fold_hits(q):
        err.append('fold onto a listed name')
    if content_words(q) and d.wordset_hit(q):
        err.append('word set of a listed name')
    if q in d.exact or q.upper() in d.exact:
        err.append('exact listed name')
    if cat == 'other_script' and any_latin(q):
        err.append('Latin letters in other_script')
    if cat == 'shares_one_word' and not d.shared_words(q):
        err.append('shares no word')
    return err
