"""Extractive answers: score the sentences of the retrieved passages with the fitted sentence model, decline when
the fitted decline model says the sources don't answer, and quote the best sentences verbatim with one [n] per
source. No language model runs here, so every sentence of an answer is a quoted source sentence or a listing from
the list data that cites its official source."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..fitted import fitted
from ..models import Answer, Citation, Match, Passage
from ..places import places_named
from ..retrieval import Retriever
from ..status import StatusSentence, render_status, without_names
from ..text import content_terms
from ..vocab import vocab
from .features import (DECLINE_CONDITIONS, QUESTION_FEATURES, SENTENCE_FEATURES, Candidates, question_row,
                       sentence_candidates, sentence_window)
from .question import Question, read_question, vocabulary

DECLINE = "My sources don't cover that, so I can't answer it reliably."
MAX_QUOTES = 3           # a few sentences, as a person would answer
CANDIDATE_PASSAGES = 6   # the sentences of this many best passages are judged


@dataclass(frozen=True)
class Quote:
    """A quoted window of one or more adjacent sentences of one document."""

    document_id: str
    start: int
    end: int
    probability: float


@dataclass(frozen=True)
class Judged:
    """A question read, its candidates scored, and the decline model's verdict (eval and the fit script read it)."""

    question: Question
    candidates: Candidates
    probabilities: list[float]
    answerable: float


def _asks_about_other_jurisdictions(q: Question, matches) -> bool:
    """The question names a country or union whose lists the list data doesn't hold, other than the company's own
    country ("is the Chinese firm X still listed?" asks about US lists)."""
    own: set[str] = set()
    for m in matches:
        if m.entity.country:  # a code ("CN") or a name ("China")
            own |= places_named(m.entity.country) or {m.entity.country.lower()}
    return bool(q.places - vocab().jurisdictions - own)


def _day(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def status_answers(q: Question, statuses: list[StatusSentence]) -> bool:
    """Whether the list data's status sentence answers what the question asks, and so leads the answer (its first
    sentence answers the question: from the list data where that covers it, otherwise the quote that answers):
    permission asked (with a verdict or without: "can I hold its shares?"); a "why" that a listing's stated reason answers; how a company stands on the lists ("is Megvii still on the 1260H list?", "when was Huawei
    added to the Entity List?": a yes/no or "when" question in listing words; "which lists is X on?"); or nothing
    but the company ("Xiaomi?", "X - sanctioned or not?"). Never another "why", what someone said, or another kind of fact
    than a date ("who bought Honor from Huawei?", "how many ...?"); nor "did Xiaomi sue?", which asks about an event
    no listing records."""
    if any(s.verdict for s in statuses) or (statuses and vocab().permissions.asking.search(q.text)):
        return True  # a verdict, or permission asked about a company the list data holds ("can I hold its shares?")
    if q.why:  # the list data answers a "why" where a listing states its reason ("why is Zhuhai Zhenrong sanctioned?")
        return any(s.gives_reason for s in statuses)
    v = vocabulary()
    if q.speech or not set(q.expected) <= _DATES:
        return False
    if v.which_lists.search(q.text):
        return True
    # What it asks about the companies it names (a company's name is no list: "kaspersky" also names the Kaspersky
    # sales ban), before any part giving its context.
    asked = v.context_openers.split(without_names(q.text, q.names), maxsplit=1)[0]
    if ((vocab().restrictions_named(asked) or v.listing_words.search(asked))
            and (q.status or q.expected or v.polar_question.search(q.text))):
        return True
    rest = content_terms(q.without_names) if q.without_names else []
    return all(v.listing_words.search(t) or v.status_cues.search(t) or v.standing_words.search(t) for t in rest)


_DATES = frozenset({"DATE", "TIME"})


class Composer:
    def __init__(self, retriever: Retriever, words: frozenset[str] = frozenset(), embed=None,
                 read: dict[tuple[str, tuple[str, ...]], Question] | None = None, tuned=None):
        """`words`: the embedding model's whole-word vocabulary, a stand-in for "common English" when telling names
        from words; `embed`: texts -> their query vectors (`Knowledge.embed_queries`); `read`: questions already
        read, by their text and the companies' names they were read with (retrieval reads the question first, to
        embed its parts with it)."""
        self.retriever = retriever
        self.words = words
        self.embed = embed
        self._read = dict(read or {})
        self.tuned = tuned

    def features(
        self, question: str, query_vector, passages: list[Passage], entity_names: tuple[str, ...] = ()
    ) -> tuple[Question, list[Passage], Candidates]:
        """The question read and the feature rows of its candidate sentences: what the fitted models score, here and
        in eval/fit_answers.py (one code path, so the fit sees exactly what answering computes)."""
        q = self._read.get((question, entity_names))
        if q is None:
            q = self._read[question, entity_names] = read_question(question, self.words, entity_names,
                                                                   self.retriever.correct, self.retriever.known)
        top = passages[:CANDIDATE_PASSAGES]
        return q, top, sentence_candidates(q, self.retriever, top, query_vector, self.embed, self.tuned)

    def judge(self, question: str, query_vector, passages: list[Passage], entity_names: tuple[str, ...] = ()) -> Judged:
        model = fitted()
        q, top, cands = self.features(question, query_vector, passages, entity_names)
        sentence_model = model.sentence.aligned(SENTENCE_FEATURES)
        probabilities = [sentence_model.probability(row) for row in cands.rows]
        answerable = self._answerable(q, top, cands, probabilities) if cands.indices else 0.0
        return Judged(q, cands, probabilities, answerable)

    def _answerable(self, q: Question, top: list[Passage], cands: Candidates, probabilities) -> float:
        """The decline model's probability. The question's words no passage uses are embedded (a model call, as
        costly as embedding the question) only when their closeness to the passages can change the decision: the
        model is linear in `meaning_coverage`, which lies between its value with those words counted as 0 and 1."""
        model = fitted().decline
        decline = model.aligned(QUESTION_FEATURES)
        row = question_row(q, self.retriever, top, cands, probabilities, self.words)  # no model call: unused words 0
        if any(row[QUESTION_FEATURES.index(name)] for name in DECLINE_CONDITIONS):
            return 0.0
        col = QUESTION_FEATURES.index("meaning_coverage")
        if self.embed is not None and row[col] < 1.0:
            bounds = decline.probability(row), decline.probability((*row[:col], 1.0, *row[col + 1:]))
            if min(bounds) < model.threshold <= max(bounds):
                row = question_row(q, self.retriever, top, cands, probabilities, self.words, self.embed)
        return decline.probability(row)

    def answer(
        self,
        question: str,
        query_vector,
        passages: list[Passage],
        entity_matches: list[Match] = (),
        statuses: list[StatusSentence] = (),
        asked: str | None = None,
    ) -> Answer:
        """`question` is what retrieval used (a follow-up joined to its thread's question); `asked` what the user
        typed, which the Answer carries."""
        names = tuple(m.entity.name for m in entity_matches)
        judged = self.judge(question, query_vector, passages, names)
        if statuses and _asks_about_other_jurisdictions(judged.question, entity_matches):
            statuses = []  # "is it on the EU sanctions list?": US list data can't say
        quotes: list[Quote] = []
        if judged.candidates.indices and judged.answerable >= fitted().decline.threshold:
            quotes = self._pick(judged)
        q = judged.question
        status_leads = status_answers(q, list(statuses))
        # With no quote, the status answers alone where it answers the question, or a yes/no question about the
        # company that asks for no other kind of fact ("is TP-Link safe?"); "how much revenue has Huawei lost because
        # of the Entity List?" is declined, not answered with the listing.
        if not quotes and not (statuses and (status_leads or (q.status and not q.why and set(q.expected) <= _DATES))):
            return Answer(question=asked or question, answered=False, answer=DECLINE)
        if quotes and not status_leads and not set(q.expected) <= _DATES:
            statuses = []  # "who bought Honor from Huawei?": Huawei's listings are off the question
        return self._render(asked or question, quotes, list(statuses), q, status_leads or not quotes)

    # ---- choosing quotes ----------------------------------------------------------------------------------------
    def _pick(self, judged: Judged) -> list[Quote]:
        r = self.retriever
        cands, probs, q = judged.candidates, judged.probabilities, judged.question
        order = sorted(range(len(cands.indices)), key=lambda n: (-round(probs[n], 9), cands.indices[n]))
        # A question that names a list is never answered from a sentence (with its neighbours) that names only other
        # lists: "is it on the entity list?" quoted with the Covered List sentence confuses one ban with another.
        # (Session 39: the 32-set fit led that question with the Covered List sentence; on the nine held-out sets the
        # rule changed no answer, with that fit or the one before.)
        order = [n for n in order if not self._names_other_lists(q, cands.indices[n])]
        if not order:
            return []
        lead = order[0]
        quotes = [self._window(cands.indices[lead], q, probs[lead])]
        lead_date = r.docs[quotes[0].document_id].ordering_date
        threshold = fitted().sentence.threshold
        # Supporting quotes, best first: as likely to answer as the fitted threshold, and for a question about the
        # current state never from an older source than the lead (the newest source wins).
        for n in order[1:]:
            if len(quotes) >= MAX_QUOTES or probs[n] < threshold:
                break
            i = cands.indices[n]
            ref = r.sentences[i]
            if any(x.document_id == ref.document_id and x.start <= ref.start and ref.end <= x.end for x in quotes):
                continue
            doc_date = r.docs[ref.document_id].ordering_date
            if q.status and lead_date and doc_date and doc_date < lead_date:
                continue
            quote = self._window(i, q, probs[n])
            if any(x.document_id == quote.document_id and x.start < quote.end and quote.start < x.end for x in quotes):
                continue
            quotes.append(quote)
        return quotes

    def _names_other_lists(self, q: Question, i: int) -> bool:
        """The question names lists, and the sentence with its neighbours names lists, none of them those."""
        if not q.lists:
            return False
        r = self.retriever
        window = " ".join(r.sentence_text(j) for j in sentence_window(r, i))
        named = vocab().restrictions_named(window)
        return bool(named) and not (named & q.lists)

    def _window(self, i: int, q: Question, probability: float) -> Quote:
        """The sentence, with the one before it when it leans on it ("It also ..."), and with the one after it when
        this one is a bare reply or that one carries what the question asks for and this one doesn't (the date, the
        cause)."""
        r = self.retriever
        v = vocabulary()
        ref = r.sentences[i]
        start, end = ref.start, ref.end
        text = r.sentence_text(i)
        before = r.neighbour(i, -1)
        if before is not None and v.needs_antecedent.search(text):
            start = r.sentences[before].start
        after = r.neighbour(i, 1)
        if after is not None and len(content_terms(text)) <= 1:
            # A bare reply ("Yes.", "It was.") says nothing on its own: what it affirms follows it.
            end = r.sentences[after].end
        elif after is not None:
            wanted = set(q.expected)
            lacks_type = wanted and not (wanted & ref.types) and (wanted & r.sentences[after].types)
            lacks_cause = q.why and not v.cause_markers.search(text) and v.cause_markers.search(r.sentence_text(after))
            if lacks_type or lacks_cause:
                end = r.sentences[after].end
        return Quote(ref.document_id, start, end, probability)

    # ---- output -------------------------------------------------------------------------------------------------
    def _render(self, question: str, quotes: list[Quote], statuses: list[StatusSentence], q: Question,
                status_leads: bool) -> Answer:
        docs = self.retriever.docs
        citations: list[Citation] = []
        parts: list[str] = []

        def number(c: Citation) -> int:
            for existing in citations:  # one number per source
                if existing.url == c.url and existing.title == c.title:
                    return existing.n
            citations.append(Citation(len(citations) + 1, c.title, c.url, c.path, c.published, c.snippet))
            return len(citations)

        # The listing status leads where it answers the question (`status_answers`); elsewhere ("why", "did it
        # sue?") the quote that answers leads and the status follows (numbered after).
        if status_leads:
            parts.extend(render_status(sentence, number) for sentence in statuses)
        # One number per article: its quotes share it, and its snippet holds exactly the quoted sentences.
        numbers: dict[str, int] = {}
        pieces: dict[str, list[Quote]] = {}
        for x in quotes:
            pieces.setdefault(x.document_id, []).append(x)
        for x in quotes:
            doc = docs[x.document_id]
            if x.document_id not in numbers:
                mine = sorted(pieces[x.document_id], key=lambda p: p.start)
                # Quotes that follow each other in the text are one span; apart, they are joined by " … ".
                spans: list[list[int]] = []
                for p in mine:
                    if spans and not doc.text[spans[-1][1] : p.start].strip():
                        spans[-1][1] = max(spans[-1][1], p.end)
                    else:
                        spans.append([p.start, p.end])
                snippet = " … ".join(doc.text[a:b] for a, b in spans)
                numbers[x.document_id] = len(citations) + 1
                citations.append(Citation(len(citations) + 1, doc.title, doc.url, doc.path, doc.published, snippet))
            parts.append(f"{doc.text[x.start:x.end]} [{numbers[x.document_id]}]")
        if not status_leads:
            parts.extend(render_status(sentence, number) for sentence in statuses)
        # The answer speaks as of the newest source it relies on.
        dates = [docs[x.document_id].published or docs[x.document_id].ordering_date for x in quotes]
        as_of = max((d for d in dates if d), default=None)
        text = " ".join(parts)
        if q.status and as_of and quotes and not statuses:
            text = f"As of {_day(as_of)}: {text}"
        return Answer(question=question, answered=True, answer=text, citations=citations, as_of=as_of)
