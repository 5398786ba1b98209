"""Validate train-d qa.jsonl against its corpus.

Checks: every line parses as JSON with the required fields; ids are unique and start with 'd-';
kind is one of the four kinds; every expected source exists in corpus/; unanswerable rows have empty
expected_sources and must_mention; answerable/temporal/distractor rows have at least one source and
one group; every must_mention alternative occurs (case-insensitive, after HTML entity unescaping) in
the raw text of at least one expected source, so every group has an alternative present.
Run: python3 tools/check_qa.py [qa.jsonl]
"""
import html, json, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "qa.jsonl")
CORPUS = os.path.join(ROOT, "corpus")
KINDS = {"answerable", "temporal", "distractor", "unanswerable"}
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}

errors, ids, counts, cache = [], set(), {}, {}


def text(name):
    if name not in cache:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            cache[name] = html.unescape(f.read()).lower()
    return cache[name]


with open(QA, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")
            continue
        missing = FIELDS - row.keys()
        if missing:
            errors.append(f"line {n}: missing fields {sorted(missing)}")
            continue
        rid, kind, srcs, mm = row["id"], row["kind"], row["expected_sources"], row["must_mention"]
        if not str(rid).startswith("d-"):
            errors.append(f"{rid}: id must start with 'd-'")
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if kind not in KINDS:
            errors.append(f"{rid}: bad kind {kind!r}")
        counts[kind] = counts.get(kind, 0) + 1
        if not isinstance(srcs, list) or not isinstance(mm, list) or not all(isinstance(g, list) for g in mm):
            errors.append(f"{rid}: expected_sources must be a list and must_mention a list of lists")
            continue
        if kind == "unanswerable":
            if srcs or mm:
                errors.append(f"{rid}: unanswerable rows need empty expected_sources and must_mention")
            continue
        if not srcs or not mm:
            errors.append(f"{rid}: {kind} row needs sources and must_mention groups")
        for s in srcs:
            if not os.path.isfile(os.path.join(CORPUS, s)):
                errors.append(f"{rid}: source not found: {s}")
        present = [s for s in srcs if os.path.isfile(os.path.join(CORPUS, s))]
        for g in mm:
            if not g:
                errors.append(f"{rid}: empty must_mention group")
            hit_any = False
            for alt in g:
                if any(alt.lower() in text(s) for s in present):
                    hit_any = True
                else:
                    errors.append(f"{rid}: alternative {alt!r} not found in any expected source")
            if g and not hit_any:
                errors.append(f"{rid}: no alternative of group {g} present in expected sources")

total = sum(counts.values())
print(f"{QA}: {total} questions, {len(ids)} unique ids")
print("kinds:", ", ".join(f"{k} {counts.get(k, 0)}" for k in sorted(KINDS)),
      "| unanswerable share %.1f%%" % (100 * counts.get("unanswerable", 0) / max(total, 1)))
print(f"corpus files: {len(os.listdir(CORPUS))}")
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
