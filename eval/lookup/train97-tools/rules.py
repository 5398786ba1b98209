"""train97 rules shared by build.py and check.py (written from scratch)."""
import re
import lib, gen
from lib import key, full, core_tokens

NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+?); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); '
                     r'target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$', re.S)
LATIN = re.compile(r'[A-Za-z\u00c0-\u024f\u1e00-\u1eff]')

def pos_note(kind, var, prog, uses, name, ent):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (kind, var, prog, uses, name, ent)

class Ctx:
    def __init__(self):
        self.D = lib.data()
        self.keys, self.folds, self.uses, self.nfiles = lib.load_prior()
        self.pool = set(self.D.pool())
    def level(self, ent):
        return self.uses[ent]

def pos_errors(ctx, kind, q, ent):
    D = ctx.D; e = []
    d = D.sdn.get(ent)
    if d is None or ent not in ctx.pool:
        return ['not a pool entity']
    name = d['name']; lv = ctx.level(ent)
    nar = lib.is_narc(d['program'])
    lo = lib.MIN_LEVEL_NARC if nar else lib.MIN_LEVEL_OTHER
    if not (lo <= lv <= lib.MAX_LEVEL):
        e.append('level %d out of range' % lv)
    if not q or not q.strip():
        return e + ['empty query']
    if key(q) in ctx.keys:
        e.append('earlier key')
    if kind != 'script' and full(q) in ctx.folds:
        e.append('earlier full fold')
    if kind == 'case':
        if q == name or q.lower() != name.lower():
            e.append('not a pure case change')
    elif q.lower() == name.lower():
        e.append('equal to the name')
    if kind in ('partial', 'translation', 'transliteration', 'word_order', 'typo', 'abbreviation', 'punctuation',
                'legal_form') and full(q) == full(name):
        e.append('fold unchanged')
    if kind not in ('messy', 'script'):
        if D.fold_hits(q) - {('sdn', ent)}:
            e.append('folds onto another record or CSL name')
        if not core_tokens(full(q)):
            e.append('no content word')
        if not LATIN.search(q):
            e.append('no Latin letters')
    if kind == 'aka':
        if not any(a[2] == q and a[1] == 'aka' for a in D.alts[ent]):
            e.append('not an own aka alias')
    if kind == 'partial':
        ct = [t for t in core_tokens(full(q)) if len(t) >= 3]
        if len(ct) < 2:
            e.append('fewer than 2 content words')
        if D.subset_hit(q, ent):
            e.append('subset rule')
        if all(t in D.place for t in core_tokens(full(q))):
            e.append('only place words')
    if kind == 'script':
        if LATIN.search(q):
            e.append('Latin letters')
    return e

def neg_errors(ctx, cat, q):
    D = ctx.D; e = []
    if not q or not q.strip():
        return ['empty query']
    if key(q) in ctx.keys:
        e.append('earlier key')
    if cat != 'other_script' and full(q) in ctx.folds:
        e.append('earlier full fold')
    if D.fold_hits(q):
        e.append('folds onto a listed name')
    ct = core_tokens(full(q))
    if ct and frozenset(ct) in D.wordset_owner:
        e.append('word set of a listed name')
    if q in D.exact or q.upper() in D.exact:
        e.append('exact listed name')
    if cat == 'other_script' and LATIN.search(q):
        e.append('Latin letters')
    if cat == 'shares_one_word' and not any(D.tok_count(t) for t in ct):
        e.append('shares no word')
    return e

def neg_note(ctx, cat, desc, q, reused=None):
    s = 'not listed: %s; %s; ' % (cat, desc)
    if reused:
        s += reused + '; '
    return s + ctx.D.shared_words(q)

def reused_text(ctx, w, ent):
    n = ctx.D.tok_count(w)
    lab = 'listed org name/alias' if n == 1 else 'listed org names/aliases'
    return 'reused word: %s (%d %s) from in-set target %s [SDN ent_num %s]' % (w, n, lab, ctx.D.sdn[ent]['name'], ent)
