"""Shared helpers for lookup-train31 (written afresh, standard library only)."""
import csv, json, os, re, unicodedata

DATA = "/work/shared/data"
SDN = os.path.join(DATA, "ofac-sdn-2019/sdn.csv")
ALT = os.path.join(DATA, "ofac-sdn-2019/alt.csv")
CSL = os.path.join(DATA, "csl-sample/csl.csv")
PRIOR_DIR = "/work/main/eval/lookup"
PRIOR = ["train.jsonl"] + ["train%d.jsonl" % i for i in range(2, 31)]
HERE = os.path.dirname(os.path.abspath(__file__))

def clean(v):
    v = (v or "").strip()
    return "" if v == "-0-" else v

def load_sdn():
    rows = []
    with open(SDN, encoding="utf-8", errors="replace") as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            rows.append({"ent": int(r[0]), "name": r[1].strip(), "type": r[2].strip(),
                         "program": clean(r[3]), "remarks": clean(r[11]) if len(r) > 11 else ""})
    return rows

def load_alt():
    out = []
    with open(ALT, encoding="utf-8", errors="replace") as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            out.append((int(r[0]), clean(r[2]), r[3].strip()))
    return out

def load_csl_names():
    names = []
    with open(CSL, encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            if r.get("name"):
                names.append(r["name"].strip())
            for a in (r.get("alt_names") or "").split(";"):
                if a.strip():
                    names.append(a.strip())
    return names

LEGAL = set("""co company corp corporation inc incorporated ltd limited llc llp plc sa s a sas sarl srl spa gmbh ag kg
bv nv ab as oy ooo zao oao pjsc jsc pao ojsc cjsc tov pte pvt private public de cv c v the and of y e et
lda ltda limitada sociedad anonima fze fzco fzc llc. est establishment group holding holdings international intl
trading trdg enterprise enterprises ent""".split())

def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def fold(s):
    s = strip_acc(s).lower().replace("&", " and ")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def fold_nolegal(s):
    return " ".join(t for t in fold(s).split() if t not in LEGAL)

def keys(s):
    """All folded forms: plain, no spaces, no legal words, no legal words no spaces."""
    a = fold(s); b = fold_nolegal(s)
    return {k for k in (a, a.replace(" ", ""), b, b.replace(" ", "")) if k}

def qkey(s):
    return re.sub(r"\s+", " ", s.lower()).strip()

ENT_RE = re.compile(r"ent_num\D{0,3}(\d+)")

def load_prior():
    """Returns (query keys set, use counts by ent_num, per-file row counts). Never prints rows."""
    sdn = load_sdn()
    byname = {}
    for r in sdn:
        byname.setdefault(r["name"], []).append(r["ent"])
    qs = set(); uses = {}; per = {}
    for fn in PRIOR:
        p = os.path.join(PRIOR_DIR, fn)
        n = 0
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                d = json.loads(line); n += 1
                q = d.get("query") or ""
                qs.add(qkey(q)); qs.add(fold(q))
                notes = d.get("notes") or ""
                m = ENT_RE.findall(notes)
                ents = set(int(x) for x in m)
                if not ents and d.get("expected") in byname and len(byname[d["expected"]]) == 1:
                    ents = {byname[d["expected"]][0]}
                for e in ents:
                    uses[e] = uses.get(e, 0) + 1
        per[fn] = n
    return qs, uses, per

def is_prior(q, qs):
    return qkey(q) in qs or fold(q) in qs
