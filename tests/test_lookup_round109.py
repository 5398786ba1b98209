"""The lookup's mechanism added with round lk109, on invented companies: a name spelt as Dutch, German, Hungarian,
French or Polish spell a foreign one (knowledge/vocab/words.yaml `letters_abroad`) was found only when its reading
in English letters named a listed name exactly (lk83-lk88); a name so spelt and mistyped besides ("Szement Produkc",
"Konstroektion") was found by neither reading. Now the reading also finds a listed name it names whole, every word
of the name there and no other word, some spelt otherwise, when a word the reading put in English letters is one
of the name's as written (`Index._spelt_abroad_in_english`): a near match, and a guess at the spelling
(`Evidence.guessed`). A part of a name, a name with another word beside it, or an unlisted name so spelt matches
nothing, as before."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("JUVARIS SEAWAYS SHIPPING", "", "Baku, AZ"),
    ("SEPARAN CEMENT RAHVARD PRODUCTS TRANSPORTATION", "", "Isfahan, IR"),
    ("CH'OLVAN OVERSEAS CONSTRUCTION COMPANY", "", "Pyongyang, KP"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round109"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    # Hungarian "dzs" for "j", "sz" for "s", "s" for "sh"; "y" where the name has "w"
    ("Dzsuvarisz Szeavaysz Sipping", "JUVARIS SEAWAYS SHIPPING"),
    # Hungarian "sz" for "s"; "Produkc" for PRODUCTS
    ("Szeparan Szement Rahvard Produkc Transzportation", "SEPARAN CEMENT RAHVARD PRODUCTS TRANSPORTATION"),
    # Dutch "tsj" for "ch"; "k" for "c" and "oe" for "u"
    ("Tsj'olvan Overseas Konstroektion COMPANY", "CH'OLVAN OVERSEAS CONSTRUCTION COMPANY"),
])
def test_a_name_spelt_abroad_and_mistyped_is_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Dzsuvarisz Szeavaysz",                         # part of the name
    "Dzsuvarisz Szeavaysz Sipping Kargo",           # the name and another word
    "Dzsorvan Szeavaysz Sipping",                   # an unlisted name spelt the Hungarian way
    "Szeparan Szement Produkc Transzportation",     # the name lacking a word of its own
    "Tsj'olvan Overseas Konstroektion Bank",        # another business
])
def test_a_near_reading_finds_only_a_whole_listed_name(reg, query):
    assert no_match(reg, query)
