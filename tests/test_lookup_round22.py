"""Lookup mechanisms found on train22's misses (eval/lookup/train22.jsonl), each tested here on invented names:
- a depot is a branch (`branch_phrases`): a town, then a depot, closing the query after a firm's name found whole, is
  that firm's depot ("Velkran Tools Harare depot" is VELKRAN TOOLS LTD);
- a private joint stock company is a joint stock company (`legal_forms`: "Zorvelta Construction Private Joint Stock
  Co." leaves out no word of ZORVELTA CONSTRUCTION);
- words of a request are chatter around a name (`everyday`: "does ... appear on the SDN list", "... before
  shipment", "wire to ... on hold, check name");
- a refinery is a line of business (`business_words`), Arabic مصفاة and Spanish "refineria" the word translated
  (`company_words`: 'شركة مصفاة زلفار' is ZALFAR REFINERY COMPANY; "Veldarin Refinery S.A." found REFINERIA VELDARIN
  S.A. before, by the stem the two words share, and is kept as a guard);
- Spanish "complejo", "turistico", "hoteles", "farmacia", "maquinaria", "tecnica" and "edificaciones" are "complex",
  "tourist", "hotels", "pharmacy", "machinery", "technical" and "buildings" translated (`organisation_words`,
  `business_words`, `company_words`: "Quelvano Tourist Complex S.A. de C.V." is COMPLEJO TURISTICO QUELVANO, S.A. DE
  C.V.);
- a Russian adjective made of a town's name is that town, one made of a word "-al" of Latin root that word
  ("Krasnodarsky" is KRASNODAR, "Regionalny" REGIONAL: a name whose one word of its own is a town's), and
  "investitsionny" is "investment" translated (`company_words`)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND22 = [
    ("VELKRAN TOOLS LTD", "", "Harare, ZW"),
    ("ZORVELTA CONSTRUCTION", "", "Baku, AZ"),
    ("QUARNIVO TRADING S.A.", "", "Bogota, CO"),
    ("REFINERIA VELDARIN S.A.", "", "Caracas, VE"),
    ("COMPLEJO TURISTICO QUELVANO, S.A. DE C.V.", "", "Cancun, MX"),
    ("ZALFAR REFINERY COMPANY", "", "Homs, SY"),
    ("FARMACIA ZELMORA, S.A. DE C.V.", "", "Tijuana, MX"),
    ("MAQUINARIA TECNICA VORLAN LTDA.", "", "Medellin, CO"),
    ("EDIFICACIONES TRELQUIN LTDA.", "", "Bogota, CO"),
    ("KRASNODAR REGIONAL BANK", "", "Krasnodar, RU"),
    ("OMSK REGIONAL INVESTMENT BANK", "", "Omsk, RU"),
    ("VARTELSK INVESTMENT BANK", "", "Moscow, RU"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND22)]
    r = csl_registry(tmp_path_factory.mktemp("round22"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", ["Velkran Tools Harare depot", "Velkran Tools Qorvanti depot"])
def test_a_depot_is_a_branch(reg, query):
    assert matched_name(reg, query) == "VELKRAN TOOLS LTD"


def test_a_dictionary_word_before_a_depot_is_another_company(reg):
    assert top_match(reg, "Velkran Tools Holdings depot") is None


@pytest.mark.parametrize("query", ["Zorvelta Construction Private Joint Stock Co.",
                                   "Zorvelta Construction Private Joint Stock Company"])
def test_a_private_joint_stock_company_is_a_legal_form(reg, query):
    assert matched_name(reg, query) == "ZORVELTA CONSTRUCTION"


@pytest.mark.parametrize("query", [
    "hi, does Quarnivo Trading appear on the SDN list",
    "checking Quarnivo Trading before shipment",
    "wire to Quarnivo Trading on hold, check name",
])
def test_request_words_are_chatter(reg, query):
    assert matched_name(reg, query) == "QUARNIVO TRADING S.A."


@pytest.mark.parametrize("query, expected", [
    ("Veldarin Refinery S.A.", "REFINERIA VELDARIN S.A."),
    ("شركة مصفاة زلفار", "ZALFAR REFINERY COMPANY"),
])
def test_a_refinery_translated(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_refinery_is_not_any_refinery(reg):
    # a line of business names no one on its own
    assert top_match(reg, "Velmont Refinery S.A.") is None


@pytest.mark.parametrize("query, expected", [
    ("Quelvano Tourist Complex S.A. de C.V.", "COMPLEJO TURISTICO QUELVANO, S.A. DE C.V."),
    ("Zelmora Pharmacy S.A. de C.V.", "FARMACIA ZELMORA, S.A. DE C.V."),
    ("Vorlan Technical Machinery Ltd.", "MAQUINARIA TECNICA VORLAN LTDA."),
    ("Trelquin Buildings Ltd.", "EDIFICACIONES TRELQUIN LTDA."),
])
def test_spanish_company_words_translated(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Краснодарский региональный банк", "KRASNODAR REGIONAL BANK"),
    ("Krasnodarsky Regionalny Bank", "KRASNODAR REGIONAL BANK"),
    ("Vartelsk Investitsionny Bank", "VARTELSK INVESTMENT BANK"),
    ("ОАО «Омский региональный инвестиционный банк»", "OMSK REGIONAL INVESTMENT BANK"),
])
def test_russian_adjectives(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_russian_adjective_of_no_known_town_is_a_word_of_the_name(reg):
    assert top_match(reg, "Zelvansky Regional Bank") is None

