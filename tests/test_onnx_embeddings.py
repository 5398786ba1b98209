"""The model's ONNX export (knowledge/onnx_embeddings.py) gives the sentence-transformers model's vectors: cosine >= 0.999
on every chunk, sentence and title of the shipped knowledge, in batches and one text at a time. (That `ask` makes it
once and then runs without torch, or says why it can't and uses sentence-transformers: tests/test_cli_cold_start.py.)"""
from __future__ import annotations

import numpy as np
import pytest


@pytest.fixture(scope="module")
def onnx_model(tmp_path_factory):
    """An export made now, into a fresh cache folder (not one an earlier run left)."""
    from knowledge.embeddings import resolve_model_path
    from knowledge.onnx_embeddings import OnnxEmbeddings, load_onnx_embeddings

    model = load_onnx_embeddings(resolve_model_path(None), tmp_path_factory.mktemp("cache"))
    assert isinstance(model, OnnxEmbeddings)
    return model


def cosines(a, b) -> np.ndarray:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)


def test_the_export_gives_the_models_vectors_on_the_shipped_knowledge(onnx_model, embeddings):
    from ingest.shipped_vectors import shipped_texts

    chunks, sentences, titles = shipped_texts()
    texts = sorted(set(chunks) | set(sentences) | set(titles))
    assert len(texts) > 300
    expected = embeddings.embed_documents(texts)
    got = onnx_model.embed_documents(texts)
    cosine = cosines(got, expected)
    assert cosine.min() >= 0.999, texts[int(cosine.argmin())]
    # normalised like the model's, so a dot product is the cosine Chroma and the composer compute
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)
    # one text at a time (a question), unpadded: titles, and the longest chunks, cut at the model's 256 tokens
    single = titles + sorted(chunks, key=len)[-10:]
    cosine = cosines([onnx_model.embed_query(t) for t in single], [embeddings.embed_query(t) for t in single])
    assert cosine.min() >= 0.999, single[int(cosine.argmin())]
