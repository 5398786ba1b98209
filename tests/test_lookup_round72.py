"""Lookup reading found on the misses left of train ... train69 (eval/lookup/), tested here on invented names:
- The company words the listed names use most (group, company, trading, bank, shipping, industry, investment,
  construction, international, engineering, services, general, national, transport, chemical, technology,
  electronics), in the ordinary words of other languages than the lists' (Dutch, German, Swedish, Danish, Norwegian,
  Finnish, Polish, Czech, Slovak, Hungarian, Romanian, Italian, French, Portuguese, Spanish, Indonesian, Malay,
  Tagalog, Icelandic, Welsh, Breton, Croatian, Slovenian, Estonian, Lithuanian, Albanian, Maltese, Swahili, Zulu,
  Hausa) for which rigour has no symbol, are read under the symbol rigour gives the English word
  (knowledge/vocab/words.yaml `company_words`). A name typed with one is the listed name with the English word."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import analyse
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("TORVALEN TRADING COMPANY", "", "Dubai, AE"),
    ("MERSKADO SHIPPING GROUP", "", "Piraeus, GR"),
    ("QUILVORA INTERNATIONAL BANK", "", "Tehran, IR"),
    ("BRENTHAL CONSTRUCTION INDUSTRIES", "", "Minsk, BY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round72"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Torvalen Handel Bolag", "TORVALEN TRADING COMPANY"),              # Swedish
    ("Torvalen Kauppa Yhtio", "TORVALEN TRADING COMPANY"),              # Finnish
    ("Torvalen Perdagangan Syarikat", "TORVALEN TRADING COMPANY"),      # Malay
    ("Torvalen Kenwerzh Cwmni", "TORVALEN TRADING COMPANY"),            # Breton, Welsh
    ("Merskado Rederi Koncern", "MERSKADO SHIPPING GROUP"),             # Swedish
    ("Merskado Pelayaran Grwp", "MERSKADO SHIPPING GROUP"),             # Indonesian, Welsh
    ("Quilvora Kansainvalinen Pankki", "QUILVORA INTERNATIONAL BANK"),  # Finnish
    ("Quilvora Nemzetkozi Bank", "QUILVORA INTERNATIONAL BANK"),        # Hungarian
    ("Brenthal Budownictwo Przemysl", "BRENTHAL CONSTRUCTION INDUSTRIES"),  # Polish
    ("Brenthal Ehitus Toostus", "BRENTHAL CONSTRUCTION INDUSTRIES"),    # Estonian
])
def test_company_words_of_other_languages(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_translated_words_read_under_the_english_symbol():
    assert {s for t in analyse("Rederi").terms for s in t.symbols} == {"DOMAIN:SHIPPING"}
    assert {s for t in analyse("Kansainvalinen").terms for s in t.symbols} == {"SYMBOL:INTL"}


@pytest.mark.parametrize("query", [
    "Zelmitra Handel Bolag",            # an unlisted name with translated company words: no match
    "Quilvora Kansainvalinen Kemia",    # another line of business (chemicals, not bank): no match
    "Merskado Rakennus Koncern",        # construction, not shipping: no match
])
def test_a_translated_word_does_not_make_another_name_listed(reg, query):
    assert no_match(reg, query)
