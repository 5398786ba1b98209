"""The lookup's mechanism added with round lk91, on invented companies: a legal form rigour does not know
(knowledge/vocab/words.yaml `legal_forms`) written before the name, as Kyrgyzstan, Bulgaria or Mongolia write theirs
(normalise._opening_legal_form), is read as that legal form, as one written after the name is and as rigour's own
are before it ("OOO ..."); an English word only when typed in capitals before words that are not ("TOO Velmarko
Editores"); a form before other words names none."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND91 = [
    ("VELMARKO EDITORES S.A.", "", "Lima, PE"),
    ("KORVALEX TRADING LLC", "", "Sofia, BG"),
    ("DRESTOVAN MINING", "", "Ulaanbaatar, MN"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND91)]
    r = csl_registry(tmp_path_factory.mktemp("round91"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("OsOO Velmarko Editores", "VELMARKO EDITORES S.A."),           # Kyrgyz limited company, written first
    ("EOOD Korvalex Trading", "KORVALEX TRADING LLC"),              # Bulgarian one-member limited company
    ("XXK Drestovan Mining", "DRESTOVAN MINING"),                   # Mongolian limited company
    ("TOO Velmarko Editores", "VELMARKO EDITORES S.A."),            # Kazakh limited partnership, in capitals
    ("SARLAU Korvalex Trading", "KORVALEX TRADING LLC"),            # Moroccan one-member limited company
])
def test_a_legal_form_of_the_vocabulary_written_first_is_that_legal_form(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Too Velmarko Editores",                  # an English word first is no legal form
    "OsOO Zorbanex Editores",                 # another firm's words after the form
    "EOOD Korvalex Zorbanex Trading",
    "TOO VELMARKO EDITORES",                  # a text all in capitals says nothing of its first word
    "XXK Qolti Mining",
])
def test_the_shape_read_elsewhere_names_no_one(reg, query):
    assert no_match(reg, query)
