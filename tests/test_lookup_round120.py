"""The lookup's reading added with round lk120, on invented companies: a value written in single quotes where code
writes a string (a Python dict "{'party': 'Widget Ltd'}", a call "screen_party('Widget Ltd', 'Oslo')", SQL's
"VALUES ('Widget Ltd', ...)", a Fortran namelist "&party name='Widget Ltd', city='Oslo' /") is read as that value
written in double quotes (knowledge/lookup/fields.py `SINGLE_QUOTED_VALUE`): the listed name is found; a firm no list
has, or a listed name with a word more, is still not flagged, and an apostrophe is no quote."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.fields import fields
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VELMORA TRADING LLC", "", "Dubai, AE"),
    ("ZARKOV SHIPPING COMPANY", "", "Bandar Abbas, IR"),
    ("QUILLANE MARINE SERVICES LIMITED", "", "Limassol, CY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round120"), rows)
    yield r
    r.close()


def test_a_single_quoted_value_is_a_field():
    assert "Widget Works Ltd" in fields("screen_party('Widget Works Ltd', 'Lima').")
    assert "Widget Works Ltd" in fields("&party name='Widget Works Ltd', city='Lima' /")


def test_an_apostrophe_is_no_quote():
    assert fields("O'Brien's Widget Works Ltd") == []
    assert fields("Uè, 'a ditta Widget Napule sta 'ncoppa â lista d' 'e sanzione?") == []


@pytest.mark.parametrize("query, expected", [
    ("screen_party('Velmora Trading LLC', 'Dubai').", "VELMORA TRADING LLC"),
    ("{'party': 'Quillane Marine Services LIMITED', 'city': 'Limassol'}", "QUILLANE MARINE SERVICES LIMITED"),
    ("INSERT INTO vendors (name, city) VALUES ('Zarkov Shipping Company', 'Bandar Abbas');",
     "ZARKOV SHIPPING COMPANY"),
    ("&party name='Velmora Trading LLC', city='Dubai' /", "VELMORA TRADING LLC"),
])
def test_a_single_quoted_value_finds_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "screen_party('Velmora Confectionery LLC', 'Dubai').",
    "{'party': 'Zarkov Shipping Company Pension Fund', 'city': 'Oslo'}",
    "&party name='Gorbeia Kin-Ball Club', city='Limassol' /",
    "INSERT INTO vendors (name, city) VALUES ('Quillane Marine Bakery', 'Limassol');",
])
def test_a_single_quoted_value_flags_no_unlisted_firm(reg, query):
    assert no_match(reg, query)
