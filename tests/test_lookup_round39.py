"""Lookup mechanisms found on train40's misses and the misses left of train ... train39 (eval/lookup/), each tested
here on invented names:
- A legal form with one of its words typed one letter wrong (knowledge/lookup/normalise.py `_legal_form_typos`, read
  on queries only, by `analyse_typed` from Index.analyse_query):
  "Limmited", "Sociedad Civl", "Charitible Organization" are the legal forms rigour (or words.yaml `legal_forms`)
  reads, spelled right; a word no dictionary has, one letter from the one dictionary word that makes it a legal
  form, with no other word of the name changed. The name's own words are never read so ("Civic" is a word), nor its
  first word, and another name with the legal form typed wrong names no one.
- A request opening with its chatter ("pls check ...") closes at a dash standing apart after a name of two words or
  more (`asked_name`): what follows the dash is what the asker adds ("pls check Widget Works - new catering
  vendor"). After one word the dash may be the name's own, and another name before the dash names no one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import analyse, analyse_typed, asked_name
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("BRAVOTEK LIMITED", "", "Nicosia, CY"),
    ("HELMARO TRADING, SOCIEDAD CIVIL", "", "Bogota, CO"),
    ("OSTRAVEN CHARITABLE ORGANIZATION, INC.", "", "Chicago, US"),
    ("QUILLORA SPICE HOUSE", "", "Dubai, AE"),
    ("TARVISH OCEAN FREIGHT", "", "Karachi, PK"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round39"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Bravotek Limmited", "BRAVOTEK LIMITED"),
    ("Bravotek Limitd", "BRAVOTEK LIMITED"),          # (rigour knows this one: passes before too)
    ("Helmaro Trading Sociedad Civl", "HELMARO TRADING, SOCIEDAD CIVIL"),
    ("Ostraven Charitible Organization, Inc.", "OSTRAVEN CHARITABLE ORGANIZATION, INC."),
])
def test_legal_form_typed_one_letter_wrong(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Norwind Limmited",                           # another name, the legal form typed wrong
    "Helmaro Shipping Sociedad Civl",             # a name sharing a word
    "Pellaron Charitible Organization, Inc.",
])
def test_legal_form_typed_wrong_names_no_one_else(reg, query):
    assert no_match(reg, query)


def test_legal_form_typo_reads_only_a_legal_form():
    assert analyse_typed("Acme Trading Limmited").key == analyse("Acme Trading Limited").key
    assert analyse_typed("Acme Sociedad Civl").key == analyse("Acme Sociedad Civil").key
    assert analyse_typed("Goodwin Charitible Organization").key == analyse("Goodwin Charitable Organization").key
    # a dictionary word is the name's own, though one letter from a legal form's ("civic", "civil")
    assert analyse_typed("Acme Civic").key == "acme civic"
    # one letter from a dictionary word that no legal form has is left as typed
    assert "quillorra" in analyse_typed("Quillorra Spice House").key


def test_legal_form_typo_is_read_on_queries_only():
    # a listed name is read as it is written (the index is built with `analyse`); a query with the typo still finds
    # the listed name through Index.analyse_query
    assert "limmited" in analyse("Acme Trading Limmited").key
    assert analyse("Acme Trading Limmited").key != analyse("Acme Trading Limited").key


@pytest.mark.parametrize("query, expected", [
    ("pls check quillora spice house - new catering vendor", "QUILLORA SPICE HOUSE"),
    ("pls screen tarvish ocean freight - they're on the shipment docs", "TARVISH OCEAN FREIGHT"),
    ("wire to Tarvish Ocean Freight - Karachi port", "TARVISH OCEAN FREIGHT"),   # (a place: passes before too)
])
def test_request_closes_at_a_dash_after_the_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "pls check quillora pepper house - new catering vendor",     # another name sharing words
    "pls screen tarvish air cargo - they're on the shipment docs",
])
def test_dash_after_another_name_names_no_one(reg, query):
    assert no_match(reg, query)


def test_dash_after_one_word_may_be_the_names_own():
    assert asked_name("pls check quillora spice house - new catering vendor") == "quillora spice house"
    # one word before the dash: what follows may be the name's ("pls check IRI - Middle East Lines")
    assert asked_name("pls check Korvax - Middle East Shipping Lines") != "Korvax"
