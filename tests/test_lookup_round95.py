"""The lookup's mechanism added with round lk95, on invented companies: a name written whole with its own legal form,
words of the listed name left out anywhere in it, is that name when every word typed is the name's, as written and in
the name's order, a word of a name no English dictionary has among them, and no other entity's names have all of them
("Velmora Tamsa S.A." is VELMORA DEL BAJO TAMSA, S.A.), two words of a name among them. English dictionary words only
("Blue Energy Inc."), words not in the name's order, a word spelt otherwise, another legal form, or words two entities'
names share name no one (one word of a name beside company words, "Bazam Shipping Company", is tested in round 44)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND95 = [
    ("VELMORA DEL BAJO TAMSA, S.A.", "", ""),
    ("LINEA AEREA QUERMIDOS ANDINOS S.A.S.", "", ""),
    ("FRUTAS TORVELLINAS ZAPOTECAS S.A.", "", ""),
    ("BLUE ORCHARD TRADE LTD.", "", ""),
    ("GRUPO DELMIRAS NORTE S.A.", "", ""),
    ("GRUPO DELMIRAS SUR S.A.", "", ""),
    # other names opening with the same words: the name's first words alone say no one entity
    ("VELMORA TRADING S.A.", "", ""),
    ("FRUTAS DEL VALLE LTDA.", "", ""),
    ("LINEA AEREA DEL PACIFICO S.A.", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND95)]
    r = csl_registry(tmp_path_factory.mktemp("round95"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Velmora Tamsa S.A.", "VELMORA DEL BAJO TAMSA, S.A."),                 # words left out inside
    ("Aerea Quermidos S.A.S.", "LINEA AEREA QUERMIDOS ANDINOS S.A.S."),     # first and last words left out
    ("Frutas Zapotecas S.A.", "FRUTAS TORVELLINAS ZAPOTECAS S.A."),         # a word inside left out
])
def test_a_name_written_whole_with_words_left_out_is_that_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Blue Orchard Ltd.",             # English dictionary words only
    "Tamsa Velmora S.A.",            # not in the name's order
    "Velmora Tamsa GmbH",            # another legal form than the name's
    "Velmora Tamza S.A.",            # a word spelt otherwise
    "Grupo Delmiras S.A.",           # the words of two entities' names
])
def test_otherwise_words_left_out_name_no_one(reg, query):
    assert no_match(reg, query)
