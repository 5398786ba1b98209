"""The lookup's mechanism added with round lk119, on invented companies: a name spelt as Portuguese (Catalan, Basque,
Maltese) spell English "sh", with "x" (words.yaml `letters_abroad`), read once more in English letters."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND119 = [
    ("MARVOSH SHIPPING LINES", "", ""),
    ("TELBRISH CEMENT INDUSTRIES", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND119)]
    r = csl_registry(tmp_path_factory.mktemp("round119"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Marvox Xipping Lines", "MARVOSH SHIPPING LINES"),                    # x for sh, twice
    ("Telbrix Cement Industries", "TELBRISH CEMENT INDUSTRIES"),           # x for sh
])
def test_x_for_sh(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Marvox Trading Lines",                                  # x for sh finds no listed name
    "Marvox Xipping Lines Holding",                          # another word beside the name so read
])
def test_otherwise_held(reg, query):
    assert no_match(reg, query)
