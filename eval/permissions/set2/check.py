#!/usr/bin/env python3
"""Validate permissions.jsonl (standard library only). Prints PASS or the problems found."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = "/work/main/knowledge/lists/*.yaml"
LABELS = {"no", "limited", "yes", "none"}
KEYS = {"id", "question", "company", "expected", "why"}

def entity_names():
    names = set()
    for path in glob.glob(LISTS):
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r'^\s+name:\s*"(.*)"\s*$', line)
                if m:
                    names.add(m.group(1))
    return names

def main():
    names = entity_names()
    problems, ids, questions, n = [], set(), set(), 0
    if not names:
        problems.append("no entity names found in " + LISTS)
    with open(os.path.join(HERE, "permissions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"line {ln}: blank line"); continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"line {ln}: bad JSON ({e})"); continue
            n += 1
            if not isinstance(o, dict) or set(o) != KEYS:
                problems.append(f"line {ln}: keys must be exactly {sorted(KEYS)}"); continue
            if not all(isinstance(o[k], str) and o[k].strip() for k in KEYS):
                problems.append(f"line {ln}: every field must be a non-empty string")
            if not re.fullmatch(r"q\d{3,}", o["id"]):
                problems.append(f"line {ln}: bad id {o['id']!r}")
            if o["id"] in ids:
                problems.append(f"line {ln}: duplicate id {o['id']}")
            ids.add(o["id"])
            if o["question"] in questions:
                problems.append(f"line {ln}: duplicate question")
            questions.add(o["question"])
            if o["expected"] not in LABELS:
                problems.append(f"line {ln}: bad label {o['expected']!r}")
            if o["company"] not in names:
                problems.append(f"line {ln}: company {o['company']!r} not in the list data")
    if n < 150:
        problems.append(f"only {n} questions (need at least 150)")
    for p in problems:
        print(p)
    if problems:
        print(f"FAIL ({len(problems)} problems)"); sys.exit(1)
    print(f"{n} questions checked"); print("PASS")

if __name__ == "__main__":
    main()
