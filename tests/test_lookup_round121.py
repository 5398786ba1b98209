"""The lookup's mechanisms added in round lk121, on invented companies (knowledge/lookup/requests.py
`_name_then_unread`, lk116's reading of a listed name typed whole, then places with a town and one word no vocabulary
reads):
- the one word may be a word a vocabulary reads as a firm's branch or site (`branch_word`: words.yaml `branch_words`,
  `site_words`, rigour's BRANCH symbol; "Widget Bank AO, Kerch branch (Crimea)", "Widget Freight filiale di Weihai,
  Shandong"), guarded: a stopword alone is no town ("di" is a town of Vietnam: "... filiale di Italia" names a country,
  which may be an entity of its own), and towns of no country in common are a branch in one and another office or
  company in the other ("... Tehran branch (Dubai)");
- a town, a comma, then its region or province, capitalised, as an address writes them (`region_after_town`: "Ascot,
  Berkshire", "Kobe, Hyogo")."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name

ROUND121 = [
    ("DRAVINCO HOLDING AO", "", "Rotterdam, NL"),
    ("VELMORA LOGISTICS LTD", "", "London, GB"),
    ("TARNOVIC GRAIN TERMINALS", "", "Odesa, UA"),
    ("KESTRAVO PRECISION K.K.", "", "Tokyo, JP"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND121)]
    r = csl_registry(tmp_path_factory.mktemp("round121"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Tarnovic Grain Terminals filiale di Kherson, Ukraine", "TARNOVIC GRAIN TERMINALS"),
    ("Tarnovic Grain Terminals Kherson, Ukraine filial", "TARNOVIC GRAIN TERMINALS"),
])
def test_a_name_then_a_town_and_a_branch_word_is_the_firm(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Velmora Logistics Ltd Filial zu Ascot, Berkshire", "VELMORA LOGISTICS LTD"),
    ("Kestravo Precision K.K. shitenbu Kobe, Hyogo", "KESTRAVO PRECISION K.K."),
])
def test_a_town_then_its_region(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Tarnovic Grain Terminals Kherson, Dubai filial",    # towns of two countries: a branch, and another office
    "Tarnovic Grain Terminals Kherson filial (Dubai)",
    "Tarnovic Grain Terminals filiale di Italia",        # a country, no town ("di" is no town here)
    "Tarnovic Grain Terminals Kherson filial Zorvek",    # a word of another name after the branch word
])
def test_no_one_place_is_no_match(reg, query):
    assert matched_name(reg, query) is None
