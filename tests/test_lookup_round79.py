"""Lookup guards of round lk79 (eval/lookup/ train ... train76), tested here on invented names:
- A query of two words at most in Latin letters, no legal form, a place rigour puts in no country ('global', LOC:zz)
  among them and company words else ("Global Services") says what kind of company, not which: it names a listed name
  only as written, never through a company word translated ("Servicios Global Y Cia.") or a near reading
  (knowledge/lookup/index.py `_no_coined_word`, read in `Index._name_evidence`).
- An unknown word before a site word closing the query ("... Quorblin Workshop") is taken for a town only after a
  name with a coined word or a country's word among its words of a name: after "Golden Maple", everyday words only,
  it may be another firm's own name (`_branch_of`)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VELDRANOS HERMANOS Y CIA. S.C.S.", "SERVICIOS GLOBAL Y CIA. S.C.S.", "Bogota, CO"),
    ("GOLDEN MAPLE CO", "", "Lima, PE"),
    ("ZELVORAN MAPLE CO", "", "Lima, PE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round79"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", ["Global Services", "global services",
                                   # a town beside them says only where (session 45: "Madrid" reads as a word of a
                                   # name to rigour, and the Spanish request reached the name through it)
                                   "Global Services Madrid", "hola puedes revisar Global Services en Madrid gracias"])
def test_company_words_and_a_nowhere_place_name_no_translated_name(reg, query):
    assert no_match(reg, query)


def test_the_same_words_as_written_still_match(reg):
    assert matched_name(reg, "Servicios Global Y Cia. S.C.S.") == "VELDRANOS HERMANOS Y CIA. S.C.S."


def test_unknown_word_and_site_word_after_everyday_name_is_another_firm(reg):
    assert no_match(reg, "Golden Maple Quorblin Workshop")


def test_unknown_town_and_site_word_after_a_coined_name(reg):
    assert matched_name(reg, "Zelvoran Maple Tarvillo Workshop") == "ZELVORAN MAPLE CO"
