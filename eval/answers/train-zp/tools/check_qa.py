"""Check qa.jsonl and corpus/ for blind set qa-ZP. Prints PASS or FAIL with the errors."""
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402
from build_corpus import word_count  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
LO, HI = datetime.date(2018, 1, 1), datetime.date(2026, 12, 5)
errors = []


def err(msg):
    errors.append(msg)


def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


def norm_q(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


# ---------------------------------------------------------------- corpus
files = sorted(os.listdir(CORPUS))
listed = sorted(a["file"] for a in ARTICLES)
if files != listed:
    err(f"corpus files differ from articles.py: {set(files) ^ set(listed)}")
fmts = {}
for f in files:
    fmts[f.rsplit(".", 1)[1]] = fmts.get(f.rsplit(".", 1)[1], 0) + 1
    if not f.startswith("ZP-"):
        err(f"{f}: missing ZP- prefix")
if fmts != {"md": 10, "html": 10, "txt": 10}:
    err(f"formats not 10/10/10: {fmts}")
distractors = {a["file"] for a in ARTICLES if a["distractor"]}
if len(distractors) != 5:
    err(f"expected 5 distractor files, got {len(distractors)}")

WEEKDATE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4})")
for a in ARTICLES:
    path = os.path.join(CORPUS, a["file"])
    if not os.path.exists(path):
        continue
    raw = open(path, encoding="utf-8").read()
    n = word_count(a)
    if not 150 <= n <= 250:
        err(f"{a['file']}: {n} words of article text")
    d = datetime.date.fromisoformat(a["date"])
    if not LO <= d <= HI:
        err(f"{a['file']}: date {d} out of range")
    top = "\n".join(raw.splitlines()[:40])
    m = WEEKDATE.search(top if a["fmt"] != "html" else raw)
    if not m:
        err(f"{a['file']}: no weekday date near the top")
    else:
        wd, mon, day, yr = m.groups()
        try:
            dd = datetime.datetime.strptime(f"{mon} {day} {yr}", "%B %d %Y").date()
        except ValueError:
            dd = None
        if dd != d:
            err(f"{a['file']}: displayed date {m.group(0)} != metadata {d}")
        elif dd.strftime("%A") != wd:
            err(f"{a['file']}: wrong weekday {wd} for {dd}")
    lines = raw.splitlines()
    if a["fmt"] == "md":
        if lines[0] != "---" or not any(l.startswith("title:") for l in lines[:6]) or \
                not any(l.startswith("date:") for l in lines[:6]) or \
                not any(l.startswith("url: https://example.org/") for l in lines[:6]) or \
                not any(l.startswith("source:") for l in lines[:6]):
            err(f"{a['file']}: bad front matter")
        if f"# {a['title']}" not in lines or not any(l.startswith("*") and "|" in l for l in lines[:14]):
            err(f"{a['file']}: missing # title or italic outlet/date line")
    elif a["fmt"] == "txt":
        if not re.match(r".+ \| [A-Z][a-z]+day, ", lines[1]):
            err(f"{a['file']}: second line is not 'Outlet | Weekday, date'")
        if a["shape"] in ("court", "agency"):
            if "not legal advice" not in raw:
                err(f"{a['file']}: court/agency summary lacks the not-legal-advice line")
        else:
            if "\n---\n" not in raw or "Our tip:" not in raw or "Reply:" not in raw:
                err(f"{a['file']}: news txt lacks --- / Our tip / Reply ending")
    else:
        need = ['class="cookie-banner"', "<nav>", 'type="search"', "<time datetime=", '<meta name="date"',
                '<meta name="description"', 'property="og:title"', 'property="article:published_time"',
                'rel="canonical"', 'class="related"', "Related stories", "<footer>"]
        if a["shape"] == "forum":
            need += ['class="post"']
            for bad in ['class="share"', 'class="newsletter"', "Leave a Reply"]:
                if bad in raw:
                    err(f"{a['file']}: forum thread should not have {bad}")
        else:
            need += ['class="share"', 'class="newsletter"', 'class="comments"', "Leave a Reply"]
        for k in need:
            if k not in raw:
                err(f"{a['file']}: html chrome missing {k}")

# ---------------------------------------------------------------- qa
rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
if len(rows) != 200:
    err(f"{len(rows)} questions, expected 200")
seen = {}
counts = {}
alts_checked = 0
texts = {f: plain(os.path.join(CORPUS, f)) for f in files}
for i, r in enumerate(rows, 1):
    rid = r.get("id")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: fields {list(r.keys())}")
        continue
    if rid != f"zp-{i:03d}":
        err(f"row {i}: id {rid} out of order")
    k = r["kind"]
    counts[k] = counts.get(k, 0) + 1
    lo, hi = RANGES.get(k, (0, -1))
    if not lo <= i <= hi:
        err(f"{rid}: kind {k} outside its id range")
    nq = norm_q(r["question"])
    if nq in seen:
        err(f"{rid}: duplicate question of {seen[nq]}")
    seen[nq] = rid
    if not r["question"].strip():
        err(f"{rid}: empty question")
    if k == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            err(f"{rid}: unanswerable row must have empty sources and must_mention")
        continue
    if not r["expected_sources"] or not r["must_mention"]:
        err(f"{rid}: needs sources and must_mention")
    for s in r["expected_sources"]:
        if s not in texts:
            err(f"{rid}: source {s} does not exist")
        elif s in distractors:
            err(f"{rid}: source {s} is a distractor")
    for g in r["must_mention"]:
        if not g:
            err(f"{rid}: empty must_mention group")
        for alt in g:
            alts_checked += 1
            if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                err(f"{rid}: '{alt}' not found in any expected source")
want = {k: hi - lo + 1 for k, (lo, hi) in RANGES.items()}
if counts != want:
    err(f"kind counts {counts} != {want}")

print(f"questions: {len(rows)}  " + "  ".join(f"{k}={counts.get(k, 0)}" for k in sorted(counts)))
print(f"corpus: {len(files)} files {dict(sorted(fmts.items()))}; all prefixed ZP-: "
      f"{all(f.startswith('ZP-') for f in files)}; distractor files: {len(distractors)}")
print(f"must_mention alternatives checked: {alts_checked}")
if errors:
    for e_ in errors:
        print("ERROR:", e_)
    print("FAIL")
    sys.exit(1)
print("PASS")
