"""Lookup mechanisms found on train54's misses and the misses left of train ... train53 (eval/lookup/), tested here on
invented names:
- A reference code opening the text (knowledge/lookup/readings.py `after_reference`, read by `Index.evidence`): "INV-3318
  Vardelix Trading FZE - consulting fee ..." is about VARDELIX TRADING FZE, the invoice's number saying which
  document, not which company; the text after the code is read as typed alone, and the name kept only when found
  exactly. A code is a word with three digits or more ("INV-3318", "MT103"), or a number after a short label ("ref
  58213"). Not a number of the name's own opening the text ("1001 Nights ..."), not a code before words that are no
  listed name exactly."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VARDELIX TRADING FZE", "", "Dubai, AE"),
    ("KORVANTE HOLDING SA", "", "Zug, CH"),
    ("TELMORA SHIPPING CO LTD", "", "Monrovia, LR"),
    ("NIGHTS TRADING FZE", "", "Sharjah, AE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round53"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("INV-3318 Vardelix Trading FZE - consulting fee AED 12,000 - screening?", "VARDELIX TRADING FZE"),
    ("ref 58213 Korvante Holding SA - payment on hold, why?", "KORVANTE HOLDING SA"),
    ("MT103 :59:/0098765 TELMORA SHIPPING CO LTD MONROVIA", "TELMORA SHIPPING CO LTD"),
    ("ref PO-44120 Korvante Holding SA, Zug - pls screen", "KORVANTE HOLDING SA"),
])
def test_a_reference_code_opening_the_text(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "1001 Nights Trading FZE",                              # a number of the name's own, not a code
    "4417 Nights Trading FZE - consulting fee - screening?",
    "INV-3318 Trading FZE - consulting fee - screening?",   # after the code, no listed name exactly
    "ref 58213 Korvante Holdings Group - payment on hold",  # another firm's name after the code
])
def test_a_reference_code_then_no_listed_name_is_no_match(reg, query):
    assert no_match(reg, query)
