"""common.py - the rules of lookup-train53, shared by build.py and check.py."""
import json, os, lib

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
PER_KIND = 12
QUOTAS = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
          'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
N_POS, N_NEG = 156, 145
MAX_LEVEL = 3
NARC_CAP = int(0.4 * N_POS)   # 62
OWN_FOLD_KINDS = {'partial', 'translation', 'transliteration', 'word_order'}
FOLD_EXEMPT = {'messy', 'script'}

def load_pool():
    return {p['ent']: p for p in json.load(open(os.path.join(HERE, 'cand.json')))}

class Ctx:
    def __init__(self):
        self.d = lib.Data()
        self.keys, self.fulls, self.uses = lib.load_prior(self.d)
        self.pool = load_pool()

def prior_errors(ctx, q, kind):
    errs = []
    if lib.key(q) in ctx.keys:
        errs.append('earlier-set query (key)')
    elif kind not in ('script', 'other_script') and lib.full(q) in ctx.fulls:
        errs.append('earlier-set query (full fold)')
    return errs

def positive_errors(ctx, q, kind, ent):
    """rule errors of one positive row (not counting in-set duplicates or caps)"""
    d = ctx.d
    errs = prior_errors(ctx, q, kind)
    e = d.sdn.get(ent)
    if e is None or ent not in ctx.pool:
        return errs + ['target not in pool']
    if ctx.uses[ent] > MAX_LEVEL:
        errs.append('target level %d > %d' % (ctx.uses[ent], MAX_LEVEL))
    name = e['name']
    if kind not in KINDS:
        errs.append('bad kind')
    if kind == 'case':
        if q == name or q.lower() != name.lower():
            errs.append('case row must equal the name ignoring case only')
    elif q.strip().lower() == name.lower():
        errs.append('query equals the name')
    if kind in OWN_FOLD_KINDS and lib.folds(q) & d.own_folds(ent):
        errs.append('folds onto own name/alias')
    if kind in ('typo', 'abbreviation') and lib.full(q) == lib.full(name):
        errs.append('equals own full fold')
    if kind == 'aka' and q not in d.alts.get(ent, []):
        errs.append('aka is not an alias of its entity')
    if kind not in FOLD_EXEMPT:
        oth = d.other_owners(q, ent)
        if oth:
            errs.append('folds onto another record %s' % sorted(map(str, oth))[:3])
    if kind == 'partial':
        sub = d.subset_owners(q, ent)
        if sub:
            errs.append('partial words subset of another org %s' % sorted(map(str, sub))[:3])
    if kind == 'script' and not lib.nonlatin(q):
        errs.append('script row has no non-Latin letters')
    return errs

def negative_errors(ctx, q, cat, near_target=None, near_word=None, in_set_ents=None):
    d = ctx.d
    errs = prior_errors(ctx, q, cat)
    if cat not in QUOTAS:
        errs.append('bad category')
    hit = set()
    for f in lib.folds(q):
        hit |= d.fold_owner.get(f, set())
    if hit:
        errs.append('folds onto a listed name %s' % sorted(map(str, hit))[:3])
    if d.wordset_owners(q):
        errs.append('same content-word set as a listed name')
    if cat == 'shares_one_word' and not d.shared_words(q):
        errs.append('shares no word')
    if cat == 'other_script' and not lib.nonlatin(q):
        errs.append('other_script without non-Latin letters')
    if cat == 'near_miss':
        if near_target is None or (in_set_ents is not None and near_target not in in_set_ents):
            errs.append('near-miss target not in set')
        else:
            tw = set(lib.tokens_full(d.sdn[near_target]['name']))
            if near_word not in tw or near_word not in set(lib.tokens_full(q)):
                errs.append('reused word not in both target and query')
    return errs

def shared_note(ctx, q):
    sw = ctx.d.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    return 'shares ' + ', '.join("'%s' (%d listed org names/aliases, e.g. %s)" % (w, n, '; '.join(ex)) for w, n, ex in sw)

def pos_note(ctx, kind, variant, ent):
    e = ctx.d.sdn[ent]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, variant, e['program'], ctx.uses[ent], e['name'], ent)

def neg_note(ctx, q, cat, desc, near_target=None, near_word=None):
    s = 'not listed: %s; %s; %s' % (cat, desc, shared_note(ctx, q))
    if cat == 'near_miss':
        s += "; reuses '%s' from in-set target %s [SDN ent_num %d]" % (near_word, ctx.d.sdn[near_target]['name'], near_target)
    return s
