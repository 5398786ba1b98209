"""Lookup mechanisms found on train11's misses (eval/lookup/train11.jsonl), each tested here on invented names: a
name then its town and country typed without a comma ("Widget Farm Chivhu Zimbabwe"), and a payment line opening
the text ("wire from ...", "invoice from ...": knowledge/vocab/words.yaml `everyday`) or a form's label ("supplier: ...")."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import asked_name, name_then_place
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND11 = [
    ("KESSIMORA 2 FARM", "", "Chivhu, ZW"),
    ("TORVELLI", "", "Turin, IT"),
    ("ZARVEX TELEPHONE COMPANY", "", "Mogadishu, SO"),
    ("EMPRESA DE TRANSPORTES VELMORA 2000 S.A.", "", "Lima, PE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND11)]
    r = csl_registry(tmp_path_factory.mktemp("round11"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Kessimora 2 Farm Chivhu Zimbabwe", "KESSIMORA 2 FARM"),            # town and country, no comma
    ("payment to Kessimora 2 Farm Chivhu Zimbabwe", "KESSIMORA 2 FARM"),
    ("wire from Torvelli Milan Italy", "TORVELLI"),                      # a payment line, then name, town, country
    ("invoice from Zarvex Telephone Co Mogadishu Somalia", "ZARVEX TELEPHONE COMPANY"),
    ("supplier: Empresa de Transportes Velmora 2000, Lima Peru", "EMPRESA DE TRANSPORTES VELMORA 2000 S.A."),  # a label
])
def test_a_name_then_its_town_and_country_without_a_comma(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Kessimora 2 Farm Chivhu Kenya",           # the country is another: a branch or another company
    "wire from Torvelli Milan Spain",
    "Kessimora Trading Farm Zimbabwe",         # the words before the country are no listed name
])
def test_a_name_then_a_town_of_another_country_is_no_match(reg, query):
    assert top_match(reg, query) is None


def test_how_a_town_and_country_without_a_comma_are_read():
    assert ("Widget Farm", "Chivhu Zimbabwe") in name_then_place("Widget Farm Chivhu Zimbabwe")
    # a company word is no town: "Trading Harare" stays with the name
    assert ("Widget", "Trading Harare Zimbabwe") not in name_then_place("Widget Trading Harare Zimbabwe")
    assert asked_name("wire from Widget Works Milan Italy") == "Widget Works Milan Italy"
    assert asked_name("invoice from Widget Works") == "Widget Works"
    # a form's label before a colon is no word of the name, though rigour reads "supplier" as a line of business
    assert asked_name("supplier: Widget Works") == "Widget Works"
    assert asked_name("Supplier Widget Works") is None
