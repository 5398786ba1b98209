"""Check ../qa.jsonl and ../corpus; print PASS or FAIL with the errors."""
import collections
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402
from build_corpus import words  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
KINDS = ["answerable", "temporal", "distractor", "unanswerable"]
errors = []


def err(msg):
    errors.append(msg)


def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


files = sorted(os.listdir(CORPUS))
meta = {a["name"]: a for a in ARTICLES}
texts = {f: plain(os.path.join(CORPUS, f)) for f in files}
distractors = {a["name"] for a in ARTICLES if a["distractor"]}

# corpus checks
if sorted(meta) != files:
    err("corpus file list differs from articles.py")
fmt_count = collections.Counter(f.rsplit(".", 1)[1] for f in files)
if fmt_count != {"md": 10, "html": 10, "txt": 10}:
    err(f"formats {dict(fmt_count)}")
if not all(f.startswith("ZU-") for f in files):
    err("file without ZU- prefix")
if len(distractors) != 5:
    err(f"distractor files: {len(distractors)}")
for f in files:
    a = meta.get(f)
    if not a:
        continue
    raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    w = words(a)
    if not 170 <= w <= 250:
        err(f"{f}: {w} words")
    d = datetime.date.fromisoformat(a["date"])
    if not datetime.date(2012, 1, 1) <= d <= datetime.date(2026, 12, 5):
        err(f"{f}: date {d}")
    wd = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    if wd not in raw[:3000]:
        err(f"{f}: weekday date line '{wd}' not found near top")
    if f.endswith(".md"):
        if not raw.startswith("---\ntitle:") or "\ndate: " not in raw[:300] or "\n# " not in raw:
            err(f"{f}: md front matter / title")
        if not re.search(r"\n\*More from [^*]+\*\n", raw):
            err(f"{f}: md teaser")
    elif f.endswith(".txt"):
        lines = raw.split("\n")
        if not re.match(r".+ \| \w+day, ", lines[1]):
            err(f"{f}: txt second line")
        if "Our tip:" not in raw and "not legal advice" not in raw:
            err(f"{f}: txt teaser / disclaimer")
    else:
        for needle in ["cookie-banner", "<nav>", "<footer>", "Related stories", "article:published_time",
                       "rel=\"canonical\""]:
            if needle not in raw:
                err(f"{f}: html lacks {needle}")
        if a["shape"] == "forum":
            if "class=\"share\"" in raw or "Leave a Reply" in raw or "newsletter" in raw:
                err(f"{f}: forum page has article chrome")
            if raw.count("class=\"post\"") < 4:
                err(f"{f}: forum posts")
        else:
            for needle in ["class=\"share\"", "Leave a Reply", "newsletter", "<time datetime"]:
                if needle not in raw:
                    err(f"{f}: html lacks {needle}")

# qa checks
rows = [json.loads(line) for line in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
seen_q = set()
last_kind = 0
n_mm = 0
for i, r in enumerate(rows, 1):
    if list(r) != FIELDS:
        err(f"row {i}: fields {list(r)}")
        continue
    if r["id"] != f"zu-{i:03d}":
        err(f"row {i}: id {r['id']}")
    k = r["kind"]
    if k not in KINDS:
        err(f"{r['id']}: kind {k}")
        continue
    if KINDS.index(k) < last_kind:
        err(f"{r['id']}: kinds not in blocks")
    last_kind = KINDS.index(k)
    nq = re.sub(r"[^a-z0-9]+", " ", r["question"].lower()).strip()
    if nq in seen_q:
        err(f"{r['id']}: duplicate question")
    seen_q.add(nq)
    if k == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            err(f"{r['id']}: unanswerable with sources or must_mention")
        continue
    if not r["expected_sources"] or not r["must_mention"]:
        err(f"{r['id']}: empty sources or must_mention")
    for s in r["expected_sources"]:
        if s not in texts:
            err(f"{r['id']}: missing source {s}")
        if s in distractors:
            err(f"{r['id']}: distractor file as expected source {s}")
    for g in r["must_mention"]:
        if not g:
            err(f"{r['id']}: empty group")
        for alt in g:
            n_mm += 1
            if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                err(f"{r['id']}: '{alt}' not in any expected source")

c = collections.Counter(r["kind"] for r in rows)
share = c["unanswerable"] / max(len(rows), 1)
if len(rows) < 200:
    err(f"only {len(rows)} rows")
if share < 0.20:
    err(f"unanswerable share {share:.3f}")

print(f"questions: {len(rows)}  " + "  ".join(f"{k}={c[k]}" for k in KINDS) + f"  unanswerable share={share:.3f}")
print(f"corpus: {len(files)} files {dict(fmt_count)}; all prefixed ZU-: {all(f.startswith('ZU-') for f in files)}; distractor files: {len(distractors)}")
print(f"must_mention alternatives checked: {n_mm}")
for e_ in errors:
    print("ERROR:", e_)
print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
