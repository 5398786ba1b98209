"""The lookup's mechanism added with round lk94, on invented companies: a typed word that no listed name, legal form or
dictionary knows, holding letters a scanner misreads ("rn" for "m", "cl" for "d", "li" for "h", a digit for the letter
of its shape: words.yaml `ocr_misread_letters`), is read as the one word the lists or the dictionary know that it
reads as (index.Index._ocr_read): "Velmorin Investrnents Ltd" is VELMORIN INVESTMENTS LTD, at the confusable tier.
A word the lists know, a word one letter from a listed one (a typo of it), a word with two readings, and a name whose
other words differ are not read so."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match, top_match

ROUND94 = [
    ("VELMORIN INVESTMENTS LTD", "", ""),
    ("QUADERSO INDUSTRY TRADING COMPANY", "", ""),
    ("ZANDIBER", "", ""),
    ("KORVASH SHIPPING GROUP", "", ""),
    ("TRELSAB HOLDINGS LIMITED", "", ""),
    ("PLOMBAR OIL COMPANY", "", ""),
    ("DRANELLO", "", ""),
    ("MERCLANOS TRADING", "", ""),
    ("MERDANO TRADING", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND94)]
    r = csl_registry(tmp_path_factory.mktemp("round94"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Velmorin Investrnents Ltd", "VELMORIN INVESTMENTS LTD"),                 # "rn" for "m", a company word
    ("Quaderso Inclustry Trading Cornpany", "QUADERSO INDUSTRY TRADING COMPANY"),   # "cl" for "d", "rn" for "m"
    ("Zancliber", "ZANDIBER"),                                                   # "cl" for "d" in a listed name's word
    ("Korvasli Sliipping Group", "KORVASH SHIPPING GROUP"),                      # "li" for "h"
    ("Trel5ab Holdings Limited", "TRELSAB HOLDINGS LIMITED"),                   # "5" for "s"
    ("Plombar Oi1 Company", "PLOMBAR OIL COMPANY"),                              # "1" for "l"
])
def test_a_word_a_scanner_misread_is_the_word_printed(reg, query, expected):
    assert matched_name(reg, query) == expected
    assert top_match(reg, query).why.rule == "confusable"


@pytest.mark.parametrize("query", [
    "Velmorin Investrnents Group Ltd",     # a word more: no name read whole
    "Quaderso Inclustry Trading Cornpany Kelbrat",   # nor here
])
def test_otherwise_no_one_is_named_exactly(reg, query):
    m = top_match(reg, query)
    assert m is None or m.why.rule != "confusable"


def test_a_word_one_letter_from_a_listed_word_is_its_typo_not_a_misread_other_word(reg):
    # "Merclano" is MERCLANOS with a letter left out; read with "cl" as "d" it would be MERDANO
    found = reg.lookup("Merclano Trading", limit=1)
    assert found and found[0].entity.name == "MERCLANOS TRADING"


def test_a_word_the_lists_know_is_never_respelt(reg):
    # "Dranello" is listed, so "Dranelio" is not read by its letters, and a listed word is never read otherwise
    assert matched_name(reg, "Dranello") == "DRANELLO"
    assert no_match(reg, "Zanclibar")      # no listed word reads so ("Zandibar" is none)
