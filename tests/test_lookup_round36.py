"""Lookup mechanisms found on train37's misses and the misses left of train ... train36 (eval/lookup/), each tested
here on invented names:
- A Latin name written in Cyrillic as Russian writes it by its sound (knowledge/vocab/words.yaml
  `russian_romanisation`, read by knowledge/lookup/normalise.py `russian_romanised` and the index's `by_russian`):
  "qu" as "кв", "c" as "к", "ch" as "х" or "к", "-tion" as "-шн", English vowels by their sound. "Велкварин" is
  VELQUARIN, "Зелхимтрейд" ZELCHEMTRADE ("х" read back as "h"), "Доркомарин" DORCOMARINE. Another name that only begins
  alike, or half the name, names no one.
- A Latin legal form written in Cyrillic letter for letter closing a name ("Ой" for the Finnish "Oy", its "y" as "й",
  knowledge/lookup/normalise.py `_latin_legal_in_cyrillic`) is that legal form, not a word of the name; anywhere else,
  and a word that is no legal form with its "й" as "y" ("Китай"), stays a word.
- A name inside a request, typed with where the company is, in brackets or closing the text
  (knowledge/lookup/index.py `_request_then_place`, normalise.py `bracketed_places`): "pls run tarmelon holdings ltd
  (BVI) thru OFAC" is TARMELON HOLDINGS LIMITED of the BVI; a place in another country, or another name, matches no
  one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import analyse, russian_romanised
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VELQUARIN", "", "Moscow, RU"),
    ("LLC ZELCHEMTRADE", "", "Moscow, RU"),
    ("DORCOMARINE SP Z O O", "", "Warsaw, PL"),
    ("MARTICORN AVIATION OY", "", "Helsinki, FI"),
    ("TARMELON HOLDINGS LIMITED", "", "Road Town, Tortola, VG"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round36"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("ООО «Велкварин»", "VELQUARIN"),                    # "qu" as "кв"
    ("ООО «Зелхимтрейд»", "LLC ZELCHEMTRADE"),           # "ch" as "х", "trade" as "трейд"
    ("Доркомарин", "DORCOMARINE SP Z O O"),              # "c" as "к"
    ("Мартикорн Авиэйшн Ой", "MARTICORN AVIATION OY"),   # "-tion" as "-шн", "Oy" as "Ой"
])
def test_latin_name_written_in_cyrillic(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "ООО «Велкварис»",          # another name beginning alike
    "Зелхим",                   # half the name
    "Доркоменко",
    "Ой",                       # the legal form alone
])
def test_no_name_by_a_cyrillic_reading_alike(reg, query):
    assert no_match(reg, query)


def test_russian_keys_of_a_latin_word():
    assert "akvnk" in russian_romanised("aquanika")
    assert "rshmtrd" in russian_romanised("ruschemtrade")       # "х" read back as "h"
    assert "lgrk" in russian_romanised("logarcheo")             # "ch" as "к"
    assert russian_romanised("airfix") == ()                    # no letter Russian writes otherwise: its own key only
    assert russian_romanised("ооо") == ()                       # a Cyrillic word has none


@pytest.mark.parametrize("query, role", [
    ("Марколайн Ой", "legal"),        # "Ой" closing a name is Finnish "Oy"
    ("Ой Марколайн", "name"),         # not closing one
    ("Марколайн Китай", "name"),      # no legal form with its "й" as "y"
])
def test_latin_legal_form_in_cyrillic_only_closing(query, role):
    terms = analyse(query).terms
    last = terms[-1] if role == "legal" else next(t for t in terms if t.word in ("oi", "kitai"))
    assert last.role == role


@pytest.mark.parametrize("query, expected", [
    ("pls run tarmelon holdings ltd (BVI) thru OFAC", "TARMELON HOLDINGS LIMITED"),
])
def test_request_naming_a_firm_and_where_it_is(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "pls run tarmelon holdings ltd (Panama) thru OFAC",      # a place in another country
    "is Tarmelon Holdings (Panama) on the OFAC list?",
    "pls run tarmelon trading ltd (BVI) thru OFAC",          # another name
])
def test_request_with_a_place_elsewhere_names_no_one(reg, query):
    assert no_match(reg, query)
