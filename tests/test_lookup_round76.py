"""Lookup reading found on the misses left of train ... train73 (eval/lookup/), tested here on invented names:
- A request typed in another language ("ciao, puoi controllare Widget Bank a Moscow? grazie", "halo, tolong cek
  Widget di Damascus ya") is read once more in English when nothing matched it exactly (knowledge/vocab/words.yaml
  `request_words_abroad`; knowledge/lookup/readings.py `request_in_english`, `Index._request_in_english`), then as an
  English request is, every reading of the chain (as in an English request, a name asked about with a town
  elsewhere is still the name). A word in capitals (a name's) is never read, and the text is read again only when
  it has a word asking to check, "can", "please" or "thanks" ("Hoi An ..." is a town, not a greeting)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import request_in_english
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("MARVETTI BANK", "", "Moscow, RU"),
    ("BRENTOVAL SHIPPING LTD", "", "Tehran, IR"),
    ("QUINDARO TRADING", "", "Damascus, SY"),
    ("KORVELO TRAVEL", "", "Hanoi, VN"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round76"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("ciao, puoi controllare MARVETTI BANK a Moscow? grazie", "MARVETTI BANK"),              # Italian
    ("Buongiorno, potete verificare Brentoval Shipping Ltd di Tehran? grazie", "BRENTOVAL SHIPPING LTD"),
    ("halo, tolong cek QUINDARO TRADING di Damascus ya", "QUINDARO TRADING"),                # Indonesian
])
def test_a_request_in_another_language(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_the_reading():
    assert request_in_english("ciao, puoi controllare Marvetti Bank a Moscow? grazie") == \
        "hi, can check Marvetti Bank a Moscow? thanks"
    assert request_in_english("Marvetti Bank") is None


@pytest.mark.parametrize("query", [
    "Hoi An Korvelo Travel",                  # "Hoi An" is a town, and no word asks anything: not KORVELO TRAVEL
])
def test_no_request(reg, query):
    assert no_match(reg, query)


def test_guards_of_the_reading():
    assert request_in_english("Hoi An Korvelo Travel") is None               # a greeting alone reads nothing
    assert request_in_english("puoi controllare MERCI TRADING?") == "can check MERCI TRADING?"  # capitals: a name's
