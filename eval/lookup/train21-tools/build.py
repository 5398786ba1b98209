"""Build ../train21.jsonl from rows_pos.py, rows_neg.py and pool.txt. Prints drops and counts (no earlier rows)."""
import json, os, random, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from rows_pos import POS
from rows_neg import NEG, COUNTS

sdn = lib.load_sdn(); alt = lib.load_alt()
byent = {s['ent']: s for s in sdn}
namecount = Counter(s['name'] for s in sdn)
idx = lib.name_index()
csl_keys = set(k for n in lib.load_csl_names() for k in lib.keys(n))
prior = lib.prior_query_keys()
uses = lib.prior_target_counts()
pool = [int(l.split('\t')[1]) for l in open(os.path.join(lib.HERE, 'pool.txt'), encoding='utf-8')]

seen = set(); used_ent = set(); out = []; drops = []

def qkeys(q):
    n = lib.norm(q)
    return {n, n.replace(' ', '')}

def prog(e):
    return byent[e]['program'].replace('] [', '/')

def try_pos(kind, e, q, note):
    s = byent.get(e)
    if not s or s['type'] != '-0-' or namecount[s['name']] != 1:
        drops.append((kind, q, 'not a unique organisation')); return False
    if e in used_ent:
        drops.append((kind, q, 'target already used in this set')); return False
    ks = qkeys(q)
    if ks & prior:
        drops.append((kind, q, 'earlier query')); return False
    if ks & seen:
        drops.append((kind, q, 'duplicate')); return False
    if q.strip().lower() == s['name'].strip().lower() and kind != 'case':
        drops.append((kind, q, 'same as name')); return False
    other = set()
    for k in lib.keys(q):
        other |= idx.get(k, set()) - {e}
    if other:
        drops.append((kind, q, 'equals name/alias of other record %s' % sorted(other)[:3])); return False
    seen.update(ks); used_ent.add(e)
    out.append({'query': q, 'expected': s['name'], 'kind': kind,
                'notes': '%s; program %s; earlier uses %d [SDN ent_num %d]' % (note, prog(e), uses.get(e, 0), e)})
    return True

order = ['script', 'parent_vs_subsidiary', 'partial', 'translation', 'transliteration', 'word_order',
         'abbreviation', 'legal_form', 'messy', 'case']
for kind in order:
    n = 0
    for e, q, note in POS[kind]:
        if n >= 12: break
        if try_pos(kind, e, q, note): n += 1
    if n < 12: print('SHORT', kind, n)

# generated kinds
rng = random.Random(21)
gen_pool = [e for e in pool if e not in used_ent]
rng.shuffle(gen_pool)
KB = {c: n for c, n in zip('qwertyuiopasdfghjklzxcvbnm', ['wa','qes','wrd','etf','ryg','tuh','yij','uok','ipl','ok',
      'qsz','awdx','sefc','drgv','fthb','gyjn','hukm','jil','kop','asx','zdc','xfv','cgb','vhn','bjm','nk'])}

def typo(name):
    words = name.split()
    i = max(range(len(words)), key=lambda j: len(re.sub(r'\W', '', words[j])))
    w = words[i]
    if len(w) < 6 or not w.isalpha(): return None
    p = rng.randrange(1, len(w) - 1); op = rng.choice(['swap', 'drop', 'double', 'key'])
    if op == 'swap': nw = w[:p] + w[p + 1] + w[p] + w[p + 2:]; d = 'adjacent letters swapped'
    elif op == 'drop': nw = w[:p] + w[p + 1:]; d = 'letter dropped'
    elif op == 'double': nw = w[:p] + w[p] + w[p:]; d = 'letter doubled'
    else:
        c = w[p].lower(); r = rng.choice(KB[c]) if c in KB else c
        nw = w[:p] + (r.upper() if w[p].isupper() else r) + w[p + 1:]; d = 'neighbouring key hit'
    if nw == w: return None
    words[i] = nw
    q = ' '.join(words)
    if rng.random() < 0.5:
        q = q.title(); d += ', title case'
    return q, '%s in "%s" -> "%s"' % (d, w.title(), nw.title())

def punct(name):
    if re.search(r"[.,'&()/-]", name):
        q = re.sub(r"[.,'()]", '', name); q = re.sub(r'\s*[/-]\s*', ' ', q); q = re.sub(r'\s+', ' ', q).strip()
        return (q, 'punctuation removed') if q != name else None
    w = name.split()
    if len(w) >= 3 and len(w[0]) > 2 and len(w[1]) > 2:
        return '-'.join(w[:2]) + ' ' + ' '.join(w[2:]), 'hyphen inserted between first two words'
    return None

def aka(e):
    name_core = set(lib.core(lib.norm(byent[e]['name'])).split())
    for a in alt.get(e, []):
        c = set(lib.core(lib.norm(a)).split())
        new = [t for t in c - name_core if len(t) >= 4 and not any(n.startswith(t) or t.startswith(n) for n in name_core)]
        if lib.norm(a).replace(' ', '') == lib.norm(byent[e]['name']).replace(' ', ''): continue
        if c & {'barakat', 'barakaat', 'www', 'com'}: continue
        if new and len(lib.norm(a)) >= 6:
            return a, 'alt.csv alias'
    return None

for kind, fn in [('typo', lambda e: typo(byent[e]['name'])), ('punctuation', lambda e: punct(byent[e]['name'])),
                 ('aka', aka)]:
    n = 0
    for e in gen_pool:
        if n >= 12: break
        if e in used_ent: continue
        r = fn(e)
        if not r: continue
        if try_pos(kind, e, r[0], r[1]): n += 1
    if n < 12: print('SHORT', kind, n)

# negatives
org_cores = {}
for s in sdn:
    if s['type'] != '-0-': continue
    for nm in [s['name']] + alt.get(s['ent'], []):
        c = lib.core(lib.norm(nm))
        if c: org_cores.setdefault(c, s['ent'])
one_word = {c for c in org_cores if ' ' not in c}
multi = {c for c in org_cores if ' ' in c}
tok_orgs = {}
for s in sdn:
    if s['type'] != '-0-': continue
    for t in set(lib.core(lib.norm(s['name'])).split()):
        if len(t) >= 3: tok_orgs.setdefault(t, []).append(s['name'])
all_keys = set(idx) | csl_keys

def neg_note(q):
    toks = [t for t in dict.fromkeys(lib.core(lib.norm(q)).split()) if len(t) >= 3 and t in tok_orgs]
    if not toks: return 'not listed; shares no word with a listed org'
    parts = []
    for t in toks:
        ex = tok_orgs[t]
        parts.append('"%s": %d listed org(s), e.g. %s' % (t, len(ex), ', '.join(ex[:3])))
    return 'not listed; shares a word with listed orgs: ' + '; '.join(parts)

for kind, qs in NEG.items():
    n = 0
    for q in qs:
        if n >= COUNTS[kind]: break
        ks = qkeys(q)
        if ks & prior: drops.append((kind, q, 'earlier query')); continue
        if ks & seen: drops.append((kind, q, 'duplicate')); continue
        if lib.keys(q) & all_keys: drops.append((kind, q, 'equals a listed name/alias')); continue
        c = lib.core(lib.norm(q)); w = c.split()
        bad = [t for t in w if t in one_word]
        if bad: drops.append((kind, q, 'token is a one-word listed core: %s' % bad)); continue
        sub = [' '.join(w[i:j]) for i in range(len(w)) for j in range(i + 2, len(w) + 1) if ' '.join(w[i:j]) in multi]
        if sub: drops.append((kind, q, 'contains listed core: %s' % sub)); continue
        note = neg_note(q)
        if kind == 'shares_one_word' and 'shares no word' in note:
            drops.append((kind, q, 'shares no word with a listed org')); continue
        seen.update(ks); n += 1
        out.append({'query': q, 'expected': None, 'kind': kind, 'notes': note})
    if n < COUNTS[kind]: print('SHORT', kind, n)

for d in drops: print('DROP', *d, sep=' | ')
print('rows', len(out), Counter(r['kind'] for r in out))
pos = [r for r in out if r['expected']]
print('positives', len(pos), 'earlier uses of targets', Counter(int(re.search(r'earlier uses (\d+)', r['notes']).group(1)) for r in pos))
with open(os.path.join(lib.HERE, '..', 'train21.jsonl'), 'w', encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
