"""Loaders, normalisation and prior-set overlap for train8 (written blind, own code)."""
import csv, json, re, unicodedata, os, glob

DATA = '/work/shared/data'
LOOKUP = '/work/main/eval/lookup'
SDN = f'{DATA}/ofac-sdn-2019/sdn.csv'
ALT = f'{DATA}/ofac-sdn-2019/alt.csv'
ADD = f'{DATA}/ofac-sdn-2019/add.csv'
CMT = f'{DATA}/ofac-sdn-2019/sdn_comments.csv'
CSL = f'{DATA}/csl-sample/csl.csv'


def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


def load_sdn():
    out = {}
    with open(SDN, newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if not r or not r[0].strip().isdigit():
                continue
            out[int(r[0])] = dict(ent=int(r[0]), name=r[1], type=clean(r[2]), program=clean(r[3]),
                                  remarks=clean(r[11]) if len(r) > 11 else '')
    return out


def load_alt():
    out = {}
    with open(ALT, newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if not r or not r[0].strip().isdigit():
                continue
            out.setdefault(int(r[0]), []).append((clean(r[2]), r[3]))
    return out


def load_add():
    out = {}
    with open(ADD, newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if not r or not r[0].strip().isdigit():
                continue
            out.setdefault(int(r[0]), []).append(tuple(clean(x) for x in r[2:6]))
    return out


def load_comments():
    out = {}
    with open(CMT, newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if r and r[0].strip().isdigit():
                out[int(r[0])] = ' '.join(r[1:])
    return out


def load_csl():
    with open(CSL, newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    return {i: r for i, r in enumerate(rows, 1)}


def csl_alts(r):
    return [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]


LEGAL = set('''llc ltd limited co company corp corporation inc incorporated jsc ojsc cjsc pjsc oao zao ooo pao ao
gmbh ag sa sarl sal plc pte bv nv kg ltda cia de cv fze fzc fzco sdn bhd oy srl spa sas sl as ab llp lp pvt private
joint stock open closed public the of and y e eu scs kk bsc est establishment
asa se lda sro doo spol sp zoo sc sas sasu pjsc pty pvt cc bvba'''.split())


def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def norm(s):
    s = strip_acc(s).lower()
    s = s.replace('&', ' and ')
    # collapse dotted abbreviations like s.a. -> sa
    s = re.sub(r'\b((?:\w\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = re.sub(r"[’'`]", '', s)
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())


def forms(s):
    n = norm(s)
    toks = n.split()
    core = [t for t in toks if t not in LEGAL]
    out = {n, n.replace(' ', '')}
    if core:
        c = ' '.join(core)
        out |= {c, c.replace(' ', '')}
    out.discard('')
    return out


def prior(upto=7):
    """Everything train..train{upto} used: queries, expected strings, ent_nums, CSL rows, all numbers in notes."""
    qs, exp, ents, rows, nums = set(), set(), set(), set(), set()
    files = [f'{LOOKUP}/train.jsonl'] + [f'{LOOKUP}/train{i}.jsonl' for i in range(2, upto + 1)]
    for fn in files:
        for line in open(fn, encoding='utf-8'):
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            qs.add(d['query'].strip().lower())
            if d.get('expected'):
                exp.add(d['expected'])
            n = d.get('notes') or ''
            for m in re.finditer(r'SDN ent_num\s*(\d+)', n):
                ents.add(int(m.group(1)))
            for m in re.finditer(r'ent_num\s*(\d+)', n):
                ents.add(int(m.group(1)))
            for m in re.finditer(r'CSL (?:data )?row\s*(\d+)', n):
                rows.add(int(m.group(1)))
            for m in re.finditer(r'\(row (\d+)\)', n):
                rows.add(int(m.group(1)))
            for m in re.finditer(r'\b(\d{2,6})\b', n):
                nums.add(int(m.group(1)))
    return dict(queries=qs, expected=exp, ents=ents, rows=rows, nums=nums)


def prior_notes_text(upto=7):
    """Normalised text of every earlier note and query, for 'named before' checks."""
    parts = []
    files = [f'{LOOKUP}/train.jsonl'] + [f'{LOOKUP}/train{i}.jsonl' for i in range(2, upto + 1)]
    for fn in files:
        for line in open(fn, encoding='utf-8'):
            if line.strip():
                d = json.loads(line)
                parts.append(norm(d.get('notes') or ''))
                parts.append(norm(d['query']))
    return ' | '.join(parts)


def core(s):
    return ' '.join(t for t in norm(s).split() if t not in LEGAL)
