"""Lookup reading found on the misses left of train ... train80 (eval/lookup/), tested here on invented names:
- German and Dutch spell a foreign name with their own letters for the sounds English writes otherwise (German
  "dsch", "tsch", "sch", "j", "w" for "j", "ch", "sh", "y", "v"; Dutch "tsj", "sj", "dj", "oe", "j" for "ch", "sh",
  "j", "u", "y"). A text nothing matched exactly is read once more in each language's letters, its words that a
  listed name has kept as typed (knowledge/vocab/words.yaml `letters_abroad`, knowledge/lookup/index.py
  `spelt_abroad_in_english`, `Index._spelt_abroad_in_english`), and a listed name that reading finds exactly is the
  match. A reading that finds no listed name exactly finds nothing (lk109: but a listed name it names whole, every
  word there, some mistyped, tests/test_lookup_round109.py)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import spelt_abroad_in_english
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("JORVAKHAN TECH PARS", "", "Tehran, IR"),
    ("MIYON SHIPPING CO", "", "Bandar Abbas, IR"),
    ("MELVOKUR CHAIKAN TRADING", "", "Dubai, AE"),
    ("NOVAYORSK VELDAN PARTY", "", "Moscow, RU"),
    ("TUMAYA JUDA CONSTRUCTORA S.A.", "", "Havana, CU"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round83"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Dschorwakhan Tetsch Pars", "JORVAKHAN TECH PARS"),              # German "dsch", "tsch", "w"
    ("Mijon Schipping CO", "MIYON SHIPPING CO"),                      # German "j" for "y", "sch" for "sh"
    ("Mijon Sjipping CO", "MIYON SHIPPING CO"),                       # Dutch "j" for "y", "sj" for "sh"
    ("Melwokur Tschaikan Trading", "MELVOKUR CHAIKAN TRADING"),       # German "w", "tsch"
    ("Melvokur Tsjaikan Trading", "MELVOKUR CHAIKAN TRADING"),        # Dutch "tsj"
    ("Nowajorsk Weldan Partj", "NOVAYORSK VELDAN PARTY"),             # German "w", "j"
    ("Toemaja Djoeda Constructora S.A.", "TUMAYA JUDA CONSTRUCTORA S.A."),   # Dutch "oe", "j", "dj"
])
def test_a_name_spelt_the_german_or_dutch_way_is_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_each_language_is_read_apart_and_listed_words_stay_as_typed():
    # one reading per language: German reads "dsch" and "w", Dutch "oe"; a word a listed name has stays as typed
    # (the German and Dutch readings first, in words.yaml's order; later languages, lk84's Hungarian, after them)
    assert spelt_abroad_in_english("Dschahan Wolkoe")[:2] == ["Jahan Volkoe", "Dschahan Wolku"]
    # no Dutch letters in it (lk84's Hungarian reads its "s" as "sh", lk85's French its "ch" as "sh", readings no
    # listed name has)
    assert spelt_abroad_in_english("Jahan Tetsch", lambda w: w == "jahan")[:2] == ["Jahan Tech", "Jahan Tetshch"]
    assert spelt_abroad_in_english("SCHIPPING")[0] == "SHIPPING"
    assert spelt_abroad_in_english("Acme Trading") == []


@pytest.mark.parametrize("query", [
    "Dschorwakhan Tetsch Mining",          # another line of business: the reading finds no listed name exactly
    "Mijon Schipping Agency",              # the listed name's words and another's: not found exactly
    "Toemaja Constructora S.A.",           # part of a listed name, spelt the Dutch way: not the name
    "Nowajorsk Partj",                     # part of a listed name: not the name
    "Sorwalin Schipping CO",               # an unlisted name spelt the German way
])
def test_a_reading_in_english_letters_finds_only_a_whole_listed_name(reg, query):
    assert no_match(reg, query)
