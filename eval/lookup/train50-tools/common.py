"""Row rules shared by build.py and check.py."""
import json, os
from lib import (Index, load_prior, key, full, core, content, folds, words, nonlatin_letters,
                 is_chinese, LEGAL, HERE)

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
         'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
MAX_LEVEL = 3          # targets must have at most this many earlier uses (lowest levels in the pool)
SDNT_MAX = 0.40


class Ctx:
    def __init__(self):
        self.idx = Index()
        self.keys, self.ffs, self.uses, self.nfiles, self.nrows = load_prior(self.idx)
        self.pool = json.load(open(os.path.join(HERE, 'cand.json')))

    def is_sdnt(self, ent):
        progs = {p.strip() for p in self.idx.by_ent[ent]['program'].split('] [')}
        return bool(progs & {'SDNT', 'SDNTK'})


def earlier(ctx, q, kind):
    """why q repeats an earlier query, or None"""
    if key(q) in ctx.keys:
        return 'earlier query key'
    if kind not in ('script', 'other_script') and full(q) in ctx.ffs:
        return 'earlier query fold'
    return None


def pos_problem(ctx, kind, q, ent):
    """rule violations of a positive row (list of strings)"""
    idx = ctx.idx
    errs = []
    if ent not in idx.by_ent:
        return ['unknown ent']
    r = idx.by_ent[ent]
    name = r['name']
    if ent not in ctx.pool:
        errs.append('target not in pool')
    elif ctx.pool[ent]['level'] > MAX_LEVEL:
        errs.append('target level %d' % ctx.pool[ent]['level'])
    e = earlier(ctx, q, kind)
    if e:
        errs.append(e)
    if kind == 'case':
        if q == name:
            errs.append('equal to name')
        if q.lower() != name.lower():
            errs.append('case row differs beyond case')
    elif key(q) == key(name):
        errs.append('equal to name')
    own = idx.own_folds(ent)
    if kind in ('partial', 'translation', 'transliteration', 'word_order'):
        if folds(q) & own:
            errs.append('folds onto own name/alias')
    if kind in ('typo', 'abbreviation') and full(q) == full(name):
        errs.append('typo/abbreviation equals own fold')
    if kind == 'aka':
        if full(q) not in {full(a) for _, a in idx.alt.get(ent, [])}:
            errs.append('aka not an alias of its entity')
    if kind not in ('messy', 'script'):
        other = idx.hits(q) - {ent}
        if other:
            errs.append('folds onto other record %s' % sorted(other)[:3])
    if kind == 'partial':
        cs = content(q)
        for owner, ws in idx.org_wordsets:
            if owner != ent and cs and cs <= ws:
                errs.append('partial words inside another org name (%s)' % owner)
                break
    if kind == 'script':
        if not nonlatin_letters(q):
            errs.append('script row without non-Latin letters')
    return errs


def neg_problem(ctx, cat, q):
    idx = ctx.idx
    errs = []
    e = earlier(ctx, q, cat)
    if e:
        errs.append(e)
    h = idx.hits(q)
    if h:
        errs.append('folds onto listed %s' % sorted(h)[:3])
    cs = content(q)
    if cs and cs in idx.wordsets:
        errs.append('content-word set equals a listed name')
    if cat == 'shares_one_word' and not idx.shared_words(q):
        errs.append('shares no word')
    if cat == 'other_script' and not nonlatin_letters(q):
        errs.append('other_script without non-Latin letters')
    return errs


def shared_note(ctx, q):
    sw = ctx.idx.shared_words(q)
    if not sw:
        return 'shares no word with a listed org'
    return 'shared words: ' + '; '.join('%s (%d listed org names/aliases, e.g. %s)' % (w, n, ', '.join(ex))
                                         for w, n, ex in sw)


def pos_note(ctx, kind, variant, ent):
    r = ctx.idx.by_ent[ent]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (
        kind, variant, r['program'], ctx.uses[ent], r['name'], ent)


def neg_note(ctx, cat, desc, q, nm=None):
    s = 'not listed: %s; %s; ' % (cat, desc)
    if nm:
        w, ent = nm
        s += 'near miss: reuses "%s" from this set\'s target %s (ent_num %s); ' % (w, ctx.idx.by_ent[ent]['name'], ent)
    return s + shared_note(ctx, q)
