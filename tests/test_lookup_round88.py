"""The lookup's mechanism added in round lk88, on invented companies: a name spelt as Polish spells English sounds
("sz" for "sh", "cz" for "ch", "dż" for "j", "ł" for "w", "w" for "v", "j" for "y": "Szahwar Czemical" is SHAHVAR
CHEMICAL) read once more in English letters (words.yaml `letters_abroad` polish), kept only when it names a listed
name exactly."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import spelt_abroad_in_english
from tests.support import csl_registry, entity_row, matched_name

ROUND88 = [
    ("SHELVOR CHARTERING LIMITED", "", "London, GB"),
    ("WARNICK YACHT SERVICES LTD.", "", "Valletta, MT"),
    ("JOMBARI VENTURES", "", "Dubai, AE"),
    ("KRALOVIN TRADING CO.", "", "Limassol, CY"),
    ("SHAHVAR CHEMICAL INDUSTRIES", "", "Tehran, IR"),
    ("JAVID VAJEH SHIPPING", "", "Bandar Abbas, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND88)]
    r = csl_registry(tmp_path_factory.mktemp("round88"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Łarnick Jaczt Serwices LTD.", "WARNICK YACHT SERVICES LTD."),    # ł, j, cz, w
    ("Szahwar Czemical Industries", "SHAHVAR CHEMICAL INDUSTRIES"),    # sz, w, cz
])
def test_a_name_spelt_the_polish_way_is_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Szelvor Czartering Holdings",     # read in English letters, still no listed name exactly
    "Kralowin Szipping Co.",           # "Kralovin Shipping Co.": not the listed name
    "Łarnick Jaczt Brokers LTD.",
])
def test_a_polish_spelling_of_no_listed_name_is_no_match(reg, query):
    assert matched_name(reg, query) is None


def test_the_polish_reading_keeps_case_and_listed_words():
    readings = spelt_abroad_in_english("Łarnick Jaczt SZIPPING")
    assert "Warnick Yacht SHIPPING" in readings
    # a word a listed name has as written is kept as typed
    assert "Łarnick Yacht SZIPPING" in spelt_abroad_in_english("Łarnick Jaczt SZIPPING",
                                                               lambda w: w in {"łarnick", "szipping"})
