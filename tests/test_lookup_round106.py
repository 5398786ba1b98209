"""Lookup reading added with round lk106, on invented companies: a name typed whole with dotted initials closing it,
shaped as a legal form is written (single letters, two to six, each with its dot: "S.G.P.S.", "Q.P.S.C.", "e.U.",
"K.K.") that no vocabulary reads (knowledge/lookup/normalise.py `before_unread_initials`,
knowledge/lookup/index.py `Index._unread_initials`), is read as a legal form, as lk103 reads an abbreviation in
capitals: the name before them, found exactly among the listed names, is that company's with another legal form, or,
when it is listed with none, the company as a name typed with a legal form its listing lacks is (a product decision:
a wrong "not listed" is the worst answer). A name the list does not hold, part of a name, a person's name, a word
after the initials, and a name two companies share are still no match."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("CALVENDRA LOGISTICA S.A.", "", "Quito, EC"),
    ("TERVANEL GROUP", "", "Lisbon, PT"),
    # two firms of the same words with different legal forms
    ("BRISOMAR TRADING S.R.L.", "", "Asuncion, PY"),
    ("BRISOMAR TRADING LTDA", "", "Sao Paulo, BR"),
]
PEOPLE = [("VOSKARIN, Heldor", "", "Quito, EC")]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    rows += [entity_row(n, name, alt, address, prefix="p", kind="Individual")
             for n, (name, alt, address) in enumerate(PEOPLE)]
    r = csl_registry(tmp_path_factory.mktemp("round106"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Calvendra Logistica Q.R.S.T.", "CALVENDRA LOGISTICA S.A."),    # no first letters a legal form rigour knows
    ("Calvendra Logistica e.U.", "CALVENDRA LOGISTICA S.A."),
    ("Calvendra Logistica, Q.R.S.T", "CALVENDRA LOGISTICA S.A."),    # the last dot left off, a comma before
    ("Tervanel Group K.K.", "TERVANEL GROUP"),                       # a name listed with no legal form
    ("Tervanel Group E.E.", "TERVANEL GROUP"),
])
def test_unread_initials_closing_a_whole_name_are_a_legal_form(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Calvendra Maritima Q.R.S.T.",         # the name before them is no listed name
    "Calvendra Q.R.S.T.",                  # not the whole name
    "Voskarin Heldor J.R.",                # after a person's name: a person's initials, not a legal form
    "Brisomar Trading Q.R.S.T.",           # two listed firms have these words
    "Calvendra Logistica Q.R.S.T. Norte",  # a word after the initials
])
def test_initials_of_no_one_company_are_no_match(reg, query):
    assert no_match(reg, query)


def test_the_shape():
    from knowledge.lookup.normalise import before_unread_initials

    assert before_unread_initials("Widget Trading S.G.P.S.") == ("Widget Trading", "sgps")
    assert before_unread_initials("Widget Trading e.U.") == ("Widget Trading", "eu")
    assert before_unread_initials("Widget Trading S.A.") is None           # a legal form rigour reads
    assert before_unread_initials("Widget Trading U.K.") is None           # a place
    assert before_unread_initials("Widget Trading Q.") is None             # one letter
    assert before_unread_initials("Widget Trading A.B.C.D.E.F.G.") is None  # seven letters: no legal form's shape
    assert before_unread_initials("Q.R.S.T.") is None                      # no name before them
