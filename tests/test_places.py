"""The territory names shipped with the code (knowledge/data/territory_names.json.gz) are rigour's, so a question's
places are read as rigour reads them, without the seconds rigour takes to normalise its names in every new process."""
from __future__ import annotations

import re

from rigour.territories import lookup_territory

from tests.support import ARTICLES


def test_the_shipped_territory_names_are_the_installed_rigours():
    from knowledge.places import _shipped_names, rigour_names

    shipped = _shipped_names()
    assert shipped is not None, "the shipped names are for another rigour version: run `python -m knowledge.places`"
    assert shipped == rigour_names(), "rigour's names changed: run `python -m knowledge.places`"


def test_every_phrase_of_the_shipped_articles_names_the_place_rigour_names():
    from knowledge.places import MAX_WORDS, _territory

    phrases = {"us", "uk", "u.s.", "prc", "eu", "Q148", "usa", "chn", "gb-wls", "Deutschland", "中国", "Côte d'Ivoire"}
    for article in ARTICLES.iterdir():
        words = re.findall(r"[^\W\d_]+", article.read_text(encoding="utf-8").lower())
        phrases |= {" ".join(words[i:i + n]) for n in range(1, MAX_WORDS + 1) for i in range(len(words) - n + 1)}
    assert len(phrases) > 10_000
    named = 0
    for phrase in phrases:
        found = lookup_territory(phrase)
        expected = found.code.split("-")[0] if found is not None else None
        assert _territory(phrase) == expected, phrase
        named += expected is not None
    assert named > 50  # the articles name places, so the comparison is not all None
