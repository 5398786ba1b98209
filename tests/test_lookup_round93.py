"""The lookup's mechanism added with round lk93, on invented companies: a firm's name found whole, word for word, then
one word that no dictionary, place list, company vocabulary or listed name knows, then (after a word of one or two
letters, a preposition: "en", "i", "yn", "na") a known town closing the query, is that firm's branch or office in that
town, the unknown word the word a language the lists do not hold writes for a branch (index._branch_of,
index._foreign_unit_word): Welsh "cangen" (a branch), Albanian "dega" (its branch), as "sucursal" or "filiaal" are
read. A word a dictionary or a listed name knows, two unknown words, a country or a name not found whole (its company
words too) are not."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND93 = [
    ("KELVARO MEDIA LTD", "", "Nicosia, CY"),
    ("VELMORIAN DRESTO SHIPPING LLC", "", "Dubai, AE"),
    ("ZORBANEX TRAVEL", "", "Juba, SS"),
    ("QUISTREL HOLDINGS", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND93)]
    r = csl_registry(tmp_path_factory.mktemp("round93"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Kelvaro Media Ltd cangen yn London", "KELVARO MEDIA LTD"),                       # Welsh, "yn": in
    ("Kelvaro Media Ltd cangen London", "KELVARO MEDIA LTD"),                          # no preposition
    ("Velmorian Dresto Shipping LLC dega ne Tirana", "VELMORIAN DRESTO SHIPPING LLC"),  # Albanian, "në": in
    ("Zorbanex Travel cangen i Kampala", "ZORBANEX TRAVEL"),                           # a town abroad
    ("Velmorian Dresto Shipping LLC cangen St. Petersburg", "VELMORIAN DRESTO SHIPPING LLC"),   # a town of two words
])
def test_a_word_no_list_knows_between_the_name_and_a_town_is_its_branch_there(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Kelvaro Media Ltd Quistrel London",               # a word of another listed name: more of a name
    "Kelvaro Media Ltd cangen zorblat London",         # two words no list knows
    "Kelvaro Media Ltd cangen yn Nigeria",             # a country, no town: a branch may be an entity of its own
    "Velmorian Shipping LLC cangen yn London",         # the name not found whole (no "Dresto")
    "Kelvaro Media Ltd studio yn London",               # a dictionary word: what kind of unit, maybe a firm
    "Kelvaro cangen yn London",                         # its company word left out (session 54): the unknown word
    "Velmorian Dresto cangen London",                   # may be that word in another language, or another trade's
    "Zorbanex cangen i Kampala",
])
def test_otherwise_no_one_is_named(reg, query):
    assert no_match(reg, query)
