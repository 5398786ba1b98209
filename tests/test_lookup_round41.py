"""Lookup mechanisms found on train42's misses and the misses left of train ... train41 (eval/lookup/), tested here on
invented names:
- An office or a branch in a quarter or on a street named after a person, two words and no street word
  (knowledge/lookup/towns.py `unknown_town`): a listed name found whole, then two words of a name, no company word,
  place or country, at least one of them no dictionary word, then a branch or an office closing the query, is the
  firm's office there, no other legal person. Two dictionary words ("Golden Gate") may say what kind of branch, and
  another name before the two words names no one.
- A Korean name in the Revised Romanisation (knowledge/lookup/normalise.py `revised_korean_keys`;
  knowledge/vocab/words.yaml `korean_revised_vowels`, `korean_revised_initials`): a word with the Revised
  Romanisation's own vowels ("eo", "eu") is also read as McCune-Reischauer writes it, as the lists write North Korean
  names ("Geumdeoksan" is KUMDOKSAN, "Neungseong" RUNGSONG); a word without them is not."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import korean_romanised, revised_korean_keys
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("PARDISAN BANK", "", "Tehran, IR"),
    ("BANK KHORVASH", "", "Tehran, IR"),
    ("KOREA KUMDOKSAN SHIPPING CO", "", "Pyongyang, KP"),
    ("KOREA TAEHUNG MARITIME LTD", "", "Pyongyang, KP"),
    ("KOREA RUNGSONG TRADING COMPANY", "", "Pyongyang, KP"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round41"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Pardisan Bank Jalal Moradi branch", "PARDISAN BANK"),
    ("Pardisan Bank Vali Kermani branch", "PARDISAN BANK"),       # "Vali" is a dictionary word, "Kermani" none
    ("Bank Khorvash Sepahbod Namdari branch", "BANK KHORVASH"),
])
def test_office_in_a_quarter_of_two_words_is_the_firms(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Pardisan Trading Jalal Moradi branch",       # another name before the two words
    "Khorvash Exchange Jalal Moradi branch",
    "Pardisan Bank Investment Moradi branch",     # a company word is no quarter's name
])
def test_office_in_a_quarter_of_another_name_names_no_one(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Korea Geumdeoksan Shipping Co", "KOREA KUMDOKSAN SHIPPING CO"),
    ("Korea Neungseong Trading Company", "KOREA RUNGSONG TRADING COMPANY"),   # the North keeps the opening "r"
])
def test_revised_romanisation_finds_the_listed_korean_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Korea Geumsong Shipping Co",                 # another Korean name, read either way
    "Korea Daeheung Trading Company",             # the name of one firm, the trade of another
])
def test_revised_romanisation_of_another_name_names_no_one(reg, query):
    assert no_match(reg, query)


def test_revised_korean_keys():
    assert korean_romanised("kumdoksan") in revised_korean_keys("geumdeoksan")
    assert korean_romanised("rungsong") in revised_korean_keys("neungseong")
    assert revised_korean_keys("kumsan") == ()        # no vowel of the Revised Romanisation: not read so
    assert revised_korean_keys("gadong") == ()
