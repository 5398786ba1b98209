"""Lookup reading found on the misses left of train ... train70 (eval/lookup/), tested here on invented names:
- More legal forms of ISO 20275's list that rigour reads as no legal form are read as legal forms when they close a
  name (knowledge/vocab/words.yaml `legal_forms`): Lithuania's MB, Denmark's K/S and P/S, the Faroe Islands' P/F,
  Liechtenstein's Anstalt, Israel's Ba'am, Bulgaria's EAD, Egypt's S.A.E., Japan's "yugen kaisha", Korea's "jusik
  hoesa", China's "youxian gongsi" in pinyin and Mexico's "S. de P.R. de R.L.". A name typed with one is the listed
  name with its own legal form or none."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import analyse
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("BRAVENTILO S.A.", "", "Panama, PA"),
    ("QUORVADEL COMERCIAL", "", "Bogota, CO"),
    ("MISTRALUNA AGRICOLA, S.A. DE C.V.", "", "Monterrey, MX"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round73"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Braventilo MB", "BRAVENTILO S.A."),
    ("Braventilo K/S", "BRAVENTILO S.A."),
    ("Braventilo P/F", "BRAVENTILO S.A."),
    ("Braventilo Anstalt", "BRAVENTILO S.A."),
    ("Quorvadel Comercial Ba'am", "QUORVADEL COMERCIAL"),
    ("Quorvadel Comercial S.A.E.", "QUORVADEL COMERCIAL"),
    ("Quorvadel Comercial Youxian Gongsi", "QUORVADEL COMERCIAL"),
    ("Mistraluna Agricola S. de P.R. de R.L.", "MISTRALUNA AGRICOLA, S.A. DE C.V."),
    ("Mistraluna Agricola EAD", "MISTRALUNA AGRICOLA, S.A. DE C.V."),
])
def test_more_countries_legal_forms(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_form_read_only_closing_a_name():
    # the form's words are a legal form only when they close a name, never the name itself
    assert [t.role for t in analyse("Widget MB").terms] == ["name", "legal"]
    assert [t.role for t in analyse("MB").terms] == ["name"]
    assert [t.role for t in analyse("Anstalt Widget").terms][0] != "legal"


@pytest.mark.parametrize("query", [
    "Zelvorin Anstalt",             # an unlisted name with a form: no match
    "Quorvadel Textil K/S",         # a listed name's first word and another: no match
    "Helga Brandt MB",              # a person typed as a firm: no match
])
def test_a_form_does_not_make_another_name_listed(reg, query):
    assert no_match(reg, query)
