"""Check ../qa.jsonl and ../corpus/ for blind set qa-ZK. Prints PASS or FAIL (with the errors)."""
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES, DISTRACTOR_FILES, PREFIX, filename  # noqa: E402
from build_corpus import article_words  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
QA = os.path.join(HERE, "..", "qa.jsonl")
CORPUS = os.path.join(HERE, "..", "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
MIN_DATE, MAX_DATE = datetime.date(2018, 1, 1), datetime.date(2026, 12, 5)
DATE_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                     r"(January|February|March|April|May|June|July|August|September|October|November|December) "
                     r"(\d{1,2}), (\d{4})")

errors = []


def err(msg):
    errors.append(msg)


def plain(text, is_html):
    if is_html:
        text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.sub(r"\s+", " ", text).lower()


def norm_q(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


def check_corpus():
    files = sorted(os.listdir(CORPUS))
    expected = sorted(filename(a) for a in ARTICLES)
    if files != expected:
        err(f"corpus files differ from articles.py: extra={set(files) - set(expected)} missing={set(expected) - set(files)}")
    fmts = {}
    for f in files:
        fmts[f.rsplit(".", 1)[1]] = fmts.get(f.rsplit(".", 1)[1], 0) + 1
        if not f.startswith(PREFIX):
            err(f"{f}: missing prefix {PREFIX}")
    if fmts != {"md": 10, "html": 10, "txt": 10}:
        err(f"formats not 10/10/10: {fmts}")
    if len(DISTRACTOR_FILES) != 5:
        err(f"distractor files: {len(DISTRACTOR_FILES)} (want 5)")
    for a in ARTICLES:
        f = filename(a)
        path = os.path.join(CORPUS, f)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        d = datetime.date.fromisoformat(a["date"])
        if not (MIN_DATE <= d <= MAX_DATE):
            err(f"{f}: date {d} out of range")
        w = article_words(a)
        if not 150 <= w <= 250:
            err(f"{f}: {w} words of article text (want 150-250)")
        head = text[:3000] if a["fmt"] != "html" else re.sub(r"<[^>]+>", " ", text.split("<main>")[1][:2500])
        m = DATE_RE.search(head)
        if not m:
            err(f"{f}: no weekday date near the top")
        else:
            shown = datetime.datetime.strptime(f"{m.group(2)} {m.group(3)} {m.group(4)}", "%B %d %Y").date()
            if shown != d:
                err(f"{f}: date near top {shown} != metadata {d}")
            if shown.strftime("%A") != m.group(1):
                err(f"{f}: wrong weekday {m.group(1)} for {shown}")
        if a["fmt"] == "md":
            lines = text.split("\n")
            if lines[0] != "---" or f"date: {a['date']}" not in text.split("---")[1] or "title:" not in text.split("---")[1] \
                    or "url:" not in text.split("---")[1] or "source:" not in text.split("---")[1]:
                err(f"{f}: bad front matter")
            if f"# {a['title']}" not in lines:
                err(f"{f}: no '# title' line")
            if not re.search(r"^\*[^*]+ \| " + DATE_RE.pattern + r"\*$", text, flags=re.M):
                err(f"{f}: no italic outlet/date line")
            if "*More from" not in text:
                err(f"{f}: no 'More from' teaser")
        elif a["fmt"] == "txt":
            lines = text.split("\n")
            if lines[0] != a["title"]:
                err(f"{f}: first line is not the title")
            if not re.fullmatch(re.escape(a["outlet"]) + r" \| " + DATE_RE.pattern, lines[1]):
                err(f"{f}: second line is not 'Outlet | Weekday, date'")
            if a["shape"] == "court":
                if "not legal advice" not in text:
                    err(f"{f}: court summary without not-legal-advice line")
            else:
                if "\n---\n" not in text or "Our tip" not in text or "Leave a reply" not in text:
                    err(f"{f}: news txt without ---, 'Our tip' teaser or reply line")
        else:
            need = ['class="cookie-banner"', "<nav", 'type="search"', "<time datetime=", '<meta name="date"',
                    '<meta name="description"', 'property="og:title"', 'property="article:published_time"',
                    'rel="canonical"', 'class="related"', "<footer"]
            for n in need:
                if n not in text:
                    err(f"{f}: missing html chrome {n}")
            if f'<meta name="date" content="{a["date"]}"' not in text:
                err(f"{f}: meta date differs")
            if a["shape"] == "forum":
                if 'class="forum-post"' not in text:
                    err(f"{f}: forum without posts")
                for n in ['class="share-buttons"', 'class="reply-form"', 'class="newsletter"']:
                    if n in text:
                        err(f"{f}: forum should not have {n}")
            else:
                for n in ['class="share-buttons"', 'class="newsletter"', 'class="comments"', 'class="comment"',
                          "Leave a Reply"]:
                    if n not in text:
                        err(f"{f}: missing {n}")


def check_qa():
    rows = [json.loads(line) for line in open(QA, encoding="utf-8") if line.strip()]
    if len(rows) != 200:
        err(f"{len(rows)} rows (want 200)")
    seen = {}
    counts = {}
    texts = {}
    for f in os.listdir(CORPUS):
        texts[f] = plain(open(os.path.join(CORPUS, f), encoding="utf-8").read(), f.endswith(".html"))
    n_alt = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err(f"{rid}: fields {list(r.keys())}")
        if rid != f"zk-{i:03d}":
            err(f"row {i}: id {rid} (want zk-{i:03d})")
        kind = r.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in RANGES:
            err(f"{rid}: unknown kind {kind}")
            continue
        lo, hi = RANGES[kind]
        if not lo <= i <= hi:
            err(f"{rid}: kind {kind} outside ids {lo}-{hi}")
        nq = norm_q(r["question"])
        if nq in seen:
            err(f"{rid}: duplicate question of {seen[nq]}")
        seen[nq] = rid
        if kind == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err(f"{rid}: unanswerable row with sources or must_mention")
            continue
        if not r["expected_sources"] or not r["must_mention"]:
            err(f"{rid}: empty sources or must_mention")
        for s in r["expected_sources"]:
            if s not in texts:
                err(f"{rid}: source {s} does not exist")
            if s in DISTRACTOR_FILES:
                err(f"{rid}: source {s} is a distractor")
        for g in r["must_mention"]:
            if not g:
                err(f"{rid}: empty must_mention group")
            for alt in g:
                n_alt += 1
                a = re.sub(r"\s+", " ", alt.lower())
                if not any(a in texts.get(s, "") for s in r["expected_sources"]):
                    err(f"{rid}: must_mention '{alt}' not in any expected source")
    want = {k: hi - lo + 1 for k, (lo, hi) in RANGES.items()}
    if counts != want:
        err(f"kind counts {counts} (want {want})")
    return rows, counts, n_alt


def main():
    check_corpus()
    rows, counts, n_alt = check_qa()
    fm = {}
    for a in ARTICLES:
        fm[a["fmt"]] = fm.get(a["fmt"], 0) + 1
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={counts.get(k, 0)}" for k in sorted(counts)))
    print(f"corpus: {len(ARTICLES)} files {dict(sorted(fm.items()))}; all prefixed {PREFIX}: "
          f"{all(filename(a).startswith(PREFIX) for a in ARTICLES)}; distractor files: {len(DISTRACTOR_FILES)}")
    print(f"must_mention alternatives checked: {n_alt}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
