"""The write side's one entry point: `ingest(knowledge, paths, shipped=...)`, called by the CLI's `ingest`, the bot's
/reingest and /addsource, and a first start on an empty store.

It takes the store's writer lock once, indexes the given files and folders (ingest/indexer.py, writing through
ingest/store_writer.py), with `shipped` also the articles shipped with the bot and its list data (knowledge/articles,
knowledge/lists), then makes `knowledge` read the new state. The settings come from `knowledge.settings`.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from knowledge.models import IngestReport

if TYPE_CHECKING:  # the indexer (text splitters, loaders) is imported by a write, not by `ask`'s lexical check
    from .indexer import Progress


def shipped_articles() -> Path:
    """knowledge/articles, found as package data."""
    return Path(str(resources.files("knowledge").joinpath("articles")))


def ingest(knowledge, paths: Iterable[Path] = (), *, shipped: bool = False, progress: Progress | None = None,
           wait: float | None = None) -> IngestReport:
    """Index `paths` (and with `shipped`, the shipped articles, and reload the shipped list data: both idempotent,
    and cheap when nothing changed) into `knowledge`'s store, then refresh its readers. Returns what changed in the
    articles. `wait`: seconds to wait for another writer (default BLACKLIST_BOT_WRITER_WAIT; the bot passes 0)."""
    from .indexer import index_paths
    from .lists import load_shipped
    from .lock import writer_lock
    from .store_writer import StoreWriter

    settings = knowledge.settings
    folders: list[Path] = [shipped_articles()] if shipped else []
    for path in map(Path, paths):  # removals are per folder, so each folder keeps its own documents
        if path.resolve() not in {f.resolve() for f in folders}:  # a folder named twice is read once
            folders.append(path)
    store = knowledge.store
    writer = StoreWriter(store)
    if shipped:
        # The shipped articles' vectors and tags were computed when the project was built (ingest/shipped_vectors.py):
        # indexing them on a new install loads neither the model nor spaCy.
        from .shipped_vectors import load
        from .tagging import entity_labels

        known = load(settings.model)
        if known is not None:
            writer = StoreWriter(store, embeddings=known.embeddings(store.embeddings),
                                 sentence_tagger=known.tagger(entity_labels))
    with writer_lock(store, settings.writer_wait if wait is None else wait, settings.writer_lease):
        report = index_paths(folders, writer, progress, max_source_bytes=settings.max_source_bytes)
        if shipped:
            load_shipped(knowledge.registry)
    knowledge.refresh()
    return report


def ensure_shipped(knowledge, progress: Progress | None = None) -> IngestReport | None:
    """On first use of a store, index the shipped knowledge so questions can be answered at once."""
    if not knowledge.store.is_empty() and knowledge.registry.count():
        ensure_lexical(knowledge)
        return None
    return ingest(knowledge, shipped=True, progress=progress)


def ensure_lexical(knowledge) -> None:
    """Before answering: bring the lexical index up to the chunk store if it is missing or stale (a store from before
    it existed, an interrupted ingest, another machine's ingest into a Chroma server), then switch readers to it. The
    bot calls it at start and, rate-limited, before questions."""
    from .lexical_index import ensure_current

    if ensure_current(knowledge.store):
        knowledge.refresh()
