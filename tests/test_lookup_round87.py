"""The lookup's mechanisms added in round lk87, each on invented companies: a firm's site or unit, then a town closing
the query, in the order of the languages that write the place after the word ("Widget Works filiale di Lima", "...
filial em Lima": the firm's premises there, as "Widget Works, Lima warehouse" is); and the ordinary word for a
company's branch in Swahili ("tawi", "tawi la Lima": the branch of Lima)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name

ROUND87 = [
    ("ZELVORANT LOGISTICS LLC", "", "Moscow, RU"),
    ("KARVELLO TEXTILE TRADING S.A.", "", "Madrid, ES"),
    ("QUENTARIS HOLDING LIMITED", "", "London, GB"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND87)]
    r = csl_registry(tmp_path_factory.mktemp("round87"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Zelvorant Logistics LLC filiale di Antwerp", "ZELVORANT LOGISTICS LLC"),      # site word, then a town
    ("Karvello Textile Trading S.A. filial de Valencia", "KARVELLO TEXTILE TRADING S.A."),
    ("Quentaris Holding Limited, filial em Rotterdam", "QUENTARIS HOLDING LIMITED"),
    ("Zelvorant Logistics LLC tawi la St. Petersburg", "ZELVORANT LOGISTICS LLC"),  # Swahili branch
])
def test_a_branch_then_its_town_is_the_firm(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Zelvorant Logistics LLC filiale di Italia",      # a country after the word: another entity, as before it
    "Zelvorant Logistics LLC filiale di Tarvosk",     # no town: a word of another name
    "Quentaris Holding Limited warehouse Pendrova",   # no town
])
def test_a_site_word_then_no_town_is_no_match(reg, query):
    assert matched_name(reg, query) is None
