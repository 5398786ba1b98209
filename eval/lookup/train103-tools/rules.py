"""train103 rules shared by build.py and check.py: positive/negative errors, note formats, quotas."""
import re, unicodedata
import lib, gen
from lib import key, full, core_tokens, has_latin

NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation',
               'legal_form'}
NARC_CAP = 62
PER_KIND = 12

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<program>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$', re.S)
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); (?:reused word: (?P<rw>[A-Za-z]+) '
                    r'\((?P<rwn>\d+) listed org (?:name/alias|names/aliases)\) from in-set target (?P<rt>.+?) '
                    r'\[SDN ent_num (?P<re>\d+)\]; )?(?P<shared>shared words: .+|shares no word with a listed org)$', re.S)

def pos_note(kind, variant, program, uses, name, e):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, variant, program, uses, name, e)

def neg_note(d, cat, desc, query, reuse=None):
    s = 'not listed: %s; %s; ' % (cat, desc)
    if reuse:
        w, n, tname, te = reuse
        s += 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, n, 'name/alias' if n == 1 else 'names/aliases', tname, te)
    return s + d.shared_words(query)

def _letters(s):
    return sum(1 for c in s if c.isalpha())

def pos_errors(d, pk, pf, e, kind, query, item=None):
    errs = []
    name = d.sdn[e]['name']
    me = ('S', e)
    if not query or not query.strip():
        return ['empty query']
    if key(query) in pk:
        errs.append('earlier key')
    if kind != 'script' and full(query) in pf:
        errs.append('earlier full fold')
    if kind == 'case':
        if query == name:
            errs.append('equal to the name')
        if query.lower() != name.lower() or len(query) != len(name):
            errs.append('not a pure case change')
    elif key(query) == key(name):
        errs.append('equal to the name')
    if kind in FOLD_CHANGE and full(query) == full(name):
        errs.append('fold unchanged')
    if kind not in ('messy', 'script'):
        if d.fold_hits(query, exclude=me):
            errs.append('fold onto another record')
    if kind != 'script':
        if not has_latin(query):
            errs.append('no Latin letters')
        if not core_tokens(query):
            errs.append('no content word')
    if kind == 'partial':
        body = [w for w in core_tokens(query)]
        if sum(1 for w in body if len(w) >= 3 and w.isalpha()) < 2:
            errs.append('fewer than 2 content words')
        if _letters(' '.join(body)) < 10:
            errs.append('fewer than 10 letters')
        if d.subset_hit(query, me):
            errs.append('subset of another record')
        if body and all(w in d.place for w in body):
            errs.append('only place words')
    if kind == 'script':
        if has_latin(query):
            errs.append('Latin letters in a script row')
        if item is not None:
            errs += gen.script_errors(item, query)
    return errs

def neg_errors(d, pk, pf, cat, query):
    errs = []
    if not query or not query.strip():
        return ['empty query']
    if key(query) in pk:
        errs.append('earlier key')
    if cat != 'other_script' and full(query) in pf:
        errs.append('earlier full fold')
    if d.fold_hits(query):
        errs.append('fold onto a listed name')
    if d.wordset_hit(query):
        errs.append('word set of a listed name')
    if query in d.exact or query.upper() in d.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and has_latin(query):
        errs.append('Latin letters in other_script')
    if cat == 'shares_one_word' and d.shared_words(query).startswith('shares no word'):
        errs.append('shares no word')
    return errs
