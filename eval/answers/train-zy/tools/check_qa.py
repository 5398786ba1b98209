"""Check ../qa.jsonl and ../corpus for train-zy. Prints PASS or FAIL with errors."""
import datetime, html, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import A
from build_corpus import words
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
errs = []
def err(m): errs.append(m)

def plain(fn):
    t = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    if fn.endswith(".html"):
        t = re.sub(r"(?s)<head>.*?</head>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t).lower()

files = sorted(os.listdir(CORPUS))
meta = {a["file"]: a for a in A}
if sorted(meta) != files: err("corpus file list differs from articles.py")
ext = Counter(f.rsplit(".", 1)[1] for f in files)
if ext != Counter({"md": 10, "html": 10, "txt": 10}): err(f"formats {dict(ext)}")
if not all(f.startswith("ZY-") for f in files): err("prefix")
dist = {f for f, a in meta.items() if a["distractor"]}
if len(dist) != 5: err(f"distractors {len(dist)}")
texts = {f: plain(f) for f in files}

for f, a in meta.items():
    w = words(a)
    if not 170 <= w <= 250: err(f"{f}: {w} words")
    d = datetime.date.fromisoformat(a["date"])
    if not datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 12, 5): err(f"{f}: date {d}")
    wd = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    top = raw[:1500]
    if wd not in top: err(f"{f}: weekday date line '{wd}' missing near top")
    if f.endswith(".md"):
        if not raw.startswith("---\ntitle:") or f"date: {a['date']}" not in raw: err(f"{f}: front matter")
        if f"# {a['title']}" not in raw: err(f"{f}: title")
        if not re.search(r"\n\*[^*\n]+\*\n$", raw): err(f"{f}: teaser line")
    if f.endswith(".txt"):
        lines = raw.splitlines()
        if lines[1] != f"{a['outlet']} | {wd}": err(f"{f}: second line")
        if a["shape"] == "forum":
            if "Replies are closed" not in raw: err(f"{f}: forum end")
        elif a["shape"] == "agency":
            if "not legal advice" not in raw: err(f"{f}: disclaimer")
        elif "Our tip:" not in raw or "\n---\n" not in raw: err(f"{f}: teaser")
    if f.endswith(".html"):
        for need in ["cookie-banner", "<nav>", "<footer>", "og:title", "article:published_time", "rel=\"canonical\"", f"<time datetime=\"{a['date']}\">"]:
            if need not in raw: err(f"{f}: missing {need}")
        if a["shape"] == "forum":
            if "class=\"share\"" in raw or "Leave a Reply" in raw or "newsletter" in raw: err(f"{f}: forum has chrome it should not")
            if "archived" not in raw: err(f"{f}: forum archive note")
        else:
            for need in ["class=\"share\"", "Leave a Reply", "Related stories", "newsletter"]:
                if need not in raw: err(f"{f}: missing {need}")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
order = ["answerable", "temporal", "distractor", "unanswerable"]
seen_q = set(); last = 0; n_alt = 0
for i, r in enumerate(rows, 1):
    if list(r) != FIELDS: err(f"{r.get('id')}: fields {list(r)}")
    if r["id"] != f"zy-{i:03d}": err(f"id {r['id']} at row {i}")
    k = r["kind"]
    if k not in order: err(f"{r['id']}: kind {k}"); continue
    if order.index(k) < last: err(f"{r['id']}: kinds out of block order")
    last = max(last, order.index(k))
    nq = re.sub(r"[^a-z0-9 ]", "", r["question"].lower()).strip()
    if nq in seen_q: err(f"{r['id']}: duplicate question")
    seen_q.add(nq)
    if k == "unanswerable":
        if r["expected_sources"] or r["must_mention"]: err(f"{r['id']}: unanswerable with sources/must_mention")
        continue
    if not r["expected_sources"] or not r["must_mention"]: err(f"{r['id']}: empty sources or must_mention")
    for s in r["expected_sources"]:
        if s not in meta: err(f"{r['id']}: missing source {s}")
        elif s in dist: err(f"{r['id']}: distractor as source {s}")
    for g in r["must_mention"]:
        if not g: err(f"{r['id']}: empty group")
        for alt in g:
            n_alt += 1
            if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                err(f"{r['id']}: '{alt}' not in any expected source")
c = Counter(r["kind"] for r in rows)
share = c["unanswerable"] / len(rows)
if len(rows) < 200: err("fewer than 200 rows")
if share < 0.20: err(f"unanswerable share {share:.3f}")
print(f"questions: {len(rows)}  " + "  ".join(f"{k}={c[k]}" for k in order) + f"  unanswerable share={share:.3f}")
print(f"corpus: {len(files)} files {dict(ext)}; all prefixed ZY-: {all(f.startswith('ZY-') for f in files)}; distractor files: {len(dist)}")
print(f"must_mention alternatives checked: {n_alt}")
for e in errs: print("ERROR:", e)
print("FAIL" if errs else "PASS")
sys.exit(1 if errs else 0)
