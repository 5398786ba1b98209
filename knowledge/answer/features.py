"""The one table of signals that decide answers. Each feature has a name; its weight is fit by
`eval/fit_answers.py` on the train split and read from knowledge/fitted.json. Nothing here is weighted by hand.

Sentence features judge one candidate sentence with its article: its own similarity to the question, its
neighbours', its headline's, the passage it sits in, the question's words and names in it or in its article, the
kind of fact asked for, and whether the question wants the current state (then the newest source counts).
Question features judge whether the retrieved sources answer the question at all.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..fitted import fitted
from ..models import Passage
from ..vocab import vocab
from ..retrieval import Retriever, stems
from ..places import places_named
from .question import Question, is_english_word, stems_found, vocabulary

SENTENCE_FEATURES = (
    "similarity",            # cosine of the sentence and the question
    "clause_similarity",     # cosine of the sentence and the clause that asks (the question, when it is one clause)
    "neighbour_similarity",  # the best cosine of the sentences either side (the sentence in its context)
    "title_similarity",      # cosine of the article's headline and the question
    "passage_similarity",    # dense cosine of the passage holding the sentence
    "passage_rank",          # 1 / (1 + rank of that passage in the fused retrieval)
    "overlap",               # IDF-weighted share of the question's words in the sentence
    "context_overlap",       # ... in the sentence, its neighbours and its headline
    # What the question asks about its names, apart from the names: every sentence of an article about Xiaomi
    # shares "xiaomi" with "who is xiaomi's ceo", and the names outweigh "ceo" in the cosine and the overlaps above.
    "asked_similarity",      # cosine of the sentence and the question with its names taken out
    "asked_overlap",         # IDF-weighted share of the question's words other than its names in the sentence
    "asked_context_overlap", # ... in the sentence and its neighbours in the same paragraph
    "name_in_sentence",      # a name the question mentions is in the sentence
    "name_in_article",       # ... is in the sentence's article (which may say "the company")
    "type_in_sentence",      # the sentence carries the kind of fact asked for (a DATE for "when")
    "type_in_neighbours",    # ... only a neighbour does
    "type_missing",          # a kind of fact is asked for and neither does
    "newest_for_status",     # a status question, and how new the article is among the candidates (newest 1)
    "status_wording",        # a status question, and the sentence states a status or restriction
    "cause_for_why",         # a why question, and the sentence (or the next) states a cause
    "speech_for_say",        # asks what someone said or how they reacted, and the sentence reports speech
    "year_match",            # the sentence (or its article's date) has a year the question names
    "year_other",            # the question names a year and the sentence names only others
    "early",                 # 1 / (1 + the sentence's position in its article)
    "short",                 # fewer than six words
    "needs_antecedent",      # opens leaning on an earlier sentence ("It also ...")
    # The question embedded by the tuned question encoder (knowledge/question_encoder.py) against the sentence's stored
    # vector: the model's own layers, updated on the train questions so that a question lands nearest the sentences
    # that answer it: a deeper reading of what is asked than the packaged model's cosine. 0 without one.
    "tuned_similarity",
)

QUESTION_FEATURES = (
    "best_probability",      # the best sentence's probability of being the answer
    "best_similarity",       # the best sentence cosine among the candidates
    "coverage",              # share of the question's words found in the retrieved passages (with their headlines)
    "names_missing",         # a name the question mentions is in none of the retrieved passages
    "type_available",        # a candidate carries the kind of fact asked for (1 when any kind will do)
    "unknown_names",         # share of the question's names and rare words the corpus never uses (typos corrected)
    "best_has_type",         # the best sentence (or its neighbour) carries the kind of fact asked for
    "focus_missing",         # what a "how many X" counts is in no candidate sentence
    "place_missing",         # a country or union the question names is in none of the retrieved passages
    "after_sources",         # it asks what happened at a time after the newest retrieved article was written
    "list_apart",            # it names a list, and no candidate sentence (with its neighbours) naming what it asks
                             # about names that list
    "place_apart",           # it names a government that keeps lists (the US, the EU), and the candidate sentences
                             # (with their neighbours) about what it asks name only other such governments
    "meaning_coverage",      # the question's words, each found in the passages or, failing that, close in meaning
                             # to a candidate sentence ("sue" to "filed a lawsuit"): the mean of 1 or that cosine
    "best_tuned_similarity", # the best tuned cosine among the candidates: the question encoder is trained to put a
                             # question the sources don't answer below a learned no-answer level (fit_answers.py)
)

# Question features that are conditions, not evidence: when one holds, no sentence of these sources can answer what
# is asked, however well it matches (a time after the newest source; a list that no sentence about the company names,
# "is it on the SDN list?" answered from a sentence about the Covered List). The question is declined whatever the
# decline model's other features say; the model still sees them, so the fit is unchanged by this. Tests hold both
# (tests/test_answers.py); on the eight sets no fit used (session 39) the rule declined two more unanswerable questions
# of validation-e and one answerable question of train-zg, and changed no other.
DECLINE_CONDITIONS = ("after_sources", "list_apart")

# What each question feature can only do to answerability (the decline model is fit with these signs): evidence
# raises it, a missing name or fact can only lower it. Small train sets otherwise learn accidental signs.
QUESTION_FEATURE_SIGNS = {
    "best_probability": 1, "best_similarity": 1, "coverage": 1, "names_missing": -1, "type_available": 1,
    "unknown_names": -1, "best_has_type": 1, "focus_missing": -1, "place_missing": -1,
    "after_sources": -1, "list_apart": -1, "place_apart": -1, "meaning_coverage": 1,
    "best_tuned_similarity": 1,
}


@dataclass
class Candidates:
    """The sentences inside the retrieved passages, with their feature rows."""

    indices: list[int]
    passage: dict[int, Passage]
    rows: np.ndarray            # len(indices) x len(SENTENCE_FEATURES)
    similarities: np.ndarray
    vectors: np.ndarray         # the sentences' vectors (eval/fit_answers.py trains the question encoder on them)
    asked_vector: np.ndarray    # the question's vector with its names taken out (the question's when it has none)


def _share(q: Question, have: frozenset[str] | set[str], r: Retriever) -> float:
    total = sum(r.idf(s) for s in q.stems)
    return sum(r.idf(s) for s in stems_found(q, have)) / total if total else 0.0


def _asked_share(q: Question, asked: set[str], have, r: Retriever) -> float:
    total = sum(r.idf(s) for s in asked)
    return sum(r.idf(s) for s in stems_found(q, have) if s in asked) / total if total else 0.0


def _has_name(name_stems: list[list[str]], have) -> bool:
    return any(ns and all(s in have for s in ns) for ns in name_stems)


def _asks(text: str) -> bool:
    """The sentence is itself a question (a reader's, a forum post's, an FAQ heading): it states nothing, so it is
    never quoted as an answer, however close its words are to the question asked; the sentence after it answers."""
    return text.rstrip(" \"'”’)]*_").endswith("?")


def sentence_candidates(q: Question, r: Retriever, passages: list[Passage], query_vector, embed=None,
                        tuned=None) -> Candidates:
    """`embed`: texts -> their query vectors, used for the asking clause of a question with a preamble; `tuned`: a
    question -> its vector from the tuned question encoder, or None without one."""
    v = vocabulary()
    passage_of = r.sentence_candidates(passages)
    indices = [i for i in passage_of if not _asks(r.sentence_text(i))]
    if not indices:
        return Candidates([], {}, np.zeros((0, len(SENTENCE_FEATURES))), np.zeros(0), np.zeros((0, 0), np.float32),
                          np.zeros(0, np.float32))
    qv = np.asarray(query_vector, dtype=np.float32)
    sentence_vectors = r.sentence_vectors[indices]
    sims = sentence_vectors @ qv
    # The asking clause and the question without its names are embedded in one call of the model.
    extra = [t for t in (q.clause, q.without_names) if t] if embed else []
    vectors = dict(zip(extra, embed(extra))) if extra else {}
    clause_sims = sentence_vectors @ np.asarray(vectors[q.clause], dtype=np.float32) if q.clause in vectors else sims
    asked_vector = np.asarray(vectors[q.without_names], dtype=np.float32) if q.without_names in vectors else qv
    asked_sims = sentence_vectors @ asked_vector if q.without_names in vectors else sims
    tuned_vector = tuned(q.clause or q.text) if tuned is not None else None  # what it asks, as the fit trained it
    tuned_sims = (sentence_vectors @ np.asarray(tuned_vector, dtype=np.float32) if tuned_vector is not None
                  else np.zeros(len(indices), np.float32))
    title_sims = r.title_similarities(query_vector, {p.document_id for p in passages})
    rank = {p.chunk_id: n for n, p in enumerate(passages)}
    name_stems = [stems(n) for n in q.names]
    docs = r.docs
    dates = sorted({docs[p.document_id].ordering_date for p in passages if docs[p.document_id].ordering_date})
    newness = {d: (n + 1) / len(dates) for n, d in enumerate(dates)}
    expected = set(q.expected)
    asked = set(q.stems) - {s for ns in name_stems for s in ns}
    rows = []
    for i, sim, clause_sim, asked_sim, tuned_sim in zip(indices, sims, clause_sims, asked_sims, tuned_sims):
        ref = r.sentences[i]
        doc = docs[ref.document_id]
        text = r.sentence_text(i)
        own = r.sentence_stems(i)
        around = [j for j in (r.neighbour(i, -1, same_paragraph=False), r.neighbour(i, 1, same_paragraph=False)) if j is not None]
        near = [j for j in (r.neighbour(i, -1), r.neighbour(i, 1)) if j is not None]
        neighbour_sim = max((float(r.sentence_vectors[j] @ qv) for j in around), default=float(sim))
        context = set(own) | r.title_stems.get(ref.document_id, set())
        for j in around:
            context |= r.sentence_stems(j)
        type_here = bool(expected & ref.types)
        type_near = bool(expected) and not type_here and any(expected & r.sentences[j].types for j in near)
        years_here = {w for w in q.years if w in text}
        other_years = bool(q.years) and not years_here and any(str(y) in text for y in range(1990, 2040))
        if q.years and not years_here and doc.ordering_date and str(doc.ordering_date.year) in q.years:
            years_here = {str(doc.ordering_date.year)}
        following = r.neighbour(i, 1)
        cause = bool(v.cause_markers.search(text)) or (following is not None and bool(v.cause_markers.search(r.sentence_text(following))))
        p = passage_of[i]
        rows.append((
            float(sim),
            float(clause_sim),
            neighbour_sim,
            title_sims.get(ref.document_id, 0.0),
            float(p.dense),
            1.0 / (1 + rank.get(p.chunk_id, len(passages))),
            _share(q, own, r),
            _share(q, context, r),
            float(asked_sim),
            _asked_share(q, asked, own, r),
            _asked_share(q, asked, set(own).union(*(r.sentence_stems(j) for j in near)), r),
            float(_has_name(name_stems, own)),
            float(_has_name(name_stems, r.document_stems(ref.document_id))),
            float(type_here),
            float(type_near),
            float(bool(expected) and not type_here and not type_near),
            float(q.status) * newness.get(doc.ordering_date, 0.0),
            float(q.status and bool(v.status_wording.search(text))),
            float(q.why and cause),
            float(q.speech and bool(v.speech_markers.search(text))),
            float(bool(years_here)),
            float(other_years),
            1.0 / (1 + ref.position),
            float(len(text.split()) < 6),
            float(bool(v.needs_antecedent.search(text))),
            float(tuned_sim),
        ))
    return Candidates(indices, passage_of, np.asarray(rows, dtype=np.float64), np.asarray(sims, dtype=np.float64),
                      sentence_vectors, asked_vector)


def sentence_window(r: Retriever, i: int) -> list[int]:
    """The sentence with its neighbours in the same paragraph: what a sentence says, read with what surrounds it."""
    return [j for j in (r.neighbour(i, -1), i, r.neighbour(i, 1)) if j is not None]


def _windows_about(r: Retriever, cands: Candidates, subject: list[list[str]]):
    """The text of each candidate sentence with its neighbours (same paragraph) whose words hold the subject (every
    window when there is none): where a source says something about what a question asks about."""
    for i in cands.indices:
        window = sentence_window(r, i)
        if not subject or _has_name(subject, set().union(*(r.sentence_stems(j) for j in window))):
            yield " ".join(r.sentence_text(j) for j in window)


def _governments_apart(q: Question, r: Retriever, cands: Candidates, name_stems: list[list[str]], common: set[str]) -> bool:
    """The question asks about a government's lists ("under US sanctions"), and every candidate sentence about its
    subject (with its neighbours) that names a government keeping lists names another one: the sources tell of an EU
    listing, not a US one. The subject is the names the question mentions, else its words that are not everyday
    English or places."""
    v = vocabulary()
    asked = q.places & v.sanctioning_governments
    if not asked:
        return False
    subject = name_stems or [[s] for t in q.terms if not places_named(t) for s in stems(t) if s not in common]
    named: set[str] = set()
    for text in _windows_about(r, cands, subject):
        named |= v.governments_named(text)
        if named & asked:
            return False
    return bool(named)


def question_row(q: Question, r: Retriever, passages: list[Passage], cands: Candidates, probabilities,
                 words: frozenset[str] = frozenset(), embed=None) -> tuple:
    """`words`: the embedding model's whole-word vocabulary (common English), to tell names from words; `embed`:
    texts -> their query vectors, for the words of the question no passage uses (one call for all of them)."""
    seen: set[str] = set()
    for p in passages:  # the passage's own stems with its article's title, headings and captions
        seen |= set(r.chunk_tokens[r.chunk_index[p.chunk_id]]) if p.chunk_id in r.chunk_index else set(stems(f"{p.title} {p.text}"))
    name_stems = [stems(n) for n in q.names]
    missing = any(ns and not all(s in seen for s in ns) for ns in name_stems)
    type_col = SENTENCE_FEATURES.index("type_in_sentence")
    near_col = SENTENCE_FEATURES.index("type_in_neighbours")
    tuned_col = SENTENCE_FEATURES.index("tuned_similarity")
    best = int(np.argmax(probabilities)) if len(probabilities) else None
    # Only names and rare words count as unknown: a question may say "sue" where the article says "lawsuit" (the
    # similarity features see that), but a name or rare word no source uses is a topic they don't cover. Shares are
    # unweighted: IDF swings with the size of the corpus, and a store may hold one article or thousands.
    common = {s for t in q.terms if is_english_word(t, words) for s in stems(t)}
    newest = max((d for d in (r.docs[p.document_id].ordering_date for p in passages) if d), default=None)
    after = bool(q.period_start and newest and not q.future and q.period_start > newest)
    lists_with_name: set[str] = set()
    if q.lists and name_stems:  # the name and the list within a sentence and its neighbours
        for text in _windows_about(r, cands, name_stems):
            lists_with_name |= vocab().restrictions_named(text)
    rare_stems = [s for s in q.stems if s not in common]
    governments_apart = _governments_apart(q, r, cands, name_stems, common)
    terms = list(dict.fromkeys(q.terms))
    unseen = [t for t in terms if not all(x in seen for x in stems(t))]
    closest: dict[str, float] = {}
    if unseen and embed is not None and len(cands.indices):
        vectors = np.asarray(embed(unseen), dtype=np.float32)
        closest = dict(zip(unseen, np.maximum(0.0, (vectors @ r.sentence_vectors[cands.indices].T).max(axis=1)).tolist()))
    support = [closest.get(t, 0.0) if t in unseen else 1.0 for t in terms]
    return (
        float(max(probabilities, default=0.0)),
        float(cands.similarities.max()) if len(cands.similarities) else 0.0,
        len(stems_found(q, seen)) / len(q.stems) if q.stems else 0.0,
        float(missing),
        1.0 if not q.expected else float(bool(len(cands.rows)) and bool((cands.rows[:, type_col] + cands.rows[:, near_col]).max() > 0)),
        sum(not r.known(s) for s in rare_stems) / len(rare_stems) if rare_stems else 0.0,
        1.0 if not q.expected else float(best is not None and cands.rows[best, type_col] + cands.rows[best, near_col] > 0),
        float(bool(q.focus) and not any(all(f in r.sentence_stems(i) for f in q.focus) for i in cands.indices)),
        float(bool(q.places) and bool(q.places - frozenset().union(*(r.places(p) for p in passages)))),
        float(after),
        float(bool(q.lists) and bool(name_stems) and not (q.lists & lists_with_name)),
        float(governments_apart),
        float(np.mean(support)) if support else 1.0,
        float(cands.rows[:, tuned_col].max()) if len(cands.rows) else 0.0,
    )
