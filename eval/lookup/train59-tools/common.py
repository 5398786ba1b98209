"""Rules shared by build.py and check.py (train59)."""
import re, unicodedata
from lib import key, full, folds, core_tokens, tokens, narcotic, LEGAL

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
PER_KIND = 12
NARC_CAP = 62           # 40% of 156, rounded down
MAX_LEVEL = 3
OWN_FOLD_KINDS = {'partial', 'translation', 'transliteration', 'word_order'}


def non_latin(s):
    for c in s:
        if c.isalpha():
            n = unicodedata.name(c, '')
            if not n.startswith('LATIN'):
                return True
    return False


def pos_errors(d, cand, kind, ent, q, prior_keys, prior_fulls):
    """Rule violations of one positive row (set-level rules are checked by the callers)."""
    errs = []
    e = str(ent)
    if e not in cand: return ['target not in pool']
    if cand[e]['level'] > MAX_LEVEL: errs.append('target level above %d' % MAX_LEVEL)
    name = d.sdn[ent]['name']
    if key(q) in prior_keys: errs.append('earlier-set repeat (key)')
    elif kind != 'script' and full(q) in prior_fulls: errs.append('earlier-set repeat (full fold)')
    if kind == 'case':
        if q == name or q.lower() != name.lower(): errs.append('case row must differ from the name only in case')
    elif q == name: errs.append('query equals the name')
    if kind in OWN_FOLD_KINDS and d.own_fold_hit(q, ent): errs.append('folds onto its own name/alias')
    if kind in ('typo', 'abbreviation') and full(q) == full(name): errs.append('equals own full fold')
    if kind == 'aka' and q not in [a for _, a in d.alts[ent]]: errs.append('not an alias of its entity')
    if kind not in ('messy', 'script'):
        o = d.fold_others(q, ent)
        if o: errs.append('folds onto another record %s' % sorted(map(str, o))[:3])
    if kind == 'partial':
        o = d.subset_other(q, ent)
        if o: errs.append('partial words are a subset of another record %s' % sorted(map(str, o))[:3])
    if kind == 'script' and not non_latin(q): errs.append('script row without non-Latin letters')
    return errs


def pos_note(kind, variant, prog, uses, name, ent):
    return f"{kind}: {variant}; program {prog}; earlier-set uses {uses}; target {name} [SDN ent_num {ent}]"


NOTE_RE = re.compile(r"^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); "
                     r"target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$")


def shared_words(d, q):
    out = []
    for w in dict.fromkeys(core_tokens(q)):
        orgs = d.word_orgs.get(w)
        if orgs:
            ex = sorted(orgs)[:3]
            out.append((w, len(orgs), ex))
    return out


def shared_text(d, q):
    sw = shared_words(d, q)
    if not sw: return 'shares no word with a listed org'
    return 'shares ' + '; '.join(f"'{w}' with {n} listed org names/aliases (e.g. {', '.join(ex)})" for w, n, ex in sw)


def neg_errors(d, cat, q, prior_keys, prior_fulls):
    errs = []
    if key(q) in prior_keys: errs.append('earlier-set repeat (key)')
    elif cat != 'other_script' and full(q) in prior_fulls: errs.append('earlier-set repeat (full fold)')
    hit = set()
    for k in folds(q): hit |= d.fold_own.get(k, set())
    if hit: errs.append('folds onto a listed name %s' % sorted(map(str, hit))[:3])
    ws = frozenset(core_tokens(q))
    if ws and ws in d.words_own: errs.append('word set equals a listed name')
    if q in d.exact: errs.append('exact listed name')
    if cat == 'shares_one_word' and not shared_words(d, q): errs.append('shares no word')
    if cat == 'other_script' and not non_latin(q): errs.append('other_script without non-Latin letters')
    return errs


def neg_note(d, cat, desc, q, reuse=None):
    s = f"not listed: {cat}; {desc}; {shared_text(d, q)}"
    if reuse:
        w, ent, name = reuse
        s += f"; near miss: reuses '{w}' from in-set target {name} (ent_num {ent})"
    return s
