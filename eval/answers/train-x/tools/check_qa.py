"""Validator for blind set X: prints PASS or FAIL."""
import json, os, re, html, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
DISTRACTOR_FILES = {"X-lebanese-pound-peg-history.md", "X-unitel-angola-telecom-market-profile.txt",
                    "X-albania-1997-pyramid-crisis-explainer.html", "X-dridex-malware-technical-analysis.txt"}
WANT = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
errors = []

def text_of(fn):
    s = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    if fn.endswith(".html"):
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s).lower()

files = sorted(os.listdir(CORPUS))
exts = collections.Counter(f.rsplit(".", 1)[1] for f in files)
if len(files) != 30 or exts != {"md": 10, "html": 10, "txt": 10}:
    errors.append(f"corpus shape wrong: {len(files)} {dict(exts)}")
if not all(f.startswith("X-") for f in files):
    errors.append("a corpus file lacks the X- prefix")
texts = {f: text_of(f) for f in files}
for f in files:  # each article states its date near the top
    head = texts[f][:600]
    if not re.search(r"(19|20)\d\d", head):
        errors.append(f"{f}: no date near the top")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): errors.append("duplicate ids")
qs = [r["question"].strip().lower() for r in rows]
if len(qs) != len(set(qs)): errors.append("duplicate questions")
kinds = collections.Counter(r["kind"] for r in rows)
if dict(kinds) != WANT: errors.append(f"kind counts {dict(kinds)} != {WANT}")
checked = 0
for r in rows:
    if set(r) != {"id", "question", "kind", "expected_sources", "must_mention", "notes"}:
        errors.append(f"{r['id']}: fields {sorted(r)}")
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            errors.append(f"{r['id']}: unanswerable with sources/must_mention")
        continue
    if not r["expected_sources"]: errors.append(f"{r['id']}: no expected_sources")
    if not r["must_mention"]: errors.append(f"{r['id']}: no must_mention")
    for s in r["expected_sources"]:
        if s not in texts: errors.append(f"{r['id']}: missing source {s}")
        if s in DISTRACTOR_FILES: errors.append(f"{r['id']}: distractor file {s} used as a source")
    for g in r["must_mention"]:
        if not g or not all(isinstance(x, str) and x.strip() for x in g):
            errors.append(f"{r['id']}: empty group"); continue
        ok = False
        for alt in g:
            checked += 1
            if any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]): ok = True
        if not ok: errors.append(f"{r['id']}: no alternative of {g} appears in {r['expected_sources']}")

print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
print(f"corpus: {len(files)} files {dict(exts)}; all prefixed X-: {all(f.startswith('X-') for f in files)}")
print(f"must_mention alternatives checked: {checked}")
for e in errors: print("ERROR", e)
print("PASS" if not errors else "FAIL")
sys.exit(0 if not errors else 1)
