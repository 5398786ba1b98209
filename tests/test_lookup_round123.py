"""The lookup's reading added with round lk123, on invented companies: a markup tag's attributes written in double
quotes ('<party name="Widget Ltd" city="Oslo"/>', an XML or HTML element whose values stand inside its tag) are cut
out of the tag and read as fields like a cell's text (knowledge/lookup/fields.py `_TAG_WITH_ATTRIBUTES`): the listed
name is found; a firm no list has, or a listed name with a word more, is still not flagged."""
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
    r = csl_registry(tmp_path_factory.mktemp("round123"), rows)
    yield r
    r.close()


def test_a_tag_attribute_is_a_field():
    assert fields('<party name="Widget Works Ltd" city="Lima"/>') == ["Widget Works Ltd", "Lima"]
    assert "Widget Works Ltd" in fields('<vendor id="7" label="Widget Works Ltd"></vendor>')


def test_a_tag_without_attributes_is_read_as_before():
    assert fields("<td>Widget Works Ltd</td><td>Lima</td>") == ["Widget Works Ltd", "Lima"]


@pytest.mark.parametrize("query, expected", [
    ('<party name="Velmora Trading LLC" city="Dubai"/>', "VELMORA TRADING LLC"),
    ('<counterparty name="Zarkov Shipping Company" city="Bandar Abbas" type="org"/>', "ZARKOV SHIPPING COMPANY"),
    ('<beneficiary city="Limassol" name="Quillane Marine Services LIMITED" />', "QUILLANE MARINE SERVICES LIMITED"),
])
def test_a_tag_attribute_finds_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    '<party name="Velmora Confectionery LLC" city="Dubai"/>',
    '<counterparty name="Zarkov Shipping Company Pension Fund" city="Oslo"/>',
    '<party name="Gorbeia Kin-Ball Club" city="Limassol" type="org"/>',
    '<party name="Velmora Trading LLC" other="Zarkov Shipping Company"/>',
])
def test_a_tag_attribute_flags_no_unlisted_firm(reg, query):
    assert no_match(reg, query)
