"""Validate ../qa.jsonl against ../corpus. Prints PASS or the problems."""
import html, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
WANT = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
DISTRACTOR_FILES = {"r-x-suspended-brazil-aug-2024.txt", "r-colombia-total-peace-policy-2023.txt",
                    "r-rogan-orban-message-machine-profile-2022.md", "r-georgia-foreign-agent-law-may-2024.html"}

def text_of(name):
    t = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return re.sub(r"\s+", " ", t).lower()

def main():
    errs = []
    files = sorted(os.listdir(CORPUS))
    texts = {f: text_of(f) for f in files}
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
    kinds = Counter(r["kind"] for r in rows)
    ids = Counter(r["id"] for r in rows)
    if len(rows) != 200: errs.append(f"expected 200 rows, got {len(rows)}")
    for k, n in WANT.items():
        if kinds.get(k, 0) != n: errs.append(f"kind {k}: {kinds.get(k,0)} != {n}")
    for k in kinds:
        if k not in WANT: errs.append(f"unknown kind {k}")
    for i, n in ids.items():
        if n > 1: errs.append(f"duplicate id {i}")
    qs = Counter(r["question"].strip().lower() for r in rows)
    for q, n in qs.items():
        if n > 1: errs.append(f"duplicate question: {q}")
    used = set()
    for r in rows:
        for key in ("id", "question", "kind", "expected_sources", "must_mention"):
            if key not in r: errs.append(f"{r.get('id')}: missing {key}")
        if r["kind"] == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                errs.append(f"{r['id']}: unanswerable row must have empty sources and must_mention")
            continue
        if not r["expected_sources"]: errs.append(f"{r['id']}: no expected source")
        if not r["must_mention"]: errs.append(f"{r['id']}: no must_mention")
        for src in r["expected_sources"]:
            used.add(src)
            if src not in texts: errs.append(f"{r['id']}: missing source {src}")
            if src in DISTRACTOR_FILES: errs.append(f"{r['id']}: distractor file used as source {src}")
        for g in r["must_mention"]:
            if not g: errs.append(f"{r['id']}: empty group")
            for alt in g:
                if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                    errs.append(f"{r['id']}: '{alt}' not found verbatim in any expected source")
    fmt = Counter(f.rsplit(".", 1)[1] for f in files)
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
    print(f"corpus: {len(files)} files {dict(fmt)}; all prefixed r-: {all(f.startswith('r-') for f in files)}")
    print("files never an expected source:", sorted(set(files) - used))
    if len(files) != 30 or fmt != Counter({"md": 10, "html": 10, "txt": 10}): errs.append("corpus must be 10 md + 10 html + 10 txt")
    if errs:
        print("\n".join(errs)); print("FAIL"); return 1
    print("PASS"); return 0

if __name__ == "__main__":
    sys.exit(main())
