"""Other readings of a typed text before it is matched: signs and letters typed for English letters, a request in
another language read in English, fields of a payment line, a pasted record, a contact card or a configuration
file, a reference code opening the text."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from knowledge.vocab import vocab

from .normalise import LETTER_RUN_RE, analyse, _EDGE_PUNCT
from .english import is_english_word
from .alike import ascii_word
from .towns import folded_chunk, town_word

SHORTHAND_MAX_LEN = 4        # a word no dictionary knows this short may be chat shorthand ("fyi", "btw", "bene")


@lru_cache(maxsize=1)
def _symbol_letter_pattern() -> tuple[re.Pattern, dict[str, str]] | None:
    """words.yaml `symbol_letters` as one pattern: a sign between two letters, after two letters at a word's end, or
    before two letters at its start; and each sign's letter."""
    table = dict(vocab().words.symbol_letters)
    if not table:
        return None
    sign = "[" + "".join(re.escape(c) for c in table) + "]"
    letter = r"[^\W\d_]"
    return (re.compile(rf"(?<={letter}){sign}(?={letter})|(?<={letter}{letter}){sign}(?![^\W_])"
                       rf"|(?<![^\W_]){sign}(?={letter}{letter})"), table)


def symbols_as_letters(text: str) -> str | None:
    """The text with each sign typed inside a word for a letter read as that letter (words.yaml `symbol_letters`:
    "Ariz°na" is "Arizona", "Los Cuini$" "Los Cuinis"), or None when it has no such sign."""
    pattern = _symbol_letter_pattern()
    if pattern is None:
        return None
    regex, table = pattern
    read = regex.sub(lambda m: table[m.group(0)], text)
    return read if read != text else None


# A sign that strayed into a word (a key struck by mistake, a character a copy garbled: "Ca*naduz", "Shippin#g",
# "Albo:rada", "Inver_siones"), which normalisation reads as a break and so splits the word; always between two small
# letters (a sign between capitals parts fields and codes: "BEGIN:VEVENT", "TOR*VELLINA"). Read two ways, the wider
# the stricter what it may find:
# - a stray symbol (`stray_symbols_dropped`, read by Registry.lookup for a match at any tier): a symbol or punctuation
#   mark no name joins or parts its words with (not "-", "'", ".", "&", "/", "_", "@", "=", ":", "|", brackets,
#   quotes, "!" or "?"), the only one of it in the text (one the text holds twice is a separator, markdown:
#   "ltd;lima;aed");
# - a stray sign (`stray_signs_dropped`, read by Index for a listed name found exactly, round lk115): any sign but
#   those normalisation reads (a hyphen, an apostrophe, a full stop, a comma, a quote) and those typed for a letter
#   (words.yaml `symbol_letters`), with two letters of the word or more on each side ("c/o" is a short form).
_SIGN_IN_WORD_RE = re.compile(r"(?<=[^\W\d_])(?:[^\w\s]|_)(?=[^\W\d_])")
_JOINING_MARKS = frozenset("-\u2010\u2011\u2012\u2013\u2014'\u2018\u2019\u02bc`\u00b4.,&/_@=:|!?\"()[]{}<>\u00ab\u00bb")
_READ_SIGNS = frozenset("-\u2010\u2011\u2012\u2013\u2014'\u2019\u2018`.,\"")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _signs_in_words_dropped(text: str, stray: Callable[[str, int], bool]) -> str | None:
    """The text with each sign between two small letters that `stray(sign, position)` calls stray left out; None when
    it holds none."""
    def dropped(m: re.Match) -> str:
        c, at = m.group(0), m.start()
        return "" if text[at - 1].islower() and text[at + 1].islower() and stray(c, at) else c
    read = _SIGN_IN_WORD_RE.sub(dropped, text) if text else text
    return read if read != text else None


def stray_symbols_dropped(text: str) -> str | None:
    """The text with each stray symbol left out ("Ca*naduz S.A.": "Canaduz S.A."), or None when it holds none."""
    return _signs_in_words_dropped(text, lambda c, at: c not in _JOINING_MARKS and unicodedata.category(c)[0] in "PS"
                                   and text.count(c) == 1)


def stray_signs_dropped(text: str) -> str | None:
    """The text with each stray sign left out ("Albo:rada", "Inver_siones", "Sha/hbaz": "Alborada", "Inversiones",
    "Shahbaz"), or None when it holds none."""
    letters = {c for c, _ in vocab().words.symbol_letters}
    return _signs_in_words_dropped(text, lambda c, at: c not in _READ_SIGNS and c not in letters
                                   and _TWO_LETTERS.fullmatch(text, max(0, at - 2), at) is not None
                                   and _TWO_LETTERS.match(text, at + 1) is not None)


def _letters_table(pairs) -> tuple[re.Pattern, dict[str, str]] | None:
    """Letters and the English letters written for them (words.yaml `caron_letters`, each language of
    `letters_abroad`) as one pattern, the longest first, any case; and each one's English letters (None: no pairs)."""
    table = {a.casefold(): b for a, b in pairs}
    if not table:
        return None
    return re.compile("|".join(re.escape(a) for a in sorted(table, key=len, reverse=True)), re.I), table


@lru_cache(maxsize=1)
def _caron_letter_pattern() -> tuple[re.Pattern, dict[str, str]] | None:
    return _letters_table(vocab().words.caron_letters)


def caron_letters_in_english(text: str) -> str | None:
    """The text with each letter of words.yaml `caron_letters` written in the English letters for its sound ("Kiš" is
    "Kish", "Džoint" "Joint", "ŠIPPING" "SHIPPING"), or None when it has no such letter."""
    pattern = _caron_letter_pattern()
    if pattern is None:
        return None
    regex, table = pattern

    def english(m: re.Match) -> str:
        letters, said = m.group(0), table[m.group(0).casefold()]
        if not letters[0].isupper():
            return said
        after = text[m.end():m.end() + 1]
        return said.upper() if (len(letters) > 1 and letters.isupper()) or after.isupper() else said.capitalize()

    read = regex.sub(english, text)
    return read if read != text else None


@lru_cache(maxsize=1)
def _letters_abroad_patterns() -> tuple[tuple[re.Pattern, dict[str, str]], ...]:
    """words.yaml `letters_abroad`, a pattern and table (`_letters_table`) for each language."""
    return tuple(t for pairs in vocab().words.letters_abroad if (t := _letters_table(pairs)))


def spelt_abroad_in_english(text: str, listed=lambda word: False) -> list[str]:
    """The text read in English letters once for each language of words.yaml `letters_abroad` ("Dschahan Tetsch"
    is "Jahan Tech" in German letters, "Institoeto" "Instituto" in Dutch ones), each word a listed name has as written
    (`listed`, of the folded word) kept as typed; the readings that differ from the text. A word's case is kept: in
    capitals, its English letters in capitals, its first letter a capital, theirs."""
    out = []
    for regex, table in _letters_abroad_patterns():
        def english(m: re.Match) -> str:
            return table[m.group(0).casefold()]

        def word(m: re.Match) -> str:
            w = m.group(0)
            if listed(w.casefold()) or not regex.search(w):
                return w
            read = regex.sub(english, w.casefold())
            return read.upper() if w.isupper() and len(w) > 1 else read.capitalize() if w[0].isupper() else read

        read = LETTER_RUN_RE.sub(word, text)
        if read != text and read not in out:
            out.append(read)
    return out


@lru_cache(maxsize=1)
def _request_words_abroad() -> dict[str, str]:
    return dict(vocab().words.request_words_abroad)


_CHUNK_EDGES_RE = re.compile(r"^([\W_]*)(.*?)([\W_]*)$", re.S)


def request_in_english(text: str) -> str | None:
    """A request typed in another language, its ordinary words read as the English words they are (words.yaml
    `request_words_abroad`: "ciao, puoi controllare Widget Works a Milano? grazie" is "hi, can check Widget Works a
    Milano? thanks"), the punctuation around each word kept, a word typed in capitals (a name's) never read. None
    when the text has no word asking to check, "can", "please" or "thanks" (words.yaml `request_starting_words`): a
    greeting alone is a name's word as often ("Hoi An")."""
    table = _request_words_abroad()
    words = vocab().words
    starting, marks = words.request_starting_words, words.inverted_marks
    chunks = text.split()
    out, read = [], False
    for chunk in chunks:
        lead, word, trail = _CHUNK_EDGES_RE.match(chunk).groups()
        typed = bool(word) and (not word[:1].isupper() or word[1:2].islower())   # not in capitals, as names are
        en = table.get(word.casefold()) if typed else None
        if typed and not en and "-" in word and all(part.casefold() in table for part in word.split("-")):
            en = " ".join(table[part.casefold()] for part in word.split("-"))    # "pouvez-vous"
        if en in starting:
            read = True
        out.append(f"{lead.lstrip(marks)}{en}{trail}" if en else chunk.lstrip(marks))
    return " ".join(out) if read else None


def chatter_word(w: str) -> bool:
    """A folded word of a request's chatter (`Index._name_in_chatter`): an everyday word, a word of the English
    dictionary or a short word of four letters at most, none that rigour reads as a company word, a place or a legal
    form."""
    if not w:
        return True
    # (a word rigour reads as a company word, a place or a legal form says more of a name: "Widgetco
    # Shipping" may be another company; the two-letter words it reads as legal forms are English too)
    return ((w in vocab().words.everyday or (w.isalpha() and (is_english_word(w) or len(w) <= SHORTHAND_MAX_LEN)))
            and all(t.role in ("stop", "name") or (t.role == "legal" and not any(
                x.startswith("SYMBOL:") for x in t.symbols)) for t in analyse(w).terms))


FIELD_SEPARATORS = re.compile(r"\s*[;|/]\s*")   # between the fields of a payment line or a pasted record
FIELD_MIN_SEPARATORS = 2    # "J/V", "S/A", "Tea/Coffee" are words, not fields
FIELD_MAX_WORDS = 12        # a field's words, read run by run


def line_fields(text: str) -> list[str]:
    """The fields of a text written as a line of them, two separators or more (';', '/', '|': "Widget Tankers
    FZE;Fujairah;AED 45,000;pending", "TRF/REF 99123/BEN WIDGET TRADING CO SA PULLY/INV 455"); [] otherwise."""
    if len(FIELD_SEPARATORS.findall(text)) < FIELD_MIN_SEPARATORS:
        return []
    return [f for f in (f.strip(_EDGE_PUNCT + "-–—") for f in FIELD_SEPARATORS.split(text)) if f]


# a field's label ("X-Payee-Name", "Supplier", "ORG", "Box 8 Consignee": four words at most, no colon in them) closed
# by a colon, and the field's value after it
_LABELLED_FIELD_RE = re.compile(r"^\s*(?:[^\s:]+\s+){0,3}[^\s:]+?\s*:\s*(?P<value>\S.*?)\s*$")
# the fields of a record: its lines, and what a ";" or a "/" standing apart divide
_RECORD_FIELDS_RE = re.compile(r"\s*(?:[\n\r;]|\s/\s)\s*")


# a contact card or calendar entry (vCard, RFC 6350; iCalendar, RFC 5545): "BEGIN:" and its object's name ("VCARD",
# "VEVENT") opening the text, "END:" in it; and where one of its content lines begins: a property's name in capitals
# (letters, digits and hyphens, RFC 5545 3.1 "iana-token"), its parameters (";TYPE=work"), then its colon, after a space
_CARD_RE = re.compile(r"^\s*BEGIN:[A-Z][A-Z0-9-]*\s.*\sEND:[A-Z][A-Z0-9-]*\s*$", re.S)
_CONTENT_LINE_RE = re.compile(r"[ \t]+(?=[A-Z][A-Z0-9-]*(?:;[^\s:;]+)*:)")


def content_lines(text: str) -> str:
    """A contact card or calendar entry (`_CARD_RE`) with its content lines on lines of their own, as the standards
    write them, when it was typed or pasted with them run together on one line ("BEGIN:VCARD ORG:Widget Works
    ADR:;;;Lima;;; END:VCARD" is "BEGIN:VCARD\nORG:Widget Works\nADR:;;;Lima;;;\nEND:VCARD"); any other text as it is."""
    if not _CARD_RE.match(text):
        return text
    return _CONTENT_LINE_RE.sub("\n", text)


# a configuration file's section (an INI file's, a TOML table's): "[" its name "]" opening the text, then its
# key-value pairs, each a key (one word: letters, digits, "_", "-", ".") and "=" before its value; and where a pair
# begins, the text's start or a space or ";" before a key and its "="
_INI_SECTION_RE = re.compile(r"^\s*\[[^\[\]\n]+\]\s*(?=[A-Za-z_][\w.-]*[ \t]*=)")
_INI_KEY_RE = re.compile(r"(?:^|[ \t]*[\n\r;][ \t]*|[ \t]+)([A-Za-z_][\w.-]*)[ \t]*=[ \t]*")


def ini_lines(text: str) -> str:
    """A section of a configuration file (`_INI_SECTION_RE`: "[counterparty]\nname = Widget Works\ncity = Lima"),
    pasted as it is or with its pairs run together on one line ("[vendor_12] name=Widget Works city=Lima"), as
    labelled fields, a pair a line, each key closed by a colon ("name: Widget Works\ncity: Lima"), so that
    `labelled_field_values` reads it as it reads any record; any other text as it is. The keys are the file's own,
    so no vocabulary of them is needed."""
    m = _INI_SECTION_RE.match(text)
    if not m:
        return text
    return _INI_KEY_RE.sub(lambda k: f"\n{k.group(1)}: ", text[m.end():]).strip()


def labelled_field_values(text: str) -> list[str]:
    """The values of the labelled fields of a text written as a record (`_RECORD_FIELDS_RE`, `_LABELLED_FIELD_RE`:
    "ORG:Widget Works\nADR:;;Lima" gives "Widget Works"; a card's content lines run together on one line read apart,
    `content_lines`), each with its edge punctuation stripped; [] when the text has no colon or fewer than two
    fields."""
    text = ini_lines(text)
    if ":" not in text:
        return []
    text = content_lines(text)
    fields = [f for f in _RECORD_FIELDS_RE.split(text) if f.strip()]
    if len(fields) < 2:
        return []
    out = []
    for field in fields:
        m = _LABELLED_FIELD_RE.match(field)
        if not m:
            continue
        value = " ".join(m.group("value").split()).strip(_EDGE_PUNCT)
        if value:
            out.append(value)
    return out


def says_nothing_of_a_name(word: str) -> bool:
    """A word beside a name in a field that says nothing more of it: a number or a code (a digit in it: "99123",
    "INV-455"), a word of chatter or a label ("ref", "ben", "pls", "release": `chatter_word`), or a town (where the
    firm is: "Pully"). A company word, a legal form or a word of a name ("Group", "Ltd", "Zarvan") is more of a name:
    another firm's, maybe."""
    w = folded_chunk(word)
    return any(ch.isdigit() for ch in w) or chatter_word(w) or town_word(w)


REFERENCE_MIN_DIGITS = 3     # a word with this many digits opening a text is a reference code, not a name's number
REFERENCE_MAX_WORDS = 3      # words of the code and its label ("ref INV-5521", "MT103 :59:/0012345")


def after_reference(text: str) -> str:
    """The text after a reference code opening it: its first words (three at most) up to the last with three digits
    or more ("INV-2291", "ref 40917", "MT103 :59:/0012345"), each word before it a word with such digits or a short
    label of four letters at most ("ref", "inv", "po"), two words at least left after it. A number alone, digits
    only, is a code only after a label or a code ("ref 40917"): opening the text, it may be a name's own ("1001
    Nights", "360 Capital"), as a number of fewer digits is ("7 Star", "1st"). '' when the text opens with no code."""
    chunks = text.split()
    last = 0
    for k, c in enumerate(chunks[:REFERENCE_MAX_WORDS]):
        if sum(ch.isdigit() for ch in c) >= REFERENCE_MIN_DIGITS and (k or not re.fullmatch(r"[\d.,]+", c)):
            last = k + 1
        elif not (c.strip(_EDGE_PUNCT).isalpha() and len(c.strip(_EDGE_PUNCT)) <= SHORTHAND_MAX_LEN):
            break
    return " ".join(chunks[last:]) if last and len(chunks) - last >= 2 else ""


@lru_cache(maxsize=20_000)
def typed_words(text: str) -> frozenset[str]:
    """The words of a typed text written as words, letters only between spaces, hyphens or punctuation, folded
    ('útibú' "utibu"); not initials written with dots ("S.A.C.I." is no word "saci")."""
    return frozenset(ascii_word(w) for w in re.findall(r"(?<![.\w])[^\W\d_]+(?![.\w]\w)", text))
