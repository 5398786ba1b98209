"""Lookup mechanisms found on train50's misses and the misses left of train ... train49 (eval/lookup/), tested here on
invented names:
- A firm's name with one word inside left out, its first words and its last typed as written, when no other
  entity's name begins with those first words (knowledge/lookup/index.py `_words_around_one`, read in
  `Index._evidence`): "Skylane Trading" is SKYLANE TEXTILES TRADING, "Splendour Trading FZE" SPLENDOUR GENERAL
  TRADING FZE. Not when another entity's name begins so, not two words left out, not a person.
- A name of company words and places only, typed capitalised in a request (normalise.capitalised_names, read by
  `Index._capitalised_in_request`): "¿Sharjah Cargo Company está sancionada?" asks about SHARJAH CARGO COMPANY. Not
  a place elsewhere, not another name."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("SKYLANE TEXTILES TRADING", "", "Dubai, AE"),
    ("SPLENDOUR GENERAL TRADING FZE", "", "Sharjah, AE"),
    ("HARBOURVIEW FISHING AGENCY LIMITED", "", "Freetown, SL"),
    ("HARBOURVIEW MARINE SERVICES", "", "Freetown, SL"),
    ("MOONRISE TEXTILE GARMENT TRADING", "", "Dubai, AE"),

    ("SHARJAH CARGO COMPANY", "", "Sharjah, AE"),
    ("GLOBAL MARINE SUPPLY S.A.C.", "", "Lima, PE"),
    ("COMMERCIAL SAVINGS BANK", "", "Damascus, SY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round49"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Skylane Trading", "SKYLANE TEXTILES TRADING"),
    ("Splendour Trading FZE", "SPLENDOUR GENERAL TRADING FZE"),
])
def test_a_name_with_one_word_inside_left_out(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Harbourview Agency",          # another entity's name begins with "Harbourview"
    "Moonrise Trading",            # two words left out
    "Skylane Garments Trading",    # another word in the place of the one left out
])
def test_a_name_with_one_word_left_out_says_no_other_name(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("¿Sharjah Cargo Company está sancionada?", "SHARJAH CARGO COMPANY"),
    ("cliente nuevo: Global Marine Supply SAC (Lima) - revisar lista OFAC por favor", "GLOBAL MARINE SUPPLY S.A.C."),
    ("quick q: is Commercial Savings Bank (Syria) on any list?", "COMMERCIAL SAVINGS BANK"),
])
def test_company_words_and_places_capitalised_in_a_request(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "is Sharjah Cargo Company (Panama) on the list?",        # a place elsewhere: a branch or another company
    "¿Sharjah Cargo Group está sancionada?",                  # another name
    "quick q: is Commercial Investment Bank (Syria) on any list?",
])
def test_company_words_capitalised_in_a_request_say_no_other_name(reg, query):
    assert no_match(reg, query)
