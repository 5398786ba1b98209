"""Lookup mechanisms found on train23's misses and the misses left of train7 ... train22 (eval/lookup/), each tested
here on invented names:
- a name found whole inside a request whose other words are all chatter, an everyday word among them: chatter is
  read from the English dictionary (the WordNet lemmas of english.py), not only from `everyday`, so a request word
  no list has yet ("client", "mentions", "flagged", "review", "pentest") no longer stays inside the name; a short
  word no dictionary knows ("fyi", "thru") is shorthand. The run must keep a coined word: a name of dictionary words
  only is not read out of chatter;
- an English word and its cognate in a Romance language (or Turkish "elektronik") are one word with another ending
  once both are written by the spelling rules they share ("ph"/"f", "y"/"i", "k"/"c", "-tion"/"-cion", a doubled
  letter once, Spanish "es-" before a consonant: index.cognate_key), as candidates and as words compared:
  "Tresnova Specialized Auditors Ltd." is AUDITORES ESPECIALIZADOS TRESNOVA LTDA., "Vardelo Spirit Ltd." ESPIRITU
  VARDELO LTDA. Two dictionary words are never cognates of each other, nor two words of no dictionary; a company
  word is still not compared with a word of a name so ("Pharmaceutical" with FARMACEUTICA, left for later)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND23 = [
    ("VORKASTEL INDUSTRIES", "", "Tehran, IR"),
    ("QUELMARIN LIMITED", "", "Limassol, CY"),
    ("COMERCIAL TRAVINSKA, S.A.", "", "Panama, PA"),
    ("ZERBALOX", "", "Moscow, RU"),
    ("SILVER LAB", "", "Moscow, RU"),
    ("AUDITORES ESPECIALIZADOS TRESNOVA LTDA.", "", "Cali, CO"),
    ("ESPIRITU VARDELO LTDA.", "", "Cali, CO"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND23)]
    r = csl_registry(tmp_path_factory.mktemp("round23"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("client mentions vorkastel industries, any hit", "VORKASTEL INDUSTRIES"),
    ("can u run quelmarin thru screening", "QUELMARIN LIMITED"),
    ("fyi counterparty is Comercial Travinska", "COMERCIAL TRAVINSKA, S.A."),
    ("payment to Zerbalox flagged, pls review", "ZERBALOX"),
    ("Zerbalox pentest quote -- is this vendor sanctioned?", "ZERBALOX"),
])
def test_a_name_inside_dictionary_chatter(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "client mentions silver lab, any hit",          # a name of dictionary words only is not read out of chatter
    "client mentions quelmarin shipping, any hit",  # a company word beside the name: maybe another company
    "client mentions Bravomint Zerbalox, any hit",  # a coined word beside the name: another name
])
def test_no_name_read_out_of_chatter_otherwise(reg, query):
    assert top_match(reg, query) is None


def test_dictionary_words_after_a_name_are_no_request(reg):
    # one everyday word ("home") is no request: a product line or another company of the name's maker
    assert top_match(reg, "Zerbalox Home Appliances") is None


@pytest.mark.parametrize("query, expected", [
    ("Tresnova Specialized Auditors Ltd.", "AUDITORES ESPECIALIZADOS TRESNOVA LTDA."),
    ("Vardelo Spirit Ltd.", "ESPIRITU VARDELO LTDA."),
])
def test_an_english_word_is_its_romance_cognate(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_cognate_key_spelling_rules():
    from knowledge.lookup.alike import cognate_key, cognates
    assert cognate_key("especializados").startswith("speciali")
    assert cognates("pharmaceutical", "farmaceutica") and cognates("editions", "ediciones")
    assert not cognates("system", "sistine")         # a shared beginning shorter than a stem's


def test_a_word_sharing_less_than_a_stem_is_no_cognate(reg):
    assert top_match(reg, "Vardelo Spiral Ltd.") is None
