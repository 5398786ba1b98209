"""Lookup mechanisms found on train55's misses and the misses left of train ... train54 (eval/lookup/), tested here on
invented names:
- An office or a branch on premises named by a building or a zone, closing the text or with the town after it
  (knowledge/vocab/words.yaml `premises_words`, read by knowledge/lookup/towns.py `unknown_town` as a street word
  is): "Dravonex Mining - Kelvor House office, Harare" is DRAVONEX MINING's office in Kelvor House, "Zarvesh Airlines
  Golbahar Airport ticket office" ZARVESH AIRLINES' office at the airport. Not a building word alone (the firm's own
  line of business, no premises), not premises named by a company word ("Trading House": another firm), not premises
  with a town elsewhere after them.
- A name in a field of a text written as a line of fields, two separators or more (';', '/', '|': a payment line, a
  pasted record; `Index._in_fields`): "Korvane Tankers FZE;Fujairah;AED 12,500;pending" is KORVANE TANKERS FZE, the
  longest run of a field's words that a company's name is exactly, every other word of the field a code, a label,
  chatter or a town. Not with a company word or a word of a name beside it in the field (another firm), not with a
  town elsewhere, beside it or in a field of its own, not with one separator ("J/V" is a word)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("DRAVONEX MINING", "", "Harare, ZW"),
    ("TELMARO CREDIT BANK", "", "Pyongyang, KP"),
    ("ZARVESH AIRLINES", "", "Tehran, IR"),
    ("KESHARAN SHIPPING LINES", "", "Bandar Anzali, IR"),
    ("NORVEL FREE ZONE COMPANY", "", "Dubai, AE"),
    ("KORVANE TANKERS FZE", "", "Fujairah, AE"),
    ("VELDRIN CIGARS TRADE", "", "Havana, CU"),
    ("TALVORE INTERTRADE COMPANY SA", "", "Pully, CH"),
    ("OCEAN BELMARO JV CO", "", "Dubai, AE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round54"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Dravonex Mining - Kelvor House office, Harare", "DRAVONEX MINING"),
    ("Telmaro Credit Bank - Ryonhwa Hotel office, Pyongyang", "TELMARO CREDIT BANK"),
    ("Zarvesh Airlines Golbahar Airport ticket office", "ZARVESH AIRLINES"),
    ("Kesharan Shipping Lines Norvel Free Zone office", "KESHARAN SHIPPING LINES"),
])
def test_an_office_on_premises_named_by_a_building_or_a_zone(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Dravonex Mining Hotel office",                       # a building word alone: no premises named
    "Dravonex Mining - Trading House office, Harare",     # premises named by a company word: another firm's
    "Dravonex Mining - Kelvor House office, Lima",        # a town elsewhere after the office
    "Telmaro Credit Bank - Ryonhwa Hotel office (Beijing)",
])
def test_premises_not_named_so_are_no_match(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Korvane Tankers FZE;Fujairah;AED 12,500;pending", "KORVANE TANKERS FZE"),
    ("/BNF/ VELDRIN CIGARS TRADE  REF 44120 pls release", "VELDRIN CIGARS TRADE"),
    ("TRF/REF 55231/BEN TALVORE INTERTRADE CO SA PULLY/INV 318", "TALVORE INTERTRADE COMPANY SA"),
])
def test_a_name_in_a_field_of_a_line(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Korvane Tankers Group FZE;Fujairah;AED 12,500;pending",       # a company word beside the name
    "Korvane Tankers Belmaro FZE;Fujairah;AED 12,500;pending",     # a word of a name beside it
    "Korvane Tankers FZE;Lima;AED 12,500;pending",                 # a town elsewhere, a field of its own
    "TRF/REF 55231/BEN TALVORE INTERTRADE CO SA LIMA/INV 318",     # a town elsewhere beside the name
    "Ocean Belmaro J/V Co. Zarvelo pending",                       # one separator: no fields
])
def test_a_field_with_more_of_a_name_is_no_match(reg, query):
    assert no_match(reg, query)
