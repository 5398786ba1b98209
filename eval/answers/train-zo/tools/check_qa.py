"""Check qa.jsonl and corpus/ of blind set qa-ZO. Prints errors, a summary and PASS or FAIL."""
import datetime, html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES, DISTRACTOR_FILES
from build_corpus import word_count

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
PREFIX = "ZO-"
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
MIN_DATE, MAX_DATE = datetime.date(2018, 1, 1), datetime.date(2026, 12, 5)
DATE_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                     r"(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})")
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


def norm_q(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


def check_weekday(fname, text, meta_date):
    m = DATE_RE.search(text[:3000])
    if not m:
        err(f"{fname}: no 'Weekday, Month D, YYYY' date near the top")
        return
    d = datetime.datetime.strptime(f"{m.group(2)} {m.group(3)} {m.group(4)}", "%B %d %Y").date()
    if d.strftime("%A") != m.group(1):
        err(f"{fname}: {m.group(0)} is not a {m.group(1)}")
    if d.isoformat() != meta_date:
        err(f"{fname}: visible date {d} differs from metadata date {meta_date}")
    if not (MIN_DATE <= d <= MAX_DATE):
        err(f"{fname}: date {d} outside {MIN_DATE}..{MAX_DATE}")


def check_corpus():
    files = sorted(os.listdir(CORPUS))
    listed = sorted(a["file"] for a in ARTICLES)
    if files != listed:
        err(f"corpus files differ from articles.py: extra {set(files) - set(listed)}, missing {set(listed) - set(files)}")
    fmts = {}
    for f in files:
        fmts[f.rsplit(".", 1)[1]] = fmts.get(f.rsplit(".", 1)[1], 0) + 1
        if not f.startswith(PREFIX):
            err(f"{f}: missing prefix {PREFIX}")
    if fmts != {"md": 10, "html": 10, "txt": 10}:
        err(f"formats not 10/10/10: {fmts}")
    if len(DISTRACTOR_FILES) != 5:
        err(f"expected 5 distractor files, got {len(DISTRACTOR_FILES)}")
    by_file = {a["file"]: a for a in ARTICLES}
    for f in files:
        a = by_file.get(f)
        if not a:
            continue
        path = os.path.join(CORPUS, f)
        text = open(path, encoding="utf-8").read()
        n = word_count(a)
        if not 150 <= n <= 250:
            err(f"{f}: {n} words of article text (want 150-250)")
        if f.endswith(".md"):
            m = re.match(r"---\ntitle: \".+\"\ndate: (\d{4}-\d\d-\d\d)\nurl: https://example\.org/\S+\nsource: .+\n---\n", text)
            if not m:
                err(f"{f}: bad front matter")
            elif m.group(1) != a["date"]:
                err(f"{f}: front matter date differs")
            if not re.search(r"^# .+$", text, re.M):
                err(f"{f}: no '# title'")
            if not re.search(r"^\*.+ \| \w+day, .+\*$", text, re.M):
                err(f"{f}: no italic outlet/date line")
            check_weekday(f, text, a["date"])
        elif f.endswith(".txt"):
            lines = text.split("\n")
            if not re.match(r"^.+ \| \w+day, \w+ \d{1,2}, \d{4}$", lines[1]):
                err(f"{f}: second line is not 'Outlet | Weekday, date'")
            check_weekday(f, "\n".join(lines[:3]), a["date"])
            if a["shape"] in ("agency", "court"):
                if "not legal advice" not in text:
                    err(f"{f}: summary lacks the not-legal-advice line")
            else:
                if "\n---\n" not in text or "Our tip" not in text or "Reply to this story" not in text:
                    err(f"{f}: news txt lacks ---, 'Our tip' or reply line")
        else:
            low = text.lower()
            for need in ['class="cookie-banner"', "<nav", 'type="search"', "<time datetime=", '<meta name="date"',
                         '<meta name="description"', 'property="og:title"', 'property="article:published_time"',
                         'rel="canonical"', 'class="related"', "<footer"]:
                if need not in low:
                    err(f"{f}: html lacks {need}")
            m = re.search(r'<meta name="date" content="([\d-]+)"', text)
            if m and m.group(1) != a["date"]:
                err(f"{f}: meta date differs")
            forum = a["shape"] == "forum"
            has = {"share": 'class="share"' in low, "newsletter": 'class="newsletter"' in low,
                   "comments": 'class="comments"' in low, "reply": "leave a reply" in low}
            if forum:
                if any(has.values()):
                    err(f"{f}: forum has share/newsletter/comments/reply form")
                if 'class="post"' not in low:
                    err(f"{f}: forum has no posts")
            else:
                for k, v in has.items():
                    if not v:
                        err(f"{f}: html lacks {k}")
            check_weekday(f, re.sub(r"(?is)<head>.*?</head>", "", text), a["date"])
    return fmts


def check_qa():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
    if len(rows) != 200:
        err(f"{len(rows)} questions, want 200")
    counts, seen, checked = {}, {}, 0
    texts = {}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err(f"{rid}: fields {list(r.keys())}")
        if rid != f"zo-{i:03d}":
            err(f"row {i}: id {rid}, want zo-{i:03d}")
        k = r.get("kind")
        counts[k] = counts.get(k, 0) + 1
        lo, hi = RANGES.get(k, (0, -1))
        if not lo <= i <= hi:
            err(f"{rid}: kind {k} outside its id range")
        nq = norm_q(r.get("question", ""))
        if not nq:
            err(f"{rid}: empty question")
        if nq in seen:
            err(f"{rid}: duplicate question of {seen[nq]}")
        seen[nq] = rid
        src, mm = r.get("expected_sources"), r.get("must_mention")
        if k == "unanswerable":
            if src or mm:
                err(f"{rid}: unanswerable row has sources or must_mention")
            continue
        if not src or not mm or any(not g for g in mm):
            err(f"{rid}: empty sources or must_mention group")
            continue
        for s in src:
            if s in DISTRACTOR_FILES:
                err(f"{rid}: distractor file {s} used as expected source")
            if not os.path.exists(os.path.join(CORPUS, s)):
                err(f"{rid}: source {s} does not exist")
        for s in src:
            if s not in texts and os.path.exists(os.path.join(CORPUS, s)):
                texts[s] = plain(os.path.join(CORPUS, s))
        for g in mm:
            for alt in g:
                checked += 1
                if not any(alt.lower() in texts.get(s, "") for s in src):
                    err(f"{rid}: '{alt}' not found in any expected source")
    want = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
    if counts != want:
        err(f"kind counts {counts}, want {want}")
    return counts, checked


def main():
    fmts = check_corpus()
    counts, checked = check_qa()
    for e in errors:
        print("ERROR", e)
    print("questions: 200  " + "  ".join(f"{k}={counts.get(k, 0)}" for k in sorted(counts)))
    print(f"corpus: 30 files {dict(sorted(fmts.items()))}; all prefixed {PREFIX}: "
          f"{all(f.startswith(PREFIX) for f in os.listdir(CORPUS))}; distractor files: {len(DISTRACTOR_FILES)}")
    print(f"must_mention alternatives checked: {checked}")
    print("FAIL" if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
