"""Lookup mechanisms found on train52's misses and the misses left of train ... train51 (eval/lookup/), tested here on
invented names:
- A town, then a branch or an office, closing the query but for where the entity is, after it (knowledge/lookup/
  index.py `_branch_of`, `_closing`): "Meridane Bank, Sorena Park branch Tehran" is MERIDANE BANK's branch, as
  "Meridane Bank, Sorena Park branch" was ("Tehran", in the entity's country, says where it is). Not a place elsewhere after the branch, not another word after it.
- A firm's name with one word inside left out when its first words are company words only (`_words_around_one`,
  `Index._around_one_entity`): "Grupo Velnaro, S.A. de C.V." is GRUPO INDUSTRIAL VELNARO, S.A. DE C.V. when no other
  entity's name both begins with "Grupo" and ends with "Velnaro". Not when another does, not two words left out, not
  company words only."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("MERIDANE BANK", "", "Tehran, IR"),
    ("KORVASH BANK", "", "Tehran, IR"),

    ("GRUPO INDUSTRIAL VELNARO, S.A. DE C.V.", "", "Monterrey, MX"),
    ("COMPLEJO HOTELERO BRISAMAR, S.A. DE C.V.", "", "Cancun, MX"),
    ("CONSULTORIA INTEGRAL LA RIVERA, SOCIEDAD CIVIL", "", "Culiacan, MX"),
    ("INVERSIONES COSTERAS PALMERAL S.A.", "", "Panama, PA"),
    ("INVERSIONES AGRICOLAS PALMERAL S.A.", "", "David, PA"),
    ("DESARROLLOS MINEROS INDUSTRIALES TOLVERA, S.A. DE C.V.", "", "Zacatecas, MX"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round51"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Meridane Bank, Sorena Park branch Tehran", "MERIDANE BANK"),
    ("Korvash Bank - Brazil Square branch, Tehran", "KORVASH BANK"),
    ("Meridane Bank - Valiasr Ave. branch (Tehran)", "MERIDANE BANK"),
])
def test_a_branch_then_where_the_entity_is(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Meridane Bank, Sorena Park branch, Kabul",         # a place elsewhere: a branch abroad may be another entity
    "Meridane Bank, Sorena Park branch (Iraq)",
    "Meridane Bank, Sorena Park branch Tehran Trading",  # a word after the town no place: more of another name
])
def test_a_branch_then_a_place_elsewhere_is_no_match(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Grupo Velnaro, S.A. de C.V.", "GRUPO INDUSTRIAL VELNARO, S.A. DE C.V."),
    ("Complejo Brisamar, S.A. de C.V.", "COMPLEJO HOTELERO BRISAMAR, S.A. DE C.V."),
    ("Consultoria La Rivera", "CONSULTORIA INTEGRAL LA RIVERA, SOCIEDAD CIVIL"),
])
def test_company_words_then_a_name_with_one_word_inside_left_out(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Inversiones Palmeral S.A.",        # two entities' names begin with "Inversiones" and end with "Palmeral"
    "Desarrollos Tolvera, S.A. de C.V.",  # two words left out
    "Grupo Hotelero Velnaro, S.A. de C.V.",  # another word in the place of the one left out
])
def test_company_words_then_a_name_says_no_other_name(reg, query):
    assert no_match(reg, query)
