import csv, json, re, glob, unicodedata, os
D = '/work/shared/data'
PRIOR = '/work/main/eval/lookup'
LEGAL = set('''s a sa sas sa de cv de cv rl srl ltda ltd limited llc inc incorporated corp corporation co company cia compania
gmbh ag plc bv nv fze fzco fzc jsc ojsc cjsc pjsc oao zao ooo pte pty sl slu sapi cv eirl eu spa
llp lp lc ca sac saa scs en c y cia sc'''.split())
def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
def base(s):
    s = strip_acc(s).lower().replace('&', ' and ')
    s = re.sub(r'\b(\w)\.(?=\w\.)', r'\1', s)  # dotted initials
    s = re.sub(r'\b(\w)\.(?=\w\b)', r'\1', s)
    s = re.sub(r"[’'`´]", '', s)
    s = re.sub(r'[^\w]+', ' ', s, flags=re.U)
    return ' '.join(s.split())
def forms(s):
    b = base(s)
    toks = b.split()
    nl = [t for t in toks if t not in LEGAL and t != 'and' and t != 'the']
    out = {b, b.replace(' ', ''), ' '.join(nl), ''.join(nl)}
    return {x for x in out if x}
def load_sdn():
    sdn = {}
    with open(f'{D}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            sdn[int(r[0])] = dict(name=r[1], type=r[2].strip(), program=r[3], remarks=r[11] if len(r)>11 else '')
    alts = {}
    with open(f'{D}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            alts.setdefault(int(r[0]), []).append((r[2], r[3]))
    adds = {}
    with open(f'{D}/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5: continue
            adds.setdefault(int(r[0]), []).append((r[3].strip(), r[4].strip()))
    return sdn, alts, adds
def load_csl():
    rows = []
    with open(f'{D}/csl-sample/csl.csv', encoding='utf-8', errors='replace') as f:
        for i, r in enumerate(csv.DictReader(f), 1):
            names = [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]
            rows.append((i, r['type'], names))
    return rows
def name_index():
    """normalised form -> set of record keys ('S',ent) or ('C',row)"""
    sdn, alts, adds = load_sdn()
    idx = {}
    for e, d in sdn.items():
        for n in [d['name']] + [a for _, a in alts.get(e, [])]:
            for fm in forms(n): idx.setdefault(fm, set()).add(('S', e))
    for i, t, names in load_csl():
        for n in names:
            for fm in forms(n): idx.setdefault(fm, set()).add(('C', i))
    return idx
def prior():
    qs, exps, nums, text = set(), set(), set(), []
    for p in sorted(glob.glob(f'{PRIOR}/train*.jsonl')):
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                r = json.loads(line)
                qs.add(base(r['query']))
                if r.get('expected'): exps.add(r['expected'])
                for n in re.findall(r'\b\d{2,6}\b', r.get('notes') or ''): nums.add(int(n))
                text.append(base(r['query']) + ' | ' + base(r.get('notes') or ''))
    return qs, exps, nums, ' || '.join(text)
