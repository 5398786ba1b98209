"""Writes the list of sources kept beside an embedded store, which `sources` reads without opening the store (the
format and the reader: knowledge/source_list.py). Dropped before any change to the store, written after a run."""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.files import write_atomically
from knowledge.lexical import read_generation
from knowledge.models import SourceInfo, to_dict
from knowledge.source_list import FORMAT, newest_first, read_source_list, source_list_path

if TYPE_CHECKING:
    from knowledge.store import ChunkStore

log = logging.getLogger(__name__)


def _store_dir(store: "ChunkStore") -> Path | None:
    """The embedded store's folder; None for a Chroma server: another machine may change it, so its readers always
    ask it."""
    settings = store.client.get_settings()
    if settings.chroma_server_host or not settings.persist_directory:
        return None
    return Path(settings.persist_directory)


def _path(store: "ChunkStore") -> Path | None:
    folder = _store_dir(store)
    return None if folder is None else source_list_path(folder, store.collection.name)


def drop_source_list(store: "ChunkStore") -> None:
    """Before the store changes: from now on readers list the store itself, until `write_source_list`."""
    path = _path(store)
    if path is not None:
        path.unlink(missing_ok=True)


def current_source_list(store: "ChunkStore") -> dict[str, SourceInfo] | None:
    """Before a run changes anything: the list as it stands, if it is current (None otherwise)."""
    folder = _store_dir(store)
    listed = read_source_list(folder, store.collection.name) if folder is not None else None
    return None if listed is None else {s.document_id: s for s in listed}


def write_source_list(store: "ChunkStore", before: dict[str, SourceInfo] | None = None,
                      changes: dict[str, SourceInfo | None] | None = None) -> bool:
    """After a run, under the writer lock: the list of the store's sources, stamped with the store's generation, if
    the lexical index records that same generation (the run finished). `before` (the current list before the run) with
    the run's `changes` (what each document it committed lists, None for a deleted one) make it without reading the
    store; without them the store is read (every chunk's metadata: 35 s at 100,000 chunks here, once). Returns whether
    it wrote. A failure costs only speed: `sources` then reads the store."""
    path = _path(store)
    if path is None or store.lexical_dir is None:
        return False
    stamp = store.generation()
    if not stamp or read_generation(store.lexical_dir) != stamp:
        return False
    if path.is_file() and read_source_list(_store_dir(store), store.collection.name) is not None:
        return True  # nothing changed since it was written (every write removes it)
    if before is not None and changes is not None:
        listed = dict(before)
        for document_id, info in changes.items():
            if info is None:
                listed.pop(document_id, None)
            else:
                listed[document_id] = info
        infos = newest_first(listed.values())
    else:
        infos = store.sources()
    if store.generation() != stamp:  # changed meanwhile (a writer that took no lock): leave none
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps({"format": FORMAT, "generation": stamp, "sources": [to_dict(s) for s in infos]},
                                          ensure_ascii=False).encode("utf-8"))
    except OSError as exc:
        log.warning("could not write the list of sources to %s (%s); `sources` will read the store", path, exc)
        return False
    return True
