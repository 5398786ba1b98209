"""The fitted numbers that combine signals when retrieving and answering: one checked-in file,
`knowledge/fitted.json`, written by `eval/fit_answers.py` from the train split (with cross-validation). Nothing in
the answer path sets such a number by hand; re-running the script reproduces the file."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class LinearModel:
    """A logistic model over named features: P = sigmoid(intercept + sum(weight[name] * feature[name]))."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float  # the probability from which the model's "yes" is taken (fit by cross-validation)

    def aligned(self, names: tuple[str, ...]) -> "LinearModel":
        """The same model with its weights in the order of `names` (the feature table); a feature the file does not
        weight is an error, never a silent zero: refit with eval/fit_answers.py."""
        missing = [n for n in names if n not in self.features]
        if missing:
            raise RuntimeError(f"knowledge/fitted.json has no weight for {missing}: run eval/fit_answers.py")
        by_name = dict(zip(self.features, self.weights))
        return LinearModel(tuple(names), tuple(by_name[n] for n in names), self.intercept, self.threshold)

    def logit(self, values) -> float:
        return self.intercept + sum(w * float(v) for w, v in zip(self.weights, values))

    def probability(self, values) -> float:
        import math

        z = self.logit(values)
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


@dataclass(frozen=True)
class Fusion:
    """Reciprocal-rank fusion of the dense and lexical rankings, plus a boost for passages about a named company."""

    rrf_k: float
    dense: float
    lexical: float
    entity_boost: float


@dataclass(frozen=True)
class Fitted:
    fusion: Fusion
    sentence: LinearModel   # is this sentence the answer? (lead and supporting quotes)
    decline: LinearModel    # do the retrieved sources answer the question at all?
    source: dict


def linear_model(d: dict) -> LinearModel:
    names = tuple(d["weights"])
    return LinearModel(names, tuple(float(d["weights"][n]) for n in names), float(d["intercept"]), float(d["threshold"]))


@lru_cache(maxsize=1)
def fitted() -> Fitted:
    raw = json.loads(resources.files("knowledge").joinpath("fitted.json").read_text(encoding="utf-8"))
    return Fitted(Fusion(**raw["fusion"]), linear_model(raw["sentence"]), linear_model(raw["decline"]), raw.get("source", {}))
