import os, csv, json, re, glob, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
def data_dir():
    d = os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data')
    return d if os.path.isdir(d) else '/work/shared/data'
def prior_dir():
    d = os.path.join(HERE, '..')
    if glob.glob(os.path.join(d, 'train.jsonl')) or glob.glob(os.path.join(d, 'train[0-9]*.jsonl')):
        if len([p for p in glob.glob(os.path.join(d, 'train*.jsonl')) if not p.endswith('train19.jsonl')]) > 0:
            return d
    return '/work/main/eval/lookup'
def rcsv(p):
    with open(p, encoding='utf-8', errors='replace', newline='') as f:
        return [[c.strip() for c in r] for r in csv.reader(f) if r]
def load_sdn():
    return rcsv(os.path.join(data_dir(), 'ofac-sdn-2019', 'sdn.csv'))
def load_alt():
    return rcsv(os.path.join(data_dir(), 'ofac-sdn-2019', 'alt.csv'))
def load_csl_names():
    p = os.path.join(data_dir(), 'csl-sample', 'csl.csv')
    out = []
    with open(p, encoding='utf-8', errors='replace', newline='') as f:
        rows = list(csv.reader(f))
    hdr = rows[0]
    for r in rows[1:]:
        d = dict(zip(hdr, r))
        if d.get('name'): out.append(d['name'])
        for a in (d.get('alt_names') or '').split(';'):
            if a.strip(): out.append(a.strip())
    return out
LEGAL = set('s a sa ltd limited inc co corp corporation company llc gmbh ag sl srl sas sarl de cv c ltda bv nv plc pjsc jsc ojsc cjsc oao zao ooo fze fzco fzc lp l p the s l pte pvt private sociedad anonima'.split())
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&', ' and ')
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())
def forms(s):
    n = norm(s); w = [t for t in n.split() if t not in LEGAL]
    nl = ' '.join(w)
    return {n, n.replace(' ', ''), nl, nl.replace(' ', '')} - {''}
def prior_sets():
    d = prior_dir(); files = sorted(p for p in glob.glob(os.path.join(d, 'train*.jsonl')) if os.path.basename(p) != 'train19.jsonl')
    queries, ents, names = set(), set(), set()
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                queries.add(norm(r.get('query') or ''))
                m = re.search(r'ent_num (\d+)\]', r.get('notes') or '')
                if m and r.get('expected'): ents.add(m.group(1))
                if r.get('expected'): names.add(r['expected'])
    return files, queries, ents, names
