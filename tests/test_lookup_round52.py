"""Lookup mechanisms found on train53's misses and the misses left of train ... train52 (eval/lookup/), tested here on
invented names:
- A street word written short, rigour's own short form ("St." for street, "Rd." for road; knowledge/lookup/index.py
  `_street_word`, `_address_short_forms`): "Velcorin Bank - Gharani St. branch, Tehran" is VELCORIN BANK's branch,
  as "... Gharani Street branch, Tehran" was. Not the short form alone before the branch, not a place elsewhere.
- An office or a branch on named premises, then where the firm is (`Index._named_part`, `offices_after_name` with
  `offices_only`): "Cooperative Credit Bank, Kaveh St. branch, Tehran" is COOPERATIVE CREDIT BANK, a name of company
  words only that brings no candidate of its words, as "Cooperative Credit Bank, Kaveh St. branch" was. Not a place
  elsewhere after the branch, not a subsidiary, a plant or a site before the place."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VELCORIN BANK", "", "Tehran, IR"),
    ("SOBRINVEST BANK", "", "Moscow, RU"),
    ("COOPERATIVE CREDIT BANK", "", "Tehran, IR"),
    ("NATIONAL ISLAMIC SAVINGS BANK", "", "Damascus, SY"),
    ("INVERSIONES Y SERVICIOS", "", "Lima, PE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round52"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Velcorin Bank - Gharani St. branch, Tehran", "VELCORIN BANK"),
    ("Sobrinvest Bank Nadezhdinskaya St. head office, Moscow", "SOBRINVEST BANK"),
    ("Velcorin Bank, Shariati Rd. office (Tehran)", "VELCORIN BANK"),
])
def test_a_street_word_written_short(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Cooperative Credit Bank, Kaveh St. branch, Tehran", "COOPERATIVE CREDIT BANK"),
    ("National Islamic Savings Bank - Maliki branch, Damascus", "NATIONAL ISLAMIC SAVINGS BANK"),
    ("Cooperative Credit Bank - Sorena Park branch (Tehran)", "COOPERATIVE CREDIT BANK"),
])
def test_an_office_then_where_the_firm_is(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Velcorin Bank St. branch, Tehran",                     # the short form alone: no street named
    "Velcorin Bank - Gharani St. branch, Kabul",            # a place elsewhere: a branch abroad may be another entity
    "Cooperative Credit Bank, Kaveh St. branch, Kabul",
    "Cooperative Credit Bank - Maliki branch (Iraq)",
    "Inversiones y Servicios El Cairo Ltda. subsidiary in Lima",   # a subsidiary: another legal person
    "Cooperative Credit Bank - Kaveh plant, Tehran",        # a plant may be more of another name
])
def test_an_office_then_a_place_elsewhere_is_no_match(reg, query):
    assert no_match(reg, query)
