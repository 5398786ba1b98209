"""Countries and unions a text names ("the UK", "Japanese", "the European Union", "eu"), as rigour territory codes at
country level. A question about a place no source names is a question the sources don't cover ("did the UK ban it
too?" over US sources), and list data of one jurisdiction can't say what another one lists.

Names come from OpenSanctions' rigour (territory names and demonyms). Words shorter than four letters are ambiguous
with English ("in", "it", "ai" are also codes), so only the abbreviations people type for places, listed in
knowledge/vocab/sources.yaml (`place_abbreviations`), are read at that length.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rigour.territories import lookup_territory

from .text import STOPWORDS
from .vocab import vocab

_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
MAX_WORDS = 3  # "united arab emirates"


@lru_cache(maxsize=65536)
def _territory(phrase: str) -> str | None:
    found = lookup_territory(phrase)
    return found.code.split("-")[0] if found is not None else None  # "gb-wls" (Wales) is the United Kingdom


def places_named(text: str, skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """Territory codes named in `text`; `skip`: lower-cased words not to read as places (the words of a company's
    name: "China Mobile" names a company, not China)."""
    words = [w.replace(".", "").lower() for w in _WORD.findall(text)]
    short = vocab().place_abbreviations
    found: set[str] = set()
    n = 0
    while n < len(words):
        for size in range(MAX_WORDS, 0, -1):
            chunk = words[n : n + size]
            if len(chunk) < size or any(w in skip for w in chunk):
                continue
            phrase = " ".join(chunk)
            # "us" is also a pronoun; read as the United States it can only make a place look covered, never missing.
            if size == 1 and phrase not in short and (phrase in STOPWORDS or len(phrase) < 4):
                continue
            code = _territory(phrase)
            if code is not None:
                found.add(code)
                n += size
                break
        else:
            n += 1
    return frozenset(found)
