"""A firm's name, words no list knows and a site word ("... Zorblat Workshop") read as the firm's premises in an
unknown town only after the listed name found whole, two words or more but its legal form: after a one-word name, or
a part of a longer one, the unknown word and the site word are as likely another firm's own name (train74, a blind
set, had two such unlisted workshops flagged as listed firms before this guard). A known town, or the whole name,
still reads as the firm's premises."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name

SITES = [
    ("LA FIRMA QUISTANA, S.A. DE C.V.", "", "Monterrey, MX"),
    ("BRELLOW TRADE GHANA LIMITED", "", "Accra, GH"),
    ("DORVANI COMPANY FOR OIL TRANSPORT", "", "Damascus, SY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(SITES)]
    r = csl_registry(tmp_path_factory.mktemp("site-guard"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", [
    "Quistana Zorblat Workshop",      # one word of a name, an unknown word, a site word: another firm's name
    "Brellow Zorblat Workshop",       # a part of BRELLOW TRADE GHANA LIMITED, the same
    "Quistana Velpine Studio Workshop",
])
def test_an_unknown_word_before_a_site_word_after_a_one_word_name_is_no_town(reg, query):
    assert matched_name(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Dorvani Company for Oil Transport Zorblat terminal", "DORVANI COMPANY FOR OIL TRANSPORT"),   # found whole
    ("Brellow Trade Ghana Limited Zorblat warehouse", "BRELLOW TRADE GHANA LIMITED"),
])
def test_the_whole_name_then_an_unknown_town_and_a_site_word_is_still_the_firms_premises(reg, query, expected):
    assert matched_name(reg, query) == expected
