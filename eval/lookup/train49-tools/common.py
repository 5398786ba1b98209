"""Rules shared by build.py and check.py (train49)."""
import json, unicodedata, lib

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
         'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
SDNT_MAX = 0.40

class Ctx:
    def __init__(self):
        self.ix = lib.Index()
        self.qk, self.qf, self.uses, self.nfiles, self.nrows = lib.load_prior()
        self.pool = {p['ent']: p for p in json.load(open(__file__.rsplit('/', 1)[0] + '/cand.json'))}
        self.min_level = min(p['uses'] for p in self.pool.values())

def non_latin(s):
    return any(c.isalpha() and not unicodedata.name(c, 'LATIN').startswith('LATIN') for c in s)

def has_cjk(s):
    return any('\u4e00' <= c <= '\u9fff' for c in s)

def own_names(ctx, ent):
    return [ctx.ix.by_ent[ent]['name']] + ctx.ix.alt.get(ent, [])

def subset_of_other(ctx, q, ent):
    ws = lib.words(q)
    if not ws: return None
    own = set(own_names(ctx, ent))
    sets = [set(ctx.ix.word_org.get(w, [])) for w in ws]
    common = set.intersection(*sets) - own
    return sorted(common)[:3] if common else None

def pos_errors(ctx, kind, q, ent, seen_k, seen_f):
    """Return list of rule violations for one positive candidate."""
    e = []
    ix = ctx.ix
    r = ix.by_ent.get(ent)
    if r is None: return ['no such ent']
    if ent not in ctx.pool: e.append('target not in pool')
    elif ctx.pool[ent]['uses'] != ctx.min_level: e.append('target not at lowest level')
    k, f = lib.qkey(q), lib.full(q)
    if k in ctx.qk: e.append('earlier query key')
    if kind != 'script' and f in ctx.qf: e.append('earlier query fold')
    if k in seen_k or (kind != 'script' and f in seen_f): e.append('in-set repeat')
    if kind == 'case':
        if q == r['name']: e.append('equal to name')
    elif k == lib.qkey(r['name']): e.append('equal to name')
    if kind in ('partial', 'translation', 'transliteration', 'word_order'):
        ownk = set().union(*[lib.keys(n) for n in own_names(ctx, ent)])
        if lib.keys(q) & ownk: e.append('folds to own name/alias')
    if kind in ('typo', 'abbreviation') and f == lib.full(r['name']): e.append('equals own fold')
    if kind == 'aka' and q not in ix.alt.get(ent, []): e.append('not an alias of target')
    if kind not in ('messy', 'script'):
        other = ix.owners(q) - {ent}
        if other: e.append('folds onto other record %s' % sorted(map(str, other))[:3])
    if kind == 'partial':
        s = subset_of_other(ctx, q, ent)
        if s: e.append('partial words inside other name %s' % s)
    if kind == 'script' and not non_latin(q): e.append('script row without non-Latin letters')
    return e

def shared_info(ctx, q):
    parts = []
    for w in sorted(lib.words(q)):
        names = ctx.ix.word_org.get(w)
        if names:
            u = sorted(set(names))
            parts.append("'%s' (%d listed, e.g. %s)" % (w, len(u), '; '.join(u[:3])))
    return parts

def neg_errors(ctx, cat, q, seen_k, seen_f, near=None, targets=None):
    e = []
    k, f = lib.qkey(q), lib.full(q)
    if k in ctx.qk: e.append('earlier query key')
    if cat != 'other_script' and f in ctx.qf: e.append('earlier query fold')
    if k in seen_k or (cat != 'other_script' and f in seen_f): e.append('in-set repeat')
    if ctx.ix.owners(q): e.append('folds onto listed %s' % sorted(map(str, ctx.ix.owners(q)))[:3])
    ws = frozenset(lib.words(q))
    if ws and ws in ctx.ix.wordsets: e.append('word set equals a listed name')
    if cat == 'other_script' and not non_latin(q): e.append('other_script without non-Latin letters')
    sh = shared_info(ctx, q)
    if cat == 'shares_one_word' and not sh: e.append('shares no word')
    if cat == 'near_miss':
        if not near: e.append('near_miss without target')
        else:
            ent, word = near
            if targets is not None and ent not in targets: e.append('near-miss target not in set')
            if word not in lib.words(q) or word not in lib.words(ctx.ix.by_ent[ent]['name']):
                e.append('reused word not in both')
    return e

def pos_note(ctx, kind, variant, ent):
    r = ctx.ix.by_ent[ent]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, variant, r['prog'], ctx.uses.get(ent, 0), r['name'], ent)

def neg_note(ctx, cat, q, desc, near=None):
    sh = shared_info(ctx, q)
    s = 'not listed: %s; %s; ' % (cat, desc)
    s += ('shared words: ' + ', '.join(sh)) if sh else 'shares no word with a listed org'
    if near:
        ent, word = near
        s += "; near miss reuses '%s' from target %s (ent_num %d)" % (word, ctx.ix.by_ent[ent]['name'], ent)
    return s

def is_sdnt(prog):
    return any(p.strip(' []') in ('SDNT', 'SDNTK') for p in prog.split('] ['))
