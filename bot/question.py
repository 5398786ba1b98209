"""A question as both faces pass it to `Knowledge.ask`: what a person typed, without what only Discord reads.

Mentions (`@everyone`, `@here`, `<@id>`, `<@&role>`, `<#channel>`) are dropped, so a question that pings is
answered like the same question without the ping, and the ping is never echoed back. Control characters (a null
byte) and piles of combining marks (zalgo text) go; letters in any script stay. Markdown is left to the renderer,
which quotes it as text.
"""
from __future__ import annotations

import re
import unicodedata

_MENTION = re.compile(r"<(@[!&]?|#)\d+>|@(everyone|here)\b", re.I)
MAX_LENGTH = 2000  # the CLI's limit: Discord's own message limit; a question is a sentence or two
MAX_COMBINING = 2  # accents stack at most this deep in real writing (Vietnamese uses two)


class BadQuestion(ValueError):
    """The question can't be answered as typed; the message says why, for the person who asked."""


def strip_mentions(text: str) -> str:
    return _MENTION.sub(" ", text)


def clean_question(text: str, max_length: int | None = None) -> str:
    """The question, cleaned; raises `BadQuestion` if nothing is left or it is longer than `max_length`."""
    text = unicodedata.normalize("NFC", strip_mentions(text))
    out: list[str] = []
    run = 0
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn") and ch not in "\t\n":
            continue  # null bytes, bidi overrides, unassigned code points
        if category.startswith("M"):
            run += 1
            if run > MAX_COMBINING:
                continue
        else:
            run = 0
        out.append(ch)
    question = " ".join("".join(out).split())
    if not question:
        raise BadQuestion("the question is empty")
    if max_length is not None and len(question) > max_length:
        raise BadQuestion(f"the question is {len(question):,} characters long; the limit is {max_length:,}")
    return question
