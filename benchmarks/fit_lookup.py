"""Fit the lookup's parameters (knowledge/lookup/score.py `Params`) on the dev and the train sets, with
cross-validation, and write them to knowledge/lookup/params.json, which the matcher reads.

    .venv/bin/python benchmarks/fit_lookup.py

Grid search over alpha, the role weights, the trailing-word weight, the weight of query words the name lacks and the
threshold. Each setting is judged by its accuracy on ../shared/eval/dev/lookup.jsonl (against its registry.csv) plus
every eval/lookup/train*.jsonl (lookup_eval's TRAIN_SETS; against the full SDN and the CSL
sample), ties broken by the margin (how far the least sure right answers stand from the threshold, on either side: the
mean of the five smallest), then by the grid's middle. Five-fold cross-validation over the cases reports how well a
fit on four folds does on the fifth; the written parameters are the fit on all cases. The validation set is never read
here.

The evidence of each case is gathered once per role-weight setting (the index's weights depend on them); alpha, the
trailing and extra weights and the threshold only change `score`, so they are tried on that evidence directly.
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

from lookup_eval import CSL_SAMPLE, DEV, SDN_DIR, TRAIN_SETS, norm, open_registry, read_cases  # noqa: E402

from knowledge.lookup import Params  # noqa: E402
from knowledge.lookup.score import TOKENS_CAP, ambiguous, rank, score  # noqa: E402

GRID = {
    "alpha": [0.5, 0.6, 0.7, 0.8, 0.9],
    "w_generic": [0.1, 0.2, 0.35, 0.5],
    "w_place": [0.2, 0.4, 0.7],
    "w_number": [0.5],
    "w_trailing": [0.1, 0.3, 0.6],
    "w_extra": [1.0, 2.0, 3.0],
}
WEIGHT_KEYS = ("w_generic", "w_place", "w_number")      # these change the evidence; the rest only the score
THRESHOLDS = [round(0.70 + 0.005 * i, 3) for i in range(51)]
OUT = ROOT / "knowledge" / "lookup" / "params.json"
# TOKENS_CAP x (alpha x cover + 1 - alpha) stays under the lowest threshold for any alpha of the grid below this cover
MIN_COVER = min((THRESHOLDS[0] / TOKENS_CAP - (1 - a)) / a for a in GRID["alpha"]) - 0.01


def gather(reg, cases, p: Params) -> list[list[tuple[str, int, object]]]:
    """Per case: (entity id, words normalisation removed, evidence) of every candidate alias that could be a match
    somewhere in the grid (a near match explaining under MIN_COVER of the query stays under every threshold tried,
    and so never changes whether a case is right)."""
    idx = reg.index()
    return [[(idx.aliases[i].entity_id, idx.aliases[i].stripped, ev)
             for i, ev in idx.evidence(c["query"], p, complete=True)
             if ev.rule != "tokens" or ev.query_cover >= MIN_COVER]
            for c in cases]


def top_of(idx, evs, p: Params) -> tuple[str | None, float]:
    """The top entity and its score, ranked as Registry.lookup ranks them. An entity the query names no more than
    another (score.ambiguous) is held under every threshold, so the top is the best of the others."""
    best: dict[str, tuple[object, int]] = {}
    for eid, stripped, ev in evs:
        r = score(ev, p)
        cur = best.get(eid)
        if cur is None or rank(r, stripped) > rank(*cur):
            best[eid] = (r, stripped)
    held = ambiguous({eid: r for eid, (r, _) in best.items()})
    best = {eid: v for eid, v in best.items() if eid not in held}
    if not best:
        return None, 0.0
    eid, (r, _) = min(best.items(), key=lambda kv: (-kv[1][0].score, -kv[1][0].legal_named, kv[1][1],
                                                    idx.entities[kv[0]].name))
    return eid, r.score


def outcomes(idx, case, evs, p: Params) -> list[tuple[bool, float]]:
    """(right, margin) of one case at every threshold: margin > 0 on the right side of the threshold."""
    eid, s = top_of(idx, evs, p)
    out = []
    if case["expected"] is None:
        for t in THRESHOLDS:
            out.append((s < t, t - s))
        return out
    rec = idx.entities.get(eid) if eid else None
    names = ({norm(rec.name)} | {norm(a) for a, _ in rec.aliases}) if rec else set()
    hit = norm(case["expected"]) in names
    for t in THRESHOLDS:
        right = hit and s >= t
        out.append((right, s - t if right else -1.0))
    return out


def best_setting(table: dict, idxs: list[int]) -> tuple:
    def key(item):
        setting, res = item
        acc = sum(res[i][0] for i in idxs)
        margins = sorted(res[i][1] for i in idxs if res[i][0])[:5]
        margin = sum(margins) / len(margins) if margins else 0.0
        middle = -sum(abs(GRID[k].index(v) - (len(GRID[k]) - 1) / 2) for k, v in setting[0])
        return (acc, round(margin, 3), middle)
    return max(table.items(), key=key)


def main() -> None:
    dev = read_cases(DEV / "lookup.jsonl")
    trains = {name: read_cases(path) for name, path in TRAIN_SETS.items()}
    sets = [(dev, [DEV / "registry.csv"]),
            ([c for cs in trains.values() for c in cs], [SDN_DIR / "sdn.csv", CSL_SAMPLE])]
    cases = [c for cs, _ in sets for c in cs]
    table: dict = {}
    names = list(GRID)
    with tempfile.TemporaryDirectory() as tmp:
        regs = []
        for n, (cs, files) in enumerate(sets):
            (Path(tmp) / str(n)).mkdir()
            regs.append(open_registry(Path(tmp) / str(n), files)[0])
        for wvalues in itertools.product(*(GRID[k] for k in WEIGHT_KEYS)):
            weights = dict(zip(WEIGHT_KEYS, wvalues))
            p0 = Params(**weights)
            evidence = [(reg.index(), c, evs) for (cs, _), reg in zip(sets, regs)
                        for c, evs in zip(cs, gather(reg, cs, p0))]
            for alpha, w_trailing, w_extra in itertools.product(GRID["alpha"], GRID["w_trailing"], GRID["w_extra"]):
                base = dict(weights, alpha=alpha, w_trailing=w_trailing, w_extra=w_extra)
                base = {k: base[k] for k in names}
                p = Params(**base)
                per_case = [outcomes(idx, c, evs, p) for idx, c, evs in evidence]
                for ti, t in enumerate(THRESHOLDS):
                    table[(tuple(base.items()), t)] = [pc[ti] for pc in per_case]
        for reg in regs:
            reg.close()
    order = list(range(len(cases)))
    random.Random(5).shuffle(order)
    folds = [order[i::5] for i in range(5)]
    cv_right = 0
    for k in range(5):
        fit_on = [i for j, f in enumerate(folds) if j != k for i in f]
        setting, _ = best_setting(table, fit_on)
        cv_right += sum(table[setting][i][0] for i in folds[k])
    (params_items, threshold), res = best_setting(table, list(range(len(cases))))
    params = dict(params_items, threshold=threshold)
    ends = list(itertools.accumulate((len(dev), *(len(cs) for cs in trains.values()))))

    def accuracy(lo: int, hi: int) -> float:
        return round(sum(r for r, _ in res[lo:hi]) / (hi - lo), 4)
    doc = {
        "params": params,
        "fit": {
            "cases": len(cases),
            "accuracy": accuracy(0, len(cases)),
            "dev_accuracy": accuracy(0, ends[0]),
            **{f"{name}_accuracy": accuracy(ends[n], ends[n + 1]) for n, name in enumerate(trains)},
            "cv5_accuracy": round(cv_right / len(cases), 4),
            "margin": round(min((m for r, m in res if r), default=0.0), 4),
            "on": "../shared/eval/dev/lookup.jsonl against registry.csv + eval/lookup/"
                  + ", ".join(f"{name}.jsonl" for name in list(trains)[:-1]) + f" and {list(trains)[-1]}.jsonl"
                  + " against the OFAC SDN files and the CSL sample",
            "by": "benchmarks/fit_lookup.py",
            "date": date.today().isoformat(),
        },
    }
    OUT.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(doc, indent=2))


if __name__ == "__main__":
    main()
