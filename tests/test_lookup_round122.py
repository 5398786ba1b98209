"""The lookup's mechanism kept with round lk122, on invented companies: a Gothic name written by its letters' Unicode
names reads the letters AIHVUS and EIS as the vowels Gothic's own spelling of those names writes, "ai" as e and
"ei" as i (words.yaml `letter_name_digraphs`; lk113's reading, kept when a third set's rows needed it), not as the
first letter of the name ("a" of AIHVUS, "e" of EIS). A name so written whose vowels are e and i is found; an
unlisted one still matches nothing."""
from __future__ import annotations

import unicodedata

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import letter_name_reading
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND122 = [
    ("VELMIRET KINETIC LABORATORY", "", ""),
    ("TRESMIDEL INSTITUTE", "", ""),
    ("MIREL DENIS", "", ""),
    ("BENTI MILER", "", ""),
]


def gothic(*words: str) -> str:
    """Words written in Gothic, each a comma-separated list of its letters' Unicode names."""
    return " ".join("".join(unicodedata.lookup(f"GOTHIC LETTER {name}") for name in w.split(",")) for w in words)


# "velmiret kinetik laboratori": AIHVUS for e, EIS for i
VELMIRET = gothic("WINJA,AIHVUS,LAGUS,MANNA,EIS,RAIDA,AIHVUS,TEIWS", "KUSMA,EIS,NAUTHS,AIHVUS,TEIWS,EIS,KUSMA",
                  "LAGUS,AHSA,BAIRKAN,OTHAL,RAIDA,AHSA,TEIWS,OTHAL,RAIDA,EIS")
# "tresmidel institute"
TRESMIDEL = gothic("TEIWS,RAIDA,AIHVUS,SAUIL,MANNA,EIS,DAGS,AIHVUS,LAGUS",
                   "EIS,NAUTHS,SAUIL,TEIWS,EIS,TEIWS,URUS,TEIWS,AIHVUS")
# "mirel denis", "benti miler": short words whose vowels are mostly e and i, misread "maral danes", "banta malar"
MIREL_DENIS = gothic("MANNA,EIS,RAIDA,AIHVUS,LAGUS", "DAGS,AIHVUS,NAUTHS,EIS,SAUIL")
BENTI_MILER = gothic("BAIRKAN,AIHVUS,NAUTHS,TEIWS,EIS", "MANNA,EIS,LAGUS,AIHVUS,RAIDA")
# an unlisted name: "pelvirin kinetik"
UNLISTED = gothic("PAIRTHRA,AIHVUS,LAGUS,WINJA,EIS,RAIDA,EIS,NAUTHS", "KUSMA,EIS,NAUTHS,AIHVUS,TEIWS,EIS,KUSMA")


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND122)]
    r = csl_registry(tmp_path_factory.mktemp("round122"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("word, reading", [
    (VELMIRET.split()[0], "welmiret"),       # AIHVUS "e", EIS "i"
    (TRESMIDEL.split()[1], "institute"),
])
def test_gothic_vowel_digraph_letter_names_read_as_their_vowel(word, reading):
    assert letter_name_reading(word) == reading


@pytest.mark.parametrize("query, expected", [
    (VELMIRET, "VELMIRET KINETIC LABORATORY"),
    (TRESMIDEL, "TRESMIDEL INSTITUTE"),
    (MIREL_DENIS, "MIREL DENIS"),
    (BENTI_MILER, "BENTI MILER"),
])
def test_a_gothic_name_with_e_and_i_is_found(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_an_unlisted_gothic_name_matches_nothing(reg):
    assert no_match(reg, UNLISTED)
