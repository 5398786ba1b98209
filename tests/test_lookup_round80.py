"""Lookup mechanisms of round lk80 (eval/lookup/ train ... train77), tested here on invented names:
- A name written with a letter that Czech, Slovak, Slovene, Croatian, Serbian Latin, Lithuanian, Latvian and Polish
  spelling and the scholarly transliteration of Cyrillic and Arabic write for English "ch", "sh", "zh" or "j"
  (knowledge/vocab/words.yaml `caron_letters`: "č", "š", "ž", "ż", "dž", "dż"), which normalisation folds to "c", "s",
  "z", "dz": read once more with the English letters ("Kiš" is "Kish") when nothing matched it exactly
  (knowledge/lookup/readings.py `caron_letters_in_english`, `Index._caron_letters_in_english`).
- The ordinary word for a company's branch in Malay ("cawangan"), Tagalog ("sangay"), Maltese ("fergħa") and Japanese
  in Latin letters ("shiten"), read among words.yaml `branch_words` as "branch" and "sucursal" are (`_branch_of`): a
  firm's name found whole, then the branch word and where the branch is, is that firm; alone closing the text it says
  only that the name has branches."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import caron_letters_in_english
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("KESH TRADING LLC", "", "Tehran, IR"),
    ("VORCHEL SARL", "", "Beirut, LB"),
    ("JEBRIK ZHON HOLDING", "", "Almaty, KZ"),
    ("TAVRESKO MARINE LIMITED", "", "Valletta, MT"),
    ("ORVENTIL PARTNERS", "", "Damascus, SY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round80"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("text, read", [
    ("Keš Trading", "Kesh Trading"),
    ("Vorčel SARL", "Vorchel SARL"),
    ("Džebrik Žon", "Jebrik Zhon"),
    ("DŻEBRIK", "JEBRIK"),
    ("ŠIPPING", "SHIPPING"),
    ("Plain Name", None),
])
def test_caron_letters_read_in_english(text, read):
    assert caron_letters_in_english(text) == read


@pytest.mark.parametrize("query, expected", [
    ("Keš Trading LLC", "KESH TRADING LLC"),
    ("Džebrik Žon Holding", "JEBRIK ZHON HOLDING"),
    ("Dżebrik Żon Holding", "JEBRIK ZHON HOLDING"),
])
def test_a_name_with_caron_letters(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Keš Bankovní Dům s.r.o.",     # the name's one word read in English is not the name
    "Vorčelová Kavárna",
])
def test_caron_letters_find_no_other_firm(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Tavresko Marine Limited cawangan Johor Bahru", "TAVRESKO MARINE LIMITED"),
    ("Tavresko Marine Limited sangay sa Cebu", "TAVRESKO MARINE LIMITED"),
    ("Tavresko Marine Limited fergħa Sliema", "TAVRESKO MARINE LIMITED"),
    ("Orventil Partners Osaka shiten", "ORVENTIL PARTNERS"),
])
def test_a_branch_in_four_more_languages(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Tavresko Marine Limited cawangan",      # a branch word alone says only that the name has branches
    "Orventil Partners sangay",
])
def test_a_branch_word_alone_is_no_match(reg, query):
    assert no_match(reg, query)
