"""Validate ../qa.jsonl against ../corpus. Prints PASS or the failures. Paths relative to this file."""
import collections
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
EXPECTED = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
NEVER_SOURCES = {"q-red-sea-shipping-diversions-jan-2024.md", "q-conviasa-fleet-renewal-feature-2023.txt"}


def text_of(fname):
    with open(os.path.join(CORPUS, fname), encoding="utf-8") as fh:
        t = fh.read()
    if fname.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t).lower()


def main():
    errors = []
    files = sorted(f for f in os.listdir(CORPUS) if f.startswith("q-"))
    exts = collections.Counter(f.rsplit(".", 1)[1] for f in files)
    if len(files) != 30 or exts != {"md": 10, "html": 10, "txt": 10}:
        errors.append(f"corpus shape wrong: {len(files)} {dict(exts)}")
    texts = {f: text_of(f) for f in files}

    # word counts from the article definitions
    import build_corpus
    for a in build_corpus.ARTICLES:
        n = build_corpus.words(a)
        if not 350 <= n <= 450:
            errors.append(f"{a['fname']}: {n} words")

    rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    kinds = collections.Counter(r["kind"] for r in rows)
    if dict(kinds) != EXPECTED:
        errors.append(f"kind counts {dict(kinds)} != {EXPECTED}")
    used = set()
    for r in rows:
        for key in ("id", "question", "kind", "expected_sources", "must_mention", "notes"):
            if key not in r:
                errors.append(f"{r.get('id')}: missing {key}")
        if r["kind"] == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                errors.append(f"{r['id']}: unanswerable with sources or must_mention")
            continue
        if not r["expected_sources"]:
            errors.append(f"{r['id']}: no expected sources")
        for s in r["expected_sources"]:
            used.add(s)
            if s not in texts:
                errors.append(f"{r['id']}: missing source {s}")
            if s in NEVER_SOURCES:
                errors.append(f"{r['id']}: distractor file {s} used as source")
        if not r["must_mention"]:
            errors.append(f"{r['id']}: no must_mention")
        for group in r["must_mention"]:
            if not any(alt.lower() in texts.get(s, "") for alt in group for s in r["expected_sources"]):
                errors.append(f"{r['id']}: no alternative of {group} in its sources")
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(kinds))
          + f"  unanswerable share={kinds['unanswerable'] / len(rows):.1%}")
    print(f"corpus: {len(files)} files {dict(exts)}")
    print(f"files never an expected source: {sorted(set(files) - used)}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
