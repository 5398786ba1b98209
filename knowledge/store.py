"""The chunk store: Chroma collections (a local persistent folder or a `chroma run` server) for chunks, sentence
vectors and per-document manifests.

Chunk ids carry the document's content hash, so a changed document's new chunks are written before the old ones
are deleted: a reader never sees the document missing, and a failed write leaves the old version answering.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_core.embeddings import Embeddings

from .models import Chunk, Document, SourceInfo
from .text import sentence_spans


FORMAT_RECORD = "__format__"  # written last when a store's manifests are complete; readers then trust them
MANIFEST_FORMAT = 1
GENERATION_RECORD = "generation"  # in `<collection>_generation`: changed by every ingest that changes the store


@dataclass(frozen=True)
class DocumentState:
    document_id: str
    content_hash: str
    text_hash: str
    root: str
    path: str
    complete: bool               # every part the manifest names is stored


@dataclass(frozen=True)
class RepairReport:
    migrated: int                # documents of a pre-manifest store given a manifest
    orphan_chunks: int           # parts no manifest named (an interrupted write), deleted
    orphan_sentences: int


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


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


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
        `lexical_dir`: the folder of this store's lexical index (knowledge/lexical.py); default, for a local store,
        `<store>/lexical/<collection>`."""
        self.client = client
        self._embeddings = embeddings
        if lexical_dir is None and not client.get_settings().chroma_server_host:
            from .lexical import lexical_dir as default_lexical_dir

            lexical_dir = default_lexical_dir(Path(client.get_settings().persist_directory), collection)
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
        self._manifests_ready = False
        self.max_write_batch = 256  # bounds the memory of one embedding call as well as the write

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

    # ---- write side -------------------------------------------------------------------------------------------
    # Crash safety: a document's parts (chunks, sentence vectors) are written first, then its manifest record
    # (chunk ids, sentence ids, content hash) as the commit point, then the parts it replaced are deleted. Readers
    # see only parts a manifest names, so a process killed at any moment leaves every document as before or as
    # after; `repair()` (run by each ingest, under the writer lock) deletes parts no manifest names.
    def _manifest_collection(self, create: bool):
        if self._manifest is None:
            name = f"{self.collection.name}_manifest"
            if create:
                self._manifest = self.client.get_or_create_collection(name, embedding_function=None)
            else:
                try:
                    self._manifest = self.client.get_collection(name, embedding_function=None)
                except Exception:  # not created yet (a store written before manifests existed, or a fresh one)
                    return None
        return self._manifest

    def _manifest_records(self) -> dict[str, dict] | None:
        """document id -> its manifest record; None for a store whose manifests are not in place yet (legacy)."""
        manifest = self._manifest_collection(create=False)
        if manifest is None:
            return None
        got = manifest.get(include=["metadatas"])
        records = {i: m for i, m in zip(got["ids"], got["metadatas"] or [])}
        if FORMAT_RECORD not in records:
            return None
        records.pop(FORMAT_RECORD)
        return {i: _decode_manifest(m) for i, m in records.items()}

    def ensure_manifests(self) -> int:
        """Give every document of a store written before manifests existed a manifest naming the parts it has,
        with an empty content hash so its next ingest rewrites it; then mark the store as using manifests
        (written last: a migration killed half-way simply runs again). Returns the documents migrated."""
        if self._manifests_ready or self._manifest_records() is not None:
            self._manifests_ready = True  # checked once per store object, not per document written
            return 0
        manifest = self._manifest_collection(create=True)
        chunk_meta = self.collection.get(include=["metadatas"])
        sentence_meta = self.sentences.get(include=["metadatas"])
        parts: dict[str, tuple[list[str], list[str], dict]] = {}
        for i, m in zip(chunk_meta["ids"], chunk_meta["metadatas"] or []):
            parts.setdefault(m["document_id"], ([], [], m))[0].append(i)
        for i, m in zip(sentence_meta["ids"], sentence_meta["metadatas"] or []):
            if m["document_id"] in parts:
                parts[m["document_id"]][1].append(i)
        for doc_id, (chunk_ids, sentence_ids, meta) in sorted(parts.items()):
            self._write_manifest(
                doc_id, chunk_ids, sentence_ids, content_hash="", text_hash="", root=meta.get("root", ""),
                path=meta.get("path", ""),
            )
        manifest.upsert(ids=[FORMAT_RECORD], embeddings=[[1.0]], metadatas=[{"format": MANIFEST_FORMAT}])
        self._manifests_ready = True
        return len(parts)

    def _write_manifest(self, doc_id, chunk_ids, sentence_ids, *, content_hash, text_hash, root, path) -> None:
        self._manifest_collection(create=True).upsert(
            ids=[doc_id],
            embeddings=[[1.0]],  # Chroma stores a vector per record; the manifest needs none
            metadatas=[{
                "document_id": doc_id, "content_hash": content_hash, "text_hash": text_hash, "root": root,
                "path": path, "chunk_ids": json.dumps(chunk_ids), "sentence_ids": json.dumps(sentence_ids),
            }],
        )

    def document_states(self) -> dict[str, "DocumentState"]:
        """document id -> what its manifest says and whether every part it names is stored."""
        records = self._manifest_records() or {}
        chunk_ids = set(self.collection.get(include=[])["ids"])
        sentence_ids = set(self.sentences.get(include=[])["ids"])
        return {
            doc_id: DocumentState(
                doc_id, r["content_hash"], r["text_hash"], r["root"], r["path"],
                complete=set(r["chunk_ids"]) <= chunk_ids and set(r["sentence_ids"]) <= sentence_ids,
            )
            for doc_id, r in records.items()
        }

    def document_hashes(self) -> dict[str, tuple[str, str]]:
        """document id -> (content hash, path) for every document whose manifest is complete."""
        return {d: (s.content_hash, s.path) for d, s in self.document_states().items() if s.complete}

    def document_roots(self) -> dict[str, str]:
        """document id -> the ingested folder it came from ("" for a file ingested on its own)."""
        return {d: s.root for d, s in self.document_states().items()}

    def repair(self) -> "RepairReport":
        """Delete the parts no manifest names (left by a writer killed mid-document). Call under the writer lock:
        another writer's parts are orphans until its manifest lands."""
        migrated = self.ensure_manifests()
        records = self._manifest_records() or {}
        wanted_chunks = {i for r in records.values() for i in r["chunk_ids"]}
        wanted_sentences = {i for r in records.values() for i in r["sentence_ids"]}
        orphan_chunks = sorted(set(self.collection.get(include=[])["ids"]) - wanted_chunks)
        orphan_sentences = sorted(set(self.sentences.get(include=[])["ids"]) - wanted_sentences)
        for batch in iter_batches(orphan_chunks, self.batch_size):
            self.collection.delete(ids=batch)
        for batch in iter_batches(orphan_sentences, self.batch_size):
            self.sentences.delete(ids=batch)
        return RepairReport(migrated, len(orphan_chunks), len(orphan_sentences))

    @property
    def batch_size(self) -> int:
        """Records per Chroma write: the server's (or library's) maximum, and never more than `max_write_batch`."""
        try:
            limit = int(self.client.get_max_batch_size())
        except Exception:
            limit = self.max_write_batch
        return max(1, min(limit, self.max_write_batch))

    def replace_document(
        self, doc: Document, chunks: list[Chunk], content_hash: str, root: str = "", ordering_date: date | None = None,
        sentence_tagger=None,
        text_hash: str = "",
    ) -> None:
        """Write the new parts, then the manifest naming them (the commit point), then delete the parts it
        replaced. Embeds and writes batch by batch, so a long document never exceeds Chroma's batch size."""
        self.ensure_manifests()
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
        for batch in iter_batches(list(range(len(chunks))), self.batch_size):
            texts = [chunks[i].text for i in batch]
            self.collection.upsert(
                ids=[ids[i] for i in batch], embeddings=self.embeddings.embed_documents(texts), documents=texts,
                metadatas=[metadatas[i] for i in batch],
            )
        spans = sentence_spans(doc.text)
        # The write side passes its tagger in (ingest/tagging.py): readers only read the stored tags.
        types = sentence_tagger([doc.text[s:e] for s, e in spans]) if sentence_tagger else [[] for _ in spans]
        sentence_ids = [f"{doc.id}#{content_hash[:16]}#s{i}" for i in range(len(spans))]
        for batch in iter_batches(list(zip(sentence_ids, spans, types)), self.batch_size):
            texts = [doc.text[s:e] for _, (s, e), _ in batch]
            self.sentences.upsert(
                ids=[i for i, _, _ in batch],
                embeddings=self.embeddings.embed_documents(texts),
                documents=texts,
                metadatas=[{"document_id": doc.id, "start": s, "end": e, "types": ",".join(t)} for _, (s, e), t in batch],
            )
        self._write_manifest(doc.id, ids, sentence_ids, content_hash=content_hash, text_hash=text_hash, root=root,
                             path=doc.path)
        self._delete_parts(doc.id, keep_chunks=set(ids), keep_sentences=set(sentence_ids))

    def _delete_parts(self, document_id: str, keep_chunks: set[str] = frozenset(), keep_sentences: set[str] = frozenset()) -> None:
        stale = [i for i in self.collection.get(where={"document_id": document_id}, include=[])["ids"] if i not in keep_chunks]
        for batch in iter_batches(stale, self.batch_size):
            self.collection.delete(ids=batch)
        stale = [i for i in self.sentences.get(where={"document_id": document_id}, include=[])["ids"] if i not in keep_sentences]
        for batch in iter_batches(stale, self.batch_size):
            self.sentences.delete(ids=batch)

    def delete_document(self, document_id: str) -> None:
        """The manifest goes first: from then on readers no longer see the document, whatever happens next."""
        self.ensure_manifests()
        self._manifest_collection(create=True).delete(ids=[document_id])
        self._delete_parts(document_id)

    def _committed(self) -> tuple[set[str], set[str]] | None:
        """(chunk ids, sentence ids) that manifests name; None for a legacy store (everything is visible)."""
        records = self._manifest_records()
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

    # ---- read side --------------------------------------------------------------------------------------------
    def generation(self) -> str | None:
        """The stamp the last ingest that changed this store left (None before any): the lexical index is current
        when it records the same one."""
        try:
            got = self.client.get_collection(f"{self.collection.name}_generation", embedding_function=None).get(
                ids=[GENERATION_RECORD], include=["metadatas"])
        except Exception:  # not created yet
            return None
        return got["metadatas"][0].get("generation") if got["ids"] else None

    def manifests(self, document_ids) -> dict[str, dict] | None:
        """The manifest records of these documents (document id -> record with `chunk_ids`, `sentence_ids`); a
        document without one is not (or no longer) visible. None for a store written before manifests existed, where
        everything stored is visible."""
        manifest = self._manifest_collection(create=False)
        if manifest is None:
            return None
        ids = sorted(set(document_ids))
        got = manifest.get(ids=[FORMAT_RECORD, *ids], include=["metadatas"])
        records = dict(zip(got["ids"], got["metadatas"] or []))
        if records.pop(FORMAT_RECORD, None) is None:
            return None
        return {i: _decode_manifest(m) for i, m in records.items()}

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


def iter_batches(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
