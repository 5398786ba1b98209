"""The lookup's mechanism added with round lk99, on invented companies: a name written letter for letter in an
alphabet neither rigour nor ICU transliterates (Tifinagh, Adlam, Coptic, Glagolitic, Shavian), of which ICU's Latin
is empty, is read by its letters' Unicode names, each letter as the letter its name opens with (Glagolitic KAKO "k"),
less Tifinagh's "ya" before a consonant's sound (YAB "b") and the glide before a vowel's name in Tifinagh and
Glagolitic (YI "i", YESTU "e"); then as any typed name. An unlisted name so written still matches nothing."""
from __future__ import annotations

import unicodedata

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import letter_name_reading, script_reading
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND99 = [
    ("TAMBERLIK HOLDINGS LIMITED", "", ""),
    ("MORVELAN TRADING", "", ""),
    ("BALINOTEK", "", ""),
    ("KORANTEL SHIPPING", "", ""),
    ("DELMOTA INDUSTRIES", "", ""),
]


def spelt(script: str, *letters: str) -> str:
    """A word written in `script` by its letters' Unicode names ("TIFINAGH LETTER YAT" ...)."""
    return "".join(unicodedata.lookup(f"{script} {name}") for name in letters)


TAMBERLIK = spelt("TIFINAGH LETTER", "YAT", "YA", "YAM", "YAB", "YEY", "YAR", "YAL", "YI", "YAK")
HOLDINGS = spelt("TIFINAGH LETTER", "YAH", "YU", "YAL", "YAD", "YI", "YAN", "YAG", "YAS")
MORVELAN = spelt("GLAGOLITIC SMALL LETTER", "MYSLITE", "ONU", "RITSI", "VEDE", "YESTU", "LJUDIJE", "AZU", "NASHI")
BALINOTEK = spelt("ADLAM SMALL LETTER", "BA", "ALIF", "LAAM", "I", "NUN", "O", "TU", "E", "KAF")
KORANTEL = spelt("COPTIC SMALL LETTER", "KAPA", "O", "RO", "ALFA", "NI", "TAU", "EIE", "LAULA")
DELMOTA = spelt("SHAVIAN LETTER", "DEAD", "EGG", "LOLL", "MIME", "ON", "TOT", "ASH")
# an unlisted name (Tifinagh "agraw n tmazirt", "assembly of the land")
UNLISTED = " ".join((spelt("TIFINAGH LETTER", "YA", "YAG", "YAR", "YA", "YAW"), spelt("TIFINAGH LETTER", "YAN"),
                     spelt("TIFINAGH LETTER", "YAT", "YAM", "YA", "YAZ", "YI", "YAR", "YAT")))


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND99)]
    r = csl_registry(tmp_path_factory.mktemp("round99"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    (f"{TAMBERLIK} {HOLDINGS}", "TAMBERLIK HOLDINGS LIMITED"),   # Tifinagh: "ya" and the sound, glide and vowel
    (MORVELAN, "MORVELAN TRADING"),                              # Glagolitic: YESTU "e"
    (BALINOTEK, "BALINOTEK"),                                    # Adlam
    (KORANTEL, "KORANTEL SHIPPING"),                             # Coptic
    (DELMOTA, "DELMOTA INDUSTRIES"),                             # Shavian
])
def test_a_name_in_an_alphabet_icu_does_not_read_is_read_by_its_letter_names(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_an_unlisted_name_so_written_matches_nothing(reg):
    assert no_match(reg, UNLISTED)


@pytest.mark.parametrize("word, reading", [
    (TAMBERLIK, "tamberlik"),
    (MORVELAN, "morvelan"),
    (BALINOTEK, "balinotek"),
    (KORANTEL, "korantel"),
    (DELMOTA, "delmota"),
    (spelt("TIFINAGH LETTER", "YA", "YASH"), "ash"),   # the whole sound after "ya"; YA alone is the vowel
])
def test_what_a_word_read_by_its_letter_names_is(word, reading):
    assert letter_name_reading(word) == reading


def test_a_script_icu_reads_is_read_as_before():
    assert script_reading("ग्लोबल") == "globala"
