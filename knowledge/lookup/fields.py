"""A typed name inside structured text (a JSON, TOML or INI field, a CSV or TSV row, a SWIFT or EDIFACT segment, an
HTML or XML cell, a spreadsheet formula, a "Bill to:" or "PAY TO THE ORDER OF:" line, a URL's or a form's query
string): read only when the whole text matched nothing. The text is cut at its structure (line breaks, double quotes,
markup tags), a query string gives its parameters' values decoded ("?q=Widget%20Works&city=..." or
"name=Widget+Works&..."), and each field is read as a typed name; a field counts only when it is the name at an exact tier (`score.EQUAL_TIERS`: equal to a listed name or a.k.a. once normalised),
and every field that counts must name the same one entity. Stricter than free text (text.py): a name with a word
added, or a name inside a sentence, is no field."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl

# where a structured text's fields end (a cheap test first: a text with none of these is not read again)
# (kept: the cuts that each fixed rows in three sets or more; colons, tabs, long dashes, "=", ";", "|" and
# runs of spaces did not, round lk63; "+", "*" and "~" did with train67, in trade messages only, round lk70)
_MARKUP_TAG = r"<[^<>]*>"
SEPARATORS = re.compile(rf"{_MARKUP_TAG}|[\n\r\"]")

# the element separators and segment terminators of the trade messages (EDIFACT "NAD+SU+++WIDGET LTD+...'", X12
# "N1*SE*WIDGET CO~N3*...~"), cuts only in a text holding such a segment: a tag of two or three capitals and its first
# element, each followed by the same separator ("NAD+SU+", "N1*SE*"). Elsewhere '+', '*' and '~' are Discord's
# markdown ("**Widget** Bakery", "~~Widget~~"), "C++", a firm written "Baker + Widget + Partners" or a list, and a
# piece of those is no field (review of session 44: each of these was flagged as a listed WIDGET). A fax header's
# "** TO: ... **" is markdown's shape too and is not read (train57's row, round lk70, is a miss again).
MESSAGE_SEGMENT = re.compile(r"(?<![^\s'~])[A-Z][A-Z0-9]{1,2}([+*])[A-Z0-9]{1,3}\1")
MESSAGE_SEPARATORS = re.compile(rf"{_MARKUP_TAG}|[\n\r\"+*~]")


MIN_CUTS = 2             # one cut is a name and its qualifier ("Name \"Somewhere Branch"), not a record

# a URL's or a form's query string: after a '?' or with two parameters or more ("?q=...", "name=...&city=..."), within
# one run of text without spaces or quotes (round lk66)
QUERY_STRING = re.compile(r"(?:\?|(?<![^\s\"'<>]))([^\s\"'<>?#=&]+=[^\s\"'<>#]*)")


# quotes inside a running name, words on both sides on the same line ('Widget "Blue" Trading Co'): part of the name,
# no field (review of session 43: the quoted word alone matched a listed BLUE)
QUOTED_IN_WORDS = re.compile(r'(?<=[^\W\d_]) +"([^"\n<>]+)" +(?=[^\W\d_])')


# a field's value written in braces after its '=' (BibTeX's "author = {Widget Works Ltd}", which BibTeX reads as it
# reads "author = \"Widget Works Ltd\""): read as that value in double quotes, a field like any other (round lk111);
# not braces holding quotes or other braces (a record "party = { name = \"...\" }"), nor a value opening with a quote
BRACED_VALUE = re.compile(r"(=[ \t]*)\{(?![ \t]*')([^{}\n\"]*)\}")

# a value written in single quotes as code writes a string (a Python dict "{'party': 'Widget Ltd'}", a call
# "screen_party('Widget Ltd', 'Oslo')", SQL's "VALUES ('Widget Ltd', ...)", a Fortran namelist "name='Widget Ltd', /"):
# read as that value in double quotes, a field like any other (round lk120). The quotes must stand where code puts
# them, after an '=', ':', ',' or an opening bracket and before a ',', ':', ';', '/' or a closing bracket (or the
# text's end), so that an apostrophe ("Widget's", "d' 'e") is no quote; no double quote, markup or line break inside
SINGLE_QUOTED_VALUE = re.compile(r"""([=:,(\[{][ \t]*)'([^'"\n<>]*[^\W_][^'"\n<>]*)'(?=[ \t]*(?:[,:;/)\]}]|$))""")

# a markup tag's attributes in double quotes ('<party name="Widget Ltd" city="Oslo"/>', an XML or HTML element whose
# values stand in its tag, not between tags): each value read as a field like a cell's text, the tag cut around them
# (round lk123; before, the whole tag was one cut and its values were never read)
_TAG_WITH_ATTRIBUTES = re.compile(r'<[^<>"]*=[ \t]*"[^<>]*>')
_ATTRIBUTE_VALUE = re.compile(r'=[ \t]*"([^"<>]*)"')


def _attribute_values(tag: re.Match) -> str:
    """A markup tag with attributes cut at its double-quoted values: '<>"v1"<>"v2"<>' (each '<>' an empty tag)."""
    return "<>" + "<>".join(f'"{v}"' for v in _ATTRIBUTE_VALUE.findall(tag.group(0))) + "<>"


def fields(text: str) -> list[str]:
    """The fields of a structured text, each stripped, with a letter: the pieces between its cuts (`SEPARATORS`, and
    `MESSAGE_SEPARATORS` in a trade message; none for a plain name or a name with one qualifier, fewer than
    `MIN_CUTS` cuts), then the values of its query strings (`query_values`)."""
    text = QUOTED_IN_WORDS.sub(r" \1 ", text)
    if "{" in text:
        text = BRACED_VALUE.sub(r'\1"\2"', text)
    if "'" in text:
        text = SINGLE_QUOTED_VALUE.sub(r'\1"\2"', text)
    if "<" in text:
        text = _TAG_WITH_ATTRIBUTES.sub(_attribute_values, text)
    separators = MESSAGE_SEPARATORS if MESSAGE_SEGMENT.search(text) else SEPARATORS
    cut = separators.split(text) if len(separators.findall(text)) >= MIN_CUTS else []
    out = []
    for f in [*cut, *query_values(text)]:
        f = f.strip(" '`,[]{}/\\")
        if any(ch.isalpha() for ch in f) and f not in out:
            out.append(f)
    return out


def query_values(text: str) -> list[str]:
    """The values of the query strings in a text, percent- and plus-decoded: a query string follows a '?' or joins
    two parameters or more with '&' ("https://x.example/search?q=Widget%20Works&city=Oslo" gives "Widget Works" and
    "Oslo"); [] for a text without '=' (the cheap test)."""
    if "=" not in text:
        return []
    out = []
    for m in QUERY_STRING.finditer(text):
        query = m.group(1)
        if not m.group(0).startswith("?") and "&" not in query:
            continue
        out += [v for _, v in parse_qsl(query)]
    return out
