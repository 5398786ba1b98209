"""Check ../qa.jsonl against ../corpus. Prints PASS or FAIL (with errors)."""
import collections, datetime, html, json, os, re, sys
from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
DATE_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                     r"(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})")
errors = []


def err(msg):
    errors.append(msg)


def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()


files = sorted(os.listdir(CORPUS))
meta = {a["file"]: a for a in ARTICLES}
if set(files) != set(meta):
    err("corpus files differ from articles.py: %s" % sorted(set(files) ^ set(meta)))
fmt = collections.Counter(f.rsplit(".", 1)[1] for f in files)
if fmt != {"md": 10, "html": 10, "txt": 10}:
    err("formats not 10/10/10: %s" % dict(fmt))
if not all(f.startswith("ZI-") for f in files):
    err("file without ZI- prefix")
distractors = {f for f, a in meta.items() if a["distractor"]}
if len(distractors) != 5:
    err("expected 5 distractor files, got %d" % len(distractors))
texts = {f: plain(os.path.join(CORPUS, f)) for f in files}

# chrome and dates
for f in files:
    raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    a = meta.get(f)
    if not a:
        continue
    d = datetime.date.fromisoformat(a["date"])
    if not (datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 12, 5)):
        err("%s: date %s out of range" % (f, d))
    m = DATE_RE.search(raw[:2500])
    if not m:
        err("%s: no weekday date near the top" % f)
    else:
        wd, mon, day, yr = m.groups()
        shown = datetime.datetime.strptime("%s %s %s" % (mon, day, yr), "%B %d %Y").date()
        if shown != d:
            err("%s: shown date %s != metadata %s" % (f, shown, d))
        if shown.strftime("%A") != wd:
            err("%s: weekday %s wrong for %s" % (f, wd, shown))
    if f.endswith(".md"):
        if not (raw.startswith("---\n") and all(k in raw.split("---")[1] for k in ("title:", "date:", "url:", "source:"))):
            err("%s: bad front matter" % f)
        if not re.search(r"^\*[^*|]+ \| [A-Z][a-z]+day, ", raw, re.M):
            err("%s: missing italic outlet/date line" % f)
        if "\n# " not in raw:
            err("%s: missing # title" % f)
    elif f.endswith(".txt"):
        lines = raw.split("\n")
        if not re.match(r"^.+ \| [A-Z][a-z]+day, ", lines[1]):
            err("%s: second line is not 'Outlet | Weekday, date'" % f)
    elif f.endswith(".html"):
        for needle in ("cookie-banner", "<nav", "<time datetime", 'name="date"', "og:title", "article:published_time",
                       "canonical", "Related stories", "<footer", 'name="description"'):
            if needle not in raw:
                err("%s: html chrome missing %s" % (f, needle))
        if a["shape"] == "forum":
            if "forum-post" not in raw:
                err("%s: forum without posts" % f)
        else:
            for needle in ("share-buttons", "Leave a Reply", "newsletter"):
                if needle not in raw:
                    err("%s: html chrome missing %s" % (f, needle))

# questions
rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
if len(rows) != 200:
    err("expected 200 rows, got %d" % len(rows))
seen = set()
n_alt = 0
for i, r in enumerate(rows, 1):
    rid = r.get("id")
    if set(r) != FIELDS:
        err("%s: fields %s" % (rid, sorted(r)))
        continue
    if rid != "zi-%03d" % i:
        err("row %d: id %s out of order" % (i, rid))
    lo, hi = RANGES.get(r["kind"], (0, -1))
    if not lo <= i <= hi:
        err("%s: kind %s outside its id range" % (rid, r["kind"]))
    key = re.sub(r"\s+", " ", r["question"].strip().lower())
    if key in seen:
        err("%s: duplicate question" % rid)
    seen.add(key)
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            err("%s: unanswerable row has sources or must_mention" % rid)
        continue
    if not r["expected_sources"] or not r["must_mention"]:
        err("%s: empty sources or must_mention" % rid)
    for s in r["expected_sources"]:
        if s not in texts:
            err("%s: missing source %s" % (rid, s))
        if s in distractors:
            err("%s: distractor file %s used as source" % (rid, s))
    for g in r["must_mention"]:
        if not g:
            err("%s: empty must_mention group" % rid)
        for alt in g:
            n_alt += 1
            if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                err("%s: '%s' not found in any expected source" % (rid, alt))
kinds = collections.Counter(r.get("kind") for r in rows)
if kinds != {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}:
    err("kind counts %s" % dict(kinds))

print("questions: %d  %s" % (len(rows), "  ".join("%s=%d" % kv for kv in sorted(kinds.items()))))
print("corpus: %d files %s; all prefixed ZI-: %s; distractor files: %d" % (
    len(files), dict(sorted(fmt.items())), all(f.startswith("ZI-") for f in files), len(distractors)))
print("must_mention alternatives checked: %d" % n_alt)
for e in errors:
    print("ERROR:", e)
print("PASS" if not errors else "FAIL (%d errors)" % len(errors))
sys.exit(1 if errors else 0)
