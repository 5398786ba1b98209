"""Lookup mechanisms found on train26's misses and the misses left of train ... train25 (eval/lookup/), each tested
here on invented names:
- a short word transliterated another way, its romanised skeleton two letters ('Veena'/'Vina', 'Tey'/'Tay',
  'Zim'/'Zeem': Persian and Arabic long vowels written "ee", "ey", "ay" or "i"), was a word too common to bring
  candidates, so a name whose only distinctive word it is was never compared: it now brings the names that have
  another word of the query too ("Veena Trading Company" is VINA TRADING COMPANY). Alone, or with no other word of
  the name, or a place ("Bank of Korea" is no KARYA BANK), it brings nothing."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND26 = [
    ("VINA TRADING COMPANY", "", "Tehran, IR"),
    ("TAY LOGISTICS COMPANY", "", "Tehran, IR"),
    ("ZEEM CHEMICALS", "", "Karachi, PK"),
    ("KARYA BANK", "", "Jakarta, ID"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND26)]
    r = csl_registry(tmp_path_factory.mktemp("round26"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Veena Trading Company", "VINA TRADING COMPANY"),     # 'ee' for 'i': skeleton 'vn'
    ("Tey Logistics Company", "TAY LOGISTICS COMPANY"),    # 'ey' for 'ay': skeleton 'ty'
    ("Zim Chemicals", "ZEEM CHEMICALS"),                   # 'i' for 'ee': skeleton 'zm'
])
def test_a_short_word_spelt_another_way(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Veena",                    # alone: a two-letter skeleton names too many words
    "Tey",
    "Veena Consulting Group",   # no other word of the name: nothing to confirm it
    "Bank of Korea",            # a country, no word of a name: 'kr' as KARYA is, but it says where
])
def test_no_short_skeleton_reading_otherwise(reg, query):
    assert top_match(reg, query) is None
