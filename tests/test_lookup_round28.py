"""Lookup mechanisms found on train28's misses and the misses left of train ... train27 (eval/lookup/), each tested
here on invented names:
- a label opening a request, a word or two closed by a colon ("re:", "bene:", "new supplier:", "compliance q:"), is
  chatter, though rigour reads one of its words as a company word ("re" as real estate, "supplier" as a line of
  business), and says the text is a request: it counts as one of the two everyday words a listed name found whole
  inside chatter needs. A name with a word of something else after it is still no request's name;
- an English legal form or conjunction written in Cyrillic by its sound, which rigour does not know so ("Корпорейшн"
  for "Corporation", "Инкорпорейтед" for "Incorporated", "энд" between two words for "and"), is that word. A word
  transliterating to an English word stays that word, and "энд" opening a name is no conjunction;
- a firm's name without its last words, typed as written, no coined word among them ("Amber Meadow" of AMBER MEADOW
  RESORT & SPA), is that name when no other entity's name begins with those words. Not when another name does, nor
  company words only, nor the words before a preposition that says which ("Golden Assembly" of GOLDEN ASSEMBLY OF
  ...)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND28 = [
    ("VORNEX MARINE SERVICES FZC", "", "Dubai, AE"),
    ("KELDARO OPERADORA DE HOTELES, S.A. DE C.V.", "", "Cancun, MX"),
    ("TALVORO CORPORATION", "", "Caracas, VE"),
    ("ZELMIRA RESORT & SPA", "", "Yalta, UA"),
    ("KASTRELL INCORPORATED", "", "Minsk, BY"),
    ("AMBER MEADOW RESORT & SPA", "", "Panama, PA"),
    ("SILVER HARBOR TRADING", "", "Lima, PE"),
    ("SILVER HARBOR LOGISTICS", "", "Lima, PE"),
    ("GOLDEN ASSEMBLY OF THE NORTH", "", "Tehran, IR"),
    ("STEEL TRADING ALLIANCE", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND28)]
    r = csl_registry(tmp_path_factory.mktemp("round28"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("re: vornex marine services fzc contract renewal - sanctions ok?", "VORNEX MARINE SERVICES FZC"),   # "re"
    ("bene: keldaro operadora de hoteles (pls verify)", "KELDARO OPERADORA DE HOTELES, S.A. DE C.V."),  # one more
    ("new supplier: Vornex Marine Services FZC - screening needed", "VORNEX MARINE SERVICES FZC"),     # "supplier"
])
def test_a_label_opening_a_request(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "supplier: Vornex Marine Services Gearboxes",   # a label, and no everyday word: a product line, no request
])
def test_no_request_without_everyday_words(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Талворо Корпорейшн", "TALVORO CORPORATION"),          # "Corporation" by its sound
    ("Зельмира Резорт энд Спа", "ZELMIRA RESORT & SPA"),    # "and" between two words
    ("Кастрелл Инкорпорейтед", "KASTRELL INCORPORATED"),    # "Incorporated"
])
def test_an_english_legal_form_or_conjunction_in_cyrillic(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Энд Зельмира Резорт",     # opening the name: "end", no conjunction
])
def test_no_conjunction_opening_a_name(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Amber Meadow", "AMBER MEADOW RESORT & SPA"),          # dictionary words, but only one name opens so
])
def test_the_first_words_of_one_name_only(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Silver Harbor",            # two names open so
    "Golden Assembly",          # the words after "of" say which
    "Steel Trading",            # company words only: what kind of company
])
def test_no_first_words_otherwise(reg, query):
    assert top_match(reg, query) is None
