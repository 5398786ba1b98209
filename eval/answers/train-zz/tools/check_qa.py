#!/usr/bin/env python3
"""Check ../qa.jsonl against ../corpus/ and tools/articles.py. Prints PASS or FAIL with errors."""
import datetime, html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import A
from build_corpus import words

ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
KINDS = ["answerable", "temporal", "distractor", "unanswerable"]
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
err = []


def plain(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?s)<head>.*?</head>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t).lower()


files = sorted(os.listdir(CORPUS))
texts = {f: plain(os.path.join(CORPUS, f)) for f in files}
distractors = {a["file"] for a in A if a["distractor"]}

# corpus checks
ext = Counter(f.rsplit(".", 1)[1] for f in files)
if ext != Counter({"md": 10, "html": 10, "txt": 10}):
    err.append(f"formats {dict(ext)}")
if not all(f.startswith("ZZ-") for f in files):
    err.append("prefix")
if sorted(a["file"] for a in A) != files:
    err.append("corpus file list differs from articles.py")
if len(distractors) != 5:
    err.append(f"distractors {len(distractors)}")
for a in A:
    w = words(a)
    if not 170 <= w <= 250:
        err.append(f"{a['file']}: {w} words")
    d = datetime.date.fromisoformat(a["date"])
    if not datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 12, 5):
        err.append(f"{a['file']}: date out of range")
    raw = open(os.path.join(CORPUS, a["file"]), encoding="utf-8").read()
    wdstr = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    top = "\n".join(raw.splitlines()[:25])
    m = re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d+), (\d{4})", top)
    if not m:
        err.append(f"{a['file']}: no weekday date near top")
    else:
        dd = datetime.datetime.strptime(f"{m.group(2)} {m.group(3)} {m.group(4)}", "%B %d %Y").date()
        if dd.strftime("%A") != m.group(1):
            err.append(f"{a['file']}: wrong weekday {m.group(0)}")
    fx = a["file"].rsplit(".", 1)[1]
    if fx == "md":
        if not raw.startswith("---\ntitle:") or "\n# " not in raw or not raw.rstrip().endswith("*"):
            err.append(f"{a['file']}: md front matter/title/teaser")
    elif fx == "txt":
        if " | " not in raw.splitlines()[1]:
            err.append(f"{a['file']}: txt second line")
        tail = raw.rstrip().splitlines()[-1]
        if not (tail.startswith("Reply to this story") or "not legal advice" in tail or "not investment advice" in tail or "end of thread" in tail):
            err.append(f"{a['file']}: txt ending")
    else:
        need = ["cookie-banner", "<nav", "<time", "Related stories", "<footer", "og:title", "canonical"]
        if a["shape"] == "forum":
            if 'class="share"' in raw or "Leave a Reply" in raw or "newsletter" in raw:
                err.append(f"{a['file']}: forum has share/reply/newsletter")
        else:
            need += ['class="share"', "Leave a Reply", "newsletter"]
        for n in need:
            if n not in raw:
                err.append(f"{a['file']}: html missing {n}")

# qa checks
rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
seen = set()
last_kind = 0
nalt = 0
for i, r in enumerate(rows, 1):
    if list(r) != FIELDS:
        err.append(f"{r.get('id')}: fields")
    if r["id"] != f"zz-{i:03d}":
        err.append(f"{r['id']}: id order")
    k = KINDS.index(r["kind"])
    if k < last_kind:
        err.append(f"{r['id']}: kinds not in blocks")
    last_kind = k
    nq = re.sub(r"[^a-z0-9]+", " ", r["question"].lower()).strip()
    if nq in seen:
        err.append(f"{r['id']}: duplicate question")
    seen.add(nq)
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            err.append(f"{r['id']}: unanswerable with sources")
        continue
    if not r["expected_sources"] or not r["must_mention"]:
        err.append(f"{r['id']}: empty sources or must_mention")
    for s in r["expected_sources"]:
        if s not in texts:
            err.append(f"{r['id']}: missing source {s}")
        elif s in distractors:
            err.append(f"{r['id']}: distractor as source {s}")
    for g in r["must_mention"]:
        if not g:
            err.append(f"{r['id']}: empty group")
        for alt in g:
            nalt += 1
            if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                err.append(f"{r['id']}: '{alt}' not in any expected source")

c = Counter(r["kind"] for r in rows)
share = c["unanswerable"] / len(rows)
if len(rows) < 200:
    err.append("fewer than 200 rows")
if share < 0.20:
    err.append(f"unanswerable share {share:.3f}")
print(f"questions: {len(rows)}  " + "  ".join(f"{k}={c[k]}" for k in KINDS) + f"  unanswerable share={share:.3f}")
print(f"corpus: {len(files)} files {dict(ext)}; all prefixed ZZ-: {all(f.startswith('ZZ-') for f in files)}; distractor files: {len(distractors)}")
print(f"must_mention alternatives checked: {nalt}")
for e in err:
    print("ERROR", e)
print("PASS" if not err else f"FAIL ({len(err)} errors)")
sys.exit(1 if err else 0)
