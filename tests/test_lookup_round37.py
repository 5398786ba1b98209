"""Lookup mechanisms found on train38's misses and the misses left of train ... train37 (eval/lookup/), each tested
here on invented names:
- Legal forms written out in full (knowledge/vocab/words.yaml `legal_forms`): Japan's "Kabushiki Kaisha" is its
  "K.K.", the French "Société par actions simplifiée unipersonnelle" its SASU, Colombia's "Sociedad en Comandita" its
  "S. en C.", when they close a name; the legal form alone, or another name with it, names no one.
- A request's own words around the name that are no everyday word (words.yaml `greeting_words`, `addressee_words`,
  `clause_openers`, `clause_subjects`, read by knowledge/lookup/normalise.py `asked_name`): whom a greeting opening
  the request greets ("hi team, ...") and a clause closing it, a word opening it then its subject ("... before we
  release the wire"). "Team" elsewhere stays a word of the name, and another name in such a request matches no one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import asked_name
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("TORIMAZU, K.K.", "", "Osaka, JP"),
    ("BELVORANE DISTRIBUTION SASU", "", "Lyon, FR"),
    ("QUINTERO ZABALETA Y CIA. S. EN C.", "", "Medellin, CO"),
    ("SILVER HARBOUR BANK", "", "Tehran, IR"),
    ("RIVER STONE ENERGY FZCO", "", "Dubai, AE"),
    ("KALDRIX TEAM", "", "Tallinn, EE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round37"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Torimazu Kabushiki Kaisha", "TORIMAZU, K.K."),
    ("Belvorane Distribution Société par actions simplifiée unipersonnelle", "BELVORANE DISTRIBUTION SASU"),
    ("Belvorane Distribution Societe par actions simplifiee unipersonnelle", "BELVORANE DISTRIBUTION SASU"),
    ("Quintero Zabaleta y Cia. Sociedad en Comandita", "QUINTERO ZABALETA Y CIA. S. EN C."),
])
def test_legal_form_written_out(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Kabushiki Kaisha",                                          # the legal form alone
    "Sociedad en Comandita",
    "Société par actions simplifiée unipersonnelle",
    "Torivaku Kabushiki Kaisha",                                 # another name with it
    "Belmorane Consulting Société par actions simplifiée unipersonnelle",
])
def test_legal_form_written_out_names_no_one_alone(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    # (names of dictionary words: a coined name was found inside such a request before, `_name_in_chatter`)
    ("hi team, can you screen Silver Harbour Bank before we release the wire?", "SILVER HARBOUR BANK"),
    ("hi team can u check river stone energy thx", "RIVER STONE ENERGY FZCO"),
    ("pls screen river stone energy before i send the invoice", "RIVER STONE ENERGY FZCO"),
])
def test_request_greeting_and_closing_clause(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "hi team, can you screen Silver Harbour Shipping before we release the wire?",  # another name
    "hi team, any news before we close the quarter?",                              # no name at all
    "pls screen river stone mining before i send the invoice",                     # a name sharing words
])
def test_request_chatter_names_no_one_else(reg, query):
    assert no_match(reg, query)


def test_team_elsewhere_stays_a_word_of_the_name(reg):
    assert asked_name("Kaldrix Team") is None                  # no greeting: read as typed
    assert asked_name("is Kaldrix Team sanctioned?") == "Kaldrix Team"
    assert matched_name(reg, "Kaldrix Team") == "KALDRIX TEAM"
    # the clause needs its subject: "before" alone closes nothing
    assert asked_name("check Silver Harbour Bank before noon?") != "Silver Harbour Bank"
