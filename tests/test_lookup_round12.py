"""Lookup mechanisms found on train12's false matches and misses (eval/lookup/train12.jsonl), each tested here on
invented names: a word with a syllable written inside it is another word, no typo ("Velquistadora" is not
VELTADORA); one word typed with another first letter names no one; a city typed as its name is written is that city,
not a misspelt word of a name; one slip in a short word (a letter changed, "Kelvax" for KELVAZ) is as sure as in
a long one; and a name written whole with its legal form, then where it is, with a word the listed
name lacks ("... Holdings Limited Malta") is another company, while a name's last words with its own legal form, a
coined word of one entity among them ("Kelbrano Ltda."), are that name without the words in front saying what it
does."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND12 = [
    ("ARROCERA VELTADORA", "", "Medellin, CO"),
    ("TARRITOVEX S.A.", "", "Cali, CO"),
    ("DENVAR PETROCHEMICAL COMPANY", "", "Tehran, IR"),
    ("KORVAN BOSTAN CEMENT", "", "Mashhad, IR"),
    ("KELVOR LIMITED", "", "St. Julians, MT"),
    ("ZANTREX MANAGEMENT PTE LTD", "", "Singapore, SG"),
    ("KELVAZ S.A.", "", "Montevideo, UY"),
    ("DORVALI, S.A. DE C.V.", "", "Puebla, MX"),
    ("TRISTCON S.A.S.", "", "Bogota, CO"),
    ("COMPANIA AGROPECUARIA KELBRANO LTDA.", "", "Bogota, CO"),
    # "Holdings" as common as it is in the lists
    ("MERVALO HOLDINGS LIMITED", "", "Valletta, MT"),
    ("SANDOVIR HOLDINGS LTD", "", "London, GB"),
    ("PELTRANO HOLDINGS", "", "Dubai, AE"),
    ("QUARVENT HOLDINGS LIMITED", "", "Nicosia, CY"),
    ("BRELLTON HOLDINGS LIMITED", "", "Riga, LV"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND12)]
    r = csl_registry(tmp_path_factory.mktemp("round12"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", [
    "Arrocera Velquistadora",                  # a syllable inside a word: another word, no typo
    "Jarritovex",                              # one word, another first letter: no misspelling of TARRITOVEX
    "Petro Denver S. de R.L. de C.V.",         # a city typed right, not a misspelt DENVAR
    "Kelvor Holdings Limited Malta",           # written whole, a word KELVOR LIMITED lacks, then where it is
    "Kelvor Holdings Limited",
    "Kelbrano S.A.",                           # the name's last words, another legal form
    "Kelbrano Trading Ltda.",                  # a word the name lacks
])
def test_near_names_that_are_other_names(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Arrocera Veltadora", "ARROCERA VELTADORA"),
    ("Arrocera Veltadorra", "ARROCERA VELTADORA"),                  # a letter doubled is a typo
    ("Tarritovex", "TARRITOVEX S.A."),
    ("Denvar Petrochemical Company", "DENVAR PETROCHEMICAL COMPANY"),
    ("Korvan Boston Cement", "KORVAN BOSTAN CEMENT"),                # a misspelt city among the name's other words
    ("Kelvor Limited Malta", "KELVOR LIMITED"),
    ("Kelbrano Ltda.", "COMPANIA AGROPECUARIA KELBRANO LTDA."),   # the name's last words, its own legal form
    ("Kelvax S.A.", "KELVAZ S.A."),                                  # one slip in a short word
    ("Dorvaly S.A. de C.V.", "DORVALI, S.A. DE C.V."),
    ("Tristcom S.A.S.", "TRISTCON S.A.S."),                      # where it is adds nothing
])
def test_the_names_themselves_still_match(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_word_of_the_legal_form_the_name_writes_short_is_no_other_word(reg):
    # "Private" of "Private Limited" is the "Pte" of PTE LTD, no word making another company
    top = reg.lookup("Zantrex Management Private Limited", limit=1)[0]
    assert top.entity.name == "ZANTREX MANAGEMENT PTE LTD" and "another name" not in str(top.reason)


def test_a_word_written_inside_another():
    from knowledge.lookup.alike import infixed
    assert infixed("conquistadora", "contadora") and infixed("velquistadora", "veltadora")
    assert not infixed("veltadorra", "veltadora") and not infixed("transportes", "transport")
