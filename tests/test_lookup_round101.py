"""The lookup's vocabulary added with round lk101, on invented companies: three more legal forms of ISO 20275's list,
each a country's own (knowledge/vocab/words.yaml `legal_forms`): the United States' low-profit limited liability
company (L3C), Georgia's limited liability company (ShPS, "შპს") and Portugal's single-member private company
(Unipessoal Lda.). A name typed with one of them in place of its listed legal form is that name; a name the list
does not hold, typed with one, is still no match."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND101 = [
    ("TARVOLINE EXPORTS S.A.", "", "Calle 3, Panama, PA"),
    ("MERIDANTE ROCHA S.A. DE C.V.", "", "Avenida 8, Monterrey, MX"),
    ("QUELSTRA AGRICOLA LTDA.", "", "Rua 2, Lisboa, PT"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND101)]
    r = csl_registry(tmp_path_factory.mktemp("round101"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Tarvoline Exports L3C", "TARVOLINE EXPORTS S.A."),
    ("Meridante Rocha ShPS", "MERIDANTE ROCHA S.A. DE C.V."),
    ("Meridante Rocha Shps", "MERIDANTE ROCHA S.A. DE C.V."),
    ("Quelstra Agricola, Unipessoal Lda.", "QUELSTRA AGRICOLA LTDA."),
    ("Quelstra Agricola Unipessoal Lda", "QUELSTRA AGRICOLA LTDA."),
])
def test_a_name_typed_with_another_countrys_legal_form_is_that_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Tarvoline Shipping L3C",
    "Mirela Sousa Unipessoal Lda",
    "Meridante Ortiz ShPS",
])
def test_an_unlisted_name_with_such_a_legal_form_matches_nothing(reg, query):
    assert no_match(reg, query)
