"""Lookup mechanism found on train47's misses and the misses left of train ... train46 (eval/lookup/), tested here on
invented names:
- A branch named by its own word in French or Italian ("succursale") or German ("Niederlassung",
  "Zweigniederlassung"), then its town, after a firm's name found whole (knowledge/vocab/words.yaml
  `branch_phrases`, read by knowledge/lookup/index.py `_branch_of` in the Spanish order "... Sucursal Lima" already
  read): "Torvalen Maschinenbau GmbH, Niederlassung Hamburg" is TORVALEN MASCHINENBAU GMBH's branch there, no other
  legal person. Not the branch word alone (which branch is not said, as "... Sucursal" alone), not a country after
  it (a country's branch may be an entity of its own), not another name before it."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("TORVALEN MASCHINENBAU GMBH", "", "Hamburg, DE"),
    ("KELDOR LOGISTIK GMBH", "", "Frankfurt, DE"),
    ("MARVOSA CLUB", "", "Kinshasa, CD"),
    ("VELMIRA NEGOCE SARL", "", "Abidjan, CI"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round46"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Torvalen Maschinenbau GmbH, Niederlassung Wien", "TORVALEN MASCHINENBAU GMBH"),
    ("Torvalen Maschinenbau GmbH Niederlassung München", "TORVALEN MASCHINENBAU GMBH"),
    ("Keldor Logistik GmbH Zweigniederlassung Eschborn", "KELDOR LOGISTIK GMBH"),
    ("Marvosa Club, succursale de Kalomba", "MARVOSA CLUB"),
    ("Velmira Negoce SARL - Succursale Dakar", "VELMIRA NEGOCE SARL"),
])
def test_a_branch_word_then_its_town_in_french_or_german(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Torvalen Maschinenbau GmbH Niederlassung",            # which branch is not said
    "Marvosa Club succursale",                             # the same, in French
    "Keldor Logistik GmbH, Zweigniederlassung Österreich",  # a country's branch may be an entity of its own
    "Torvalen Anlagenbau GmbH, Niederlassung Hamburg",     # another name before the branch
    "Velmira Trading SARL, succursale de Bouaké",          # the same
])
def test_a_branch_word_says_no_other_name(reg, query):
    assert no_match(reg, query)
