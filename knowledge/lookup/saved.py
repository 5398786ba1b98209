"""The name index saved beside the registry, so a process that looks up a name does not analyse every name again.

Building the index analyses each name and alias with rigour: 0.26 s for the shipped list data's 400 names, seconds
for a list of thousands, in every process that looks a name up (`lookup`, a cold `ask`). Loading the saved one takes
0.01 s (a one-off check, 2026-12-02). It is saved once per content: keyed by a digest of the records it was built from
(entities, aliases, listings as read) and of the code and data files that decide what building makes of them
(this package, the vocabularies, rigour's version). A saved index whose key differs, or that cannot be read whole,
is built again and saved over; one that cannot be saved (a read-only store) is only built. It is read with an
unpickler that makes no objects but the index's own, so a file put in its place can run no code.
"""
from __future__ import annotations

import hashlib
import io
import logging
import pickle
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..files import write_atomically
from .index import EntityRec, Index

log = logging.getLogger(__name__)

SUFFIX = ".names"   # registry.sqlite3 -> registry.sqlite3.names
FORMAT = 1          # bump when the file's layout changes

# Everything a saved index may contain (pickle's globals); anything else is refused.
_ALLOWED = {
    ("knowledge.lookup.index", "Index"), ("knowledge.lookup.index", "AliasRec"),
    ("knowledge.lookup.index", "EntityRec"), ("knowledge.models", "Listing"), ("datetime", "date"),
    ("collections", "defaultdict"), ("builtins", "set"), ("builtins", "frozenset"), ("builtins", "list"),
    ("builtins", "dict"), ("builtins", "tuple"),
}


class _IndexUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a name index")
        return super().find_class(module, name)


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """What building depends on besides the records: this package's code and data, the vocabularies, the read-side
    records, rigour (which analyses the names) and Python."""
    from importlib.metadata import version

    digest = hashlib.sha256(f"{FORMAT}\n{sys.version}\nrigour {version('rigour')}\n".encode())
    for package in ("knowledge.lookup", "knowledge.vocab"):
        for f in sorted(resources.files(package).iterdir(), key=lambda p: p.name):
            if f.is_file():
                digest.update(f.name.encode() + b"\0" + f.read_bytes())
    digest.update((resources.files("knowledge") / "models.py").read_bytes())
    return digest.digest()


def content_key(entities: dict[str, EntityRec]) -> bytes:
    return hashlib.sha256(_code_digest() + pickle.dumps(entities, protocol=5)).digest()


def saved_path(registry: Path) -> Path:
    return Path(f"{registry}{SUFFIX}")


def load_or_build(registry: Path, entities: dict[str, EntityRec]) -> Index:
    """The index of these records: the saved one when it was built from them, else built now (and saved)."""
    key = content_key(entities)
    index = _read(saved_path(registry), key)
    if index is None:
        index = Index(entities)
        _save(registry, saved_path(registry), key, index)
    return index


def saved_index(registry: Path, entities: dict[str, EntityRec]) -> Index | None:
    """The saved index of these records, or None when there is none that was built from them and reads whole."""
    return _read(saved_path(registry), content_key(entities))


def _read(path: Path, key: bytes) -> Index | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        stream = io.BytesIO(data)  # two pickles, each read by its own unpickler (as each was written by its own)
        if _IndexUnpickler(stream).load() != key:
            return None
        index = _IndexUnpickler(stream).load()
    except Exception as exc:  # cut short, damaged or foreign: built again
        log.debug("the saved name index %s cannot be read (%s); building it again", path, exc)
        return None
    return index if isinstance(index, Index) else None


def _save(registry: Path, path: Path, key: bytes, index: Index) -> None:
    """Written whole (a reader sees the old file or the new), readable by whoever may read the registry."""
    try:
        data = pickle.dumps(key, protocol=5) + pickle.dumps(index, protocol=5)
        write_atomically(path, data, registry.stat().st_mode & 0o666)
    except OSError as exc:  # a read-only store: every process builds it, as before
        log.debug("the name index cannot be saved to %s (%s)", path, exc)
