"""Ingest: files -> Documents -> Chunks -> embeddings -> Chroma, one document at a time.

Unchanged documents (same content hash) embed nothing; a changed document is replaced; documents that vanished
from an ingested folder are removed. One broken file is skipped with its reason and the rest goes on.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from knowledge.models import IngestReport, SkippedFile, to_dict
from knowledge.store import ChunkStore
from knowledge.text import first_mentioned_date

from .chunking import make_splitter, split_document
from .loaders import SUFFIXES, LoadError, document_id, load_file
from .tagging import entity_labels

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


# Bumped whenever what ingest stores for a document changes (chunking, sentence tags), so that stores built by an
# older version are rebuilt on the next ingest instead of being called "unchanged".
PIPELINE_VERSION = 2


def content_hash(doc) -> str:
    payload = json.dumps({"pipeline": PIPELINE_VERSION, **to_dict(doc)}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def discover(paths: Iterable[Path]) -> tuple[list[tuple[Path, str]], list[Path], list[SkippedFile]]:
    """(file, path to show) pairs to load, the folders they came from, and paths that don't exist."""
    files: list[tuple[Path, str]] = []
    folders: list[Path] = []
    missing: list[SkippedFile] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            folders.append(path)
            for f in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                if f.suffix.lower() in SUFFIXES:
                    files.append((f, str(path / f.relative_to(path))))
                else:
                    missing.append(SkippedFile(str(path / f.relative_to(path)), f"unsupported file type '{f.suffix or f.name}'"))
        elif path.is_file():
            files.append((path, str(given)))
        else:
            missing.append(SkippedFile(str(given), "no such file or folder"))
    return files, folders, missing


def ingest_paths(paths: Iterable[Path], store: ChunkStore, progress: Progress | None = None) -> IngestReport:
    files, folders, skipped = discover(paths)
    stored = store.document_hashes()
    splitter = make_splitter()
    added = updated = unchanged = chunk_count = 0
    seen: set[str] = set()
    total = len(files)
    for done, (file, shown) in enumerate(files, start=1):
        try:
            doc = load_file(file, shown)
        except LoadError as exc:
            skipped.append(SkippedFile(shown, str(exc)))
            seen.add(document_id(str(file.resolve())))  # a broken file keeps its previous version, if any
            log.warning("skipped %s: %s", shown, exc)
        except Exception as exc:  # a parser bug must not cost the rest of the ingest
            skipped.append(SkippedFile(shown, f"could not be parsed: {exc.__class__.__name__}: {exc}"))
            seen.add(document_id(str(file.resolve())))
            log.exception("failed to load %s", shown)
        else:
            seen.add(doc.id)
            digest = content_hash(doc)
            previous = stored.get(doc.id)
            if previous and previous[0] == digest:
                unchanged += 1
            else:
                chunks = split_document(doc, splitter)
                try:
                    store.replace_document(
                        doc, chunks, digest, root=_root_of(file, folders), ordering_date=first_mentioned_date(doc.text),
                        sentence_tagger=entity_labels,
                    )
                except Exception as exc:
                    skipped.append(SkippedFile(shown, f"could not be stored: {exc}"))
                    log.exception("failed to store %s", shown)
                else:
                    chunk_count += len(chunks)
                    if previous:
                        updated += 1
                    else:
                        added += 1
        if progress:
            progress(done, total)

    removed = 0
    roots = {str(f.resolve()) for f in folders}
    for doc_id, root in store.document_roots().items():
        if root in roots and doc_id not in seen:
            store.delete_document(doc_id)
            removed += 1
    return IngestReport(added, updated, removed, unchanged, chunk_count, skipped)


def _root_of(file: Path, folders: list[Path]) -> str:
    resolved = file.resolve()
    for folder in folders:
        if resolved.is_relative_to(folder.resolve()):
            return str(folder.resolve())
    return ""
