"""What a question asks for, read with the general rules in knowledge/vocab/answering.yaml: the kind of fact (as
entity labels), whether it asks about a current status or a cause, the years and names it pins."""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..glossary import ABBREVIATION_PATTERN, ABBREVIATIONS, without_expansions
from ..places import places_named
from ..retrieval import stems
from ..text import content_terms
from ..vocab import vocab


@dataclass(frozen=True)
class Vocabulary:
    question_types: tuple[tuple[re.Pattern, tuple[str, ...]], ...]
    status_cues: re.Pattern
    yes_no: re.Pattern
    why: re.Pattern
    cause_markers: re.Pattern
    status_wording: re.Pattern
    needs_antecedent: re.Pattern
    future: re.Pattern
    speech_question: re.Pattern
    speech_markers: re.Pattern
    time_preamble: re.Pattern
    polar_question: re.Pattern
    which_lists: re.Pattern
    standing_words: re.Pattern
    listing_words: re.Pattern
    on_the_list: str
    not_on_the_list: str
    on_list_question: re.Pattern
    context_openers: re.Pattern
    law_names: tuple = ()           # spaCy token patterns of law names, tagged LAW at ingest (ingest/tagging.py)
    sanctioning_governments: frozenset[str] = frozenset()   # territory codes of governments that keep such lists
    government_bodies: tuple[tuple[re.Pattern, str], ...] = ()   # a body's name -> the government it lists for

    def governments_named(self, text: str) -> frozenset[str]:
        """The governments keeping lists that a text names, as places or through their bodies."""
        found = places_named(text) & self.sanctioning_governments
        return found | {code for pattern, code in self.government_bodies if pattern.search(text)}


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    raw = yaml.safe_load(resources.files("knowledge").joinpath("vocab/answering.yaml").read_text(encoding="utf-8"))
    rx = lambda p: re.compile(p, re.I)  # noqa: E731
    return Vocabulary(
        tuple((rx(t["pattern"]), tuple(t["labels"])) for t in raw["question_types"]),
        rx(raw["status_cues"]), rx(raw["yes_no"]), rx(raw["why"]), rx(raw["cause_markers"]),
        rx(raw["status_wording"]), rx(raw["needs_antecedent"]), rx(raw["future"]),
        rx(raw["speech_question"]), rx(raw["speech_markers"]), rx(raw["time_preamble"]),
        rx(raw["polar_question"]), rx(raw["which_lists"]), rx(raw["standing_words"]), rx(raw["listing_words"]),
        raw["on_the_list"], raw["not_on_the_list"], rx(raw["on_list_question"]), rx(raw["context_openers"]),
        tuple(raw["law_names"]), frozenset(raw["sanctioning_governments"]),
        tuple((re.compile(rf"\b{re.escape(body)}\b", 0 if body.isupper() else re.I), code)
              for code, bodies in raw["government_bodies"].items() for body in bodies),
    )


@dataclass(frozen=True)
class Question:
    text: str
    terms: tuple[str, ...]          # content words
    stems: frozenset[str]
    expected: tuple[str, ...]       # entity labels a right answer carries ("when" -> DATE), empty if any
    status: bool                    # about how things stand now: the newest source must lead
    why: bool                       # asks for a cause
    years: tuple[str, ...]          # years it names ("in 2019")
    names: tuple[str, ...]          # companies, products and other names it mentions
    clause: str | None = None       # the clause that asks, when a statement precedes it ("x launched a car, is x ...?")
    focus: tuple[str, ...] = ()     # stems of what is counted or measured ("how many employees" -> employe)
    places: frozenset[str] = frozenset()  # countries and unions it names, not as part of a company's name ("uk" -> gb)
    lists: frozenset[str] = frozenset()   # restriction keys of the lists it names ("the entity list" -> exports)
    period_start: date | None = None  # the first day of the latest year, month or day it names ("jan 19 2025")
    future: bool = False            # asks about what will or may happen ("will it be banned?")
    speech: bool = False            # asks what someone said or how they reacted
    # Each list or agency abbreviation the user typed: its stems and its written-out form's ("ns-cmic" ->
    # ns, cmic; non, sdn, chines, ...). `stems` holds the user's words only; the written-out form is another way a
    # source may say the abbreviation, not more words the user asked for (see `stems_found`).
    abbreviations: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    without_names: str | None = None  # the question with the names it mentions taken out, if it names any


def _without_names(text: str, names: tuple[str, ...]) -> str | None:
    """What a question asks about the names it mentions: its words other than theirs ("who is xiaomi's ceo" ->
    "who is ceo"); None when it names nothing, or nothing but names."""
    name_words = {w.lower() for n in names for w in re.findall(r"\w+", n)}
    if not name_words:
        return None
    kept = [w for w in text.split() if not (set(re.findall(r"\w+", re.sub(r"['’]s\b", "", w.lower()))) & name_words)]
    rest = " ".join(kept)
    return rest if rest != text.strip() and re.search(r"\w", rest) else None


def stems_found(q: Question, have) -> set[str]:
    """The question's stems a text holds (`have`: its stems). An abbreviation counts as held where the text has it
    or writes it out (two thirds of the written-out form's words: "the Chinese Military-Industrial Complex Companies
    list" for NS-CMIC, whose form begins "Non-SDN"; "designated nationals" for SDN)."""
    found = {s for s in q.stems if s in have}
    for abbreviation, written_out in q.abbreviations:
        if 3 * sum(s in have for s in written_out) >= 2 * len(written_out):
            found |= abbreviation
    return found


_MONTHS = {name.lower(): n for names in (calendar.month_name, calendar.month_abbr) for n, name in enumerate(names) if name}
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = (  # (pattern, which groups are month, day, year)
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"), (1, 2, 3)),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+((?:19|20)\d\d)\b"), (2, 1, 3)),
    (re.compile(rf"\b{_MONTH},?\s+((?:19|20)\d\d)\b"), (1, None, 2)),
    (re.compile(r"\b((?:19|20)\d\d)\b"), (None, None, 1)),
)


def period_start(low: str) -> date | None:
    """The first day of the latest period a (lower-case) text names: a day, else a month, else a year. Used to tell
    a question about a time after every source ("did it go dark on jan 19 2025?") from one the sources can know."""
    starts = []
    for pattern, (mi, di, yi) in _DATE_FORMS:
        for m in pattern.finditer(low):
            try:
                starts.append(date(int(m.group(yi)), _MONTHS[m.group(mi)] if mi else 1, int(m.group(di)) if di else 1))
            except ValueError:
                continue
        if starts:  # the most specific form that matches decides
            break
    return max(starts, default=None)


@lru_cache(maxsize=8192)
def is_english_word(word: str, words: frozenset[str]) -> bool:
    """In the embedding model's whole-word vocabulary, or an inflection or a one- or two-letter slip of a word in it
    ("blacklisted", "stil"); a compound of two words ("deepseek") is not one."""
    if not words or len(word) < 3 or word.isdigit():
        return True
    if word in words or (word.endswith("s") and word[:-1] in words):
        return True
    if any(word.endswith(x) and word[: -len(x)] in words and len(word) - len(x) >= 3 for x in ("ed", "d", "ing", "es", "s", "er", "ers", "ly")):
        return True
    if word.isascii() and word.isalpha() and len(word) >= 4:
        cutoff = 1 if len(word) < 7 else 2
        # only words within `cutoff` letters of its length can be within `cutoff` edits of it
        by_length = _by_length(words)
        return any(process.extractOne(word, by_length.get(n, ()), scorer=Levenshtein.distance, score_cutoff=cutoff)
                   is not None for n in range(len(word) - cutoff, len(word) + cutoff + 1))
    return False


@lru_cache(maxsize=4)
def _by_length(words: frozenset[str]) -> dict[int, tuple[str, ...]]:
    by_length: dict[int, list[str]] = {}
    for w in words:
        by_length.setdefault(len(w), []).append(w)
    return {n: tuple(ws) for n, ws in by_length.items()}


def is_compound(word: str, words: frozenset[str]) -> bool:
    """Two dictionary words run together ("blacklist" = black + list)."""
    return any(word[:k] in words and word[k:] in words for k in range(4, len(word) - 3))


@lru_cache(maxsize=8192)
def is_name_like(word: str, words: frozenset[str]) -> bool:
    """A word outside the embedding model's whole-word vocabulary and not a misspelling, inflection or compound of
    words in it: a name ("xiaomi", "hikvision"), not "stil", "fone" or "blacklisted" (black + listed)."""
    return not is_english_word(word, words) and not is_compound(word, words)


def read_question(text: str, words: frozenset[str] = frozenset(), entity_names: tuple[str, ...] = (), correct=None,
                  known=None) -> Question:
    """`correct`: maps a stem the corpus never uses to the corpus stem it is a typo of (Retriever.correct);
    `known`: whether the corpus uses a stem."""
    v = vocabulary()
    # Patterns read the letters only: accents and stacked combining marks ("zalgo") do not hide "is" or "when".
    low = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).lower()
    terms = tuple(content_terms(text))
    expected: tuple[str, ...] = ()
    for pattern, labels in v.question_types:
        if pattern.search(low):
            expected = labels
            break
    # A question in Chinese script is taken as asking about the company it names: its status answers it.
    status = bool(v.status_cues.search(low) or v.yes_no.search(low) or re.search(r"[\u4e00-\u9fff]", text))
    # Names are the user's own words (not a glossary expansion's), and never the abbreviation of a list or agency.
    as_typed = without_expansions(text)
    typed = content_terms(as_typed)
    # A word the sources use as written and that is not a dictionary word is a name there, even when it is one slip
    # from a word ("smic", "tencent"): the sources settle what a typo would leave open.
    used = (lambda t: t.isalpha() and t not in words and not is_compound(t, words) and all(known(x) for x in stems(t))) if known else (lambda t: False)
    names = tuple(dict.fromkeys([*entity_names, *(t for t in typed if t not in ABBREVIATIONS and (is_name_like(t, words) or used(t)))]))
    fix = correct or (lambda s: s)
    # What is counted is the noun after "how many" ("how many employees"); "how much did ..." names none.
    counted = re.search(r"\bhow (?:many|much) (?!(?:did|does|do|is|was|are|were|will|would|can|could|has|have|had|of)\b)([a-z]+)", low)
    focus = tuple(fix(s) for s in stems(counted.group(1))) if counted else ()
    # A dash between spaces sets a preamble apart as a comma does ("x's new stadium - when was x sanctioned").
    parts = re.split(r"(?<=[,;:.!])\s+|\s+[-\u2013\u2014]+\s+", text.strip())
    last = parts[-1] if len(parts) > 1 else None
    clause = last if last and (v.yes_no.match(last) or re.match(r"^(why|how|what|when|which|who|where)\b", last, re.I)) else None
    # A yes/no clause after a preamble asks about a state as one opening the question does ("back in 2022 no one had
    # listed it - has anyone since?"): `yes_no` sees a clause only after sentence punctuation, not after a dash.
    status = status or bool(clause and v.yes_no.match(clause.lower()))
    # The time asked about is the asking clause's: a year in a statement before it tells what the asker read or did
    # ("the 2023 faq says x, is that still true?"), unless that statement is only a time ("in 2023, how many ...").
    preamble = text.strip()[: -len(clause)] if clause else ""
    timed = clause if clause and not v.time_preamble.fullmatch(preamble.strip(" ,;:.!-\u2013\u2014")) else text
    years = tuple(w for w in content_terms(timed) if re.fullmatch(r"(19|20)\d\d", w))
    in_names = frozenset(w.lower() for n in entity_names for w in re.findall(r"\w+", n))
    abbreviations = tuple((frozenset(stems(a)), frozenset(stems(ABBREVIATIONS[a]))) for a in dict.fromkeys(
        t for t in (m.group(0).lower() for m in ABBREVIATION_PATTERN.finditer(as_typed))))
    user_stems = frozenset(fix(s) for t in typed for s in stems(t))
    return Question(text, terms, user_stems, expected, status,
                    bool(v.why.search(low)), years, names, clause, focus, places_named(as_typed, in_names),
                    vocab().restrictions_named(text), period_start(timed.lower()), bool(v.future.search(low)),
                    bool(v.speech_question.search(low)), abbreviations, _without_names(text, names))
