"""Validator for answers-w against docs/eval-format.md rules. Prints PASS or the errors."""
import json, os, re, html, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus"); QA = os.path.join(ROOT, "qa.jsonl")
DISTRACTOR_FILES = {"w-tinkoff-saxo-cycling-team-history.txt", "w-eurochem-fertiliser-market-outlook.md",
                    "w-langvik-hotel-weekend-review.html", "w-slavkali-nezhinsky-potash-plant.md"}
WANT = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
err = []
def text_of(fn):
    t = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    if fn.endswith(".html"):
        t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", t, flags=re.S); t = re.sub(r"<[^>]+>", " ", t); t = html.unescape(t)
    return re.sub(r"\s+", " ", t).lower()
files = sorted(os.listdir(CORPUS)); exts = {}
for f in files:
    exts[f.rsplit(".", 1)[1]] = exts.get(f.rsplit(".", 1)[1], 0) + 1
    if not f.startswith("w-"): err.append(f"file not prefixed w-: {f}")
if exts != {"md": 10, "html": 10, "txt": 10}: err.append(f"corpus formats {exts}")
for f in files:
    raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    if f.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        if not m: err.append(f"{f}: no front matter"); continue
        fm = m.group(1)
        for k, pat in [("title", r"^title: .+"), ("date", r"^date: \d{4}-\d\d-\d\d$"), ("url", r"^url: https://example\.org/"), ("source", r"^source: .+")]:
            if not re.search(pat, fm, re.M): err.append(f"{f}: front matter {k}")
        body = raw[m.end():]
    elif f.endswith(".html"):
        for pat in [r"<title>", r'<meta name="date" content="\d{4}-\d\d-\d\d"', r"<time datetime=", r"article:published_time", r'rel="canonical"', "cookie-banner", "newsletter", 'class="share"', "<footer>"]:
            if not re.search(pat, raw): err.append(f"{f}: html lacks {pat}")
        m = re.search(r"<article>(.*?)</article>", raw, re.S); body = re.sub(r"<[^>]+>", " ", m.group(1)) if m else ""
        body = re.sub(r"Share on X|Share on LinkedIn|Email", " ", html.unescape(body))
    else:
        lines = raw.split("\n")
        if not lines[0].strip(): err.append(f"{f}: no title line")
        if not re.search(r"\| \w+day, \w+ \d+, \d{4}", lines[1]): err.append(f"{f}: no date line")
        if not re.match(r"[A-Z ]+, \w+ \d+, \d{4} - ", lines[3]): err.append(f"{f}: no dateline lede")
        body = "\n".join(lines[1:])
    n = len(body.split())
    if not 250 <= n <= 450: err.append(f"{f}: {n} words")
texts = {f: text_of(f) for f in files}
rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
counts = {}; qs = set(); checked = 0
for i, r in enumerate(rows, 1):
    if set(r) != FIELDS: err.append(f"{r.get('id')}: fields {sorted(r)}")
    if r["id"] != f"w-{i:03d}": err.append(f"id order at {i}: {r['id']}")
    counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    q = r["question"].strip().lower()
    if q in qs: err.append(f"{r['id']}: duplicate question")
    qs.add(q)
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]: err.append(f"{r['id']}: unanswerable with sources/mm")
        continue
    if not r["expected_sources"]: err.append(f"{r['id']}: no sources")
    if not 1 <= len(r["must_mention"]) <= 3: err.append(f"{r['id']}: {len(r['must_mention'])} groups")
    for s in r["expected_sources"]:
        if s not in texts: err.append(f"{r['id']}: missing file {s}")
        if s in DISTRACTOR_FILES: err.append(f"{r['id']}: distractor file as source {s}")
    for g in r["must_mention"]:
        if not g or any(not a.strip() for a in g): err.append(f"{r['id']}: empty group/alt")
        for a in g:
            checked += 1
            if not any(a.lower() in texts.get(s, "") for s in r["expected_sources"]):
                err.append(f"{r['id']}: '{a}' not verbatim in any expected source")
if len(set(r["id"] for r in rows)) != len(rows): err.append("duplicate ids")
if counts != WANT: err.append(f"kind counts {counts}")
print(f"questions: {len(rows)}  " + "  ".join(f"{k}={counts.get(k,0)}" for k in sorted(WANT)))
print(f"corpus: {len(files)} files {exts}; all prefixed w-: {all(f.startswith('w-') for f in files)}")
print(f"must_mention alternatives checked verbatim: {checked}")
for e in err: print("ERROR", e)
print("PASS" if not err else f"FAIL ({len(err)} errors)")
sys.exit(1 if err else 0)
