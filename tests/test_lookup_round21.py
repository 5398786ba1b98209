"""Lookup mechanisms found on train21's misses (eval/lookup/train21.jsonl), each tested here on invented names:
- a name as an index writes it, its article after a comma, is the name with the article in front (`index_articles`:
  "Zarvos, Los" is LOS ZARVOS, as "Zarvos" alone is not);
- a head office is an office (`branch_phrases`), and a word no dictionary, place list or company vocabulary knows
  before a branch or an office closing the query is a town too small for towns.txt ("... Ltd Velmsida branch"); a
  dictionary word there ("Holdings") is still another company;
- words of a request are chatter around a name (`everyday`: "sponsorship request from ... - any issues?", "do we
  have an OFAC issue with ...?", "... hit? need answer today", "is ... on the SDN list");
- Persian writes the "i" opening an Arabic word as "e": "Emam" is "Imam" in a short romanised word ("Bandar Emam
  Zorvanite" is BANDAR IMAM ZORVANITE);
- a slaughterhouse, garments and packaging are lines of business (`business_words`), Spanish "matadero",
  "confecciones" and "empaques" the words translated (`company_words`: "Velquoria Slaughterhouse Ltd." is MATADERO
  VELQUORIA LTDA.)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND21 = [
    ("LOS ZARVOS", "", "Culiacan, MX"),
    ("TRELVANO PROPERTIES LTD.", "", "Valletta, MT"),
    ("ZORVEX DIAMONDS (PRIVATE) LIMITED", "", "Harare, ZW"),
    ("AUTODROMO QUELVARA RACE PARK", "", "Culiacan, MX"),
    ("EMBRIVO", "", "Moscow, RU"),
    ("COMPRA VENTA ZELPEZ", "", "Cali, CO"),
    ("BANDAR IMAM ZORVANITE COMPANY", "", "Tehran, IR"),
    ("MATADERO VELQUORIA LTDA.", "", "Bogota, CO"),
    ("CONFECCIONES ROSA QUILMA LTDA.", "", "Cali, CO"),
    ("CIA. VELMORINA DE EMPAQUES LTDA.", "", "Bogota, CO"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND21)]
    r = csl_registry(tmp_path_factory.mktemp("round21"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Zarvos, Los", "LOS ZARVOS"),
    ("ZARVOS, LOS", "LOS ZARVOS"),
])
def test_an_index_writes_the_article_after_a_comma(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_an_article_after_a_comma_adds_no_other_word(reg):
    # the article is put in front, not anywhere: a word the name lacks is still another name
    assert top_match(reg, "Zarvos Bakery, Los") is None


@pytest.mark.parametrize("query, expected", [
    ("Zorvex Diamonds Harare head office", "ZORVEX DIAMONDS (PRIVATE) LIMITED"),
    ("Trelvano Properties Ltd. Velmsida branch", "TRELVANO PROPERTIES LTD."),
    ("Trelvano Properties Ltd Quormesos office", "TRELVANO PROPERTIES LTD."),
])
def test_an_office_in_a_town_no_list_knows(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_dictionary_word_before_a_branch_is_another_company(reg):
    assert top_match(reg, "Trelvano Properties Holdings branch") is None


@pytest.mark.parametrize("query, expected", [
    ("sponsorship request from Autodromo Quelvara Race Park - any issues?", "AUTODROMO QUELVARA RACE PARK"),
    ("do we have an OFAC issue with Embrivo?", "EMBRIVO"),
    ("Compra Venta Zelpez hit? need answer today", "COMPRA VENTA ZELPEZ"),
])
def test_request_words_are_chatter(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_persian_e_for_an_opening_i(reg):
    assert matched_name(reg, "Bandar Emam Zorvanite Company") == "BANDAR IMAM ZORVANITE COMPANY"


@pytest.mark.parametrize("query, expected", [
    ("Velquoria Slaughterhouse Ltd.", "MATADERO VELQUORIA LTDA."),
    ("Rosa Quilma Garments Ltd.", "CONFECCIONES ROSA QUILMA LTDA."),
    ("Velmorina Packaging Company Ltd.", "CIA. VELMORINA DE EMPAQUES LTDA."),
])
def test_spanish_lines_of_business_translated(reg, query, expected):
    assert matched_name(reg, query) == expected
