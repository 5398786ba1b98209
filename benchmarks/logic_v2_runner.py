"""nomenklatura's logic-v2 matcher (yente's default) over the same records, run in the benchmark's own environment:

    python -m venv .bench-venv && .bench-venv/bin/pip install nomenklatura
    .bench-venv/bin/python benchmarks/logic_v2_runner.py IN.json > OUT.jsonl

IN.json: {"records": [{"id", "names": [...]}], "queries": [...]}. Candidates are retrieved the way yente retrieves
them from its search index, approximately: records sharing a normalised name token with the query, rarest tokens
first, the best 30 (ties by id: the same candidates in every run); each is scored with logic-v2 and the best is
printed with its score and the time taken. Not a dependency of the project.
"""
from __future__ import annotations

import json
import math
import sys
import time
from collections import defaultdict

from followthemoney import model
from nomenklatura.matching import get_algorithm
from nomenklatura.matching.types import ScoringConfig
from rigour.names import normalize_name

CANDIDATES = 30


def tokens(name: str) -> set[str]:
    return set((normalize_name(name) or "").split())


def main() -> None:
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    algo = get_algorithm("logic-v2")
    cfg = ScoringConfig.defaults()
    entities = {}
    postings: dict[str, set[str]] = defaultdict(set)
    for rec in data["records"]:
        e = model.make_entity("LegalEntity")
        e.id = rec["id"]
        e.add("name", rec["names"][0])
        for n in rec["names"][1:]:
            e.add("alias", n)
        entities[rec["id"]] = e
        for n in rec["names"]:
            for t in tokens(n):
                postings[t].add(rec["id"])
    n_rec = len(entities)
    warm = model.make_entity("LegalEntity")
    warm.id = "warm-up"
    warm.add("name", "warm up")
    algo.compare(warm, next(iter(entities.values())), cfg)       # loads nomenklatura's data once, untimed
    for n, q in enumerate(data["queries"]):
        t0, c0 = time.perf_counter(), time.process_time()
        qe = model.make_entity("LegalEntity")
        qe.id = f"query-{n}"          # nomenklatura caches a name's analysis by entity id
        qe.add("name", q)
        votes: dict[str, float] = defaultdict(float)
        for t in sorted(tokens(q)):          # sets of strings iterate in a per-process order: fix it
            ids = postings.get(t, ())
            if ids and len(ids) < n_rec / 4:
                w = math.log(n_rec / len(ids))
                for i in ids:
                    votes[i] += w
        best_id, best = None, 0.0
        # ties at the cut broken by id, so every run scores the same candidates
        for i, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:CANDIDATES]:
            s = algo.compare(qe, entities[i], cfg).score
            if s > best:
                best_id, best = i, s
        ms = (time.perf_counter() - t0) * 1000
        cpu_ms = (time.process_time() - c0) * 1000
        print(json.dumps({"query": q, "id": best_id, "score": best, "ms": ms, "cpu_ms": cpu_ms}), flush=True)


if __name__ == "__main__":
    main()
