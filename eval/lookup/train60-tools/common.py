"""Rules shared by build.py and check.py."""
import unicodedata
from collections import defaultdict
import lib
from cand import is_narc, pool

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
PER_KIND = 12
QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
         'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NARC_CAP = 62          # 40% of 156
MAX_LEVEL = 3
OWN_FOLD_KINDS = {'partial', 'translation', 'transliteration', 'word_order'}
NO_FULLFOLD_KINDS = {'script', 'other_script'}


def non_latin(s):
    for ch in s:
        if ch.isalpha():
            n = unicodedata.name(ch, '')
            if not n.startswith('LATIN'):
                return True
    return False


def has_han(s):
    return any('CJK UNIFIED' in unicodedata.name(ch, '') for ch in s)


class Ctx:
    def __init__(self):
        self.data = lib.Data()
        self.keys, self.fulls, self.uses, self.nfiles = lib.load_prior(self.data)
        self.pool = pool(self.data, self.uses)
        # word -> set of (owner, string) for subset tests (all records, any type)
        self.word_strings = defaultdict(set)
        self.string_words = {}
        d = self.data
        sid = 0
        for e in d.sdn:
            for s in d.names_of(e):
                ws = frozenset(lib.core_tokens(s))
                self.string_words[sid] = (('sdn', e), ws)
                for w in ws:
                    self.word_strings[w].add(sid)
                sid += 1
        for i, (t, nm, alts) in enumerate(d.csl):
            for s in [nm] + alts:
                ws = frozenset(lib.core_tokens(s))
                self.string_words[sid] = (('csl', i), ws)
                for w in ws:
                    self.word_strings[w].add(sid)
                sid += 1

    def level(self, e):
        return self.uses.get(e, 0)

    def subset_of_other(self, q, e):
        ws = set(lib.core_tokens(q))
        if not ws:
            return True
        ids = None
        for w in ws:
            s = self.word_strings.get(w, set())
            ids = set(s) if ids is None else ids & s
            if not ids:
                return False
        return any(self.string_words[i][0] != ('sdn', e) for i in ids)

    def pos_errors(self, kind, q, e):
        d, err = self.data, []
        if e not in d.sdn:
            return ['unknown ent_num']
        name = d.sdn[e]['name']
        if e not in self.pool:
            err.append('target not in pool')
        elif self.pool[e] > MAX_LEVEL:
            err.append('target level > %d' % MAX_LEVEL)
        if lib.key(q) in self.keys:
            err.append('earlier-set query (key)')
        elif kind not in NO_FULLFOLD_KINDS and lib.full(q) in self.fulls:
            err.append('earlier-set query (full fold)')
        if kind == 'case':
            if q == name or q.lower() != name.lower():
                err.append('case row not a pure case change')
        elif q == name:
            err.append('query equals the name')
        own = set()
        for s in d.names_of(e):
            own |= lib.folds(s)
        if kind in OWN_FOLD_KINDS and lib.folds(q) & own:
            err.append('folds onto its own name/alias')
        if kind in ('typo', 'abbreviation') and lib.full(q) == lib.full(name):
            err.append('equals own full fold')
        if kind == 'aka' and q not in [a for _, a in d.alts[e]]:
            err.append('aka not an own alias')
        if kind not in ('messy', 'script') and d.other_owner_folds(q, e):
            err.append('folds onto another record')
        if kind == 'partial' and self.subset_of_other(q, e):
            err.append('partial words are a subset of another record')
        if kind == 'script' and not non_latin(q):
            err.append('script row without non-Latin letters')
        return err

    def shared(self, q):
        out = []
        for w in dict.fromkeys(lib.core_tokens(q)):
            orgs = self.data.word_orgs.get(w)
            if orgs:
                out.append((w, len(orgs), sorted(orgs)[:3]))
        return out

    def neg_errors(self, cat, q, targets_by_ent=None, word=None):
        d, err = self.data, []
        if lib.key(q) in self.keys:
            err.append('earlier-set query (key)')
        elif cat not in NO_FULLFOLD_KINDS and lib.full(q) in self.fulls:
            err.append('earlier-set query (full fold)')
        if any(fo in d.fold_owner for fo in lib.folds(q)):
            err.append('folds onto a listed name')
        ws = frozenset(lib.core_tokens(q))
        if ws and ws in d.wordset_owner:
            err.append('word set equals a listed name')
        if q.upper() in d.exact:
            err.append('exact listed name')
        if cat == 'other_script' and not non_latin(q):
            err.append('other_script without non-Latin letters')
        if cat == 'shares_one_word' and not self.shared(q):
            err.append('shares no word')
        if cat == 'near_miss':
            if targets_by_ent is None:
                err.append('no target info')
            else:
                hits = [e for e in targets_by_ent if word in lib.core_tokens(d.sdn[e]['name'])]
                if not hits:
                    err.append('near-miss word not in an in-set target name')
                if word not in lib.core_tokens(q):
                    err.append('near-miss word not in query')
        return err

    def pos_note(self, kind, variant, e):
        d = self.data.sdn[e]
        return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
            kind, variant, d['program'], self.level(e), d['name'], e)

    def neg_note(self, cat, desc, q, near=None):
        parts = []
        for w, n, ex in self.shared(q):
            parts.append('"%s" in %d listed org names/aliases (e.g. %s)' % (w, n, ' | '.join(ex)))
        s = 'not listed: %s; %s; ' % (cat, desc)
        s += ('shares ' + '; '.join(parts)) if parts else 'shares no word with a listed org'
        if near:
            w, e = near
            s += '; reuses "%s" from in-set target %s (ent_num %d)' % (w, self.data.sdn[e]['name'], e)
        return s
