"""Check ../qa.jsonl against ../corpus and tools/articles.py. Prints PASS or FAIL with errors."""
import collections
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402
from build_corpus import word_count  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
KINDS = ["answerable", "temporal", "distractor", "unanswerable"]
errors = []


def err(msg):
    errors.append(msg)


def plain(name):
    text = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    if name.endswith(".html"):
        text = re.sub(r"(?is)<head>.*?</head>", " ", text)
        text = re.sub(r"(?is)<script.*?</script>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.sub(r"\s+", " ", text).lower()


def norm(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


def main():
    files = sorted(os.listdir(CORPUS))
    names = [a["name"] for a in ARTICLES]
    if sorted(names) != files:
        err("corpus files differ from articles.py")
    distractors = {a["name"] for a in ARTICLES if a.get("distractor")}
    if len(distractors) != 5:
        err(f"expected 5 distractor files, got {len(distractors)}")
    ext = collections.Counter(f.rsplit(".", 1)[1] for f in files)
    if ext != {"md": 10, "html": 10, "txt": 10}:
        err(f"format counts {dict(ext)}")
    if not all(f.startswith("ZX-") for f in files):
        err("file without ZX- prefix")
    texts = {f: plain(f) for f in files}

    for a in ARTICLES:
        n, name = word_count(a), a["name"]
        if not 170 <= n <= 250:
            err(f"{name}: {n} words")
        d = datetime.date.fromisoformat(a["date"])
        if not datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 12, 5):
            err(f"{name}: date out of range")
        raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
        wd = d.strftime("%A")
        top = "\n".join(raw.splitlines()[:40])
        if f"{wd}, {d.strftime('%B')} {d.day}, {d.year}" not in top:
            err(f"{name}: weekday date line missing or wrong")
        if name.endswith(".md"):
            if not raw.startswith("---\ntitle:") or f"date: {a['date']}" not in raw or "\n# " not in raw:
                err(f"{name}: md front matter / title")
            if "*More from" not in raw:
                err(f"{name}: md teaser missing")
        if name.endswith(".txt"):
            second = raw.splitlines()[1]
            if not second.startswith(a["outlet"] + " | "):
                err(f"{name}: txt second line")
            if a["shape"] != "forum" and "Our tip:" not in raw and "not legal advice" not in raw:
                err(f"{name}: txt teaser or disclaimer missing")
        if name.endswith(".html"):
            for need in ["cookie-banner", "<nav>", "<time datetime=", 'rel="canonical"', "og:title",
                         "article:published_time", "Related stories", "<footer>"]:
                if need not in raw:
                    err(f"{name}: html lacks {need}")
            forum = a["shape"] == "forum"
            if not forum and ("Share on X" not in raw or "Leave a Reply" not in raw):
                err(f"{name}: html lacks share buttons or reply form")
            if a["shape"] == "blog" and 'class="comments"' not in raw:
                err(f"{name}: blog without comments")

    rows = [json.loads(line) for line in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
    seen = set()
    last_kind = 0
    checked = 0
    for i, r in enumerate(rows, 1):
        if list(r) != FIELDS:
            err(f"row {i}: fields {list(r)}")
            continue
        if r["id"] != f"zx-{i:03d}":
            err(f"row {i}: id {r['id']}")
        k = KINDS.index(r["kind"]) if r["kind"] in KINDS else -1
        if k < 0:
            err(f"{r['id']}: bad kind")
        elif k < last_kind:
            err(f"{r['id']}: kinds not in blocks")
        last_kind = max(last_kind, k)
        nq = norm(r["question"])
        if nq in seen:
            err(f"{r['id']}: duplicate question")
        seen.add(nq)
        if r["kind"] == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err(f"{r['id']}: unanswerable with sources or must_mention")
            continue
        if not r["expected_sources"] or not r["must_mention"]:
            err(f"{r['id']}: empty sources or must_mention")
        for s in r["expected_sources"]:
            if s not in texts:
                err(f"{r['id']}: missing source {s}")
            if s in distractors:
                err(f"{r['id']}: distractor file as expected source {s}")
        for group in r["must_mention"]:
            if not group:
                err(f"{r['id']}: empty group")
            for alt in group:
                checked += 1
                if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                    err(f"{r['id']}: '{alt}' not in any expected source")
    c = collections.Counter(r["kind"] for r in rows)
    share = c["unanswerable"] / len(rows)
    if len(rows) < 200:
        err(f"only {len(rows)} rows")
    if share < 0.20:
        err(f"unanswerable share {share:.3f}")
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={c[k]}" for k in KINDS) + f"  unanswerable share={share:.3f}")
    print(f"corpus: {len(files)} files {dict(ext)}; all prefixed ZX-: {all(f.startswith('ZX-') for f in files)}; distractor files: {len(distractors)}")
    print(f"must_mention alternatives checked: {checked}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
