"""Validate ../qa.jsonl against ../corpus. Prints PASS or FAIL lines."""
import json, os, re, html, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
QA = os.path.join(HERE, "..", "qa.jsonl")

def text_of(name):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    if name.endswith(".html"):
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return " ".join(raw.split()).lower()

files = sorted(os.listdir(CORPUS))
texts = {f: text_of(f) for f in files}
errors, warns = [], []
rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids: %s" % [i for i, c in Counter(ids).items() if c > 1])
for r in rows:
    for key in ("id", "question", "kind", "expected_sources", "must_mention"):
        if key not in r:
            errors.append(f"{r.get('id')}: missing {key}")
    if r["kind"] not in ("answerable", "temporal", "distractor", "unanswerable"):
        errors.append(f"{r['id']}: bad kind {r['kind']}")
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            errors.append(f"{r['id']}: unanswerable must have empty sources and must_mention")
        continue
    if not r["expected_sources"]:
        errors.append(f"{r['id']}: no expected_sources")
    for s in r["expected_sources"]:
        if s not in texts:
            errors.append(f"{r['id']}: missing source {s}")
    srcs = [texts[s] for s in r["expected_sources"] if s in texts]
    for g in r["must_mention"]:
        hits = [a for a in g if any(a.lower() in t for t in srcs)]
        if not hits:
            errors.append(f"{r['id']}: group {g} not verbatim in any expected source")
        for a in g:
            if a not in hits:
                warns.append(f"warn {r['id']}: alternative {a!r} not verbatim in expected sources")
kinds = Counter(r["kind"] for r in rows)
un = kinds["unanswerable"]
exts = Counter(f.rsplit(".", 1)[1] for f in files)
print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(kinds)) + f"  unanswerable share={100*un/len(rows):.1f}%")
print(f"corpus: {len(files)} files {dict(exts)}")
if un < 40:
    errors.append(f"only {un} unanswerable (< 40)")
for w in warns:
    print(w)
for e in errors:
    print("FAIL", e)
print("PASS" if not errors else "FAIL")
sys.exit(1 if errors else 0)
