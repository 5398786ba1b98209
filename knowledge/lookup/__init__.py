"""Company lookup, in small parts:

- normalise.py: names to comparable terms, on OpenSanctions' `rigour` (legal forms, company-word symbols, places,
  scripts),
- index.py: the in-memory index of every alias, candidates and the evidence for each,
- requests.py: the readings of what a request says besides the name (`RequestReadings`, which `Index` inherits),
- forms.py: what index.py and requests.py both ask of a name as written (its legal forms, its skeleton),
- score.py: one small pure function from evidence to a score and its reason (as data); fitted parameters in
  params.json (benchmarks/fit_lookup.py),
- text.py: company names inside a question,
- store.py: the SQLite schema and reading it,
- registry.py: the read API, `Registry`.
"""
from .normalise import analyse, normalize
from .registry import Registry
from .score import Params, Reason, fitted_params

__all__ = ["Registry", "Params", "Reason", "analyse", "normalize", "fitted_params"]
