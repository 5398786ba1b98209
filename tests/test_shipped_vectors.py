"""The shipped articles' vectors and entity labels ship with the code (ingest/data/shipped_vectors.npz): they cover
every chunk, sentence and title the shipped articles make, agree with the packaged model and with spaCy, and indexing the
shipped knowledge on a new install loads neither."""
from __future__ import annotations

import numpy as np


def test_the_shipped_vectors_cover_the_articles_and_agree_with_the_model(embeddings):
    from ingest.shipped_vectors import load, shipped_texts

    known = load()
    assert known is not None, "no shipped vectors: run `python -m ingest.shipped_vectors`"
    chunks, sentences, titles = shipped_texts()
    texts = sorted(set(chunks) | set(sentences) | set(titles))
    missing = [t for t in texts if t not in known.vectors]
    assert not missing, f"{len(missing)} shipped texts have no vector (an article changed): run `python -m ingest.shipped_vectors`"
    model = np.asarray(embeddings.embed_documents(texts), dtype=np.float32)
    shipped = np.stack([known.vectors[t].astype(np.float32) for t in texts])
    cosine = (model * shipped).sum(axis=1) / np.linalg.norm(model, axis=1) / np.linalg.norm(shipped, axis=1)
    assert cosine.min() >= 0.999, texts[int(cosine.argmin())]


def test_the_shipped_entity_labels_are_spacys():
    from ingest.shipped_vectors import load, shipped_texts
    from ingest.tagging import entity_labels

    known = load()
    _, sentences, _ = shipped_texts()
    sentences = sorted(set(sentences))
    assert [known.labels[s] for s in sentences] == entity_labels(sentences)


def test_indexing_the_shipped_knowledge_loads_no_model(tmp_path):
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    k = Knowledge(Settings(_env_file=None, store=tmp_path / "store"))
    report = ingest(k, shipped=True)
    assert report.added > 20 and not report.skipped
    assert k._embeddings is None  # the model never loaded: every vector came from the shipped file

    answer = k.ask("Can I still buy a Xiaomi phone?")  # and the store answers as one built with the model
    assert answer.answered and answer.citations
