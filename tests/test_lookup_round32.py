"""Lookup mechanisms found on train33's misses and the misses left of train ... train32 (eval/lookup/), each tested
here on invented names:
- more Korean words in Hangul, each read as the lists translate it (knowledge/vocab/words.yaml `korean_words`):
  "로동당" the workers' party, "로동" labour, "군사" military, "선전" propaganda, "선동" agitation, "인민군" the people's
  army, and "부" a department closing a name (`korean_closing_words`, as "성" a ministry): "조선로동당 군사선전부" is
  WORKERS' PARTY OF KOREA MILITARY PROPAGANDA DEPARTMENT, "백산로동성" PAEKSAN LABOR MINISTRY. They are words of a
  body's kind, so they name none alone ("로동부"), the name's own syllables still say which one, and "부" is read so
  only closing a name ("부성무역" is still PUSONG TRADING);
- a town the place lists do not know by that name, before an office closing the text (knowledge/lookup/index.py
  `_unlisted_town`, read by `offices_after_name`): "Keldara Airways Saigon head office" is KELDARA AIRWAYS, and so is
  "... Kafr Dunit representative office" (two words) and "... (Ft. Myers representative office)". The town's words
  are written as a proper name is, are no company word, country or everyday word, and no listed name has them: so
  "Keldara Airways Horizon head office" (a word of a listed name), "keldara airways saigon head office" (not written as
  a town's name), "Keldara Airways Cargo head office" (a company word) and "Keldara Airways Global head office" (an
  everyday word) are not read as the firm's office, nor is an unknown town before a free zone, a plant or a branch
  ("Keldara Airways Mayorista Norte Zona Libre": the words may be more of a name);
- the words of a request asking whether a firm may be dealt with or is known are chatter (words.yaml `everyday`):
  "legit", "clean", "clear", "anyone", "heard": "got an invoice from zantorex trading ltd... legit?" is ZANTOREX
  TRADING LTD, "anyone heard of Velmora Shipping?" VELMORA SHIPPING. A name with such a word is still that name
  ("Clear Horizon Ltd"), and a request naming another firm names none ("anyone heard of Velmora Trading?")."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("WORKERS' PARTY OF KOREA MILITARY PROPAGANDA DEPARTMENT", "", "Pyongyang, KP"),
    ("PAEKSAN LABOR MINISTRY", "", "Pyongyang, KP"),
    ("PAEKTU PEOPLE'S ARMY", "", "Pyongyang, KP"),
    ("CHONGRYU AGITATION DEPARTMENT", "", "Pyongyang, KP"),
    ("PUSONG TRADING", "", "Pyongyang, KP"),
    ("KELDARA AIRWAYS COMPANY LIMITED", "", "Yangon, MM"),
    ("MARVESTO FISH S.A.L. (OFFSHORE)", "", "Beirut, LB"),
    ("TORVALE AIRCRAFT LEASING CORP.", "", "Miami, US"),
    ("ZANTOREX TRADING LTD", "", "Lima, PE"),
    ("VELMORA SHIPPING", "", "Lima, PE"),
    ("CLEAR HORIZON LTD", "", "Lima, PE"),
    ("COPPER LANTERN S.A. DE C.V.", "", "Monterrey, MX"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round32"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("조선로동당 군사선전부", "WORKERS' PARTY OF KOREA MILITARY PROPAGANDA DEPARTMENT"),
    ("백산로동성", "PAEKSAN LABOR MINISTRY"),
    ("백두인민군", "PAEKTU PEOPLE'S ARMY"),
    ("청류선동부", "CHONGRYU AGITATION DEPARTMENT"),
])
def test_korean_party_army_and_ministry_words_read_as_the_lists_translate_them(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_department_is_read_only_closing_a_name(reg):
    assert matched_name(reg, "부성무역") == "PUSONG TRADING"     # "부" opening a name is a syllable of it


@pytest.mark.parametrize("query", [
    "로동부",                   # the words of a body's kind alone ("labor department") name none
    "인민군",                   # ("people's army")
    "백두선동부",               # a word of another body in the name's place: no PAEKTU PEOPLE'S ARMY
    "진산로동성",               # another name's syllables: no PAEKSAN LABOR MINISTRY
])
def test_no_name_by_korean_words_of_a_kind_alone(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Keldara Airways Saigon head office", "KELDARA AIRWAYS COMPANY LIMITED"),
    ("Marvesto Fish S.a.l. (offshore), Kafr Dunit representative office", "MARVESTO FISH S.A.L. (OFFSHORE)"),
    ("Torvale Aircraft Leasing Corp. (Ft. Myers representative office)", "TORVALE AIRCRAFT LEASING CORP."),
])
def test_an_office_in_a_town_the_place_lists_do_not_know_is_the_firms(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Keldara Airways Horizon head office",    # a word of a listed name ("CLEAR HORIZON LTD"): no town
    "keldara airways saigon head office",     # not written as a town's name is
    "Keldara Airways Cargo head office",      # a company word
    "Keldara Airways Global head office",     # an everyday word
    "Keldara Saigon head office",             # the words before the town are no listed name
    "Keldara Airways Mayorista Norte Zona Libre",   # before a free zone, a plant or a branch: more of a name
])
def test_no_office_in_an_unlisted_town_without_its_guards(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("got an invoice from zantorex trading ltd... legit?", "ZANTOREX TRADING LTD"),
    ("anyone heard of Velmora Shipping?", "VELMORA SHIPPING"),
    ("quick q - vendor copper lantern, clean?", "COPPER LANTERN S.A. DE C.V."),     # a name of dictionary words
    ("copper lantern -- clear or not??", "COPPER LANTERN S.A. DE C.V."),
])
def test_the_words_of_a_request_asking_about_a_firm_are_chatter(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_name_with_such_a_word_is_still_that_name(reg):
    assert matched_name(reg, "Clear Horizon Ltd") == "CLEAR HORIZON LTD"


@pytest.mark.parametrize("query", [
    "anyone heard of Velmora Trading?",       # another firm's name in the request
    "anyone heard? legit?",                   # chatter only
])
def test_no_name_in_a_request_naming_none(reg, query):
    assert no_match(reg, query)
