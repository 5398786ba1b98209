"""Lookup mechanisms found on train34's misses and the misses left of train ... train33 (eval/lookup/), each tested
here on invented names:
- Venezuela's and Ecuador's "Compañía Anónima" written out is its "C.A." (knowledge/vocab/words.yaml `legal_forms`,
  read by knowledge/lookup/normalise.py `_closing_legal_form`): "Velmora Trading Compania Anonima" is VELMORA
  TRADING, C.A., as "Sociedad Anonima" is S.A. It is read so only closing a name (opening one, its words are the
  name's: "Compania Anonima Velmora Trading Zanterra" is no listed name), and a legal form says no more than it did:
  another word in the name's place ("Velmora Shipping Compania Anonima"), a word of the name left out ("Orinal
  Compania Anonima"), or the legal form alone still name no one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VELMORA TRADING, C.A.", "", "Caracas, VE"),
    ("ORINAL PETROLEOS DEL SUR, C.A.", "", "Maracaibo, VE"),
    ("KORVENTA TECNOLOGIA C.A.", "", "Guayaquil, EC"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round33"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Velmora Trading Compania Anonima", "VELMORA TRADING, C.A."),
    ("KORVENTA TECNOLOGIA COMPANIA ANONIMA", "KORVENTA TECNOLOGIA C.A."),
])
def test_compania_anonima_written_out_is_its_ca(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Velmora Shipping Compania Anonima",      # another word in the name's place
    "Orinal Compania Anonima",                # the name's other words left out
    "Compania Anonima Velmora Trading Zanterra",   # opening a name they are its words, and one more
    "Compania Anonima",                       # the legal form alone
])
def test_no_name_by_compania_anonima_alone(reg, query):
    assert no_match(reg, query)
