"""The chunk store: a Chroma collection (local persistent folder or a `chroma run` server) behind langchain-chroma.

Chunk ids carry the document's content hash, so a changed document's new chunks are written before the old ones
are deleted: a reader never sees the document missing, and a failed write leaves the old version answering.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from .models import Chunk, Document, SourceInfo
from .text import sentence_spans


@dataclass(frozen=True)
class StoredChunk:
    id: str
    text: str
    metadata: dict


def open_client(store: Path | None, host: str | None = None, port: int = 8000):
    telemetry = ChromaSettings(anonymized_telemetry=False)
    if host:
        return chromadb.HttpClient(host=host, port=port, settings=telemetry)
    assert store is not None
    Path(store).mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(store), settings=telemetry)


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class ChunkStore:
    def __init__(self, client, embeddings: Embeddings, collection: str = "articles"):
        self.client = client
        self.embeddings = embeddings
        # Our own embedding function always: Chroma's default one downloads a model.
        self.vectors = Chroma(
            client=client,
            collection_name=collection,
            embedding_function=embeddings,
            collection_metadata={"hnsw:space": "cosine"},
        )
        self.collection = self.vectors._collection
        # Sentence vectors, written at ingest, let answers rank sentences without embedding them per question.
        self.sentences = client.get_or_create_collection(
            f"{collection}_sentences", metadata={"hnsw:space": "cosine"}, embedding_function=None
        )

    # ---- write side -------------------------------------------------------------------------------------------
    def document_hashes(self) -> dict[str, tuple[str, str]]:
        """document id -> (content hash, path) for every stored document."""
        out: dict[str, tuple[str, str]] = {}
        for meta in self.collection.get(include=["metadatas"])["metadatas"] or []:
            out[meta["document_id"]] = (meta["content_hash"], meta["path"])
        return out

    def document_roots(self) -> dict[str, str]:
        """document id -> the ingested folder it came from ("" for a file ingested on its own)."""
        return {m["document_id"]: m.get("root", "") for m in self.collection.get(include=["metadatas"])["metadatas"] or []}

    def replace_document(
        self, doc: Document, chunks: list[Chunk], content_hash: str, root: str = "", ordering_date: date | None = None,
        sentence_tagger=None,
    ) -> None:
        """Write the new version, then delete the old one: readers never see the document missing."""
        old_ids = self.collection.get(where={"document_id": doc.id}, include=[])["ids"]
        old_sentence_ids = self.sentences.get(where={"document_id": doc.id}, include=[])["ids"]
        ids = [f"{doc.id}#{content_hash[:16]}#{c.index}" for c in chunks]
        metadatas = [
            {
                "document_id": doc.id,
                "title": doc.title,
                "url": doc.url or "",
                "path": doc.path,
                "published": _iso(doc.published),
                "source": doc.source or "",
                "keywords": " | ".join(doc.keywords),
                "chunk_index": c.index,
                "start": c.start,
                "end": c.end,
                "content_hash": content_hash,
                "root": root,
                # published date, else the first date the prose mentions: orders sources, never shown as published
                "ordering_date": _iso(doc.published or ordering_date),
                # The cleaned full text rides on chunk 0 so a citation can be checked against its whole source.
                **({"document_text": doc.text} if c.index == 0 else {}),
            }
            for c in chunks
        ]
        if chunks:
            self.vectors.add_texts([c.text for c in chunks], metadatas=metadatas, ids=ids)
        spans = sentence_spans(doc.text)
        # The write side passes its tagger in (ingest/tagging.py): readers only read the stored tags.
        types = sentence_tagger([doc.text[s:e] for s, e in spans]) if sentence_tagger else [[] for _ in spans]
        sentence_ids = [f"{doc.id}#{content_hash[:16]}#s{i}" for i in range(len(spans))]
        for batch in iter_batches(list(zip(sentence_ids, spans, types)), 256):
            texts = [doc.text[s:e] for _, (s, e), _ in batch]
            self.sentences.upsert(
                ids=[i for i, _, _ in batch],
                embeddings=self.embeddings.embed_documents(texts),
                documents=texts,
                metadatas=[{"document_id": doc.id, "start": s, "end": e, "types": ",".join(t)} for _, (s, e), t in batch],
            )
        stale = [i for i in old_ids if i not in set(ids)]
        if stale:
            self.collection.delete(ids=stale)
        stale = [i for i in old_sentence_ids if i not in set(sentence_ids)]
        if stale:
            self.sentences.delete(ids=stale)

    def delete_document(self, document_id: str) -> None:
        self.collection.delete(where={"document_id": document_id})
        self.sentences.delete(where={"document_id": document_id})

    def all_sentences(self) -> tuple[list[str], list[dict], list]:
        got = self.sentences.get(include=["metadatas", "embeddings"])
        return got["ids"], got["metadatas"], got["embeddings"]

    # ---- read side --------------------------------------------------------------------------------------------
    def all_chunks(self) -> list[StoredChunk]:
        got = self.collection.get(include=["documents", "metadatas"])
        return [StoredChunk(i, t, m) for i, t, m in zip(got["ids"], got["documents"], got["metadatas"])]

    def dense_search(self, query_vector: list[float], k: int) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) best first; `k` must not exceed the number of chunks."""
        res = self.collection.query(query_embeddings=[query_vector], n_results=k, include=["distances"])
        return [(i, 1.0 - d) for i, d in zip(res["ids"][0], res["distances"][0])]

    def sources(self) -> list[SourceInfo]:
        counts: dict[str, int] = {}
        first: dict[str, dict] = {}
        for meta in self.collection.get(include=["metadatas"])["metadatas"] or []:
            counts[meta["document_id"]] = counts.get(meta["document_id"], 0) + 1
            first.setdefault(meta["document_id"], meta)
        infos = [
            SourceInfo(
                document_id=doc_id,
                title=m["title"],
                url=m["url"] or None,
                path=m["path"],
                published=parse_date(m["published"]),
                chunks=counts[doc_id],
            )
            for doc_id, m in first.items()
        ]
        return sorted(infos, key=lambda s: (s.published or date.min, s.title), reverse=True)

    def count(self) -> int:
        return self.collection.count()


def iter_batches(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
