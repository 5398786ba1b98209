import csv, json, re, pathlib, unicodedata
SHARED = pathlib.Path('/work/shared/data')
PRIOR = [pathlib.Path('/work/main/eval/lookup/train.jsonl')] + [pathlib.Path(f'/work/main/eval/lookup/train{i}.jsonl') for i in range(2, 28)]
LEGAL = set('s a sa de cv c v ltd ltda limited co company inc corp corporation llc plc gmbh ag sl srl sas sac eirl the of y and cia sociedad anonima responsabilidad limitada capital variable rl'.split())
def fold(s):
    s = unicodedata.normalize('NFKD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return ' '.join(re.sub(r"[^\w]+", ' ', s.lower()).split())
def keys(s):
    f = fold(s); w = f.split(); c = [x for x in w if x not in LEGAL]
    return {f, f.replace(' ', ''), ' '.join(c), ''.join(c)} - {''}
def load_sdn():
    rows = list(csv.reader(open(SHARED/'ofac-sdn-2019/sdn.csv', encoding='latin-1')))
    return [(int(r[0]), r[1], r[2].strip(), r[3]) for r in rows if len(r) > 3 and r[0].strip().isdigit()]
def load_alt():
    rows = list(csv.reader(open(SHARED/'ofac-sdn-2019/alt.csv', encoding='latin-1')))
    return [(int(r[0]), r[3]) for r in rows if len(r) > 3 and r[0].strip().isdigit()]
def load_add():
    d = {}
    for r in csv.reader(open(SHARED/'ofac-sdn-2019/add.csv', encoding='latin-1')):
        if len(r) > 4 and r[0].isdigit() and r[3].strip() not in ('-0-', ''):
            d.setdefault(int(r[0]), (r[3], r[4]))
    return d
def load_csl():
    out = []
    for r in csv.DictReader(open(SHARED/'csl-sample/csl.csv', encoding='utf-8', errors='replace')):
        out.append(r['name'])
        out += [a for a in (r.get('alt_names') or '').split(';') if a.strip()]
    return out
def load_prior():
    qs, ents, names = set(), {}, {}
    for p in PRIOR:
        for line in open(p, encoding='utf-8'):
            if not line.strip(): continue
            r = json.loads(line); qs.add(' '.join(r['query'].lower().split())); qs.add(fold(r['query']))
            m = re.search(r'ent_num (\d+)\]', r.get('notes') or '')
            if m: ents[int(m.group(1))] = ents.get(int(m.group(1)), 0) + 1
            elif r.get('expected'): names[r['expected']] = names.get(r['expected'], 0) + 1
    return qs, ents, names
def listed_keys():
    sdn = load_sdn(); alt = load_alt(); K = {}
    for e, n, t, p in sdn:
        for k in keys(n): K.setdefault(k, set()).add(e)
    for e, n in alt:
        for k in keys(n): K.setdefault(k, set()).add(e)
    for n in load_csl():
        for k in keys(n): K.setdefault(k, set()).add(-1)
    return K
