"""Lookup mechanisms found on train31's misses and the misses left of train ... train30 (eval/lookup/), each tested
here on invented names:
- an English word and its Romance cognate ('Editions' and "EDICIONES", 'Metallic' and "METALICAS") are one word
  spelt by two languages' rules, as alike as one slip in a long word, no longer as a word with another ending: a name
  translated word for word into English, every word of it found, is the name ("Maritime Editions" is EDICIONES
  MARITIMAS). One word alone found only so still names no one (a brand or a word of its own: "Victorinox" is no
  VICTORY), nor does a translation with a word the name lacks, or another word in place of one of the name's;
- the Spanish and Portuguese words for development ("Desarrollo", "Desenvolvimento") are rigour's development symbol,
  as "Fomento" was (knowledge/vocab/words.yaml `company_words`): "Talvardo Development S.A." is DESARROLLO TALVARDO
  S.A. The word is a company word, so alone it names no company ("Desarrollo S.A."), and another line of business in
  its place is another company ("Talvardo Construction S.A.")."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND30 = [
    ("EDICIONES MARITIMAS", "", "Lima, PE"),
    ("CONSTRUCCIONES METALICAS", "", "Lima, PE"),
    ("VICTORY", "", "Lima, PE"),
    ("ACME TRADING LTD", "", "Lima, PE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND30)]
    r = csl_registry(tmp_path_factory.mktemp("round30"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Maritime Editions", "EDICIONES MARITIMAS"),
    ("Metallic Constructions", "CONSTRUCCIONES METALICAS"),
])
def test_a_name_translated_word_for_word_by_its_cognates(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Victorinox",                         # one word alone, found only as a cognate: a brand of its own
    "Metallic Constructions Group",       # a word the name lacks
    "Technical Editions",                 # another word in place of one of the name's
])
def test_no_name_by_cognates_short_of_the_whole_name(reg, query):
    assert matched_name(reg, query) is None


DEVELOPMENT = [
    ("DESARROLLO TALVARDO S.A.", "", "Lima, PE"),
    ("DESENVOLVIMENTO QUARVIS LTDA", "", "Sao Paulo, BR"),
    ("ACME TRADING LTD", "", "Lima, PE"),
]


@pytest.fixture(scope="module")
def dev_reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(DEVELOPMENT)]
    r = csl_registry(tmp_path_factory.mktemp("round30dev"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Talvardo Development S.A.", "DESARROLLO TALVARDO S.A."),
    ("Quarvis Development Ltda", "DESENVOLVIMENTO QUARVIS LTDA"),
])
def test_development_in_spanish_and_portuguese(dev_reg, query, expected):
    assert matched_name(dev_reg, query) == expected


@pytest.mark.parametrize("query", [
    "Desarrollo S.A.",                    # a company word alone names no company
    "Talvardo Construction S.A.",         # another line of business in its place
])
def test_no_name_by_the_development_word_alone(dev_reg, query):
    assert top_match(dev_reg, query) is None or matched_name(dev_reg, query) is None
