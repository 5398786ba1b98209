"""Check ../qa.jsonl against ../corpus/ and tools/articles.py. Prints PASS or FAIL with the errors."""
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402
from build_corpus import article_words  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
QA = os.path.join(ROOT, "qa.jsonl")

FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
COUNTS = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
LO, HI = datetime.date(2018, 1, 1), datetime.date(2026, 12, 5)
errors = []


def err(msg):
    errors.append(msg)


def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


def norm_q(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


DATE_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|"
                     r"August|September|October|November|December) (\d{1,2}), (\d{4})")


def check_weekday(name, text, meta_date):
    m = DATE_RE.search(text[:3000])
    if not m:
        err(f"{name}: no weekday date near the top")
        return
    wd, mon, day, year = m.groups()
    d = datetime.datetime.strptime(f"{mon} {day} {year}", "%B %d %Y").date()
    if d.strftime("%A") != wd:
        err(f"{name}: weekday {wd} wrong for {d}")
    if d.isoformat() != meta_date:
        err(f"{name}: displayed date {d} != metadata {meta_date}")


def check_corpus():
    meta = {a["file"]: a for a in ARTICLES}
    files = sorted(os.listdir(CORPUS))
    if set(files) != set(meta):
        err(f"corpus files differ from articles.py: {sorted(set(files) ^ set(meta))}")
    fmt = {}
    for f in files:
        ext = f.rsplit(".", 1)[1]
        fmt[ext] = fmt.get(ext, 0) + 1
        if not f.startswith("ZM-"):
            err(f"{f}: missing ZM- prefix")
    if fmt != {"md": 10, "html": 10, "txt": 10}:
        err(f"formats not 10/10/10: {fmt}")
    for f in files:
        a = meta.get(f)
        if not a:
            continue
        path = os.path.join(CORPUS, f)
        text = open(path, encoding="utf-8").read()
        d = datetime.date.fromisoformat(a["date"])
        if not (LO <= d <= HI):
            err(f"{f}: date {d} out of range")
        w = article_words(a)
        if not 150 <= w <= 250:
            err(f"{f}: {w} words of article text")
        if f.endswith(".md"):
            if not text.startswith("---\ntitle: ") or f"\ndate: {a['date']}\n" not in text or "\nurl: " not in text or "\nsource: " not in text:
                err(f"{f}: bad front matter")
            if f"\n# {a['title']}\n" not in text:
                err(f"{f}: no # title")
            if not re.search(r"\n\*[^*\n]+ \| [A-Z][a-z]+day, ", text):
                err(f"{f}: no italic outlet/date line")
            check_weekday(f, text, a["date"])
        elif f.endswith(".txt"):
            lines = text.split("\n")
            if lines[0] != a["title"] or not re.match(r"^.+ \| [A-Z][a-z]+day, ", lines[1]):
                err(f"{f}: bad title / outlet-date lines")
            check_weekday(f, "\n".join(lines[:3]), a["date"])
            if a["shape"] == "court":
                if "not legal advice" not in text:
                    err(f"{f}: court summary without not-legal-advice line")
            else:
                if "\n---\n" not in text or "Our tip:" not in text or "Leave a reply" not in text:
                    err(f"{f}: news txt without ---/Our tip/reply line")
        else:
            forum = a["shape"] == "forum"
            need = ['class="cookie-banner"', 'class="main-nav"', 'type="search"', "<time datetime=", '<meta name="date"',
                    '<meta name="description"', 'property="og:title"', 'property="article:published_time"',
                    'rel="canonical"', 'class="related"', 'class="site-footer"']
            if forum:
                need += ['class="forum-post"']
            else:
                need += ['class="share-buttons"', 'class="newsletter"', 'class="comments"', "Leave a Reply"]
            for n in need:
                if n not in text:
                    err(f"{f}: missing chrome {n}")
            if forum and ('class="share-buttons"' in text or "Leave a Reply" in text):
                err(f"{f}: forum has share buttons or reply form")
            if f'<meta name="date" content="{a["date"]}">' not in text:
                err(f"{f}: date meta mismatch")
            check_weekday(f, re.sub(r"<[^>]+>", " ", text), a["date"])
    return meta, fmt


def check_qa(meta):
    rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
    if len(rows) != 200:
        err(f"{len(rows)} rows, expected 200")
    kinds = {}
    seen = {}
    texts = {}
    checked = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err(f"{rid}: fields {list(r.keys())}")
            continue
        if rid != f"zm-{i:03d}":
            err(f"row {i}: id {rid}")
        k = r["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        lo, hi = RANGES.get(k, (0, -1))
        if not lo <= i <= hi:
            err(f"{rid}: kind {k} outside its id range")
        nq = norm_q(r["question"])
        if nq in seen:
            err(f"{rid}: duplicate question of {seen[nq]}")
        seen[nq] = rid
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err(f"{rid}: unanswerable with sources or must_mention")
            continue
        if not r["expected_sources"] or not r["must_mention"]:
            err(f"{rid}: empty sources or must_mention")
            continue
        for s in r["expected_sources"]:
            if s not in meta:
                err(f"{rid}: source {s} not in corpus")
            elif meta[s].get("distractor"):
                err(f"{rid}: source {s} is a distractor")
        srcs = [s for s in r["expected_sources"] if s in meta]
        for s in srcs:
            if s not in texts:
                texts[s] = plain(os.path.join(CORPUS, s))
        for g in r["must_mention"]:
            if not g:
                err(f"{rid}: empty must_mention group")
            for alt in g:
                checked += 1
                if not any(alt.lower() in texts[s] for s in srcs):
                    err(f"{rid}: '{alt}' not in any expected source")
    if kinds != COUNTS:
        err(f"kind counts {kinds}")
    return rows, kinds, checked


def main():
    meta, fmt = check_corpus()
    rows, kinds, checked = check_qa(meta)
    nd = sum(1 for a in ARTICLES if a.get("distractor"))
    if nd != 5:
        err(f"{nd} distractor files, expected 5")
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"corpus: {sum(fmt.values())} files {dict(sorted(fmt.items()))}; all prefixed ZM-: "
          f"{all(f.startswith('ZM-') for f in os.listdir(CORPUS))}; distractor files: {nd}")
    print(f"must_mention alternatives checked: {checked}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
