"""The lookup's mechanism added with round lk116, on invented companies: a listed name typed whole and closed by its
own legal form or not (two words at least), followed only by places (a town among them), stopwords and exactly one
word no vocabulary reads (a branch's word in a language no list has: "Brovanta Bank N.V. tawi la Willemstad,
Curacao"), read as that name (Index._name_then_unread, lk114's second reading with lk115's conditions). Two such
words, a country and no town, or a one-word name stay held, as lk19 and lk93 ask."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND116 = [
    ("BROVANTA BANK N.V.", "", ""),
    ("TELMARIS TRADING CO LTD", "", ""),
    ("QUENDRAL INSURANCE COMPANY (U.K.) LIMITED", "", ""),
    ("MARVESTI PORTS", "", ""),
    ("SELVANIC HOLDINGS", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND116)]
    r = csl_registry(tmp_path_factory.mktemp("round116"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Brovanta Bank N.V. tawi la Willemstad, Curacao", "BROVANTA BANK N.V."),          # a town, then its country
    ("Quendral Insurance Company (U.K.) LIMITED sucursal a London", "QUENDRAL INSURANCE COMPANY (U.K.) LIMITED"),
    ("Telmaris Trading CO LTD Wan Chai, Hong Kong rakã", "TELMARIS TRADING CO LTD"),    # the word after the places
])
def test_a_legal_name_then_places_and_one_unread_word(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Brovanta Bank N.V. tawi zorblat Willemstad, Curacao",   # two words no list knows: maybe another firm's name
    "Brovanta Holdings N.V. tawi la Willemstad, Curacao",    # not the listed name
    "Telmaris Logistics tawi la Willemstad, Curacao",        # not a listed name
])
def test_otherwise_held(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Marvesti Ports Kerch, Crimea nodaļa", "MARVESTI PORTS"),                 # no legal form typed or listed
    ("Selvanic Holdings laanta Kish Island", "SELVANIC HOLDINGS"),
    ("Marvesti Ports succursala a Kerch, Crimea", "MARVESTI PORTS"),
])
def test_a_name_of_two_words_then_places_and_one_unread_word(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Marvesti Ports nodaļa Crimea",                     # a country, no town
])
def test_a_name_then_unread_otherwise_held(reg, query):
    assert no_match(reg, query)
