"""The tuned question encoder (knowledge/question_encoder.py): the packaged model with the fitted low-rank updates,
made once into the model cache and run like the packaged model, for the sentence feature `tuned_similarity`."""
from __future__ import annotations

import numpy as np
import pytest

from knowledge.embeddings import resolve_model_path
from knowledge.question_encoder import UPDATES_FILE, _TunedInMemory, linear_layers, load_question_encoder

QUESTION = "why did the treasury sanction the tanker's captain?"


@pytest.fixture(scope="module")
def encoder(tmp_path_factory):
    return load_question_encoder(None, "onnx", tmp_path_factory.mktemp("cache"))


def test_the_shipped_updates_cover_every_linear_layer_of_the_model_at_the_fitted_rank():
    import sys

    sys.path.insert(0, str(UPDATES_FILE.parents[1] / "eval"))
    from fit_answers import ENCODER_RANK
    from sentence_transformers import SentenceTransformer

    layers = linear_layers(SentenceTransformer(resolve_model_path(None), device="cpu")[0].auto_model)
    with np.load(UPDATES_FILE) as updates:
        assert set(updates.files) == {f"{name}.{part}" for name in layers for part in ("A", "B")}
        for name, layer in layers.items():
            assert updates[f"{name}.A"].shape == (ENCODER_RANK, layer.in_features)
            assert updates[f"{name}.B"].shape == (layer.out_features, ENCODER_RANK)
            assert np.abs(updates[f"{name}.B"]).max() > 0  # trained: B starts at zero


def test_the_encoder_runs_the_updated_model_and_moves_the_question(encoder, embeddings):
    tuned = np.asarray(encoder.embed_query(QUESTION))
    in_memory = np.asarray(_TunedInMemory(resolve_model_path(None), UPDATES_FILE).embed_query(QUESTION))
    packaged = np.asarray(embeddings.embed_query(QUESTION))
    assert float(tuned @ in_memory) > 0.9999       # the export in the cache is the updated model
    assert float(tuned @ packaged) < 0.99          # which is not the packaged one


def test_a_configured_model_of_ones_own_gets_no_encoder(tmp_path):
    # the updates were fit to the packaged model's weights: another model's layers would be changed meaninglessly
    assert load_question_encoder("/some/other/model", "onnx", tmp_path) is None


# A question, a sentence that answers it without repeating its words, and one that restates its words and answers
# nothing (invented names). The packaged model's cosine prefers the restatement by a wide margin in every case.
ANSWER_OR_RESTATEMENT = [
    ("why did treasury sanction quillon shipping?",
     "Officials said the company had moved Iranian oil for the Revolutionary Guard.",
     "Treasury sanctioned Quillon Shipping on Tuesday."),
    ("when was marlow freight added to the entity list?", "The listing took effect on March 3, 2023.",
     "Marlow Freight is on the Entity List."),
    ("who owns the tanker vesta star?", "It is owned by Aldebaran Maritime, a Dubai company.",
     "The tanker Vesta Star was sanctioned last year."),
    ("how much was zephyr robotics fined?", "The company agreed to pay $4.2 million.",
     "Zephyr Robotics was fined by the Commerce Department."),
    ("is quillon shipping still sanctioned?", "OFAC removed the company from the SDN list in May.",
     "Quillon Shipping was sanctioned in 2021."),
    ("can i still buy a zephyr drone?", "Consumers can keep buying its products; the listing only bars US investment.",
     "Zephyr drones are popular with hobbyists."),
]


def test_the_tuned_question_lands_nearer_the_sentence_that_answers_than_the_packaged_one_does(encoder, embeddings):
    flipped = 0
    for question, answer, restatement in ANSWER_OR_RESTATEMENT:
        sentences = np.asarray(embeddings.embed_documents([answer, restatement]))
        packaged = sentences @ np.asarray(embeddings.embed_query(question))
        tuned = sentences @ np.asarray(encoder.embed_query(question))
        # the restatement's lead over the answer, at most half of what it is for the packaged model (-0.93x to 0.20x
        # with the shipped updates, two of the six flipped; 2026-12-04)
        assert tuned[1] - tuned[0] < 0.5 * (packaged[1] - packaged[0]), (question, packaged, tuned)
        flipped += tuned[0] > tuned[1]
    assert flipped >= 1


# An article's sentences (invented names), a question they answer and one on the same company they don't. The
# encoder is trained to put a question its sources don't answer below a learned no-answer level, so its best cosine
# over the sentences tells the two apart where the packaged model's, led by the shared name, hardly does.
ANSWERED_OR_NOT = [
    (["Treasury added Quillon Shipping to the SDN list on March 3, 2023.",
      "Officials said the company moved Iranian oil for the Revolutionary Guard.",
      "Quillon Shipping is based in Dubai."],
     "why was quillon shipping sanctioned?", "who is the ceo of quillon shipping?"),
    (["Zephyr Robotics agreed to pay $4.2 million to settle the export violations.",
      "The Commerce Department said the company shipped drone parts to Russia.",
      "Zephyr Robotics makes drones for farms."],
     "how much did zephyr robotics have to pay?", "when did zephyr robotics go public?"),
    (["Marlow Freight was removed from the Entity List in May 2024.",
      "The company had been listed in 2019 for shipping aircraft parts to Iran."],
     "is marlow freight still on the entity list?", "how many employees does marlow freight have?"),
    (["The tanker Vesta Star is owned by Aldebaran Maritime, a Dubai company.",
      "OFAC sanctioned the tanker in June 2024 for carrying Russian oil above the price cap."],
     "who owns the vesta star?", "what did the vesta star's captain say about the sanctions?"),
]


def test_the_tuned_question_tells_a_question_its_sources_answer_from_one_they_dont(encoder, embeddings):
    wider = 0
    for sentences, answered, not_answered in ANSWERED_OR_NOT:
        vectors = np.asarray(embeddings.embed_documents(sentences))

        def gap(embed) -> float:  # the answered question's best cosine over the unanswered one's
            return float((vectors @ np.asarray(embed(answered))).max() - (vectors @ np.asarray(embed(not_answered))).max())

        tuned, packaged = gap(encoder.embed_query), gap(embeddings.embed_query)
        assert tuned > 0, (answered, not_answered, tuned, packaged)
        wider += tuned > packaged + 0.05
    # the shipped updates: gaps 0.05-0.48 against the packaged 0.00-0.23, wider by more than 0.05 in three of four
    # (2026-12-04); the updates trained without unanswerable questions had -0.17 for the first and one wider
    assert wider >= 3
