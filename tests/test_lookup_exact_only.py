"""A reading of a typed text that keeps only exact names (a reading in other letters, a name read out of a longer
text) asks the index for the exact tiers alone (`Index._evidence(..., exact_only=True)`), skipping the near-match
search that costs most of a lookup's time. That shortcut must find every exact name the whole search finds, and
nothing else: if an exact tier were ever added after the near-match search, these would fail."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.score import EXACT_TIERS
from tests.support import csl_registry, entity_row

ENTITIES = [
    ("KESTRIVAL TRADING COMPANY LIMITED", "KESTRIVAL TRADING CO", "Dubai, AE"),
    ("BANK MORVATH PLC", "", "London, GB"),
    ("TALMERIC SHIPPING LLC", "TALMERICSHIPPING", ""),
    ("DORVANEX INDUSTRY CO., LTD.", "", "Lima, PE"),
    ("ZARVIQ KUSHAN ENGINEERING", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("exact-only"), rows)
    yield r
    r.close()


EXACT_TEXTS = [
    "Kestrival Trading Company Limited",    # literal
    "kestrival trading co. ltd",            # normalised
    "Morvath Bank PLC",                     # reordered with the legal form
    "Talmeric Shipping",                    # another legal form
    "Talmeric-Shipping",                    # compact
    "Dorvanex Industry Co Ltd",
]
NEAR_TEXTS = ["Kestrivel Trading", "Zarvik Kushan Engineering", "Dorvanex", "Morvath", "Acme Widgets"]


@pytest.mark.parametrize("text", EXACT_TEXTS + NEAR_TEXTS)
def test_exact_only_finds_what_the_whole_search_finds_exactly(reg, text):
    idx, p = reg.index(), reg.params
    whole = [(i, ev) for i, ev in idx._evidence(text, p) if ev.rule in EXACT_TIERS]
    assert idx._evidence(text, p, exact_only=True) == whole
    # and what its callers read through the name's other spellings is exact tiers only, as they keep it unfiltered
    assert all(ev.rule in EXACT_TIERS for _, ev in idx._name_evidence(text, p, exact_only=True))


@pytest.mark.parametrize("text", EXACT_TEXTS)
def test_an_exact_name_is_found_by_the_shortcut(reg, text):
    idx, p = reg.index(), reg.params
    assert any(ev.rule in EXACT_TIERS for _, ev in idx._evidence(text, p, exact_only=True))


@pytest.mark.parametrize("text", NEAR_TEXTS)
def test_a_near_name_is_left_to_the_whole_search(reg, text):
    idx, p = reg.index(), reg.params
    assert idx._evidence(text, p, exact_only=True) == []
    # the whole search still weighs the near names (none for a name no entity comes near)
    near = [ev for _, ev in idx._evidence(text, p) if ev.rule not in EXACT_TIERS]
    assert bool(near) == (text != "Acme Widgets")
