"""Lookup mechanisms found on train59's misses and the misses left of train ... train58 (eval/lookup/), tested here on
invented names:
- The word registers write for a company's branch in the lists' other languages (knowledge/vocab/words.yaml
  `branch_words`: Polish "oddział", Czech "pobočka", Hungarian "fiókiroda", Finnish "sivuliike", Serbian
  "poslovnica" ...; knowledge/vocab `Words.branch_words`, read among `branch_phrases` by knowledge/lookup/index.py
  `_branch_of`), read as "branch" and "sucursal" are: a firm's name found whole, word for word, then the branch word
  and where the branch is, is that firm. Alone closing the text, a branch word says only that the name has branches,
  as "Branch" alone does (failing without that guard)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("DUVRELKA, AO", "", "Moscow, RU"),
    ("OSTRAVEN BANK OOO", "", "Moscow, RU"),
    ("TELQUAVIR SYSTEMS DOO", "", "Belgrade, RS"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round58"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Ostraven Bank OOO fiókiroda Moszkva, Bolshaya Ordynka", "OSTRAVEN BANK OOO"),
    ("Ostraven Bank OOO oddział Arbatskaya, Moskwa", "OSTRAVEN BANK OOO"),
    ("Ostraven Bank OOO sivuliike Moskova (ul. Varvarka 7)", "OSTRAVEN BANK OOO"),
    ("Telquavir Systems DOO - poslovnica Knez Mihailova", "TELQUAVIR SYSTEMS DOO"),
    ("Duvrelka, AO pobočka Sevastopol", "DUVRELKA, AO"),
])
def test_a_branch_in_another_language(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Ostraven Bank OOO oddział",       # a branch word alone says only that the name has branches
    "Telquavir Systems DOO poslovnica",
])
def test_a_branch_word_alone_is_no_match(reg, query):
    assert no_match(reg, query)
