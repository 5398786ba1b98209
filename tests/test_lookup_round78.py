"""Lookup reading found on the misses left of train ... train75 (eval/lookup/), tested here on invented names:
- A name given as the value of a labelled field of a record, a field being a line, or what a ";" or a "/" standing
  apart divide, its label (four words at most) closed by a colon ("ORG:Widget Works\\nADR:;;;Lima",
  "X-Payee-Name: Widget Works; city=Lima", "PO# 12 / Supplier: Widget Works LLC / Terms: NET30"), is read when the
  value is one company's listed name exactly and nothing matched the text exactly before (knowledge/lookup/index.py
  `labelled_field_values`, `Index._labelled_values`). Another labelled value saying a place in none of that company's
  countries says it is another company ("...; City: Tehran" of a London firm)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("QUORVADEL SHIPPING COMPANY LIMITED", "", "Valletta, MT"),
    ("TRESKAVIN INTERNATIONAL LIMITED", "", "London, GB"),
    ("ZELMORAN RESOURCES TRADING COMPANY L.L.C.", "", "Dubai, AE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round78"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("BEGIN:VCARD\nORG:QUORVADEL SHIPPING COMPANY LIMITED\nADR:;;;Valletta;;;\nEND:VCARD",     # fields on lines
     "QUORVADEL SHIPPING COMPANY LIMITED"),
    ("X-Counterparty-Name: TRESKAVIN INTERNATIONAL LIMITED; city=London",                        # fields by ";"
     "TRESKAVIN INTERNATIONAL LIMITED"),
    ("PO# 4412 / Supplier: Zelmoran Resources Trading COMPANY L.L.C. / Ship-from: Dubai / Terms: NET30",   # by " / "
     "ZELMORAN RESOURCES TRADING COMPANY L.L.C."),
])
def test_a_name_in_a_labelled_field(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_the_reading():
    from knowledge.lookup.readings import labelled_field_values

    assert labelled_field_values("ORG:Widget Works\nADR:;;;Lima") == ["Widget Works"]
    assert labelled_field_values("Supplier: Widget Works LLC / Terms: NET30") == ["Widget Works LLC", "NET30"]
    assert labelled_field_values("Supplier: Widget Works LLC") == []        # one field: no record
    assert labelled_field_values("Widget Works; Lima; pending") == []       # no label


def test_a_place_of_another_country_in_another_field(reg):
    # TRESKAVIN INTERNATIONAL LIMITED is of London: a field saying Tehran says another company
    assert no_match(reg, "X-Counterparty-Name: TRESKAVIN INTERNATIONAL LIMITED; City: Tehran")
