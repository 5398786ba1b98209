#!/usr/bin/env python3
"""Validate answers-v against docs/eval-format.md rules and this set's conventions. Prints PASS or the problems."""
import collections, datetime, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
CORPUS = os.path.join(ROOT, "corpus")
QA = os.path.join(ROOT, "qa.jsonl")
PREFIX = "v-"
WANT = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
DISTRACTOR_FILES = {"v-moldova-billion-dollar-bank-fraud-explained.md", "v-sweet-micky-carnival-return-feb-2020.txt",
                    "v-bulgaria-fifth-election-apr-2023.txt"}
errors = []

def err(msg):
    errors.append(msg)

def norm(text):
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).lower()

def valid_date(s):
    try:
        datetime.date.fromisoformat(s); return True
    except ValueError:
        return False

# ---- corpus ----
files = sorted(os.listdir(CORPUS))
texts, raw = {}, {}
ext_count = collections.Counter(f.rsplit(".", 1)[-1] for f in files)
if len(files) != 30: err(f"corpus has {len(files)} files, want 30")
if ext_count != {"md": 10, "html": 10, "txt": 10}: err(f"formats {dict(ext_count)}, want 10/10/10")
for f in files:
    if not f.startswith(PREFIX): err(f"{f}: missing prefix {PREFIX}")
    t = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    raw[f] = t; texts[f] = norm(t)
    ext = f.rsplit(".", 1)[-1]
    if ext == "md":
        m = re.match(r"---\n(.*?)\n---\n(.*)", t, re.S)
        if not m: err(f"{f}: no YAML front matter"); continue
        fm = dict(line.split(": ", 1) for line in m.group(1).splitlines())
        for k in ("title", "date", "url", "source"):
            if k not in fm: err(f"{f}: front matter lacks {k}")
        if not valid_date(fm.get("date", "")): err(f"{f}: bad date")
        if "example.org" not in fm.get("url", ""): err(f"{f}: url not on example.org")
        body = "\n".join(l for l in m.group(2).splitlines() if not l.startswith("# ") and not l.startswith("*By "))
    elif ext == "html":
        for needle in ("<title>", '<meta name="date"', "<time datetime=", "cookie-banner", "newsletter",
                       'class="share"', "<footer>", "article:published_time", 'rel="canonical"'):
            if needle not in t: err(f"{f}: lacks {needle}")
        d = re.search(r'<meta name="date" content="([^"]+)"', t)
        if not d or not valid_date(d.group(1)): err(f"{f}: bad meta date")
        art = re.search(r"<article>(.*)</article>", t, re.S).group(1)
        art = re.sub(r"<h1>.*?</h1>|<time.*?</time>|<div class=\"share\">.*?</div>|<p class=\"byline\">.*?</p>|<div class=\"post-meta\">.*?</div></div>", " ", art, flags=re.S)
        body = html.unescape(re.sub(r"<[^>]+>", " ", art))
    else:
        lines = t.splitlines()
        if not lines[0].strip(): err(f"{f}: no title line")
        if not re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}", "\n".join(lines[:5])):
            err(f"{f}: no date near top")
        if not re.search(r"^[A-Z][A-Z\- ]+, [A-Z][a-z]+ \d{1,2}, \d{4} - ", t, re.M): err(f"{f}: no dateline lede")
        body = t.split("\n---\n")[0]
        body = "\n".join(lines[3:]) if "\n---\n" not in t else "\n".join(body.splitlines()[3:])
    n = len(re.findall(r"[A-Za-z0-9$]\S*", body))
    if not (300 <= n <= 450): err(f"{f}: {n} words of article text, want 300-450")

# ---- qa ----
rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
if len(rows) != 200: err(f"{len(rows)} rows, want 200")
ids = [r.get("id") for r in rows]
if ids != [f"v-{i:03d}" for i in range(1, 201)]: err("ids are not v-001..v-200 in order")
if len(set(ids)) != len(ids): err("duplicate ids")
qs = collections.Counter(r.get("question", "").strip().lower() for r in rows)
for q, c in qs.items():
    if c > 1: err(f"duplicate question: {q}")
kinds = collections.Counter(r.get("kind") for r in rows)
if dict(kinds) != WANT: err(f"kind counts {dict(kinds)}, want {WANT}")
alts_checked = 0
for r in rows:
    rid = r.get("id")
    if set(r) != FIELDS: err(f"{rid}: fields {sorted(r)}")
    if not isinstance(r.get("question"), str) or len(r["question"]) < 8: err(f"{rid}: bad question")
    if r.get("kind") not in WANT: err(f"{rid}: bad kind")
    src, mm = r.get("expected_sources"), r.get("must_mention")
    if not isinstance(src, list) or not isinstance(mm, list): err(f"{rid}: sources/must_mention not lists"); continue
    if r.get("kind") == "unanswerable":
        if src or mm: err(f"{rid}: unanswerable row must have empty sources and must_mention")
        continue
    if not src: err(f"{rid}: no expected_sources")
    if not (1 <= len(mm) <= 3): err(f"{rid}: {len(mm)} must_mention groups")
    for s in src:
        if s not in texts: err(f"{rid}: source {s} not in corpus")
        if s in DISTRACTOR_FILES: err(f"{rid}: distractor file {s} used as expected source")
    for g in mm:
        if not isinstance(g, list) or not g or not all(isinstance(a, str) and a.strip() for a in g):
            err(f"{rid}: bad group {g}"); continue
        for a in g:
            alts_checked += 1
            if not any(re.sub(r"\s+", " ", a.lower()) in texts.get(s, "") for s in src):
                err(f"{rid}: '{a}' not verbatim in any of {src}")
# temporal rows: at least one expected source must be newer than some article on the same topic (informational)
print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
print(f"corpus: {len(files)} files {dict(ext_count)}; all prefixed {PREFIX}: {all(f.startswith(PREFIX) for f in files)}")
print(f"must_mention alternatives checked verbatim: {alts_checked}")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
