# -*- coding: utf-8 -*-
"""Validator for ../qa.jsonl against ../corpus. Prints PASS or FAIL (exit 1)."""
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
QA = os.path.join(ROOT, "qa.jsonl")

FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
WANT = {k: b - a + 1 for k, (a, b) in RANGES.items()}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"\s+", " ", text)
    return text.lower()


def main():
    files = sorted(os.listdir(CORPUS))
    texts = {}
    for f in files:
        with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
    ntexts = {f: norm(t) for f, t in texts.items()}
    distractors = {a["fname"] for a in ARTICLES if a.get("distractor")}

    # ---- corpus checks
    by_ext = {}
    for f in files:
        ext = f.rsplit(".", 1)[-1]
        by_ext[ext] = by_ext.get(ext, 0) + 1
        if not f.startswith("ZA-"):
            err("corpus file without ZA- prefix: " + f)
        t = texts[f]
        top = t[:1500]
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", top)]
        if not any(2018 <= y <= 2026 for y in years):
            err("no 2018-2026 year near the top of " + f)
        if ext == "md":
            m = re.match(r"---\ntitle: .+\ndate: (\d{4}-\d\d-\d\d)\nurl: https://example\.org/\S+\nsource: .+\n---\n", t)
            if not m:
                err("bad md front matter: " + f)
            elif not ("2018-01-01" <= m.group(1) <= "2026-11-30"):
                err("md date out of range: " + f)
        elif ext == "txt":
            lines = t.split("\n")
            if len(lines) < 3 or not re.match(r"^.+ \| (%s), [A-Z][a-z]+ \d{1,2}, 20\d\d$" % "|".join(WEEKDAYS), lines[1]):
                err("bad txt header line: " + f)
        elif ext == "html":
            for needle in ("<title>", '<meta name="date"', "cookie", "<nav>", "<footer>", "Related stories", "<time datetime="):
                if needle not in t:
                    err("html chrome missing %r in %s" % (needle, f))
        else:
            err("unexpected extension: " + f)
    if by_ext != {"md": 10, "html": 10, "txt": 10}:
        err("corpus format counts %r" % by_ext)
    for a in ARTICLES:
        if a["fname"] not in texts:
            err("article not rendered: " + a["fname"])
    if len(distractors) < 3:
        err("too few distractor articles")

    # ---- qa checks
    rows = []
    with open(QA, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d not JSON: %s" % (ln, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    if ids != ["za-%03d" % i for i in range(1, 201)]:
        err("ids are not za-001..za-200 in order")
    qs = [r.get("question", "").strip().lower() for r in rows]
    if len(set(qs)) != len(qs):
        err("duplicate questions")
    counts = {}
    checked = 0
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != FIELDS:
            err("%s: fields %r" % (rid, sorted(r)))
            continue
        kind = r["kind"]
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in RANGES:
            err("%s: unknown kind %s" % (rid, kind))
            continue
        n = int(rid.split("-")[1])
        lo, hi = RANGES[kind]
        if not (lo <= n <= hi):
            err("%s: kind %s outside its id range" % (rid, kind))
        src, mm = r["expected_sources"], r["must_mention"]
        if kind == "unanswerable":
            if src or mm:
                err("%s: unanswerable with sources or must_mention" % rid)
            continue
        if not src or not mm:
            err("%s: empty sources or must_mention" % rid)
            continue
        for s in src:
            if s not in texts:
                err("%s: source missing %s" % (rid, s))
            if s in distractors:
                err("%s: distractor file used as expected source %s" % (rid, s))
        for g in mm:
            if not isinstance(g, list) or not g:
                err("%s: bad group %r" % (rid, g))
                continue
            for alt in g:
                checked += 1
                a = re.sub(r"\s+", " ", alt.lower())
                if not any(a in ntexts.get(s, "") for s in src):
                    err("%s: alternative %r not found in any expected source" % (rid, alt))
    for k, v in WANT.items():
        if counts.get(k, 0) != v:
            err("count %s=%d, want %d" % (k, counts.get(k, 0), v))

    print("questions: %d  %s" % (len(rows), "  ".join("%s=%d" % (k, counts.get(k, 0)) for k in sorted(counts))))
    print("corpus: %d files %r; all prefixed ZA-: %s; distractor files: %d"
          % (len(files), by_ext, all(f.startswith("ZA-") for f in files), len(distractors)))
    print("must_mention alternatives checked: %d" % checked)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
