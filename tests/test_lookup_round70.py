"""Lookup reading found on the misses left of train ... train67 (eval/lookup/), tested here on invented names:
- The element separators and segment terminators of the trade messages cut a structured text into its fields as line
  breaks, quotes and tags do (fields.MESSAGE_SEPARATORS): EDIFACT's '+' ("NAD+SU+++WIDGET LTD+...'") and X12's '*' and
  '~' ("N1*SE*WIDGET CO~N4*...~"), in a text holding a message segment (fields.MESSAGE_SEGMENT).
  Guards (review of session 44): elsewhere '+', '*' and '~' are markdown, "C++", a firm written with '+', a list or
  a form's "name=Widget+Works": no cut."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.fields import fields
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VELMORAK TRADING LTD", "", "Limassol, CY"),
    ("TORQUANE SHIPPING CO", "", "Valletta, MT"),
    ("QUENDRIL", "", "Tbilisi, GE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round70"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("NAD+SU+++VELMORAK TRADING LTD+HARBOUR RD 9+LIMASSOL++3025+CY'", "VELMORAK TRADING LTD"),   # EDIFACT
    ("N1*SE*TORQUANE SHIPPING CO~N4*VALLETTA**MT~", "TORQUANE SHIPPING CO"),                    # X12
    ("N1*SE*QUENDRIL~N4*TBILISI~", "QUENDRIL"),                                                  # X12, no space
])
def test_message_separators_cut_fields(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_plus_is_a_space_in_a_text_without_one(reg):
    # a text without a space writes '+' for one (a form's value pasted): "Quendril+Velmorak+Trading+Group" is one
    # unlisted name, not the listed QUENDRIL and three more fields
    assert "Quendril" not in fields("Quendril+Velmorak+Trading+Group")
    assert no_match(reg, "Quendril+Velmorak+Trading+Group")


@pytest.mark.parametrize("query", [
    "**Quendril** Bakery of Oslo",              # Discord markdown, an unlisted bakery
    "*Quendril* Bakery Oslo",
    "~~Quendril~~ Quendril Bakery AS",
    "Quendril++ Software AS",                   # a C++-style name
    "Baker + Quendril + Partners",              # a firm written with '+'
    "Orvante Bakery * Quendril * Nordic Foods", # a list of names, one of them a listed word
    "apples + pears + quendril",
    "SKU QX-1*Quendril*Blue",                   # a product code
])
def test_markdown_and_plus_signs_are_no_record(reg, query):
    assert not fields(query) and no_match(reg, query)
