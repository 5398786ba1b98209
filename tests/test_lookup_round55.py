"""Lookup mechanisms found on train56's misses and the misses left of train ... train55 (eval/lookup/), tested here on
invented names:
- An office, a branch, a site or a subsidiary of a firm, then where in its town it is, in brackets closing the text (a
  street or a district; knowledge/lookup/index.py `Index._where_in_town`): "National Islamic Savings Bank - Baghdad
  branch (Al Karbeh)" is NATIONAL ISLAMIC SAVINGS BANK's branch in a district of Baghdad (a name of company words only,
  which brings no candidate of its own while the text has other words), "Moscow subsidiary of Commercial Bank
  Veltrasoyuz (Pechorsky per.)" the bank's subsidiary in a lane of Moscow. The text without the brackets is read as
  typed and the firm kept only when found exactly. Not with a place elsewhere in the brackets (another branch or
  another company), not with a company word or a legal form in them, not with a listed name in them, and not with no
  office named before them (the words in brackets may be a name's own)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("NATIONAL ISLAMIC SAVINGS BANK", "", "Baghdad, IQ"),
    ("COOPERATIVE CREDIT BANK", "", "Tehran, IR"),
    ("KORDAVIN BANK CLOSED JOINT-STOCK COMPANY", "", "Yerevan, AM"),
    ("MELVARO SAZI ARAK CO. LTD.", "", "Tehran, IR"),
    ("COMMERCIAL BANK VELTRASOYUZ", "", "Moscow, RU"),
    ("ZORBEKIAN", "", "Moscow, RU"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round55"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("National Islamic Savings Bank - Baghdad branch (Al Karbeh)", "NATIONAL ISLAMIC SAVINGS BANK"),
    ("Yerevan branch of Kordavin Bank CJSC (Arzumanyan St)", "KORDAVIN BANK CLOSED JOINT-STOCK COMPANY"),
    ("Melvaro Sazi Arak Tehran sales office (Golzar St)", "MELVARO SAZI ARAK CO. LTD."),
    ("Moscow subsidiary of Commercial Bank Veltrasoyuz (Pechorsky per.)", "COMMERCIAL BANK VELTRASOYUZ"),
])
def test_an_office_then_where_in_its_town_in_brackets(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Cooperative Credit Bank - Tehran branch (Dubai)",                          # a place elsewhere
    "Yerevan branch of Kordavin Bank CJSC (Paris)",
    "Melvaro Sazi Arak Tehran sales office (Herat)",
    "Moscow subsidiary of Commercial Bank Veltrasoyuz (Dravel Trading LLC)",      # a company word, a legal form
    "Moscow subsidiary of Commercial Bank Veltrasoyuz (Zorbekian)",               # a listed name
    "National Islamic Savings Bank (Al Karbeh)",                                 # no office named before them
])
def test_brackets_saying_more_than_where_are_no_match(reg, query):
    assert no_match(reg, query)
