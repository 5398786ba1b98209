"""Validate ../qa.jsonl and ../corpus against docs/eval-format.md and this set's own rules. Prints PASS or FAIL."""
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES, DISTRACTOR_FILES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
QA = os.path.join(ROOT, "qa.jsonl")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
COUNTS = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

errors = []


def err(msg):
    errors.append(msg)


def norm(text, is_html):
    if is_html:
        text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip().lower()


def main():
    files = sorted(os.listdir(CORPUS))
    texts = {}
    for f in files:
        with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
            raw = fh.read()
        texts[f] = (raw, norm(raw, f.endswith(".html")))

    # corpus shape
    ext_counts = {}
    for f in files:
        ext = f.rsplit(".", 1)[-1]
        ext_counts[ext] = ext_counts.get(ext, 0) + 1
    if ext_counts != {"md": 10, "html": 10, "txt": 10}:
        err(f"corpus extension counts {ext_counts}")
    prefixed = all(f.startswith("ZD-") for f in files)
    if not prefixed:
        err("not all corpus files start with ZD-")
    if sorted(a["file"] for a in ARTICLES) != files:
        err("corpus file list differs from articles.py")
    for f in DISTRACTOR_FILES:
        if f not in files:
            err(f"distractor file missing: {f}")

    for f in files:
        raw = texts[f][0]
        head = raw[:1500]
        if not re.search(r"20(1[89]|2[0-6])", head):
            err(f"{f}: no 2018-2026 year near the top")
        if f.endswith(".md"):
            m = re.match(r'---\ntitle: ".+"\ndate: (\d{4}-\d{2}-\d{2})\nurl: https://example\.org/\S+\nsource: ".+"\n---\n',
                         raw)
            if not m:
                err(f"{f}: bad md front matter")
            else:
                d = datetime.date.fromisoformat(m.group(1))
                if not (datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 11, 30)):
                    err(f"{f}: date out of range {d}")
            if not re.search(rf"\n\*.+ \| ({'|'.join(WEEKDAYS)}), ({MONTHS}) \d{{1,2}}, \d{{4}}\*\n", raw):
                err(f"{f}: md outlet/date line missing")
        elif f.endswith(".txt"):
            lines = raw.split("\n")
            if len(lines) < 3 or not lines[0].strip():
                err(f"{f}: txt title line missing")
            elif not re.fullmatch(rf".+ \| ({'|'.join(WEEKDAYS)}), ({MONTHS}) \d{{1,2}}, (\d{{4}})", lines[1]):
                err(f"{f}: txt header line '{lines[1]}' lacks 'Outlet | Weekday, Month D, YYYY'")
            else:
                dt = datetime.datetime.strptime(lines[1].split(" | ", 1)[1], "%A, %B %d, %Y")
                if dt.strftime("%A") != lines[1].split(" | ", 1)[1].split(",")[0]:
                    err(f"{f}: weekday does not match date")
        else:
            for needle, what in [("<title>", "title"), ('<meta name="date"', "date meta"),
                                 ("cookie-banner", "cookie banner"), ("<nav>", "nav"), ("<footer>", "footer"),
                                 ("Related stories", "related stories"), ("<time datetime=", "time")]:
                if needle not in raw:
                    err(f"{f}: html lacks {what}")

    # questions
    rows = []
    with open(QA, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {i}: bad json {e}")
    if len(rows) != 200:
        err(f"{len(rows)} rows, expected 200")
    seen_q = set()
    kinds = {}
    alts_checked = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != FIELDS:
            err(f"{rid}: fields {sorted(r)}")
            continue
        if rid != f"zd-{i:03d}":
            err(f"row {i}: id {rid} out of order")
        k = r["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        if k not in RANGES:
            err(f"{rid}: bad kind {k}")
            continue
        lo, hi = RANGES[k]
        if not (lo <= i <= hi):
            err(f"{rid}: kind {k} outside its id range")
        q = r["question"].strip()
        if not q or q.lower() in seen_q:
            err(f"{rid}: empty or duplicate question")
        seen_q.add(q.lower())
        if not isinstance(r["notes"], str):
            err(f"{rid}: notes not a string")
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err(f"{rid}: unanswerable must have empty sources and must_mention")
            continue
        src = r["expected_sources"]
        if not src or not all(isinstance(s, str) for s in src):
            err(f"{rid}: no expected_sources")
            continue
        for s in src:
            if s not in texts:
                err(f"{rid}: source {s} not in corpus")
            if s in DISTRACTOR_FILES:
                err(f"{rid}: source {s} is a distractor file")
        mm = r["must_mention"]
        if not mm or not all(isinstance(g, list) and g for g in mm):
            err(f"{rid}: must_mention must be non-empty groups")
            continue
        for g in mm:
            for alt in g:
                if not isinstance(alt, str) or not alt.strip():
                    err(f"{rid}: empty alternative")
                    continue
                alts_checked += 1
                a = re.sub(r"\s+", " ", alt).strip().lower()
                if not any(a in texts[s][1] for s in src if s in texts):
                    err(f"{rid}: '{alt}' not found in any expected source")
    if kinds != COUNTS:
        err(f"kind counts {kinds}")

    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds.get(k, 0)}" for k in sorted(COUNTS)))
    print(f"corpus: {len(files)} files {ext_counts}; all prefixed ZD-: {prefixed}; "
          f"distractor files: {len(DISTRACTOR_FILES)}")
    print(f"must_mention alternatives checked: {alts_checked}")
    for e in errors:
        print("ERROR:", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
