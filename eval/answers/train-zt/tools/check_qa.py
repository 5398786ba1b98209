"""Validate ../qa.jsonl against the format and the corpus. Prints PASS or FAIL with errors."""
import datetime, html, json, os, re, sys
from collections import Counter
from articles import A

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
KINDS = ["answerable", "temporal", "distractor", "unanswerable"]
err = []


def text_of(fn):
    t = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    if fn.endswith(".html"):
        t = re.sub(r"(?s)<head>.*?</head>", " ", t)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return re.sub(r"\s+", " ", t).lower()


files = sorted(os.listdir(CORPUS))
expect = sorted(a["slug"] + "." + a["fmt"] for a in A)
if files != expect: err.append("corpus file list differs from articles.py")
fmts = Counter(f.rsplit(".", 1)[1] for f in files)
if fmts != Counter({"md": 10, "html": 10, "txt": 10}): err.append(f"formats {fmts}")
if not all(f.startswith("ZT-") for f in files): err.append("prefix")
distract = {a["slug"] + "." + a["fmt"] for a in A if a["distractor"]}
if len(distract) != 5: err.append("distractor files != 5")
texts = {f: text_of(f) for f in files}

# corpus shape checks
for a in A:
    fn = a["slug"] + "." + a["fmt"]
    raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    d = datetime.date.fromisoformat(a["date"])
    nice = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    if not (datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 12, 5)): err.append(f"{fn}: date range")
    if nice not in raw[:1500]: err.append(f"{fn}: weekday date line missing or wrong")
    if a["fmt"] == "md":
        if not raw.startswith("---\ntitle:") or f"date: {a['date']}" not in raw or "\n# " not in raw: err.append(f"{fn}: md front matter/title")
        if "*More from" not in raw: err.append(f"{fn}: md teaser")
    elif a["fmt"] == "txt":
        lines = raw.split("\n")
        if lines[1] != f"{a['outlet']} | {nice}": err.append(f"{fn}: txt second line")
        if a["shape"] == "agency":
            if "not legal advice" not in raw: err.append(f"{fn}: agency disclaimer")
        elif "---" not in raw or "Our tip" not in raw: err.append(f"{fn}: txt teaser")
    else:
        for need in ['class="cookie-banner"', "<nav>", 'type="search"', "<time", 'name="date"', 'name="description"',
                     'property="og:title"', 'article:published_time', 'rel="canonical"', 'class="related"', "<footer>"]:
            if need not in raw: err.append(f"{fn}: html missing {need}")
        forum = a["shape"] == "forum"
        for need in ['class="share"', 'class="newsletter"', 'Leave a Reply']:
            if (need in raw) == forum: err.append(f"{fn}: html {need} presence wrong (forum={forum})")
        if forum and 'class="post"' not in raw: err.append(f"{fn}: forum without posts")
    from build_corpus import words
    w = words(a)
    if not 170 <= w <= 250: err.append(f"{fn}: {w} words")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
seenq = set()
order = {k: i for i, k in enumerate(KINDS)}
last = 0
n_alt = 0
for i, r in enumerate(rows, 1):
    rid = r.get("id")
    if list(r.keys()) != FIELDS: err.append(f"{rid}: fields {list(r.keys())}")
    if rid != f"zt-{i:03d}": err.append(f"{rid}: id order")
    k = r.get("kind")
    if k not in KINDS: err.append(f"{rid}: kind"); continue
    if order[k] < last: err.append(f"{rid}: kinds out of block order")
    last = order[k]
    q = re.sub(r"\W+", " ", r["question"].lower()).strip()
    if not q or q in seenq: err.append(f"{rid}: empty or duplicate question")
    seenq.add(q)
    if k == "unanswerable":
        if r["expected_sources"] or r["must_mention"]: err.append(f"{rid}: unanswerable with sources/mentions")
        continue
    if not r["expected_sources"] or not r["must_mention"]: err.append(f"{rid}: missing sources/mentions")
    for s in r["expected_sources"]:
        if s not in texts: err.append(f"{rid}: missing source {s}")
        if s in distract: err.append(f"{rid}: distractor file as source {s}")
    for g in r["must_mention"]:
        if not isinstance(g, list) or not g: err.append(f"{rid}: bad group"); continue
        for alt in g:
            n_alt += 1
            if not any(alt.lower() in texts[s] for s in r["expected_sources"] if s in texts):
                err.append(f"{rid}: '{alt}' not in any expected source")

c = Counter(r["kind"] for r in rows)
un = c["unanswerable"] / len(rows)
if len(rows) < 200: err.append("fewer than 200 questions")
if un < 0.20: err.append(f"unanswerable share {un:.3f}")
print(f"questions: {len(rows)}  " + "  ".join(f"{k}={c[k]}" for k in KINDS) + f"  unanswerable share={un:.3f}")
print(f"corpus: {len(files)} files {dict(fmts)}; all prefixed ZT-: {all(f.startswith('ZT-') for f in files)}; distractor files: {len(distract)}")
print(f"must_mention alternatives checked: {n_alt}")
for e in err: print("ERROR", e)
print("FAIL" if err else "PASS")
sys.exit(1 if err else 0)
