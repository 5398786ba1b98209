"""The lookup's mechanisms added with the seventh set of unseen names (train7), each on invented companies: Korean
names romanised two ways, a coined word of one entity's names that says which entity though the query leaves words
of the name out, three dictionary words beside a coined word of a name that are a phrase, no part of it, and one word
alike by sound alone among company words; a place alone is no ship named after it; three dotted initials are one word; a country's name
rigour's territories know is no word of a name."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

NAMES = [
    ("THOKPHYONGRI SHIPPING CO LTD", ""),
    ("CHINSOK JOINT BANK", ""),
    ("KORDAVINEX CONSULTANT ENGINEERS INSTITUTE", ""),
    ("KOREA ZORVATEK MARITIME LTD", ""),
    ("SHAHID VELMORANI INDUSTRIES", ""),
    ("GRUPO TERAPEUTICO QUENDRALIS, S.A. DE C.V.", ""),
    ("DONA-MARBLE TRADING", ""),
    ("ZORVAL CONSULTORES CASA DE CAMBIO", ""),
    ("BRIXOLENT HOLDINGS", ""),
    ("BRIXOLENT FARM", ""),
    ("HAZELFORD SENSOR TECHNOLOGY", ""),
    ("VORANEK DUTY FREE SHOP LTD", ""),
    ("CASCADE FOR WATER TREATMENT AND ENVIRONMENTAL SERVICES SARL", ""),
    ("LA TROSSE GROUP INC", ""),
    ("E.S.P. BUILDERS", ""),
    ("KAY ZONE BUILDERS AND DEVELOPERS", ""),
    ("DRAVENCO S.A.R.L.", ""),
    ("KOREA UNITED INVESTMENT BANK", ""),
]


VESSELS = ["BARRANQUILLA", "MURMANSK", "ZORVALIA"]      # ships: one named after a city (GeoNames'), one not


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, *spec) for n, spec in enumerate(NAMES)]
    rows += [entity_row(len(NAMES) + n, name, kind="Vessel") for n, name in enumerate(VESSELS)]
    r = csl_registry(tmp_path_factory.mktemp("round7"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Tokpyongri Shipping Co Ltd", "THOKPHYONGRI SHIPPING CO LTD"),     # McCune-Reischauer's aspirated "th", "ph"
    ("Jinsok Joint Bank", "CHINSOK JOINT BANK"),                          # its "ch" for "j"
])
def test_a_korean_name_romanised_with_or_without_mccune_reischauers_marks(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Kordavinex", "KORDAVINEX CONSULTANT ENGINEERS INSTITUTE"),
    ("Zorvatek Maritime", "KOREA ZORVATEK MARITIME LTD"),
    ("Velmorani Industries", "SHAHID VELMORANI INDUSTRIES"),
    ("Quendralis", "GRUPO TERAPEUTICO QUENDRALIS, S.A. DE C.V."),
])
def test_a_coined_word_of_one_entitys_names_says_which_entity(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Marble",                 # a dictionary word: another company sharing a word
    "Hazelford",              # two dictionary words written as one ("hazel", "ford"), as people name companies
    "casa de cambio",         # the coined word does not open the query: a phrase
    "Brixolent",              # a word of two entities' names
    "Kordavinex Solar",       # a word the name lacks
    "Zorvatek Maritime LLC",  # written whole with its legal form: the name's words it lacks make another company
])
def test_no_coined_word_of_one_entity_names_no_one(reg, query):
    assert top_match(reg, query) is None


def test_three_dictionary_words_beside_a_coined_word_of_the_name_are_a_phrase(reg):
    assert top_match(reg, "duty free shop") is None
    # the name's own first word among them is a part of it
    assert matched_name(reg, "Cascade for Water Treatment") == "CASCADE FOR WATER TREATMENT AND ENVIRONMENTAL SERVICES SARL"


def test_one_word_among_company_words_alike_by_sound_alone_names_no_one(reg):
    # 'tarso' and 'trosse' share the sound code TRS and little else
    assert top_match(reg, "Grupo Tarso") is None
    assert matched_name(reg, "La Trosse Group") == "LA TROSSE GROUP INC"


def test_a_place_alone_names_no_ship_named_after_it(reg):
    assert reg.index().entities[reg.lookup("Zorvalia")[0].entity.id].type == "Vessel"
    assert top_match(reg, "Barranquilla") is None           # the city, though a listed ship has its name
    assert top_match(reg, "Мурманск") is None               # in Cyrillic too
    assert matched_name(reg, "Zorvalia") == "ZORVALIA"     # a ship's own name


def test_three_dotted_initials_are_one_word_unless_a_legal_form(reg):
    assert matched_name(reg, "ESP Builders") == "E.S.P. BUILDERS"    # not "E" and the legal form "S.P."
    assert matched_name(reg, "Dravenco SARL") == "DRAVENCO S.A.R.L."       # a legal form stays one
    assert matched_name(reg, "Dravenco") == "DRAVENCO S.A.R.L."


def test_a_country_rigours_territories_name_is_no_word_of_a_name(reg):
    # "Korea" (rigour's tagger leaves it untagged: two countries have it) and company words name no one but whole
    assert top_match(reg, "Korea Investment Bank") is None
    assert matched_name(reg, "Korea United Investment Bank") == "KOREA UNITED INVESTMENT BANK"
