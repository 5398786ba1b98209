"""Lookup reading found on the misses left of train ... train71 (eval/lookup/), tested here on invented names:
- The same company words as round 72 (group, company, trading, bank, shipping, industry, investment, construction,
  international, engineering, services, general, national, transport, chemical, technology, electronics) in the
  ordinary words of the languages round 72 did not cover (Latvian, Lithuanian and Slovenian forms it missed,
  Serbian, Bulgarian, Ukrainian and Greek in Latin letters, Afrikaans, Turkish, Somali, Irish, Scottish Gaelic,
  Basque, Catalan, Latin, Esperanto, Luxembourgish, Faroese, Frisian, Hawaiian, Maori, and Norwegian, Estonian and
  Hungarian words it left out), where rigour has no symbol, are read under the symbol rigour gives the English word
  (knowledge/vocab/words.yaml `company_words`). A name typed with one is the listed name with the English word."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import analyse
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("DRAVOMIREK TRADING COMPANY", "", "Dubai, AE"),
    ("KELSTRAVO SHIPPING GROUP", "", "Piraeus, GR"),
    ("ZOBRANTIS INTERNATIONAL INVESTMENT", "", "Tehran, IR"),
    ("VELMORIAN ENGINEERING SERVICES", "", "Minsk, BY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round74"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Dravomirek Tirdznieciba Uznemums", "DRAVOMIREK TRADING COMPANY"),   # Latvian
    ("Dravomirek Trgovina Preduzece", "DRAVOMIREK TRADING COMPANY"),      # Serbian
    ("Dravomirek Ganacsi Shirkadda", "DRAVOMIREK TRADING COMPANY"),       # Somali
    ("Dravomirek Merkataritza Konpainia", "DRAVOMIREK TRADING COMPANY"),  # Basque
    ("Dravomirek Malairt Companaidh", "DRAVOMIREK TRADING COMPANY"),      # Scottish Gaelic
    ("Kelstravo Skeepvaart Groep", "KELSTRAVO SHIPPING GROUP"),           # Afrikaans
    ("Kelstravo Naviliera Grup", "KELSTRAVO SHIPPING GROUP"),             # Catalan
    ("Zobrantis Uluslararasi Investment", "ZOBRANTIS INTERNATIONAL INVESTMENT"),   # Turkish
    ("Zobrantis Mednarodna Nalozbe", "ZOBRANTIS INTERNATIONAL INVESTMENT"),        # Slovenian
    ("Velmorian Inzenierija Pakalpojumi", "VELMORIAN ENGINEERING SERVICES"),       # Latvian
])
def test_company_words_of_more_languages(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_more_translated_words_read_under_the_english_symbol():
    assert {s for t in analyse("Podjetje").terms for s in t.symbols} == {"SYMBOL:CO"}
    assert {s for t in analyse("Naviliera").terms for s in t.symbols} == {"DOMAIN:SHIPPING"}


@pytest.mark.parametrize("query", [
    "Sorvenica Trgovina Preduzece",          # an unlisted name with translated company words: no match
    "Kelstravo Kimija Uznemums",             # another line of business (chemicals, not shipping): no match
    "**Brelvinor** Podjetje of Oslo",        # markdown and prose around an unlisted name: no match
    "Zobrantis Gradbenistvo Skupina",        # construction group, not international investment: no match
])
def test_a_more_translated_word_does_not_make_another_name_listed(reg, query):
    assert no_match(reg, query)
