"""train102 rules shared by build.py and check.py: positive/negative errors, note formats, quotas."""
import re
import lib, gen
from lib import key, full, content_words, has_latin

NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NEG_KINDS = list(NEG_QUOTA)
FOLD_MUST_CHANGE = {'partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation', 'legal_form'}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+?); program (?P<program>.+?); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
NEG_RE = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); (?:reused word: (?P<rw>[a-z]+) \((?P<rn>\d+) listed org '
                    r'(?:name/alias|names/aliases)\) from in-set target (?P<rt>.+?) \[SDN ent_num (?P<re>\d+)\]; )?'
                    r'(?P<shared>shares no word with a listed org|shared words: .+)$')

class Ctx:
    def __init__(self):
        self.data = lib.Data()
        self.keys, self.folds, self.uses, self.nfiles = lib.load_prior(self.data)
        self.pool = lib.build_pool(self.data)

def pos_note(kind, var, rec, uses, ent):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, var, rec['program'], uses, rec['name'], ent)

def shared_text(data, q):
    sw = data.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    parts = []
    for w, n, ex in sw:
        parts.append('%s (%d listed org %s, e.g. %s)' % (w, n, 'name/alias' if n == 1 else 'names/aliases', ' | '.join(ex)))
    return 'shared words: ' + '; '.join(parts)

def neg_note(data, cat, desc, q, reuse=None):
    mid = ''
    if reuse:
        w, n, tname, tent = reuse
        mid = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, n, 'name/alias' if n == 1 else 'names/aliases', tname, tent)
    return 'not listed: %s; %s; %s%s' % (cat, desc, mid, shared_text(data, q))

def pos_errors(ctx, kind, shape, q, ent):
    d, errs = ctx.data, []
    rec = ctx.pool.get(ent)
    if rec is None:
        return ['not a pool entity']
    name, own = rec['name'], ('S', ent)
    narc = lib.is_narc(rec['program'])
    if not lib.level_ok(ctx.uses[ent], narc):
        errs.append('level %d out of range' % ctx.uses[ent])
    if not q.strip():
        return errs + ['empty query']
    if key(q) in ctx.keys:
        errs.append('earlier key')
    if kind != 'script' and full(q) in ctx.folds:
        errs.append('earlier full fold')
    if kind == 'case':
        if q == name:
            errs.append('equal to the name')
        if len(q) != len(name) or any(a.lower() != b.lower() or a.upper() != b.upper() for a, b in zip(q, name)):
            errs.append('not a pure case change')
    elif key(q) == key(name):
        errs.append('equal to the name')
    if kind in FOLD_MUST_CHANGE and full(q) == full(name):
        errs.append('fold unchanged')
    if kind == 'aka':
        if not any(a['name'] == q and a['type'].lower() == 'aka' for a in d.alts.get(ent, [])):
            errs.append('not an own aka alias')
    if kind not in ('messy', 'script') and d.fold_hits(q, own):
        errs.append('folds onto another record')
    if kind != 'script':
        if not content_words(q):
            errs.append('no content word')
        if not has_latin(q):
            errs.append('no Latin letters')
    else:
        if has_latin(q):
            errs.append('Latin letters in script row')
        errs += gen.script_errors(q, shape)
    if kind == 'partial':
        cw = content_words(q)
        if sum(1 for w in cw if len(w) >= 3) < 2:
            errs.append('fewer than 2 content words')
        if sum(c.isalpha() for c in q) < 10:
            errs.append('fewer than 10 letters')
        if d.subset_hit(q, own):
            errs.append('subset rule')
        if cw and all(w in d.place for w in cw):
            errs.append('only place words')
    return errs

def neg_errors(ctx, cat, q):
    d, errs = ctx.data, []
    if not q.strip():
        return ['empty query']
    if key(q) in ctx.keys:
        errs.append('earlier key')
    if cat != 'other_script' and full(q) in ctx.folds:
        errs.append('earlier full fold')
    if d.fold_hits(q):
        errs.append('folds onto a listed name')
    if d.wordset_hit(q):
        errs.append('word set of a listed name')
    if q in d.exact or q.upper() in d.exact:
        errs.append('exact listed name')
    if cat == 'other_script' and has_latin(q):
        errs.append('Latin letters in other_script')
    if cat == 'shares_one_word' and not d.shared_words(q):
        errs.append('shares no word')
    return errs
