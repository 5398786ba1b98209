"""The lookup's mechanism added with round lk90, on invented companies: a firm's branch named with a word of a language
no vocabulary has (index.Index._branch_word_unread): a listed name typed whole, then a town of a place list and one word
no vocabulary reads closing the text, is the firm's branch there, read as "branch" is; the same word beside no town,
or after words that name no firm exactly (a town that is a firm's name and all), names none."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND90 = [
    ("VELMARKO TRADING", "", "Lyon, FR"),
    ("DRESTOVAN", "", "Hamburg, DE"),
    ("KORVALEX FARM", "", "Harare, ZW"),
    ("PELTRANO LIMITED", "", "London, GB"),
    ("ODESSA LTDA.", "", "Odessa, UA"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND90)]
    r = csl_registry(tmp_path_factory.mktemp("round90"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Velmarko Trading Lyon útibú", "VELMARKO TRADING"),            # Icelandic "útibú", a branch
    ("Velmarko Trading Lyon cangen", "VELMARKO TRADING"),           # Welsh "cangen", a branch
    ("Drestovan Hamburg fiók", "DRESTOVAN"),                        # Hungarian "fiók", a branch
    ("pls check Drestovan Hamburg fiók", "DRESTOVAN"),
    ("Korvalex Farm Harare dega", "KORVALEX FARM"),                 # Albanian "dega", the branch
    ("Peltrano Limited London útibú", "PELTRANO LIMITED"),
])
def test_a_branch_word_no_vocabulary_has_after_a_town_is_the_firms_branch(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Velmarko Trading Zorbanex",              # no town before the word: it may be another firm's
    "Velmarko Lyon útibú",                    # the words before the town name no firm exactly
    "Zorbanex Velmarko Lyon útibú",
    "Drestovan Hamburg Zorbanex Qolti",       # two words no vocabulary reads after the town
    "Drukarnia Velkora Odessa",               # a town that is a firm's name is no firm named before it
    "pls check Ile Velkora Zorbanex Odessa",
])
def test_the_shape_read_elsewhere_names_no_one(reg, query):
    assert no_match(reg, query)
