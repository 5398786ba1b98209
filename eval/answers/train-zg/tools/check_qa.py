"""Validate ../qa.jsonl against ../corpus and articles.py. Prints PASS or FAIL (with the errors)."""
import datetime
import html
import json
import os
import re
import sys

from articles import ARTICLES, DISTRACTOR_FILES, filename

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
QA = os.path.join(ROOT, "qa.jsonl")
PREFIX = "zg-"
FILE_PREFIX = "ZG-"
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}

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


def human(iso):
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def check_corpus():
    files = sorted(os.listdir(CORPUS))
    expected = sorted(filename(a) for a in ARTICLES)
    if files != expected:
        err("corpus file list differs from articles.py: extra=%s missing=%s"
            % (sorted(set(files) - set(expected)), sorted(set(expected) - set(files))))
    exts = {}
    for f in files:
        exts[f.rsplit(".", 1)[1]] = exts.get(f.rsplit(".", 1)[1], 0) + 1
        if not f.startswith(FILE_PREFIX):
            err("file without prefix: " + f)
    if exts != {"html": 10, "md": 10, "txt": 10}:
        err("format counts wrong: %s" % exts)
    for a in ARTICLES:
        fn = filename(a)
        p = os.path.join(CORPUS, fn)
        if not os.path.exists(p):
            continue
        raw = open(p, encoding="utf-8").read()
        d = datetime.date.fromisoformat(a["date"])
        if not (datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 11, 30)):
            err("%s: date out of range" % fn)
        if not re.search(r"20(1[89]|2[0-6])", raw[:600]):
            err("%s: no 2018-2026 year near the top" % fn)
        hd = human(a["date"])
        if a["fmt"] == "md":
            if not raw.startswith("---\n") or "\ndate: %s\n" % a["date"] not in raw[:400]:
                err("%s: bad front matter" % fn)
            if not re.search(r"\nurl: https://[a-z.]*example\.org/", raw[:400]):
                err("%s: url not on example.org" % fn)
            if "*%s | %s*" % (a["outlet"], hd) not in raw:
                err("%s: italic outlet/date line missing or wrong weekday" % fn)
        elif a["fmt"] == "txt":
            lines = raw.split("\n")
            if lines[1] != "%s | %s" % (a["outlet"], hd):
                err("%s: header line wrong: %r" % (fn, lines[1]))
        else:
            need = ["<title>", '<meta name="date" content="%s">' % a["date"], 'id="cookie-banner"',
                    '<nav class="main-nav">', '<footer class="site-footer">', "Related stories",
                    '<time datetime="%s">%s</time>' % (a["date"], hd), 'property="og:title"',
                    'property="article:published_time"', 'rel="canonical"']
            if a["shape"] != "forum":
                need += ["Leave a Reply", 'class="comment-form"', 'class="share top"']
            for n in need:
                if n not in raw:
                    err("%s: html chrome missing %r" % (fn, n))
        # weekday words used in text must match the date's week (ran on the calendar separately)
    return files


def check_qa(files):
    texts = {f: plain(os.path.join(CORPUS, f)) for f in files}
    rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
    if len(rows) != 200:
        err("expected 200 rows, got %d" % len(rows))
    counts = {}
    seen_q = set()
    n_alt = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != FIELDS:
            err("%s: fields %s" % (rid, sorted(r)))
            continue
        if rid != "%s%03d" % (PREFIX, i):
            err("row %d: id %s out of order" % (i, rid))
        k = r["kind"]
        counts[k] = counts.get(k, 0) + 1
        if k not in RANGES:
            err("%s: bad kind %s" % (rid, k))
            continue
        lo, hi = RANGES[k]
        if not lo <= i <= hi:
            err("%s: kind %s outside its id range" % (rid, k))
        q = r["question"].strip().lower()
        if not q or q in seen_q:
            err("%s: empty or duplicate question" % rid)
        seen_q.add(q)
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err("%s: unanswerable with sources or must_mention" % rid)
            continue
        if not r["expected_sources"]:
            err("%s: no expected sources" % rid)
        for s in r["expected_sources"]:
            if s not in texts:
                err("%s: source missing %s" % (rid, s))
            if s in DISTRACTOR_FILES:
                err("%s: distractor file expected %s" % (rid, s))
        if not r["must_mention"]:
            err("%s: empty must_mention" % rid)
        for g in r["must_mention"]:
            if not isinstance(g, list) or not g:
                err("%s: bad group %r" % (rid, g))
                continue
            for alt in g:
                if not isinstance(alt, str) or not alt.strip():
                    err("%s: empty alternative" % rid)
                    continue
                n_alt += 1
                a = re.sub(r"\s+", " ", alt.lower())
                if not any(a in texts.get(s, "") for s in r["expected_sources"]):
                    err("%s: %r not found in any expected source" % (rid, alt))
    want = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
    if counts != want:
        err("kind counts %s != %s" % (counts, want))
    return rows, counts, n_alt


def main():
    files = check_corpus()
    rows, counts, n_alt = check_qa(files)
    exts = {}
    for f in files:
        e = f.rsplit(".", 1)[1]
        exts[e] = exts.get(e, 0) + 1
    print("questions: %d  %s" % (len(rows), "  ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    print("corpus: %d files %s; all prefixed %s: %s; distractor files: %d"
          % (len(files), dict(sorted(exts.items())), FILE_PREFIX, all(f.startswith(FILE_PREFIX) for f in files),
             len(DISTRACTOR_FILES)))
    print("must_mention alternatives checked: %d" % n_alt)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
