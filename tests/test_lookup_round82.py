"""Lookup reading found on the misses left of train ... train79 (eval/lookup/), tested here on invented names:
- Vietnamese writes each syllable of a word apart, so its company words are two or three words ("công nghiệp",
  industry; "thương mại", trade; "vận tải biển", shipping). Typed with their Vietnamese letters they are read as one
  word, under the symbol rigour gives the English word (knowledge/vocab/words.yaml `vietnamese_company_words`,
  knowledge/lookup/normalise.py `_vietnamese_words`): a name typed with one is the listed name with the English word.
  Typed without the letters their syllables are also a person's names ("Văn Tài"), and are read as typed."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import analyse
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("QUORVELIN INDUSTRIES", "", "Tehran, IR"),
    ("BRASKOVAR TRADING OY", "", "Helsinki, FI"),
    ("TELMARIS OCEAN SHIPPING CO., LTD.", "", "Dalian, CN"),
    ("ZENDAVIK EQUIPMENT DEVELOPMENT", "", "Isfahan, IR"),
    ("MORVANTIS TRANSPORT", "", "Minsk, BY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round82"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Quorvelin Công nghiệp", "QUORVELIN INDUSTRIES"),
    ("Braskovar Thương mại Oy", "BRASKOVAR TRADING OY"),
    ("Telmaris Ocean Vận tải biển Co., Ltd.", "TELMARIS OCEAN SHIPPING CO., LTD."),   # the longest word first
    ("Zendavik Equipment Phát Triển", "ZENDAVIK EQUIPMENT DEVELOPMENT"),              # capitalised syllables
    ("Morvantis Vận tải", "MORVANTIS TRANSPORT"),
])
def test_vietnamese_company_words_read_as_the_english_word(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_vietnamese_word_is_read_under_the_english_symbol():
    assert {s for t in analyse("Acme Công nghiệp").terms for s in t.symbols} == {"SYMBOL:INDUSTRY"}
    assert {s for t in analyse("Acme Vận tải biển").terms for s in t.symbols} == {"DOMAIN:SHIPPING"}
    assert {s for t in analyse("Acme Vận tải").terms for s in t.symbols} == {"DOMAIN:TRANSPORT"}


def test_syllables_without_vietnamese_letters_stay_as_typed():
    # "Văn Tài" is a given name, and so is "van tai" typed without marks: no company word is read
    assert not {s for t in analyse("Nguyễn Văn Tài").terms for s in t.symbols}
    assert not {s for t in analyse("Nguyen Van Tai").terms for s in t.symbols}


@pytest.mark.parametrize("query", [
    "Sorvalin Công nghiệp",                   # an unlisted name with a Vietnamese company word: no match
    "Quorvelin Bảo hiểm",                     # another line of business (insurance, not industries): no match
    "Braskovar Xây dựng Oy",                  # construction, not trading: no match
])
def test_a_vietnamese_word_does_not_make_another_name_listed(reg, query):
    assert no_match(reg, query)
