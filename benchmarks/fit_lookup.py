"""Fit the lookup's parameters (knowledge/lookup/score.py `Params`) on the dev cases, with cross-validation, and
write them to knowledge/lookup/params.json, which the matcher reads.

    /work/main/.venv/bin/python benchmarks/fit_lookup.py

Grid search over alpha, the role weights, the trailing-word weight and the threshold. Each setting is judged by its
accuracy on ../shared/eval/dev/lookup.jsonl (against its registry.csv), ties broken by the margin (how far the
least sure right answer stands from the threshold, on either side), then by the grid's middle. Five-fold
cross-validation over the cases reports how well a fit on four folds does on the fifth; the written parameters are
the fit on all cases. Only the dev set is used (the validation set is never read here).
"""
from __future__ import annotations

import itertools
import json
import random
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from lookup_eval import DEV, norm, open_registry, read_cases  # noqa: E402

from knowledge.lookup import Params  # noqa: E402

GRID = {
    "alpha": [0.5, 0.6, 0.7],
    "w_generic": [0.1, 0.2, 0.35],
    "w_place": [0.2, 0.4, 0.7],
    "w_number": [0.5],
    "w_trailing": [0.1, 0.3, 0.6],
}
THRESHOLDS = [round(0.70 + 0.01 * i, 2) for i in range(26)]
OUT = ROOT / "knowledge" / "lookup" / "params.json"


def outcomes(reg, cases, params: Params) -> list[tuple[bool, float]]:
    """(right, margin) per case: margin > 0 on the right side of the threshold."""
    reg.params = params
    out = []
    for c in cases:
        ms = reg.lookup(c["query"], limit=1)
        top = ms[0] if ms else None
        s = top.score if top else 0.0
        if c["expected"] is None:
            out.append((not (top and top.match), params.threshold - s))
        else:
            names = {norm(top.entity.name)} | {norm(a) for a in top.entity.aliases} if top else set()
            right = bool(top and top.match and norm(c["expected"]) in names)
            out.append((right, s - params.threshold if right else -1.0))
    return out


def best_setting(table: dict, idxs: list[int]) -> tuple:
    def key(item):
        setting, res = item
        acc = sum(res[i][0] for i in idxs)
        margin = min((res[i][1] for i in idxs if res[i][0]), default=0.0)
        middle = -sum(abs(GRID[k].index(v) - (len(GRID[k]) - 1) / 2) for k, v in setting[0])
        return (acc, round(margin, 3), middle)
    return max(table.items(), key=key)


def main() -> None:
    cases = read_cases(DEV / "lookup.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        reg, _ = open_registry(Path(tmp), [DEV / "registry.csv"])
        table = {}
        names = list(GRID)
        for values in itertools.product(*(GRID[k] for k in names)):
            base = dict(zip(names, values))
            for t in THRESHOLDS:
                table[(tuple(base.items()), t)] = outcomes(reg, cases, Params(threshold=t, **base))
        reg.close()
    order = list(range(len(cases)))
    random.Random(5).shuffle(order)
    folds = [order[i::5] for i in range(5)]
    cv_right = 0
    for k in range(5):
        train = [i for j, f in enumerate(folds) if j != k for i in f]
        setting, _ = best_setting(table, train)
        cv_right += sum(table[setting][i][0] for i in folds[k])
    (params_items, threshold), res = best_setting(table, list(range(len(cases))))
    params = dict(params_items, threshold=threshold)
    doc = {
        "params": params,
        "fit": {
            "cases": len(cases),
            "accuracy": sum(r for r, _ in res) / len(cases),
            "cv5_accuracy": cv_right / len(cases),
            "margin": round(min((m for r, m in res if r), default=0.0), 4),
            "on": "../shared/eval/dev/lookup.jsonl against registry.csv",
            "by": "benchmarks/fit_lookup.py",
            "date": date.today().isoformat(),
        },
    }
    OUT.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(doc, indent=2))


if __name__ == "__main__":
    main()
