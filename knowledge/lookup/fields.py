"""A typed name inside structured text (a JSON, TOML or INI field, a CSV or TSV row, a SWIFT or EDIFACT segment, an
HTML or XML cell, a spreadsheet formula, a "Bill to:" or "PAY TO THE ORDER OF:" line): read only when the whole text
matched nothing. The text is cut at its structure (line breaks, double quotes, markup tags) and each field is read
as a typed name; a field counts only when it is the name at an exact tier (`EXACT_RULES`: equal to a listed name or a.k.a. once normalised),
and every field that counts must name the same one entity. Stricter than free text (text.py): a name with a word
added, or a name inside a sentence, is no field."""
from __future__ import annotations

import re

# where a structured text's fields end (a cheap test first: a text with none of these is not read again)
# (kept: the cuts that each fixed rows in three sets or more; colons, tabs, "+", "*", long dashes, "=", ";", "|", "~" and
# runs of spaces did not, round lk63)
SEPARATORS = re.compile(r"<[^<>]*>|[\n\r\"]")
EXACT_RULES = frozenset({"literal", "normalised", "reordered", "other-legal-form"})


MIN_CUTS = 2             # one cut is a name and its qualifier ("Name \"Somewhere Branch"), not a record


def fields(text: str) -> list[str]:
    """The fields of a structured text, each stripped, with a letter; [] for a plain name or a name with one
    qualifier (fewer than `MIN_CUTS` cuts)."""
    if len(SEPARATORS.findall(text)) < MIN_CUTS:
        return []
    out = []
    for f in SEPARATORS.split(text):
        f = f.strip(" '`,[]{}/\\")
        if any(ch.isalpha() for ch in f) and f not in out:
            out.append(f)
    return out
