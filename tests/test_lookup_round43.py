"""Lookup mechanisms found on train44's misses and the misses left of train ... train43 (eval/lookup/), tested here on
invented names:
- A request labelled before a colon in any language (knowledge/lookup/normalise.py `labelled_name`): one to three
  words closed by a colon, attached or standing apart ("Kunde:", "Vérification svp :", "new vendor:"), open the text,
  and the name is the rest, or the rest up to a dash or a slash standing apart when what follows is chatter in lower
  case ("– bitte prüfen", "- kyc pls"), when that is a listed name exactly. The label's words say nothing of the name,
  so no vocabulary of any language is needed. A longer or shorter name, another name, or a capitalised or placed
  tail after the dash, names no one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import labelled_name
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("BRANDOVA TEXTIL GMBH", "", "Hamburg, DE"),
    ("QUELTARO BENIN SARL", "", "Cotonou, BJ"),
    ("MORVELLA FUTUR", "", "Kinshasa, CD"),
    ("STAR TRADE MALAWI LIMITED", "", "Lilongwe, MW"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round43"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Kunde: Brandova Textil GmbH – bitte prüfen", "BRANDOVA TEXTIL GMBH"),
    ("Prüfung bitte: Brandova Textil GmbH", "BRANDOVA TEXTIL GMBH"),
    ("Vérification svp : Queltaro Benin SARL", "QUELTARO BENIN SARL"),
    ("Vérifier SVP : Morvella Futur", "MORVELLA FUTUR"),
    ("new vendor: star trade malawi - kyc pls", "STAR TRADE MALAWI LIMITED"),
])
def test_the_name_after_a_label_in_any_language(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Kunde: Brandova Textil Handel GmbH – bitte prüfen",      # a longer name
    "Vérifier SVP : Morvella",                                # a part of the name
    "Prüfung bitte: Brandova Stoffe GmbH",                    # another name
    "Kunde: Brandova Textil GmbH - Filiale Wien",             # a tail that says more (capitalised, a place)
    "Vérification svp : Queltaro Togo SARL",
])
def test_another_name_after_a_label_names_no_one(reg, query):
    assert no_match(reg, query)


def test_labelled_name():
    assert labelled_name("Kunde: Brandova Textil GmbH – bitte prüfen") == "Brandova Textil GmbH"
    assert labelled_name("Vérification svp : Queltaro Benin SARL") == "Queltaro Benin SARL"
    assert labelled_name("new vendor: star trade malawi - kyc pls") == "star trade malawi"
    assert labelled_name("Brandova Textil GmbH") is None                       # no label
    assert labelled_name("one two three four: Brandova Textil") is None        # four words are no label
    assert labelled_name("Kunde: Brandova Textil - Wien office") is None       # a tail in capitals is no chatter
    assert labelled_name("Kunde: Brandova Textil - ref 4471") is None          # nor one with a number
