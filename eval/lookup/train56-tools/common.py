"""Rules shared by build.py and check.py (train56)."""
import re, unicodedata
from lib import full, core, folds, words, key

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
         'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
NARC_CAP = 62          # 40% of 156
MAX_LEVEL = 3

def is_narc(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))

def non_latin(s):
    for ch in s:
        if ch.isalpha():
            n = unicodedata.name(ch, '')
            if not n.startswith('LATIN'):
                return True
    return False

def has_han(s):
    return any('\u4e00' <= ch <= '\u9fff' for ch in s)

class Ctx:
    def __init__(self, D, keys, fulls, uses, pool):
        self.D, self.keys, self.fulls, self.uses, self.pool = D, keys, fulls, uses, pool

def prior_err(q, kind, ctx, script_kinds=('script', 'other_script')):
    if key(q) in ctx.keys: return 'earlier-set repeat (key)'
    if kind not in script_kinds and full(q) in ctx.fulls: return 'earlier-set repeat (full fold)'
    return None

def other_owner(ctx, q, e):
    for f in folds(q):
        o = ctx.D.fold_owner.get(f, set()) - {('S', e)}
        if o: return f, sorted(o)[0]
    return None

def subset_other(ctx, q, e):
    D = ctx.D
    ws = words(q)
    if not ws: return None
    own = {D.sdn[e]['name']} | set(D.alts[e])
    rare = min(ws, key=lambda w: len(D.word_orgs.get(w, ())))
    for n in D.word_orgs.get(rare, ()):
        if n in own: continue
        if ws <= words(n): return n
    return None

def pos_errors(kind, q, e, ctx):
    D = ctx.D
    errs = []
    if e not in ctx.pool: return ['target not in pool']
    if ctx.pool[e] > MAX_LEVEL: errs.append('target level > %d' % MAX_LEVEL)
    name = D.sdn[e]['name']
    p = prior_err(q, kind, ctx, ('script',))
    if p: errs.append(p)
    if kind == 'case':
        if q == name or q.lower() != name.lower(): errs.append('case row must equal name ignoring case only')
    elif q == name: errs.append('equals target name')
    if kind in ('partial', 'translation', 'transliteration', 'word_order'):
        if folds(q) & D.own_folds(e): errs.append('folds onto own name/alias')
    if kind in ('typo', 'abbreviation') and full(q) == full(name): errs.append('equals own full fold')
    if kind == 'aka' and q not in D.alts[e]: errs.append('not an alias of its entity')
    if kind not in ('messy', 'script'):
        o = other_owner(ctx, q, e)
        if o: errs.append('folds onto another record %s via %r' % (o[1], o[0]))
    if kind == 'partial':
        s = subset_other(ctx, q, e)
        if s: errs.append('partial words subset of another org %r' % s)
    if kind == 'script' and not non_latin(q): errs.append('script row without non-Latin letters')
    return errs

def shared_info(ctx, q):
    D = ctx.D
    parts = []
    for w in sorted(words(q)):
        ns = D.word_orgs.get(w)
        if ns:
            ex = sorted(ns)[:3]
            parts.append('%s (%d: %s)' % (w, len(ns), '; '.join(ex)))
    return parts

def neg_errors(cat, q, ctx, extra=None):
    D = ctx.D
    errs = []
    p = prior_err(q, cat, ctx, ('other_script',))
    if p: errs.append(p)
    if q.lower() in D.exact: errs.append('exact listed name')
    for f in folds(q):
        if f in D.fold_owner: errs.append('folds onto listed %s via %r' % (sorted(D.fold_owner[f])[0], f)); break
    ws = words(q)
    if ws and ws in D.ws_owner: errs.append('word set equals a listed name')
    if cat == 'shares_one_word' and not shared_info(ctx, q): errs.append('shares no word')
    return errs

def neg_note(cat, desc, q, ctx):
    sh = shared_info(ctx, q)
    s = 'not listed: %s; %s; ' % (cat, desc)
    s += ('shares ' + ', '.join(sh)) if sh else 'shares no word with a listed org'
    return s

def pos_note(kind, variant, e, ctx):
    D = ctx.D
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, variant, D.sdn[e]['prog'], ctx.uses.get(e, 0), D.sdn[e]['name'], e)
