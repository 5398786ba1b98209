"""Lookup reading found on the misses of train ... train64 (eval/lookup/), tested here on invented names:
- A typed name inside a URL's or a form's query string ("?q=Widget%20Works&city=...", "name=Widget+Works&...") is
  read from the parameters' values, percent- and plus-decoded (knowledge/lookup/fields.py, `query_values`), as a field
  of structured text: only when the whole text matched nothing, and a value counts only when it is a listed name at
  an exact tier.
  Guards: a value near a listed name (a typo) is no match; values naming two entities name none."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("MARVELINK SHIPPING PTE LTD", "", "Singapore, SG"),
    ("KELTRANO MINERALS GMBH", "", "Graz, AT"),
    ("DORVANTA HOLDINGS S.A.", "", "Panama, PA"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round66"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("https://erp.example/vendors/search?q=Marvelink%20Shipping%20Pte%20Ltd&city=Singapore",
     "MARVELINK SHIPPING PTE LTD"),
    ("vendor=Keltrano+Minerals+GmbH&city=Graz&status=pending", "KELTRANO MINERALS GMBH"),
    ('curl -s "https://screen.example/api/check?name=Dorvanta+Holdings+S.A.%2C&country=PA"', "DORVANTA HOLDINGS S.A."),
])
def test_name_in_a_query_string(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_query_value_near_a_listed_name_is_no_match(reg):
    assert no_match(reg, "https://erp.example/vendors/search?q=Marvelinc%20Shipping%20Pte%20Ltd&city=Singapore")


def test_query_values_naming_two_entities_name_none(reg):
    assert no_match(reg, "https://erp.example/search?q=Marvelink%20Shipping%20Pte%20Ltd&alt=Keltrano+Minerals+GmbH")


def test_one_pair_in_running_text_is_no_query_string():
    """'=' alone is no query string: a pair counts after a '?' or joined to another by '&', so a formula or a label
    in a sentence ("x+y=Keltrano+Minerals") is not read as a form's value, '+' decoded to a space."""
    from knowledge.lookup.fields import query_values

    assert query_values("the formula x+y=Keltrano+Minerals in the notes") == []
    assert query_values("name=Keltrano+Minerals&city=Graz") == ["Keltrano Minerals", "Graz"]
    assert query_values("https://x.example/find?q=Keltrano%20Minerals") == ["Keltrano Minerals"]
