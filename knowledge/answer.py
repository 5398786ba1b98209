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

import numpy as np

from .models import Answer, Citation, Match, Passage
from .retrieval import Retriever, stems
from .text import content_terms

# ---- calibrated on shared/eval/dev (see README, "Answer quality"); held-out questions share the mechanisms ----
MIN_COVERAGE = 0.55        # share of the question's topic words (IDF-weighted) found in the retrieved passages
MIN_SENTENCE_SIMILARITY = 0.30
SECOND_SENTENCE_MARGIN = 0.12
RECENCY_MARGIN = 0.10      # a newer source within this score of the best one leads a status answer
MAX_SENTENCES = 3

DECLINE = "My sources don't cover that, so I can't answer it reliably."

_STATUS_CUE = re.compile(
    r"\b(still|now|currently|current|anymore|any more|today|yet|latest|remain\w*|stay\w*|banned|ban|blacklist\w*|"
    r"sanction\w*|allowed|legal|illegal|on the .*list|off the .*list|can i|could i|is it ok|off limits|restricted)\b",
    re.I,
)
_RESTRICTION = re.compile(
    r"\b(securities|shares|invest\w*|licen[cs]e\w*|export\w*|authori[sz]ation\w*|authori[sz]ed|procure\w*|"
    r"contract\w*|block\w*|freez\w*|frozen|does not ban|not a ban|no ban|ban\w*|prohibit\w*|bar(s|red)?|"
    r"keep (buying|using|flying)|continue to (buy|sell|use)|can (still|continue)|not affect\w*|unaffected|lifted|"
    r"terminated|removed|no longer)\b",
    re.I,
)

_TYPES = {
    "money": re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s?(million|billion|thousand|dollars?|euros?|pounds?|usd|eur|gbp|yuan)\b", re.I),
    "percent": re.compile(r"\d\s?%|\bper ?cent\b", re.I),
    "number": re.compile(r"\b\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)\b", re.I),
    "weight": re.compile(r"\b\d+(\.\d+)?\s?(g|kg|grams?|kilograms?|pounds?|lbs?|ounces?|oz)\b", re.I),
    "duration": re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](years?|months?|weeks?|days?)\b|\buntil\b", re.I),
    "date": re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\b(19|20)\d\d\b", re.I),
}


@dataclass(frozen=True)
class QuestionShape:
    terms: list[str]
    expected: tuple[str, ...] = ()       # answer types, any of which a right answer contains
    focus: list[str] = field(default_factory=list)   # stems a right sentence must contain ("how many employees")
    status: bool = False                 # asks about a current status: the newest source leads


def question_shape(question: str) -> QuestionShape:
    q = question.lower()
    terms = content_terms(question)
    expected: tuple[str, ...] = ()
    focus: list[str] = []
    if m := re.search(r"\bhow many (\w+)", q):
        expected = ("number",)
        focus = stems(m.group(1))
    elif re.search(r"\bhow much\b.*\b(jump|rise|rose|risen|fall|fell|drop|gain|increase|decrease|climb|surge|plunge|slump)", q):
        expected = ("percent", "money")
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
    return QuestionShape(terms, expected, focus, bool(_STATUS_CUE.search(q)))


@dataclass
class _Candidate:
    index: int
    document_id: str
    start: int
    end: int
    text: str
    similarity: float
    score: float


class Composer:
    def __init__(self, retriever: Retriever):
        self.retriever = retriever

    def coverage(self, terms: list[str], passages: list[Passage]) -> float:
        """IDF-weighted share of the question's topic words that the passages contain. A word the corpus never
        uses weighs as much as the rarest word: a question about something absent is not covered."""
        r = self.retriever
        q_stems = list(dict.fromkeys(s for t in terms for s in stems(t)))
        if not q_stems:
            return 0.0
        have: set[str] = set()
        for p in passages:
            have |= set(stems(f"{p.title} {p.text}"))
        max_idf = r.idf("\0never\0")
        weights = {s: (r.idf(s) if r.known(s) else max_idf) for s in q_stems}
        return sum(w for s, w in weights.items() if s in have) / sum(weights.values())

    def answer(
        self,
        question: str,
        query_vector: list[float],
        passages: list[Passage],
        entity_matches: list[Match] = (),
        listing_lines: list[Citation] = (),
    ) -> Answer:
        shape = question_shape(question)
        r = self.retriever
        top = passages[:5]
        decline = Answer(question=question, answered=False, answer=DECLINE)
        entity_names = [[n for n in [m.entity.name, *m.entity.aliases]] for m in entity_matches]
        if not top and not listing_lines:
            return decline
        # A question about a company the passages never mention is not covered by them, however similar they are.
        if entity_names and not any(self._mentions(p, names) for p in top for names in entity_names):
            top = []
        candidates = self._rank_sentences(shape, query_vector, top) if top else []
        covered = bool(candidates) and self.coverage(shape.terms, top) >= MIN_COVERAGE
        if not covered or candidates[0].similarity < MIN_SENTENCE_SIMILARITY:
            candidates = []
        picked = self._pick(shape, candidates)
        if not picked and not listing_lines:
            return decline
        return self._render(question, picked, list(listing_lines), shape.status)

    # ---- ranking --------------------------------------------------------------------------------------------------
    def _mentions(self, passage: Passage, names: list[str]) -> bool:
        hay = set(stems(f"{passage.title} {passage.text}"))
        return any(all(s in hay for s in stems(n)) and stems(n) for n in names)

    def _rank_sentences(self, shape: QuestionShape, query_vector, passages: list[Passage]) -> list[_Candidate]:
        r = self.retriever
        ids = r.sentence_candidates(passages)
        if not ids:
            return []
        sims = r.sentence_vectors[ids] @ np.asarray(query_vector, dtype=np.float32)
        best_passage = max(p.score for p in passages) or 1.0
        passage_of = {}
        for p in passages:
            for i in r.sentence_candidates([p]):
                passage_of.setdefault(i, p)
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
            score = float(sim) + 0.20 * overlap + 0.10 * passage_of[i].score / best_passage
            if shape.expected:
                score += 0.12 if any(_TYPES[t].search(text) for t in shape.expected) else -0.12
            if shape.focus:
                score += 0.10 if all(f in s_stems for f in shape.focus) else -0.10
            if shape.status and _RESTRICTION.search(text):
                score += 0.06
            if words < 6:
                score -= 0.15
            out.append(_Candidate(i, ref.document_id, ref.start, ref.end, text, float(sim), score))
        out.sort(key=lambda c: -c.score)
        return out

    def _pick(self, shape: QuestionShape, candidates: list[_Candidate]) -> list[_Candidate]:
        if not candidates:
            return []
        if shape.expected and not any(_TYPES[t].search(c.text) for c in candidates[:6] for t in shape.expected):
            return []  # the question asks for a number, date or price that no retrieved sentence gives
        if shape.focus and not any(all(f in set(stems(c.text)) for f in shape.focus) for c in candidates[:6]):
            return []
        best = candidates[0]
        if shape.status:
            # When sources disagree the newest wins: among documents nearly as relevant as the best, the newest leads.
            docs = self.retriever.docs
            close = [c for c in candidates if c.score >= best.score - RECENCY_MARGIN]
            best = max(close, key=lambda c: (docs[c.document_id].ordering_date or date.min, c.score))
        picked = [best]
        for c in candidates:
            if len(picked) >= MAX_SENTENCES:
                break
            if c is best or c.score < candidates[0].score - SECOND_SENTENCE_MARGIN:
                continue
            if any(c.index == p.index for p in picked):
                continue
            same_doc = sum(p.document_id == c.document_id for p in picked)
            if same_doc >= 2:
                continue
            picked.append(c)
        return picked

    # ---- output -------------------------------------------------------------------------------------------------
    def _render(
        self, question: str, picked: list[_Candidate], listing_lines: list[Citation], status: bool
    ) -> Answer:
        docs = self.retriever.docs
        citations: list[Citation] = []
        parts: list[str] = []
        for line in listing_lines:
            n = len(citations) + 1
            citations.append(Citation(n, line.title, line.url, line.path, line.published, line.snippet))
            parts.append(f"{line.snippet} [{n}]")
        dated = [docs[c.document_id].published for c in picked if docs[c.document_id].published]
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
        as_of = dated[0] if dated else None
        text = " ".join(parts)
        if status and as_of and picked and not listing_lines:
            text = f"As of {as_of:%B} {as_of.day}, {as_of.year}: {text}"
        return Answer(question=question, answered=True, answer=text, citations=citations, as_of=as_of)
