"""The lookup's mechanism added with round lk105, on invented companies: in an alphabet neither rigour nor ICU reads,
read by its letters' Unicode names (round lk99), a letter whose name opens with a consonant and "h" (Glagolitic
CHRIVI, SHA, ZHIVETE; Adlam SHA, CHI) is read as that pair, the one sound Unicode's English spelling of the name
writes with it, not as its first letter alone ("c", "s", "z"). An unlisted name so written still matches nothing."""
from __future__ import annotations

import unicodedata

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import letter_name_reading
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND105 = [
    ("CHELVORAN TRADING", "", ""),
    ("ZHOVRAMEK", "", ""),
    ("SHAVELTIN HOLDINGS", "", ""),
    ("CELVORAN MARITIME", "", ""),
]


def spelt(script: str, *letters: str) -> str:
    """A word written in `script` by its letters' Unicode names."""
    return "".join(unicodedata.lookup(f"{script} {name}") for name in letters)


CHELVORAN = spelt("GLAGOLITIC SMALL LETTER", "CHRIVI", "YESTU", "LJUDIJE", "VEDE", "ONU", "RITSI", "AZU", "NASHI")
ZHOVRAMEK = spelt("GLAGOLITIC SMALL LETTER", "ZHIVETE", "ONU", "VEDE", "RITSI", "AZU", "MYSLITE", "YESTU", "KAKO")
SHAVELTIN = spelt("ADLAM SMALL LETTER", "SHA", "ALIF", "VA", "E", "LAAM", "TU", "I", "NUN")
# an unlisted name: Glagolitic "shilomar"
UNLISTED = spelt("GLAGOLITIC SMALL LETTER", "SHA", "IZHE", "LJUDIJE", "ONU", "MYSLITE", "AZU", "RITSI")


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND105)]
    r = csl_registry(tmp_path_factory.mktemp("round105"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    (CHELVORAN, "CHELVORAN TRADING"),     # CHRIVI "ch": not CELVORAN MARITIME
    (ZHOVRAMEK, "ZHOVRAMEK"),             # ZHIVETE "zh"
    (SHAVELTIN, "SHAVELTIN HOLDINGS"),    # Adlam SHA "sh"
])
def test_a_letter_named_with_a_consonant_and_h_is_read_as_the_pair(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_an_unlisted_name_so_written_matches_nothing(reg):
    assert no_match(reg, UNLISTED)


@pytest.mark.parametrize("word, reading", [
    (CHELVORAN, "chelvoran"),
    (ZHOVRAMEK, "zhovramek"),
    (SHAVELTIN, "shaveltin"),
    (spelt("GLAGOLITIC SMALL LETTER", "KAKO", "AZU", "SLOVO", "AZU"), "kasa"),   # first letters as before
])
def test_what_a_word_read_by_its_letter_names_is(word, reading):
    assert letter_name_reading(word) == reading
