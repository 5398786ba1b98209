"""The lookup's mechanism added with round lk108, on invented companies: any alphabet neither rigour nor ICU reads is
read by its letters' Unicode names (round lk99 read six alphabets it listed), Gothic, Ogham, Runic, Old Italic, Old
Hungarian as much as Glagolitic, but an abugida (a script with vowel signs) and a syllabary Unicode names by letters
(Cherokee); a consonant's name of a vowel and the consonant (Old Italic EL, Old Hungarian EB) is read as the
consonant, unless another letter of its script is named by that consonant and a vowel (Shavian EGG beside GAG keeps
its vowel) (lk107's reading); and, such a reading being a guess at the name's spelling, a name it finds with words
spelt otherwise and lacking words of the name is not flagged (lk108). An unlisted name so written matches nothing."""
from __future__ import annotations

import unicodedata

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import letter_name_reading, read_by_letter_names
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND108 = [
    ("BRANDOLIK MARINE", "", ""),
    ("TORVEMAL HOLDINGS", "", ""),
    ("SELMORANT TRADING", "", ""),
    ("MARVOLIN NORTH AIR DEFENCE FORCES", "", ""),
    ("KESTRAVON WESTERN AIR DEFENCE SERVICES", "", ""),
    ("R/E OF BELMARSK FARM", "", ""),
]


def spelt(script: str, *letters: str) -> str:
    """A word written in `script` by its letters' Unicode names."""
    return "".join(unicodedata.lookup(f"{script} {name}") for name in letters)


def old_italic(*words: str) -> str:
    """Words written in Old Italic, each a comma-separated list of its letters' names."""
    return " ".join(spelt("OLD ITALIC LETTER", *w.split(",")) for w in words)


GOTHIC_BRANDOLIK = spelt("GOTHIC LETTER", "BAIRKAN", "RAIDA", "AHSA", "NAUTHS", "DAGS", "OTHAL", "LAGUS", "EIS",
                         "KUSMA") + " " + spelt("GOTHIC LETTER", "MANNA", "AHSA", "RAIDA", "EIS", "NAUTHS", "AIHVUS")
OGHAM_TORVEMAL = spelt("OGHAM LETTER", "TINNE", "ONN", "RUIS", "FEARN", "EADHADH", "MUIN", "AILM", "LUIS")
OLD_ITALIC_SELMORANT = old_italic("ES,E,EL,EM,O,ER,A,EN,TE")
# "marvolen air forses": two words spelt otherwise, the name's NORTH and DEFENCE left out
OLD_ITALIC_MARVOLEN = old_italic("EM,A,ER,VE,O,EL,E,EN", "A,I,ER", "EF,O,ER,ES,E,ES")
# "kestravon air servises": the name's words read as written (SERVICES as it sounds), WESTERN and DEFENCE left out
OLD_ITALIC_KESTRAVON_PART = old_italic("KA,E,ES,TE,ER,A,VE,O,EN", "A,I,ER", "ES,E,ER,VE,I,ES,E,ES")
# "kestravon vestern air defence servises": the whole name, one word spelt otherwise
OLD_ITALIC_KESTRAVON_WHOLE = old_italic("KA,E,ES,TE,ER,A,VE,O,EN", "VE,E,ES,TE,E,ER,EN", "A,I,ER",
                                        "DE,E,EF,E,EN,KE,E", "ES,E,ER,VE,I,ES,E,ES")
# "belmersk farm": one word spelt otherwise, the name's lone letters R/E left out, as a short form of it may
OLD_ITALIC_BELMERSK = old_italic("BE,E,EL,EM,E,ER,ES,KA", "EF,A,ER,EM")
# an unlisted name: Gothic "kamintor", Ogham "gorlavin"
UNLISTED = [spelt("GOTHIC LETTER", "KUSMA", "AHSA", "MANNA", "EIS", "NAUTHS", "TEIWS", "OTHAL", "RAIDA"),
            spelt("OGHAM LETTER", "GORT", "ONN", "RUIS", "LUIS", "AILM", "FEARN", "IODHADH", "NION")]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND108)]
    r = csl_registry(tmp_path_factory.mktemp("round108"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    (GOTHIC_BRANDOLIK, "BRANDOLIK MARINE"),
    (OGHAM_TORVEMAL, "TORVEMAL HOLDINGS"),
    (OLD_ITALIC_SELMORANT, "SELMORANT TRADING"),     # ES "s", EL "l", EM "m", ER "r", EN "n"
    (OLD_ITALIC_KESTRAVON_PART, "KESTRAVON WESTERN AIR DEFENCE SERVICES"),
    (OLD_ITALIC_KESTRAVON_WHOLE, "KESTRAVON WESTERN AIR DEFENCE SERVICES"),
])
def test_an_alphabet_no_list_names_is_read_by_its_letters_names(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", UNLISTED)
def test_an_unlisted_name_so_written_matches_nothing(reg, query):
    assert no_match(reg, query)


def test_a_letter_name_reading_spelt_otherwise_and_lacking_words_of_the_name_is_not_flagged(reg):
    # the same words typed in Latin letters are the typist's own spelling, and found
    assert matched_name(reg, "marvolen air forses") == "MARVOLIN NORTH AIR DEFENCE FORCES"
    assert no_match(reg, OLD_ITALIC_MARVOLEN)


def test_a_letter_name_reading_spelt_otherwise_lacking_only_lone_letters_is_flagged(reg):
    # lone letters ("R/E", initials) say no more of which firm than a short form of its name does (alike.says_which)
    assert matched_name(reg, OLD_ITALIC_BELMERSK) == "R/E OF BELMARSK FARM"


@pytest.mark.parametrize("text, read", [
    (OLD_ITALIC_MARVOLEN, True),
    ("Selmorant " + OLD_ITALIC_SELMORANT, True),
    (spelt("CYRILLIC CAPITAL LETTER", "EM", "A", "ER"), False),     # ICU reads Cyrillic
    ("marvolen air forses", False),
])
def test_read_by_letter_names(text, read):
    assert read_by_letter_names(text) is read


@pytest.mark.parametrize("word, reading", [
    (GOTHIC_BRANDOLIK.split()[0], "brandolik"),                                     # EIS "i", Gothic "ei" (lk113)
    (OGHAM_TORVEMAL, "torfemal"),                                                   # ONN beside NION keeps "o"
    (OLD_ITALIC_SELMORANT, "selmorant"),
    (spelt("OLD HUNGARIAN SMALL LETTER", "EB", "A", "EK", "ER"), "bakr"),            # EB "b", EK "k", ER "r"
    (spelt("RUNIC LETTER", "RAIDO RAD REID R", "URUZ UR U", "NAUDIZ NYD NAUD N"), "run"),
    (spelt("SHAVIAN LETTER", "GAG", "EGG", "TOT"), "get"),                         # EGG, beside GAG, keeps "e"
    (spelt("CHEROKEE LETTER", "TSA", "LA", "GI"), ""),                              # a syllabary: not read
    (spelt("TIBETAN LETTER", "BA") + "\u0f7c" + spelt("TIBETAN LETTER", "DA"), ""),  # an abugida: not read
])
def test_letter_name_reading(word, reading):
    assert letter_name_reading(word) == reading
