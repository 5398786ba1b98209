"""Lookup mechanisms found on train60 and the misses left of train ... train59 (eval/lookup/), tested here on invented
names:
- A firm's name written with its own legal form, its first words typed as written and the company words after them
  left out (rigour's "generic" words: "Investments", "Services", "Internacional"), is that name when the words typed
  are no English dictionary's and only that entity's names open with them (knowledge/lookup/index.py
  `_first_words_then`, `Index._opens_one_entity_unknown`, `LEFT_OUT_AFTER_FIRST_ROLES`). Guards, each failing
  without its test: a word of a name left out ("Sur") says which firm; a dictionary word opens many firms' names; a
  word that opens another entity's name too says no one firm; another legal form is another firm."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("ZORVELANT INVESTMENTS, LTD", "", "Limassol, CY"),
    ("QUARDINEX SERVICES S.A.", "", "Panama City, PA"),
    ("VELMORA KASTEN INTERNACIONAL, S.A. DE C.V.", "", "Tijuana, MX"),
    ("DRAVOSKI MONTALBA, S.A.", "", "Caracas, VE"),
    ("LANTERN ELECTRONICS S.A.", "", "Panama City, PA"),
    ("TRELQUIST ENTERPRISES, INC.", "", "Miami, US"),
    ("TRELQUIST NAVIERA S.A.", "", "Panama City, PA"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round59"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Zorvelant Ltd", "ZORVELANT INVESTMENTS, LTD"),
    ("Quardinex S.A.", "QUARDINEX SERVICES S.A."),
    ("Velmora Kasten, S.A. de C.V.", "VELMORA KASTEN INTERNACIONAL, S.A. DE C.V."),
])
def test_first_words_with_the_legal_form_company_words_left_out(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Dravoski, S.A.",       # a word of a name left out says which firm (DRAVOSKI MONTALBA)
    "Lantern S.A.",         # a dictionary word opens many firms' names
    "Trelquist, Inc.",      # two entities' names open with it
    "Zorvelant GmbH",       # another legal form is another firm
])
def test_first_words_with_the_legal_form_guards(reg, query):
    assert no_match(reg, query)
