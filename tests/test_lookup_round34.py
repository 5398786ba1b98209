"""Lookup mechanisms found on train35's misses and the misses left of train ... train34 (eval/lookup/), each tested
here on invented names:
- A factory word after the word of an industry whose English word is itself the works adds nothing
  (knowledge/vocab/words.yaml `works_domains`, read by knowledge/lookup/normalise.py `_works_factory_word`):
  "Судостроительный завод «Велторин»", a shipbuilding plant, is SHIPYARD 'VELTORIN'. A factory word after another
  industry is a word of the name as before ("Машиностроительный завод «Велторин»", a machine-building plant, is no
  shipyard), and the industry's words alone, or with another name, name no one.
- Persian compounds written in two words are the one word (knowledge/lookup/normalise.py `_persian_compounds`):
  "شرکت سرمایه گذاری نروستان" is NARVESTAN INVESTMENT COMPANY, as "سرمایهگذاری" is; half the compound is no
  company word ("شرکت سرمایه نروستان" names no one).
- Cement is a line of business (knowledge/vocab/words.yaml `business_words`, in English, Spanish, Portuguese,
  French, Russian transliterated, Persian and Arabic): "سیمان زلوان" is ZELVAN CEMENT; "cement plant" and the word
  alone name no firm, and another name before it is another firm."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("OOO SHIPYARD 'VELTORIN'", "", "Kaliningrad, RU"),
    ("TARVENKO REFINERY", "", "Baku, AZ"),
    ("NARVESTAN INVESTMENT COMPANY", "", "Tehran, IR"),
    ("ZELVAN CEMENT", "", "Shiraz, IR"),
    ("KORVASH CEMENT INDUSTRIES", "", "Mashhad, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round34"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Судостроительный завод «Велторин»", "OOO SHIPYARD 'VELTORIN'"),
    ("ООО «Судостроительный завод «Велторин»", "OOO SHIPYARD 'VELTORIN'"),
])
def test_factory_word_after_a_works_industry_adds_nothing(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Судостроительный завод",                  # the industry's words alone
    "Судостроительный завод «Корвин»",         # another name
    "Машиностроительный завод «Велторин»",     # a factory word after another industry is a word of the name
    "Refinery Plant",
])
def test_no_name_by_the_works_words_alone(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("شرکت سرمایه گذاری نروستان", "NARVESTAN INVESTMENT COMPANY"),
    ("سیمان زلوان", "ZELVAN CEMENT"),
])
def test_persian_company_words(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "شرکت سرمایه نروستان",        # half the compound is no company word
    "cement plant",               # a line of business and a factory word name no firm
    "سیمان",                      # the word alone
    "Delvar Cement",              # another name before it
    "Cement Industries",
])
def test_no_name_by_persian_company_words_alone(reg, query):
    assert no_match(reg, query)
