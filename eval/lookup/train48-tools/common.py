"""Rejection rules shared by build.py and check.py."""
import re, json, lib

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
         'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
PER_KIND = 12
MAX_NARCO = 0.40

def non_latin(q):
    return any(ch.isalpha() and not ('a' <= lib.strip_acc(ch).lower() <= 'z') for ch in q)

def narco(program):
    return bool(re.search(r'\bSDNTK?\b', program))

class Ctx:
    def __init__(self):
        self.idx = lib.Index()
        self.prior_q, self.prior_f, self.uses, self.nfiles, self.nrows = lib.load_prior(self.idx)
        self.pool = {int(k): v for k, v in json.load(open(lib.HERE + '/cand.json')).items()}
        self.org_wordsets = []   # (src, wordset) for org names/aliases and CSL names
        for r in self.idx.sdn:
            if r['type'] == '-0-':
                for n in [r['name']] + [a for _, a in self.idx.alts.get(r['ent'], [])]:
                    self.org_wordsets.append((('sdn', r['ent']), lib.content_words(n)))
        for n in self.idx.csl:
            self.org_wordsets.append((('csl', n), lib.content_words(n)))

    def earlier(self, q, script=False):
        if lib.qkey(q) in self.prior_q:
            return 'earlier query key'
        if not script and lib.fold(q) in self.prior_f:
            return 'earlier query fold'
        return None

    def pos_problem(self, kind, ent, q):
        """Returns a reason string or None."""
        idx = self.idx
        if ent not in self.pool:
            return 'target not in pool'
        r = idx.by_ent[ent]
        name = r['name']
        if r['type'] != '-0-' or idx.name_count[name] != 1 or name in idx.alias_set:
            return 'target not a unique non-alias -0- name'
        e = self.earlier(q, script=(kind == 'script'))
        if e:
            return e
        if kind == 'case':
            if q == name:
                return 'case row equals name exactly'
        elif lib.qkey(q) == lib.qkey(name):
            return 'equals name'
        own = idx.own_keys(ent)
        qk = lib.keys(q)
        if kind in ('partial', 'translation', 'transliteration', 'word_order') and qk & own:
            return 'folds onto own name/alias'
        if kind in ('typo', 'abbreviation') and lib.fold(q) == lib.fold(name):
            return 'equals own fold'
        if kind == 'aka' and q not in [a for _, a in idx.alts.get(ent, [])]:
            return 'not an alias of the entity'
        if kind not in ('messy', 'script'):
            other = [s for s in idx.hits(q) if s != ('sdn', ent)]
            if other:
                return 'folds onto another record %s' % (other[:2],)
        if kind == 'partial':
            ws = lib.content_words(q)
            for src, ows in self.org_wordsets:
                if src != ('sdn', ent) and ws and ws <= ows:
                    return 'partial words subset of another org %s' % (src,)
        if kind == 'script' and not non_latin(q):
            return 'script row without non-Latin letters'
        return None

    def neg_problem(self, cat, q, desc, targets):
        idx = self.idx
        e = self.earlier(q, script=(cat == 'other_script'))
        if e:
            return e
        h = idx.hits(q)
        if h:
            return 'folds onto listed %s' % (sorted(h, key=str)[:2],)
        ws = lib.content_words(q)
        if ws and ws in idx.wordsets:
            return 'content-word set equals a listed name'
        if q in idx.name_count or q in idx.alias_set:
            return 'exact listed name'
        shared = idx.shared_words(q)
        if cat == 'shares_one_word' and not shared:
            return 'shares no word'
        if cat == 'near_miss':
            w, t = desc.split('|')
            t = int(t)
            if t not in targets:
                return 'near-miss target not in set'
            if w not in lib.content_words(q) or w not in lib.content_words(idx.by_ent[t]['name']):
                return 'reused word not in both'
        if cat == 'other_script' and not non_latin(q):
            return 'other_script without non-Latin letters'
        return None

    def pos_note(self, kind, ent, variant):
        v = self.pool[ent]
        return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
            kind, variant, v['program'], self.uses.get(ent, 0), v['name'], ent)

    def shared_text(self, q):
        sh = self.idx.shared_words(q)
        if not sh:
            return 'shares no word with a listed org'
        return '; '.join("shares '%s' with %d listed org names/aliases (e.g. %s)" % (w, n, ' | '.join(ex))
                         for w, n, ex in sh)

    def neg_note(self, cat, q, desc):
        if cat == 'near_miss':
            w, t = desc.split('|')
            t = int(t)
            d = "invented business reusing '%s' from this set's target %s (ent_num %d)" % (w, self.idx.by_ent[t]['name'], t)
        else:
            d = desc
        return 'not listed: %s; %s; %s' % (cat, d, self.shared_text(q))
