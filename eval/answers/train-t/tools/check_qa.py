"""Validate ../qa.jsonl against docs/eval-format.md conventions and ../corpus. Prints PASS or the failures."""
import html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
QA = os.path.join(HERE, "..", "qa.jsonl")
KINDS = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
DISTRACTOR_FILES = {"t-strabag-wins-rail-tunnel-contract.md", "t-colorado-party-wins-paraguay-election-may-2023.txt",
                    "t-jeddah-declaration-signed-may-2023.txt", "t-polymetal-kazakhstan-production-update.md"}
errors = []


def text_of(fn):
    raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    if fn.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return re.sub(r"\s+", " ", raw).lower()


files = sorted(os.listdir(CORPUS))
exts = Counter(f.rsplit(".", 1)[1] for f in files)
if len(files) != 30 or exts != Counter({"md": 10, "html": 10, "txt": 10}):
    errors.append(f"corpus shape {len(files)} {dict(exts)}")
if not all(f.startswith("t-") for f in files):
    errors.append("corpus file without t- prefix")
texts = {f: text_of(f) for f in files}
for f in files:
    raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    words = len(re.sub(r"<[^>]+>", " ", raw).split())
    if not 300 <= words <= 1200:
        errors.append(f"{f}: {words} words")
    if f.endswith(".md"):
        fm = raw.split("---")[1]
        for key in ("title:", "date:", "url: https://example.org/", "source:"):
            if key not in fm:
                errors.append(f"{f}: front matter lacks {key}")
    elif f.endswith(".html"):
        for key in ("<title>", '<meta name="date"', "<time datetime=", "cookie", "newsletter", "Share", "<footer>"):
            if key not in raw:
                errors.append(f"{f}: html lacks {key}")
    else:
        head = " ".join(raw.splitlines()[:4])
        if not re.search(r"(19|20)\d\d", head):
            errors.append(f"{f}: txt has no date near the top")

rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
ids = [r["id"] for r in rows]
if len(ids) != 200 or len(set(ids)) != 200 or ids != [f"t-{i:03d}" for i in range(1, 201)]:
    errors.append("ids are not unique t-001..t-200")
kc = Counter(r["kind"] for r in rows)
if dict(kc) != KINDS:
    errors.append(f"kind counts {dict(kc)}")
weak = 0
for r in rows:
    need = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
    if set(r) != need:
        errors.append(f"{r['id']}: fields {sorted(r)}")
    if r["kind"] not in KINDS:
        errors.append(f"{r['id']}: kind {r['kind']}")
    if not r["question"].strip():
        errors.append(f"{r['id']}: empty question")
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            errors.append(f"{r['id']}: unanswerable with sources or must_mention")
        continue
    if not r["expected_sources"] or not 1 <= len(r["must_mention"]) <= 2:
        errors.append(f"{r['id']}: needs sources and 1-2 groups")
    for s in r["expected_sources"]:
        if s not in texts:
            errors.append(f"{r['id']}: missing source {s}")
        if s in DISTRACTOR_FILES:
            errors.append(f"{r['id']}: distractor file {s} used as expected source")
    for g in r["must_mention"]:
        if not g or not all(isinstance(a, str) and a for a in g):
            errors.append(f"{r['id']}: bad group {g}")
        for alt in g:
            if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                errors.append(f"{r['id']}: '{alt}' not verbatim in any expected source")
        for s in r["expected_sources"]:
            if not any(a.lower() in texts.get(s, "") for a in g):
                weak += 1
q_dupes = [q for q, c in Counter(r["question"].lower() for r in rows).items() if c > 1]
if q_dupes:
    errors.append(f"duplicate questions {q_dupes}")

print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kc[k]}" for k in sorted(kc)))
print(f"corpus: {len(files)} files {dict(exts)}; all prefixed t-: {all(f.startswith('t-') for f in files)}")
print(f"(info) source/group pairs where that source lacks every alternative of the group: {weak}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("PASS")
