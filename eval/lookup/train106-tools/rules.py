"""train106 rules shared by build.py and check.py: positive/negative errors, note formats, quotas."""
import re
import lib, gen
from lib import key, full, content

NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NEG_KINDS = list(NEG_QUOTA)
PER_KIND = 12
KIND_MAX = {}  # per-kind level ceilings (none raised)
FOLD_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation',
               'legal_form', 'aka'}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+?); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$')
NEG_RE = re.compile(r'^not listed: (?P<kind>[a-z_]+); (?P<desc>[^;]+); '
                    r'(?:reused word: (?P<rw>[A-Za-z]+) \((?P<rn>\d+) listed org (?:name/alias|names/aliases)\) '
                    r'from in-set target (?P<tgt>.+) \[SDN ent_num (?P<te>\d+)\]; )?'
                    r'(?P<shared>shared words: .+|shares no word with a listed org)$')

def pos_note(kind, var, prog, uses, name, ent):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, var, prog, uses, name, ent)

def count_text(n):
    return '%d listed org name/alias' % n if n == 1 else '%d listed org names/aliases' % n

def shared_text(d, q):
    sw = d.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    return 'shared words: ' + '; '.join('%s (%s, e.g. %s)' % (w, count_text(n), ' | '.join(ex)) for w, n, ex in sw)

def neg_note(d, kind, desc, q, reuse=None):
    s = 'not listed: %s; %s; ' % (kind, desc)
    if reuse:
        w, n, tname, tent = reuse
        s += 'reused word: %s (%s) from in-set target %s [SDN ent_num %d]; ' % (w, count_text(n), tname, tent)
    return s + shared_text(d, q)

def letters(s):
    return sum(c.isalpha() for c in s)

def pos_errors(d, kind, shape, ent, q):
    errs = []
    pool = d.pool()
    if ent not in pool:
        return ['not a pool member']
    e = d.ents[ent]; name = e['name']
    lv = d.level(ent)
    lo = lib.MIN_LEVEL_NARC if lib.is_narc(e['program']) else lib.MIN_LEVEL_OTHER
    hi = KIND_MAX.get(kind, lib.MAX_LEVEL)
    if not (lo <= lv <= hi):
        errs.append('level %d outside %d-%d' % (lv, lo, hi))
    if key(q) in d.prior_keys:
        errs.append('earlier key')
    if kind != 'script' and full(q) in d.prior_full:
        errs.append('earlier full fold')
    if q == name:
        errs.append('equal to the name')
    if kind == 'case' and q.lower() != name.lower():
        errs.append('not a pure case change')
    if kind in FOLD_CHANGE and full(q) == full(name):
        errs.append('fold unchanged')
    if kind not in ('messy', 'script') and d.fold_hits(q, exclude=ent):
        errs.append('fold onto another record')
    if kind != 'script':
        if not content(full(q).split()):
            errs.append('no content word')
        if not lib.has_latin(q):
            errs.append('no Latin letter')
    if kind == 'partial':
        cw = [w for w in content(full(q).split()) if len(w) >= 3]
        if len(cw) < 2:
            errs.append('fewer than 2 content words')
        if letters(q) < 10:
            errs.append('fewer than 10 letters')
        if d.subset_hit(q, ent):
            errs.append('subset of another record')
        if all(w in d.place for w in content(full(q).split())):
            errs.append('only place words')
    if kind == 'script':
        if lib.has_latin(q):
            errs.append('Latin letters in script row')
        errs += gen.script_errors(q, shape)
    if kind == 'aka':
        al = [a for a in d.alts.get(ent, []) if a['name'] == q and a['type'].lower() == 'aka']
        if not al:
            errs.append('not an own aka alias')
    return errs

def neg_errors(d, kind, q):
    errs = []
    if not q.strip():
        return ['empty query']
    if key(q) in d.prior_keys:
        errs.append('earlier key')
    if kind != 'other_script' and full(q) in d.prior_full:
        errs.append('earlier full fold')
    if d.fold_hits(q):
        errs.append('folds onto a listed name')
    if d.wordset_hit(q):
        errs.append('word set of a listed name')
    if q in d.exact or q.upper() in d.exact:
        errs.append('exact listed name')
    if kind == 'other_script' and lib.has_latin(q):
        errs.append('Latin letters in other_script row')
    if kind == 'shares_one_word' and not d.shared_words(q):
        errs.append('shares no word')
    return errs
