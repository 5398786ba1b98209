"""The answer pipeline's general mechanisms: answer types recognised by the tagger on sentences from the blind
validation articles, the fitted model file agreeing with the feature table, the user's own article answering on its
own (sentences that say "the company" are about the article's subject), and one citation number per source."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from tests.support import SEED, write_article


# Sentences taken verbatim from eval/answers/validation/corpus (articles nobody tuned on).
@pytest.mark.parametrize(
    "sentence, label",
    [
        ("The company listed its shares on the Hong Kong stock exchange on January 5, 2024, in the city's first "
         "initial public offering of the year, pricing them at HK$43 under the stock code 2498.", "DATE"),
        ("Under OFAC's 50 percent rule, every company Sberbank owns 50 percent or more, directly or indirectly, is also "
         "blocked, whether or not it is named on the list.", "PERCENT"),
        ("Nvidia took a charge of about $5.5 billion tied to H20 inventory and purchase commitments.", "MONEY"),
        ("For those who missed it: on February 14, 2020 a federal jury in Chicago found Hytera liable for stealing "
         "Motorola's DMR trade secrets and copying its code, and awarded Motorola $764.6 million.", "MONEY"),
        ("Under OFAC's 50 percent rule, every company Sberbank owns 50 percent or more, directly or indirectly, is also "
         "blocked, whether or not it is named on the list.", "ORG"),
        # A citation of the Code of Federal Regulations is a law's name, not a date or a count.
        ("Federal grant and loan recipients are covered too, under a rule in 2 CFR 200.216 that also took effect on "
         "August 13, 2020.", "LAW"),
    ],
)
def test_the_tagger_finds_the_kind_of_fact_a_sentence_carries(sentence, label):
    from ingest.tagging import entity_labels

    assert label in entity_labels([sentence])[0]


@pytest.mark.parametrize(
    "question, labels",
    [
        ("when did the ban take effect", {"DATE"}),
        ("how much was the fine??", {"MONEY"}),
        ("how many companies were added", {"CARDINAL"}),
        ("who ruled on the case", {"PERSON"}),
        ("which companies got added in january", {"ORG"}),
        ("is hikvision still banned", set()),
    ],
)
def test_a_question_is_read_for_the_kind_of_fact_it_asks_for(question, labels):
    from knowledge.answer.question import read_question

    assert labels <= set(read_question(question).expected) and (labels or not read_question(question).expected)


def test_the_fitted_file_weights_exactly_the_named_features():
    """Every number that combines signals comes from knowledge/fitted.json, written by eval/fit_answers.py."""
    from knowledge.answer.features import QUESTION_FEATURES, SENTENCE_FEATURES

    fitted = json.loads(resources.files("knowledge").joinpath("fitted.json").read_text())
    assert tuple(fitted["sentence"]["weights"]) == SENTENCE_FEATURES
    assert tuple(fitted["decline"]["weights"]) == QUESTION_FEATURES
    assert fitted["source"]["script"] == "eval/fit_answers.py"
    assert 0 < fitted["decline"]["threshold"] < 1 and 0 < fitted["sentence"]["threshold"] < 1
    # the question encoder's updates (knowledge/question_encoder.npz) are fit by the same script, in the same run
    assert fitted["source"]["encoder_cv"]["rank"] > 0


def test_the_decline_threshold_rule_never_trades_false_declines_for_declines():
    """The fit (and the two studies) choose the decline threshold by one rule: a threshold that declines more
    unanswerable questions loses to one that keeps false declines within MAX_FALSE_DECLINES; folds hold whole sets."""
    import numpy as np

    from eval.fit_answers import DECLINE_THRESHOLDS, MAX_FALSE_DECLINES, decline_key, set_folds

    y = np.array([0] * 10 + [1] * 100)  # 10 unanswerable, 100 answerable
    p = np.concatenate([np.linspace(0.05, 0.5, 10), np.linspace(0.1, 0.99, 100)])
    best = max(DECLINE_THRESHOLDS, key=lambda t: decline_key(p < t, y))
    assert ((p < best) & (y == 1)).sum() / 100 <= MAX_FALSE_DECLINES
    assert decline_key(p < best, y) > decline_key(p < 0.6, y)  # 0.6 declines every unanswerable one, and 56 others
    set_of = np.array([3, 3, 1, 1, 1, 7, 9, 9])
    folds = set_folds(set_of, 3, 0)
    assert all(len(set(folds[set_of == s])) == 1 for s in set(set_of)) and set(folds) == {0, 1, 2}


@pytest.fixture(scope="module")
def seed_only(tmp_path_factory, embeddings):
    """A store holding only the user's own article."""
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    k = Knowledge(Settings(_env_file=None, store=tmp_path_factory.mktemp("seed") / "store"), embeddings)
    ingest(k, [SEED])
    return k


@pytest.mark.parametrize(
    "question, quoted",
    [
        # One of the four seed questions passes in a store holding only the seed. "Did Xiaomi sue?" passed
        # before the fit on the three train sets (2026-12-02) and is declined now in the one-article store (its
        # decline probability 0.12 under the 0.19 threshold with the 32-set fit, 2026-12-05: the article says "filed
        # a lawsuit", never "sue"); over the shipped knowledge it is answered (the next test). "Why was Xiaomi blacklisted?" (the reason sentence
        # ranks below sentences restating the listing) and "Can I still buy a Xiaomi Mi 10T Pro?" (no sentence names
        # the product) do not pass either, and are reported open rather than asserted loosely.
        ("Who received the award that got Xiaomi listed?", ["Lei Jun"]),
    ],
)
def test_the_users_own_article_alone_answers_from_the_right_sentence(seed_only, question, quoted):
    answer = seed_only.ask(question)
    assert answer.answered, question
    assert any(q in answer.answer for q in quoted), answer.answer
    assert all(c.path == str(SEED) for c in answer.citations)
    assert any(any(q in c.snippet for q in quoted) for c in answer.citations)


def test_the_users_own_article_alone_declines_what_it_does_not_cover(seed_only):
    # The article is about a US listing; it says nothing of the EU's or the UK's lists.
    for question in ("is xiaomi on the EU sanctions list?", "Did the UK blacklist Xiaomi too?"):
        answer = seed_only.ask(question)
        assert not answer.answered, answer.answer
        assert not answer.citations


def test_one_source_gets_one_number_and_its_snippet_holds_only_the_quoted_sentences(tmp_path, make_knowledge):
    corpus = tmp_path / "corpus"
    body = (
        "Commerce added Quill Robotics to the Entity List on March 3, 2022. Suppliers now need a licence to ship it US "
        "items.\n\n" + "Quill Robotics makes warehouse robots and sells them in Europe and Asia. " * 6 + "\n\n"
        "Quill Robotics said on March 4, 2022 that it would challenge the listing in court."
    )
    write_article(corpus, "quill.md", "Quill Robotics added to the Entity List", "2022-03-05", body)
    k = make_knowledge(corpus)
    answer = k.ask("when was quill robotics added to the entity list and will it challenge it?")
    assert answer.answered
    numbers = {c.n for c in answer.citations}
    assert len(numbers) == len(answer.citations) == len({c.path for c in answer.citations})
    for c in answer.citations:
        assert "warehouse robots" not in c.snippet or "warehouse robots" in answer.answer


def test_the_shipped_knowledge_answers_whether_xiaomi_sued(make_knowledge):
    from tests.support import ARTICLES

    answer = make_knowledge(ARTICLES, SEED).ask("Did Xiaomi sue?")
    assert answer.answered
    assert "lawsuit" in answer.answer.lower(), answer.answer


def test_a_fit_reuses_the_question_encoders_out_of_fold_vectors_by_set_and_question(tmp_path):
    """`--encoder-cache`: a later fit (a feature added) gets each question's out-of-fold vector back by its set and
    id, into the `tuned_similarity` column, and stops plainly when the cache lacks a question."""
    import numpy as np
    import pytest

    from eval.fit_answers import reuse_question_encoder
    from knowledge.answer.features import SENTENCE_FEATURES, Candidates

    col = SENTENCE_FEATURES.index("tuned_similarity")
    cache = tmp_path / "oof.npz"
    np.savez_compressed(cache, __cv__=np.frombuffer(json.dumps({"rank": 8}).encode(), np.uint8),
                        **{"train-a/q1": np.array([1.0, 0.0], np.float32), "train-b/q1": np.array([0.0, 1.0], np.float32)})

    def question(vectors):
        cands = Candidates([0, 1], {}, np.zeros((2, len(SENTENCE_FEATURES))), np.zeros(2), np.asarray(vectors, np.float32),
                           np.zeros(2, np.float32))
        return ({"id": "q1"}, None, [], cands, [1, 0], None, [])

    per_question = [question([[0.5, 0.2], [0.1, 0.9]]), question([[0.5, 0.2], [0.1, 0.9]])]
    assert reuse_question_encoder(per_question, ["train-a/q1", "train-b/q1"], cache) == {"rank": 8}
    assert per_question[0][3].rows[:, col].tolist() == pytest.approx([0.5, 0.1])  # the same question id, two sets
    assert per_question[1][3].rows[:, col].tolist() == pytest.approx([0.2, 0.9])
    with pytest.raises(SystemExit, match="lacks 1 questions"):
        reuse_question_encoder(per_question[:1], ["train-c/q1"], cache)
