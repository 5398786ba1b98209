"""Check ../qa.jsonl and ../corpus/ for blind set ZZB. Prints PASS or FAIL."""
import datetime
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES  # noqa: E402
from build_corpus import text_words  # noqa: E402

ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
QA = os.path.join(ROOT, "qa.jsonl")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
KIND_ORDER = ["answerable", "temporal", "distractor", "unanswerable"]
MIN_DATE, MAX_DATE = datetime.date(2017, 1, 1), datetime.date(2026, 12, 5)
DATE_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                     r"(January|February|March|April|May|June|July|August|September|October|November|December) "
                     r"(\d{1,2}), (\d{4})")

errors = []


def err(msg):
    errors.append(msg)


def plain(fname, raw):
    if fname.endswith(".html"):
        raw = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).strip().lower()


def norm_q(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


def check_corpus():
    files = sorted(os.listdir(CORPUS))
    meta = {a["fname"]: a for a in ARTICLES}
    if sorted(meta) != files:
        err(f"corpus files differ from articles.py: {sorted(set(files) ^ set(meta))}")
    fmts = {}
    for f in files:
        ext = f.rsplit(".", 1)[1]
        fmts[ext] = fmts.get(ext, 0) + 1
        if not f.startswith("ZZB-"):
            err(f"{f}: missing ZZB- prefix")
    if fmts != {"md": 10, "html": 10, "txt": 10}:
        err(f"format counts {fmts}")
    dis = [a for a in ARTICLES if a["distractor"]]
    if len(dis) != 5:
        err(f"{len(dis)} distractor articles, want 5")
    texts = {}
    for f in files:
        a = meta.get(f)
        raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
        texts[f] = plain(f, raw)
        if a is None:
            continue
        w = text_words(a)
        if not 170 <= w <= 250:
            err(f"{f}: {w} words of article text")
        d = datetime.date.fromisoformat(a["date"])
        if not MIN_DATE <= d <= MAX_DATE:
            err(f"{f}: date {d} out of range")
        # every paragraph is in the rendered file
        for b in a["blocks"]:
            if b[0] in ("p", "li") and re.sub(r"\s+", " ", b[1]).lower() not in texts[f]:
                err(f"{f}: block text missing from rendered file: {b[1][:40]}")
        # weekday date near the top
        top = raw[:1500] if not f.endswith(".html") else raw[raw.find("<body>"):][:2500]
        m = DATE_RE.search(top)
        if not m:
            err(f"{f}: no weekday date near the top")
        else:
            wd, mon, day, yr = m.groups()
            dd = datetime.datetime.strptime(f"{mon} {day} {yr}", "%B %d %Y").date()
            if dd.strftime("%A") != wd:
                err(f"{f}: {wd} is the wrong weekday for {dd}")
            if dd != d:
                err(f"{f}: shown date {dd} != metadata {d}")
        lines = raw.rstrip("\n").split("\n")
        if f.endswith(".md"):
            if lines[0] != "---" or not any(l.startswith("title:") for l in lines[1:6]) \
                    or f"date: {a['date']}" not in lines[1:6] or not any(l.startswith("url: https://example.org/") for l in lines[1:6]) \
                    or not any(l.startswith("source:") for l in lines[1:6]):
                err(f"{f}: bad front matter")
            if f"# {a['title']}" not in lines:
                err(f"{f}: no # title")
            if not (lines[-1].startswith("*More from") and lines[-3] == "---"):
                err(f"{f}: no teaser after ---")
        elif f.endswith(".txt"):
            if lines[0] != a["title"] or not lines[1].startswith(a["outlet"] + " | "):
                err(f"{f}: bad title / outlet line")
            shape = a["shape"]
            last = lines[-1]
            if shape == "forum":
                if last != "[Thread archived. Replies are closed.]" or " wrote on " not in raw:
                    err(f"{f}: forum ending / posts wrong")
            elif shape == "summary":
                if not re.fullmatch(r"This (summary|note) is not (legal|investment) advice\.", last):
                    err(f"{f}: summary ending wrong: {last}")
            else:
                if not (last.startswith("Reply to this story:") and lines[-2].startswith("Our tip:") and lines[-3] == "---"):
                    err(f"{f}: news ending wrong")
        else:
            need = ['class="cookie-banner"', "<nav>", 'type="search"', f'<time datetime="{a["date"]}"',
                    f'<meta name="date" content="{a["date"]}"', 'property="og:title"',
                    f'property="article:published_time" content="{a["date"]}', 'rel="canonical"',
                    'name="description"', "<footer>", 'class="related"']
            for n in need:
                if n not in raw:
                    err(f"{f}: missing html chrome {n}")
            forum = a["shape"] == "forum"
            for n in ['class="share"', "Leave a Reply", 'class="newsletter"']:
                if forum and n in raw:
                    err(f"{f}: forum has {n}")
                if not forum and n not in raw:
                    err(f"{f}: missing {n}")
            if forum and 'class="post"' not in raw:
                err(f"{f}: forum without posts")
            if a["shape"] == "faq" and 'class="faq"' not in raw:
                err(f"{f}: faq without pairs")
            if a["shape"] == "blog" and 'class="comment"' not in raw:
                err(f"{f}: blog without comments")
    return texts, fmts, {a["fname"] for a in dis}


def check_qa(texts, dis):
    rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
    kinds = {}
    seen = {}
    last_kind = 0
    n_alt = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err(f"{rid}: fields {list(r.keys())}")
            continue
        if rid != f"zzb-{i:03d}":
            err(f"row {i}: id {rid} out of order")
        k = r["kind"]
        if k not in KIND_ORDER:
            err(f"{rid}: bad kind {k}")
            continue
        if KIND_ORDER.index(k) < last_kind:
            err(f"{rid}: kind {k} out of block order")
        last_kind = max(last_kind, KIND_ORDER.index(k))
        kinds[k] = kinds.get(k, 0) + 1
        nq = norm_q(r["question"])
        if nq in seen:
            err(f"{rid}: duplicate question of {seen[nq]}")
        seen[nq] = rid
        if r["question"] != r["question"].lower():
            err(f"{rid}: question not lower case")
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err(f"{rid}: unanswerable with sources or must_mention")
            continue
        if not r["expected_sources"] or not r["must_mention"]:
            err(f"{rid}: empty sources or must_mention")
        for s in r["expected_sources"]:
            if s not in texts:
                err(f"{rid}: source {s} not in corpus")
            if s in dis:
                err(f"{rid}: distractor {s} used as expected source")
        for g in r["must_mention"]:
            if not g or not isinstance(g, list):
                err(f"{rid}: empty must_mention group")
            for alt in g:
                n_alt += 1
                a = re.sub(r"\s+", " ", alt).lower()
                if not any(a in texts.get(s, "") for s in r["expected_sources"]):
                    err(f"{rid}: '{alt}' not verbatim in any expected source")
    total = len(rows)
    share = kinds.get("unanswerable", 0) / total if total else 0
    if total < 200:
        err(f"only {total} questions")
    if share < 0.20:
        err(f"unanswerable share {share:.3f} < 0.20")
    return total, kinds, share, n_alt


def main():
    texts, fmts, dis = check_corpus()
    total, kinds, share, n_alt = check_qa(texts, dis)
    print(f"questions: {total}  " + "  ".join(f"{k}={kinds.get(k, 0)}" for k in KIND_ORDER)
          + f"  unanswerable share={share:.3f}")
    print(f"corpus: {sum(fmts.values())} files {fmts}; all prefixed ZZB-: "
          f"{all(f.startswith('ZZB-') for f in texts)}; distractor files: {len(dis)}")
    print(f"must_mention alternatives checked: {n_alt}")
    for e in errors:
        print("ERROR:", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
