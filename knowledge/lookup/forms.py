"""What the index (index.py) and the readings of a request (requests.py) both ask of a name as written: its legal
forms (`legal_forms`, `legal_texts`, `has_legal_forms`), its letters as read alike when misread (`skeleton`), whether a
word is coined (`_coined`) and whether evidence reads the whole text (`reads_whole`), with the limits both use. Apart
from index.py so that requests.py, whose readings `Index` inherits, need not import index.py."""
from __future__ import annotations

from functools import lru_cache

from knowledge.vocab import vocab

from .normalise import Analysed, is_latin, joined_legal_forms
from .english import is_english_word
from .alike import two_dictionary_words
from .score import EXACT_TIERS, Evidence

TRUNCATED_MAX = 20           # registry words a query word may be cut short from ('admin')
ACRONYM_MAX_LEN = 8
NO_LEGAL_FORM = ("vessel", "aircraft", "individual")   # kinds of listed things that have no legal form
PHRASE_MAX_WORDS = 2         # dictionary words this many or fewer are a phrase, no part of a name
OCR_MIN_LEN = 5              # a word this long is read with the letters OCR confuses folded alike ('Tearn', TEAM)


@lru_cache(maxsize=1)
def _confusable() -> dict[int, str]:
    """words.yaml `confusable_letters` as a translation table: each letter read as the one it stands for."""
    return str.maketrans(dict(vocab().words.confusable_letters))


def reads_whole(ev: Evidence) -> bool:
    """The text is the name: exactly, or every word of it a word of the name, none mistyped, none left over."""
    return ev.rule in EXACT_TIERS or (ev.rule == "tokens" and not ev.typos and not ev.unexplained
                                      and ev.query_cover >= 1.0 - 1e-9)


@lru_cache(maxsize=1)
def _skeleton_targets() -> frozenset[str]:
    """The letters `skeleton` folds others into (a word holding one may be another word's skeleton)."""
    words = vocab().words
    return frozenset(b for _, b in words.confusable_letters) | {b for _, b in words.ocr_confusable_letters}


def skeleton(key: str) -> str:
    """A name's or a word's letters as read alike when misread: the confusable letters ("l"/"1"/"i", "0"/"o") and the
    letters OCR reads as one another (knowledge/vocab/words.yaml `ocr_confusable_letters`: "rn" and "m", so that
    "Cornpany" and "Boume" are COMPANY and BOURNE)."""
    key = key.translate(_confusable())
    for a, b in vocab().words.ocr_confusable_letters:
        if a in key:
            # (in a word of `OCR_MIN_LEN` letters or more: "Corn" is no "Com")
            key = " ".join(w.replace(a, b) if len(w) >= OCR_MIN_LEN else w for w in key.split(" "))
    return key


def legal_forms(a: Analysed) -> tuple[frozenset[str], ...]:
    """Each legal form of a name as the set of what it may be written as: its compare form and rigour's company-word
    symbols ("Corp" and "Corporation" share SYMBOL:CORP; "Inc" and "Ltd" are different forms). A legal form rigour
    reads as one that is two written together is those two: "Co., Ltd." (rigour's "coltd") is the "Company" and the
    "Limited" of "... COMPANY LIMITED" (normalise.joined_legal_forms)."""
    out: list[frozenset[str]] = []
    for t in a.terms:
        if t.role == "legal":
            own = frozenset({t.text} | {s for s in t.symbols if s.startswith("SYMBOL:")})
            # (a legal form with a company-word symbol of its own is one: "Corp" is no "Co" and "rp")
            out.extend((joined_legal_forms(t.text) if len(own) == 1 else ()) or [own])
    return tuple(out)


def legal_texts(legal: tuple[frozenset[str], ...]) -> tuple[str, ...]:
    """The legal forms of an alias as one comparable value: each by the symbol it shares with its spellings, else its
    compare form ("LLC" -> "llc"; "Corp" and "Corporation" -> "SYMBOL:CORP")."""
    return tuple(sorted(min(f, key=lambda x: (not x.startswith("SYMBOL:"), x)) for f in legal))


def has_legal_forms(q_legal: tuple[frozenset[str], ...], a_legal: tuple[frozenset[str], ...]) -> bool:
    """The alias has every legal form the query names (or the query names none); else an exact match is only
    "other-legal-form": "Masters International Inc" is not first "MASTERS INTERNATIONAL LTD." when both are listed."""
    return all(any(q & al for al in a_legal) for q in q_legal)


def _coined(word: str) -> bool:
    """A word in Latin letters no dictionary has, nor two of its words written as one: "Ramak", "Imensazen"."""
    return (is_latin(word) and word.isalpha() and len(word) >= 4 and not is_english_word(word)
            and not two_dictionary_words(word))
