"""The lookup's vocabulary added with round lk110, on invented companies: a request typed in Basque ("Kaixo,
egiaztatu mesedez X", "X zigor-zerrendan dago?", "Mesedez, egiaztatu X zigorren zerrendan.") is read as an English
request is (words.yaml `request_words_abroad`, knowledge/lookup/index.py `_request_in_english`): the name asked
about is found; a firm no list has is still not flagged."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import request_in_english
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VELMORA TRADING LLC", "", "Dubai, AE"),
    ("ZARKOV SHIPPING COMPANY", "", "Bandar Abbas, IR"),
    ("DARVESH O KALAM", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round110"), rows)
    yield r
    r.close()


def test_a_basque_request_is_read_in_english():
    assert request_in_english("Kaixo, egiaztatu mesedez Widget Works zigor zerrendan dago?") == \
        "hi, check please Widget Works sanctions list is?"


@pytest.mark.parametrize("query, expected", [
    ("Darvesh O Kalam (Tehran) zigor-zerrendan dago?", "DARVESH O KALAM"),
])
def test_a_basque_request_finds_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Kaixo, egiaztatu mesedez Gorbeia Mendi Taldea enpresa, Gasteiz-en dago.",
    "Mesedez, egiaztatu Velmora Gozotegia zigor zerrendan.",
    "Zarkov Arrantza Elkartea zigor-zerrendan dago?",
])
def test_a_basque_request_flags_no_unlisted_firm(reg, query):
    assert no_match(reg, query)
