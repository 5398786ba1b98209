"""The chunk store's write side (knowledge/store.py only reads it): each document's chunks and its document record
(metadata, text, sentences with their tags and vectors), and the per-document manifests that make every write
crash-safe.

Crash safety: a document's parts (chunks, document record) are written first, then its manifest record (chunk ids,
document record id, content hash) as the commit point, then the parts it replaced are deleted. Readers see only
parts a manifest names, so a process killed at any moment leaves every document as before or as after; `repair()`
(run by each ingest, under the writer lock) deletes parts no manifest names. Part ids carry the document's content
hash, so a changed document's new parts never overwrite the old ones a reader may still be using.

A store of the old layout (sentence vectors as records of `<collection>_sentences`, which Chroma indexes and loads
whole into every reader) is converted by `repair()`: each document's sentences, vectors and metadata are copied
into a document record with its title's vector (the only thing embedded), its manifest switched to it, and once
no manifest names a sentence record the old collection is deleted.
"""
from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable, Iterable

import numpy as np

from knowledge.models import Chunk, Document, SourceInfo
from knowledge.store import (FORMAT_RECORD, PLACEHOLDER_VECTOR, ChunkStore, StoredDocument, encode_vectors, is_legacy,
                             parse_date)
from knowledge.text import sentence_spans

from .source_list import drop_source_list

log = logging.getLogger(__name__)

MANIFEST_FORMAT = 1
CONVERT_BATCH = 200          # documents of the old layout converted per read and write

SentenceTagger = Callable[[list[str]], list[list[str]]]


@dataclass(frozen=True)
class RepairReport:
    migrated: int                # documents of a pre-manifest store given a manifest
    orphan_chunks: int           # parts no manifest named (an interrupted write), deleted
    orphan_sentences: int        # sentence records (old layout) and document records no manifest named, deleted
    converted: int = 0           # documents of the old layout given a document record (only titles embedded)


def iter_batches(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def in_context(doc: Document, chunk: Chunk) -> str:
    """What a chunk's vector is made from: its article's title, then its text. A passage of an article about a
    company is about that company even where it only says "the company" (the title names it)."""
    return f"{doc.title}\n\n{chunk.text}"


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def record_metadata(doc: StoredDocument) -> dict:
    """A document record's metadata: what readers show about the document (knowledge.store.DOCUMENT_FIELDS and
    `document_text`), its sentences (offsets, entity labels) with their vectors, and its title's vector."""
    return {
        **doc.metadata,
        "dimensions": int(len(doc.title_vector)),
        "sentences": json.dumps([[s, e, ",".join(t)] for s, e, t in doc.sentences]),
        "sentence_vectors": encode_vectors(doc.sentence_vectors) if len(doc.sentences) else "",
        "title_vector": encode_vectors(doc.title_vector),
    }


@dataclass(frozen=True)
class PreparedDocument:
    """A document with its chunks, embedded and tagged (`StoreWriter.prepare`), ready to `write`."""
    doc: Document
    chunks: list[Chunk]
    chunk_vectors: list[np.ndarray]
    sentences: list[tuple[int, int, tuple[str, ...]]]     # (start, end, entity labels), in text order
    sentence_vectors: np.ndarray
    title_vector: np.ndarray


class StoreWriter:
    def __init__(self, store: ChunkStore, max_write_batch: int = 256, *, embeddings=None,
                 sentence_tagger: SentenceTagger | None = None, max_embed_texts: int = 1024):
        """`max_write_batch` bounds the records of one write, `max_embed_texts` the texts of one embedding call.
        `embeddings`: what embeds the written texts (default the store's model); `sentence_tagger`: each sentence's
        entity labels (default spaCy's, ingest/tagging.py). Readers only read the stored tags."""
        self.store = store
        self.max_write_batch = max_write_batch
        self.max_embed_texts = max_embed_texts
        self._embeddings = embeddings
        if sentence_tagger is None:
            from .tagging import entity_labels as sentence_tagger
        self.sentence_tagger = sentence_tagger
        self._manifest = None
        self._documents = None
        self._manifests_ready = False
        # what `sources` lists of each document this writer committed (None: deleted), for ingest/source_list.py
        self.source_changes: dict[str, SourceInfo | None] = {}

    def _manifests(self):
        if self._manifest is None:
            self._manifest = self.store.client.get_or_create_collection(
                f"{self.store.collection.name}_manifest", embedding_function=None)
        return self._manifest

    def _document_records(self):
        if self._documents is None:
            self._documents = self.store.client.get_or_create_collection(
                f"{self.store.collection.name}_documents", embedding_function=None)
        return self._documents

    @property
    def embeddings(self):
        return self._embeddings or self.store.embeddings

    @property
    def batch_size(self) -> int:
        """Records per Chroma write: the server's (or library's) maximum, and never more than `max_write_batch`."""
        try:
            limit = int(self.store.client.get_max_batch_size())
        except Exception:
            limit = self.max_write_batch
        return max(1, min(limit, self.max_write_batch))

    # ---- manifests -------------------------------------------------------------------------------------------
    def ensure_manifests(self) -> int:
        """Give every document of a store written before manifests existed a manifest naming the parts it has,
        with an empty content hash so its next ingest rewrites it; then mark the store as using manifests
        (written last: a migration killed half-way simply runs again). Returns the documents migrated."""
        if self._manifests_ready or self.store.manifests() is not None:
            self._manifests_ready = True  # checked once per writer, not per document written
            return 0
        chunk_meta = self.store.collection.get(include=["metadatas"])
        legacy = self.store.legacy_sentences()
        sentence_meta = legacy.get(include=["metadatas"]) if legacy is not None else {"ids": [], "metadatas": []}
        parts: dict[str, tuple[list[str], list[str], dict]] = {}
        for i, m in zip(chunk_meta["ids"], chunk_meta["metadatas"] or []):
            parts.setdefault(m["document_id"], ([], [], m))[0].append(i)
        for i, m in zip(sentence_meta["ids"], sentence_meta["metadatas"] or []):
            if m["document_id"] in parts:
                parts[m["document_id"]][1].append(i)
        self._write_manifests([
            self._manifest_record(doc_id, chunk_ids, sentence_ids=sentence_ids, content_hash="", text_hash="",
                                  root=meta.get("root", ""), path=meta.get("path", ""))
            for doc_id, (chunk_ids, sentence_ids, meta) in sorted(parts.items())
        ])
        self._manifests().upsert(ids=[FORMAT_RECORD], embeddings=[PLACEHOLDER_VECTOR], metadatas=[{"format": MANIFEST_FORMAT}])
        self._manifests_ready = True
        return len(parts)

    @staticmethod
    def _manifest_record(doc_id, chunk_ids, *, document_record=None, sentence_ids=(), content_hash, text_hash, root,
                         path) -> dict:
        # Both keys, always: Chroma's upsert keeps the keys of the record it replaces that the new one lacks.
        return {
            "document_id": doc_id, "content_hash": content_hash, "text_hash": text_hash, "root": root, "path": path,
            "chunk_ids": json.dumps(list(chunk_ids)), "document_record": document_record or "",
            "sentence_ids": json.dumps(list(sentence_ids)),
        }

    def _write_manifests(self, records: list[dict]) -> None:
        """Each record is its document's commit point (one record is written whole or not at all)."""
        for batch in iter_batches(records, self.batch_size):
            self._manifests().upsert(ids=[r["document_id"] for r in batch], embeddings=[PLACEHOLDER_VECTOR] * len(batch),
                                     metadatas=batch)

    # ---- repair and conversion -------------------------------------------------------------------------------
    def repair(self) -> RepairReport:
        """Delete the parts no manifest names (left by a writer killed mid-document) and convert documents of the
        old layout. Call under the writer lock: another writer's parts are orphans until its manifest lands."""
        migrated = self.ensure_manifests()
        records = self.store.manifests() or {}
        wanted_chunks = {i for r in records.values() for i in r["chunk_ids"]}
        wanted_records = {r["document_record"] for r in records.values() if not is_legacy(r)}
        orphan_chunks = sorted(set(self.store.collection.get(include=[])["ids"]) - wanted_chunks)
        for batch in iter_batches(orphan_chunks, self.batch_size):
            self.store.collection.delete(ids=batch)
        orphan_records = []
        if self.store.documents is not None:
            orphan_records = sorted(set(self.store.documents.get(include=[])["ids"]) - wanted_records)
            for batch in iter_batches(orphan_records, self.batch_size):
                self.store.documents.delete(ids=batch)
        converted = self.convert_legacy(records)
        orphan_sentences = self._drop_legacy_sentences()
        return RepairReport(migrated, len(orphan_chunks), len(orphan_records) + orphan_sentences, converted)

    def convert_legacy(self, records: dict[str, dict]) -> int:
        """Give each complete document of the old layout a document record copied from its stored parts (first
        chunk, sentence records with their vectors), then switch its manifest to it. A document missing a part is
        left as it is: ingest rewrites it. Returns the documents converted."""
        legacy = sorted(d for d, r in records.items() if is_legacy(r) and r["sentence_ids"])
        converted = 0
        for batch in iter_batches(legacy, CONVERT_BATCH):
            stored = self.store.read_documents(batch, {d: records[d] for d in batch})
            complete = [d for d in batch if d in stored and len(stored[d].sentence_ids) == len(records[d]["sentence_ids"])]
            if not complete:
                continue
            # the one thing the old layout lacks: the titles' vectors (it embedded them per question)
            titles = self.embeddings.embed_documents([stored[d].metadata["title"] for d in complete])
            stored = {d: replace(stored[d], title_vector=np.asarray(v, dtype=np.float32)) for d, v in zip(complete, titles)}
            record_ids = {d: self._record_id(d, records[d]["content_hash"]) for d in complete}
            for part in iter_batches(complete, self.batch_size):
                self._write_records([(record_ids[d], stored[d]) for d in part])
            self._write_manifests([
                self._manifest_record(d, records[d]["chunk_ids"], document_record=record_ids[d],
                                      content_hash=records[d]["content_hash"], text_hash=records[d]["text_hash"],
                                      root=records[d]["root"], path=records[d]["path"])
                for d in complete
            ])
            converted += len(complete)
            log.info("converted %d of %d documents to document records", converted, len(legacy))
        return converted

    def _drop_legacy_sentences(self) -> int:
        """Delete the old layout's sentence records no manifest names, or the whole collection once no manifest
        names any (a reader still holding an old manifest reads the new one again). Returns the records deleted one
        by one (those of an interrupted write)."""
        legacy = self.store.legacy_sentences()
        if legacy is None:
            return 0
        records = self.store.manifests() or {}
        named = {i for r in records.values() if is_legacy(r) for i in r["sentence_ids"]}
        if not named:
            self.store.client.delete_collection(legacy.name)
            return 0
        orphans = sorted(set(legacy.get(include=[])["ids"]) - named)
        for batch in iter_batches(orphans, self.batch_size):
            legacy.delete(ids=batch)
        return len(orphans)

    # ---- documents -------------------------------------------------------------------------------------------
    @staticmethod
    def _record_id(doc_id: str, content_hash: str) -> str:
        return f"{doc_id}#{content_hash[:16]}#doc"

    def _write_records(self, records: list[tuple[str, StoredDocument]]) -> None:
        self._document_records().upsert(
            ids=[i for i, _ in records], embeddings=[PLACEHOLDER_VECTOR] * len(records),
            metadatas=[record_metadata(d) for _, d in records],
        )

    # ---- writing documents --------------------------------------------------------------------------------------
    def prepare(self, items: list[tuple[Document, list[Chunk]]], sentence_tagger: SentenceTagger | None = None,
                ) -> list["PreparedDocument"]:
        """Embed and tag what these documents store: every chunk, sentence and title of all of them in one pass,
        each distinct text once, in calls of at most `max_embed_texts` texts sorted by length (the model pads a
        batch to its longest text: one document at a time made many small, ragged batches), and every sentence
        through the tagger in one call. The caller bounds how many documents it hands over at once.
        `sentence_tagger`: for these documents only, instead of the writer's."""
        sentence_tagger = sentence_tagger or self.sentence_tagger
        spans = [sentence_spans(doc.text) for doc, _ in items]
        sentence_texts = [[doc.text[s:e] for s, e in doc_spans] for (doc, _), doc_spans in zip(items, spans)]
        chunk_texts = [[in_context(doc, c) for c in chunks] for doc, chunks in items]
        texts = {t for (doc, _), sents, ctexts in zip(items, sentence_texts, chunk_texts) for t in (doc.title, *sents, *ctexts)}
        ordered = sorted(texts, key=lambda t: (-len(t), t))
        distinct = list(dict.fromkeys(t for sents in sentence_texts for t in sents))
        vectors: dict[str, np.ndarray] = {}
        # The tagger runs on a thread of its own while the model embeds: the model's runtime releases the GIL while
        # it computes (on one core by default, BLACKLIST_BOT_EMBEDDING_THREADS), so spaCy gets the other core and
        # its time hides behind the embedding's (benchmarks/ingest_throughput.py).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tagging") as tagging:
            tagged = tagging.submit(sentence_tagger, distinct) if distinct else None
            for batch in iter_batches(ordered, self.max_embed_texts):
                vectors.update(zip(batch, np.asarray(self.embeddings.embed_documents(batch), dtype=np.float32)))
            labels = dict(zip(distinct, tagged.result())) if tagged is not None else {}
        dimensions = len(next(iter(vectors.values()))) if vectors else 0
        return [
            PreparedDocument(
                doc, chunks,
                chunk_vectors=[vectors[t] for t in ctexts],
                sentences=[(s, e, tuple(labels[t])) for (s, e), t in zip(doc_spans, sents)],
                sentence_vectors=np.asarray([vectors[t] for t in sents], dtype=np.float32).reshape(len(sents), dimensions),
                title_vector=vectors[doc.title],
            )
            for (doc, chunks), doc_spans, sents, ctexts in zip(items, spans, sentence_texts, chunk_texts)
        ]

    def write(self, prepared: "PreparedDocument", content_hash: str, root: str = "", ordering_date: date | None = None,
              text_hash: str = "") -> None:
        """Write a prepared document's new parts, then the manifest naming them (the commit point), then delete the
        parts it replaced. Chunks are written in batches within Chroma's batch size."""
        drop_source_list(self.store)  # before the store changes (ingest/source_list.py)
        self.ensure_manifests()
        doc, chunks = prepared.doc, prepared.chunks
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
            }
            for c in chunks
        ]
        for batch in iter_batches(list(range(len(chunks))), self.batch_size):
            self.store.collection.upsert(
                ids=[ids[i] for i in batch], embeddings=[prepared.chunk_vectors[i].tolist() for i in batch],
                documents=[chunks[i].text for i in batch], metadatas=[metadatas[i] for i in batch],
            )
        record_id = self._record_id(doc.id, content_hash)
        # The document's metadata and cleaned full text (a citation is checked against its whole source) ride on
        # its record with the sentences.
        metadata = {
            "document_id": doc.id, "title": doc.title, "url": doc.url or "", "path": doc.path,
            "published": _iso(doc.published), "ordering_date": _iso(doc.published or ordering_date),
            "keywords": " | ".join(doc.keywords), "document_text": doc.text,
        }
        self._write_records([(record_id, StoredDocument(metadata, [], prepared.sentences, prepared.sentence_vectors,
                                                        prepared.title_vector))])
        self._write_manifests([self._manifest_record(doc.id, ids, document_record=record_id, content_hash=content_hash,
                                                     text_hash=text_hash, root=root, path=doc.path)])
        # committed: what ChunkStore.sources reads from its chunks' metadata
        self.source_changes[doc.id] = SourceInfo(
            document_id=doc.id, title=doc.title, url=doc.url or None, path=doc.path,
            published=parse_date(_iso(doc.published)), chunks=len(chunks),
            mentioned=None if doc.published else parse_date(_iso(ordering_date)), root=root) if chunks else None
        self._delete_parts(doc.id, keep_chunks=set(ids), keep_record=record_id)

    def replace_document(
        self, doc: Document, chunks: list[Chunk], content_hash: str, root: str = "", ordering_date: date | None = None,
        sentence_tagger: SentenceTagger | None = None, text_hash: str = "",
    ) -> None:
        """`prepare` and `write` one document."""
        self.write(self.prepare([(doc, chunks)], sentence_tagger)[0], content_hash, root, ordering_date, text_hash)

    def _delete_parts(self, document_id: str, keep_chunks: set[str] = frozenset(), keep_record: str | None = None) -> None:
        where = {"document_id": document_id}
        for collection, keep in ((self.store.collection, keep_chunks), (self.store.documents, {keep_record}),
                                 (self.store.legacy_sentences(), ())):
            if collection is None:
                continue
            stale = [i for i in collection.get(where=where, include=[])["ids"] if i not in keep]
            for batch in iter_batches(stale, self.batch_size):
                collection.delete(ids=batch)

    def delete_document(self, document_id: str) -> None:
        """The manifest goes first: from then on readers no longer see the document, whatever happens next."""
        drop_source_list(self.store)
        self.ensure_manifests()
        self._manifests().delete(ids=[document_id])
        self.source_changes[document_id] = None
        self._delete_parts(document_id)
