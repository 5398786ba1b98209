"""Lookup mechanisms found on train17's misses (eval/lookup/train17.jsonl), each tested here on invented names:
- "Technique" and "Technic", as the lists write them, are the company word rigour reads in "Teknik" and "Technik"
  (DOMAIN:TECH), the Turkish and Persian romanisation writing them with a "k" (`company_words`);
- Spanish "aerolineas" and "diseno" are "airlines" and "design" translated (`company_words`);
- a verb of sending goods in a request ("can we ship to ...", "ok to send to ...") is chatter around the name
  (`everyday`)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND17 = [
    ("KARVESH TECHNIQUE", "", "Tehran, IR"),
    ("ZOLVAN TECHNIC MANUFACTURING COMPANY", "", "Isfahan, IR"),
    ("AEROLINEAS VELMORA, S.A. DE C.V.", "", "Monterrey, MX"),
    ("ARTE Y DISENO DE TALMAR S.A. DE C.V.", "", "Culiacan, MX"),
    ("KELDRANO TRADING LTD", "", "Valletta, MT"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND17)]
    r = csl_registry(tmp_path_factory.mktemp("round17"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Karvesh Teknik", "KARVESH TECHNIQUE"),
    ("Zolvan Teknik Manufacturing Company", "ZOLVAN TECHNIC MANUFACTURING COMPANY"),
])
def test_teknik_is_technique_romanised(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Velmora Airlines S.A. de C.V.", "AEROLINEAS VELMORA, S.A. DE C.V."),
    ("Talmar Art and Design S.A. de C.V.", "ARTE Y DISENO DE TALMAR S.A. DE C.V."),
])
def test_spanish_company_words_typed_in_english(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_another_word_is_still_another_name(reg):
    # a word the name lacks is no translation of its words
    assert top_match(reg, "Talmar Art and Fashion S.A. de C.V.") is None


@pytest.mark.parametrize("query", [
    "can we ship to Keldrano Trading Ltd?",
    "ok to send to Keldrano Trading Ltd?",
])
def test_a_shipping_verb_is_chatter(reg, query):
    assert matched_name(reg, query) == "KELDRANO TRADING LTD"


def test_shipping_verbs_as_read():
    from knowledge.lookup.normalise import asked_name
    assert asked_name("can we ship to Widget Works Ltd?") == "Widget Works Ltd"
    assert asked_name("sent to Widget Works GmbH: ok?") == "Widget Works GmbH"
