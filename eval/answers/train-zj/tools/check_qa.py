"""Check ../qa.jsonl and ../corpus. Prints PASS or FAIL (with the errors)."""
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
PREFIX = "ZJ-"
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
LO, HI = datetime.date(2018, 1, 1), datetime.date(2026, 12, 5)
DATE_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                     r"(January|February|March|April|May|June|July|August|September|October|November|December) "
                     r"(\d{1,2}), (\d{4})")

errors = []


def err(msg):
    errors.append(msg)


def plain(text, fname):
    if fname.endswith(".html"):
        text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.sub(r"\s+", " ", text).lower()


def check_weekday_line(fname, text, iso):
    m = DATE_RE.search(text[:3000])
    if not m:
        err(f"{fname}: no 'Weekday, Month D, YYYY' date near the top")
        return
    wd, mon, day, year = m.groups()
    d = datetime.datetime.strptime(f"{mon} {day} {year}", "%B %d %Y").date()
    if d.isoformat() != iso:
        err(f"{fname}: visible date {d} != metadata date {iso}")
    if d.strftime("%A") != wd:
        err(f"{fname}: {wd} is the wrong weekday for {d} (should be {d.strftime('%A')})")


def check_corpus():
    meta = {a["file"]: a for a in ARTICLES}
    files = sorted(os.listdir(CORPUS))
    if sorted(meta) != files:
        err(f"corpus files differ from articles.py: {sorted(set(files) ^ set(meta))}")
    fmts = {}
    for f in files:
        fmts[f.rsplit(".", 1)[-1]] = fmts.get(f.rsplit(".", 1)[-1], 0) + 1
        if not f.startswith(PREFIX):
            err(f"{f}: missing prefix {PREFIX}")
    if fmts != {"md": 10, "html": 10, "txt": 10}:
        err(f"formats not 10/10/10: {fmts}")
    dis = [a["file"] for a in ARTICLES if a["distractor"]]
    if len(dis) != 5:
        err(f"expected 5 distractor files, got {len(dis)}")
    for f in files:
        a = meta.get(f)
        if not a:
            continue
        text = open(os.path.join(CORPUS, f), encoding="utf-8").read()
        iso = a["date"]
        d = datetime.date.fromisoformat(iso)
        if not (LO <= d <= HI):
            err(f"{f}: date {iso} outside 2018-01-01..2026-12-05")
        wc = word_count(a)
        if not (150 <= wc <= 250):
            err(f"{f}: {wc} words of article text (want 150-250)")
        if f.endswith(".md"):
            fm = re.match(r"---\n(.*?)\n---\n", text, re.S)
            if not fm:
                err(f"{f}: no YAML front matter")
            else:
                for key in ("title:", "date:", "url:", "source:"):
                    if key not in fm.group(1):
                        err(f"{f}: front matter lacks {key}")
                if f"date: {iso}" not in fm.group(1):
                    err(f"{f}: front matter date != {iso}")
            if f"\n# {a['title']}\n" not in text:
                err(f"{f}: no '# title' line")
            if not re.search(r"\n\*[^*\n]+ \| " + DATE_RE.pattern + r"\*\n", text):
                err(f"{f}: no italic 'Outlet | Weekday, date' line")
            check_weekday_line(f, text, iso)
        elif f.endswith(".txt"):
            lines = text.split("\n")
            if lines[0] != a["title"]:
                err(f"{f}: first line is not the title")
            if not re.fullmatch(r".+ \| " + DATE_RE.pattern, lines[1]):
                err(f"{f}: second line is not 'Outlet | Weekday, Month D, YYYY'")
            check_weekday_line(f, "\n".join(lines[:3]), iso)
            if a["shape"] == "court":
                if "not legal advice" not in text:
                    err(f"{f}: court summary lacks the not-legal-advice line")
            elif not ("\n---\n" in text and "Our tip" in text and "Reply to this story" in text):
                err(f"{f}: news txt lacks ---, 'Our tip' teaser or reply line")
        else:
            forum = a["shape"] == "forum"
            need = ['class="cookie-banner"', "<nav>", 'type="search"', f'<time datetime="{iso}">',
                    f'<meta name="date" content="{iso}">', '<meta name="description"', 'property="og:title"',
                    f'property="article:published_time" content="{iso}', '<link rel="canonical"',
                    'class="related"', "Related stories", "<footer>"]
            if forum:
                need += ['class="post"']
                for bad in ('class="share-buttons"', "Leave a Reply"):
                    if bad in text:
                        err(f"{f}: forum thread should not have {bad}")
            else:
                need += ['class="share-buttons"', 'class="newsletter"', 'class="comments"', "Leave a Reply",
                         'class="comment"']
            for n in need:
                if n not in text:
                    err(f"{f}: html chrome missing {n}")
            check_weekday_line(f, re.sub(r"<[^>]+>", " ", text), iso)
    return meta, set(dis)


def check_qa(meta, dis):
    path = os.path.join(ROOT, "qa.jsonl")
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    if len(rows) != 200:
        err(f"{len(rows)} rows, want 200")
    counts, seen, alts = {}, {}, 0
    texts = {}
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != FIELDS:
            err(f"row {i}: fields {list(r.keys())} != {FIELDS}")
            continue
        if r["id"] != f"zj-{i:03d}":
            err(f"row {i}: id {r['id']} out of order (want zj-{i:03d})")
        k = r["kind"]
        counts[k] = counts.get(k, 0) + 1
        if k not in RANGES:
            err(f"{r['id']}: unknown kind {k}")
        else:
            lo, hi = RANGES[k]
            if not (lo <= i <= hi):
                err(f"{r['id']}: kind {k} outside ids {lo}..{hi}")
        qn = re.sub(r"\W+", " ", r["question"].lower()).strip()
        if qn in seen:
            err(f"{r['id']}: duplicate question of {seen[qn]}")
        seen[qn] = r["id"]
        if not r["question"].strip():
            err(f"{r['id']}: empty question")
        if k == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                err(f"{r['id']}: unanswerable row must have empty sources and must_mention")
            continue
        if not r["expected_sources"] or not r["must_mention"]:
            err(f"{r['id']}: needs expected_sources and must_mention")
        for s in r["expected_sources"]:
            if s not in meta:
                err(f"{r['id']}: source {s} not in corpus")
            elif s in dis:
                err(f"{r['id']}: source {s} is a distractor article")
            elif s not in texts:
                texts[s] = plain(open(os.path.join(CORPUS, s), encoding="utf-8").read(), s)
        for g in r["must_mention"]:
            if not g:
                err(f"{r['id']}: empty must_mention group")
            for alt in g:
                alts += 1
                if not any(alt.lower() in texts.get(s, "") for s in r["expected_sources"]):
                    err(f"{r['id']}: must_mention '{alt}' not found in any expected source")
    want = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
    if counts != want:
        err(f"kind counts {counts} != {want}")
    return rows, counts, alts


def main():
    meta, dis = check_corpus()
    rows, counts, alts = check_qa(meta, dis)
    fm = {}
    for f in meta:
        fm[f.rsplit('.', 1)[-1]] = fm.get(f.rsplit('.', 1)[-1], 0) + 1
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={counts.get(k, 0)}" for k in sorted(counts)))
    print(f"corpus: {len(meta)} files {dict(sorted(fm.items()))}; all prefixed {PREFIX}: "
          f"{all(f.startswith(PREFIX) for f in meta)}; distractor files: {len(dis)}")
    print(f"must_mention alternatives checked: {alts}")
    for e in errors:
        print("ERROR:", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
