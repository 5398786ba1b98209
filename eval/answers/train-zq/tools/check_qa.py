"""Check ../qa.jsonl and ../corpus for blind set qa-ZQ; prints PASS or FAIL with the errors."""
import datetime as dt
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import A  # noqa: E402
from build_corpus import words  # noqa: E402

ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
LO, HI = dt.date(2018, 1, 1), dt.date(2026, 12, 5)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAY_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (%s) (\d{1,2}), (\d{4})" % MONTHS)
errors = []


def err(msg):
    errors.append(msg)


def plain(fname):
    raw = open(os.path.join(CORPUS, fname), encoding="utf-8").read()
    if fname.endswith(".html"):
        raw = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


def norm_q(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


def check_dates_and_chrome(a):
    fn, fmt = a["fname"], a["fmt"]
    raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    d = dt.date.fromisoformat(a["date"])
    if not (LO <= d <= HI):
        err("%s: date %s out of range" % (fn, d))
    body = raw.split("</head>", 1)[1] if fmt == "html" else raw
    m = WEEKDAY_RE.search(body)
    if not m:
        err("%s: no weekday date near the top" % fn)
    else:
        wd, mon, day, yr = m.groups()
        got = dt.datetime.strptime("%s %s %s" % (mon, day, yr), "%B %d %Y").date()
        if got != d:
            err("%s: weekday date %s differs from metadata %s" % (fn, got, d))
        if got.strftime("%A") != wd:
            err("%s: %s is a %s, not a %s" % (fn, got, got.strftime("%A"), wd))
        if m.start() > 1500:
            err("%s: weekday date is not near the top" % fn)
    if fmt == "md":
        lines = raw.splitlines()
        if lines[0] != "---" or not any(l.startswith("title:") for l in lines[:6]) \
                or "date: %s" % a["date"] not in raw or "url: https://example.org/" not in raw or "source:" not in raw:
            err("%s: md front matter incomplete" % fn)
        if "\n# " not in raw or not re.search(r"\n\*[^*\n]+ \| [A-Z][a-z]+day, ", raw):
            err("%s: md title or italic outlet/date line missing" % fn)
    elif fmt == "txt":
        lines = raw.splitlines()
        if not WEEKDAY_RE.search(lines[1]) or " | " not in lines[1]:
            err("%s: txt second line is not 'Outlet | Weekday, date'" % fn)
        if a["shape"] == "court summary":
            if "not legal advice" not in raw:
                err("%s: court summary lacks the not-legal-advice line" % fn)
        elif "\n---\n" not in raw or "Our tip" not in raw or "Reply to this story" not in raw:
            err("%s: txt news lacks ---, Our tip or reply line" % fn)
    else:
        need = ['class="cookie-banner"', "<nav", 'type="search"', "<time", '<meta name="date"',
                '<meta name="description"', 'property="og:title"', 'property="article:published_time"',
                'rel="canonical"', 'class="related"', "<footer"]
        for n in need:
            if n not in raw:
                err("%s: html chrome missing %s" % (fn, n))
        forum = a["shape"] == "forum"
        for n in ['class="share-buttons"', 'class="newsletter"', "Leave a Reply", 'class="comment"']:
            if forum and n in raw:
                err("%s: forum should not have %s" % (fn, n))
            if not forum and n not in raw:
                err("%s: html missing %s" % (fn, n))
        if forum and raw.count('class="post"') < 3:
            err("%s: forum has fewer than 3 posts" % fn)


def main():
    # corpus
    files = sorted(os.listdir(CORPUS))
    listed = sorted(a["fname"] for a in A)
    if files != listed:
        err("corpus files differ from articles.py: %s" % sorted(set(files) ^ set(listed)))
    fmts = {}
    for f in files:
        ext = f.rsplit(".", 1)[1]
        fmts[ext] = fmts.get(ext, 0) + 1
    if fmts != {"md": 10, "html": 10, "txt": 10}:
        err("formats not 10/10/10: %s" % fmts)
    prefix_ok = all(f.startswith("ZQ-") for f in files)
    if not prefix_ok:
        err("file without ZQ- prefix")
    distractors = {a["fname"] for a in A if a["distractor"]}
    if len(distractors) != 5:
        err("expected 5 distractor files, got %d" % len(distractors))
    for a in A:
        if a["fname"] not in files:
            continue
        w = words(a)
        if not 150 <= w <= 250:
            err("%s: %d words of article text" % (a["fname"], w))
        check_dates_and_chrome(a)
    texts = {f: plain(f) for f in files}

    # questions
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
    if len(rows) != 200:
        err("expected 200 rows, got %d" % len(rows))
    counts, seen, n_alt = {}, {}, 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err("%s: fields %s" % (rid, list(r.keys())))
            continue
        if rid != "zq-%03d" % i:
            err("row %d: id %s" % (i, rid))
        k = r["kind"]
        counts[k] = counts.get(k, 0) + 1
        if k not in RANGES or not RANGES[k][0] <= i <= RANGES[k][1]:
            err("%s: kind %s outside its id range" % (rid, k))
        nq = norm_q(r["question"])
        if nq in seen:
            err("%s: duplicate question of %s" % (rid, seen[nq]))
        seen[nq] = rid
        if not r["question"].strip():
            err("%s: empty question" % rid)
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err("%s: unanswerable row has sources or must_mention" % rid)
            continue
        if not r["expected_sources"] or not r["must_mention"]:
            err("%s: missing sources or must_mention" % rid)
            continue
        for s in r["expected_sources"]:
            if s not in texts:
                err("%s: source %s does not exist" % (rid, s))
            elif s in distractors:
                err("%s: source %s is a distractor" % (rid, s))
        srcs = [texts[s] for s in r["expected_sources"] if s in texts]
        for g in r["must_mention"]:
            if not g or not all(isinstance(x, str) and x.strip() for x in g):
                err("%s: empty must_mention group" % rid)
                continue
            for alt in g:
                n_alt += 1
                if not any(alt.lower() in t for t in srcs):
                    err("%s: '%s' not in any expected source" % (rid, alt))
    want = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
    if counts != want:
        err("kind counts %s" % counts)

    print("questions: %d  %s" % (len(rows), "  ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    print("corpus: %d files %s; all prefixed ZQ-: %s; distractor files: %d" % (len(files), dict(sorted(fmts.items())), prefix_ok, len(distractors)))
    print("must_mention alternatives checked: %d" % n_alt)
    if errors:
        for e in errors:
            print("ERROR", e)
        print("FAIL (%d errors)" % len(errors))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
