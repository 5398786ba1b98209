"""Check ../qa.jsonl and ../corpus against the eval format and this set's rules. Prints PASS or FAIL."""
import datetime, html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
errors = []


def err(msg):
    errors.append(msg)


def plain(name):
    t = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    if name.endswith(".html"):
        t = re.sub(r"(?is)<head>.*?</head>", " ", t)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t).lower()


def norm_q(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


def check_date(name, text, iso):
    d = datetime.date.fromisoformat(iso)
    if not (datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 12, 5)):
        err("%s: date %s out of range" % (name, iso))
    want = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    m = re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4})", text[:3000])
    if not m:
        err("%s: no weekday date near the top" % name)
        return
    got = m.group(0)
    try:
        gd = datetime.datetime.strptime("%s %s %s" % (m.group(2), m.group(3), m.group(4)), "%B %d %Y").date()
    except ValueError:
        err("%s: unparsable date %s" % (name, got))
        return
    if gd.strftime("%A") != m.group(1):
        err("%s: wrong weekday in %r" % (name, got))
    if got != want:
        err("%s: top date %r does not match metadata %s" % (name, got, iso))


def check_corpus():
    files = sorted(os.listdir(CORPUS))
    listed = sorted(a["file"] for a in ARTICLES)
    if files != listed:
        err("corpus files differ from articles.py: %s" % sorted(set(files) ^ set(listed)))
    exts = {}
    for f in files:
        exts[f.rsplit(".", 1)[1]] = exts.get(f.rsplit(".", 1)[1], 0) + 1
        if not f.startswith("ZR-"):
            err("%s: missing ZR- prefix" % f)
    if exts != {"md": 10, "html": 10, "txt": 10}:
        err("formats not 10/10/10: %s" % exts)
    if sum(a["distractor"] for a in ARTICLES) != 5:
        err("expected 5 distractor articles")
    from build_corpus import words
    for a in ARTICLES:
        f = a["file"]
        if f not in files:
            continue
        n = words(a)
        if not 150 <= n <= 250:
            err("%s: %d words of article text" % (f, n))
        t = open(os.path.join(CORPUS, f), encoding="utf-8").read()
        check_date(f, t, a["date"])
        if f.endswith(".md"):
            if not t.startswith("---\ntitle:") or "\ndate: %s\n" % a["date"] not in t or "\nurl: https://" not in t or "\nsource: " not in t:
                err("%s: bad front matter" % f)
            if "\n# " not in t or not re.search(r"\n\*[^*\n]+ \| [A-Z][a-z]+day, ", t):
                err("%s: missing # title or italic outlet/date line" % f)
            if "More from" not in t:
                err("%s: missing teaser" % f)
        elif f.endswith(".txt"):
            lines = t.split("\n")
            if not re.match(r"^.+ \| [A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$", lines[1]) or not lines[2].startswith("By "):
                err("%s: bad txt header" % f)
            if a["shape"] == "court":
                if "not legal advice" not in t:
                    err("%s: court summary without not-legal-advice line" % f)
            elif not ("\n---\n" in t and "Our tip:" in t and "Reply to the newsroom" in t):
                err("%s: news txt without ---/Our tip/reply line" % f)
        else:
            need = ['class="cookie-banner"', 'class="site-nav"', 'class="search"', "<time datetime=\"%s\"" % a["date"],
                    '<meta name="date" content="%s"' % a["date"], '<meta name="description"', 'property="og:title"',
                    'property="article:published_time" content="%s' % a["date"], 'rel="canonical"',
                    'class="related"', "<footer>"]
            for s in need:
                if s not in t:
                    err("%s: html missing %s" % (f, s))
            forum = a["shape"] == "forum"
            for s in ('class="share"', 'class="newsletter"', 'class="comments"', "Leave a Reply"):
                if forum and s in t:
                    err("%s: forum should not have %s" % (f, s))
                if not forum and s not in t:
                    err("%s: html missing %s" % (f, s))
            if forum and 'class="post"' not in t:
                err("%s: forum without posts" % f)
    return files


def check_qa(files):
    distractors = {a["file"] for a in ARTICLES if a["distractor"]}
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
    counts, seen, nalts = {}, set(), 0
    cache = {}
    if len(rows) != 200:
        err("expected 200 rows, got %d" % len(rows))
    for i, r in enumerate(rows, 1):
        rid = "zr-%03d" % i
        if list(r.keys()) != FIELDS:
            err("%s: fields %s" % (r.get("id"), list(r.keys())))
            continue
        if r["id"] != rid:
            err("row %d: id %s, expected %s" % (i, r["id"], rid))
        k = r["kind"]
        counts[k] = counts.get(k, 0) + 1
        if k not in RANGES or not RANGES[k][0] <= i <= RANGES[k][1]:
            err("%s: kind %s outside its id range" % (rid, k))
        q = norm_q(r["question"])
        if not q or q in seen:
            err("%s: empty or duplicate question" % rid)
        seen.add(q)
        if not isinstance(r["notes"], str):
            err("%s: notes not a string" % rid)
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err("%s: unanswerable row must have empty sources and must_mention" % rid)
            continue
        if not r["expected_sources"] or not r["must_mention"]:
            err("%s: needs sources and must_mention" % rid)
            continue
        for s in r["expected_sources"]:
            if s not in files:
                err("%s: source %s does not exist" % (rid, s))
            if s in distractors:
                err("%s: source %s is a distractor" % (rid, s))
        texts = [cache.setdefault(s, plain(s)) for s in r["expected_sources"] if s in files]
        for g in r["must_mention"]:
            if not isinstance(g, list) or not g:
                err("%s: bad must_mention group %r" % (rid, g))
                continue
            for alt in g:
                nalts += 1
                if not any(alt.lower() in t for t in texts):
                    err("%s: %r not in any expected source" % (rid, alt))
    want = {k: v[1] - v[0] + 1 for k, v in RANGES.items()}
    if counts != want:
        err("kind counts %s, expected %s" % (counts, want))
    return rows, counts, nalts


def main():
    files = check_corpus()
    rows, counts, nalts = check_qa(files)
    exts = {}
    for f in files:
        exts[f.rsplit(".", 1)[1]] = exts.get(f.rsplit(".", 1)[1], 0) + 1
    print("questions: %d  %s" % (len(rows), "  ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    print("corpus: %d files %s; all prefixed ZR-: %s; distractor files: %d" % (
        len(files), dict(sorted(exts.items())), all(f.startswith("ZR-") for f in files), sum(a["distractor"] for a in ARTICLES)))
    print("must_mention alternatives checked: %d" % nalts)
    for e in errors:
        print("ERROR:", e)
    print("PASS" if not errors else "FAIL (%d errors)" % len(errors))
    sys.exit(0 if not errors else 1)


if __name__ == "__main__":
    main()
