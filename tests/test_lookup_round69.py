"""Lookup reading found on the misses left of train ... train66 (eval/lookup/), tested here on invented names:
- A word of a north Indian script (Devanagari, Bengali, Gurmukhi, Gujarati) ending in a bare consonant letter
  is read without that letter's inherent vowel, which ICU's Latin writes and speech drops ("globala" is "global";
  words.yaml `scripts_unwritten_final_vowel`, normalise._without_unsaid_vowel). Dravidian scripts and Odia keep it,
  and so does a word ending in a vowel sign; a nukta is part of its letter; a name ICU's own reading finds exactly
  stands alone (the review of session 44 added the tests of these guards)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import script_reading
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("KORVALIN", "", "Delhi, IN"),
    ("TRESMAN HOLDING", "", "Ahmedabad, IN"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round69"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("कोर्वालिन", "KORVALIN"),            # Devanagari, ICU "korvalina"
    ("ટ્રેસ્મન હોલ્ડિંગ", "TRESMAN HOLDING"),  # Gujarati, ICU "tresmana holdinga"
])
def test_unsaid_final_vowel_dropped(reg, query, expected):
    # read as the whole name exactly (score 1.0), not as a near spelling with one letter more
    assert matched_name(reg, query) == expected
    assert reg.lookup(query, limit=1)[0].score == pytest.approx(1.0)


def test_final_vowel_kept_after_a_vowel_sign():
    # the word ends in the vowel sign aa, which is said: "korvalina", not "korvalin"
    assert script_reading("कोर्वालिना", drop_unsaid_vowel=True) == "korvalina"


def test_final_vowel_kept_in_dravidian_scripts():
    # Kannada says a word's final inherent vowel (a bare final consonant is written with a virama)
    assert script_reading("ಕೊರ್ವಾಲಿನ", drop_unsaid_vowel=True) == "korvalina"


def test_unlisted_name_in_devanagari(reg):
    assert no_match(reg, "मेघदूत ट्रेडिंग")


@pytest.mark.parametrize("word, read", [
    ("কারিম", "karim"),    # Bengali
    ("ਕਰੀਮ", "karim"),     # Gurmukhi
    ("रोज़", "roz"),        # a nukta after the last consonant is part of that letter
    ("न", "na"),           # one letter is a syllable, read whole
    ("ଵେଦରନ", "vedarana"),  # Odia says its final vowel
])
def test_which_final_vowels_are_unsaid(word, read):
    assert script_reading(word, drop_unsaid_vowel=True) == read


def test_a_name_icu_reads_exactly_stands_alone(tmp_path):
    # "कोर्वालिन" is ICU's "korvalina": when that is listed, it is the answer, not KORVALIN beside it at the same score
    r = csl_registry(tmp_path, [entity_row(0, "KORVALINA", "", "Delhi, IN"), entity_row(1, "KORVALIN", "", "Delhi, IN")])
    try:
        found = r.lookup("कोर्वालिन", limit=2)
        assert found[0].entity.name == "KORVALINA" and found[0].score > found[1].score
    finally:
        r.close()
