"""Indexing: files -> Documents -> Chunks -> embeddings -> Chroma, embedded in groups of documents and written one
document at a time. ingest/api.py calls it under the store's writer lock, so there is one writer at a time.

Each run first repairs what an interrupted run left (parts no manifest names), then: unchanged documents (same
content hash and every stored part present) embed nothing; a changed or damaged document is rewritten; documents
that vanished from an ingested folder are removed; the same text under a second name is skipped as a duplicate.
One broken file is skipped with its reason and the rest goes on.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.models import IngestReport, SkippedFile, to_dict
from knowledge.text import first_mentioned_date, sentence_spans

from .chunking import make_splitter, split_document
from .discovery import discover, shown_name  # noqa: F401  (their old home: callers import them from here too)
from .lexical_index import LexicalWriter
from .loaders import LoadError, document_id, load_file
from .source_list import current_source_list, write_source_list

if TYPE_CHECKING:  # the store (chromadb) is imported by whoever opens one, not by a path check
    from .store_writer import StoreWriter

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


# New and changed documents are embedded in groups of at most this many documents, or about this many texts
# (chunks, sentences, titles): length-sorted batches across documents cost the model half of what one document at a
# time did, and a group bounds the memory held (one long document still makes a group of its own).
GROUP_DOCUMENTS = 256
GROUP_TEXTS = 4096

# Bumped whenever what ingest stores for a document changes (chunking, sentence tags), so that stores built by an
# older version are rebuilt on the next ingest instead of being called "unchanged".
PIPELINE_VERSION = 5  # 4: US Code and CFR citations tagged LAW; 5: a chunk is embedded with its article's title


def content_hash(doc) -> str:
    payload = json.dumps({"pipeline": PIPELINE_VERSION, **to_dict(doc)}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def text_hash(doc) -> str:
    """The article's words alone: the same article saved under two names has one text hash."""
    return hashlib.sha256(" ".join(doc.text.split()).encode("utf-8")).hexdigest()


def index_paths(paths: Iterable[Path], writer: StoreWriter, progress: Progress | None = None,
                max_source_bytes: int | None = None) -> IngestReport:
    """Index the files and folders `paths` into the writer's store (embedding and tagging with the writer's model
    and tagger), keeping its lexical index in step. The caller holds the writer lock."""
    before = current_source_list(writer.store)  # what `sources` reads without opening the store (knowledge/source_list.py)
    with LexicalWriter(writer.store) as lexical:
        report = _index(list(paths), writer, progress, max_source_bytes, lexical)
        lexical.finish()
    write_source_list(writer.store, before, writer.source_changes)
    return report


def _index(paths: list[Path], writer: StoreWriter, progress: Progress | None, max_source_bytes: int | None,
           lexical: LexicalWriter) -> IngestReport:
    store = writer.store
    repaired = writer.repair()
    if repaired.converted:
        log.warning("converted %d documents of an older store layout to one record each (their sentence vectors are "
                    "no longer indexed by Chroma); only their titles were embedded", repaired.converted)
    if repaired.orphan_chunks or repaired.orphan_sentences:
        log.warning("repaired an interrupted ingest: removed %d chunks and %d sentence or document records no "
                    "document names", repaired.orphan_chunks, repaired.orphan_sentences)
    if not lexical.current():  # missing, or left stale by an interrupted run
        lexical.rebuild()
    files, folders, skipped = discover(paths)
    warnings: list[SkippedFile] = []
    states = store.document_states()
    splitter = make_splitter()
    unchanged = removed = 0
    seen: set[str] = set()
    # Which stored documents this run will decide about (their file is here, or their folder is being re-read).
    in_run = {document_id(str(f.resolve())) for f, _ in files}
    roots = {str(f.resolve()) for f in folders}
    first_with_text: dict[str, str] = {}  # text hash -> the path that holds it (first in order wins)
    stored_by_text = {s.text_hash: s for s in states.values() if s.text_hash}
    duplicates: list[str] = []
    total = len(files)
    counts = {"added": 0, "updated": 0, "chunks": 0}
    pending: list[_Pending] = []
    pending_texts = 0
    handled = 0

    def advance(n: int = 1) -> None:
        nonlocal handled
        handled += n
        if progress:
            progress(handled, total)

    def flush() -> None:
        nonlocal pending_texts
        _write_pending(pending, writer, lexical, skipped, counts)
        done = len(pending)
        pending.clear()
        pending_texts = 0
        advance(done)

    for file, shown in files:
        notes: list[str] = []
        try:
            doc = load_file(file, shown, warnings=notes, max_bytes=max_source_bytes)
        except LoadError as exc:
            skipped.append(SkippedFile(shown, str(exc)))
            seen.add(document_id(str(file.resolve())))  # a broken file keeps its previous version, if any
            log.warning("skipped %s: %s", shown_name(shown), exc)
        except Exception as exc:  # a parser bug must not cost the rest of the ingest
            skipped.append(SkippedFile(shown, f"could not be parsed: {exc.__class__.__name__}: {exc}"))
            seen.add(document_id(str(file.resolve())))
            log.exception("failed to load %s", shown_name(shown))
        else:
            warnings.extend(SkippedFile(shown, n) for n in notes)
            digest, words = content_hash(doc), text_hash(doc)
            other = stored_by_text.get(words)
            if words in first_with_text:
                original = first_with_text[words]
            elif other and other.document_id != doc.id and other.document_id not in in_run and other.root not in roots:
                original = other.path  # a document that stays, from another folder or file
            else:
                original = None
            if original is not None:
                skipped.append(SkippedFile(shown, f"duplicate: same text as {original}"))
                duplicates.append(doc.id)
                advance()
                continue
            first_with_text[words] = shown
            seen.add(doc.id)
            previous = states.get(doc.id)
            if previous and previous.complete and previous.content_hash == digest:
                unchanged += 1
            else:
                chunks = split_document(doc, splitter)
                pending.append(_Pending(doc, chunks, shown, digest, words, _root_of(file, folders),
                                        doc.dateline or first_mentioned_date(doc.text), previous is not None,
                                        texts=len(chunks) + len(sentence_spans(doc.text)) + 1))
                # Embedding is batched across documents (bounded: GROUP_DOCUMENTS, GROUP_TEXTS), written per document.
                pending_texts += pending[-1].texts
                if len(pending) >= GROUP_DOCUMENTS or pending_texts >= GROUP_TEXTS:
                    flush()
                continue
        advance()
    flush()
    added, updated, chunk_count = counts["added"], counts["updated"], counts["chunks"]

    for doc_id, state in sorted(store.document_states().items()):
        if (state.root in roots and doc_id not in seen) or (doc_id in duplicates and doc_id not in seen):
            lexical.begin_changes()
            writer.delete_document(doc_id)
            lexical.sync_documents([doc_id])
            removed += 1
    return IngestReport(added, updated, removed, unchanged, chunk_count, skipped, warnings)


@dataclass
class _Pending:
    """A new or changed document waiting for its group to be embedded."""
    doc: object
    chunks: list
    shown: str
    digest: str
    words: str
    root: str
    ordering_date: object
    replaces: bool            # a previous version is stored

    texts: int = 0            # what it gives the model: its chunks, sentences and title


def _write_pending(pending: list[_Pending], writer: StoreWriter, lexical: LexicalWriter, skipped: list[SkippedFile],
                   counts: dict[str, int]) -> None:
    """Embed and tag a group of documents together, then write them one by one: a document that fails costs only
    itself (the others are written, and its previous version, if any, stays)."""
    if not pending:
        return
    try:
        prepared: list = writer.prepare([(p.doc, p.chunks) for p in pending])
    except Exception:
        log.exception("embedding %d documents together failed; embedding them one by one", len(pending))
        prepared = []
        for p in pending:
            try:
                prepared.append(writer.prepare([(p.doc, p.chunks)])[0])
            except Exception as exc:
                prepared.append(exc)
    for p, ready in zip(pending, prepared):
        try:
            if isinstance(ready, Exception):
                raise ready
            lexical.begin_changes()
            writer.write(ready, p.digest, root=p.root, ordering_date=p.ordering_date, text_hash=p.words)
            lexical.sync_documents([p.doc.id])
        except Exception as exc:
            skipped.append(SkippedFile(p.shown, f"could not be stored: {exc}"))
            log.exception("failed to store %s", shown_name(p.shown))
            lexical.sync_documents([p.doc.id])  # whichever version the store kept
        else:
            counts["chunks"] += len(p.chunks)
            counts["updated" if p.replaces else "added"] += 1


def _root_of(file: Path, folders: list[Path]) -> str:
    # By the path as found in the folder, not where a link points: a linked file belongs to the folder it is in.
    found = Path(os.path.abspath(file))
    for folder in folders:
        if found.is_relative_to(os.path.abspath(folder)):
            return str(folder.resolve())
    return ""
