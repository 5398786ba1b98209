"""Lookup reading found on the misses left of train ... train68 (eval/lookup/), tested here on invented names:
- Abbreviated legal forms of other countries that rigour's compare table does not replace are read as legal forms
  when they close a name (knowledge/vocab/words.yaml `legal_forms`): North Macedonia's DOOEL, Ireland's DAC, Sweden's
  HB, Poland's sp.j. and S.K.A., Denmark's I/S, Norway's ANS, Greece's O.E. and I.K.E., Kyrgyzstan's OsOO, Belarus's
  ChUP, India's OPC, Vietnam's TNHH, Indonesia's Tbk, Luxembourg's "S.à r.l.", Korea's "yuhan hoesa", Japan's "godo
  kaisha", Colombia's "S. en N.C." A name typed with one is the listed name with its own legal form or none."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import analyse
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VORNETHA S.A.", "", "Panama, PA"),
    ("KALDRIMO SERVICIOS", "", "Bogota, CO"),
    ("PELUVANTE INDUSTRIAL, S.A. DE C.V.", "", "Monterrey, MX"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round71"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Vornetha sp.j.", "VORNETHA S.A."),
    ("Vornetha S.K.A.", "VORNETHA S.A."),
    ("Vornetha DAC", "VORNETHA S.A."),
    ("Vornetha I/S", "VORNETHA S.A."),
    ("Kaldrimo Servicios DOOEL", "KALDRIMO SERVICIOS"),
    ("Kaldrimo Servicios I.K.E.", "KALDRIMO SERVICIOS"),
    ("Kaldrimo Servicios Tbk", "KALDRIMO SERVICIOS"),
    ("Kaldrimo Servicios Yuhan Hoesa", "KALDRIMO SERVICIOS"),
    ("Peluvante Industrial TNHH", "PELUVANTE INDUSTRIAL, S.A. DE C.V."),
    ("Peluvante Industrial S.à r.l.", "PELUVANTE INDUSTRIAL, S.A. DE C.V."),
    ("Peluvante Industrial OsOO", "PELUVANTE INDUSTRIAL, S.A. DE C.V."),
])
def test_other_countries_legal_forms(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_form_read_only_closing_a_name():
    # the form's words are a legal form only when they close a name, never the name itself
    assert [t.role for t in analyse("Widget DOOEL").terms] == ["name", "legal"]
    assert [t.role for t in analyse("DOOEL").terms] == ["name"]
    assert [t.role for t in analyse("Hb Widget").terms][0] != "legal"


@pytest.mark.parametrize("query", [
    "Zelmitra HB",                  # an unlisted name with a form: no match
    "Kaldrimo Logistica OPC",       # a listed name's first word and another: no match
])
def test_a_form_does_not_make_another_name_listed(reg, query):
    assert no_match(reg, query)
