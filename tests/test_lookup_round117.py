"""The lookup's mechanisms added with round lk117, on invented companies, for a listed name typed capitalised inside a
request typed in lower case in any language (Index._capitalised_in_request):
- one word and the legal form the entity is listed with is a name as two words are ("... y cwmni Vordalis S.R.L.
  yn ..."), the legal form saying where the name ends;
- the places the request's other capitalised runs name are read one run at a time: a town many countries share
  ("Barcelona", Spain and Venezuela) says no place elsewhere when one of its countries is the entity's; and the
  text's opening word, capitalised as a sentence opens, is a place only when the places vocabulary reads it, not
  as a town's name alone ("Ba")."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND117 = [
    ("VORDALIS S.R.L.", "", "Augusta, IT"),
    ("KESTRANO ELECTRICAL SUPPLIES SL", "", "Igualada, ES"),
    ("MORVANEX PETROLEUM COMPANY", "", "Moscow, RU"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND117)]
    r = csl_registry(tmp_path_factory.mktemp("round117"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Oes gennych chi unrhyw beth ar y cwmni Vordalis S.R.L. heddiw?", "VORDALIS S.R.L."),
    ("unrhyw beth ar y cwmni Vordalis S.R.L. yn Augusta (Siracusa)?", "VORDALIS S.R.L."),
])
def test_one_word_and_its_listed_legal_form_in_a_request(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "unrhyw beth ar y cwmni Vordalis GmbH heddiw?",               # another legal form
    "unrhyw beth ar y cwmni Vordalis Logistica S.R.L. heddiw?",   # not the listed name
    "unrhyw beth ar y cwmni Vordalis S.R.L. yn Madrid?",         # a place elsewhere
    "payment to bank Vordalis S.R.L. pls check",                  # a company word before it may be the name's
])
def test_one_word_and_legal_form_otherwise_held(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("A bheil dad agaibh mun chompanaidh Kestrano Electrical Supplies SL ann an Igualada (Barcelona)?",
     "KESTRANO ELECTRICAL SUPPLIES SL"),                           # Barcelona: a town of Spain and of Venezuela
    ("Ba al duzue ezer Morvanex Petroleum COMPANY enpresari buruz, Moscow hirian?",
     "MORVANEX PETROLEUM COMPANY"),                               # "Ba" opens the sentence
])
def test_places_read_one_run_at_a_time(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "A bheil dad agaibh mun chompanaidh Kestrano Electrical Supplies SL ann an Caracas?",
    "Ba al duzue ezer Morvanex Petroleum COMPANY enpresari buruz, Madrid hirian?",
    "Madrid al duzue ezer Morvanex Petroleum COMPANY enpresari buruz?",   # a city opening the text is a place
])
def test_a_place_elsewhere_still_holds(reg, query):
    assert no_match(reg, query)
