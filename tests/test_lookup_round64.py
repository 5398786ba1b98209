"""Lookup reading found on the misses left of train ... train63 (eval/lookup/), tested here on invented names:
- A name written in a script rigour leaves as it is (Devanagari, Ethiopic, Japanese kana ...) is read in ICU's Latin
  (normalise.script_reading), then as any typed name, when nothing matched it exactly (Index._in_latin_letters).
  Chinese, Arabic and Hangul are not read so: other readings read them (words.yaml `scripts_read_otherwise`)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import script_reading
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("ZORVINDA", "", "Delhi, IN"),
    ("BORATI TRADING", "", "Addis Ababa, ET"),
    ("KAMIROTA", "", "Osaka, JP"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round64"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("ज़ोर्विंडा", "ZORVINDA"),
    ("ቦራቲ ትሬዲንግ", "BORATI TRADING"),
    ("カミロタ", "KAMIROTA"),
])
def test_unread_script_read_in_latin(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_scripts_read_otherwise_are_not_read_again():
    # Han, Arabic and Cyrillic have readings of their own (pinyin, consonants, rigour's transliteration)
    assert script_reading("卡米罗塔") is None
    assert script_reading("كاميروتا") is None
    assert script_reading("Камирота") is None
    assert script_reading("Kamíröta") is None  # Latin with accents: not ASCII, so the script list decides


def test_unlisted_name_in_unread_script(reg):
    assert no_match(reg, "ናጋሞሪ ሆልዲንግ")
