"""Lookup reading found on train62 and the misses left of train ... train61 (eval/lookup/), tested here on invented
names:
- A name romanised with the English spellings of long vowels ("oo"/"ou" for "u", "ee" for "i") is the listed name
  romanised without them, compared whole (knowledge/lookup/skeleton.py, words.yaml `spelling_skeleton`), read only
  when nothing else matched.
  Guard: a skeleton of fewer than six letters is no match ("Kool" is not KUL)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("ZARVIQ KUSHAN", "", "Tehran, IR"),
    ("SURIN TIMAK", "", "Tehran, IR"),
    ("BUTAN ZIRAK", "", "Tehran, IR"),
    ("FIRUZ KAMILI", "", "Tehran, IR"),
    ("KUL", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round61"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Zarveeq Kooshan", "ZARVIQ KUSHAN"),
    ("Sooreen Teemak", "SURIN TIMAK"),
    ("Bootan Zeerak", "BUTAN ZIRAK"),
    ("Feerooz Kameeli", "FIRUZ KAMILI"),
])
def test_english_long_vowels_read_whole(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_skeleton_under_six_letters_is_no_match(reg):
    assert no_match(reg, "Kool")
