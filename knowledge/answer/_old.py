"""Extractive answers: rank the sentences of the retrieved passages against the question, put the newest source
first when the question is about a current status, quote verbatim with [n] citations, and decline when the
sources don't cover the question.

No language model runs here (none installs offline), so every sentence of an answer is a quoted source sentence,
or a listing from the list data that cites its official source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from collections.abc import Callable
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .glossary import expand_abbreviations
from .models import Answer, Citation, Match, Passage
from .status import StatusSentence, render_status
from .status import StatusSentence, render_status
from .retrieval import Retriever, stem_words, stems
from .text import content_terms

# ---- calibrated on shared/eval/dev (see README, "Answer quality"); held-out questions share the mechanisms ----
MIN_COVERAGE = 0.15        # share of the question's topic words (IDF-weighted) found in the retrieved passages
MIN_SENTENCE_SIMILARITY = 0.30
SECOND_SENTENCE_MARGIN = 0.30
MIN_SUPPORT_SIMILARITY = 0.40  # a supporting sentence must itself be about the question
RECENCY_MARGIN = 0.20
NAMED_RECENCY_MARGIN = 0.40      # a newer source within this score of the best one leads a status answer
MAX_SENTENCES = 3
TITLE_WEIGHT = 0.15
SUPERSEDED_AFTER_DAYS = 365

DECLINE = "My sources don't cover that, so I can't answer it reliably."

# A question about how things stand now: the newest source must lead. Yes/no questions ("is huawei banned?",
# "did dji win?") ask for the current state too; why/how/what questions only with an explicit cue.
_STATUS_CUE = re.compile(
    r"\b(still|now|currently|anymore|any more|any longer|today|yet|latest|remains?|stays?|off limits)\b", re.I
)
# "did/was" questions ask about a past event, not a current state.
_YES_NO = re.compile(r"(^|[,;:.!?]\s*)(is|are|can|could|does|do|has|have|will|am)\b", re.I)
_LIST_NAME = re.compile(
    r"\b(entity list|ns-cmic|cmic|sdn list|specially designated nationals|covered list|1260h|1237|"
    r"military end user list|denied persons list|investment blacklist|chinese military compan(y|ies)|"
    r"consolidated screening list)\b",
    re.I,
)
_PRONOUN_START = re.compile(r"^(it|this|that|these|those|they|he|she|its|their)\b", re.I)
_WHY = re.compile(r"^\s*(why|how come)\b|\bwhat (was|is) the reason\b", re.I)
_CAUSE = re.compile(
    r"\b(because|after|due to|over|reason|as a result|since|found|accus\w*|alleg\w*|said|showed|for (illegally|violating|making))\b",
    re.I,
)
_COMPARISON = re.compile(
    r"\bdifference between (?P<a>.+?) and (?P<b>.+?)\??$|\b(?P<c>[\w' -]+?) (?:vs\.?|versus|compared to|or) (?P<d>[\w' -]+?)\??$",
    re.I,
)
_RESTRICTION = re.compile(
    r"\b(securities|shares|invest\w*|licen[cs]e\w*|export\w*|authori[sz]ation\w*|authori[sz]ed|procure\w*|"
    r"contract\w*|block\w*|freez\w*|frozen|does not ban|not a ban|no ban|ban\w*|prohibit\w*|bar(s|red)?|"
    r"keep (buying|using|flying)|continue to (buy|sell|use)|can (still|continue)|not affect\w*|unaffected|lifted|"
    r"terminated|removed|no longer|added to|listed|listing|designat\w*|blacklist\w*|sanction\w*)\b",
    re.I,
)

_TYPES = {
    "money": re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s?(million|billion|thousand|dollars?|euros?|pounds?|usd|eur|gbp|yuan)\b", re.I),
    "movement": re.compile(r"\d\s?%|\bper ?cent\b|[$£€¥]\s?\d+(\.\d+)? (a|per) share", re.I),
    "percent": re.compile(r"\d\s?%|\bper ?cent\b", re.I),
    "number": re.compile(r"\b\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)\b", re.I),
    "weight": re.compile(r"\b\d+(\.\d+)?\s?(g|kg|grams?|kilograms?|pounds?|lbs?|ounces?|oz)\b", re.I),
    "duration": re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](years?|months?|weeks?|days?)\b|\buntil\b", re.I),
    "person": re.compile(r"\b(Judge|Justice|Secretary|Chairman|Chair|Director|President|Senator|Minister)\s+[A-Z]|\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+\s+(said|says|wrote|ruled|granted|found|announced)\b"),
    "date": re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\b(19|20)\d\d\b", re.I),
}


@dataclass(frozen=True)
class QuestionShape:
    terms: list[str]
    expected: tuple[str, ...] = ()       # answer types, any of which a right answer contains
    focus: list[str] = field(default_factory=list)   # stems a right sentence must contain ("how many employees")
    status: bool = False                 # asks about a current status: the newest source leads
    why: bool = False                    # asks for a reason: sentences that give causes rank higher
    past_event: bool = False             # "did/was ...?": whether something happened


def question_shape(question: str) -> QuestionShape:
    q = question.lower()
    terms = content_terms(question)
    expected: tuple[str, ...] = ()
    focus: list[str] = []
    if m := re.search(r"\bhow many (\w+)", q):
        expected = ("number",)
        focus = stems(m.group(1))
    elif re.search(r"\bhow much\b.*\b(jump|rise|rose|risen|fall|fell|drop|gain|increase|decrease|climb|surge|plunge|slump)", q):
        expected = ("movement",)
    elif re.search(r"\bhow much\b|\bwhat (did|does|will) .* cost\b|\bprice\b|\bcost\b", q):
        expected = ("money",)
    elif re.search(r"\bhow (heavy|light)\b|\bweigh", q):
        expected = ("weight",)
    elif re.search(r"\bhow long\b", q):
        expected = ("duration", "date")
    elif re.search(r"\bhow (big|large)\b", q):
        expected = ("number",)
    elif re.search(r"^\s*when\b|\bwhat (date|year|day)\b|\bsince when\b|\bwhen (was|did|is|will|does)\b", q):
        expected = ("date",)
    elif re.search(r"^\s*who\b|\bwhich (judge|official|court|company|agency|secretary|minister|person)\b", q):
        expected = ("person",)
    # A question in Chinese script is taken as asking about the company it names: its listing status answers it.
    status = bool(_STATUS_CUE.search(q) or _YES_NO.search(q) or re.search(r"[\u4e00-\u9fff]", q))
    past_event = bool(re.match(r"^\s*(did|was|were|has|have)\b", q))
    return QuestionShape(terms, expected, focus, status, bool(_WHY.search(q)), past_event)


def asking_clause(question: str) -> str | None:
    """The clause that asks, when a statement precedes it: "sensetime made a chatbot, is it sanctioned?"."""
    parts = re.split(r"(?<=[,;:.!])\s+", question.strip())
    if len(parts) < 2:
        return None
    last = parts[-1]
    return last if _YES_NO.match(last) or re.match(r"^(why|how|what|when|which|who|where)\b", last, re.I) else None


def comparison_sides(question: str) -> tuple[str, str] | None:
    """("the entity list", "the sdn list") for "whats the difference between the entity list and the sdn list?"."""
    m = _COMPARISON.search(question.strip())
    if not m:
        return None
    a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
    return (a.strip(), b.strip()) if content_terms(a) and content_terms(b) else None


@dataclass
class _Candidate:
    index: int
    document_id: str
    start: int
    end: int
    text: str
    similarity: float
    score: float


@lru_cache(maxsize=8192)
def is_name_like(word: str, vocabulary: frozenset[str]) -> bool:
    """A word outside the model's whole-word vocabulary, and not a misspelling of one ("stil", "fone"): a name."""
    if not vocabulary or len(word) < 3 or word.isdigit():
        return False
    if word in vocabulary or (word.endswith("s") and word[:-1] in vocabulary):
        return False
    if word.isascii() and word.isalpha() and len(word) >= 4:
        cutoff = 1 if len(word) < 7 else 2
        if process.extractOne(word, vocabulary, scorer=Levenshtein.distance, score_cutoff=cutoff) is not None:
            return False
    return True


def _day(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


class Composer:
    """`vocabulary`: whole words the embedding model's tokenizer knows, a stand-in for "common English": a
    question word outside it that no source uses is a name the sources don't cover (xiaomi, redmi)."""

    def __init__(
        self,
        retriever: Retriever,
        embed: Callable[[str], list[float]],
        vocabulary: frozenset[str] = frozenset(),
        min_similarity: float = MIN_SENTENCE_SIMILARITY,
    ):
        self.retriever = retriever
        self.min_similarity = min_similarity
        self.embed = embed
        self.vocabulary = vocabulary

    def _is_name_like(self, word: str) -> bool:
        return is_name_like(word, self.vocabulary)

    def coverage(self, terms: list[str], passages: list[Passage]) -> tuple[float, bool]:
        """(IDF-weighted share of the question's topic words found in the passages, whether any of the question's
        names is found). Words match on a shared start (sue/sued, decide/decision) or a close spelling
        (hikvison/hikvision) so inflection and typos are not mistaken for absence."""
        r = self.retriever
        words = list(dict.fromkeys(terms))
        if not words:
            return 0.0, False
        have: set[str] = set()
        for p in passages:
            have |= set(content_terms(f"{p.title} {p.text}"))
        prefixes = {w[:5] for w in have} | {w[:4] for w in have} | {w[:3] for w in have}
        max_idf = r.idf("\0never\0")

        have_stems = set(stem_words(list(have)))

        def present(word: str) -> bool:
            if word in have or set(stems(word)) <= have_stems or word[: min(len(word), 5 if len(word) > 6 else 4 if len(word) > 4 else 3)] in prefixes:
                return True
            return len(word) >= 5 and process.extractOne(word, have, scorer=fuzz.ratio, score_cutoff=85) is not None

        def weight(word: str) -> float:
            stem = stems(word)
            if stem and r.known(stem[0]):
                return r.idf(stem[0])
            # A common word no source uses at all is most likely a paraphrase ("lawsuit" for "sued"): no weight.
            return max_idf if self._is_name_like(word) else 0.0

        weights = {w: weight(w) for w in words}
        found = {w for w in words if present(w)}
        names = [w for w in words if self._is_name_like(w)]
        names_found = not names or any(w in found for w in names)
        total = sum(weights.values())
        share = sum(v for w, v in weights.items() if w in found) / total if total else 1.0
        return share, names_found

    def answer(
        self,
        question: str,
        query_vector: list[float],
        passages: list[Passage],
        entity_matches: list[Match] = (),
        statuses: list[StatusSentence] = (),
        asked: str | None = None,
    ) -> Answer:
        """`question` is what retrieval used (a follow-up joined to its thread's question); `asked` what the user
        typed, which the Answer carries."""
        shape = question_shape(question)
        r = self.retriever
        top = passages[:5]
        decline = Answer(question=asked or question, answered=False, answer=DECLINE)
        entity_names = [[n for n in [m.entity.name, *m.entity.aliases]] for m in entity_matches]
        if not top and not statuses:
            return decline
        # A question about a company the passages never mention is not covered by them, however similar they are.
        if entity_names and not any(self._mentions(p, names) for p in top for names in entity_names):
            top = []
        clause = asking_clause(question)
        clause_vector = self.embed(clause) if clause else None
        candidates = self._rank_sentences(shape, query_vector, top, comparison_sides(question), clause_vector) if top else []
        # Words naming a matched company ("redmi" for Xiaomi) are covered once the passages are about that company,
        # which the entity gate above has checked.
        entity_words = {w for names in entity_names for n in names for w in content_terms(n)}
        other_terms = [t for t in shape.terms if t not in entity_words]
        share, names_found = self.coverage(other_terms, top) if other_terms else (1.0, True)
        covered = bool(candidates) and names_found and share >= MIN_COVERAGE
        if not covered or candidates[0].similarity < self.min_similarity:
            candidates = []
        picked = self._pick(shape, candidates, comparison=comparison_sides(question) is not None)
        # The list data answers "is X banned?" on its own; a question it doesn't address needs the articles.
        if not picked and not (statuses and shape.status):
            return decline
        return self._render(asked or question, picked, list(statuses), shape.status)

    # ---- ranking --------------------------------------------------------------------------------------------------
    def _mentions(self, passage: Passage, names: list[str]) -> bool:
        hay = set(stems(f"{passage.title} {passage.text}"))
        return any(all(s in hay for s in stems(n)) and stems(n) for n in names)

    def _rank_sentences(
        self,
        shape: QuestionShape,
        query_vector,
        passages: list[Passage],
        sides: tuple[str, str] | None = None,
        clause_vector=None,
    ) -> list[_Candidate]:
        r = self.retriever
        passage_of = r.sentence_candidates(passages)
        ids = list(passage_of)
        if not ids:
            return []
        sims = r.sentence_vectors[ids] @ np.asarray(query_vector, dtype=np.float32)
        if clause_vector is not None:
            # "sensetime made a chatbot, is sensetime sanctioned?": the asking clause matters more than the preamble.
            sims = 0.4 * sims + 0.6 * (r.sentence_vectors[ids] @ np.asarray(clause_vector, dtype=np.float32))
        # A document whose headline matches the question is about it; its sentences inherit some of that.
        title_sims = r.title_similarities(query_vector, {p.document_id for p in passages})
        names = [w for w in shape.terms if self._is_name_like(w)]
        years = [w for w in shape.terms if re.fullmatch(r"(19|20)\d\d", w)]
        best_passage = max(p.score for p in passages) or 1.0
        q_stems = set(s for t in shape.terms for s in stems(t))
        out = []
        for i, sim in zip(ids, sims):
            ref = r.sentences[i]
            text = r.sentence_text(i)
            words = len(text.split())
            s_stems = set(stems(text))
            overlap = (
                sum(r.idf(s) for s in q_stems if s in s_stems) / sum(r.idf(s) for s in q_stems) if q_stems else 0.0
            )
            score = (
                float(sim)
                + 0.20 * overlap
                + 0.10 * passage_of[i].score / best_passage
                + TITLE_WEIGHT * title_sims.get(ref.document_id, 0.0)
            )
            if shape.expected:
                # The first expected type is the answer's own ("how long" wants a duration; a date is a fallback).
                if _TYPES[shape.expected[0]].search(text):
                    score += 0.20
                elif not any(_TYPES[t].search(text) for t in shape.expected):
                    score -= 0.12
            elif shape.past_event and _TYPES["date"].search(text):
                score += 0.05  # "did treasury put dji on the list?" is answered by when it happened
            if shape.status and _LIST_NAME.search(text):
                score += 0.05
            if years:
                # "why did the us ban zte in 2018": the year the question names pins the event.
                doc_date = r.docs[ref.document_id].ordering_date
                mentioned = set(re.findall(r"\b(?:19|20)\d\d\b", text))
                if mentioned & set(years):
                    score += 0.10
                elif mentioned:
                    score -= 0.05  # about another year
                elif doc_date and str(doc_date.year) in years:
                    score += 0.05
            if shape.focus:
                score += 0.10 if all(f in s_stems for f in shape.focus) else -0.10
            if shape.status and _RESTRICTION.search(text):
                score += 0.08
            if shape.why and _CAUSE.search(text):
                score += 0.05
            if words < 6:
                score -= 0.15
            if names:
                # Sentences about the company the question names beat sentences about its neighbours.
                lowered = text.lower()
                if any(n in lowered for n in names):
                    score += 0.08
                elif any(n in r.docs[ref.document_id].title.lower() for n in names):
                    score += 0.06  # "the company" in an article whose headline names it
            out.append(_Candidate(i, ref.document_id, ref.start, ref.end, text, float(sim), score))
        out.sort(key=lambda c: -c.score)
        if sides:
            # "difference between A and B": the best sentence about each side leads, whatever the overall order.
            leads = []
            for side in sides:
                side_vector = np.asarray(self.embed(expand_abbreviations(side)), dtype=np.float32)
                side_sims = r.sentence_vectors[[c.index for c in out]] @ side_vector
                best = max(zip(side_sims, out), key=lambda t: t[0] + 0.5 * t[1].score)[1]
                if best not in leads:
                    leads.append(best)
            top_score = out[0].score
            for c in leads:
                c.score = top_score + 0.01
                c.similarity = max(c.similarity, MIN_SUPPORT_SIMILARITY)
                # A side's lead is often a one-line definition; the sentence after it says what the list does.
                following = self._next_sentence(c)
                if following is not None and r.docs[c.document_id].text.count("\n", c.end, following.start) == 0:
                    existing = next((o for o in out if o.index == following.index), None)
                    if existing is not None:
                        existing.score = top_score + 0.005
                        existing.similarity = max(existing.similarity, c.similarity)  # it speaks for its side
            out.sort(key=lambda c: -c.score)
        return out

    def _pick(self, shape: QuestionShape, candidates: list[_Candidate], comparison: bool = False) -> list[_Candidate]:
        if not candidates:
            return []
        if shape.expected and not any(_TYPES[t].search(c.text) for c in candidates[:6] for t in shape.expected):
            return []  # the question asks for a number, date or price that no retrieved sentence gives
        if shape.focus and not any(all(f in set(stems(c.text)) for f in shape.focus) for c in candidates[:6]):
            return []
        best = candidates[0]
        docs = self.retriever.docs
        if shape.expected:
            # The lead sentence carries the asked-for fact (the judge's name, the duration) when one nearly as relevant does.
            typed = [c for c in candidates if c.score >= best.score - SECOND_SENTENCE_MARGIN and _TYPES[shape.expected[0]].search(c.text)]
            if typed:
                best = typed[0]
        if shape.status:
            # When sources disagree the newest wins: among documents nearly as relevant as the best, the newest leads,
            # and its own sentences come before older documents' ones.
            close = [c for c in candidates if c.score >= best.score - RECENCY_MARGIN]
            # Only a sentence that states a status or restriction can lead a status answer.
            close = [c for c in close if _RESTRICTION.search(c.text)] or close
            best = max(close, key=lambda c: (docs[c.document_id].ordering_date or date.min, c.score))
            candidates = sorted(candidates, key=lambda c: (c.document_id != best.document_id, -c.score))
        picked = [best]
        if shape.why:
            # A sentence restating the event is often followed by the one giving its reason.
            following = self._next_sentence(best)
            if following is not None and _CAUSE.search(following.text):
                picked.append(following)
        limit = MAX_SENTENCES + 1 if comparison else MAX_SENTENCES  # a comparison needs room for both sides

        def eligible(c: _Candidate) -> bool:
            if any(c.index == p.index for p in picked) or c.score < best.score - SECOND_SENTENCE_MARGIN:
                return False
            typed = shape.expected and any(_TYPES[t].search(c.text) for t in shape.expected)
            # A sentence that carries the asked-for fact (a name, a sum, a date) may be worded far from the question.
            floor = min(MIN_SUPPORT_SIMILARITY, max(self.min_similarity, best.similarity - 0.1))
            return c.similarity >= (floor - 0.15 if typed else floor)

        def from_doc(c: _Candidate) -> int:
            return sum(p.document_id == c.document_id for p in picked)

        # First other documents (sources diverse), except that a status answer's newest source may say two
        # things; then, if room is left, second sentences from documents already cited.
        for cap in ("diverse", "fill"):
            for c in candidates:
                if len(picked) >= limit:
                    break
                if not eligible(c):
                    continue
                allowed = 1 if cap == "diverse" else (limit if (shape.status or comparison) else 2)
                if cap == "diverse" and (comparison or (shape.status and c.document_id == best.document_id)):
                    allowed = 2
                if shape.status and self._superseded(c, best):
                    continue
                if from_doc(c) < allowed:
                    picked.append(c)
        return [self._with_context(c) for c in picked]

    def _with_context(self, c: _Candidate) -> _Candidate:
        """"It does not ban DJI's products." says nothing alone: a short sentence opening with a pronoun is quoted
        with the sentence before it in the same paragraph."""
        if not _PRONOUN_START.match(c.text) or len(c.text.split()) > 16:
            return c
        r = self.retriever
        order = r.sentences_by_doc.get(c.document_id, [])
        pos = order.index(c.index) if c.index in order else 0
        if pos == 0:
            return c
        prev = r.sentences[order[pos - 1]]
        text = r.docs[c.document_id].text
        if "\n" in text[prev.end : c.start]:
            return c
        return _Candidate(c.index, c.document_id, prev.start, c.end, text[prev.start : c.end], c.similarity, c.score)

    def _superseded(self, c: _Candidate, lead: _Candidate) -> bool:
        """A dated source more than a year older than a status answer's lead no longer speaks for the status
        ("customers can keep buying", December 2020, against the December 2025 ban on new models)."""
        docs = self.retriever.docs
        old, new = docs[c.document_id].ordering_date, docs[lead.document_id].ordering_date
        return bool(old and new and (new - old).days > SUPERSEDED_AFTER_DAYS)

    def _next_sentence(self, c: _Candidate) -> _Candidate | None:
        r = self.retriever
        order = r.sentences_by_doc.get(c.document_id, [])
        pos = order.index(c.index) if c.index in order else -1
        if pos == -1 or pos + 1 >= len(order):
            return None
        i = order[pos + 1]
        ref = r.sentences[i]
        return _Candidate(i, ref.document_id, ref.start, ref.end, r.sentence_text(i), c.similarity, c.score)

    # ---- output -------------------------------------------------------------------------------------------------
    def _render(
        self, question: str, picked: list[_Candidate], statuses: list[StatusSentence], status: bool
    ) -> Answer:
        docs = self.retriever.docs
        citations: list[Citation] = []
        parts: list[str] = []
        def number(c: Citation) -> int:
            citations.append(Citation(len(citations) + 1, c.title, c.url, c.path, c.published, c.snippet))
            return len(citations)

        for sentence in statuses:
            parts.append(render_status(sentence, number))
        # The answer speaks as of its lead source (for a status question, the newest relevant one): its publication
        # date, or the date its text reports.
        lead = docs[picked[0].document_id] if picked else None
        as_of = (lead.published or lead.ordering_date) if lead else None
        # Sentences from one document read in document order and share a citation when they sit close together
        # (the snippet stays a verbatim span); documents keep the order they were picked in.
        done: set[str] = set()
        for c in picked:
            if c.document_id in done:
                continue
            done.add(c.document_id)
            doc = docs[c.document_id]
            same = sorted((p for p in picked if p.document_id == c.document_id), key=lambda p: p.start)
            groups = [same] if same[-1].end - same[0].start <= 700 else [[p] for p in same]
            for group in groups:
                n = len(citations) + 1
                citations.append(
                    Citation(n, doc.title, doc.url, doc.path, doc.published, doc.text[group[0].start : group[-1].end])
                )
                parts.extend(f"{p.text} [{n}]" for p in group)
        text = " ".join(parts)
        if status and as_of and picked and not statuses:
            text = f"As of {_day(as_of)}: {text}"
        return Answer(question=question, answered=True, answer=text, citations=citations, as_of=as_of)
