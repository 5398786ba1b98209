"""Validate ../qa.jsonl and ../corpus; print PASS or FAIL."""
import datetime, html, json, os, re, sys
from collections import Counter
from articles import A

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORP = os.path.join(ROOT, "corpus")
err = []


def text(fn):
    t = open(os.path.join(CORP, fn), encoding="utf-8").read()
    if fn.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return re.sub(r"\s+", " ", t).lower()


files = sorted(os.listdir(CORP))
exts = Counter(f.rsplit(".", 1)[1] for f in files)
dist = {a["f"] for a in A if a["dist"]}
if sorted(a["f"] for a in A) != files:
    err.append("corpus file list differs from articles.py")
if exts != {"txt": 10, "md": 10, "html": 10}:
    err.append(f"format counts {dict(exts)}")
if not all(f.startswith("ZH-") for f in files):
    err.append("file without ZH- prefix")
T = {f: text(f) for f in files}
for a in A:
    d = datetime.date.fromisoformat(a["date"])
    if not datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 11, 30):
        err.append(f"{a['f']}: date out of range")
    raw = open(os.path.join(CORP, a["f"]), encoding="utf-8").read()
    wd = d.strftime("%A")
    if wd not in raw[:3000]:
        err.append(f"{a['f']}: weekday {wd} missing near top")
    if not re.search(r"20(1[89]|2[0-6])", raw[:600]):
        err.append(f"{a['f']}: no year near top")
    if a["f"].endswith(".md"):
        if not raw.startswith("---\n") or "url: https://example.org/" not in raw or f"*{a['outlet']} | {wd}" not in raw:
            err.append(f"{a['f']}: md front matter / outlet line")
    if a["f"].endswith(".txt") and f"{a['outlet']} | {wd}" not in raw.splitlines()[1]:
        err.append(f"{a['f']}: txt header line")
    if a["f"].endswith(".html"):
        need = ["<title>", 'name="date"', "og:title", "article:published_time", 'rel="canonical"', "cookie-banner",
                "<nav>", "<footer>", "Related stories", "<time datetime"]
        if a["shape"] != "forum":
            need += ['class="share"', "Leave a Reply"]
        for n in need:
            if n not in raw:
                err.append(f"{a['f']}: html lacks {n}")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
ranges = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
kinds = Counter(r.get("kind") for r in rows)
if len(rows) != 200:
    err.append(f"{len(rows)} rows")
qs = Counter(r["question"].strip().lower() for r in rows)
for q, n in qs.items():
    if n > 1:
        err.append(f"duplicate question: {q}")
checked = 0
for i, r in enumerate(rows, 1):
    rid = f"zh-{i:03d}"
    if set(r) != {"id", "question", "kind", "expected_sources", "must_mention", "notes"}:
        err.append(f"{rid}: fields {sorted(r)}")
        continue
    if r["id"] != rid:
        err.append(f"{r['id']}: expected id {rid}")
    lo, hi = ranges.get(r["kind"], (0, -1))
    if not lo <= i <= hi:
        err.append(f"{rid}: kind {r['kind']} outside its range")
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            err.append(f"{rid}: unanswerable with sources/must_mention")
        continue
    if not r["expected_sources"] or not r["must_mention"]:
        err.append(f"{rid}: empty sources or must_mention")
    for s in r["expected_sources"]:
        if s not in T:
            err.append(f"{rid}: missing source {s}")
        elif s in dist:
            err.append(f"{rid}: distractor file as expected source {s}")
    srcs = [T[s] for s in r["expected_sources"] if s in T]
    for g in r["must_mention"]:
        if not g or not all(isinstance(x, str) and x.strip() for x in g):
            err.append(f"{rid}: bad group {g}")
            continue
        for alt in g:
            checked += 1
            if not any(alt.lower() in t for t in srcs):
                err.append(f"{rid}: '{alt}' not in any expected source")
if dict(kinds) != {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}:
    err.append(f"kind counts {dict(kinds)}")

print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
print(f"corpus: {len(files)} files {dict(sorted(exts.items()))}; all prefixed ZH-: {all(f.startswith('ZH-') for f in files)}; distractor files: {len(dist)}")
print(f"must_mention alternatives checked: {checked}")
for e in err:
    print("ERROR", e)
print("FAIL" if err else "PASS")
sys.exit(1 if err else 0)
