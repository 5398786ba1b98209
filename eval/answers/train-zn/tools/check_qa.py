"""Check ../qa.jsonl and ../corpus for blind set qa-ZN. Prints PASS or FAIL with the errors."""
import datetime
import html
import json
import os
import re
import sys

from articles import ARTICLES, DISTRACTORS
from build_corpus import word_count

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
QA = os.path.join(ROOT, "qa.jsonl")

FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
LO, HI = datetime.date(2018, 1, 1), datetime.date(2026, 12, 5)
DATE_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                     r"(January|February|March|April|May|June|July|August|September|October|November|December) "
                     r"(\d{1,2}), (\d{4})")

errors = []


def err(msg):
    errors.append(msg)


def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?s)<head>.*?</head>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


def check_weekday(name, text, meta_date):
    m = DATE_RE.search(text)
    if not m:
        err(f"{name}: no 'Weekday, Month D, YYYY' date near the top")
        return
    wd, mon, day, year = m.groups()
    d = datetime.datetime.strptime(f"{mon} {day} {year}", "%B %d %Y").date()
    if d.strftime("%A") != wd:
        err(f"{name}: {wd} is wrong for {d}")
    if meta_date and d.isoformat() != meta_date:
        err(f"{name}: shown date {d} differs from metadata {meta_date}")
    if not (LO <= d <= HI):
        err(f"{name}: date {d} outside 2018-01-01..2026-12-05")


def check_corpus():
    files = sorted(os.listdir(CORPUS))
    listed = sorted(a["file"] for a in ARTICLES)
    if files != listed:
        err(f"corpus files differ from articles.py: {sorted(set(files) ^ set(listed))}")
    counts = {}
    for f in files:
        ext = f.rsplit(".", 1)[1]
        counts[ext] = counts.get(ext, 0) + 1
        if not f.startswith("ZN-"):
            err(f"{f}: missing ZN- prefix")
    if counts != {"md": 10, "html": 10, "txt": 10}:
        err(f"formats not 10/10/10: {counts}")
    if len(DISTRACTORS) != 5:
        err(f"expected 5 distractor files, got {len(DISTRACTORS)}")
    arts = {a["file"]: a for a in ARTICLES}
    for f in files:
        a = arts.get(f)
        if a is None:
            continue
        wc = word_count(a)
        if not 150 <= wc <= 250:
            err(f"{f}: {wc} words of article text, not 150-250")
        path = os.path.join(CORPUS, f)
        text = open(path, encoding="utf-8").read()
        head = text[:1500]
        if f.endswith(".md"):
            fm = re.match(r"---\ntitle: .+\ndate: (\d{4}-\d\d-\d\d)\nurl: https://example\.org/\S+\nsource: .+\n---\n", text)
            if not fm:
                err(f"{f}: bad front matter")
            if "\n# " not in text:
                err(f"{f}: no '# title'")
            if not re.search(r"\n\*[^*\n]+ \| [A-Z][a-z]+day, ", text):
                err(f"{f}: no italic outlet/date line")
            check_weekday(f, head, fm.group(1) if fm else None)
        elif f.endswith(".txt"):
            lines = text.split("\n")
            if not re.match(r".+ \| [A-Z][a-z]+day, ", lines[1]):
                err(f"{f}: second line is not 'Outlet | Weekday, date'")
            check_weekday(f, lines[1], a["date"])
            if a["shape"] == "court":
                if "not legal advice" not in text:
                    err(f"{f}: court summary without not-legal-advice line")
            else:
                if "\n---\n" not in text or "Our tip" not in text or "Leave a reply" not in text:
                    err(f"{f}: news txt without ---/Our tip/reply line")
        elif f.endswith(".html"):
            md = re.search(r'<meta name="date" content="(\d{4}-\d\d-\d\d)">', text)
            for needle, label in [('class="cookie-banner"', "cookie banner"), ("<nav", "nav"),
                                  ('type="search"', "search"), ("<time datetime=", "time"),
                                  ('<meta name="date"', "date meta"), ('<meta name="description"', "description"),
                                  ('property="og:title"', "og:title"),
                                  ('property="article:published_time"', "published_time"),
                                  ('rel="canonical"', "canonical"), ('class="related"', "related stories"),
                                  ("<footer", "footer")]:
                if needle not in text:
                    err(f"{f}: missing {label}")
            forum = a["shape"] == "forum"
            for needle, label in [('class="share"', "share buttons"), ('class="newsletter"', "newsletter"),
                                  ('class="comments"', "comments"), ("Leave a Reply", "reply form")]:
                if forum and needle in text:
                    err(f"{f}: forum thread should not have {label}")
                if not forum and needle not in text:
                    err(f"{f}: missing {label}")
            if forum and 'class="post"' not in text:
                err(f"{f}: forum without posts")
            if not forum and 'class="comment"' not in text:
                err(f"{f}: no comments")
            tm = re.search(r"<time[^>]*>([^<]+)</time>", text)
            check_weekday(f, tm.group(1) if tm else "", md.group(1) if md else None)
    return set(files)


def check_qa(corpus_files):
    rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
    if len(rows) != 200:
        err(f"{len(rows)} rows, not 200")
    seen = set()
    kinds = {}
    texts = {}
    checked = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err(f"{rid}: fields {list(r.keys())}")
            continue
        if rid != f"zn-{i:03d}":
            err(f"row {i}: id {rid}, expected zn-{i:03d}")
        k = r["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        lo, hi = RANGES.get(k, (0, -1))
        if not lo <= i <= hi:
            err(f"{rid}: kind {k} outside its id range")
        norm = re.sub(r"[^a-z0-9 ]", "", r["question"].lower()).strip()
        norm = re.sub(r"\s+", " ", norm)
        if norm in seen:
            err(f"{rid}: duplicate question")
        seen.add(norm)
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err(f"{rid}: unanswerable row has sources or must_mention")
            continue
        if not r["expected_sources"]:
            err(f"{rid}: no expected_sources")
        if not r["must_mention"] or any(not g for g in r["must_mention"]):
            err(f"{rid}: empty must_mention group")
        for s in r["expected_sources"]:
            if s not in corpus_files:
                err(f"{rid}: source {s} not in corpus")
            if s in DISTRACTORS:
                err(f"{rid}: source {s} is a distractor")
        srcs = [s for s in r["expected_sources"] if s in corpus_files]
        for g in r["must_mention"]:
            for alt in g:
                checked += 1
                ok = False
                for s in srcs:
                    if s not in texts:
                        texts[s] = plain(os.path.join(CORPUS, s))
                    if alt.lower() in texts[s]:
                        ok = True
                        break
                if not ok:
                    err(f"{rid}: '{alt}' not found in any expected source")
    want = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
    if kinds != want:
        err(f"kind counts {kinds}, want {want}")
    return rows, kinds, checked


def main():
    files = check_corpus()
    rows, kinds, checked = check_qa(files)
    exts = {}
    for f in files:
        e = f.rsplit(".", 1)[1]
        exts[e] = exts.get(e, 0) + 1
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds.get(k, 0)}" for k in sorted(kinds)))
    print(f"corpus: {len(files)} files {dict(sorted(exts.items()))}; all prefixed ZN-: "
          f"{all(f.startswith('ZN-') for f in files)}; distractor files: {len(DISTRACTORS)}")
    print(f"must_mention alternatives checked: {checked}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
