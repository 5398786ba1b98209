"""Lookup mechanism of round lk81 (eval/lookup/ train ... train78), tested here on invented names:
- A listed name found inside a request whose other words are read as chatter (`Index._name_in_chatter`: dictionary
  words, everyday words) is not the name asked about when those words next to it, with it, are another entity's
  listed name, every word of the longer run found in that name (`Index._within_another_name`): "Air Force of the
  Karvonese Guard Corps" names the unit KARVONESE GUARD CORPS AIR FORCE, not its parent KARVONESE GUARD CORPS, and
  "Strategic Missile Command of the Velmoran Defence Army in Pyongyang" names the command, not the army."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("KARVONESE GUARD CORPS", "", "Tirnova, IR"),
    ("KARVONESE GUARD CORPS AIR FORCE", "", "Tirnova, IR"),
    ("VELMORAN DEFENCE ARMY", "", "Pyongyang, KP"),
    ("STRATEGIC MISSILE COMMAND OF THE VELMORAN DEFENCE ARMY", "", "Pyongyang, KP"),
    ("DORVESTA HOLDINGS", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round81"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Air Force of the Karvonese Guard Corps", "KARVONESE GUARD CORPS AIR FORCE"),
    ("Strategic Missile Command of the Velmoran Defence Army in Pyongyang",
     "STRATEGIC MISSILE COMMAND OF THE VELMORAN DEFENCE ARMY"),
    ("please check if Strategic Missile Command of the Velmoran Defence Army in Pyongyang is sanctioned",
     "STRATEGIC MISSILE COMMAND OF THE VELMORAN DEFENCE ARMY"),
])
def test_a_unit_named_with_its_parent_is_the_unit(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("client mentions Karvonese Guard Corps, any hit", "KARVONESE GUARD CORPS"),
    ("payment to Velmoran Defence Army flagged, pls review", "VELMORAN DEFENCE ARMY"),
    ("client mentions Dorvesta Holdings, any hit on the list", "DORVESTA HOLDINGS"),
])
def test_a_name_among_chatter_is_still_the_name(reg, query, expected):
    assert matched_name(reg, query) == expected
