"""The lookup's mechanism added with round lk114, on invented companies: a name typed all in capitals inside a request
typed otherwise, in a language no vocabulary has, its words around it capitalised or read as stopwords
("L'entrepresa", "di Tehran"): the capitals say where the name begins and ends (normalise.upper_case_runs), and the
run is kept when it is one entity's listed name exactly. An unlisted name so typed matches nothing."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import upper_case_runs
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND114 = [
    ("KELVORANT TRADING GMBH", "", ""),
    ("GENERAL DIRECTORATE OF ZORVANIAN DOCKS", "", ""),
    ("TAMBERLOX COMPANY", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND114)]
    r = csl_registry(tmp_path_factory.mktemp("round114"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Tá an gnólacht KELVORANT TRADING GMBH as ar an liosta ar chor ar bith?", "KELVORANT TRADING GMBH"),
    ("L'entrepresa GENERAL DIRECTORATE OF ZORVANIAN DOCKS de es sus la lista?", "GENERAL DIRECTORATE OF ZORVANIAN DOCKS"),
    ("A sucietà TAMBERLOX COMPANY di hè nantù à a lista?", "TAMBERLOX COMPANY"),
])
def test_a_name_in_capitals_inside_a_request(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "A sucietà TAMBERLOX TRADING COMPANY di hè nantù à a lista?",
    "L'entrepresa KELVORANT MINING de es sus la lista?",
])
def test_an_unlisted_name_so_typed_matches_nothing(reg, query):
    assert no_match(reg, query)


def test_upper_case_runs():
    assert [n for n, _ in upper_case_runs("A sucietà TAMBERLOX COMPANY di Tehran hè nantù?")] == ["TAMBERLOX COMPANY"]
    assert upper_case_runs("TAMBERLOX COMPANY DI TEHRAN") == []
