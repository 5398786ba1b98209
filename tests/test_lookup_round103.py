"""Lookup reading added with round lk103, on invented companies: a name typed with a last word shaped as a legal form
is written, a short abbreviation in capitals ("NUF", "SELARL", "SCSp") that no vocabulary reads (a country's legal form
neither rigour nor knowledge/vocab/words.yaml knows), standing where a legal form stands, after the whole name
(knowledge/lookup/index.py `_unread_legal_form`, normalise.before_unread_legal_form): the name before it, found exactly
among the listed names that have a legal form of their own, is that company's with another legal form. A word that is
a listed name's word or an English word is no legal form, a name listed with no legal form is left (the word may be
its own), initials after a person's name are the person's, and a name the list does not hold is still no match."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("TORVELAN INDUSTRIAS S.A.", "", "Quito, EC"),
    ("MERQUIDO HOLDINGS", "", "Panama, PA"),
    ("PDQR LOGISTICS", "", "Lima, PE"),
]
PEOPLE = [("VOSKARIN, Heldor", "", "Quito, EC")]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    rows += [entity_row(n, name, alt, address, prefix="p", kind="Individual")
             for n, (name, alt, address) in enumerate(PEOPLE)]
    r = csl_registry(tmp_path_factory.mktemp("round103"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Torvelan Industrias NUF", "TORVELAN INDUSTRIAS S.A."),
    ("Torvelan Industrias SELARL", "TORVELAN INDUSTRIAS S.A."),
    ("Torvelan Industrias SCSp", "TORVELAN INDUSTRIAS S.A."),
    ("TORVELAN INDUSTRIAS QPSC", "TORVELAN INDUSTRIAS S.A."),
])
def test_a_legal_form_no_vocabulary_knows_closing_the_whole_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Torvelan Mining NUF",              # the name before it is no listed name
    "Torvelan Industrias PDQR",         # a listed name's word, not a legal form
    "Merquido Holdings SELARL",         # a name listed with no legal form: the word may be its own
    "Voskarin Heldor KK",               # after a person's name
    "Torvelan NUF",                     # not the whole name
])
def test_a_closing_word_that_is_no_unread_legal_form_matches_nothing(reg, query):
    assert no_match(reg, query)


def test_the_shape():
    from knowledge.lookup.normalise import before_unread_legal_form

    assert before_unread_legal_form("Widget Trading NUF") == ("Widget Trading", "nuf")
    assert before_unread_legal_form("Widget Trading SCSp") == ("Widget Trading", "scsp")
    assert before_unread_legal_form("Widget Trading Nuf") is None        # one capital: a word
    assert before_unread_legal_form("widget trading nuf") is None        # no shape typed
    assert before_unread_legal_form("Widget Trading S.G.P.S.") is None   # dotted initials: read elsewhere or not
    assert before_unread_legal_form("Widget Trading GmbH") is None       # a legal form rigour reads already
    assert before_unread_legal_form("NUF") is None                       # no name before it
