"""Check ../qa.jsonl and ../corpus against tools/articles.py. Prints PASS or FAIL. Standard library only."""
import datetime, html, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES
from build_corpus import word_count, counted_texts, long_date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
KINDS = ["answerable", "temporal", "distractor", "unanswerable"]
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def plain(name, raw):
    if name.endswith(".html"):
        raw = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return norm(raw)


def main():
    meta = {a["name"]: a for a in ARTICLES}
    files = sorted(os.listdir(CORPUS))
    texts = {}
    for f in files:
        with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
    plains = {f: plain(f, t) for f, t in texts.items()}

    # ---------------- corpus
    if sorted(meta) != files:
        err("corpus files differ from articles.py: %s" % sorted(set(meta) ^ set(files)))
    fmts = {}
    for f in files:
        fmts[f.rsplit(".", 1)[1]] = fmts.get(f.rsplit(".", 1)[1], 0) + 1
    if len(files) != 30 or fmts != {"md": 10, "html": 10, "txt": 10}:
        err("need 30 files, 10 of each format: %s" % fmts)
    if not all(f.startswith("ZZC-") for f in files):
        err("file without ZZC- prefix")
    distractors = {n for n, a in meta.items() if a["distractor"]}
    if len(distractors) != 5:
        err("need 5 distractor articles, have %d" % len(distractors))
    lo, hi = datetime.date(2017, 1, 1), datetime.date(2026, 12, 5)
    for n, a in meta.items():
        if n not in texts:
            continue
        raw, pl = texts[n], plains[n]
        wc = word_count(a)
        if not 170 <= wc <= 250:
            err("%s: %d words" % (n, wc))
        for t in counted_texts(a):
            if norm(t) not in pl:
                err("%s: text block missing from rendered file: %.40s" % (n, t))
        d = datetime.date.fromisoformat(a["date"])
        if not lo <= d <= hi:
            err("%s: date %s out of range" % (n, d))
        head = raw[:1500]
        ld = long_date(a["date"])
        if ld not in head:
            err("%s: weekday date line '%s' not near the top" % (n, ld))
        for j, m in enumerate(re.finditer(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\w+) (\d+), (\d{4})", raw)):
            dd = datetime.datetime.strptime("%s %s %s" % m.group(2, 3, 4), "%B %d %Y").date()
            if dd.strftime("%A") != m.group(1):
                err("%s: wrong weekday in '%s'" % (n, m.group(0)))
            if j == 0 and dd != d:
                err("%s: date line %s differs from metadata %s" % (n, dd, d))
        for b in a["blocks"]:
            if b[0] == "post":
                pd = datetime.datetime.strptime(b[2], "%d %b %Y").date()
                if pd > d:
                    err("%s: post dated after the page" % n)
        kind = a["kind"]
        if a["fmt"] == "md":
            if not raw.startswith("---\ntitle: ") or "\ndate: %s\n" % a["date"] not in raw or "\nurl: " not in raw or "\nsource: " not in raw:
                err("%s: front matter" % n)
            if "\n# %s\n" % a["title"] not in raw:
                err("%s: md title" % n)
            if not re.search(r"\n---\n\n\*More from .+: .+\*\n$", raw):
                err("%s: md teaser missing" % n)
        elif a["fmt"] == "txt":
            lines = raw.split("\n")
            if lines[0] != a["title"] or lines[1] != "%s | %s" % (a["outlet"], ld):
                err("%s: txt title/outlet lines" % n)
            tail = raw.rstrip("\n").split("\n")
            want = {"news": None, "summary": "not legal advice.", "statement": "not investment advice.",
                    "forum": "[Thread archived. Replies are closed.]"}[kind]
            if kind == "news":
                if not (tail[-3] == "---" and tail[-2].startswith("Our tip: ") and tail[-1].startswith("Reply to this story")):
                    err("%s: txt news ending" % n)
            elif not tail[-1].endswith(want):
                err("%s: txt %s ending" % (n, kind))
            if kind == "forum":
                nposts = sum(1 for b in a["blocks"] if b[0] == "post")
                if len(re.findall(r"(?m)^\S+ wrote on \d\d \w\w\w \d{4}:$", raw)) != nposts or nposts < 4:
                    err("%s: forum posts" % n)
        else:
            for needle in ['<meta name="date" content="%s">' % a["date"], "og:title", "article:published_time",
                           'rel="canonical"', "cookie-banner", "<nav>", 'action="/search"', "<footer>",
                           'class="related"', "<time datetime=\"%s\">" % a["date"]]:
                if needle not in raw:
                    err("%s: html lacks %s" % (n, needle))
            forum = kind == "forum"
            for needle in ['class="share"', "Leave a Reply", 'class="newsletter"']:
                if (needle in raw) == forum:
                    err("%s: html %s presence wrong for %s" % (n, needle, kind))
            nqa = sum(1 for b in a["blocks"] if b[0] == "qa")
            if raw.count('<div class="faq">') != nqa or (kind == "faq" and nqa < 5):
                err("%s: faq pairs" % n)
            ncom = sum(1 for b in a["blocks"] if b[0] == "comment")
            if raw.count('<div class="comment">') != ncom or (kind == "blog" and ncom < 3):
                err("%s: blog comments" % n)

    # ---------------- questions
    rows = []
    with open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                err("qa line %d: not JSON" % i)
    seen, last_kind, checked = set(), 0, 0
    counts = {k: 0 for k in KINDS}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err("%s: fields %s" % (rid, list(r.keys())))
            continue
        if rid != "zzc-%03d" % i:
            err("%s: id out of order (row %d)" % (rid, i))
        q = r["question"]
        if q != q.lower():
            err("%s: question not lower case" % rid)
        nq = re.sub(r"[^a-z0-9 ]", "", norm(q))
        if nq in seen:
            err("%s: duplicate question" % rid)
        seen.add(nq)
        k = r["kind"]
        if k not in KINDS:
            err("%s: kind %s" % (rid, k))
            continue
        counts[k] += 1
        if KINDS.index(k) < last_kind:
            err("%s: kinds not in blocks" % rid)
        last_kind = KINDS.index(k)
        src, mm = r["expected_sources"], r["must_mention"]
        if k == "unanswerable":
            if src or mm:
                err("%s: unanswerable with sources or must_mention" % rid)
            continue
        if not src or not mm or not all(isinstance(g, list) and g for g in mm):
            err("%s: empty sources or groups" % rid)
            continue
        for s in src:
            if s not in plains:
                err("%s: source %s not in corpus" % (rid, s))
            elif s in distractors:
                err("%s: distractor %s as expected source" % (rid, s))
        for g in mm:
            for alt in g:
                checked += 1
                if not any(s in plains and norm(alt) in plains[s] for s in src):
                    err("%s: '%s' not in any expected source" % (rid, alt))
            for s in src:
                if s in plains and not any(norm(alt) in plains[s] for alt in g):
                    err("%s: no alternative of group %s in %s" % (rid, g, s))
    total = len(rows)
    share = counts["unanswerable"] / total if total else 0
    if total < 200:
        err("only %d questions" % total)
    if share < 0.20:
        err("unanswerable share %.3f < 0.20" % share)

    print("questions: %d  %s  unanswerable share=%.3f" % (
        total, "  ".join("%s=%d" % (k, counts[k]) for k in KINDS), share))
    print("corpus: %d files %s; all prefixed ZZC-: %s; distractor files: %d" % (
        len(files), fmts, all(f.startswith("ZZC-") for f in files), len(distractors)))
    print("must_mention alternatives checked: %d" % checked)
    for e_ in errors:
        print("ERROR:", e_)
    print("FAIL" if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
