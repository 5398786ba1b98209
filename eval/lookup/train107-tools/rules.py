"""train107 rules shared by build.py and check.py."""
import re
import lib, gen
from lib import key, full, core

KIND_MAX = {}   # per-kind level ceilings (none needed)
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NON_NARC = {'aka', 'typo', 'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy'}
MAX_NARC_ABBR = 2
PER_KIND = 12
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form', 'aka'}

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+?); program (?P<prog>.+?); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); (?:(?P<reuse>reused word: .+? from in-set target .+? '
                    r'\[SDN ent_num \d+\]); )?(?P<shared>shared words: .+|shares no word with a listed org)$')
LATIN = re.compile(r'[A-Za-z]')


def pos_note(kind, shape, detail, e, uses):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, gen.variant(shape, detail), e['program'], uses, e['name'], e['ent'])


def shared_text(data, q):
    sw = data.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    parts = []
    for w, n, ex in sw:
        parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(ex)))
    return 'shared words: ' + '; '.join(parts)


def neg_note(data, cat, desc, q, reuse=None):
    mid = '' if not reuse else reuse + '; '
    return 'not listed: %s; %s; %s%s' % (cat, desc, mid, shared_text(data, q))


def reuse_text(data, word, e):
    n = data.tok_count(word)
    return 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]' % (
        word, n, 'name/alias' if n == 1 else 'names/aliases', e['name'], e['ent'])


def level_errors(e, lvl, kind):
    errs = []
    if not lib.level_ok(e, lvl):
        errs.append('level %d outside floor/ceiling' % lvl)
    if kind in KIND_MAX and lvl > KIND_MAX[kind]:
        errs.append('level above kind ceiling')
    return errs


def pos_errors(data, prior, pool, kind, shape, q, e):
    keys, fulls = prior
    errs = []
    name = e['name']; own = ('sdn', e['ent'])
    if e['ent'] not in pool:
        errs.append('not a pool member')
    if not q or not q.strip():
        return ['empty query']
    if key(q) in keys:
        errs.append('earlier key')
    if kind != 'script' and full(q) in fulls:
        errs.append('earlier full fold')
    if kind == 'case':
        if q.lower() != name.lower() or q == name:
            errs.append('not a pure case change')
    elif q == name:
        errs.append('equal to the name')
    if kind in FOLD_CHANGE and full(q) == full(name):
        errs.append('fold unchanged')
    if kind not in ('messy', 'script'):
        if data.fold_hits(q) - {own}:
            errs.append('fold onto another record')
    if kind == 'script':
        if LATIN.search(q):
            errs.append('Latin letters in script row')
        errs += gen.script_errors(q, shape)
    else:
        if not core(q):
            errs.append('no content word')
        if not LATIN.search(q):
            errs.append('no Latin letters')
    if kind == 'partial':
        cw = [w for w in core(q).split() if len(w) >= 3]
        if len(cw) < 2:
            errs.append('partial: fewer than 2 content words')
        if sum(c.isalpha() for c in q) < 10:
            errs.append('partial: fewer than 10 letters')
        if data.subset_hit(q, own):
            errs.append('partial: subset of another record')
        if all(data.place(w) for w in core(q).split()):
            errs.append('partial: only place words')
    if kind == 'aka':
        ok = [a for a in data.alts.get(e['ent'], []) if a['name'] == q and a['type'] == 'aka']
        if not ok:
            errs.append('aka: not an own aka alias')
    return errs


def neg_errors(data, prior, cat, q):
    keys, fulls = prior
    errs = []
    if not q or not q.strip():
        return ['empty query']
    if key(q) in keys:
        errs.append('earlier key')
    if cat != 'other_script' and full(q) in fulls:
        errs.append('earlier full fold')
    if data.fold_hits(q):
        errs.append('fold onto a listed name')
    if data.wordset_hit(q):
        errs.append('word set of a listed name')
    if q in data.exact or q.upper() in data.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and LATIN.search(q):
        errs.append('Latin letters in other_script')
    if cat == 'shares_one_word' and not data.shared_words(q):
        errs.append('shares no word')
    return errs
