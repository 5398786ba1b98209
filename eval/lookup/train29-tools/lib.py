import csv, json, re, glob, os, unicodedata
SHARED = '/work/shared/data'
PRIOR_DIR = '/work/main/eval/lookup'
LEGAL = set('co company corp corporation inc incorporated ltd limited llc plc sa s a de cv srl gmbh ag llp lp pjsc ojsc cjsc zao ooo oao pte bv nv sas ltda sarl fze fzco fzc jsc the of and'.split())

def clean(v):
    v = v.strip()
    return '' if v == '-0-' else v

def load_sdn():
    rows = []
    with open(f'{SHARED}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            rows.append(dict(ent=int(r[0]), name=clean(r[1]), type=clean(r[2]), program=clean(r[3]), remarks=clean(r[11]) if len(r) > 11 else ''))
    return rows

def load_alt():
    out = {}
    with open(f'{SHARED}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            out.setdefault(int(r[0]), []).append((clean(r[2]), clean(r[3])))
    return out

def load_add():
    out = {}
    with open(f'{SHARED}/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 5: continue
            out.setdefault(int(r[0]), []).append((clean(r[2]), clean(r[3]), clean(r[4])))
    return out

def load_csl_names():
    names = []
    with open(f'{SHARED}/csl-sample/csl.csv', encoding='utf-8', errors='replace') as f:
        rd = csv.reader(f)
        hdr = next(rd)
        idx = [i for i, h in enumerate(hdr) if h.strip().lower() in ('name', 'alt_names')]
        for r in rd:
            for i in idx:
                if i < len(r):
                    for n in r[i].split(';'):
                        if n.strip(): names.append(n.strip())
    return names

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"[^\w\s]", ' ', s)
    return ' '.join(s.split())

def fold_nospace(s):
    return fold(s).replace(' ', '')

def fold_nolegal(s):
    return ' '.join(t for t in fold(s).split() if t not in LEGAL)

def load_prior():
    """Return (query_set_lower, query_set_fold, ent_counts dict, name_counts dict, nfiles). Never prints rows."""
    qs, qf, ents, names = set(), set(), {}, {}
    files = [p for p in glob.glob(f'{PRIOR_DIR}/train*.jsonl') if re.fullmatch(r'train\d*\.jsonl', os.path.basename(p))]
    files = [p for p in files if os.path.basename(p) != 'train29.jsonl']
    for p in files:
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line: continue
                try: d = json.loads(line)
                except Exception: continue
                q = d.get('query') or ''
                qs.add(' '.join(q.lower().split())); qf.add(fold(q))
                e = d.get('expected')
                notes = d.get('notes') or ''
                m = re.findall(r'ent_num\s*(\d+)', notes)
                seen = set(int(x) for x in m)
                for x in seen: ents[x] = ents.get(x, 0) + 1
                if e and not seen:
                    names[e] = names.get(e, 0) + 1
    return qs, qf, ents, names, len(files)

def use_count(ent, name, ents, names):
    return ents.get(ent, 0) + (names.get(name, 0) if ent not in ents else 0)
