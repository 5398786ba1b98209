"""What `sources` lists, kept in a small file beside an embedded store, so listing what is indexed does not import
chromadb (about a second of a cold `blacklist-bot sources` on this machine) or read every chunk's metadata.

`<store>/sources/<collection>.json` holds the `SourceInfo` of every document and the store's generation stamp as of
when it was written. Only ingest writes it (ingest/source_list.py), at the end of a run, under the writer lock, once
the lexical index records the same stamp as the store: the list it read before the run with the run's own changes
(documents written or deleted), so a run costs nothing per stored chunk; every store write removes it first (a document written or
deleted, a new generation stamp), so a run killed half-way leaves none. It is read only when it is whole and its stamp
is the one the lexical index records for the store (`generation.json`, written by the same runs): anything else,
a store written before this file existed, or a Chroma server (another machine ingests into it), lists the store
itself (`ChunkStore.sources`).
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .lexical import lexical_dir, read_generation
from .models import SourceInfo

FORMAT = 1
FIELDS = ("document_id", "title", "url", "path", "published", "chunks", "mentioned", "root")


def newest_first(infos) -> list[SourceInfo]:
    """The order `sources` lists them in: by publication date, else the first date the text mentions."""
    return sorted(infos, key=lambda s: (s.published or s.mentioned or date.min, s.title, s.document_id), reverse=True)


def source_list_path(store_dir: Path, collection: str) -> Path:
    return Path(store_dir) / "sources" / f"{collection}.json"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def read_source_list(store_dir: Path, collection: str) -> list[SourceInfo] | None:
    """The sources of the embedded store in `store_dir`, newest first, as the last ingest listed them; None when
    there is no current list (then the store is read)."""
    try:
        data = json.loads(source_list_path(store_dir, collection).read_text(encoding="utf-8"))
        stamp = data["generation"]
        if data.get("format") != FORMAT or not stamp or stamp != read_generation(lexical_dir(store_dir, collection)):
            return None
        return [SourceInfo(**{**{k: s[k] for k in FIELDS}, "published": _date(s["published"]),
                              "mentioned": _date(s["mentioned"])}) for s in data["sources"]]
    except (OSError, ValueError, KeyError, TypeError):  # missing, cut short or of another layout: read the store
        return None
