"""The chunk store, read side: Chroma collections (a local persistent folder or a `chroma run` server) for chunks,
sentence vectors and per-document manifests. Only ingest/store_writer.py writes them.

Readers see only the parts a manifest names, so a write interrupted at any moment is invisible: every document
reads as before it or as after it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_core.embeddings import Embeddings

from .models import SourceInfo


FORMAT_RECORD = "__format__"  # written last when a store's manifests are complete; readers then trust them
GENERATION_RECORD = "generation"  # in `<collection>_generation`: changed by every ingest that changes the store


@dataclass(frozen=True)
class DocumentState:
    document_id: str
    content_hash: str
    text_hash: str
    root: str
    path: str
    complete: bool               # every part the manifest names is stored


def _decode_manifest(meta: dict) -> dict:
    return {**meta, "chunk_ids": json.loads(meta["chunk_ids"]), "sentence_ids": json.loads(meta["sentence_ids"])}


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


def parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class ReadOnlyStore(RuntimeError):
    """A store opened without an embedding model was asked to embed."""


class ChunkStore:
    def __init__(self, client, embeddings: Embeddings | None = None, collection: str = "articles",
                 lexical_dir: Path | None = None):
        """`embeddings`: the model that embeds what is written (and titles, at retrieval). None opens the store for
        reading what is stored (`sources`, counts, manifests) without loading a model; pass
        `knowledge.embeddings.LazyEmbeddings` to load it only when something is embedded.
        `lexical_dir`: the folder of this store's lexical index (knowledge/lexical.py: `lexical_dir`); None, none
        (dense retrieval only)."""
        self.client = client
        self._embeddings = embeddings
        self.lexical_dir = Path(lexical_dir) if lexical_dir is not None else None
        # Vectors always come from our model (`embedding_function=None`): Chroma's default one downloads a model.
        self.collection = client.get_or_create_collection(
            collection, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )
        # Sentence vectors, written at ingest, let answers rank sentences without embedding them per question.
        self.sentences = client.get_or_create_collection(
            f"{collection}_sentences", metadata={"hnsw:space": "cosine"}, embedding_function=None
        )
        self._manifest = None

    @property
    def embeddings(self) -> Embeddings:
        if self._embeddings is None:
            raise ReadOnlyStore("this chunk store was opened without an embedding model, for reading only")
        return self._embeddings

    @property
    def location(self) -> str:
        """The folder or server this store lives in (for messages and the writer lock)."""
        settings = self.client.get_settings()
        if settings.chroma_server_host:
            return f"http://{settings.chroma_server_host}:{settings.chroma_server_http_port}"
        return str(settings.persist_directory)

    # ---- manifests (ingest/store_writer.py writes them) ---------------------------------------------------------
    def _manifest_collection(self):
        if self._manifest is None:
            try:
                self._manifest = self.client.get_collection(f"{self.collection.name}_manifest", embedding_function=None)
            except Exception:  # not created yet (a store written before manifests existed, or a fresh one)
                return None
        return self._manifest

    def manifests(self, document_ids=None) -> dict[str, dict] | None:
        """document id -> its manifest record (with `chunk_ids`, `sentence_ids`), for these documents (default: every
        document); a document without one is not (or no longer) visible. None for a store written before manifests
        existed, where everything stored is visible."""
        manifest = self._manifest_collection()
        if manifest is None:
            return None
        if document_ids is None:
            got = manifest.get(include=["metadatas"])
        else:
            got = manifest.get(ids=[FORMAT_RECORD, *sorted(set(document_ids))], include=["metadatas"])
        records = dict(zip(got["ids"], got["metadatas"] or []))
        if records.pop(FORMAT_RECORD, None) is None:
            return None
        return {i: _decode_manifest(m) for i, m in records.items()}

    def document_states(self) -> dict[str, "DocumentState"]:
        """document id -> what its manifest says and whether every part it names is stored."""
        records = self.manifests() or {}
        chunk_ids = set(self.collection.get(include=[])["ids"])
        sentence_ids = set(self.sentences.get(include=[])["ids"])
        return {
            doc_id: DocumentState(
                doc_id, r["content_hash"], r["text_hash"], r["root"], r["path"],
                complete=set(r["chunk_ids"]) <= chunk_ids and set(r["sentence_ids"]) <= sentence_ids,
            )
            for doc_id, r in records.items()
        }

    def _committed(self) -> tuple[set[str], set[str]] | None:
        """(chunk ids, sentence ids) that manifests name; None for a legacy store (everything is visible)."""
        records = self.manifests()
        if records is None:
            return None
        return ({i for r in records.values() for i in r["chunk_ids"]},
                {i for r in records.values() for i in r["sentence_ids"]})

    def all_sentences(self) -> tuple[list[str], list[dict], list]:
        committed = self._committed()
        got = self.sentences.get(include=["metadatas", "embeddings"])
        rows = list(zip(got["ids"], got["metadatas"], got["embeddings"]))
        if committed is not None:
            rows = [r for r in rows if r[0] in committed[1]]
        rows.sort(key=lambda r: r[0])  # stable order, whatever order the store returns
        return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]

    # ---- chunks, sentences, sources ----------------------------------------------------------------------------
    def generation(self) -> str | None:
        """The stamp the last ingest that changed this store left (None before any): the lexical index is current
        when it records the same one."""
        try:
            got = self.client.get_collection(f"{self.collection.name}_generation", embedding_function=None).get(
                ids=[GENERATION_RECORD], include=["metadatas"])
        except Exception:  # not created yet
            return None
        return got["metadatas"][0].get("generation") if got["ids"] else None

    def nearest_chunks(self, query_vector: list[float], n: int) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the `n` stored chunks nearest the vector, committed or not: callers
        keep those a manifest names (`manifests`)."""
        n = min(n, self.collection.count())
        if n <= 0:
            return []
        res = self.collection.query(query_embeddings=[query_vector], n_results=n, include=["distances"])
        return [(i, 1.0 - d) for i, d in zip(res["ids"][0], res["distances"][0])]

    def all_chunks(self) -> list[StoredChunk]:
        """Every chunk a manifest names (parts of an unfinished write are not shown), in id order (for checks and
        rebuilds: answering reads only the chunks it retrieves)."""
        committed = self._committed()
        got = self.collection.get(include=["documents", "metadatas"])
        chunks = [StoredChunk(i, t, m) for i, t, m in zip(got["ids"], got["documents"], got["metadatas"])
                  if committed is None or i in committed[0]]
        chunks.sort(key=lambda c: c.id)
        return chunks

    def sources(self) -> list[SourceInfo]:
        counts: dict[str, int] = {}
        first: dict[str, dict] = {}
        committed = self._committed()
        got = self.collection.get(include=["metadatas"])
        for chunk_id, meta in sorted(zip(got["ids"], got["metadatas"] or [])):
            if committed is not None and chunk_id not in committed[0]:
                continue
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
                mentioned=None if m["published"] else parse_date(m.get("ordering_date")),
                root=m.get("root", ""),
            )
            for doc_id, m in first.items()
        ]
        return sorted(infos, key=lambda s: (s.published or s.mentioned or date.min, s.title, s.document_id),
                      reverse=True)

    def count(self) -> int:
        """Chunks readers see."""
        committed = self._committed()
        return self.collection.count() if committed is None else len(committed[0])

