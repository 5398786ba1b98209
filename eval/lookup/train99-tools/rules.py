"""train99 rules shared by build.py and check.py."""
import re, unicodedata
import lib, gen
from lib import key, full, content_words

NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<program>.+?); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')

def pos_note(kind, var, rec, uses):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, var, rec['program'], uses, rec['name'], rec['ent'])

def has_latin(s):
    s = unicodedata.normalize('NFKD', s)
    return any(('a' <= c.lower() <= 'z') for c in s)

def pos_errors(kind, shape, q, rec, data, prior):
    keys, folds = prior[0], prior[1]
    e = []
    owner = ('sdn', rec['ent'])
    if not q.strip():
        return ['empty query']
    if key(q) in keys:
        e.append('earlier key')
    if kind != 'script' and full(q) in folds:
        e.append('earlier full fold')
    if kind == 'case':
        if q == rec['name']:
            e.append('equal to the name')
        if q.lower() != rec['name'].lower():
            e.append('not a pure case change')
    elif key(q) == key(rec['name']):
        e.append('equal to the name')
    if kind in FOLD_CHANGE and full(q) == full(rec['name']):
        e.append('fold unchanged')
    if kind not in ('messy', 'script') and data.fold_hits(q, owner):
        e.append('folds onto another record')
    if kind == 'script':
        if has_latin(q):
            e.append('Latin letters')
        e += gen.script_errors(shape, q)
    else:
        if not content_words(q):
            e.append('no content word')
        if not has_latin(q):
            e.append('no Latin letters')
    if kind == 'partial':
        cw = [w for w in content_words(q) if len(w) >= 3]
        if len(cw) < 2:
            e.append('fewer than 2 content words')
        if sum(1 for c in q if c.isalpha()) < 10:
            e.append('fewer than 10 letters')
        if data.subset_hit(q, owner):
            e.append('subset of another record')
        if all(w in data.place for w in content_words(q)):
            e.append('only place words')
    if kind == 'aka':
        ok = [a for a in data.alts[rec['ent']] if a['name'] == q and a['type'] == 'aka']
        if not ok:
            e.append('not an own aka alias')
    return e

def neg_errors(cat, q, data, prior):
    keys, folds = prior[0], prior[1]
    e = []
    if not q.strip():
        return ['empty query']
    if key(q) in keys:
        e.append('earlier key')
    if cat != 'other_script' and full(q) in folds:
        e.append('earlier full fold')
    if data.fold_hits(q):
        e.append('folds onto a listed name')
    if content_words(q) and data.wordset_hit(q):
        e.append('word set of a listed name')
    if q in data.exact or q.upper() in data.exact:
        e.append('exact listed name')
    if cat == 'other_script' and has_latin(q):
        e.append('Latin letters')
    if cat == 'shares_one_word' and not data.shared_words(q):
        e.append('shares no word')
    return e

def shared_text(data, q):
    sw = data.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    parts = []
    for w, n, ex in sw:
        parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(ex)))
    return 'shared words: ' + '; '.join(parts)

def neg_note(cat, desc, data, q, reused=None):
    s = 'not listed: %s; %s; ' % (cat, desc)
    if reused:
        w, n, rec = reused
        s += 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, n, 'name/alias' if n == 1 else 'names/aliases', rec['name'], rec['ent'])
    return s + shared_text(data, q)
