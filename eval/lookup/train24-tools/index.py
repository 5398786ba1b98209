# shared indexes for build.py and check.py
import re
from collections import Counter
from lib import *
STOP = set('al el la le de del des di du da do dos das the of and for in on at to a an y e et und fur von van der den company co'.split())
class Index:
    def __init__(self):
        self.sdn = load_sdn(); self.alt = load_alt(); self.add = load_add(); self.csl = load_csl()
        self.by_ent = {r['ent']: r for r in self.sdn}
        cnt = Counter(r['name'] for r in self.sdn)
        self.unique_org = {r['name']: r for r in self.sdn if r['type'] in ('-0-', '') and cnt[r['name']] == 1}
        self.form2ents = {}
        for name, ent in all_names(self.sdn, self.alt, self.csl):
            for f in forms(name):
                self.form2ents.setdefault(f, set()).add(ent)
        # org cores (names + aliases of SDN orgs, CSL names)
        self.org_cores = {}
        for r in self.sdn:
            if r['type'] in ('-0-', ''):
                for n in [r['name']] + [a for t, a in self.alt.get(r['ent'], [])]:
                    c = core(n)
                    if c: self.org_cores.setdefault(c, set()).add(r['ent'])
        for n in self.csl:
            c = core(n)
            if c: self.org_cores.setdefault(c, set()).add(None)
        self.one_word = {c for c in self.org_cores if ' ' not in c and len(c) > 2}
        self.multi_word = {c for c in self.org_cores if ' ' in c}
        # word -> org names (primary names of orgs)
        self.word_orgs = {}
        for r in self.sdn:
            if r['type'] in ('-0-', ''):
                for w in set(core(r['name']).split()):
                    self.word_orgs.setdefault(w, []).append(r['name'])
        self.indiv_tokens = set()
        for r in self.sdn:
            if r['type'] == 'individual':
                for n in [r['name']] + [a for t, a in self.alt.get(r['ent'], [])]:
                    self.indiv_tokens.update(norm(n).split())
    def listed_hits(self, q, ent=None):
        """set of entities (other than ent) whose name/alias forms equal a form of q"""
        out = set()
        for f in forms(q):
            out |= self.form2ents.get(f, set())
        out.discard(ent)
        return out
    def own_hit(self, q, ent):
        return any(ent in self.form2ents.get(f, set()) for f in forms(q))
    def contains_core(self, q):
        c = ' ' + core(q) + ' '
        bad = [w for w in c.split() if w in self.one_word]
        bad += [m for m in self.multi_word if ' ' + m + ' ' in c]
        return bad
    def shared_words(self, q):
        out = []
        for w in core(q).split():
            if len(w) < 3 or w in STOP: continue
            lst = self.word_orgs.get(w)
            if lst: out.append((w, len(lst), lst[:3]))
        return out
    def neg_note(self, q):
        sw = self.shared_words(q)
        if not sw: return 'not listed; shares no word with a listed org'
        parts = ['"%s" in %d (e.g. %s)' % (w, n, '; '.join(ex)) for w, n, ex in sw]
        return 'not listed; shares words with listed orgs: ' + ', '.join(parts)
