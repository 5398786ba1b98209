"""Lookup mechanisms found on train24's misses and the misses left of train5 ... train23 (eval/lookup/), each tested
here on invented names:
- a firm's name without its last words, the first ones typed as written, two words at least and a coined word
  among them, is that name ("Zovar Petroleum" is ZOVAR PETROLEUM SERVICE SAL, not ZOVAR
  TRADING COMPANY): people drop a name's last words.
  Not a person's name (a given name and a surname are the first words of many), not dictionary words only (a
  phrase, "Gulf Gate"), not one word ("Zovar" of two names);
- among names that share the query, the one the query is the first words of, each as written, is the better
  reading ("Talven Sahel" is TALVEN SAHEL ROYAL INVESTMENT COMPANY, not TALVEN KISH INTERNATIONAL SAHEL
  DEVELOPMENT; "Mervando Overseas Projects" is the PROJECTS name, "... Project" the PROJECT one), and so is the one
  the query lacks fewer words of, the other lacking those and more ("Dravok Gems" is DRAVOK GEMS & JEWELLERY
  COMPANY LIMITED, not its "(HK)" namesake);
- a town, then a firm's site or unit (words.yaml `site_words`: a warehouse, a store, an agency), closing the query
  after a firm's name found whole, is that firm's premises there, no other legal person ("Kelzar, Guatemala City
  warehouse", "Kelzar Lima agency"); without the town the word may name a firm of its own ("Torvex
  Shipping Agency");
- Arabic and Persian company words of the symbols and domains rigour reads in English names (words.yaml
  `company_words`: exchange, construction, association, ...), an Arabic word found also without a particle joined to
  its article ("للصرافة", "for the exchange"): 'الزروان للصرافة' is AL ZARWAN EXCHANGE, 'شرکت ساختمانی کلبر' KALBAR
  CONSTRUCTION."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND24 = [
    ("ZOVAR PETROLEUM SERVICE SAL", "", "Beirut, LB"),
    ("ZOVAR TRADING COMPANY", "", "Beirut, LB"),
    ("QARVE RESOURCES EQUIP AND SUPPORT MANAGEMENT", "", "Tehran, IR"),
    ("QARVE BANK", "", "Tehran, IR"),
    ("TALVEN SAHEL ROYAL INVESTMENT COMPANY", "", "Tehran, IR"),
    ("TALVEN KISH INTERNATIONAL SAHEL AND DEVELOPMENT", "", "Kish, IR"),
    ("DRAVOK GEMS & JEWELLERY COMPANY LIMITED", "", "Yangon, MM"),
    ("DRAVOK GEMS & JEWELLERY (HK) CO. LIMITED", "", "Hong Kong, HK"),
    ("MERVANDO OVERSEAS PROJECT GROUP OF COMPANIES", "", "Pyongyang, KP"),
    ("MERVANDO OVERSEAS PROJECTS ARCHITECTURAL AND TECHNICAL SERVICES (PTY) LIMITED", "", "Windhoek, NA"),
    ("KELZAR", "", "Guatemala City, GT"),
    ("TORVEX SHIPPING LIMITED", "", "Tehran, IR"),
    ("AL ZARWAN EXCHANGE", "", "Sanaa, YE"),
    ("KALBAR CONSTRUCTION", "", "Tabriz, IR"),
    ("KALBAR TRADING", "", "Tabriz, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND24)]
    r = csl_registry(tmp_path_factory.mktemp("round24"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Zovar Petroleum", "ZOVAR PETROLEUM SERVICE SAL"),
    ("Qarve Resources", "QARVE RESOURCES EQUIP AND SUPPORT MANAGEMENT"),
])
def test_a_name_without_its_last_words(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Petroleum Service",         # company words only: what kind of firm, not which
    "Zovar Services",            # not the name's first words as written
    "Zovar",                     # one word, the first of two names
])
def test_no_leading_words_otherwise(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Talven Sahel", "TALVEN SAHEL ROYAL INVESTMENT COMPANY"),
    ("Mervando Overseas Projects", "MERVANDO OVERSEAS PROJECTS ARCHITECTURAL AND TECHNICAL SERVICES (PTY) LIMITED"),
    ("Mervando Overseas Project", "MERVANDO OVERSEAS PROJECT GROUP OF COMPANIES"),
    ("Dravok Gems", "DRAVOK GEMS & JEWELLERY COMPANY LIMITED"),
])
def test_the_better_reading_among_names_sharing_the_query(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_one_word_shared_stays_held(reg):
    # one word may be the first of many names: no leading-words reading picks among them
    assert top_match(reg, "Talven") is None
    assert top_match(reg, "Mervando") is None


@pytest.mark.parametrize("query, expected", [
    ("Kelzar, Guatemala City warehouse", "KELZAR"),
    ("Kelzar Lima agency", "KELZAR"),
    ("Kelzar, Tehran store", "KELZAR"),
    ("Torvex Shipping Tehran warehouse", "TORVEX SHIPPING LIMITED"),
])
def test_a_firms_site_in_a_town(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Torvex Shipping Agency",        # no town: an agency may be a firm of its own
    "Kelzar warehouse",              # no town: a warehouse firm of that name
    "Kelzar Holdings Lima warehouse",  # a word of another name before the town
])
def test_a_site_word_without_a_town_is_another_firm(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("الزروان للصرافة", "AL ZARWAN EXCHANGE"),
    ("شرکت ساختمانی کلبر", "KALBAR CONSTRUCTION"),
])
def test_arabic_and_persian_company_words(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_an_arabic_particle_joined_to_the_article():
    from knowledge.lookup.normalise import _unarticled
    assert _unarticled("للصرافة")[-1] == "صرافة"       # li- + al-: "for the exchange"
    assert _unarticled("الصرافة")[-1] == "صرافة"
    assert _unarticled("لبنان") == ("لبنان",)          # a word beginning with one letter of it is no particle


def test_arabic_company_words_alone_name_no_one(reg):
    # "for the exchange", "construction company": what kind of firm, not which
    assert top_match(reg, "للصرافة") is None
    assert top_match(reg, "شرکت ساختمانی") is None
