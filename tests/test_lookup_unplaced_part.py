"""A country typed beside a name says where the company is; for an entity the lists place nowhere, any country may
be where it is, but only of its name typed whole ("Veldrano IRA (Ireland)"): beside a part of the name it says
nothing of which name the part is, and "Vornath Mexico" is no more VORNATH ISLAMIC GROUP than "Vornath" alone is, a
part that other listed names share. Invented names."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VORNATH ISLAMIC GROUP", "", ""),                      # placed nowhere
    ("REVOLUTIONARY VORNATH FORCES", "", "Bogota, CO"),
    ("MINISTRY OF VORNATH AFFAIRS", "", "Caracas, VE"),
    ("VELDRANO IRA", "", ""),                               # placed nowhere
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("unplaced"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", ["Vornath Mexico", "Vornath Group Mexico"])
def test_a_country_beside_a_part_of_an_unplaced_name_picks_no_entity(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Veldrano IRA (Ireland)", "VELDRANO IRA"),             # the whole name: the country says where it is
    ("Vornath Islamic Group Mexico", "VORNATH ISLAMIC GROUP"),
])
def test_a_country_beside_a_whole_unplaced_name_still_finds_it(reg, query, expected):
    assert matched_name(reg, query) == expected
