"""Lookup reading found on the misses of train ... train63 (eval/lookup/), tested here on invented names:
- A typed name inside structured text (an HTML or XML cell, a JSON or TOML field, a SWIFT field's lines, a quoted
  payee) is read field by field when the whole text matched nothing (knowledge/lookup/fields.py): cut at line
  breaks, double quotes and markup tags, a field counts only when it is a listed name at an exact tier.
  Guards: a field near a listed name (a typo) is no field match; fields naming two entities name none. (The guard that
  a text cut once is a name and its qualifier has no test here: the scorer already decides the invented cases.)"""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VORTELLA MARINE LTD", "", "Bergen, NO"),
    ("QUIBRAN TRADING LLC", "", "Baku, AZ"),
    ("ZENTORIK", "", "Kassel, DE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round63"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ('<tr><td class="vendor">Vortella Marine Ltd</td><td>Bergen</td></tr>', "VORTELLA MARINE LTD"),
    ('=VLOOKUP("Quibran Trading LLC";Vendors!A:C;2;FALSE)', "QUIBRAN TRADING LLC"),
    ('[vendor]\nname = "Zentorik"\ncity = "Kassel"\n', "ZENTORIK"),
])
def test_name_in_a_field_of_structured_text(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_field_near_a_listed_name_is_no_match(reg):
    assert no_match(reg, '<tr><td class="vendor">Vortela Marine Ltd</td><td>Bergen</td></tr>')


def test_fields_naming_two_entities_name_none(reg):
    assert no_match(reg, '<tr><td>Vortella Marine Ltd</td><td>Quibran Trading LLC</td></tr>')


def test_a_quoted_word_inside_another_firms_name_is_no_field(reg):
    # (review of session 43: the quotes cut 'Zentorik' out of a running name, which matched ZENTORIK at 1.0)
    assert no_match(reg, 'Harbin "Zentorik" Trading Co')


def test_a_field_is_read_as_a_typed_name_only(reg):
    # (review of session 43: each field went through every reading of a longer text, so a request inside a cell
    # matched as if the cell were the name)
    assert no_match(reg, '<tr><td>please screen Vortella Marine Ltd asap</td><td>x</td></tr>')
