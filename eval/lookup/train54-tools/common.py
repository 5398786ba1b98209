"""Rules shared by build.py and check.py (train54)."""
import json
import lib

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
PER_KIND = 12
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
N_POS, N_NEG = 156, 145
MAX_LEVEL = 3
NARC_CAP = 62   # 40% of 156 = 62.4

class Ctx:
    def __init__(self):
        self.d = lib.Data()
        self.keys, self.fulls, self.uses, self.nprior = lib.load_prior(self.d)
        self.pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
        self._orgsets = None

    def orgsets(self):
        if self._orgsets is None:
            s = []
            for e, r in self.d.sdn.items():
                if r['type'] == '':
                    for n in self.d.names_of(e):
                        ws = lib.wordset(n)
                        if ws: s.append((('sdn', e), ws))
            for i, (n, isorg) in enumerate(self.d.csl):
                if isorg:
                    ws = lib.wordset(n)
                    if ws: s.append((('csl', i), ws))
            self._orgsets = s
        return self._orgsets

    def other_owner(self, q, e):
        """folds of q that belong to a record other than SDN entity e (or any CSL name)."""
        bad = set()
        for fo in lib.folds(q):
            for o in self.d.fold_owner.get(fo, ()):
                if o != ('sdn', e): bad.add(o)
        return bad

    def prior_hit(self, q, key_only=False):
        if lib.key(q) in self.keys: return 'earlier-set query (key)'
        if not key_only and lib.full(q) in self.fulls: return 'earlier-set query (full fold)'
        return None

    def pos_errors(self, kind, q, e):
        """Rule errors for a positive (not counting in-set uniqueness / caps)."""
        d = self.d; errs = []
        if e not in self.pool: return ['target not in pool']
        p = self.pool[e]
        if p['level'] > MAX_LEVEL: errs.append('target level %d > %d' % (p['level'], MAX_LEVEL))
        name = p['name']
        h = self.prior_hit(q, key_only=(kind == 'script'))
        if h: errs.append(h)
        if kind == 'case':
            if q == name or q.lower() != name.lower(): errs.append('case row must equal name ignoring case only')
        elif q == name:
            errs.append('query equals target name')
        if kind in ('partial', 'translation', 'transliteration', 'word_order'):
            if lib.folds(q) & d.own_folds(e): errs.append('folds onto own name/alias')
        if kind in ('typo', 'abbreviation') and lib.full(q) == lib.full(name):
            errs.append('equals own full fold')
        if kind == 'aka' and q not in [a for _, a in d.alts[e]]:
            errs.append('aka row is not an alias of its entity')
        if kind not in ('messy', 'script'):
            oo = self.other_owner(q, e)
            if oo: errs.append('folds onto another record %s' % sorted(oo)[:3])
        if kind == 'partial':
            ws = lib.wordset(q)
            for o, s in self.orgsets():
                if o != ('sdn', e) and ws and ws <= s:
                    errs.append('partial words are a subset of another org %s' % (o,)); break
        if kind == 'script' and not lib.has_nonlatin(q): errs.append('script row has no non-Latin letters')
        return errs

    def shared(self, q):
        out = []
        seen = set()
        for w in lib.core_toks(q):
            if w in seen: continue
            seen.add(w)
            orgs = self.d.word_orgs.get(w)
            if orgs:
                out.append((w, len(orgs), sorted(orgs)[:3]))
        return out

    def neg_errors(self, cat, q):
        d = self.d; errs = []
        h = self.prior_hit(q, key_only=(cat == 'other_script'))
        if h: errs.append(h)
        hit = [fo for fo in lib.folds(q) if fo in d.fold_owner]
        if hit: errs.append('folds onto a listed name: %s' % hit[0])
        ws = lib.wordset(q)
        if ws and ws in d.wset_owner: errs.append('same word set as a listed name')
        if q in d.name_count or q in d.alias_names: errs.append('exact listed name')
        if cat == 'shares_one_word' and not self.shared(q): errs.append('shares no word')
        return errs

def pos_note(kind, variant, p, e):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, variant, p['program'], p['level'], p['name'], e)

def neg_note(ctx, cat, q, desc, nm=None):
    sh = ctx.shared(q)
    if sh:
        parts = ['%s (%d: %s)' % (w, n, '; '.join(ex)) for w, n, ex in sh]
        s = 'shares ' + ', '.join(parts)
    else:
        s = 'shares no word with a listed org'
    note = 'not listed: %s; %s; %s' % (cat, desc, s)
    if nm:
        w, e = nm
        note += '; near miss reuses "%s" from in-set target %s (ent_num %d)' % (w, ctx.pool[e]['name'], e)
    return note
