"""Validator for validation-e: qa.jsonl and corpus metadata. Run: python3 check_qa.py"""
import html, json, os, re, sys
from collections import Counter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CORPUS = os.path.join(ROOT, "corpus")
errors = []
texts = {}
for fn in sorted(os.listdir(CORPUS)):
    raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    texts[fn] = html.unescape(raw).lower()
    if not fn.startswith("e-"):
        errors.append(f"{fn}: name must start with e-")
    if fn.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        fm = m.group(1) if m else ""
        for key in ("title:", "date:", "url: https://example.org/", "source:"):
            if key not in fm:
                errors.append(f"{fn}: front matter lacks {key}")
        if not re.search(r"^date: \d{4}-\d{2}-\d{2}$", fm, re.M):
            errors.append(f"{fn}: bad date")
    elif fn.endswith(".html"):
        for pat in (r"<title>", r'<meta name="date" content="\d{4}-\d{2}-\d{2}">', r"<time datetime="):
            if not re.search(pat, raw):
                errors.append(f"{fn}: lacks {pat}")
    elif fn.endswith(".txt"):
        first = "\n".join(raw.split("\n")[:4])
        if not re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, 20\d\d", first):
            errors.append(f"{fn}: no date near the top")
    else:
        errors.append(f"{fn}: unexpected extension")

ids = set(); kinds = Counter(); n = 0
for ln, line in enumerate(open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8"), 1):
    try:
        q = json.loads(line)
    except Exception as e:
        errors.append(f"line {ln}: parse error {e}"); continue
    n += 1
    for k in ("id", "question", "kind", "expected_sources", "must_mention", "notes"):
        if k not in q: errors.append(f"line {ln}: missing {k}")
    if q["id"] in ids: errors.append(f"duplicate id {q['id']}")
    ids.add(q["id"])
    kinds[q["kind"]] += 1
    if q["kind"] not in ("answerable", "temporal", "distractor", "unanswerable"):
        errors.append(f"{q['id']}: bad kind")
    if q["kind"] == "unanswerable":
        if q["expected_sources"] or q["must_mention"]:
            errors.append(f"{q['id']}: unanswerable must have empty sources and must_mention")
        continue
    if not q["expected_sources"]: errors.append(f"{q['id']}: no sources")
    if not 1 <= len(q["must_mention"]) <= 2: errors.append(f"{q['id']}: need 1-2 groups")
    for s in q["expected_sources"]:
        if s not in texts: errors.append(f"{q['id']}: missing source {s}")
    for g in q["must_mention"]:
        for alt in g:
            if not any(alt.lower() in texts.get(s, "") for s in q["expected_sources"]):
                errors.append(f"{q['id']}: '{alt}' not found in any expected source")

expected = [f"e-{i:03d}" for i in range(1, n + 1)]
if sorted(ids) != expected: errors.append("ids are not e-001..e-%03d" % n)
words = {fn: len(re.sub(r"<[^>]+>", " ", t).split()) for fn, t in texts.items()}
print("questions:", n, dict(kinds), "unanswerable share: %.1f%%" % (100 * kinds["unanswerable"] / n))
print("files:", len(texts), Counter(fn.rsplit('.', 1)[1] for fn in texts))
print("\n".join(errors) if errors else "all checks passed")
sys.exit(1 if errors else 0)
