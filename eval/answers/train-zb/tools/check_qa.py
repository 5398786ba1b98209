"""Validate ../qa.jsonl against ../corpus. Prints PASS or FAIL with the errors."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
COUNTS = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}

def norm(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw).lower()

def main():
    errors = []
    files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
    texts = {f: norm(os.path.join(CORPUS, f)) for f in files}
    distractors = {a["file"] for a in ARTICLES if a["distractor"]}
    # corpus checks
    fmts = {"md": 0, "txt": 0, "html": 0}
    for f in files:
        ext = f.rsplit(".", 1)[-1]
        fmts[ext] = fmts.get(ext, 0) + 1
        raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
        if not f.startswith("ZB-"):
            errors.append(f"{f}: not prefixed ZB-")
        if not re.search(r"20(1[89]|2[0-6])", raw[:600]):
            errors.append(f"{f}: no 2018-2026 year near the top")
        if ext == "md":
            m = re.match(r"---\ntitle: .+\ndate: (\d{4}-\d{2}-\d{2})\nurl: https://example\.org/\S+\nsource: .+\n---\n", raw)
            if not m or not ("2018-01-01" <= m.group(1) <= "2026-11-30"):
                errors.append(f"{f}: bad md front matter")
        elif ext == "txt":
            lines = raw.split("\n")
            if not re.match(r".+ \| (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, 20\d\d$", lines[1]):
                errors.append(f"{f}: bad txt header line")
        elif ext == "html":
            for needle in ("<title>", '<meta name="date"', "cookie-banner", "<nav>", "<footer", "Related stories", "<time datetime="):
                if needle not in raw:
                    errors.append(f"{f}: html missing {needle}")
    if fmts != {"md": 10, "txt": 10, "html": 10}:
        errors.append(f"format counts {fmts}")
    if len(distractors) != 4 or not distractors <= set(files):
        errors.append("distractor files missing")
    # qa checks
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
    counts = {k: 0 for k in COUNTS}
    seen_q, n_alt = set(), 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)}")
        if rid != f"zb-{i:03d}":
            errors.append(f"row {i}: id {rid}")
        k = r.get("kind")
        if k not in COUNTS:
            errors.append(f"{rid}: kind {k}"); continue
        counts[k] += 1
        lo, hi = RANGES[k]
        if not lo <= i <= hi:
            errors.append(f"{rid}: kind {k} outside its id range")
        qn = r["question"].strip().lower()
        if qn in seen_q:
            errors.append(f"{rid}: duplicate question")
        seen_q.add(qn)
        src, mm = r["expected_sources"], r["must_mention"]
        if k == "unanswerable":
            if src or mm:
                errors.append(f"{rid}: unanswerable with sources/must_mention")
            continue
        if not src or not mm:
            errors.append(f"{rid}: empty sources or must_mention")
        for s in src:
            if s not in texts:
                errors.append(f"{rid}: source {s} missing")
            if s in distractors:
                errors.append(f"{rid}: distractor file {s} expected")
        for group in mm:
            if not group:
                errors.append(f"{rid}: empty group")
            for alt in group:
                n_alt += 1
                if not any(alt.lower() in texts.get(s, "") for s in src):
                    errors.append(f"{rid}: '{alt}' not in any expected source")
    if counts != COUNTS:
        errors.append(f"kind counts {counts}")
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"corpus: {len(files)} files {fmts}; all prefixed ZB-: {all(f.startswith('ZB-') for f in files)}; distractor files: {len(distractors)}")
    print(f"must_mention alternatives checked: {n_alt}")
    for e in errors:
        print("ERROR", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1

if __name__ == "__main__":
    sys.exit(main())
