"""Countries and unions a text names ("the UK", "Japanese", "the European Union", "eu"), as rigour territory codes at
country level. A question about a place no source names is a question the sources don't cover ("did the UK ban it
too?" over US sources), and list data of one jurisdiction can't say what another one lists.

Names come from OpenSanctions' rigour (territory names and demonyms). Words shorter than four letters are ambiguous
with English ("in", "it", "ai" are also codes), so only the abbreviations people type for places, listed in
knowledge/vocab/sources.yaml (`place_abbreviations`), are read at that length.

rigour normalises its 25,000 names when a process first looks one up: 3 to 6 s here, paid by every cold `ask`. Its
normalised names ship with the code instead (knowledge/data/territory_names.json.gz, for the rigour version that made
it; tests/test_places.py checks it against rigour's own lookup). Rebuild it after upgrading rigour:

    .venv/bin/python -m knowledge.places
"""
from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

from rigour.territories import lookup_by_identifier, lookup_territory
from rigour.territories.util import normalize_territory_name

from .text import STOPWORDS
from .vocab import vocab

_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
MAX_WORDS = 3  # "united arab emirates"


NAMES_FILE = "territory_names.json.gz"


def names_path() -> Path:
    return Path(str(resources.files("knowledge").joinpath("data", NAMES_FILE)))


@lru_cache(maxsize=1)
def _shipped_names() -> dict[str, str] | None:
    """rigour's normalised territory names and the code each names, as shipped; None when the installed rigour is not
    the version they were made from (rigour's own lookup answers then)."""
    try:
        with gzip.open(names_path(), "rt", encoding="utf-8") as f:
            data = json.load(f)
    except OSError:
        return None
    if data.get("rigour") != version("rigour"):
        return None
    return {name: code for code, names in data["names"].items() for name in names}


@lru_cache(maxsize=65536)
def _territory(phrase: str) -> str | None:
    names = _shipped_names()
    if names is None:
        found = lookup_territory(phrase)
        code = found.code if found is not None else None
    else:  # what lookup_territory does: a code or QID first, then the normalised name
        found = lookup_by_identifier(phrase)
        code = found.code if found is not None else names.get(normalize_territory_name(phrase))
    return code.split("-")[0] if code is not None else None  # "gb-wls" (Wales) is the United Kingdom


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Every word of a normalised territory name: a phrase of two or three words with a word outside these names no
    place, so it is not looked up (most of a text's phrases; each lookup normalises the phrase first)."""
    names = _shipped_names()
    return frozenset(w for name in (names if names is not None else rigour_names()) for w in name.split())


@lru_cache(maxsize=65536)
def _in_some_name(word: str) -> bool:
    # both forms: a phrase with a word of a script rigour does not latinise is normalised whole without latinising,
    # so its Latin words keep their accents there (casefolded), while alone they are latinised
    return normalize_territory_name(word) in _name_words() or word.casefold() in _name_words()


def rigour_names() -> dict[str, str]:
    """rigour's own table of normalised names (a private function of rigour: the table its lookup_territory reads)."""
    from rigour.territories.lookup import _get_territory_names

    return {name: territory.code for name, territory in _get_territory_names().items()}


def build_names() -> Path:
    by_code: dict[str, list[str]] = {}
    for name, code in sorted(rigour_names().items()):
        by_code.setdefault(code, []).append(name)
    out = names_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as f:  # the same bytes for the same table
        f.write(json.dumps({"rigour": version("rigour"), "names": by_code}, ensure_ascii=False, sort_keys=True).encode())
    return out


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
            if size > 1 and not all(_in_some_name(w) for w in chunk):
                continue
            code = _territory(phrase)
            if code is not None:
                found.add(code)
                n += size
                break
        else:
            n += 1
    return frozenset(found)


if __name__ == "__main__":
    print(build_names())
