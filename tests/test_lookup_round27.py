"""Lookup mechanisms found on train27's misses and the misses left of train ... train26 (eval/lookup/), each tested
here on invented names:
- a company word abbreviated with no dot closing it: contracted, its vowels dropped ('Consltg' for "Consulting",
  'Engy' for "Energy": its first and last letters, others of it in order between, at most one vowel kept between
  them, two letters left out at least), or cut short, six letters or more ('Comerc' for "Comercializadora"), was
  found only by a dot after it ("Comerc."): a word no dictionary has is now that word too. A dictionary word is no
  abbreviation ("Tag" is not "Trading"), and a word keeping its vowels is no contraction;
- a name's own legal form written after its words, before the town and the branch or office that say which of its
  premises ("... Corp. Lima branch", "... (Pvt) (Harare office)"), or closing the query, was a word the name lacked:
  a word of the name's legal forms (rigour's, "Corp" and "Corporation" alike), or of the name as listed that
  normalisation set aside ("(PVT)"), is now the name's. Any other word there is still another name's ("... Import &
  Export Shipping Lima branch")."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND27 = [
    ("VELMORA CONSULTING GROUP", "", "Amman, JO"),
    ("ZANTREX ENERGY INVESTMENT", "", "Tehran, IR"),
    ("KOSTAN TRADING", "", "Dubai, AE"),
    ("COMERCIALIZADORA INTERNACIONAL TALVERA LIMITADA", "", "Bogota, CO"),
    ("VELNOR IMPORT & EXPORT CORP.", "", "Miami, US"),
    ("KARTOLEE HOLDINGS (PVT) LTD", "", "Harare, ZW"),
    ("ORVANA NORTH-WEST COOPERATION CORPORATION", "", "Pyongyang, KP"),
]
# names sharing those names' words, as the lists' many "Barakat ..." and "Ghadir ..." do: a common word of a name weighs
# little, so the abbreviated word is most of the query and was never compared
SHARING = [f"{name} {word} {tail}" for name, tail in (("VELMORA", "GROUP"), ("ZANTREX", "INVESTMENT"),
                                                      ("KOSTAN", "COMPANY"), ("TALVERA", "LIMITADA"))
           for word in ("ALBORZ", "BRIXEN", "CORVEL", "DUNMAR", "ELSTRA", "FARNOK", "GILVAN", "HOSKAR", "IRVEN",
                        "JORMAK", "KELDAR", "LUMBRA", "MORVAN", "NESTRA", "OLDERN", "PARSEK", "QUILMA", "ROSTAL",
                        "SELVAR", "TORNEK")]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND27)]
    rows += [entity_row(len(rows) + n, name, "", "Dubai, AE") for n, name in enumerate(SHARING)]
    r = csl_registry(tmp_path_factory.mktemp("round27"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Velmora Consltg Grp", "VELMORA CONSULTING GROUP"),        # contracted: c-o-n-s-l-t-g of "consulting"
    ("Zantrex Engy Investment", "ZANTREX ENERGY INVESTMENT"),   # contracted: e-n-g-y of "energy"
    ("Comerc Talvera", "COMERCIALIZADORA INTERNACIONAL TALVERA LIMITADA"),   # cut short, no dot
])
def test_a_company_word_abbreviated_without_a_dot(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Kostan Tag",               # a dictionary word: t-a-g is in "trading", but "tag" is a word of its own
    "Velmora Couing Group",     # c-o-u-i-n-g is in "consulting", but three vowels kept: no contraction
    "Velmora Cnsl Group",       # its last letter not the word's: no contraction of "consulting"
])
def test_no_abbreviation_reading_otherwise(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Velnor Import & Export Corp. Lima branch", "VELNOR IMPORT & EXPORT CORP."),    # rigour's "Corp", the name's
    ("Kartolee Holdings (Pvt) (Harare office)", "KARTOLEE HOLDINGS (PVT) LTD"),    # "(PVT)", set aside as listed
    ("Orvana North-West Coop. Corp.", "ORVANA NORTH-WEST COOPERATION CORPORATION"),   # legal forms closing the query
])
def test_the_names_own_legal_form_before_its_branch(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Velnor Import & Export Shipping Lima branch",    # a word of another name, no legal form of this one
])
def test_no_other_word_before_the_branch(reg, query):
    assert top_match(reg, query) is None
