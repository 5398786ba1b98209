"""Lookup mechanism found on train41's misses and the misses left of train ... train40 (eval/lookup/), tested here on
invented names:
- An office or a branch on a street, an avenue, a square or in a valley (knowledge/lookup/towns.py `unknown_town`,
  `_street_word`): a listed name found whole, then one word or two of a street's name (a person's, a town's or a
  country's) and the word closing it that says it is a street (rigour's address words: "Street", "Avenue", "Square",
  "Road") or an area (knowledge/vocab/words.yaml `area_words`: "Valley"), then a branch or an office closing the
  query, is that name's office there, no other legal person. A company word is no street's name ("Widget Bank
  Trading Avenue branch" is left), a compass point no street word, and another name before the street names no
  one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.towns import _street_word
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("KORVANDI BANK", "", "Tehran, IR"),
    ("BANK TASHVIRAN", "", "Tehran, IR"),
    ("MERLOTA CREDIT BANK", "", "Damascus, SY"),
    ("JAMIYAT AL-QORVEN", "", "Beirut, LB"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round40"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Korvandi Bank Shariati Avenue branch", "KORVANDI BANK"),
    ("Bank Tashviran Kenya Square branch", "BANK TASHVIRAN"),          # a square named after a country
    ("Merlota Credit Bank Baghdad Street branch", "MERLOTA CREDIT BANK"),
    ("Merlota Credit Bank Abu Rummaneh Road branch", "MERLOTA CREDIT BANK"),   # two words of the street's name
    ("Jamiyat al-Qorven Hermel Valley branch", "JAMIYAT AL-QORVEN"),   # words.yaml `area_words`
])
def test_office_on_a_street_is_the_firms(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Korvandi Group Shariati Avenue branch",      # another name before the street
    "Tashviran Trading Kenya Square branch",
    "Merlota Exchange Baghdad Street office",
])
def test_office_on_a_street_of_another_name_names_no_one(reg, query):
    assert no_match(reg, query)


def test_street_words():
    assert _street_word("avenue") and _street_word("street") and _street_word("square") and _street_word("road")
    assert _street_word("valley")                 # an area, from words.yaml `area_words`
    assert not _street_word("north")              # a compass point (rigour's 'n')
    assert not _street_word("branch") and not _street_word("office")   # an office's own words
    assert not _street_word("widget")
