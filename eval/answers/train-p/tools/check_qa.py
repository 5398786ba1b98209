#!/usr/bin/env python3
"""Validate ../qa.jsonl against ../corpus. Prints PASS or FAIL."""
import html, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
QA = os.path.join(HERE, '..', 'qa.jsonl')
CORPUS = os.path.join(HERE, '..', 'corpus')
KINDS = {"answerable", "temporal", "distractor", "unanswerable"}
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
errors, warnings = [], []

def text_of(fn):
    raw = open(os.path.join(CORPUS, fn), encoding='utf-8').read()
    if fn.endswith('.html'):
        raw = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', raw)
        raw = re.sub(r'(?s)<[^>]+>', ' ', raw)
        raw = html.unescape(raw)
    return re.sub(r'\s+', ' ', raw).lower()

files = sorted(os.listdir(CORPUS))
ext = Counter(f.rsplit('.', 1)[-1] for f in files)
if len(files) != 30: errors.append(f"corpus has {len(files)} files, expected 30")
if ext != Counter({'md': 10, 'html': 10, 'txt': 10}): errors.append(f"format counts {dict(ext)}")
for f in files:
    if not f.startswith('p-'): errors.append(f"file without p- prefix: {f}")
texts = {f: text_of(f) for f in files}

ids, kinds, used = set(), Counter(), Counter()
lines = [l for l in open(QA, encoding='utf-8') if l.strip()]
for n, line in enumerate(lines, 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad json {e}"); continue
    if set(d) != FIELDS: errors.append(f"line {n}: fields {sorted(d)}"); continue
    qid = d['id']
    if qid in ids: errors.append(f"{qid}: duplicate id")
    ids.add(qid)
    if not re.fullmatch(r'p-\d{3}', qid): errors.append(f"{qid}: id format")
    k = d['kind']; kinds[k] += 1
    if k not in KINDS: errors.append(f"{qid}: bad kind {k}")
    if not isinstance(d['question'], str) or not d['question'].strip(): errors.append(f"{qid}: empty question")
    es, mm = d['expected_sources'], d['must_mention']
    if not isinstance(es, list) or not isinstance(mm, list): errors.append(f"{qid}: lists expected"); continue
    if k == 'unanswerable':
        if es or mm: errors.append(f"{qid}: unanswerable must have empty sources and must_mention")
        continue
    if not es: errors.append(f"{qid}: no expected_sources")
    if not mm: errors.append(f"{qid}: no must_mention")
    for s in es:
        if s not in texts: errors.append(f"{qid}: missing source {s}")
        used[s] += 1
    for g in mm:
        if not isinstance(g, list) or not g or not all(isinstance(a, str) and a for a in g):
            errors.append(f"{qid}: bad group {g}"); continue
        if not any(a.lower() in texts.get(s, '') for a in g for s in es):
            errors.append(f"{qid}: no alternative of {g} occurs in {es}")
        for a in g:
            if not any(a.lower() in texts.get(s, '') for s in es):
                warnings.append(f"{qid}: alternative '{a}' not verbatim in any expected source")
    # question copied verbatim from a source sentence?
    ql = d['question'].lower().strip(' ?')
    if len(ql) > 40 and any(ql in texts.get(s, '') for s in es):
        warnings.append(f"{qid}: question text appears verbatim in a source")

total = len(lines)
print(f"questions: {total}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(kinds)) +
      f"  unanswerable share={kinds['unanswerable']/max(total,1):.1%}")
print(f"corpus: {len(files)} files {dict(ext)}")
unused = [f for f in files if not used[f]]
print(f"files never an expected source: {unused}")
if total != 200: errors.append(f"{total} questions, expected 200")
if kinds['unanswerable'] < 45: errors.append("fewer than 45 unanswerable")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("PASS" if not errors else "FAIL")
sys.exit(0 if not errors else 1)
