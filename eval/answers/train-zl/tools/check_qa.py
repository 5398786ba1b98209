#!/usr/bin/env python3
"""Check ../qa.jsonl and ../corpus for blind set qa-ZL. Prints PASS or FAIL with the errors."""
import datetime, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES

ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
RANGES = [("answerable", 1, 110), ("temporal", 111, 140), ("distractor", 141, 155), ("unanswerable", 156, 200)]
LO, HI = datetime.date(2018, 1, 1), datetime.date(2026, 12, 5)
DATE_RE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                     r"(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})")
errors = []


def err(msg):
    errors.append(msg)


def plain(text):
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).lower()


def norm_q(q):
    return re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()


def words(a):
    parts = [p[3:] if p.startswith("## ") else p for p in a["body"]]
    parts += [x for qa in a["faq"] for x in qa]
    parts += [t for _, t in a["comments"]] + [t for _, t in a["posts"]]
    return len(" ".join(parts).split())


def check_date_line(fn, text, iso):
    m = DATE_RE.search(text[:3000])
    if not m:
        err(f"{fn}: no weekday date near the top")
        return
    wd, mon, day, year = m.groups()
    d = datetime.datetime.strptime(f"{mon} {day} {year}", "%B %d %Y").date()
    if d.strftime("%A") != wd:
        err(f"{fn}: wrong weekday {wd} for {d}")
    if d.isoformat() != iso:
        err(f"{fn}: date line {d} != metadata {iso}")
    if not (LO <= d <= HI):
        err(f"{fn}: date {d} out of range")


def check_corpus():
    meta = {a["file"]: a for a in ARTICLES}
    files = sorted(os.listdir(CORPUS))
    if sorted(meta) != files:
        err(f"corpus file list differs from articles.py: {set(files) ^ set(meta)}")
    fmts = {}
    for fn in files:
        ext = fn.rsplit(".", 1)[1]
        fmts[ext] = fmts.get(ext, 0) + 1
        if not fn.startswith("ZL-"):
            err(f"{fn}: missing ZL- prefix")
        a = meta.get(fn)
        if not a:
            continue
        text = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        n = words(a)
        if not 150 <= n <= 250:
            err(f"{fn}: {n} words of article text")
        check_date_line(fn, text, a["date"])
        if ext == "md":
            if not text.startswith("---\ntitle: ") or f"\ndate: {a['date']}\n" not in text or "\nurl: https://example.org/" not in text:
                err(f"{fn}: bad front matter")
            if f"\n# {a['title']}\n" not in text:
                err(f"{fn}: missing # title")
            if not re.search(r"\n\*[^*\n]+ \| [A-Za-z]+day, [A-Za-z]+ \d+, \d{4}\*\n", text):
                err(f"{fn}: missing italic outlet/date line")
        elif ext == "txt":
            lines = text.split("\n")
            if lines[0] != a["title"]:
                err(f"{fn}: first line is not the title")
            if not DATE_RE.search(lines[1]) or not lines[1].startswith(a["outlet"] + " | "):
                err(f"{fn}: second line is not 'Outlet | Weekday, date'")
            if a["shape"] == "court":
                if "not legal advice" not in text:
                    err(f"{fn}: court summary lacks not-legal-advice line")
            else:
                if "\n---\n" not in text or "Our tip" not in text or "Reply to this story" not in text:
                    err(f"{fn}: news txt lacks ---/Our tip/reply line")
        elif ext == "html":
            need = ['class="cookie-banner"', "<nav", 'type="search"', "<time datetime=", '<meta name="date" content="' + a["date"],
                    '<meta name="description"', 'property="og:title"', 'article:published_time" content="' + a["date"],
                    'rel="canonical"', 'class="related"', "<footer"]
            forum = a["shape"] == "forum"
            if not forum:
                need += ['class="share-buttons"', 'class="newsletter"', 'class="comments"', "Leave a Reply"]
            for s in need:
                if s not in text:
                    err(f"{fn}: html lacks {s}")
            if forum:
                if 'class="post"' not in text:
                    err(f"{fn}: forum without posts")
                for s in ['class="share-buttons"', "Leave a Reply"]:
                    if s in text:
                        err(f"{fn}: forum should not have {s}")
    if fmts != {"html": 10, "md": 10, "txt": 10}:
        err(f"formats {fmts} != 10/10/10")
    nd = sum(1 for a in ARTICLES if a["distractor"])
    if nd != 5:
        err(f"{nd} distractor files, want 5")
    return fmts, nd


def check_qa():
    meta = {a["file"]: a for a in ARTICLES}
    texts = {}
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
    if len(rows) != 200:
        err(f"{len(rows)} rows, want 200")
    seen = {}
    n_alts = 0
    counts = {}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err(f"{rid}: fields {list(r.keys())}")
        if rid != f"zl-{i:03d}":
            err(f"row {i}: id {rid}")
        k = r.get("kind")
        counts[k] = counts.get(k, 0) + 1
        want = [kk for kk, lo, hi in RANGES if lo <= i <= hi]
        if not want or k != want[0]:
            err(f"{rid}: kind {k} outside its id range")
        nq = norm_q(r.get("question", ""))
        if nq in seen:
            err(f"{rid}: duplicate question of {seen[nq]}")
        seen[nq] = rid
        srcs, mm = r.get("expected_sources", []), r.get("must_mention", [])
        if k == "unanswerable":
            if srcs or mm:
                err(f"{rid}: unanswerable row with sources or must_mention")
            continue
        if not srcs or not mm or any(not g for g in mm):
            err(f"{rid}: empty sources or must_mention group")
        for s in srcs:
            if s not in meta or not os.path.exists(os.path.join(CORPUS, s)):
                err(f"{rid}: source {s} missing")
            elif meta[s]["distractor"]:
                err(f"{rid}: source {s} is a distractor")
        for g in mm:
            for alt in g:
                n_alts += 1
                ok = False
                for s in srcs:
                    if s in meta and os.path.exists(os.path.join(CORPUS, s)):
                        if s not in texts:
                            texts[s] = plain(open(os.path.join(CORPUS, s), encoding="utf-8").read())
                        if alt.lower() in texts[s]:
                            ok = True
                            break
                if not ok:
                    err(f"{rid}: must_mention '{alt}' not in any expected source")
    want_counts = {kk: hi - lo + 1 for kk, lo, hi in RANGES}
    if counts != want_counts:
        err(f"kind counts {counts} != {want_counts}")
    return counts, n_alts


def main():
    fmts, nd = check_corpus()
    counts, n_alts = check_qa()
    print("questions: %d  %s" % (sum(counts.values()), "  ".join(f"{k}={v}" for k, v in sorted(counts.items()))))
    print(f"corpus: {sum(fmts.values())} files {dict(sorted(fmts.items()))}; all prefixed ZL-: "
          f"{all(f.startswith('ZL-') for f in os.listdir(CORPUS))}; distractor files: {nd}")
    print(f"must_mention alternatives checked: {n_alts}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
