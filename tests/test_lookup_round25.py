"""Lookup mechanisms found on train25's misses and the misses left of train ... train24 (eval/lookup/), each tested
here on invented names:
- a name typed wholly in another script than the lists' Latin letters (Cyrillic, Arabic, Persian, ...) was
  transliterated, letter for letter or by sound, and has no Latin spelling of its own: a word of it found by sound,
  by a romanised key or by its consonants counts as that word, surer than a Latin spelling by sound ("Трейплс СА" is TRAPLES SA, "Комерсиаль Вимекс" COMERCIAL VIMEX, S.A.). One bare word in an alphabet
  that writes every vowel, with no legal form, is still spelt as typed ("Доршен" is no DORSHAAN), and a name typed
  in Latin letters is spelt as typed ("Treypls SA" is no TRAPLES SA);
- a firm's name without its first words, its last words typed as written, two at least and a coined word among
  them, is that name: the words in front say what kind of firm or whose it is ("Velkhani and Associates" is JOINT
  PARTNERSHIP OF DARIUSH VELKHANI AND ASSOCIATES, "Importadora Yuzeni" COMERCIALIZADORA E IMPORTADORA YUZENI).
  Not dictionary words only ("Golden Harvest"), not one word, not a company word, a preposition and a word
  ("casa de cambio", how the Romance languages say what a firm does), not the last words of a person's name."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND25 = [
    ("TRAPLES SA", "", "Panama City, PA"),
    ("COMERCIAL VIMEX, S.A.", "", "Havana, CU"),
    ("DORSHAAN TRADING COMPANY", "", "Kabul, AF"),
    ("JOINT PARTNERSHIP OF DARIUSH VELKHANI AND ASSOCIATES", "", "Tehran, IR"),
    ("GRUPO MBX - KAZUB CENTRE", "", "Lusaka, ZM"),
    ("COMERCIALIZADORA E IMPORTADORA YUZENI, S.A. DE C.V.", "", "Culiacan, MX"),
    ("ZORVAL CASA DE CAMBIO", "", "Culiacan, MX"),
    ("ZORVEX GOLDEN HARVEST", "", "Lagos, NG"),
]
# a person whose name has the firm's coined word: no one entity's word, so the name's last words are what is found
PEOPLE = ["VELKHANI, Dariush", "ZELKO TADVAR, Ali"]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND25)]
    rows += [entity_row(len(ROUND25) + n, name, kind="Individual") for n, name in enumerate(PEOPLE)]
    r = csl_registry(tmp_path_factory.mktemp("round25"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Трейплс СА", "TRAPLES SA"),                       # 'treipls' by sound, with its legal form
    ("Комерсиаль Вимекс", "COMERCIAL VIMEX, S.A."),      # two words, each by sound
])
def test_a_name_typed_in_another_script(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Доршен",          # one bare word in Cyrillic, another vowel: spelt as typed
    "Treypls SA",      # typed in Latin letters: a spelling otherwise is a choice, not a transliteration
])
def test_no_transliteration_reading_otherwise(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Velkhani and Associates", "JOINT PARTNERSHIP OF DARIUSH VELKHANI AND ASSOCIATES"),
    ("Kazub Centre", "GRUPO MBX - KAZUB CENTRE"),      # a coined word of five letters
    ("Importadora Yuzeni", "COMERCIALIZADORA E IMPORTADORA YUZENI, S.A. DE C.V."),
])
def test_a_name_without_its_first_words(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "casa de cambio",     # a company word, a preposition and a word: what a firm does, in Spanish
    "Golden Harvest",     # dictionary words only: a phrase
    "Associates",         # one word
    "Velkhani Centre",    # not the name's last words as written
    "Tadvar",             # one word, a person's last
])
def test_no_trailing_words_otherwise(reg, query):
    assert top_match(reg, query) is None
