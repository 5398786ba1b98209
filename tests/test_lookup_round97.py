"""The lookup's mechanism added with round lk97, on invented companies: one word typed alone that is a short word of a
name (SLIP_MIN_LEN letters or fewer) with one consonant added, no doubled letter, keeps every letter of the name and
sounds another: a word or brand of its own, not flagged ("Velkor" is no misspelt VELOR GROUP). Letters dropped from
the name, a doubled letter, an added vowel, or the same slip beside the name's other words are still a typo of it."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.alike import consonant_added
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND97 = [
    ("VELOR MACHINE GROUP", "", ""),
    ("TRESAN", "", ""),
    ("KALMORIVA TRADING LLC", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND97)]
    r = csl_registry(tmp_path_factory.mktemp("round97"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", [
    "Velkor",        # a consonant added inside a five-letter word of a name
    "Trespan",       # ... inside a six-letter name
])
def test_a_short_name_with_a_consonant_added_alone_is_another_word(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Velor", "VELOR MACHINE GROUP"),                    # as written
    ("Tresn", "TRESAN"),                                 # a letter dropped is a typo
    ("Tressan", "TRESAN"),                               # a doubled letter
    ("Kalmorivva", "KALMORIVA TRADING LLC"),             # a long name with a letter added
    ("Kalmoriva Tradding LLC", "KALMORIVA TRADING LLC"),
])
def test_typos_of_a_name_are_still_found(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("typed, listed, added", [
    ("mizkan", "mizan", True),
    ("velkor", "velor", True),
    ("mizzan", "mizan", False),      # a doubled letter
    ("mizana", "mizan", False),      # a vowel
    ("mizn", "mizan", False),        # a letter dropped
    ("kizan", "mizan", False),       # a letter changed
    ("kalmorivsa", "kalmoriva", False),   # a long word
])
def test_what_a_consonant_added_is(typed, listed, added):
    assert consonant_added(typed, listed) is added
