"""Lookup reading found on the wrong entities left of train ... train64 (eval/lookup/), tested here on invented names:
- A near match through a name several entities share (a parent's a.k.a. that its branches also carry) picks none of
  them when the query's other words name none as written ("<parent> : <place mistyped> Branch", "<parent> <another
  place> office"), nor a worse reading of the same words and more (score._shared_near_name, score.hold_ambiguous)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VELMORA ISLAMIC FOUNDATION", "VELMORA; VELMORA FOUNDATION", "Riyadh, SA"),
    ("VELMORA : KENYA BRANCH", "VELMORA; VELMORA FOUNDATION", "Nairobi, KE"),
    ("VELMORA : PERU BRANCH", "VELMORA; VELMORA FOUNDATION", "Lima, PE"),
    ("VELMORA : SENEGAL BRANCH", "VELMORA; VELMORA FOUNDATION", "Dakar, SN"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round65"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", [
    "Velmora : Ethiopiia Branch",        # a place mistyped that no sibling has: none picked
    "Velmora Foundation Tirana office",  # a place no entity names: neither a branch nor the parent
])
def test_shared_name_with_unread_qualifier_names_no_one(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Velmora : Senegal Branch", "VELMORA : SENEGAL BRANCH"),
    ("Velmora Islamic Foundation", "VELMORA ISLAMIC FOUNDATION"),
    ("Velmora : Kenya Branch", "VELMORA : KENYA BRANCH"),
])
def test_named_entities_still_match(reg, query, expected):
    assert matched_name(reg, query) == expected


# The parent without the name its branches share: its own name, the shared name's words and more, is a worse reading
# of the same query, and picking it would be a guess at the parent (the review found no test holding this clause).
PARENT_APART = [
    ("VELMORA ISLAMIC FOUNDATION", "", "Riyadh, SA"),
    ("VELMORA : KENYA BRANCH", "VELMORA FOUNDATION", "Nairobi, KE"),
    ("VELMORA : PERU BRANCH", "VELMORA FOUNDATION", "Lima, PE"),
]


@pytest.fixture(scope="module")
def parent_apart(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(PARENT_APART)]
    r = csl_registry(tmp_path_factory.mktemp("round65-parent"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", ["Velmora Foundation Tirana office", "Velmora Foundation : Ethiopiia Branch"])
def test_a_worse_reading_of_a_shared_name_names_no_one_either(parent_apart, query):
    assert no_match(parent_apart, query)


def test_the_parent_named_whole_still_matches(parent_apart):
    assert matched_name(parent_apart, "Velmora Islamic Foundation") == "VELMORA ISLAMIC FOUNDATION"
