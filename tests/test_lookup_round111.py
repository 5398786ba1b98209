"""The lookup's reading added with round lk111, on invented companies: a field's value written in braces after its
'=' (a BibTeX entry, "@misc{x, author = {Widget Works Ltd}, address = {Lima}}") is read as that value written in
double quotes (knowledge/lookup/fields.py `BRACED_VALUE`): the listed name is found; a firm no list has, or a listed
name with a word more, is still not flagged."""
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
    r = csl_registry(tmp_path_factory.mktemp("round111"), rows)
    yield r
    r.close()


def test_a_braced_value_is_a_field():
    assert "Widget Works Ltd" in fields("@misc{w1, author = {Widget Works Ltd}, address = {Lima}}")


def test_a_record_in_braces_is_not_read_as_one_value():
    # braces holding quoted values are a record, its values read one by one, not the braces' text whole
    assert fields('party = { name = "Widget Works Ltd", city = "Lima" }') == \
        ["party = { name =", "Widget Works Ltd", "city =", "Lima"]


@pytest.mark.parametrize("query, expected", [
    ("@misc{cp1, author = {Velmora Trading LLC}, address = {Dubai}}", "VELMORA TRADING LLC"),
    ("@misc{screen, title = {Quillane Marine Services LIMITED}, address = {Limassol, Cyprus}}",
     "QUILLANE MARINE SERVICES LIMITED"),
    ("@misc{v2,author={Zarkov Shipping Company},address={Bandar Abbas}}", "ZARKOV SHIPPING COMPANY"),
])
def test_a_bibtex_entry_finds_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "@misc{cp1, author = {Velmora Confectionery LLC}, address = {Dubai}}",
    "@misc{cp2, author = {Zarkov Shipping Company Pension Fund}, address = {Oslo}}",
    "@misc{cp3, author = {Gorbeia Kin-Ball Club}, address = {Limassol}}",
])
def test_a_bibtex_entry_flags_no_unlisted_firm(reg, query):
    assert no_match(reg, query)
