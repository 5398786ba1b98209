"""Rules shared by build.py and check.py (train51)."""
from lib import Index, load_prior, key, full, folds, words, non_latin, has_cjk, KINDS, QUOTAS

MAX_LEVEL = 3
NARC = ('SDNT', 'SDNTK')
NARC_CAP = 62          # 62/156 = 39.7% <= 40%
OWN_FOLD_BANNED = {'partial', 'translation', 'transliteration', 'word_order'}

class Ctx:
    def __init__(self):
        self.ix = Index()
        self.keys, self.fulls, self.uses = load_prior(self.ix.ents)
        self.pool_ok = {}
    def in_pool(self, ent):
        if ent in self.pool_ok:
            return self.pool_ok[ent]
        ix = self.ix
        e = ix.ents.get(ent)
        ok = bool(e) and e['type'] == '' and ix.name_count[e['name']] == 1 and e['name'] not in ix.alias_names
        if ok:
            for n in ix.names_of(ent):
                for f in folds(n):
                    if ix.fold_owner[f] - {ent}:
                        ok = False
        self.pool_ok[ent] = ok
        return ok

def is_narc(program):
    return program.strip() in NARC

def pos_problem(ctx, kind, ent, query):
    """None if the positive candidate passes the per-row rules, else a reason."""
    ix = ctx.ix
    if kind not in KINDS:
        return 'bad kind'
    if not ctx.in_pool(ent):
        return 'target not in pool'
    lvl = ctx.uses[ent]
    if lvl > MAX_LEVEL:
        return 'target level %d > %d' % (lvl, MAX_LEVEL)
    name = ix.ents[ent]['name']
    if key(query) in ctx.keys:
        return 'earlier-set query (key)'
    if kind != 'script' and full(query) in ctx.fulls:
        return 'earlier-set query (full fold)'
    if kind == 'case':
        if query == name or query.lower() != name.lower():
            return 'case row must differ from name only by case'
    elif key(query) == key(name):
        return 'equals target name'
    own = set()
    for n in ix.names_of(ent):
        own |= folds(n)
    if kind in OWN_FOLD_BANNED and folds(query) & own:
        return 'folds onto own name/alias'
    if kind in ('typo', 'abbreviation') and full(query) == full(name):
        return 'equals own full fold'
    if kind == 'aka' and query not in [a for _, a in ix.alts.get(ent, [])]:
        return 'aka row is not an alias of its target'
    if kind not in ('messy', 'script'):
        other = ix.fold_hits(query) - {ent}
        if other:
            return 'folds onto another record %s' % sorted(map(str, other))[:3]
    if kind == 'partial':
        ws = words(query)
        for ows, owner in ix.org_wordsets:
            if owner != ent and ws and ws <= ows:
                return 'partial words inside another org name (%s)' % owner
    if kind == 'script' and not non_latin(query):
        return 'script row has no non-Latin letters'
    return None

def neg_problem(ctx, cat, query):
    ix = ctx.ix
    if cat not in QUOTAS:
        return 'bad category'
    if key(query) in ctx.keys:
        return 'earlier-set query (key)'
    if cat != 'other_script' and full(query) in ctx.fulls:
        return 'earlier-set query (full fold)'
    if ix.fold_hits(query):
        return 'folds onto a listed name'
    ws = words(query)
    if ws and ws in ix.wordsets:
        return 'same content-word set as a listed name'
    if cat == 'shares_one_word' and not ix.shared_words(query):
        return 'shares no word'
    if cat == 'other_script' and not non_latin(query):
        return 'other_script row has no non-Latin letters'
    return None

def shared_note(ctx, query):
    sh = ctx.ix.shared_words(query)
    if not sh:
        return 'shares no word with a listed org'
    parts = []
    for w, names in sh:
        parts.append("shares '%s' with %d listed org names/aliases (e.g. %s)" % (w, len(names), '; '.join(names[:3])))
    return '; '.join(parts)

def pos_note(ctx, kind, ent, variant):
    e = ctx.ix.ents[ent]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, variant, e['program'], ctx.uses[ent], e['name'], ent)

def neg_note(ctx, cat, query, desc, nm=None):
    s = 'not listed: %s; %s' % (cat, desc)
    if nm:
        ent, word = nm
        s += "; reuses '%s' from in-set target %s [ent_num %d]" % (word, ctx.ix.ents[ent]['name'], ent)
    return s + '; ' + shared_note(ctx, query)
