"""Rules shared by build.py and check.py (train61)."""
import re, unicodedata
import lib

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
PER_KIND = 12
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
             'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NARC_CAP = 62          # 40% of 156 = 62.4
MAX_LEVEL = 3
OWN_FOLD_KINDS = {'partial', 'translation', 'transliteration', 'word_order'}
NOT_OWN_FULL_KINDS = {'typo', 'abbreviation'}
NONLATIN_KINDS = {'script'}

def non_latin(q):
    return any(ch.isalpha() and 'LATIN' not in unicodedata.name(ch, '') for ch in q)

def has_han(q):
    return any('CJK UNIFIED' in unicodedata.name(ch, '') for ch in q)

def other_owner_folds(q, data, own):
    bad = []
    for f in lib.folds(q):
        o = data.fold_owners.get(f, set()) - {own}
        if o:
            bad.append(f)
    return bad

def subset_of_other(q, data, own):
    ws = set(lib.core_words(q))
    if not ws: return True
    for o, sets in data.owner_wsets.items():
        if o == own: continue
        for s in sets:
            if ws <= s:
                return True
    return False

def pos_errors(kind, ent, q, data, prior_keys, prior_fulls):
    """Rule errors for one positive (independent of the rest of the set)."""
    e = []
    r = data.by_ent[ent]
    name = r['name']
    own = ('sdn', ent)
    if lib.key(q) in prior_keys: e.append('earlier-set query key')
    if kind not in NONLATIN_KINDS and lib.full(q) in prior_fulls: e.append('earlier-set full fold')
    if kind == 'case':
        if q == name or q.lower() != name.lower(): e.append('case row not a pure case change')
    elif q == name:
        e.append('equals target')
    if kind in OWN_FOLD_KINDS and lib.folds(q) & data.own_folds(ent): e.append('folds onto own name/alias')
    if kind in NOT_OWN_FULL_KINDS and lib.full(q) in {lib.full(n) for n in data.own_names(ent)}:
        e.append('equals own full fold')
    if kind == 'aka' and q not in [a for t, a in data.alt.get(ent, [])]: e.append('aka not own alias')
    if kind not in ('messy', 'script'):
        b = other_owner_folds(q, data, own)
        if b: e.append('folds onto another record: %s' % b[0])
    if kind == 'partial' and subset_of_other(q, data, own): e.append('partial words subset of another record')
    if kind in NONLATIN_KINDS and not non_latin(q): e.append('script row without non-Latin letters')
    return e

def shared_info(q, data):
    parts, seen = [], set()
    for w in lib.core_words(q):
        if w in seen: continue
        seen.add(w)
        orgs = data.word_orgs.get(w)
        if orgs:
            ex = sorted(orgs)[:3]
            parts.append("'%s' in %d listed org names/aliases (e.g. %s)" % (w, len(orgs), '; '.join(ex)))
    return ', '.join(parts) if parts else 'shares no word with a listed org'

def neg_errors(cat, q, data, prior_keys, prior_fulls):
    e = []
    if lib.key(q) in prior_keys: e.append('earlier-set query key')
    if cat != 'other_script' and lib.full(q) in prior_fulls: e.append('earlier-set full fold')
    if q in data.exact or q.upper() in data.exact: e.append('exact listed name')
    for f in lib.folds(q):
        if f in data.fold_owners:
            e.append('folds onto listed name: %s' % f); break
    ws = frozenset(lib.core_words(q))
    if ws and ws in data.wset_owners: e.append('same word set as a listed name')
    if cat == 'other_script' and not non_latin(q): e.append('other_script without non-Latin letters')
    if cat == 'shares_one_word' and shared_info(q, data).startswith('shares no'): e.append('shares no word')
    return e

def pos_note(kind, variant, r, uses):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, variant, r['prog'], uses, r['name'], r['ent'])

POS_NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<variant>.+); program (?P<prog>.+); earlier-set uses (?P<uses>\d+); '
                         r'target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$')

def neg_note(cat, desc, q, data, nm=None):
    s = 'not listed: %s; %s; %s' % (cat, desc, shared_info(q, data))
    if nm:
        w, r = nm
        s += "; near miss: reuses '%s' from in-set target %s [SDN ent_num %d]" % (w, r['name'], r['ent'])
    return s

NM_RE = re.compile(r"; near miss: reuses '(?P<w>[^']+)' from in-set target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$")
