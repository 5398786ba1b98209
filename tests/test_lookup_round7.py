"""The lookup's mechanisms added with the seventh set of unseen names (train7), each on invented companies: Korean
names romanised two ways, a coined word of one entity's names that says which entity though the query leaves words
of the name out, three dictionary words beside a coined word of a name that are a phrase, no part of it, and one word
alike by sound alone among company words; a place alone is no ship named after it; three dotted initials are one word; a country's name
rigour's territories know is no word of a name."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.lists import import_file
from knowledge.lookup import Registry
from tests.support import CSL_HEADER, EL, csl_row

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


def row(n: int, name: str, alt: str = "", kind: str = "") -> str:
    line = csl_row(f"r{n}", EL, name, alt)
    if kind:
        cells = line.split('","')
        cells[3] = kind
        line = '","'.join(cells)
    return line


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    path = tmp_path_factory.mktemp("round7") / "csl.csv"
    rows = [row(n, *spec) for n, spec in enumerate(NAMES)]
    rows += [row(len(NAMES) + n, name, "", "Vessel") for n, name in enumerate(VESSELS)]
    path.write_text(CSL_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    r = Registry.open(path.parent / "registry.sqlite3")
    import_file(r, path, as_of=date(2024, 1, 1))
    yield r
    r.close()


def top(reg, q):
    ms = reg.lookup(q)
    return ms[0] if ms and ms[0].match else None


def name_of(reg, q):
    m = top(reg, q)
    return m.entity.name if m else None


@pytest.mark.parametrize("query, expected", [
    ("Tokpyongri Shipping Co Ltd", "THOKPHYONGRI SHIPPING CO LTD"),     # McCune-Reischauer's aspirated "th", "ph"
    ("Jinsok Joint Bank", "CHINSOK JOINT BANK"),                          # its "ch" for "j"
])
def test_a_korean_name_romanised_with_or_without_mccune_reischauers_marks(reg, query, expected):
    assert name_of(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Kordavinex", "KORDAVINEX CONSULTANT ENGINEERS INSTITUTE"),
    ("Zorvatek Maritime", "KOREA ZORVATEK MARITIME LTD"),
    ("Velmorani Industries", "SHAHID VELMORANI INDUSTRIES"),
    ("Quendralis", "GRUPO TERAPEUTICO QUENDRALIS, S.A. DE C.V."),
])
def test_a_coined_word_of_one_entitys_names_says_which_entity(reg, query, expected):
    assert name_of(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Marble",                 # a dictionary word: another company sharing a word
    "Hazelford",              # two dictionary words written as one ("hazel", "ford"), as people name companies
    "casa de cambio",         # the coined word does not open the query: a phrase
    "Brixolent",              # a word of two entities' names
    "Kordavinex Solar",       # a word the name lacks
    "Zorvatek Maritime LLC",  # written whole with its legal form: the name's words it lacks make another company
])
def test_no_coined_word_of_one_entity_names_no_one(reg, query):
    assert top(reg, query) is None


def test_three_dictionary_words_beside_a_coined_word_of_the_name_are_a_phrase(reg):
    assert top(reg, "duty free shop") is None
    # the name's own first word among them is a part of it
    assert name_of(reg, "Cascade for Water Treatment") == "CASCADE FOR WATER TREATMENT AND ENVIRONMENTAL SERVICES SARL"


def test_one_word_among_company_words_alike_by_sound_alone_names_no_one(reg):
    # 'tarso' and 'trosse' share the sound code TRS and little else
    assert top(reg, "Grupo Tarso") is None
    assert name_of(reg, "La Trosse Group") == "LA TROSSE GROUP INC"


def test_a_place_alone_names_no_ship_named_after_it(reg):
    assert reg.index().entities[reg.lookup("Zorvalia")[0].entity.id].type == "Vessel"
    assert top(reg, "Barranquilla") is None           # the city, though a listed ship has its name
    assert top(reg, "Мурманск") is None               # in Cyrillic too
    assert name_of(reg, "Zorvalia") == "ZORVALIA"     # a ship's own name


def test_three_dotted_initials_are_one_word_unless_a_legal_form(reg):
    assert name_of(reg, "ESP Builders") == "E.S.P. BUILDERS"    # not "E" and the legal form "S.P."
    assert name_of(reg, "Dravenco SARL") == "DRAVENCO S.A.R.L."       # a legal form stays one
    assert name_of(reg, "Dravenco") == "DRAVENCO S.A.R.L."


def test_a_country_rigours_territories_name_is_no_word_of_a_name(reg):
    # "Korea" (rigour's tagger leaves it untagged: two countries have it) and company words name no one but whole
    assert top(reg, "Korea Investment Bank") is None
    assert name_of(reg, "Korea United Investment Bank") == "KOREA UNITED INVESTMENT BANK"
