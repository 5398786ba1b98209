"""Lookup mechanisms found on train49's misses and the misses left of train ... train48 (eval/lookup/), tested here on
invented names:
- A legal form written out across stopwords, read as the listed initials (knowledge/lookup/index.py
  `_legal_initials_across_stopwords`): "Agropecuaria Dolmeira Sociedad de Producción Rural de Responsabilidad
  Limitada" is AGROPECUARIA DOLMEIRA S.P.R. DE R.L., "Granja Olvesta, Sociedad de ..." GRANJA OLVESTA S. DE P.R. DE
  R.L. Not another legal form (other letters), not another name before it. (A short "... Sociedad de Responsabilidad
  Limitada" for ... S. DE R.L. is found by the words' score in a registry this small, so it is no positive here.)
- A name that is one word written with a hyphen, typed joined, though short (`_one_hyphened_word`): "ZR41" is ZR-41,
  "TRVK" TRV-K. Not another word. (A longer one with its legal form, "Strand Limited" for S-TRAND LIMITED, is
  found by the words' score in a registry this small, so it is no positive here.)
- A place after "in" ("en") inside a request, closed by a comma or a dash (normalise.place_in_request): "Norvalta
  Supermarket in Gambia - is this one sanctioned or not" asks about NORVALTA SUPERMARKET of Banjul. Not a place
  elsewhere (a branch or another company), not another name."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("COMERCIAL VANTRELA S. DE R.L.", "", "Tegucigalpa, HN"),
    ("AGROPECUARIA DOLMEIRA S.P.R. DE R.L.", "", "Culiacan, MX"),
    ("RANCHO QUELVITO S. DE P.R. DE R.L. DE C.V.", "", "Culiacan, MX"),
    ("GRANJA OLVESTA S. DE P.R. DE R.L.", "", "Culiacan, MX"),
    ("ZR-41", "", "San Salvador, SV"),
    ("TRV-K", "", "Tehran, IR"),
    ("QX-5B", "", "Tehran, IR"),
    # other listed names holding the words, as the full lists have them
    ("AUTO PARTES VANTRELA, S. DE R.L. DE C.V.", "", "Tegucigalpa, HN"),
    ("SUPERTIENDAS VANTRELA S. DE R.L.", "", "Tegucigalpa, HN"),

    ("NORVALTA SUPERMARKET", "", "Banjul, GM"),
    ("VELMIRO BANK", "", "Damascus, SY"),
    ("ALMACEN DREVISO", "", "Maicao, CO"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round48"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Granja Olvesta, Sociedad de Producción Rural de Responsabilidad Limitada", "GRANJA OLVESTA S. DE P.R. DE R.L."),
    ("Agropecuaria Dolmeira Sociedad de Producción Rural de Responsabilidad Limitada",
     "AGROPECUARIA DOLMEIRA S.P.R. DE R.L."),
    ("Rancho Quelvito Sociedad de Producción Rural de R.L. de C.V.", "RANCHO QUELVITO S. DE P.R. DE R.L. DE C.V."),
])
def test_a_legal_form_written_out_across_stopwords(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Comercial Vantrela, Sociedad de Responsabilidad Ilimitada",                  # other letters: another form
    "Comercial Brentola, Sociedad de Responsabilidad Limitada",                   # another name before it
    "Agropecuaria Dolmeira Sociedad de Producción Ganadera de Responsabilidad Limitada",   # S.P.G., not S.P.R.
])
def test_a_legal_form_across_stopwords_says_no_other_name(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("ZR41", "ZR-41"),
    ("TRVK", "TRV-K"),
    ("QX5B", "QX-5B"),
])
def test_a_hyphened_word_typed_joined(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "ZR42",            # another word
    "TRVX",            # the same
    "ZR14",            # the same
])
def test_a_hyphened_word_joined_says_no_other_name(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Norvalta Supermarket in Gambia - is this one sanctioned or not", "NORVALTA SUPERMARKET"),
    ("client says the remitter is Velmiro Bank in Damascus, is that sanctioned??", "VELMIRO BANK"),
    ("Almacén Dreviso en Maicao, ¿está en la lista Clinton?", "ALMACEN DREVISO"),
])
def test_a_place_after_in_inside_a_request(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Norvalta Supermarket in Kenya - is this one sanctioned or not",     # a place elsewhere: a branch or another firm
    "client says the remitter is Velmiro Bank in Beirut, is that sanctioned??",   # the same
    "client says the remitter is Velmiro Traders in Damascus, is that sanctioned??",   # another name
])
def test_a_place_after_in_says_no_other_name(reg, query):
    assert no_match(reg, query)
