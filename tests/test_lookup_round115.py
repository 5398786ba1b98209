"""The lookup's mechanism added with round lk115, on invented companies: a sign slipped inside a word ("Albo:rada",
"Inver_siones", "Sha/hbaz"), which normalisation reads as a break: the text read with the sign left out
(readings.stray_signs_dropped), kept when that finds a listed name exactly. An unlisted name so typed matches
nothing."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import stray_signs_dropped
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND115 = [
    ("SOCIEDAD VELMORANTES LTDA.", "", ""),
    ("KORVALIS, S. DE R.L. DE C.V.", "", ""),
    ("INVERSIONES DROVANTA LTDA.", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND115)]
    r = csl_registry(tmp_path_factory.mktemp("round115"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Sociedad Velmorant=es LTDA.", "SOCIEDAD VELMORANTES LTDA."),
    ("Korval:is S. DE R.L. DE C.V.", "KORVALIS, S. DE R.L. DE C.V."),
    ("In_versiones Drovanta LTDA.", "INVERSIONES DROVANTA LTDA."),
])
def test_a_sign_slipped_inside_a_word(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Sociedad Velmorant=es Norte LTDA.",
    "Korval:is Mining S. DE R.L. DE C.V.",
    "In_versiones Drovanta Norte LTDA.",
])
def test_an_unlisted_name_with_a_slipped_sign_matches_nothing(reg, query):
    assert no_match(reg, query)


def test_stray_signs_dropped():
    assert stray_signs_dropped("Korval:is S.A.") == "Korvalis S.A."
    assert stray_signs_dropped("In_versiones") == "Inversiones"
    assert stray_signs_dropped("Widget c/o NIOC") is None          # one letter on each side
    assert stray_signs_dropped("BEGIN:VEVENT") is None             # between capitals: fields, codes
    assert stray_signs_dropped("Widget-Works O'Neil S.A.") is None  # signs normalisation reads
