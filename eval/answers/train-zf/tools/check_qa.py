"""Validator for blind set qa-ZF. Prints errors and PASS or FAIL.

Checks: exactly six fields per row; ids zf-001..zf-200 in order; kinds in their id ranges and counts 110/30/15/45;
unique questions; unanswerable rows have empty sources and must_mention; other rows name existing corpus files that
are not distractor files, with non-empty groups of non-empty strings; every must_mention alternative occurs verbatim
(case-insensitive, HTML tags stripped, entities unescaped, whitespace collapsed) in at least one expected source;
corpus: 30 files, 10 per format, all prefixed ZF-, same list as articles.py; md front matter (title, date, example.org
url, source) and the italic outlet/date line; txt header line whose weekday matches its date; html chrome (title,
date meta, cookie banner, nav, footer, related stories, <time>); dates 2018-01-01..2026-11-30.
"""
import datetime
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
sys.path.insert(0, HERE)
from articles import ARTICLES, DISTRACTOR_FILES  # noqa: E402

RANGES = [("answerable", 1, 110), ("temporal", 111, 140), ("distractor", 141, 155), ("unanswerable", 156, 200)]
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}


def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


def kind_for(n):
    for k, a, b in RANGES:
        if a <= n <= b:
            return k
    return None


def check_corpus(errors):
    files = sorted(os.listdir(CORPUS))
    listed = sorted(a["name"] for a in ARTICLES)
    if files != listed:
        errors.append(f"corpus files differ from articles.py: {set(files) ^ set(listed)}")
    by_ext = {}
    for f in files:
        by_ext[f.rsplit(".", 1)[1]] = by_ext.get(f.rsplit(".", 1)[1], 0) + 1
        if not f.startswith("ZF-"):
            errors.append(f"{f}: not prefixed ZF-")
    if by_ext != {"txt": 10, "md": 10, "html": 10} or len(files) != 30:
        errors.append(f"corpus format counts {by_ext}")
    lo, hi = datetime.date(2018, 1, 1), datetime.date(2026, 11, 30)
    for a in ARTICLES:
        p = os.path.join(CORPUS, a["name"])
        if not os.path.exists(p):
            continue
        raw = open(p, encoding="utf-8").read()
        d = datetime.date.fromisoformat(a["date"])
        if not lo <= d <= hi:
            errors.append(f"{a['name']}: date {d} out of range")
        longd = f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"
        if not re.search(r"20(1[89]|2[0-6])", raw[:600]):
            errors.append(f"{a['name']}: no 2018-2026 year near the top")
        if a["fmt"] == "md":
            m = re.match(r"---\ntitle: \".+\"\ndate: (\d{4}-\d\d-\d\d)\nurl: https://[a-z]+\.example\.org/\S+\n"
                         r"source: \".+\"\n---\n", raw)
            if not m or m.group(1) != a["date"]:
                errors.append(f"{a['name']}: bad front matter")
            if f"*{a['outlet']} | {longd}*" not in raw:
                errors.append(f"{a['name']}: italic outlet/date line missing or weekday wrong")
        elif a["fmt"] == "txt":
            lines = raw.split("\n")
            if lines[0] != a["title"] or lines[1] != f"{a['outlet']} | {longd}":
                errors.append(f"{a['name']}: txt header wrong")
        else:
            for needle in ["<title>", f'<meta name="date" content="{a["date"]}">', "cookie-banner", "<nav>",
                           "<footer>", "Related stories", f'<time datetime="{a["date"]}">{longd}</time>']:
                if needle not in raw:
                    errors.append(f"{a['name']}: html chrome missing {needle!r}")
            if not a.get("posts") and "Leave a Reply" not in raw:
                errors.append(f"{a['name']}: html comment form missing")
    return by_ext, len(files)


def main():
    errors = []
    by_ext, nfiles = check_corpus(errors)
    texts = {f: plain(os.path.join(CORPUS, f)) for f in os.listdir(CORPUS)}
    rows = [json.loads(line) for line in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if line.strip()]
    counts = {}
    seen_q = set()
    alts_checked = 0
    if len(rows) != 200:
        errors.append(f"{len(rows)} rows, expected 200")
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)}")
            continue
        if rid != f"zf-{i:03d}":
            errors.append(f"row {i}: id {rid}")
        k = r["kind"]
        counts[k] = counts.get(k, 0) + 1
        if k != kind_for(i):
            errors.append(f"{rid}: kind {k} outside its range")
        q = r["question"].strip().lower()
        if not q or q in seen_q:
            errors.append(f"{rid}: empty or duplicate question")
        seen_q.add(q)
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                errors.append(f"{rid}: unanswerable row has sources or must_mention")
            continue
        srcs = r["expected_sources"]
        if not srcs:
            errors.append(f"{rid}: no expected sources")
        for s in srcs:
            if s not in texts:
                errors.append(f"{rid}: source {s} not in corpus")
            if s in DISTRACTOR_FILES:
                errors.append(f"{rid}: source {s} is a distractor file")
        mm = r["must_mention"]
        if not mm or not all(isinstance(g, list) and g and all(isinstance(x, str) and x.strip() for x in g)
                             for g in mm):
            errors.append(f"{rid}: bad must_mention {mm}")
            continue
        for g in mm:
            for alt in g:
                alts_checked += 1
                a = re.sub(r"\s+", " ", alt.lower())
                if not any(a in texts.get(s, "") for s in srcs):
                    errors.append(f"{rid}: {alt!r} not found in any expected source")
    want = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
    if counts != want:
        errors.append(f"kind counts {counts}")
    for e in errors:
        print("ERROR:", e)
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={counts.get(k, 0)}" for k in sorted(counts)))
    print(f"corpus: {nfiles} files {by_ext}; all prefixed ZF-: {all(f.startswith('ZF-') for f in texts)}; "
          f"distractor files: {len(DISTRACTOR_FILES)}")
    print(f"must_mention alternatives checked: {alts_checked}")
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
