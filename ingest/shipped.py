"""The shipped knowledge: the articles in knowledge/articles and the list data in knowledge/lists."""
from __future__ import annotations

from pathlib import Path

import knowledge as _knowledge_package
from knowledge.models import IngestReport

from .indexer import Progress, ingest_paths

SHIPPED_ARTICLES = Path(_knowledge_package.__file__).resolve().parent / "articles"


def ingest_shipped(knowledge, progress: Progress | None = None) -> IngestReport:
    """(Re-)index the shipped articles and load the shipped list data (both idempotent)."""
    from .lists import load_shipped

    from .shipped_vectors import load

    # computed when the project was built: indexing the shipped articles loads neither the model nor spaCy
    report = ingest_paths([SHIPPED_ARTICLES], knowledge.store, progress, known=load(knowledge.settings.model))
    load_shipped(knowledge.registry)
    knowledge.refresh()
    return report


def ensure_shipped(knowledge, progress: Progress | None = None) -> IngestReport | None:
    """On first use of a store, index the shipped knowledge so questions can be answered at once."""
    if knowledge.store.count() and knowledge.registry.count():
        ensure_lexical(knowledge)
        return None
    return ingest_shipped(knowledge, progress)


def ensure_lexical(knowledge) -> None:
    """Before answering: rebuild the lexical index if it is missing or stale (a store from before it existed, an
    interrupted ingest, another machine's ingest into a Chroma server)."""
    from .lexical_index import ensure_current

    if ensure_current(knowledge.store):
        knowledge.refresh()
