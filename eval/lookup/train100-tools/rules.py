"""Positive and negative rules, note formats and quotas (shared by build.py and check.py)."""
import re
import lib, gen

POS_KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
             'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
PER_KIND = 12
NEG_QUOTA = dict(famous_unlisted=25, other_script=18, near_miss=25, shares_one_word=15, generic=15, chat_request=25,
                 person_as_company=12, brand_product=10)
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+?); program (?P<program>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); (?:reused word: (?P<w>\S+) \((?P<n>\d+) listed org '
                    r'(?:name/alias|names/aliases)\) from in-set target (?P<target>.+?) \[SDN ent_num (?P<ent>\d+)\]; )?(?P<shared>.+)$')


def pos_note(kind, shape, detail, rec, level):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, gen.variant(shape, detail), rec.program, level, rec.name, rec.ent)


def neg_note(cat, desc, shared, reused=None):
    mid = ''
    if reused:
        w, n, rec = reused
        mid = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, n, 'name/alias' if n == 1 else 'names/aliases', rec.name, rec.ent)
    return 'not listed: %s; %s; %s%s' % (cat, desc, mid, shared)


def pos_errors(kind, shape, q, rec, level, pool, prior, data):
    keys, fulls = prior[0], prior[1]
    e = []
    if rec.ent not in pool:
        e.append('target not in pool')
    if not lib.level_ok(rec, level):
        e.append('level %d out of range' % level)
    if not q.strip():
        e.append('empty query')
    if lib.key(q) in keys:
        e.append('earlier key')
    if kind != 'script' and lib.full(q) in fulls:
        e.append('earlier full fold')
    if q == rec.name:
        e.append('equal to the name')
    if kind == 'case' and q.lower() != rec.name.lower():
        e.append('not a pure case change')
    if kind in FOLD_CHANGE and lib.full(q) == lib.full(rec.name):
        e.append('fold unchanged')
    if kind == 'aka' and q not in [a for an, t, a in rec.aliases if t.lower() == 'aka']:
        e.append('not an own aka alias')
    if kind not in ('messy', 'script') and data.fold_hits(q, rec.ent):
        e.append('folds onto another record')
    if kind != 'script':
        if not lib.content_words(q):
            e.append('no content word')
        if not lib.has_latin(q):
            e.append('no Latin letters')
    else:
        if lib.has_latin(q):
            e.append('Latin letters in script row')
        e += gen.script_errors(shape, q)
    if kind == 'partial':
        cw = [w for w in lib.content_words(q)]
        if len([w for w in cw if len(w) >= 3]) < 2:
            e.append('fewer than 2 content words')
        if sum(ch.isalpha() for ch in ' '.join(t for t in q.split() if not gen.is_legal_tok(t))) < 10:
            e.append('fewer than 10 letters')
        if data.subset_hit(cw, rec.ent):
            e.append('subset rule')
        if cw and all(w in data.place for w in cw):
            e.append('only place words')
    return e


def neg_errors(cat, q, prior, data):
    keys, fulls = prior[0], prior[1]
    e = []
    if not q.strip():
        e.append('empty query')
    if lib.key(q) in keys:
        e.append('earlier key')
    if cat != 'other_script' and lib.full(q) in fulls:
        e.append('earlier full fold')
    if data.fold_hits(q):
        e.append('folds onto a listed name')
    if lib.content_words(q) and data.wordset_hit(q):
        e.append('word set of a listed name')
    if q in data.exact or q.upper() in data.exact:
        e.append('exact listed name')
    if cat == 'other_script' and lib.has_latin(q):
        e.append('Latin letters in other_script')
    if cat == 'shares_one_word' and data.shared_words(q).startswith('shares no'):
        e.append('shares no word')
    return e
