"""Lookup reading found on the misses left of train ... train83 (eval/lookup/), tested here on invented names:
a query whose last word is a place that only says where a firm is ("Dorvanex Cotonou") is no better a reading of a
name that lacks that place than of another entity's name that has it: the ambiguity rule (score.hold_ambiguous) holds
a reading that sets a place aside as it holds a query that is only a part of a name, by a name that has every word
of the query ("DORVANEX PARC COTONOU") or by another reading that sets the same place aside."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("DORVANEX GROUP SA", "", "Cotonou, BJ"),
    ("DORVANEX PARC COTONOU", "", "Cotonou, BJ"),
    ("KESTRIVAL INDUSTRY CO., LTD.", "", "Lima, PE"),
    ("KESTRIVAL LIMA CARBON AND GRAPHITE CORPORATION", "", "Lima, PE"),
    ("VORNATH ISLAMIC GROUP", "", ""),
    ("REVOLUTIONARY VORNATH FORCES OF PERU", "", "Lima, PE"),
    ("TALMERIC SHIPPING LLC", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round86"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Dorvanex Cotonou", "DORVANEX PARC COTONOU"),       # the name that has the place, not the group set beside it
    ("Kestrival Lima", "KESTRIVAL LIMA CARBON AND GRAPHITE CORPORATION"),
])
def test_a_name_with_the_place_is_the_better_reading(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Vornath Peru",          # VORNATH ISLAMIC GROUP with Peru set aside, or REVOLUTIONARY VORNATH FORCES OF PERU
])
def test_a_place_set_aside_does_not_pick_one_entity(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Talmeric Shipping Peru", "TALMERIC SHIPPING LLC"),  # no other entity names it: the place still says where
    ("Revolutionary Vornath Peru", "REVOLUTIONARY VORNATH FORCES OF PERU"),
])
def test_a_place_set_aside_still_finds_the_one_entity(reg, query, expected):
    assert matched_name(reg, query) == expected
