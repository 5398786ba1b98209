"""Boilerplate removal for article text: what a reader skips is not indexed.

Works line by line on plain text (the .txt format, Markdown bodies, and the main text trafilatura extracted from
HTML), because the boilerplate of news pages comes in recognisable lines: comment forms, reader questions,
"Our tip" teasers, photo captions with a credit line, share bars, cookie notices, related/trending lists.

Sentences written to a bot rather than to a reader ("Ignore all previous instructions and ...", "As an AI ...")
are dropped too, so ingested text can never make the bot quote an instruction as fact. Their patterns are data
(ingest/data/addresses_the_reader_bot.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from knowledge.text import sentence_spans, without_dates

_PATTERNS_FILE = Path(__file__).resolve().parent / "data" / "addresses_the_reader_bot.yaml"


@lru_cache(maxsize=1)
def _addresses_a_machine() -> re.Pattern:
    patterns = yaml.safe_load(_PATTERNS_FILE.read_text(encoding="utf-8"))["patterns"]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def addresses_a_machine(sentence: str) -> bool:
    """True for a sentence that instructs or addresses a bot, an AI or a language model."""
    return bool(_addresses_a_machine().search(sentence))


def drop_instructions(paragraph: str) -> str:
    """The paragraph without its sentences that address a machine ("" when nothing is left)."""
    if not addresses_a_machine(paragraph):
        return paragraph
    kept = [paragraph[s:e] for s, e in sentence_spans(paragraph) if not addresses_a_machine(paragraph[s:e])]
    return " ".join(kept)

# Everything from a comment form on is the comment section, never the article.
_COMMENT_SECTION = re.compile(
    r"^(leave a (reply|comment)|\d+ comments?|comments?|post comment|join the discussion|add a comment)\s*$",
    re.I,
)
_BOILERPLATE_LINE = re.compile(
    r"(your email address will not be published"
    r"|required fields are marked"
    r"|save my name, email"
    r"|this (web)?site uses cookies|we use cookies|accept all cookies|cookie (settings|preferences|policy)"
    r"|^share( this( article| story)?)?:"
    r"|^(share on|follow us|subscribe to|sign up for|get our .*newsletter|newsletter)"
    r"|^(related (posts|articles|stories)|trending|read more|read also|see also|most read|you may also like)\b"
    r"|^tags?:"
    r"|^(advertisement|sponsored)$"
    r"|\|\s*source:\s*"                      # "caption | Source: photographer" credit lines
    r"|^(photo|image|credit|source)\s*:"      # bare credit lines
    r"|^(\(c\)|©|copyright)\s*(\(c\)|©)?\s*\d{4}\b|all rights reserved\.?$"  # a page's copyright line (a year: not
                                                                       # a statute's "(c) ..." subsection)
    r")",
    re.I,
)
_CAPTION_CREDIT = re.compile(r"\s*\|\s*source:.*$", re.I)
# A teaser for another story: the marker line and the headline after it.
_TEASER = re.compile(r"^(our tip|tip|see also|read next|recommended|editor'?s pick)\s*:?\s*$", re.I)
# Questions put to the reader at the end of an article.
_READER_QUESTION = re.compile(r"^(do you think|what do you think|what's your (take|opinion)|let us know|tell us)\b", re.I)
_SENTENCE_END = re.compile(r"[.!…:;\"”’]$")


def is_fragment(line: str) -> bool:
    """A short line with no sentence punctuation (a heading, a photo caption, a menu item), a short question
    standing alone (a heading such as "Why now?" or a question put to the reader), or a short line ending in a colon:
    it introduces what follows ("lena_cpa wrote on February 7, 2025:", "Key dates:") and states nothing itself."""
    if line.endswith("?"):
        return len(line.split()) <= 14
    if line.endswith(":"):
        return len(line.split()) <= 8
    return not _SENTENCE_END.search(line) and len(line.split()) <= 14


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def repeats_title(line: str, heading: str) -> bool:
    """The line is the article's title, `heading` (as `_plain` writes it, once per article): the same words, or the
    words a page's <title> opens with before its site's name ("Headline | Outlet")."""
    if not heading:
        return False
    plain = _plain(line)
    return plain == heading or (len(plain.split()) >= 4 and heading.startswith(plain + " "))


# A dateline's names: comma-separated runs of capitalised words, with the short lowercase particles names carry
# ("Palma de Mallorca", "Trinidad and Tobago").
_DATELINE_NAMES = re.compile(r"^\s*(?:[A-Z][\w'’&.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’&.-]*)*\s*,\s*)+$")


def dateline_opening(paragraph: str) -> str | None:
    """The sentence opening the paragraph when it only says who reports from where and when ("Wirefeed Asia,
    Singapore, March 14, 2018."): a news dateline. It states nothing, and quoted it would answer every "when"
    question about its article with the day the article was written."""
    if not without_dates(paragraph[:200])[1]:  # no date where a dateline would be: no need to split the paragraph
        return None
    spans = sentence_spans(paragraph)
    if len(spans) < 2:
        return None
    first = paragraph[spans[0][0] : spans[0][1]]
    names, dated = without_dates(first.rstrip(" .:-\u2013\u2014"))
    if not dated or len(names.split()) > 12:
        return None
    names = names.strip(" ,")
    return first if names and _DATELINE_NAMES.match(names + ",") else None


def clean_article(text: str, *, drop_fragments: bool = True, title: str = "") -> tuple[str, list[str]]:
    """(the article's prose as paragraphs separated by blank lines, its headings and photo captions). Headings
    and captions are not quotable prose, but they say what the article is about ("Xiaomi Mi 10T Pro"), so they
    are kept apart as keywords for lexical search. The article's own `title`, standing again as a line of its text
    (a page's <h1>, a long "# heading"), is a heading however long it is."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    heading = _plain(title)
    kept: list[str] = []
    keywords: list[str] = []
    skip_next_content = False
    for line in lines:
        if not line:
            continue
        if _COMMENT_SECTION.match(line):
            break
        if skip_next_content:
            skip_next_content = False
            continue
        if _TEASER.match(line):
            skip_next_content = True
            continue
        if _CAPTION_CREDIT.search(line):
            keywords.append(_CAPTION_CREDIT.split(line)[0].strip())
            continue
        if _BOILERPLATE_LINE.search(line) or _READER_QUESTION.match(line):
            continue
        line = drop_instructions(line)
        if not line:
            continue
        if drop_fragments and (is_fragment(line) or repeats_title(line, heading)):
            keywords.append(line)
            continue
        opening = dateline_opening(line)
        if opening:
            keywords.append(opening)
            line = line[len(opening):].lstrip()
        kept.append(re.sub(r"[ \t]+", " ", line))
    return "\n\n".join(kept), list(dict.fromkeys(k for k in keywords if k))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def strip_markdown(text: str) -> str:
    """Markdown to plain prose, one paragraph (or list item) per line: headings, emphasis, links and list markers
    go; the words stay. Soft-wrapped lines are joined so a wrapped sentence is not mistaken for a fragment."""
    units: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            units.append(" ".join(current))
            current.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or re.match(r"^#{1,6}\s", stripped) or re.match(r"^(---+|\*\*\*+|___+)$", stripped):
            flush()  # headings are not sentences; they end a paragraph
            continue
        item = re.match(r"^(?:[-*+]|\d+[.)])\s+", stripped)
        if item:
            flush()
            stripped = stripped[item.end():]
        stripped = re.sub(r"^>\s?", "", stripped)
        stripped = _MD_LINK.sub(r"\1", stripped)
        current.append(_MD_EMPHASIS.sub(r"\2", stripped))
    flush()
    return "\n".join(units)
