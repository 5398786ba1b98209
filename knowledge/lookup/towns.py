"""Towns, streets and offices typed beside a firm's name: which words say where a branch or an office is, so that
they are read as its place, not as more of the name ("Lima sales office of Widget Works", "Widget Works Ltd
(Lima warehouse)", "... Bank Ferdowsi Avenue branch")."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rigour.text.translit import ascii_text

from knowledge.vocab import vocab

from .normalise import (NAME_ROLES, address_countries, analyse, city_countries, town_countries, match_symbols,
                        match_tokens, match_words, _EDGE_PUNCT)
from .english import is_english_word
from .alike import word_address_fingerprint

BRANCH_AFTER_MAX = 3   # words after a branch phrase saying where the branch is ("Sucursal Zona 1", "... de Colon")
# which branch needs saying after these ("X Branch" says only that X has branches, in any language: "X Sucursal",
# "X Succursale", "X Niederlassung"); a free zone is itself a place
BRANCH_ALONE_NOT = (("branch",), ("sucursal",), ("branch", "office"), ("succursale",), ("niederlassung",),
                    ("zweigniederlassung",))


def names_a_town(named: tuple[str, ...], symbols: list) -> bool:
    """The words spell a city or a town, no country: a city of places.txt (city-states too: "Singapore"), or a town of
    towns.txt that rigour does not read as a country ("Mexico" is a town in the Philippines, but typed after a firm's
    name it says the country)."""
    if named in city_countries():
        return True
    country = any(re.fullmatch(r"LOC:[a-z]{2}", x) for syms in symbols for x in syms)
    return bool(town_countries(named)) and not country


def unknown_town(named: tuple[str, ...], roles: list[str], symbols: list, phrase: tuple[str, ...] = ()) -> bool:
    """One word that no dictionary, place list or company vocabulary knows, before a branch or an office closing the
    query: a town too small for towns.txt, or written the local way ("... Ltd Msida branch", "... Lemesos office");
    a dictionary word ("Holdings", "Sales"), a company word or a country is not. A saint's title and one word after
    it are a town too, the word a saint's name, a dictionary word as often ("... Ltd - St. Julians office";
    knowledge/vocab/words.yaml `saint_titles`). So are a street's name, one word or two, and the word closing it
    that says it is a street, an avenue, a square or an area (`_street_word`: "... Bank Ferdowsi Avenue branch", "...
    Bekaa Valley office"). Before a branch or an office (`phrase`, the words after the town, closing with one of
    `TWO_WORD_TOWN_BEFORE`), two words of a name too, a quarter or a street named after a person ("... Bank Vali Asr
    branch")."""
    if len(named) == 2 and named[0] in vocab().words.saint_titles:
        return roles[1] in NAME_ROLES and not symbols[1] and len(named[1]) > 3 and named[1].isalpha()
    if (2 <= len(named) <= STREET_WORDS_MAX + 1
            and ((roles[-1] in NAME_ROLES and not symbols[-1] and _street_word(named[-1]))
                 or named[-1] in vocab().words.premises_words)):
        # a street, an avenue or a square named after a person, a town or a country, before a branch or an office
        # closing the query: the firm's office on it ("... Bank Ferdowsi Avenue branch", "... Argentina Square
        # branch"); the street's name is words of a name or a place, no company word
        return all(r in (*NAME_ROLES, "place") and not any(x.startswith(("DOMAIN:", "SYMBOL:")) for x in s)
                   and w.isalpha() and len(w) > 2 for w, r, s in zip(named[:-1], roles[:-1], symbols[:-1]))
    if len(named) == 2 and phrase and phrase[-1] in TWO_WORD_TOWN_BEFORE:
        # a quarter or a street named after a person, two words and no street word ("... Bank Vali Asr branch", "...
        # Bank Sepahbod Gharani branch"): words of a name, no company word, place or country, at least one of them no
        # dictionary word ("Vali" is one; "Golden Gate", both dictionary words, may say what kind of branch)
        return (all(r in NAME_ROLES and not s and w.isalpha() and len(w) > 2
                    for w, r, s in zip(named, roles, symbols))
                and not all(is_english_word(w) for w in named))
    return (len(named) == 1 and roles[0] in NAME_ROLES and not symbols[0] and len(named[0]) > 3
            and named[0].isalpha() and not is_english_word(named[0]))


STREET_WORDS_MAX = 2    # words of a street's name before "Street", "Avenue", "Square" ("Vali Asr Street")
# the last words of the branch phrases (knowledge/vocab/words.yaml `branch_phrases`) before which two words of a name
# are a quarter or a street (`unknown_town`): an office or a branch; before a free zone, a plant or a phase the two
# words may be more of the name ("Widget Works Mayorista Norte Zona Libre")
TWO_WORD_TOWN_BEFORE = ("branch", "office", "sucursal")


@lru_cache(maxsize=10_000)
def _street_word(word: str) -> bool:
    """A word that says a street, an avenue, a road or a square: an address word rigour's address fingerprint writes
    short ('street' 'st', 'avenue' 'av', 'square' 'sq'), in two letters or more (not a compass point: 'north' 'n'),
    no word of an office ('branch' 'br', 'office' 'of'; knowledge/vocab/words.yaml `branch_phrases`, `site_words`),
    or typed as that short form itself ('st', 'rd': `_address_short_forms`; 'ave' was found, 'st' was not); or a kind
    of area, which rigour has no address word for (words.yaml `area_words`: 'valley')."""
    fp = word_address_fingerprint(word)
    return (((len(fp) >= 2 and (fp != word or word in _address_short_forms())) or word in vocab().words.area_words)
            and word.isalpha()
            and not any(word in phrase for phrase in office_phrases()))


@lru_cache(maxsize=1)
def _address_short_forms() -> frozenset[str]:
    """The short forms rigour's address fingerprint writes address words as, which are their own fingerprint: 'st' of
    'street', 'rd' of 'road', 'sq' of 'square' (a street word typed short: "... Africa St. branch")."""
    from rigour.data.addresses.data import FORMS
    return frozenset(k for k in FORMS if k.isalpha() and len(k) >= 2 and word_address_fingerprint(k) == k)


def folded_chunk(chunk: str) -> str:
    """A chunk of a text as the readings compare it: its edge punctuation and dashes stripped, casefolded."""
    return chunk.strip(_EDGE_PUNCT + "-–—").casefold()


def chunks_name_a_town(chunks: list[str]) -> bool:
    """Chunks of typed text that spell a city or a town (`names_a_town`: "Lima", "St. Petersburg"), no country."""
    kept = analyse(" ".join(chunks)).kept
    return bool(kept) and names_a_town(tuple(match_words(kept)), match_symbols(kept))


def town_word(word: str) -> bool:
    """A word that is a town's name (`names_a_town`: "Pully", "Lima"), chat shorthand or a dictionary word too or
    not."""
    w = folded_chunk(word)
    kept = analyse(w).kept if w.isalpha() else []
    return bool(kept) and names_a_town(tuple(match_words(kept)), match_symbols(kept))


OFFICE_TOWN_MAX = 3     # words of the town before an office, a site or a subsidiary and "of" ("Ras al Khaimah office of")
# an office ("head office", "representative office", `branch_phrases` closing with it) is in a town: the words before
# it may be a town the place lists do not know (`_unlisted_town`); before a free zone, a plant or a branch they may be
# more of the name ("Widget Works Mayorista Norte Zona Libre")
OFFICE_WORD = "office"


@lru_cache(maxsize=1)
def office_phrases() -> tuple[tuple[str, ...], ...]:
    """The words that name an office, a site or a subsidiary (knowledge/vocab/words.yaml `branch_phrases`,
    `site_words`, `part_words`), the longest first."""
    words = vocab().words
    return tuple(sorted({*words.branch_phrases, *((w,) for w in words.site_words), *((w,) for w in words.part_words)},
                        key=len, reverse=True))


def _office_town(folded: list[str], phrase: tuple[str, ...]) -> bool:
    """The folded words before an office phrase are a town (`names_a_town`: a city of places.txt or a town of towns.txt,
    no country: a country's branch may be listed as an entity of its own); for an office or a branch, a town too
    small for towns.txt as well (`unknown_town`: "Msida office of ...")."""
    kept = analyse(" ".join(folded)).kept
    named = tuple(match_words(kept))
    symbols = match_symbols(kept)
    return bool(named) and (names_a_town(named, symbols) or (
        phrase in vocab().words.branch_phrases
        and unknown_town(named, [r for _, r in match_tokens(kept)], symbols, phrase)))


def office_before_name(text: str) -> str | None:
    """The firm a text names after a town and an office, a site or a subsidiary of it, then "of" ("Lima sales office
    of Widget Works", "Dubai subsidiary of Widget Trading LLC", "Quito warehouse of Widget S.A."): the words after the
    first "of", when the words before it are a town (`_office_town`) then an office phrase (`office_phrases`). The
    office is named by its town only, so it is the firm's (a unit with a name of its own, "Widget Works, a branch of
    Parent", is named_part's). None otherwise."""
    m = re.match(r"\s*(.+?)\s+of\s+(.+?)\s*$", text, flags=re.IGNORECASE)
    if not m:
        return None
    head = [w for w in (c.strip(_EDGE_PUNCT).casefold() for c in m.group(1).split()) if w]
    for phrase in office_phrases():
        if tuple(head[-len(phrase):]) != phrase or not 0 < len(head) - len(phrase) <= OFFICE_TOWN_MAX:
            continue
        return (m.group(2).strip(_EDGE_PUNCT) or None) if _office_town(head[:-len(phrase)], phrase) else None
    return None


def _unlisted_town(chunks: list[str], folded: list[str], unlisted: Callable[[str], bool]) -> bool:
    """Words written as a town's name that the place lists do not know by that name, before an office closing the
    text: the local or an old name of a city ("Antwerpen", "Rangoon"), a town written short ("Ft. Lauderdale") or
    one too small for towns.txt in two words ("Chath Tayuni"). Each word is written as a proper name is (a capital,
    then small letters), is a word of a name to rigour (no company word, country, legal form or stopword), no
    everyday word, and a word no listed name has (`unlisted`): so it cannot make the text another listed firm's
    name, and the dictionary's words ("Rangoon" is one) may be towns here, as they may not in `unknown_town`."""
    everyday = vocab().words.everyday
    for chunk, word in zip(chunks, folded):
        letters = chunk.strip(_EDGE_PUNCT + "-–—")
        if not (word.isalpha() and letters[:1].isupper() and letters[1:].replace(".", "").islower()
                and word not in everyday and unlisted(word)):
            return False
        terms = analyse(word).terms
        if not terms or any(t.role not in NAME_ROLES or t.symbols for t in terms):
            return False
    return True


def offices_after_name(text: str, unlisted: Callable[[str], bool] | None = None,
                       offices_only: bool = False) -> list[str]:
    """The firm's names a text may name before a town and an office, a site or a subsidiary of it closing the text
    ("Widget Works, Dandong representative office", "Widget Works Ltd (Lima warehouse)", "Widget Trading Medellin
    subsidiary"): the words before the town, for each way of reading one to `OFFICE_TOWN_MAX` words before the office
    as a town (as `office_before_name` reads the town; one word first). Before an office (`OFFICE_WORD`), the town may
    also be one the place lists do not know by that name, words no listed name has (`_unlisted_town`, with `unlisted`
    telling such a word: "Widget Airways Rangoon head office"). With `offices_only`, only an office or a branch
    (`branch_phrases` closing with one of `TWO_WORD_TOWN_BEFORE`), no site, plant or subsidiary. Empty otherwise."""
    chunks = re.sub(r"[()]", " ", text).split()
    folded = [folded_chunk(c) for c in chunks]
    for phrase in office_phrases():
        if tuple(folded[-len(phrase):]) != phrase:
            continue
        if offices_only and (phrase not in vocab().words.branch_phrases or phrase[-1] not in TWO_WORD_TOWN_BEFORE):
            return []
        heads = []
        for width in range(1, OFFICE_TOWN_MAX + 1):
            lo = len(chunks) - len(phrase) - width
            if lo < 1:
                break
            head = " ".join(chunks[:lo]).strip(_EDGE_PUNCT + "-–—")
            if head and (_office_town(folded[lo:lo + width], phrase) or (
                    unlisted is not None and phrase[-1] == OFFICE_WORD
                    and _unlisted_town(chunks[lo:lo + width], folded[lo:lo + width], unlisted))):
                heads.append(head)
        return heads
    return []


PREMISES_MAX = 4   # words of a building's, a street's or a quarter's name before an office ("Queen's Road East office")
# a comma, or a dash standing apart, after a firm's legal form: what follows is no word of the name
_AFTER_LEGAL_RE = re.compile(r"\s*,\s*|\s+(?:--|[-–—])\s+")


def office_on_premises(text: str) -> str | None:
    """The firm a text names before a comma or a dash, then the premises of an office, then the office closing the
    text ("Widget Trading LLC, Harbour Business Tower office", "Widget Holding Limited - Kings Road West office"):
    the words before the last comma or dash, when they close with a legal form (rigour's: "LLC", "Limited", "S.A."),
    and after it one to `PREMISES_MAX` words then an office (`office_phrases` closing with `OFFICE_WORD`: "office",
    "representative office", "head office"), no country among them (a country's office may be listed as an entity of
    its own: "Widget Foundation: Somalia Branch") and no legal form, holding or group (another firm's office). None
    otherwise."""
    cuts = list(_AFTER_LEGAL_RE.finditer(text))
    if not cuts:
        return None
    head = text[:cuts[-1].start()].strip(_EDGE_PUNCT + "-–—")
    chunks = text[cuts[-1].end():].split()
    folded = [folded_chunk(c) for c in chunks]
    for phrase in office_phrases():
        if phrase[-1] != OFFICE_WORD or tuple(folded[-len(phrase):]) != phrase:
            continue
        where = folded[:-len(phrase)]
        if not 0 < len(where) <= PREMISES_MAX or not head:
            return None
        terms = analyse(head).terms
        if not terms or terms[-1].role != "legal":
            return None
        premises = analyse(" ".join(where)).terms
        if any(re.fullmatch(r"LOC:[a-z]{2}", x) for t in premises for x in t.symbols):
            return None
        if any(t.role == "legal" or "SYMBOL:HOLDING" in t.symbols or t.word in vocab().words.parent_group_words
               for t in premises):
            # a legal form, a holding or a group among the words is another firm, whose office it is ("Widget
            # Trading Limited - Harbour Holdings office"), no premises
            return None
        return head
    return None


def branch_word(word: str) -> bool:
    """A word a vocabulary reads as a firm's branch or site (words.yaml `branch_words`, `site_words`; rigour's BRANCH
    symbol): 'Filial', 'filiale', 'filiāle'."""
    w = ascii_text(folded_chunk(word))
    wv = vocab().words
    return (w in wv.branch_words or w in wv.site_words
            or any("SYMBOL:BRANCH" in t.symbols for t in analyse(word).terms))


REGION_MAX_WORDS = 2     # words of a region after its town ("Krasnoyarsk Krai")


def region_after_town(chunks: list[str], countries: frozenset[str]) -> int:
    """How many chunks opening `chunks` (what follows a town and its comma) are the town's region or province, as an
    address writes them ("Kobe, Hyogo", "Ascot, Berkshire", "Divnogorsk, Krasnoyarsk Krai"): one or two capitalised
    words of letters, each a word of a name or a place (no legal form, no company word, no stopword), the second
    closing the region's name, no place of a country none of the town's `countries` is ("Kherson, Dubai" is two
    places). 0 when none is."""
    pair = " ".join(chunks[:REGION_MAX_WORDS]).strip(_EDGE_PUNCT)
    if len(chunks) >= REGION_MAX_WORDS and (chunks_name_a_town(chunks[:REGION_MAX_WORDS]) or (
            address_countries(pair) and all(t.role == "place" for t in analyse(pair).terms))):
        return 0        # a place of two words, read as one ("Wan Chai, Hong Kong")
    n = 0
    for c in chunks[:REGION_MAX_WORDS]:
        w = c.strip(_EDGE_PUNCT)
        if not (w.isalpha() and w[:1].isupper() and not w.isupper()):
            break
        terms = analyse(w).terms
        if not terms or any(t.role not in ("name", "place") and "SYMBOL:REGION" not in t.symbols for t in terms):
            break
        if (where := address_countries(w)) and countries and not where & countries:
            break
        n += 1
        if c[-1:] in ",;:)":
            break
    return n
