"""How permission questions are answered first from the list data ("can I buy / invest in / export to X?"): the
verdict opening each answer (No / a limited yes / Yes / unsure / none) against a question set written blind, on the shipped
list data alone.

    .venv/bin/python eval/permission_eval.py eval/permissions/train.jsonl [--verbose]

A row: {"id", "question", "company" (the entity's name in the shipped data), "expected": "no" | "limited" | "yes" |
"none", "why"}. Prints the share of verdicts right, by expected verdict, the verdicts of the opposite sign (a "yes"
where a listing bars it, a "no" where none does: the errors a reader acts on), verdicts given to questions that ask no
permission, and answers about another company than the one asked about.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELS = ("no", "limited", "yes", "none")


def verdict_of(answer: str) -> str:
    """The verdict an answer opens with, read from the wording activities.yaml gives it."""
    from knowledge.vocab import vocab

    p = vocab().permissions
    if answer.startswith(f"{p.barred}: "):
        return "no"
    if any(answer.startswith(f"{a.limited}: ") for a in p.activities):
        return "limited"
    if answer.startswith(p.clear.split(":")[0] + ":"):
        return "yes"
    if any(a.unsure and answer.startswith(a.unsure) for a in p.activities):
        return "unsure"   # not barred by the lists held, but they may not decide it: right for no expected verdict
    return "none"


def evaluate(rows: list[dict], verbose: bool = False) -> dict:
    from ingest.lists import load_shipped
    from knowledge.api import Knowledge
    from knowledge.embeddings import load_embeddings
    from knowledge.settings import Settings

    with tempfile.TemporaryDirectory(prefix="permission-eval-") as tmp:
        k = Knowledge(Settings(_env_file=None, store=Path(tmp) / "store"), load_embeddings())
        load_shipped(k.registry)
        k.refresh()
        outcomes = []
        for row in rows:
            answer = k.ask(row["question"])
            got = verdict_of(answer.answer) if answer.answered else "none"
            named = answer.answer.split(" is on ")[0].split(" was on ")[0]
            outcomes.append((row, got, row["company"].casefold() in named.casefold()))
            if verbose and got != row["expected"]:
                print(f"{row['id']}: expected {row['expected']}, got {got}: {row['question']}\n    {answer.answer[:160]}")
    right = sum(got == row["expected"] for row, got, _ in outcomes)
    by_label = {label: (sum(got == label for row, got, _ in outcomes if row["expected"] == label),
                        sum(row["expected"] == label for row, _, _ in outcomes)) for label in LABELS}
    opposite = sum((row["expected"] == "no" and got == "yes") or (row["expected"] == "yes" and got == "no")
                   for row, got, _ in outcomes)
    uncalled = sum(row["expected"] == "none" and got != "none" for row, got, _ in outcomes)
    other_company = sum(got != "none" and not same for row, got, same in outcomes)
    return {"questions": len(outcomes), "right": right, "by_expected": by_label, "opposite_sign": opposite,
            "verdict_without_permission_asked": uncalled, "verdict_about_another_company": other_company,
            "confusion": Counter((row["expected"], got) for row, got, _ in outcomes)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("--verbose", action="store_true", help="print each wrong verdict (never for validation)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    r = evaluate(rows, args.verbose)
    n = r["questions"]
    print(f"{args.questions}: {n} questions, verdict right {r['right']}/{n} = {r['right'] / n:.3f}")
    for label, (ok, total) in r["by_expected"].items():
        print(f"  expected {label:8s} {ok}/{total}")
    print(f"  opposite sign (yes where barred, no where not): {r['opposite_sign']}")
    print(f"  a verdict where none was asked for: {r['verdict_without_permission_asked']}")
    print(f"  a verdict about another company: {r['verdict_about_another_company']}")
    print("  expected -> got: " + ", ".join(f"{e}->{g} {c}" for (e, g), c in sorted(r["confusion"].items()) if e != g))


if __name__ == "__main__":
    main()
