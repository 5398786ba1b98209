"""Would a new question feature help the decline model on sets it was not fit on? A study, not part of the fit.

Each named set's questions are answered under the SHIPPED fit (knowledge/fitted.json and the question encoder), so
name only sets the shipped fit never used: then every probability and tuned cosine in a row is out of sample. Each row
holds the decline model's question features (knowledge/answer/features.py) and the candidate signals below, all read
around the sentence the sentence model ranks first. The decline model is refit leave-one-set-out (regularisation and
threshold chosen by inner folds of whole sets, the fit's threshold rule: the most declines with at most
MAX_FALSE_DECLINES of answerable questions declined), once with the shipped features and once with each candidate
added under its sign, and the held-out declines and false declines are printed side by side.

    PYTHONPATH=$PWD python eval/decline_signals.py eval/answers/train-zi eval/answers/train-zj ...
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eval.fit_answers import (DECLINE_THRESHOLDS, decline_key, decline_rates, load, open_store,  # noqa: E402
                              set_folds, signed_logistic)
from knowledge.answer.features import (DECLINE_CONDITIONS, QUESTION_FEATURE_SIGNS, QUESTION_FEATURES,  # noqa: E402
                                       SENTENCE_FEATURES, question_row, sentence_window)
from knowledge.answer.question import is_english_word  # noqa: E402
from knowledge.fitted import fitted  # noqa: E402
from knowledge.retrieval import stems  # noqa: E402

# name -> sign (what it can only do to answerability). Each is read at the first-ranked sentence.
CANDIDATES = {
    "best_context_missing": -1,        # IDF share of the question's words absent from the sentence, its neighbours, headline
    "best_context_rare_missing": -1,   # ... of its names and rare words only
    "best_article_missing": -1,        # IDF share of the question's words absent from the sentence's whole article
    "best_article_rare_missing": -1,   # ... of its names and rare words only
    "best_missing_top_idf": -1,        # the most specific question word the article lacks (IDF / the largest IDF)
    "best_asked_context_overlap": 1,   # the sentence row's own features, at question level
    "best_asked_overlap": 1,
    "best_context_overlap": 1,
    "top3_asked_context_overlap": 1,   # the best of the first three sentences'
    "best_name_in_article": 1,
    "best_cause_for_why": 1,           # a why question and the sentence gives a cause (1 when it does not ask why)
    "best_speech_for_say": 1,          # asks what someone said and the sentence reports speech (1 otherwise)
    # The asked slot filled by something new (session 44): an entity of the kind asked for (spaCy's recogniser, as
    # ingest tags sentences) whose words the question does not already say; 1 when no kind is asked for.
    "best_new_slot": 1,                # in the first-ranked sentence
    "best_window_new_slot": 1,         # ... or its neighbours in the same paragraph
    "top3_new_slot": 1,                # in any of the first three sentences
    # The noun a wh-phrase asks about (session 51): "which judge", "what sentence", "who was X's lawyer" (the last word
    # of the words after the wh-word, names, auxiliaries and verbs left out; `asked_focus`) absent from the sentence and
    # its neighbours; 0 when the question has no such noun.
    "best_focus_missing": -1,          # in the first-ranked sentence's window
    "top3_focus_missing": -1,          # ... in none of the first three sentences' windows
}
COL = {n: SENTENCE_FEATURES.index(n) for n in SENTENCE_FEATURES}


def new_entities(text: str, kinds: set[str], said: set[str]) -> int:
    """How many entities of `kinds` in `text` hold a word not among `said` (the question's stems)."""
    from ingest.tagging import entities

    return sum(1 for label, words in entities(text)
               if label in kinds and stems(words) and not set(stems(words)) <= said)


def slot_row(question, r, cands, order) -> list[float]:
    """The asked-slot candidates (best_new_slot, best_window_new_slot, top3_new_slot) of one question, its sentences
    in the sentence model's `order`: whether they hold an entity of the kind asked for that the question does not
    already say."""
    if not question.expected:
        return [1.0, 1.0, 1.0]
    kinds, said = set(question.expected), set(question.stems) | {s for t in question.terms for s in stems(t)}
    first, *next_two = (cands.indices[int(t)] for t in order[:3])
    own = new_entities(r.sentence_text(first), kinds, said)
    window = own or sum(new_entities(r.sentence_text(j), kinds, said) for j in sentence_window(r, first) if j != first)
    top3 = max([own, *(new_entities(r.sentence_text(i), kinds, said) for i in next_two)])  # the first tagged once
    return [float(own > 0), float(window > 0), float(top3 > 0)]


_WH = re.compile(r"\b(?:which|what(?:'s|s)?|who(?:'s|s)?)\b")
_SKIP = frozenset("kind type sort name names is was are were the a an of us u.s. eu uk un".split())
_STOP = frozenset("did does do has have had will would can could should to in on for by with at from sold got made "
                  "paid said took gave went won lost ran put set led held bought brought told left sent hit".split())


def asked_focus(question) -> tuple[str, ...]:
    """The stems of the noun a wh-phrase asks about ("which judge" -> judg; "who was x's defense lawyer" -> lawyer):
    the last of at most two words after the wh-word (after "who" only with a copula), names, auxiliaries, verbs and
    words saying which kind skipped or ending the run."""
    low = question.text.lower().replace("\u2019", "'")
    m = _WH.search(low)
    if not m:
        return ()
    tail = low[m.start():]
    if tail.startswith("who"):
        copula = re.match(r"who(?:'s|s| is| was| are| were) (.*)", tail)
        if not copula:
            return ()
        words = copula.group(1).split()
    else:
        words = low[m.end():].split()
    named = {w.lower() for n in question.names for w in re.findall(r"\w+", n)}
    run: list[str] = []
    for t in words[:6]:
        t = re.sub(r"'s$|s'$", "", t.strip("?,.!"))
        if t in named or t.rstrip("s") in named or t in _SKIP:
            if run:
                break
            continue
        if t in _STOP or t.endswith(("ed", "ing")) or len(run) == 2:
            break
        run.append(t)
    return tuple(stems(run[-1])) if run and len(run[-1]) >= 3 else ()


def focus_row(question, r, cands, order) -> list[float]:
    """best_focus_missing, top3_focus_missing of one question, its sentences in the sentence model's `order`."""
    focus = asked_focus(question)
    if not focus:
        return [0.0, 0.0]

    def holds(i) -> bool:
        have = set(r.sentence_stems(i))
        for j in (r.neighbour(i, -1, same_paragraph=False), r.neighbour(i, 1, same_paragraph=False)):
            if j is not None:
                have |= r.sentence_stems(j)
        return all(s in have for s in focus)

    first = [cands.indices[int(t)] for t in order[:3]]
    return [float(not holds(first[0])), float(not any(holds(i) for i in first))]


def candidate_row(k, question, r, cands, probs) -> list[float]:
    if not cands.indices:
        return [1.0] * 5 + [0.0] * (len(CANDIDATES) - 5)
    order = np.argsort(probs)[::-1]
    b, i = int(order[0]), cands.indices[int(order[0])]
    doc_id = r.sentences[i].document_id
    window = set(r.sentence_stems(i)) | r.title_stems.get(doc_id, set())
    for j in (r.neighbour(i, -1, same_paragraph=False), r.neighbour(i, 1, same_paragraph=False)):
        if j is not None:
            window |= r.sentence_stems(j)
    article = r.document_stems(doc_id)
    words = list(question.stems)
    common = {s for t in question.terms if is_english_word(t, k.vocabulary) for s in stems(t)}
    rare = [s for s in words if s not in common]

    def missing(have, pool) -> float:
        total = sum(r.idf(s) for s in pool)
        return sum(r.idf(s) for s in pool if s not in have) / total if total else 0.0

    top_idf = max((r.idf(s) for s in words if s not in article), default=0.0) / max(np.log(1 + len(r.retriever)), 1e-6)
    row = cands.rows
    return [missing(window, words), missing(window, rare), missing(article, words), missing(article, rare), top_idf,
            row[b, COL["asked_context_overlap"]], row[b, COL["asked_overlap"]], row[b, COL["context_overlap"]],
            max(row[t, COL["asked_context_overlap"]] for t in order[:3]), row[b, COL["name_in_article"]],
            float(not question.why or row[b, COL["cause_for_why"]] > 0),
            float(not question.speech or row[b, COL["speech_for_say"]] > 0)] + slot_row(question, r, cands, order) \
        + focus_row(question, r, cands, order)


def rows(sets: list[Path]):
    X, N, y, S = [], [], [], []
    sentence = fitted().sentence.aligned(SENTENCE_FEATURES)
    shared = None
    with tempfile.TemporaryDirectory(prefix="decline-signals-") as scratch:
        for n, s in enumerate(sets):
            k = open_store(s / "corpus", Path(scratch) / s.name, shared)
            shared = shared or k
            for q in load(s / "qa.jsonl"):
                got = k.retrieve(q["question"])
                question, top, cands = k.composer(got).features(got.query, got.vector, got.passages,
                                                                 tuple(m.entity.name for m in got.matches))
                probs = [sentence.probability(row) for row in cands.rows]
                X.append(question_row(question, got.retriever, top, cands, probs, k.vocabulary, k.embed_queries)
                         if cands.indices else tuple([0.0] * len(QUESTION_FEATURES)))
                N.append(candidate_row(k, question, got.retriever, cands, probs))
                y.append(int(q["kind"] != "unanswerable"))
                S.append(n)
            print(f"{s.name}: {sum(1 for x in S if x == n)} questions", file=sys.stderr, flush=True)
    return np.asarray(X, float), np.asarray(N, float), np.asarray(y), np.asarray(S)


def leave_one_set_out(X, signs, y, S, conditions, Cs=(0.3, 1.0, 3.0, 10.0), inner_folds=4):
    declined = np.zeros(len(y), bool)
    for held in np.unique(S):
        tr = S != held
        fold = set_folds(S[tr], inner_folds, 0)
        best = None
        for C in Cs:
            p = np.zeros(tr.sum())
            for f in range(inner_folds):
                w, b = signed_logistic(X[tr][fold != f], y[tr][fold != f], signs, C)
                p[fold == f] = 1 / (1 + np.exp(-(X[tr][fold == f] @ w + b)))
            for t in DECLINE_THRESHOLDS:
                key = decline_key((p < t) | conditions[tr], y[tr])
                if best is None or key > best[0]:
                    best = (key, C, t)
        _, C, t = best
        w, b = signed_logistic(X[tr], y[tr], signs, C)
        declined[~tr] = (1 / (1 + np.exp(-(X[~tr] @ w + b))) < t) | conditions[~tr]
    dc, fd = decline_rates(declined, y)
    over = sum(decline_rates(declined[S == s], y[S == s])[1] > 0.05 for s in np.unique(S))
    return dc, fd, over


def main() -> None:
    sets = [Path(a).resolve() for a in sys.argv[1:]]
    X, N, y, S = rows(sets)
    conditions = np.any([X[:, QUESTION_FEATURES.index(c)] > 0 for c in DECLINE_CONDITIONS], axis=0)
    shipped = fitted().decline.aligned(QUESTION_FEATURES)
    declined = (np.asarray([shipped.probability(x) for x in X]) < fitted().decline.threshold) | conditions
    dc, fd = decline_rates(declined, y)
    print(f"{len(sets)} sets, {len(y)} questions, {(y == 0).sum()} unanswerable")
    print(f"{'shipped decline model':34s} declined {dc:.3f} false {fd:.2%}")
    signs = np.asarray([QUESTION_FEATURE_SIGNS[n] for n in QUESTION_FEATURES], float)
    dc, fd, over = leave_one_set_out(X, signs, y, S, conditions)
    print(f"{'refit, shipped features':34s} declined {dc:.3f} false {fd:.2%} sets over 5% false: {over}")
    for n, (name, sign) in enumerate(CANDIDATES.items()):
        dc, fd, over = leave_one_set_out(np.hstack([X, N[:, [n]]]), np.append(signs, sign), y, S, conditions)
        print(f"{'+ ' + name:34s} declined {dc:.3f} false {fd:.2%} sets over 5% false: {over}", flush=True)


if __name__ == "__main__":
    main()
