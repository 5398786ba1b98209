#!/usr/bin/env python3
"""Validate permissions.jsonl (standard library only). Prints PASS or exits non-zero."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = "/work/main/knowledge/lists/*.yaml"
KEYS = {"id", "question", "company", "expected", "why"}
LABELS = {"no", "limited", "yes", "none"}

names = set()
for path in glob.glob(LISTS):
    if os.path.basename(path) == "lists.yaml":  # list definitions, not entities
        continue
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*(?:-\s+)?name:\s*"(.*)"\s*$', line)
            if m:
                names.add(m.group(1))
errors, ids, n = [], set(), 0
with open(os.path.join(HERE, "permissions.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {ln}: blank line"); continue
        try:
            o = json.loads(line)
        except ValueError as e:
            errors.append(f"line {ln}: bad JSON: {e}"); continue
        n += 1
        if set(o) != KEYS:
            errors.append(f"line {ln}: keys {sorted(o)}")
        if not all(isinstance(o.get(k), str) and o.get(k).strip() for k in KEYS):
            errors.append(f"line {ln}: empty or non-string field")
        if not re.fullmatch(r"p\d{3}", str(o.get("id"))):
            errors.append(f"line {ln}: bad id {o.get('id')!r}")
        if o.get("id") in ids:
            errors.append(f"line {ln}: duplicate id {o.get('id')}")
        ids.add(o.get("id"))
        if o.get("expected") not in LABELS:
            errors.append(f"line {ln}: bad label {o.get('expected')!r}")
        if o.get("company") not in names:
            errors.append(f"line {ln}: company not in list data: {o.get('company')!r}")
if n < 160:
    errors.append(f"only {n} rows (< 160)")
if not names:
    errors.append("no entity names read from " + LISTS)
for e in errors:
    print(e)
if errors:
    print("FAIL"); sys.exit(1)
print(f"{n} rows checked against {len(names)} entity names")
print("PASS")
