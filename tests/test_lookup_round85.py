"""Lookup reading found on the misses left of train ... train82 (eval/lookup/), tested here on invented names:
- French writes the English "sh" as "ch" ("Tachkent", "Changhaï": Tashkent, Shanghai). A text nothing matched
  exactly is read once more in French letters, as lk83 and lk84 read German, Dutch and Hungarian ones
  (knowledge/vocab/words.yaml `letters_abroad`), and a listed name that reading finds exactly is the match.
- A listed word of no vowel is initials, read letter by letter: a typed word with vowels whose consonants sound as
  its letters do is not it (knowledge/lookup/alike.py `initials_heard`)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.alike import initials_heard
from knowledge.lookup.readings import spelt_abroad_in_english
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("TALVORAN SHIPPING CO", "", "Bandar Abbas, IR"),
    ("SHARVELIN TRADING LLC", "", "Dubai, AE"),
    ("KASHMOREN ELECTRIC", "", "Karachi, PK"),
    ("ZKRNTT", "", "Minsk, BY"),
    ("GBRTT", "", "Minsk, BY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round85"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Talvoran Chipping CO", "TALVORAN SHIPPING CO"),        # French "ch" for "sh" in a company word
    ("Charvelin Trading LLC", "SHARVELIN TRADING LLC"),      # ... and in a name's word
    ("Kachmoren Electric", "KASHMOREN ELECTRIC"),
])
def test_a_name_spelt_the_french_way_is_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_the_french_reading():
    assert "Talvoran Shipping" in spelt_abroad_in_english("Talvoran Chipping")
    # a word a listed name has stays as typed
    assert "China Shipping" in spelt_abroad_in_english("China Chipping", lambda w: w == "china")


@pytest.mark.parametrize("query", [
    "Talvoran Chipping Agency",            # the listed name's words and another: not found exactly
    "Charvelin Mining LLC",                # another line of business
    "Brochaven Chipping CO",               # an unlisted firm spelt the French way
    "Zakarnatu",                           # a word with vowels that sounds as the initials ZKRNTT: not them
    "Zikranota Trading",
    "쿠바라투",                             # Hangul read 'kubaratu': sounds as the initials GBRTT, not them
])
def test_these_readings_find_only_a_listed_name(reg, query):
    assert no_match(reg, query)


def test_initials_are_not_heard_as_a_word():
    assert initials_heard("kubanatu", "gbntt")
    assert not initials_heard("ntrk", "drc")          # typed without vowels too: the initials in another script
    assert not initials_heard("kubanatu", "cubanatu")
    assert initials_heard("kubaratu", "gbrtt")
