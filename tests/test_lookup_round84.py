"""Lookup reading found on the misses left of train ... train81 (eval/lookup/), tested here on invented names:
- Hungarian spells a foreign name with its own letters for the sounds English writes otherwise ("dzs" j, "cs" ch,
  "zs" zh, "sz" s, "s" sh, "j" y: "Dzsidda" is Jeddah, "Szíria" Syria). A text nothing matched exactly is read once
  more in those letters, as lk83 reads German and Dutch ones (knowledge/vocab/words.yaml `letters_abroad`), and a
  listed name that reading finds exactly is the match.
- Company words the lists' other languages write for shipping, investment and company (Icelandic "skipaflutningar",
  "fjárfesting", "félag"; Welsh "llongau", "buddsoddi"; Tagalog "pagpapadala", "pamumuhunan"; Somali "maraakiibta";
  Maori "kamupene" ...) are read as the English word (words.yaml `company_words`)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import spelt_abroad_in_english
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("JARVIKAN CHORAB TRADING", "", "Dubai, AE"),
    ("OSTRAVEL SHIRAN KISH", "", "Kish, IR"),
    ("TELMORAN SHIPPING CO", "", "Bandar Abbas, IR"),
    ("VARDELIS INVESTMENT GROUP", "", "Beirut, LB"),
    ("KORVANIL MACHINE TOOLS COMPANY", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round84"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Dzsarvikan Csorab Trading", "JARVIKAN CHORAB TRADING"),       # Hungarian "dzs" for "j", "cs" for "ch"
    ("Osztravel Siran Kis", "OSTRAVEL SHIRAN KISH"),                # Hungarian "sz" for "s", "s" for "sh"
])
def test_a_name_spelt_the_hungarian_way_is_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_the_hungarian_reading():
    assert "Jarvikan Chorab" in spelt_abroad_in_english("Dzsarvikan Csorab")
    assert "Ostravel Shiran" in spelt_abroad_in_english("Osztravel Siran")


@pytest.mark.parametrize("query, expected", [
    ("Telmoran Skipaflutningar CO", "TELMORAN SHIPPING CO"),             # Icelandic: shipping
    ("Telmoran Llongau CO", "TELMORAN SHIPPING CO"),                     # Welsh: ships
    ("Telmoran Pagpapadala CO", "TELMORAN SHIPPING CO"),                 # Tagalog: shipping
    ("Telmoran Maraakiibta CO", "TELMORAN SHIPPING CO"),                 # Somali: the ships
    ("Telmoran Sudokhodstvo CO", "TELMORAN SHIPPING CO"),                # Russian in English letters
    ("Vardelis Fjárfesting Group", "VARDELIS INVESTMENT GROUP"),         # Icelandic: investment
    ("Vardelis Buddsoddi Group", "VARDELIS INVESTMENT GROUP"),           # Welsh: investment
    ("Vardelis Pamumuhunan Group", "VARDELIS INVESTMENT GROUP"),         # Tagalog: investment
    ("Korvanil Machine Tools Félag", "KORVANIL MACHINE TOOLS COMPANY"),  # Icelandic: company
    ("Korvanil Machine Tools Kamupene", "KORVANIL MACHINE TOOLS COMPANY"),   # Maori: company
])
def test_a_company_word_in_another_language_is_the_english_word(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Dzsarvikan Csorab Mining",            # another line of business: the Hungarian reading finds no name exactly
    "Osztravel Kis",                       # part of a listed name: not the name
    "Szelmoran Siran Kis",                 # an unlisted name spelt the Hungarian way
    "Brundeck Skipaflutningar CO",         # an unlisted firm's shipping company in Icelandic
    "Vardelis Fjárfesting Bank",           # a listed name's word and another: not the listed group
])
def test_these_readings_find_only_a_listed_name(reg, query):
    assert no_match(reg, query)
