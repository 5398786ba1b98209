"""Lookup mechanisms found on train32's misses and the misses left of train ... train31 (eval/lookup/), each tested
here on invented names:
- more Korean company words in Hangul, each read as the lists translate it (knowledge/vocab/words.yaml
  `korean_words`): "합영은행" a joint bank, "선박" a ship, "관리" management, "통일" united, "발전" development, "아연"
  zinc, "원자력" atomic energy, "동북" north east, "아시아" Asia, "국가" state, "국무" state affairs, "계획" planning:
  "진강합영은행" is JINGANG JOINT BANK, "백산선박관리회사" PAEKSAN SHIP MANAGEMENT COMPANY. The words are company words,
  so they name no company alone ("선박회사"), and the name's own syllables still say which one ("진산합영은행" is no
  JINGANG JOINT BANK);
- a Korean word the lists translate two ways (`korean_other_words`: "위원회", a committee or a commission) is read both
  ways, as a name in Hangul is read in both romanisations: "중앙계획위원회" is CENTRAL PLANNING COMMISSION, and
  "중앙경제위원회" still CENTRAL ECONOMIC COMMITTEE. The other reading is another reading of the same words, so a word
  of another name in its place is still another body ("중앙경제위원회" is no CENTRAL PLANNING COMMISSION), and the word
  alone names none ("위원회")."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

KOREAN = [
    ("JINGANG JOINT BANK", "", "Pyongyang, KP"),
    ("PAEKSAN SHIP MANAGEMENT COMPANY", "", "Pyongyang, KP"),
    ("MUNDOK ZINC MINING COMPANY", "", "Pyongyang, KP"),
    ("NORTH EAST ASIA SHIPPING COMPANY", "", "Pyongyang, KP"),
    ("RAKWON ATOMIC ENERGY RESEARCH INSTITUTE", "", "Pyongyang, KP"),
    ("RYONHA UNITED DEVELOPMENT BANK", "", "Pyongyang, KP"),
    ("CENTRAL PLANNING COMMISSION", "", "Pyongyang, KP"),
    ("CENTRAL ECONOMIC COMMITTEE", "", "Pyongyang, KP"),
    ("ACME TRADING LTD", "", "Lima, PE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(KOREAN)]
    r = csl_registry(tmp_path_factory.mktemp("round31"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("진강합영은행", "JINGANG JOINT BANK"),
    ("백산선박관리회사", "PAEKSAN SHIP MANAGEMENT COMPANY"),
    ("문덕아연광업회사", "MUNDOK ZINC MINING COMPANY"),
    ("동북아시아해운회사", "NORTH EAST ASIA SHIPPING COMPANY"),
    ("락원원자력연구소", "RAKWON ATOMIC ENERGY RESEARCH INSTITUTE"),
    ("련하통일발전은행", "RYONHA UNITED DEVELOPMENT BANK"),
])
def test_korean_company_words_read_as_the_lists_translate_them(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "선박회사",                 # company words alone ("ship company") name no company
    "합영은행",                 # ("joint bank")
    "진산합영은행",             # another name's syllables before the company words: no JINGANG JOINT BANK
])
def test_no_name_by_korean_company_words_alone(reg, query):
    assert top_match(reg, query) is None or matched_name(reg, query) is None


def test_a_korean_word_translated_two_ways_is_read_both_ways(reg):
    assert matched_name(reg, "중앙계획위원회") == "CENTRAL PLANNING COMMISSION"    # "위원회" read as a commission


def test_the_first_reading_of_such_a_word_is_kept(reg):
    assert matched_name(reg, "중앙경제위원회") == "CENTRAL ECONOMIC COMMITTEE"     # ...and still as a committee


@pytest.mark.parametrize("query", [
    "위원회",                   # the word alone ("committee", "commission") names no one
    "중앙무역위원회",           # another word in place of "planning" or "economic": another body
])
def test_no_name_by_the_other_reading_alone(reg, query):
    assert top_match(reg, query) is None or matched_name(reg, query) is None
