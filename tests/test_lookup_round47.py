"""Lookup mechanisms found on train48's misses and the misses left of train ... train47 (eval/lookup/), tested here on
invented names:
- An office on named premises after a firm's name written whole with its legal form and a comma or a dash
  (knowledge/lookup/towns.py `office_on_premises`, read by `Index._office_on_premises`): "Quorvane Trading LLC,
  Meridian Business Tower office" is QUORVANE TRADING LLC's office in that building, no other legal person. Not
  without the legal form or the comma or dash (the building's words could be more of the name), not a country's
  office (it may be an entity of its own), not another firm's (a legal form, a holding or a group among the
  premises' words), not another name before it.
- "Urgent" is a request's chatter (knowledge/vocab/words.yaml `everyday`), as "asap" and "quick" are: "URGENT!!
  Talvero Marine Services - ofac?" asks about TALVERO MARINE SERVICES. Not another name asked about."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("QUORVANE TRADING L.L.C.", "", "Dubai, AE"),
    ("HASKEL DUNE HOLDING LIMITED", "", "Hong Kong, HK"),
    ("OSTREVIK SHIPPING LTD", "", "Valletta, MT"),
    ("TALVERO MARINE SERVICES", "", "Panama, PA"),
    ("CONSTRUCTORA BRELVANO LTDA.", "", "Cali, CO"),
    # other listed names holding the premises' words, and one a word alike to "urgent", as a full list has them
    ("WEST ROAD KINGS TRANSPORT LTD", "", "London, GB"),
    ("MERIDIAN BUSINESS TOWER INVESTMENTS", "", "Dubai, AE"),
    ("GURGENT HOUSE FZCO", "", "Sharjah, AE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round47"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Quorvane Trading LLC, Meridian Business Tower office", "QUORVANE TRADING L.L.C."),
    ("Haskel Dune Holding Limited - Kings Road West office", "HASKEL DUNE HOLDING LIMITED"),
    ("Ostrevik Shipping Ltd – Meridian Business Tower office", "OSTREVIK SHIPPING LTD"),
])
def test_an_office_on_named_premises_after_the_legal_form(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Quorvane Trading LLC, Syria office",                          # a country's office may be an entity of its own
    "Quorvane Trading, Meridian Business Tower office",            # no legal form: the words may be more of the name
    "Quorvane Logistics LLC, Meridian Business Tower office",      # another name before the office
    "Haskel Dune Holding Limited - Meridian Holdings office",      # another firm's office (a holding)
    "Haskel Dune Finance Limited - Kings Road West office",        # the same
])
def test_an_office_on_premises_says_no_other_name(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("URGENT!! Talvero Marine Services - ofac?", "TALVERO MARINE SERVICES"),
    ("Talvero Marine Services - urgent!!", "TALVERO MARINE SERVICES"),
    ("URGENT!! Constructora Brelvano Ltda - Cali - ofac?", "CONSTRUCTORA BRELVANO LTDA."),
])
def test_urgent_is_a_requests_chatter(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "URGENT!! Talvero Marine Supplies - ofac?",     # another name asked about
    "urgent: is talvero shipping services on ofac",  # the same
])
def test_urgent_says_no_other_name(reg, query):
    assert no_match(reg, query)
