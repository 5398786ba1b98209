"""Lookup mechanism found on train46's misses and the misses left of train ... train45 (eval/lookup/), tested here on
invented names:
- A name typed with its legal form written out in full where the listed name writes its initials
  (knowledge/lookup/index.py `Index._legal_form_written_out`, read in `Index.evidence` when no exact name was found):
  "Velkora Société Anonyme Libanaise Offshore" is VELKORA S.A.L. OFFSHORE, "Dravin Shipping Free Zone Company" is
  DRAVIN SHIPPING FZC, "Ostrava Mining (Namibia) Close Corporation" is ... CC. One run of words, two at least, no
  stopword among them, holding a legal form rigour reads, whose first letters are the listed word; every other word
  the listed name's, in its place. Not initials of words that are no legal form, not a name with a word more or less.
  (Initials that leave a stopword out, "Kestral Import Sociedad de Producción Rural de Responsabilidad Limitada" for
  KESTRAL IMPORT S.P.R. DE R.L., were a must-not-match here while that reading was at two sets; round 48 reads them,
  four sets, and tests them in test_lookup_round48.py.)"""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VELKORA S.A.L. OFFSHORE", "", "Beirut, LB"),
    ("MARVEN TRADING SAL", "", "Beirut, LB"),
    ("DRAVIN SHIPPING FZC", "", "Sharjah, AE"),
    ("OSTRAVA MINING (NAMIBIA) CC", "", "Windhoek, NA"),
    ("KESTRAL IMPORT S.P.R. DE R.L.", "", "Puebla, MX"),
    ("C.I. TORVANO S.A.S.", "", "Bogota, CO"),
    ("ZELMIRA G.T. LTD", "", "London, GB"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round45"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Velkora Société Anonyme Libanaise Offshore", "VELKORA S.A.L. OFFSHORE"),
    ("Velkora Société Anonyme Libanaise (Offshore)", "VELKORA S.A.L. OFFSHORE"),
    ("Marven Trading Société Anonyme Libanaise", "MARVEN TRADING SAL"),
    ("Dravin Shipping Free Zone Company", "DRAVIN SHIPPING FZC"),
    ("Ostrava Mining (Namibia) Close Corporation", "OSTRAVA MINING (NAMIBIA) CC"),
])
def test_a_legal_form_written_out_where_the_list_has_its_initials(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Velkora Société Anonyme Privée Offshore",           # the words' initials are not the listed word's letters
    "Velkora Société Anonyme Libanaise",                 # a listed word left out
    "Velkora Société Anonyme Libanaise Offshore Group",  # a word more than the listed name
    "Dravin Shipping Free Trade Company",                # the same: FTC is no FZC
    "Comercializadora Internacional Torvano S.A.S.",     # initials of words that hold no legal form
    "Zelmira Global Trading Ltd",                        # the same: no legal form among the run's words
])
def test_other_words_for_initials_name_no_one(reg, query):
    assert no_match(reg, query)
