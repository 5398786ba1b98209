"""Lookup mechanisms found on train13's false matches and misses (eval/lookup/train13.jsonl), each tested here on
invented names: one word beside a place typed right, found only spelt otherwise with another first letter, names no
one (the place says where, not which); dotted initials of a legal form run into the next word are two words ("S.A.DE
C.V." is "S.A. DE C.V."); and Peru's company forms (S.A.C., S.A.A., E.I.R.L., written out or short) are legal forms."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND13 = [
    ("UBIRAS S.A.", "", "Bogota, CO"),
    ("KORVELIN S.A.", "", "Quito, EC"),
    ("VELMORA TALLERES S.A.DE C.V.", "", "Puebla, MX"),
    ("TRELVANO IMPORT S.A.C.", "", "Lima, PE"),
    ("QUESNAR TRADING E.I.R.L.", "", "Arequipa, PE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND13)]
    r = csl_registry(tmp_path_factory.mktemp("round13"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", [
    "Bogota Ibiras",              # a place, and one word alike in its consonants only, another first letter
    "Bogota de Ibiras",
    "Quito Gorvelin",             # a place, and one word typed with another first letter
])
def test_a_place_and_one_word_spelt_otherwise(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Ubiras S.A.", "UBIRAS S.A."),
    ("Ubiras Bogota", "UBIRAS S.A."),                               # the word as written, then where it is
    ("Korvelin Quito", "KORVELIN S.A."),
    ("Talleres Velmora SA de CV", "VELMORA TALLERES S.A.DE C.V."),  # "S.A.DE": a space left out after a dot
    ("Velmora Talleres S.A. de C.V.", "VELMORA TALLERES S.A.DE C.V."),
    ("Trelvano Import Sociedad Anonima Cerrada", "TRELVANO IMPORT S.A.C."),   # Peru's closed S.A. written out
    ("Trelvano Import SAC", "TRELVANO IMPORT S.A.C."),
    ("Quesnar Trading Empresa Individual de Responsabilidad Limitada", "QUESNAR TRADING E.I.R.L."),
])
def test_the_names_themselves_still_match(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_legal_initials_run_into_a_word_are_two_words():
    from knowledge.lookup.normalise import analyse
    assert [t.role for t in analyse("Velmora S.A.DE C.V.").terms] == ["name", "legal"]
    assert analyse("J.R.Velmora").kept[0].role == "name"      # initials that are no legal form stay as written


def test_peru_legal_forms_are_legal_forms():
    from knowledge.lookup.normalise import analyse
    for q in ("Trelvano S.A.C.", "Trelvano SAC", "Trelvano Sociedad Anonima Cerrada", "Trelvano S.A.A.",
              "Trelvano E.I.R.L."):
        assert [t.role for t in analyse(q).terms] == ["name", "legal"], q
