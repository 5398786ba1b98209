"""Select rows for train39.jsonl from rows_pos.py / rows_neg.py. --write writes the jsonl."""
import json, sys, os
from collections import Counter, defaultdict
from lib import World, load_prior, keys, full_key, ws_key, words, FILLER, HERE
from rows_pos import ROWS
from rows_pos2 import ROWS2
from rows_pos3 import PRIORITY, EXTRA
ROWS = PRIORITY + ROWS + ROWS2 + EXTRA
from rows_neg import NEG, TARGET_COUNTS
from rows_neg2 import NEG2
for _k, _v in NEG2.items():
    NEG[_k] = NEG[_k] + _v

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
PER_KIND = 12
OWN_FOLD_KINDS = {'partial', 'translation', 'transliteration', 'word_order'}

w = World()
cand = json.load(open(os.path.join(HERE, 'cand.json')))
prior_keys, uses, nfiles, nrows = load_prior()
log = []
def rej(msg):
    log.append('REJECT ' + msg)

seen = set()
def qkeys(q):
    return {ws_key(q), full_key(q)}

def is_nonlatin(q):
    return any(ord(c) > 0x24F for c in q if c.isalpha())

pos = []
used_ents = set()
bykind = defaultdict(list)
for r in ROWS:
    bykind[r[0]].append(r)
for kind in KINDS:
    got = 0
    for _, ent, q, variant in bykind[kind]:
        if got >= PER_KIND:
            break
        tag = '%s|%s|%s' % (kind, ent, q)
        if str(ent) not in cand:
            rej('not-in-pool ' + tag); continue
        if cand[str(ent)]['uses'] >= 3:
            rej('used-3+ ' + tag); continue
        if ent in used_ents:
            rej('entity-already-in-set ' + tag); continue
        if qkeys(q) & prior_keys:
            rej('earlier-query ' + tag); continue
        if qkeys(q) & seen:
            rej('in-set-duplicate ' + tag); continue
        name = w.by_ent[ent]['name']
        if q == name:
            rej('equals-name ' + tag); continue
        own = w.own_keys(ent)
        if kind in OWN_FOLD_KINDS and (keys(q) & own):
            rej('own-name-fold ' + tag); continue
        if kind in ('typo', 'abbreviation'):
            fk = full_key(q)
            ownfull = set()
            for n in [name] + [a for _, a in w.alt.get(ent, [])]:
                ownfull |= {full_key(n), full_key(n).replace(' ', '')}
            if fk in ownfull or fk.replace(' ', '') in ownfull:
                rej('own-full-fold ' + tag); continue
        if kind == 'aka':
            if q not in [a for _, a in w.alt.get(ent, [])] and full_key(q) not in {full_key(a) for _, a in w.alt.get(ent, [])}:
                rej('aka-not-an-alias ' + tag); continue
        if kind not in ('messy', 'script'):
            others = set()
            for k in keys(q):
                others |= (w.key_owner.get(k, set()) - {ent})
            if others:
                rej('folds-to-other-record %s %s' % (sorted(map(str, others))[:3], tag)); continue
        if kind == 'partial':
            qw = set(x for x in words(q) if x not in FILLER)
            clash = None
            for x in qw:
                for e2 in w.word_orgs.get(x, ()):
                    if e2 == ent:
                        continue
                    r2 = w.by_ent[e2]
                    for n in [r2['name']] + [a for _, a in w.alt.get(e2, [])]:
                        if qw <= set(words(n)):
                            clash = n
                            break
                    if clash: break
                if clash: break
            if clash:
                rej('partial-subset-of-other-org (%s) %s' % (clash, tag)); continue
        used_ents.add(ent)
        seen |= qkeys(q)
        prog = w.by_ent[ent]['program']
        notes = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
            kind, variant, prog, cand[str(ent)]['uses'], name, ent)
        pos.append({'query': q, 'expected': name, 'kind': kind, 'notes': notes})
        got += 1
    if got < PER_KIND:
        log.append('SHORT %s: %d' % (kind, got))

target_words = set()
target_of_word = {}
for p in pos:
    for x in words(p['expected']):
        if x not in FILLER:
            target_words.add(x)
            target_of_word.setdefault(x, p['expected'])

def indiv_clash(q):
    t = words(q)[:2]
    if len(t) < 2:
        return False
    return bool(w.indiv_words.get(t[0], set()) & w.indiv_words.get(t[1], set()))

neg = []
for cat, items in NEG.items():
    want = TARGET_COUNTS[cat]
    got = []
    nonlatin_cap = 24 if cat == 'famous_unlisted' else None
    latin_cap = want - 24 if cat == 'famous_unlisted' else None
    nl = lt = 0
    for it in items:
        q, word = (it if isinstance(it, tuple) else (it, None))
        tag = '%s|%s' % (cat, q)
        if len(got) >= want:
            break
        if nonlatin_cap is not None:
            if is_nonlatin(q) and nl >= nonlatin_cap:
                continue
            if not is_nonlatin(q) and lt >= latin_cap:
                continue
        if qkeys(q) & prior_keys:
            rej('earlier-query ' + tag); continue
        if qkeys(q) & seen:
            rej('in-set-duplicate ' + tag); continue
        c = w.neg_clash(q)
        if c:
            rej('listed-name-clash %s %s' % (c, tag)); continue
        sw = w.shared_words(q)
        if cat == 'shares_one_word' and not sw:
            rej('shares-no-word ' + tag); continue
        if cat == 'near_miss':
            if word not in target_words or words(q)[0] != word:
                rej('near-miss-word-not-a-target-word ' + tag); continue
        if cat == 'person_as_company' and indiv_clash(q):
            rej('person-name-clash ' + tag); continue
        if sw:
            desc = '; '.join("shares '%s' with %d listed orgs (e.g. %s)" % (x, n, ', '.join(ex)) for x, n, ex in sw)
        else:
            desc = 'shares no word with a listed org'
        notes = 'not listed: %s; %s' % (cat, desc)
        if cat == 'near_miss':
            notes += "; reuses target word '%s' from %s" % (word, target_of_word[word])
        neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': notes})
        seen |= qkeys(q)
        got.append(q)
        if nonlatin_cap is not None:
            if is_nonlatin(q): nl += 1
            else: lt += 1
    if len(got) < want:
        log.append('SHORT %s: %d/%d' % (cat, len(got), want))

print('prior files %d, prior rows %d' % (nfiles, nrows))
for l in log:
    print(l)
print('positives', len(pos), Counter(p['kind'] for p in pos))
print('negatives', len(neg), Counter(n['kind'] for n in neg))
lv = Counter(cand[str(p['notes'].split('ent_num ')[1].rstrip(']'))]['uses'] for p in pos)
print('target levels', sorted(lv.items()))
progs = Counter(w.by_ent[int(p['notes'].split('ent_num ')[1].rstrip(']'))]['program'].replace('] [', '+') for p in pos)
print('programs', progs.most_common())
sd = sum(n for pgm, n in progs.items() if 'SDNT' in pgm)
print('SDNT/SDNTK', sd)
rej_counts = Counter(l.split()[1] for l in log if l.startswith('REJECT'))
print('rejections', dict(rej_counts))
if '--write' in sys.argv:
    rows = pos + neg
    with open(os.path.join(HERE, '..', 'train39.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(rows))
