"""Check ../qa.jsonl against ../corpus and articles.py. Prints PASS or FAIL with the errors."""
import datetime, html, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import A
from build_corpus import words

ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
ORDER = ["answerable", "temporal", "distractor", "unanswerable"]
errors, warnings = [], []


def plain(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?s)<head>.*?</head>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t).lower()


def norm(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


files = sorted(os.listdir(CORPUS))
meta = {a["fname"]: a for a in A}
if sorted(meta) != files:
    errors.append("corpus file list differs from articles.py")
texts = {f: plain(os.path.join(CORPUS, f)) for f in files}
distractors = {f for f, a in meta.items() if a["distractor"]}

rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
seen_q = set()
last_kind = 0
n_alt = 0
for i, r in enumerate(rows, 1):
    rid = r.get("id")
    if list(r.keys()) != FIELDS:
        errors.append(f"{rid}: fields {list(r.keys())}")
        continue
    if rid != f"zw-{i:03d}":
        errors.append(f"{rid}: id out of order (expected zw-{i:03d})")
    k = r["kind"]
    if k not in ORDER:
        errors.append(f"{rid}: bad kind {k}")
        continue
    if ORDER.index(k) < last_kind:
        errors.append(f"{rid}: kinds not in blocks")
    last_kind = ORDER.index(k)
    nq = norm(r["question"])
    if nq in seen_q:
        errors.append(f"{rid}: duplicate question")
    seen_q.add(nq)
    if k == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            errors.append(f"{rid}: unanswerable with sources or must_mention")
        continue
    if not r["expected_sources"] or not r["must_mention"]:
        errors.append(f"{rid}: empty sources or must_mention")
    for src in r["expected_sources"]:
        if src not in texts:
            errors.append(f"{rid}: missing source {src}")
        elif src in distractors:
            errors.append(f"{rid}: distractor file as source {src}")
    srcs = [texts[s] for s in r["expected_sources"] if s in texts]
    for g in r["must_mention"]:
        if not g:
            errors.append(f"{rid}: empty group")
        for alt in g:
            n_alt += 1
            if not any(alt.lower() in t for t in srcs):
                errors.append(f"{rid}: '{alt}' not in any expected source")
        for s in r["expected_sources"]:
            if s in texts and not any(alt.lower() in texts[s] for alt in g):
                warnings.append(f"{rid}: group {g} not in {s}")

kinds = Counter(r["kind"] for r in rows)
if len(rows) < 200:
    errors.append("fewer than 200 rows")
share = kinds["unanswerable"] / len(rows)
if share < 0.20:
    errors.append("unanswerable share below 20%")

# corpus checks
ext = Counter(f.rsplit(".", 1)[1] for f in files)
if ext != Counter({"md": 10, "html": 10, "txt": 10}):
    errors.append(f"formats {dict(ext)}")
if not all(f.startswith("ZW-") for f in files):
    errors.append("file without ZW- prefix")
if len(distractors) != 5:
    errors.append(f"{len(distractors)} distractor files")
for f, a in meta.items():
    w = words(a)
    if not 170 <= w <= 250:
        errors.append(f"{f}: {w} words")
    d = datetime.date.fromisoformat(a["date"])
    if not datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 12, 5):
        errors.append(f"{f}: date out of range")
    raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    wd = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    if wd not in raw[:1500]:
        errors.append(f"{f}: weekday date line missing or wrong")
    if f.endswith(".md"):
        if not raw.startswith("---\ntitle:") or "\ndate: " not in raw[:300] or "\n# " not in raw or not a["teaser"] or f"*{a['teaser']}*" not in raw:
            errors.append(f"{f}: md front matter/title/teaser")
    elif f.endswith(".txt"):
        second = raw.split("\n")[1]
        if " | " not in second:
            errors.append(f"{f}: txt second line")
        if a["shape"] != "forum" and not ("not legal advice" in raw or "Our tip" in raw):
            errors.append(f"{f}: txt teaser or disclaimer missing")
    else:
        for need in ("cookie-banner", "<nav>", "<time datetime=", "Related stories", "<footer>", "og:title", "canonical"):
            if need not in raw:
                errors.append(f"{f}: html missing {need}")
        forum = a["shape"] == "forum"
        for need in ("class=\"share\"", "newsletter", "Leave a Reply"):
            if (need in raw) == forum:
                errors.append(f"{f}: html chrome {need} wrong for shape {a['shape']}")

print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds[k]}" for k in ORDER) + f"  unanswerable share={share:.3f}")
print(f"corpus: {len(files)} files {dict(ext)}; all prefixed ZW-: {all(f.startswith('ZW-') for f in files)}; distractor files: {len(distractors)}")
print(f"must_mention alternatives checked: {n_alt}; source-coverage warnings (a group absent from one listed source): {len(warnings)}")
if "-v" in sys.argv:
    for w in warnings:
        print("  warn:", w)
for e in errors:
    print("ERROR:", e)
print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
