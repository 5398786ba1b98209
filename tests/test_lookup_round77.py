"""Lookup reading found on the misses left of train ... train74 (eval/lookup/), tested here on invented names:
- A question in another language whether a name is on a sanctions list or sanctioned ("Hallo, ist Widget GmbH aus
  Bonn auf einer Sanktionsliste?", "czy firma widget z Bonn jest na liście sankcyjnej?") is read once more in English
  (knowledge/vocab/words.yaml `request_words_abroad`: is, a, list, sanctions, "sanctions list", sanctioned, anyone,
  know, if), a word filed under "sanctions", "sanctions list" or "sanctioned" starting the reading as "check" does
  (words.yaml `request_starting_words`); "list" alone starts nothing ("Lista ..." is a name's word as often).
- The Spanish inverted question and exclamation marks opening a word ("¿puedes revisar ...") are dropped in that
  English reading (words.yaml `inverted_marks`), which the English request readings do not know."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import request_in_english
from tests.support import csl_registry, entity_row, matched_name

ENTITIES = [
    ("TRESKAVIN HOLDINGS", "", "Donetsk, UA"),
    ("ZELMORAN SUPERMARKET", "", "Banjul, GM"),
    ("QUORVADEL", "", "Bangui, CF"),
    ("KORVELO TRAVEL", "", "Hanoi, VN"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round77"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("hallo, is ZELMORAN SUPERMARKET in Banjul op die sanksielys?", "ZELMORAN SUPERMARKET"),         # Afrikaans
    ("¿puedes revisar Quorvadel de Bangui antes del pago?", "QUORVADEL"),                            # Spanish, ¿
])
def test_a_sanctions_question_in_another_language(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_the_reading():
    assert request_in_english("Hallo, ist Treskavin Holdings aus Donetsk auf einer Sanktionsliste?") == \
        "hi, is Treskavin Holdings aus Donetsk auf a sanctions list?"
    assert request_in_english("¿puedes revisar Quorvadel?") == "can check Quorvadel?"


def test_guards_of_the_reading():
    assert request_in_english("Lista Korvelo Travel") is None               # "list" alone starts no reading
