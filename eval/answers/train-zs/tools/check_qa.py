"""Validate ../qa.jsonl and ../corpus for answers-zs. Prints PASS or FAIL."""
import datetime, html, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import A
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
errs = []


def text_of(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?s)<head>.*?</head>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


files = sorted(os.listdir(CORPUS))
exp_files = sorted(a["slug"] + "." + a["fmt"] for a in A)
if files != exp_files:
    errs.append("corpus file list differs from articles.py")
fmt = Counter(f.rsplit(".", 1)[1] for f in files)
if fmt != Counter({"md": 10, "html": 10, "txt": 10}):
    errs.append(f"format counts {dict(fmt)}")
if not all(f.startswith("ZS-") for f in files):
    errs.append("file without ZS- prefix")
distractors = {a["slug"] + "." + a["fmt"] for a in A if a["distractor"]}
texts = {f: text_of(os.path.join(CORPUS, f)) for f in files}

# per-file structure and dates
import build_corpus
for a in A:
    fn = a["slug"] + "." + a["fmt"]
    if fn not in texts:
        continue
    raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    w = build_corpus.words(a)
    if not 170 <= w <= 250:
        errs.append(f"{fn}: {w} words outside 170-250")
    d = datetime.date.fromisoformat(a["date"])
    if not datetime.date(2015, 1, 1) <= d <= datetime.date(2026, 12, 5):
        errs.append(f"{fn}: date out of range")
    nd = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    if nd not in raw[:3000]:
        errs.append(f"{fn}: weekday date line '{nd}' missing")
    if a["fmt"] == "md":
        if not raw.startswith("---\n") or f"date: {a['date']}" not in raw or "\n# " not in raw:
            errs.append(f"{fn}: md front matter/title missing")
    if a["fmt"] == "txt":
        lines = raw.split("\n")
        if not lines[1].endswith(nd):
            errs.append(f"{fn}: txt second line is not 'Outlet | weekday date'")
    if a["fmt"] == "html":
        for must in ["cookie-banner", "<nav>", "type=\"search\"", "<time datetime=\"" + a["date"], "name=\"date\" content=\"" + a["date"],
                     "name=\"description\"", "og:title", "article:published_time", "rel=\"canonical\"", "Related stories", "<footer>"]:
            if must not in raw:
                errs.append(f"{fn}: html lacks {must}")
        forum = a["shape"] == "forum"
        for must in ["class=\"share\"", "class=\"newsletter\"", "Leave a Reply"]:
            if (must in raw) == forum:
                errs.append(f"{fn}: html {'has' if forum else 'lacks'} {must}")
        if forum and "class=\"post\"" not in raw:
            errs.append(f"{fn}: forum without posts")

rows = []
for i, line in enumerate(open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8"), 1):
    try:
        rows.append(json.loads(line))
    except Exception as e:
        errs.append(f"line {i}: bad json {e}")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
seen_q = set()
n_alt = 0
for k, r in enumerate(rows, 1):
    rid = r.get("id")
    if list(r.keys()) != FIELDS:
        errs.append(f"{rid}: fields {list(r.keys())}")
        continue
    if rid != f"zs-{k:03d}":
        errs.append(f"{rid}: id out of order (expected zs-{k:03d})")
    nq = re.sub(r"[^a-z0-9]+", " ", r["question"].lower()).strip()
    if nq in seen_q:
        errs.append(f"{rid}: duplicate question")
    seen_q.add(nq)
    if r["kind"] not in ("answerable", "temporal", "distractor", "unanswerable"):
        errs.append(f"{rid}: bad kind {r['kind']}")
    if not isinstance(r["question"], str) or not r["question"].strip():
        errs.append(f"{rid}: empty question")
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            errs.append(f"{rid}: unanswerable with sources or must_mention")
        continue
    if not r["expected_sources"] or not r["must_mention"]:
        errs.append(f"{rid}: missing sources or must_mention")
    for s in r["expected_sources"]:
        if s not in texts:
            errs.append(f"{rid}: source {s} not in corpus")
        elif s in distractors:
            errs.append(f"{rid}: source {s} is a distractor file")
    for g in r["must_mention"]:
        if not isinstance(g, list) or not g:
            errs.append(f"{rid}: bad group {g}")
            continue
        for alt in g:
            n_alt += 1
            if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                errs.append(f"{rid}: '{alt}' not in any expected source")

kinds = Counter(r.get("kind") for r in rows)
print("questions:", len(rows), dict(kinds))
print("corpus:", len(files), "files", dict(fmt), "distractor files:", len(distractors))
print("must_mention alternatives checked:", n_alt)
if len(rows) < 200:
    errs.append("fewer than 200 questions")
if kinds["unanswerable"] < 0.2 * len(rows):
    errs.append("unanswerable below 20%")
if kinds["temporal"] < 30 or kinds["distractor"] < 15:
    errs.append("temporal/distractor quota not met")
for e in errs:
    print("ERROR", e)
print("FAIL" if errs else "PASS")
sys.exit(1 if errs else 0)
