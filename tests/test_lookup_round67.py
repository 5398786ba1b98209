"""Lookup reading found on the misses of train ... train65 (eval/lookup/), tested here on invented names:
- Letters OCR reads as one another in a scanned name ("rn" read as "m", "m" as "rn": "Cornpany", "Boume" for BOURNE)
  are folded alike in the confusable skeleton of a word and of a whole name (knowledge/lookup/index.py `skeleton`,
  knowledge/vocab/words.yaml `ocr_confusable_letters`).
  Guard: only in a word of `OCR_MIN_LEN` letters or more ("Corn" is no "Com")."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match, top_match

ENTITIES = [
    ("TARNOVEL SHIPPING LLC", "", "Dubai, AE"),
    ("KELMAR VORTIGEN TRADING", "", "Riga, LV"),
    ("ZULVEK COM", "", "Minsk, BY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round67"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Tamovel Shipping LLC", "TARNOVEL SHIPPING LLC"),          # "rn" read as "m"
    ("Kelrnar Vortigen Trading", "KELMAR VORTIGEN TRADING"),    # "m" read as "rn"
])
def test_letters_ocr_confuses(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_short_word_is_not_folded(reg):
    assert no_match(reg, "Zulvek Corn")


def test_the_reason_says_which_letters_were_read_alike(reg):
    """What `/company` shows beside the match names the misreading it forgave, OCR's letters among them."""
    m = top_match(reg, "Tamovel Shipping LLC")
    assert m.why.rule == "confusable" and "rn as m" in m.reason and "0 as o" in m.reason
