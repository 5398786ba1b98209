"""Writes of the lexical index (read by knowledge/lexical.py): each document's chunks are replaced in it right after
the chunk store commits the document, and the whole index is rebuilt from the chunk store's committed chunks when it
is missing or its generation stamp differs from the store's.

The stamps make a kill at any moment safe: an ingest that will change the store first writes a new stamp into the
store (the index, still carrying the old one, is now "stale"), and only after its last lexical commit writes a second
new stamp into the store and then the same one beside the index. Killed anywhere in between, the stamps differ, the
readers say so, and the next ingest (or `ensure_current`) rebuilds the index. A machine reading a Chroma server keeps
its own copy, and `ensure_current` brings it up to date when another machine's ingest changed the server: only the
documents whose committed chunks differ from the copy's are read again, and nothing is written to the server.

One local writer at a time: a file lock in the index folder, held for a whole ingest run or rebuild.
"""
from __future__ import annotations

import json
import logging
import shutil
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.files import write_atomically
from knowledge.lexical import GENERATION_FILE, INDEX_FOLDER, read_generation, schema

if TYPE_CHECKING:  # chromadb is imported by whoever opens a store, not by a path check
    from knowledge.store import ChunkStore

log = logging.getLogger(__name__)

READ_BATCH = 1000           # chunks read from the store per request while rebuilding
WRITER_HEAP = 64_000_000    # tantivy's indexing memory; segments are flushed when it fills
COMMIT_EVERY = 1.0          # seconds between lexical commits during an ingest (and one at its end)


def new_stamp() -> str:
    return uuid.uuid4().hex


def set_store_generation(store: "ChunkStore", stamp: str) -> None:
    from knowledge.store import GENERATION_RECORD

    from .source_list import drop_source_list

    drop_source_list(store)  # the list of sources kept beside the store no longer describes it
    store.client.get_or_create_collection(f"{store.collection.name}_generation", embedding_function=None).upsert(
        ids=[GENERATION_RECORD], embeddings=[[1.0]], metadatas=[{"generation": stamp}])


class LexicalWriter:
    """The lexical index of one chunk store, open for writing (a context manager holding the folder's lock)."""

    def __init__(self, store: "ChunkStore", wait: float | None = None):
        if store.lexical_dir is None:
            raise ValueError("this chunk store has no lexical index folder")
        self.store = store
        self.path = Path(store.lexical_dir)
        self.path.mkdir(parents=True, exist_ok=True)
        from filelock import FileLock  # here: filelock imports asyncio (0.1 s), and `ask` imports this module

        self._lock = FileLock(str(self.path / ".lock"), timeout=-1 if wait is None else wait)
        self._writer = None
        self._dirty = False
        self._pending = False
        self._committed_at = 0.0
        self._failed = False      # a sync failed: the run must not call the index current

    def __enter__(self) -> "LexicalWriter":
        self._lock.acquire()
        try:
            self._open()
        except BaseException:
            self._lock.release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self._writer is not None:
                self._commit()  # what was synced matches the store; a run cut short still leaves the stamps apart
                self._writer.wait_merging_threads()
                self._writer = None
        finally:
            self._lock.release()

    def _open(self) -> None:
        import tantivy

        folder = self.path / INDEX_FOLDER
        index = None
        try:
            if folder.is_dir() and tantivy.Index.exists(str(folder)):
                index = tantivy.Index.open(str(folder))
        except (ValueError, OSError) as exc:  # a damaged index is only a cache of the store: start it again
            log.warning("the lexical index at %s cannot be opened (%s): rebuilding it", folder, exc)
            shutil.rmtree(folder, ignore_errors=True)
        if index is None:
            folder.mkdir(parents=True, exist_ok=True)
            index = tantivy.Index(schema(), path=str(folder))
            # A new index holds nothing: a stamp left beside a deleted one must not call it current.
            self._write_generation(None)
        self.index = index
        self._writer = index.writer(heap_size=WRITER_HEAP, num_threads=1)

    # ---- generations ------------------------------------------------------------------------------------------
    @property
    def generation(self) -> str | None:
        return read_generation(self.path)

    def _write_generation(self, stamp: str | None) -> None:
        write_atomically(self.path / GENERATION_FILE, json.dumps({"generation": stamp}).encode("utf-8"))

    def current(self) -> bool:
        return self.generation is not None and self.generation == self.store.generation()

    def begin_changes(self) -> None:
        """Before the first change of a run: the index is stale from now until `finish`."""
        if not self._dirty:
            set_store_generation(self.store, new_stamp())
            self._dirty = True

    def finish(self) -> None:
        """After the last change of a run: a new stamp in the store, then the same one here."""
        self._commit()
        if self._dirty and not self._failed:
            stamp = new_stamp()
            set_store_generation(self.store, stamp)
            self._write_generation(stamp)
            self._dirty = False

    # ---- writes -----------------------------------------------------------------------------------------------
    def _commit(self, unless_recent: bool = False) -> None:
        """Commit what is pending; with `unless_recent`, at most once a second (a commit per document would make a
        segment per document in a bulk ingest)."""
        if self._pending and not (unless_recent and time.monotonic() - self._committed_at < COMMIT_EVERY):
            self._writer.commit()
            self._pending = False
            self._committed_at = time.monotonic()

    def _add_chunks(self, chunk_ids: list[str]) -> int:
        """Index these stored chunks (read from the store a batch at a time); returns how many were found."""
        import tantivy

        from knowledge.retrieval import chunk_terms

        from .store_writer import iter_batches

        count = 0
        for batch in iter_batches(chunk_ids, READ_BATCH):
            got = self.store.collection.get(ids=batch, include=["documents", "metadatas"])
            for chunk_id, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                self._writer.add_document(tantivy.Document(
                    chunk_id=chunk_id, document_id=meta["document_id"], stems=" ".join(chunk_terms(meta, text) or ["_"])))
                count += 1
        return count

    def sync_documents(self, document_ids) -> None:
        """Make the index hold exactly the committed chunks of these documents (none for a deleted one). A failure
        (the store unreachable) is logged and leaves the index stale, to be rebuilt by the next ingest."""
        try:
            self._sync(document_ids)
        except Exception:
            self._failed = True
            log.exception("could not update the lexical index at %s; the next ingest rebuilds it", self.path)

    def _sync(self, document_ids) -> None:
        ids = sorted(set(document_ids))
        if not ids:
            return
        self.begin_changes()
        records = self.store.manifests(ids)
        for doc_id in ids:
            self._writer.delete_documents_by_term("document_id", doc_id)
        if records is None:  # a store written before manifests (ingest migrates it before writing)
            chunk_ids = self.store.collection.get(where={"document_id": {"$in": ids}}, include=[])["ids"]
        else:
            chunk_ids = [c for d in ids if d in records for c in records[d]["chunk_ids"]]
        self._add_chunks(chunk_ids)
        self._pending = True
        self._commit(unless_recent=True)

    def rebuild(self) -> int:
        """Index every committed chunk of the store again, in one commit (readers see the old index until then),
        and record the store's generation as of before the chunks were read. Returns the chunks indexed."""
        stamp = self.store.generation()
        if stamp is None:  # a store written before generations: give it one
            stamp = new_stamp()
            set_store_generation(self.store, stamp)
        self._writer.delete_all_documents()
        records = self.store.manifests()
        if records is None:
            ids = sorted(self.store.collection.get(include=[])["ids"])
        else:
            ids = sorted(c for r in records.values() for c in r["chunk_ids"])
        count = self._add_chunks(ids)
        self._writer.commit()
        self._pending = False
        self._committed_at = time.monotonic()
        self._write_generation(stamp)
        return count

    def catch_up(self) -> int:
        """Re-index only the documents whose committed chunks differ from the index's (chunk ids carry their
        document's content hash, so equal ids are equal text) and drop those no manifest names: what a reader's copy
        needs after another process's ingest, without reading the whole store again. Like `rebuild`, it records the
        store's generation as of before the manifests were read (a change made meanwhile is caught by the next
        check) and writes nothing to the store. Returns the documents re-indexed or dropped."""
        stamp = self.store.generation()
        records = self.store.manifests()
        if stamp is None or records is None:  # a store written before generations or manifests: read it whole
            self.rebuild()
            return len(records or {})
        wanted = {doc_id: set(r["chunk_ids"]) for doc_id, r in records.items()}
        indexed = self._indexed()
        changed = sorted(d for d in wanted.keys() | indexed.keys() if wanted.get(d) != indexed.get(d))
        for doc_id in changed:
            self._writer.delete_documents_by_term("document_id", doc_id)
        self._add_chunks([c for d in changed for c in sorted(wanted.get(d, ()))])
        self._writer.commit()
        self._pending = False
        self._committed_at = time.monotonic()
        self._write_generation(stamp)
        return len(changed)

    def _indexed(self) -> dict[str, set[str]]:
        """document id -> the chunk ids the index holds for it (deleted entries not counted)."""
        import tantivy

        self.index.reload()
        searcher = self.index.searcher()
        found: dict[str, set[str]] = {}
        if not searcher.num_docs:
            return found
        for _score, address in searcher.search(tantivy.Query.all_query(), limit=searcher.num_docs).hits:
            doc = searcher.doc(address)
            found.setdefault(doc["document_id"][0], set()).add(doc["chunk_id"][0])
        return found


def ensure_current(store: "ChunkStore", wait: float = 0) -> bool | None:
    """Bring the lexical index up to the chunk store if it is missing or stale (an interrupted ingest; another
    machine's ingest into a Chroma server): built whole when missing, else only the documents that differ. Writes
    nothing to the store. Returns True when it changed the index, False when it was current, None when a local
    writer holds it (that writer brings it up to date)."""
    # one record, not count(): counting took 0.5 s of a cold `ask` at 100,000 chunks
    if store.lexical_dir is None or not store.collection.get(limit=1, include=[])["ids"]:
        return False
    if read_generation(store.lexical_dir) == store.generation() and (Path(store.lexical_dir) / INDEX_FOLDER).exists():
        return False
    from filelock import Timeout

    try:
        with LexicalWriter(store, wait=wait) as lexical:
            if lexical.current():
                return False
            if lexical.generation is None:  # a new or never-finished index: read everything
                count = lexical.rebuild()
                log.info("rebuilt the lexical index at %s (%d chunks)", store.lexical_dir, count)
            else:
                changed = lexical.catch_up()
                log.info("brought the lexical index at %s up to the chunk store (%d documents re-indexed)",
                         store.lexical_dir, changed)
            return True
    except Timeout:
        return None
