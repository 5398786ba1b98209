"""The lookup's mechanism added with round lk100, on invented companies: when two matched entities' names both
explain what was typed, the one whose name holds typed words the other leaves unexplained (set aside as a place
saying where the firm is, as the unit's parent, as a word typed again in parentheses) comes first, provided the
typed text has every word of it (Registry._explains_less). A name equal to what was typed still comes first, and an
unlisted branch still matches nothing."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND100 = [
    ("ZORVIK TELECOMMUNICATIONS COMPANY LIMITED", "", "Cairo Road, Lusaka, ZM"),
    ("ZORVIK TELECOMMUNICATIONS COMPANY ZAMBIA, LIMITED", "", "Church Road, Lusaka, ZM"),
    ("GRUPO VELTAR LIMITADA", "", "Calle 10, Cali, CO"),
    ("GRUPO VELTAR - MIRANO CENTRE", "", "Carrera 5, Cali, CO"),
    ("KELMAR DARVAN CORPS", "KELMAR-E DARVAN-E TALESH", ""),
    ("KELMAR DARVAN CORPS (KDC)-NORTH FORCE", "KELMAR-E DARVAN-E TALESH (KELMAR)", ""),
    ("TEHRIK-E VOLMAR PAKISTAN (TVP)", "", ""),
    ("RASHAD GORAN GROUP", "TEHREEK-I-VOLMAR PAKISTAN GORAN GROUP", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND100)]
    r = csl_registry(tmp_path_factory.mktemp("round100"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    # a place the one name holds, the other's reading sets aside as where the firm is
    ("Zorvik Telecom Co. Zambia Ltd", "ZORVIK TELECOMMUNICATIONS COMPANY ZAMBIA, LIMITED"),
    ("Zorvik Telecom. COMPANY Zambia LIMITED", "ZORVIK TELECOMMUNICATIONS COMPANY ZAMBIA, LIMITED"),
    # a unit typed before its parent: the name holding both halves, not the parent's alone
    ("Mirano Centre - Grupo Veltar", "GRUPO VELTAR - MIRANO CENTRE"),
    # a word typed again in parentheses, which one a.k.a. holds and the other's reading sets aside
    ("KELMAR-E DARVAN-E TALESH (KELMAR)", "KELMAR DARVAN CORPS (KDC)-NORTH FORCE"),
])
def test_the_name_holding_more_of_the_typed_words_comes_first(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Zorvik Telecommunications Company Limited", "ZORVIK TELECOMMUNICATIONS COMPANY LIMITED"),
    ("Grupo Veltar Limitada", "GRUPO VELTAR LIMITADA"),
])
def test_a_name_equal_to_what_was_typed_still_comes_first(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_name_lacking_words_of_its_own_does_not_come_first_for_the_words_it_spells_as_typed(reg):
    # the other name explains every typed word, one spelt otherwise ("Tehreek" for TEHRIK); the a.k.a. holding it as
    # typed lacks words of its own
    assert matched_name(reg, "Tehreek-e-Volmar Pakistan") == "TEHRIK-E VOLMAR PAKISTAN (TVP)"


def test_an_unlisted_branch_still_matches_nothing(reg):
    assert no_match(reg, "Zorvik Telecom Co. Ghana Ltd")


def test_a_match_ranked_after_one_of_lower_score_says_why(reg):
    # both names clear the threshold; the one holding the typed place comes first, and the other, whatever its
    # score, names it in its reason: the list a user sees is never out of score order without a word on it
    first, second, *_ = reg.lookup("Mirano Centre - Grupo Veltar")
    assert (first.entity.name, second.entity.name) == ("GRUPO VELTAR - MIRANO CENTRE", "GRUPO VELTAR LIMITADA")
    assert first.match and second.match
    assert "ranked after GRUPO VELTAR - MIRANO CENTRE" in second.reason
    assert "ranked after" not in first.reason
