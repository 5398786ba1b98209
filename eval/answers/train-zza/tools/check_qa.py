"""Check ../qa.jsonl and ../corpus/ for answers-zza. Prints the errors found, a summary, then PASS or FAIL."""
import datetime
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
QA = os.path.join(ROOT, "qa.jsonl")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
KINDS = ["answerable", "temporal", "distractor", "unanswerable"]
LO, HI = datetime.date(2018, 1, 1), datetime.date(2026, 12, 5)
MONTHS = "January February March April May June July August September October November December".split()
errors = []


def err(msg):
    errors.append(msg)


def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


def check_weekday(name, text):
    m = re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (" + "|".join(MONTHS) +
                  r") (\d{1,2}), (\d{4})", text[:3000])
    if not m:
        err(f"{name}: no weekday date near the top")
        return None
    d = datetime.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
    if d.strftime("%A") != m.group(1):
        err(f"{name}: weekday {m.group(1)} is wrong for {d.isoformat()}")
    if not (LO <= d <= HI):
        err(f"{name}: date {d} out of range")
    return d


def check_corpus():
    files = sorted(os.listdir(CORPUS))
    expected = sorted(f"{a['name']}.{a['fmt']}" for a in A)
    if files != expected:
        err(f"corpus file list differs from articles.py: extra={set(files) - set(expected)} "
            f"missing={set(expected) - set(files)}")
    fmts = {}
    for f in files:
        ext = f.rsplit(".", 1)[1]
        fmts[ext] = fmts.get(ext, 0) + 1
        if not f.startswith("ZZA-"):
            err(f"{f}: not prefixed ZZA-")
    if fmts != {"md": 10, "html": 10, "txt": 10}:
        err(f"format counts {fmts}")
    dis = [a for a in A if a["distractor"]]
    if len(dis) != 5:
        err(f"{len(dis)} distractor files, want 5")
    by = {f"{a['name']}.{a['fmt']}": a for a in A}
    for f in files:
        a = by.get(f)
        if not a:
            continue
        path = os.path.join(CORPUS, f)
        text = open(path, encoding="utf-8").read()
        w = words(a)
        if not 170 <= w <= 250:
            err(f"{f}: {w} words, want 170-250")
        d = check_weekday(f, text)
        if d and d.isoformat() != a["date"]:
            err(f"{f}: top date {d} differs from metadata {a['date']}")
        if a["fmt"] == "md":
            if not re.match(r"---\ntitle: .+\ndate: \d{4}-\d\d-\d\d\nurl: https://example\.org/.+\nsource: .+\n---\n", text):
                err(f"{f}: bad front matter")
            if f"\n# {a['title']}\n" not in text:
                err(f"{f}: no # title")
            if not re.search(r"\n---\n\n\*More from .+\*\n$", text):
                err(f"{f}: no 'More from' teaser at the end")
        elif a["fmt"] == "txt":
            lines = text.split("\n")
            if not re.match(r".+ \| (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ", lines[1]):
                err(f"{f}: second line is not 'Outlet | Weekday, date'")
            tail = text.rstrip("\n").split("\n")[-1]
            if a["shape"] == "forum":
                if not re.search(r"\n\S+ wrote on \d{1,2} [A-Z][a-z]{2} \d{4}:\n", text):
                    err(f"{f}: forum posts not in 'X wrote on DD Mon YYYY:' form")
            elif a["shape"] == "news":
                if not tail.startswith("Reply to the editors") or "\nOur tip:" not in text:
                    err(f"{f}: news .txt must end with an 'Our tip' teaser and a reply line")
            elif a["shape"] == "agency":
                if "not legal advice" not in tail:
                    err(f"{f}: agency summary must end with a not-legal-advice line")
            elif a["shape"] == "statement":
                if "not investment advice" not in tail:
                    err(f"{f}: statement summary must end with a not-investment-advice line")
        else:
            need = ['<meta name="date"', '<meta name="description"', 'property="og:title"',
                    'property="article:published_time"', 'rel="canonical"', 'class="cookie-banner"',
                    '<nav class="site-nav">', 'action="/search"', "<time datetime=", "<footer>"]
            for n in need:
                if n not in text:
                    err(f"{f}: missing {n}")
            forum_bits = ['class="share"', "Leave a Reply", 'class="newsletter"']
            if a["shape"] == "forum":
                for n in forum_bits:
                    if n in text:
                        err(f"{f}: forum page must not have {n}")
                if 'class="post"' not in text:
                    err(f"{f}: forum page without posts")
            else:
                for n in forum_bits + ['class="related"']:
                    if n not in text:
                        err(f"{f}: missing {n}")
    return files, fmts, {f"{a['name']}.{a['fmt']}" for a in dis}


def check_qa(files, distractors):
    rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
    texts = {f: plain(os.path.join(CORPUS, f)) for f in files}
    seen = set()
    last_kind = -1
    checked = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err(f"{rid}: fields {list(r.keys())}")
            continue
        if rid != f"zza-{i:03d}":
            err(f"row {i}: id {rid} out of order")
        k = r["kind"]
        if k not in KINDS:
            err(f"{rid}: bad kind {k}")
            continue
        if KINDS.index(k) < last_kind:
            err(f"{rid}: kinds not in blocks")
        last_kind = max(last_kind, KINDS.index(k))
        nq = re.sub(r"[^a-z0-9]+", " ", r["question"].lower()).strip()
        if nq in seen:
            err(f"{rid}: duplicate question")
        seen.add(nq)
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err(f"{rid}: unanswerable row with sources or must_mention")
            continue
        if not r["expected_sources"] or not r["must_mention"]:
            err(f"{rid}: empty sources or must_mention")
        for s in r["expected_sources"]:
            if s not in texts:
                err(f"{rid}: source {s} not in corpus")
            if s in distractors:
                err(f"{rid}: distractor file {s} as expected source")
        for g in r["must_mention"]:
            if not g:
                err(f"{rid}: empty group")
            for alt in g:
                checked += 1
                a = re.sub(r"\s+", " ", alt.lower())
                if not any(a in texts.get(s, "") for s in r["expected_sources"]):
                    err(f"{rid}: '{alt}' not in any expected source")
    return rows, checked


def main():
    files, fmts, distractors = check_corpus()
    rows, checked = check_qa(files, distractors)
    kinds = {k: sum(1 for r in rows if r.get("kind") == k) for k in KINDS}
    share = kinds["unanswerable"] / max(1, len(rows))
    if len(rows) < 200:
        err(f"only {len(rows)} questions")
    if share < 0.20:
        err(f"unanswerable share {share:.3f} < 0.20")
    for e in errors:
        print("ERROR:", e)
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={v}" for k, v in kinds.items()) +
          f"  unanswerable share={share:.3f}")
    print(f"corpus: {len(files)} files {fmts}; all prefixed ZZA-: {all(f.startswith('ZZA-') for f in files)}; "
          f"distractor files: {len(distractors)}")
    print(f"must_mention alternatives checked: {checked}")
    print("FAIL" if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
