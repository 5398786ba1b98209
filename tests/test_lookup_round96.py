"""The lookup's mechanism added with round lk96, on invented companies: a symbol that strayed into a word, standing
between two of its small letters and alone in the text, is left out when the name as typed matched nothing
("Co*rvellina Zapoteca S.A." is CORVELLINA ZAPOTECA S.A.; "Del~marisco" is DELMARISCO; a symbol in place of a letter
leaves a typo the matcher reads: "Inv*stments" is INVESTMENTS). Characters that join a name's words (a hyphen, an apostrophe,
a slash, "&"), a symbol the text holds twice (a separator), or one beside a capital are left as typed."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.readings import stray_symbols_dropped
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND96 = [
    ("TORVELLINA ZAPOTECA S.A.", "", ""),
    ("CORVELLINA ZAPOTECA S.A.", "", ""),
    ("INVERMOSA NORTE LTDA.", "", ""),
    ("DELMARISCO", "", ""),
    ("QUERMIDOS ANDINOS LTDA.", "", ""),
    ("VELMORA INVESTMENTS LTD", "", ""),
    ("DELMIRASCO", "", ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND96)]
    r = csl_registry(tmp_path_factory.mktemp("round96"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Co*rvellina Zapoteca S.A.", "CORVELLINA ZAPOTECA S.A."),      # '*' inserted after a legal form's letters
    ("Co*rvellina", "CORVELLINA ZAPOTECA S.A."),                    # ... in the one distinctive word
    ("In#vermosa Norte Ltda.", "INVERMOSA NORTE LTDA."),            # '#' inserted
    ("Del~marisco", "DELMARISCO"),                                  # one word, '~' inserted
    ("Del\\marisco", "DELMARISCO"),                                 # a backslash
    ("Velmora Inv*stments Ltd", "VELMORA INVESTMENTS LTD"),         # a symbol in place of a letter
])
def test_a_symbol_strayed_into_a_word_is_left_out(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("text, read", [
    ("Tor*vellina", "Torvellina"),
    ("Tor-vellina", "Tor-vellina"),          # a hyphen joins words
    ("Tor/vellina", "Tor/vellina"),          # so does a slash
    ("Tor&vellina", "Tor&vellina"),          # and "&"
    ("Tor*vel*lina", "Tor*vel*lina"),        # a symbol the text holds twice
    ("TOR*VELLINA", "TOR*VELLINA"),          # beside capitals
    ("ltd;lima;aed", "ltd;lima;aed"),        # a line of fields
])
def test_what_a_stray_symbol_is(text, read):
    assert (stray_symbols_dropped(text) or text) == read


@pytest.mark.parametrize("query", [
    "Zeta*plast S.A.",               # no listed name left after the symbol goes
])
def test_otherwise_no_match(reg, query):
    assert no_match(reg, query)
