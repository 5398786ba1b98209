"""Rules shared by build.py and check.py: positive/negative errors, note formats, quotas."""
import re
import lib, gen

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_ABBR_MAX = 2
NARC_CAP = 62
PER_KIND = 12
KIND_MAX = {}   # per-kind level ceilings (none raised)
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form', 'aka'}

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$', re.S)
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); (?:reused word: (?P<w>\S+) \((?P<n>\d+) listed org (?:name/alias|names/aliases)\) from in-set target (?P<t>.+?) \[SDN ent_num (?P<e>\d+)\]; )?(?P<shared>shares no word with a listed org|shared words: .+)$', re.S)

def pos_note(kind, shape, detail, prog, uses, name, ent):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, gen.variant(shape, detail), prog, uses, name, ent)

def has_latin(q):
    return any(c.isalpha() and c.isascii() for c in q) or any('LATIN' in __import__('unicodedata').name(c, '') for c in q if c.isalpha())

def pos_errors(kind, shape, detail, q, ent, data, prior):
    keys, fulls = prior[0], prior[1]
    name = data.sdn[ent]['name']
    e = []
    if not q.strip(): e.append('empty')
    if lib.key(q) in keys: e.append('earlier key')
    if kind != 'script' and lib.full(q) in fulls: e.append('earlier full fold')
    if kind == 'case':
        if q == name: e.append('equal to the name')
        if q.lower() != name.lower(): e.append('not a pure case change')
    elif q == name:
        e.append('equal to the name')
    if kind in FOLD_CHANGE and lib.full(q) == lib.full(name): e.append('fold unchanged')
    if kind not in ('messy', 'script') and data.fold_hits(q, ent): e.append('fold onto another record')
    if kind == 'script':
        e += gen.script_errors(q, shape)
    else:
        if not lib.core_tokens(q): e.append('no content word')
        if not has_latin(q): e.append('no Latin letters')
    if kind == 'partial':
        cw = [w for w in lib.core_tokens(q) if len(w) >= 3]
        if len(cw) < 2: e.append('fewer than 2 content words')
        body = q
        legal = gen.split_legal(name)[1]
        if legal and q.endswith(' '.join(legal)): body = q[: -len(' '.join(legal))]
        if sum(c.isalpha() for c in body) < 10: e.append('fewer than 10 letters')
        if data.subset_hit(q, ent): e.append('subset of another record')
        if cw and all(w in data.place for w in cw): e.append('only place words')
    return e

def neg_errors(cat, q, data, prior):
    keys, fulls = prior[0], prior[1]
    e = []
    if not q.strip(): e.append('empty')
    if lib.key(q) in keys: e.append('earlier key')
    if cat != 'other_script' and lib.full(q) in fulls: e.append('earlier full fold')
    if data.fold_hits(q): e.append('fold onto a listed name')
    if lib.core_tokens(q) and data.wordset_hit(q): e.append('word set of a listed name')
    if q in data.exact or q.upper() in data.exact: e.append('exact listed name')
    if cat == 'other_script' and has_latin(q): e.append('Latin letters')
    if cat == 'shares_one_word' and data.shared_words(q).startswith('shares no'): e.append('shares no word')
    return e

def neg_note(cat, desc, q, data, reuse=None):
    mid = ''
    if reuse:
        w, n, t, ent = reuse
        mid = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (w, n, 'name/alias' if n == 1 else 'names/aliases', t, ent)
    return 'not listed: %s; %s; %s%s' % (cat, desc, mid, data.shared_words(q))
