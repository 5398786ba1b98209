"""Check ../qa.jsonl against ../corpus and articles.py. Prints PASS or FAIL with the errors."""
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import A  # noqa: E402
from build_corpus import words  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
KINDS = ["answerable", "temporal", "distractor", "unanswerable"]
errors = []


def err(m):
    errors.append(m)


def plain(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?s)<head>.*?</head>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t).lower()


def norm(q):
    return re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()


files = sorted(os.listdir(CORPUS))
meta = {a["f"]: a for a in A}
distractors = {a["f"] for a in A if a["distractor"]}
texts = {f: plain(os.path.join(CORPUS, f)) for f in files}

# ---- corpus
if sorted(meta) != files:
    err("corpus files differ from articles.py")
ext = {e: sum(1 for f in files if f.endswith("." + e)) for e in ("md", "html", "txt")}
if ext != {"md": 10, "html": 10, "txt": 10}:
    err(f"formats {ext}")
if not all(f.startswith("ZV-") for f in files):
    err("prefix")
if len(distractors) != 5:
    err(f"distractors {len(distractors)}")
for f in files:
    a = meta.get(f)
    if not a:
        continue
    raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    w = words(a)
    if not 170 <= w <= 250:
        err(f"{f}: {w} words")
    dt = datetime.date.fromisoformat(a["date"])
    if not datetime.date(2018, 1, 1) <= dt <= datetime.date(2026, 12, 5):
        err(f"{f}: date out of range")
    wd = f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year}"
    head = raw[:3000]
    if wd not in head:
        err(f"{f}: weekday date '{wd}' not near the top")
    for m in re.finditer(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d+), (\d{4})", head):
        x = datetime.datetime.strptime(f"{m.group(2)} {m.group(3)} {m.group(4)}", "%B %d %Y").date()
        if x.strftime("%A") != m.group(1):
            err(f"{f}: wrong weekday {m.group(0)}")
    if f.endswith(".md"):
        if not (raw.startswith("---\ntitle:") and "\ndate: " in raw[:300] and "\nurl: https://" in raw[:400]):
            err(f"{f}: front matter")
        if "\n# " not in raw or not raw.rstrip().endswith("*"):
            err(f"{f}: md title or teaser")
    if f.endswith(".txt"):
        lines = raw.split("\n")
        if " | " not in lines[1]:
            err(f"{f}: txt second line")
        if a["shape"] == "summary":
            if "not investment or legal advice" not in raw and "not legal advice" not in raw:
                err(f"{f}: summary disclaimer")
        elif "\n---\n" not in raw or "Our tip:" not in raw:
            err(f"{f}: txt teaser")
    if f.endswith(".html"):
        for piece in ('<meta name="date"', 'og:title', 'article:published_time', 'rel="canonical"',
                      'cookie-banner', '<nav>', '<footer>'):
            if piece not in raw:
                err(f"{f}: html lacks {piece}")
        if a["shape"] == "forum":
            for piece in ("share-buttons", "newsletter", "Leave a Reply"):
                if piece in raw:
                    err(f"{f}: forum has {piece}")
            if "archived" not in raw:
                err(f"{f}: forum not archived")
        else:
            for piece in ("share-buttons", "newsletter", "Leave a Reply", "Related stories"):
                if piece not in raw:
                    err(f"{f}: html lacks {piece}")

# ---- questions
rows = [json.loads(line) for line in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
seen = set()
last_kind = 0
checked = 0
for i, row in enumerate(rows, 1):
    rid = row.get("id")
    if list(row) != FIELDS:
        err(f"{rid}: fields {list(row)}")
        continue
    if rid != f"zv-{i:03d}":
        err(f"{rid}: id out of order")
    k = KINDS.index(row["kind"]) if row["kind"] in KINDS else -1
    if k < 0 or k < last_kind:
        err(f"{rid}: kind {row['kind']} out of block")
    last_kind = max(last_kind, k)
    nq = norm(row["question"])
    if nq in seen:
        err(f"{rid}: duplicate question")
    seen.add(nq)
    if row["kind"] == "unanswerable":
        if row["expected_sources"] or row["must_mention"]:
            err(f"{rid}: unanswerable with sources or must_mention")
        continue
    if not row["expected_sources"] or not row["must_mention"]:
        err(f"{rid}: empty sources or must_mention")
    for s in row["expected_sources"]:
        if s not in texts:
            err(f"{rid}: missing source {s}")
        if s in distractors:
            err(f"{rid}: distractor file as source {s}")
    for group in row["must_mention"]:
        if not group:
            err(f"{rid}: empty group")
        for alt in group:
            checked += 1
            if not any(alt.lower() in texts.get(s, "") for s in row["expected_sources"]):
                err(f"{rid}: '{alt}' not in any expected source")

counts = {k: sum(1 for r in rows if r["kind"] == k) for k in KINDS}
share = counts["unanswerable"] / max(1, len(rows))
if len(rows) < 200:
    err(f"only {len(rows)} rows")
if share < 0.20:
    err(f"unanswerable share {share:.3f}")

print(f"questions: {len(rows)}  " + "  ".join(f"{k}={v}" for k, v in counts.items()) +
      f"  unanswerable share={share:.3f}")
print(f"corpus: {len(files)} files {ext}; all prefixed ZV-: {all(f.startswith('ZV-') for f in files)}; "
      f"distractor files: {len(distractors)}")
print(f"must_mention alternatives checked: {checked}")
for e in errors:
    print("ERROR", e)
print("FAIL" if errors else "PASS")
sys.exit(1 if errors else 0)
