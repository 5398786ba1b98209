"""The lookup's mechanism added with round lk89, on invented companies: a listed name with one company word written in
another language no vocabulary has (index.Index._company_word_translated): every other word of the name typed, in its
order, two at least and a word of a name among them, and in the company word's place one word no vocabulary reads, is
that name with the word translated; an English word there is another business, one word beside it is too little to go
by (unless the listed name's own legal form is typed too: lk112), and a shape two entities' names fit, or words another entity's name has too, name none."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND89 = [
    ("ZELVARO KESTRIN SHIPPING CO LTD", "", "Pyongyang, KP"),
    ("DRAVENKO OSTRIM STEEL WORKS", "", "Harare, ZW"),
    ("PORVENKA SHIPPING LTD", "", "Limassol, CY"),
    ("MELTRAVIS ORVANE SHIPPING LTD", "", "Limassol, CY"),
    ("MELTRAVIS ORVANE TRADING LTD", "", "Limassol, CY"),
    ("TASKOVAR BELMIN SHIPPING LTD", "", "Limassol, CY"),
    ("TASKOVAR BELMIN", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND89)]
    r = csl_registry(tmp_path_factory.mktemp("round89"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Zelvaro Kestrin Merikuljetus Co Ltd", "ZELVARO KESTRIN SHIPPING CO LTD"),     # Finnish "merikuljetus", sea transport
    ("Dravenko Ostrim Željezara Works", "DRAVENKO OSTRIM STEEL WORKS"),           # Croatian "željezara", ironworks
])
def test_a_company_word_in_a_language_no_vocabulary_has_is_the_name_translated(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Zelvaro Kestrin Consulting Co Ltd",     # an English word in the company word's place: another business
    "Porvenka Merikuljetus",                      # one word of the name beside it, no legal form: too little
    "Porvenka Merikuljetus Inc",                  # (lk112) one word and another legal form than the listed one
    "Meltravis Orvane Merikuljetus Ltd",          # two entities' names have that shape
    "Taskovar Belmin Merikuljetus Ltd",           # the words typed with it are another entity's name too
    "Zelvaro Merikuljetus Shipping Co Ltd",       # in the place of a word of the name, not of a company word
])
def test_the_shape_read_elsewhere_names_no_one(reg, query):
    assert no_match(reg, query)
