"""Indexing: files -> Documents -> Chunks -> embeddings -> Chroma, one document at a time. ingest/api.py calls it
under the store's writer lock, so there is one writer at a time.

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
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.models import IngestReport, SkippedFile, to_dict
from knowledge.text import first_mentioned_date

from .chunking import make_splitter, split_document
from .lexical_index import LexicalWriter
from .loaders import SUFFIXES, LoadError, document_id, load_file

if TYPE_CHECKING:  # the store (chromadb) is imported by whoever opens one, not by a path check
    from .store_writer import StoreWriter

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


# Bumped whenever what ingest stores for a document changes (chunking, sentence tags), so that stores built by an
# older version are rebuilt on the next ingest instead of being called "unchanged".
PIPELINE_VERSION = 2


def content_hash(doc) -> str:
    payload = json.dumps({"pipeline": PIPELINE_VERSION, **to_dict(doc)}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def text_hash(doc) -> str:
    """The article's words alone: the same article saved under two names has one text hash."""
    return hashlib.sha256(" ".join(doc.text.split()).encode("utf-8")).hexdigest()


def shown_name(path: str) -> str:
    """A path as printed: control characters (a newline in a file name) escaped so a report stays one line each."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in path)


def discover(paths: Iterable[Path]) -> tuple[list[tuple[Path, str]], list[Path], list[SkippedFile]]:
    """(file, path to show) pairs to load, the folders they came from, and what was passed over, with reasons.

    Folders are walked without following symbolic links to folders (a link loop cannot trap the walk); a link to
    a file is read; a broken or looping link is reported."""
    files: list[tuple[Path, str]] = []
    folders: list[Path] = []
    passed: list[SkippedFile] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            folders.append(path)
            for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                here = Path(dirpath)
                for d in dirnames:
                    if (here / d).is_symlink():
                        passed.append(SkippedFile(str(here / d), "link to a folder, not followed"))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    f = here / name
                    shown = str(f)
                    if not f.is_file():  # a broken link, a link loop, a socket or a device
                        reason = "broken or looping link" if f.is_symlink() else "not a regular file"
                        passed.append(SkippedFile(shown, reason))
                    elif f.suffix.lower() in SUFFIXES:
                        files.append((f, shown))
                    else:
                        passed.append(SkippedFile(shown, f"unsupported file type '{f.suffix or f.name}'"))
        elif path.is_file():
            files.append((path, str(given)))
        elif path.is_symlink():
            passed.append(SkippedFile(str(given), "broken or looping link"))
        else:
            passed.append(SkippedFile(str(given), "no such file or folder"))
    files.sort(key=lambda fs: fs[1])
    return files, folders, passed


def index_paths(paths: Iterable[Path], writer: StoreWriter, progress: Progress | None = None,
                max_source_bytes: int | None = None) -> IngestReport:
    """Index the files and folders `paths` into the writer's store (embedding and tagging with the writer's model
    and tagger), keeping its lexical index in step. The caller holds the writer lock."""
    with LexicalWriter(writer.store) as lexical:
        report = _index(list(paths), writer, progress, max_source_bytes, lexical)
        lexical.finish()
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
    added = updated = unchanged = chunk_count = removed = 0
    seen: set[str] = set()
    # Which stored documents this run will decide about (their file is here, or their folder is being re-read).
    in_run = {document_id(str(f.resolve())) for f, _ in files}
    roots = {str(f.resolve()) for f in folders}
    first_with_text: dict[str, str] = {}  # text hash -> the path that holds it (first in order wins)
    stored_by_text = {s.text_hash: s for s in states.values() if s.text_hash}
    duplicates: list[str] = []
    total = len(files)
    for done, (file, shown) in enumerate(files, start=1):
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
                if progress:
                    progress(done, total)
                continue
            first_with_text[words] = shown
            seen.add(doc.id)
            previous = states.get(doc.id)
            if previous and previous.complete and previous.content_hash == digest:
                unchanged += 1
            else:
                chunks = split_document(doc, splitter)
                try:
                    lexical.begin_changes()
                    writer.replace_document(
                        doc, chunks, digest, root=_root_of(file, folders), ordering_date=first_mentioned_date(doc.text),
                        text_hash=words,
                    )
                    lexical.sync_documents([doc.id])
                except Exception as exc:
                    skipped.append(SkippedFile(shown, f"could not be stored: {exc}"))
                    log.exception("failed to store %s", shown_name(shown))
                    lexical.sync_documents([doc.id])  # whichever version the store kept
                else:
                    chunk_count += len(chunks)
                    if previous:
                        updated += 1
                    else:
                        added += 1
        if progress:
            progress(done, total)

    for doc_id, state in sorted(store.document_states().items()):
        if (state.root in roots and doc_id not in seen) or (doc_id in duplicates and doc_id not in seen):
            lexical.begin_changes()
            writer.delete_document(doc_id)
            lexical.sync_documents([doc_id])
            removed += 1
    return IngestReport(added, updated, removed, unchanged, chunk_count, skipped, warnings)


def _root_of(file: Path, folders: list[Path]) -> str:
    # By the path as found in the folder, not where a link points: a linked file belongs to the folder it is in.
    found = Path(os.path.abspath(file))
    for folder in folders:
        if found.is_relative_to(os.path.abspath(folder)):
            return str(folder.resolve())
    return ""
