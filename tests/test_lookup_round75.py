"""Lookup reading found on the misses left of train ... train72 (eval/lookup/), tested here on invented names:
- A sign typed inside a word for the letter it looks like (the degree sign for "o", "@" for "a", "!" for "i", "$" and
  "§" for "s", "|" for "l", "€" for "e", "®" for "r"; knowledge/vocab/words.yaml `symbol_letters`), which
  normalisation drops as punctuation and so splits the word, is read as that letter when nothing matched the text
  exactly (knowledge/lookup/readings.py `symbols_as_letters`, `Index._symbols_as_letters`): "Qu°rvadel S.A." is
  QUORVADEL S.A. A sign is read only beside a letter, two letters at a word's edge ("N° 5" is a number), and "+" is
  no letter ("Velmar+ Studios" is not VELMART STUDIOS)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import symbols_as_letters
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("QUORVADEL S.A.", "", "Panama, PA"),
    ("BRAVENTILO DISTRIBUIDORA DEL NORTE", "", "Bogota, CO"),
    ("ZELMORAN PROPERTIES INC.", "", "Miami, US"),
    ("TRESKAVIN HOLDINGS", "", "Limassol, CY"),
    ("VELMART STUDIOS", "", "London, GB"),
    ("NO 5 KARVELIN TRADING", "", "Dubai, AE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round75"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Braventilo Di§tribuidora del Norte", "BRAVENTILO DISTRIBUIDORA DEL NORTE"),  # section sign for s
    ("Zelmoran P®operties Inc.", "ZELMORAN PROPERTIES INC."),                    # registered sign for r
])
def test_a_sign_typed_for_a_letter(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_the_reading():
    assert symbols_as_letters("Qu°rvadel €xport") == "Quorvadel export"
    assert symbols_as_letters("Quorvadel S.A.") is None


@pytest.mark.parametrize("query", [
    "Velmar+ Studios",          # "+" is no letter ("A+E", "Canal+"): not VELMART STUDIOS
    "N° 5 Karvelin Trading",    # a sign after one letter is no letter of a word ("N°" is "number"): not NO 5 ...
])
def test_a_sign_that_is_no_letter(reg, query):
    assert no_match(reg, query)


def test_a_sign_beside_no_letter_is_not_read():
    assert symbols_as_letters("| 42 | Quorvadel") is None
    assert symbols_as_letters("N° 5") is None
    assert symbols_as_letters("Velmar+ Studios") is None
