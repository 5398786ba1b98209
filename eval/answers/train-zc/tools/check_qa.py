"""Validate ../qa.jsonl and ../corpus against docs/eval-format.md and the set's own rules. Prints PASS or FAIL."""
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
COUNTS = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

errors = []


def err(msg):
    errors.append(msg)


def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


def check_corpus():
    files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
    exts = {"md": 0, "txt": 0, "html": 0}
    for f in files:
        ext = f.rsplit(".", 1)[-1]
        if ext not in exts:
            err(f"unexpected file type {f}")
            continue
        exts[ext] += 1
        if not f.startswith("ZC-"):
            err(f"file not prefixed ZC-: {f}")
        raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
        if not re.search(r"20(1[89]|2[0-6])", raw[:600]):
            err(f"{f}: no 2018-2026 year near the top")
        if ext == "md":
            m = re.match(r"---\ntitle: \".+\"\ndate: (\d{4}-\d{2}-\d{2})\nurl: (https://example\.org/\S+)\nsource: \".+\"\n---\n", raw)
            if not m:
                err(f"{f}: bad front matter")
            else:
                d = datetime.date.fromisoformat(m.group(1))
                if not (datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 11, 30)):
                    err(f"{f}: date out of range")
        elif ext == "txt":
            lines = raw.split("\n")
            if len(lines) < 3 or " | " not in lines[1] or not lines[1].split(" | ")[1].startswith(WEEKDAYS):
                err(f"{f}: txt header line with weekday missing")
        else:
            for needle in ("<title>", '<meta name="date"', "cookie-banner", "<nav>", "<footer>", "Related stories", "<time datetime"):
                if needle not in raw:
                    err(f"{f}: html chrome missing {needle}")
    if exts != {"md": 10, "txt": 10, "html": 10}:
        err(f"format counts {exts} != 10/10/10")
    listed = {a["file"] for a in ARTICLES}
    if listed != set(files):
        err(f"articles.py and corpus disagree: {sorted(listed ^ set(files))}")
    return files, exts


def check_qa(files):
    distractors = {a["file"] for a in ARTICLES if a["distractor"]}
    texts = {f: plain(os.path.join(CORPUS, f)) for f in files}
    rows = [json.loads(ln) for ln in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if ln.strip()]
    if len(rows) != 200:
        err(f"{len(rows)} rows, expected 200")
    counts = {k: 0 for k in COUNTS}
    seen_q = set()
    n_alts = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id", "?")
        if set(r) != FIELDS:
            err(f"{rid}: fields {sorted(r)}")
            continue
        if rid != f"zc-{i:03d}":
            err(f"{rid}: expected id zc-{i:03d}")
        kind = r["kind"]
        if kind not in RANGES:
            err(f"{rid}: bad kind {kind}")
            continue
        counts[kind] += 1
        lo, hi = RANGES[kind]
        if not lo <= i <= hi:
            err(f"{rid}: kind {kind} outside its id range")
        q = r["question"].strip().lower()
        if not q or q in seen_q:
            err(f"{rid}: empty or duplicate question")
        seen_q.add(q)
        if not isinstance(r["notes"], str):
            err(f"{rid}: notes not a string")
        srcs, mm = r["expected_sources"], r["must_mention"]
        if kind == "unanswerable":
            if srcs or mm:
                err(f"{rid}: unanswerable row must have empty sources and must_mention")
            continue
        if not srcs or not mm:
            err(f"{rid}: sources and must_mention required")
            continue
        for s in srcs:
            if s not in texts:
                err(f"{rid}: source {s} not in corpus")
            if s in distractors:
                err(f"{rid}: distractor file {s} used as expected source")
        for group in mm:
            if not isinstance(group, list) or not group or not all(isinstance(x, str) and x.strip() for x in group):
                err(f"{rid}: bad must_mention group {group!r}")
                continue
            for alt in group:
                n_alts += 1
                needle = re.sub(r"\s+", " ", alt.strip().lower())
                if not any(needle in texts.get(s, "") for s in srcs):
                    err(f"{rid}: '{alt}' not found verbatim in any expected source")
    if counts != COUNTS:
        err(f"kind counts {counts} != {COUNTS}")
    return rows, counts, n_alts, distractors


def main():
    files, exts = check_corpus()
    rows, counts, n_alts, distractors = check_qa(files)
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"corpus: {len(files)} files {exts}; all prefixed ZC-: {all(f.startswith('ZC-') for f in files)}; "
          f"distractor files: {len(distractors)}")
    print(f"must_mention alternatives checked: {n_alts}")
    for e in errors:
        print("ERROR:", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
