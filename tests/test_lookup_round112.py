"""The lookup's reading widened with round lk112, on invented companies: a listed name with one company word written
in a language no vocabulary has (Index._company_word_translated, lk89) is read with the listed word in its place
when one word of a name is typed beside it, if the name's legal form is typed too and is the listed name's own
("Tavrenko Verkfræði Company Limited", Icelandic "verkfræði", engineering); and, a legal form typed, a vessel, an
aircraft or a person, which have none, is no other entity sharing the name's words. The name with another legal form
or none, a word two listed firms share, or a firm no list has, is still not flagged."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("TAVRENKO ENGINEERING COMPANY LIMITED", "", "Limassol, CY", ""),
    ("DORVESTA ENGINEERING LTD", "", "Dubai, AE", ""),
    ("KELMARO ENGINEERING LIMITED", "", "Valletta, MT", ""),
    ("KELMARO", "", "", "Vessel"),
    ("PALVERO ENGINEERING LTD", "", "Limassol, CY", ""),
    ("PALVERO HOLDINGS LTD", "", "Limassol, CY", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address, kind=kind) for n, (name, alt, address, kind) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round112"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Tavrenko Verkfræði Company Limited", "TAVRENKO ENGINEERING COMPANY LIMITED"),   # Icelandic: engineering
    ("Dorvesta Inžinerija LTD", "DORVESTA ENGINEERING LTD"),                         # Lithuanian: engineering
])
def test_one_name_word_and_the_legal_form_read_the_translated_word(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_vessel_sharing_the_name_is_no_other_company(reg):
    # KELMARO the vessel has no legal form: "... Limited" names the company
    assert matched_name(reg, "Kelmaro Verkfræði Limited") == "KELMARO ENGINEERING LIMITED"


@pytest.mark.parametrize("query", [
    "Tavrenko Verkfræði",                  # no legal form: one word beside it is too little to go by
    "Tavrenko Verkfræði Inc",              # another legal form than the listed name's
    "Dorvesta Inžinerija GmbH",
    "Kelmaro Verkfræði",
    "Palvero Inžinerija Ltd",              # two listed firms of that word: which one is not said
    "Velkoran Verkfræði Company Limited",  # no listed name's word
])
def test_a_translated_word_flags_no_other_firm(reg, query):
    assert no_match(reg, query)
