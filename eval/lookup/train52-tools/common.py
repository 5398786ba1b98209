"""Rules shared by build.py and check.py."""
import json, os
from collections import defaultdict
from lib import Data, load_prior, key, full, folds, content, has_nonlatin, is_narc

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
         'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
MAX_LEVEL = 3
NARC_CAP = 62          # 40% of 156, rounded down
HERE = os.path.dirname(os.path.abspath(__file__))

class Ctx:
    def __init__(self):
        self.d = Data()
        self.keys, self.fulls, self.uses = load_prior(self.d)
        self.pool = json.load(open(os.path.join(HERE, 'cand.json')))
        # content-word -> org owners, for the partial subset rule
        self.word_owner = defaultdict(set)
        self.org_words = {}
        for ent, e in self.d.sdn.items():
            if not self.d.is_org(ent): continue
            for i, n in enumerate([e['name']] + self.d.alts[ent]):
                ws = content(n)
                self.org_words[(ent, i)] = ws
                for w in ws: self.word_owner[w].add((ent, i))

    def subset_of_other(self, q, ent):
        ws = content(q)
        if not ws: return True
        cands = None
        for w in ws:
            s = self.word_owner.get(w, set())
            cands = s if cands is None else cands & s
            if not cands: return False
        return any(o != ent for o, _ in cands)

    def pos_errors(self, kind, q, ent):
        d, err = self.d, []
        e = d.sdn.get(ent)
        if e is None: return ['unknown ent']
        name = e['name']
        if self.pool.get(ent) is None: err.append('not in pool')
        elif self.pool[ent] > MAX_LEVEL: err.append('level > %d' % MAX_LEVEL)
        if key(q) in self.keys: err.append('earlier key')
        if kind != 'script' and full(q) in self.fulls: err.append('earlier full fold')
        if kind == 'case':
            if q == name or key(q) != key(name): err.append('case: must differ only in case')
        elif key(q) == key(name): err.append('equals name')
        own = d.own_folds(ent)
        if kind in ('partial', 'translation', 'transliteration', 'word_order') and folds(q) & own:
            err.append('folds onto own name/alias')
        if kind in ('typo', 'abbreviation') and full(q) == full(name): err.append('equals own full fold')
        if kind == 'aka' and q not in d.alts[ent]: err.append('aka not own alias')
        if kind not in ('messy', 'script'):
            o = d.other_owners(q, ent)
            if o: err.append('folds onto other record %s' % sorted(o)[:3])
        if kind == 'partial' and self.subset_of_other(q, ent): err.append('partial words inside another org')
        if kind == 'script' and not has_nonlatin(q): err.append('script row is Latin')
        return err

    def neg_errors(self, cat, q):
        d, err = self.d, []
        if key(q) in self.keys: err.append('earlier key')
        if cat != 'other_script' and full(q) in self.fulls: err.append('earlier full fold')
        if d.any_owner(q): err.append('folds onto listed %s' % sorted(d.any_owner(q))[:3])
        if content(q) in d.wordsets: err.append('same content-word set as a listed name')
        if cat == 'shares_one_word' and not d.shared_words(q): err.append('shares no word')
        return err

    def shared_note(self, q):
        sw = self.d.shared_words(q)
        if not sw: return 'shares no word with a listed org'
        return 'shares ' + '; '.join("'%s' (%d listed org names/aliases, e.g. %s)" % (w, n, ', '.join(ex))
                                     for w, n, ex in sw)

def pos_note(ctx, kind, variant, ent):
    e = ctx.d.sdn[ent]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (
        kind, variant, e['program'], ctx.pool.get(ent, ctx.uses.get(ent, 0)), e['name'], ent)
