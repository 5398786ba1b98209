"""The chunk store's write side (knowledge/store.py only reads it): each document's chunks and sentence vectors, and
the per-document manifests that make every write crash-safe.

Crash safety: a document's parts (chunks, sentence vectors) are written first, then its manifest record (chunk ids,
sentence ids, content hash) as the commit point, then the parts it replaced are deleted. Readers see only parts a
manifest names, so a process killed at any moment leaves every document as before or as after; `repair()` (run by
each ingest, under the writer lock) deletes parts no manifest names. Chunk ids carry the document's content hash, so
a changed document's new chunks never overwrite the old ones a reader may still be using.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable

from knowledge.models import Chunk, Document
from knowledge.store import FORMAT_RECORD, ChunkStore
from knowledge.text import sentence_spans

MANIFEST_FORMAT = 1

SentenceTagger = Callable[[list[str]], list[list[str]]]


@dataclass(frozen=True)
class RepairReport:
    migrated: int                # documents of a pre-manifest store given a manifest
    orphan_chunks: int           # parts no manifest named (an interrupted write), deleted
    orphan_sentences: int


def iter_batches(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


class StoreWriter:
    def __init__(self, store: ChunkStore, max_write_batch: int = 256, *, embeddings=None,
                 sentence_tagger: SentenceTagger | None = None):
        """`max_write_batch` bounds the memory of one embedding call as well as one write. `embeddings`: what embeds
        the written texts (default the store's model); `sentence_tagger`: each sentence's entity labels (default
        spaCy's, ingest/tagging.py). Readers only read the stored tags."""
        self.store = store
        self.max_write_batch = max_write_batch
        self._embeddings = embeddings
        if sentence_tagger is None:
            from .tagging import entity_labels as sentence_tagger
        self.sentence_tagger = sentence_tagger
        self._manifest = None
        self._manifests_ready = False

    def _manifests(self):
        if self._manifest is None:
            self._manifest = self.store.client.get_or_create_collection(
                f"{self.store.collection.name}_manifest", embedding_function=None)
        return self._manifest

    @property
    def batch_size(self) -> int:
        """Records per Chroma write: the server's (or library's) maximum, and never more than `max_write_batch`."""
        try:
            limit = int(self.store.client.get_max_batch_size())
        except Exception:
            limit = self.max_write_batch
        return max(1, min(limit, self.max_write_batch))

    def ensure_manifests(self) -> int:
        """Give every document of a store written before manifests existed a manifest naming the parts it has,
        with an empty content hash so its next ingest rewrites it; then mark the store as using manifests
        (written last: a migration killed half-way simply runs again). Returns the documents migrated."""
        if self._manifests_ready or self.store.manifests() is not None:
            self._manifests_ready = True  # checked once per writer, not per document written
            return 0
        chunk_meta = self.store.collection.get(include=["metadatas"])
        sentence_meta = self.store.sentences.get(include=["metadatas"])
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
        self._manifests().upsert(ids=[FORMAT_RECORD], embeddings=[[1.0]], metadatas=[{"format": MANIFEST_FORMAT}])
        self._manifests_ready = True
        return len(parts)

    def _write_manifest(self, doc_id, chunk_ids, sentence_ids, *, content_hash, text_hash, root, path) -> None:
        self._manifests().upsert(
            ids=[doc_id],
            embeddings=[[1.0]],  # Chroma stores a vector per record; the manifest needs none
            metadatas=[{
                "document_id": doc_id, "content_hash": content_hash, "text_hash": text_hash, "root": root,
                "path": path, "chunk_ids": json.dumps(chunk_ids), "sentence_ids": json.dumps(sentence_ids),
            }],
        )

    def repair(self) -> RepairReport:
        """Delete the parts no manifest names (left by a writer killed mid-document). Call under the writer lock:
        another writer's parts are orphans until its manifest lands."""
        migrated = self.ensure_manifests()
        records = self.store.manifests() or {}
        wanted_chunks = {i for r in records.values() for i in r["chunk_ids"]}
        wanted_sentences = {i for r in records.values() for i in r["sentence_ids"]}
        orphan_chunks = sorted(set(self.store.collection.get(include=[])["ids"]) - wanted_chunks)
        orphan_sentences = sorted(set(self.store.sentences.get(include=[])["ids"]) - wanted_sentences)
        for batch in iter_batches(orphan_chunks, self.batch_size):
            self.store.collection.delete(ids=batch)
        for batch in iter_batches(orphan_sentences, self.batch_size):
            self.store.sentences.delete(ids=batch)
        return RepairReport(migrated, len(orphan_chunks), len(orphan_sentences))

    def replace_document(
        self, doc: Document, chunks: list[Chunk], content_hash: str, root: str = "", ordering_date: date | None = None,
        sentence_tagger: SentenceTagger | None = None, text_hash: str = "",
    ) -> None:
        """Write the new parts, then the manifest naming them (the commit point), then delete the parts it
        replaced. Embeds and writes batch by batch, so a long document never exceeds Chroma's batch size.
        `sentence_tagger`: for this document only, instead of the writer's."""
        self.ensure_manifests()
        embeddings = self._embeddings or self.store.embeddings
        sentence_tagger = sentence_tagger or self.sentence_tagger
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
            self.store.collection.upsert(
                ids=[ids[i] for i in batch], embeddings=embeddings.embed_documents(texts), documents=texts,
                metadatas=[metadatas[i] for i in batch],
            )
        spans = sentence_spans(doc.text)
        types = sentence_tagger([doc.text[s:e] for s, e in spans])
        sentence_ids = [f"{doc.id}#{content_hash[:16]}#s{i}" for i in range(len(spans))]
        for batch in iter_batches(list(zip(sentence_ids, spans, types)), self.batch_size):
            texts = [doc.text[s:e] for _, (s, e), _ in batch]
            self.store.sentences.upsert(
                ids=[i for i, _, _ in batch],
                embeddings=embeddings.embed_documents(texts),
                documents=texts,
                metadatas=[{"document_id": doc.id, "start": s, "end": e, "types": ",".join(t)} for _, (s, e), t in batch],
            )
        self._write_manifest(doc.id, ids, sentence_ids, content_hash=content_hash, text_hash=text_hash, root=root,
                             path=doc.path)
        self._delete_parts(doc.id, keep_chunks=set(ids), keep_sentences=set(sentence_ids))

    def _delete_parts(self, document_id: str, keep_chunks: set[str] = frozenset(),
                      keep_sentences: set[str] = frozenset()) -> None:
        collection, sentences = self.store.collection, self.store.sentences
        stale = [i for i in collection.get(where={"document_id": document_id}, include=[])["ids"] if i not in keep_chunks]
        for batch in iter_batches(stale, self.batch_size):
            collection.delete(ids=batch)
        stale = [i for i in sentences.get(where={"document_id": document_id}, include=[])["ids"] if i not in keep_sentences]
        for batch in iter_batches(stale, self.batch_size):
            sentences.delete(ids=batch)

    def delete_document(self, document_id: str) -> None:
        """The manifest goes first: from then on readers no longer see the document, whatever happens next."""
        self.ensure_manifests()
        self._manifests().delete(ids=[document_id])
        self._delete_parts(document_id)
