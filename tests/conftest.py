"""Shared fixtures: the real packaged embedding model (loaded once per session) and real Chroma stores in
temporary folders. Nothing here is mocked."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "knowledge" / "articles" / "xiaomi-blacklist-2021.txt"


@pytest.fixture(scope="session")
def embeddings():
    from knowledge.embeddings import load_embeddings

    return load_embeddings()


@pytest.fixture
def make_knowledge(tmp_path, embeddings):
    """Build a Knowledge over a fresh store, ingest the given files or folders, return it ready to ask."""
    from ingest.indexer import ingest_paths
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    def build(*paths: Path, store: Path | None = None, **settings):
        k = Knowledge(Settings(_env_file=None, store=store or tmp_path / "store", **settings), embeddings)
        if paths:
            k.last_report = ingest_paths(list(paths), k.store)
        k.refresh()
        return k

    return build


def write_article(folder: Path, name: str, title: str, published: str | None, body: str, url: str | None = None) -> Path:
    """A Markdown source with front matter, as moderators add them."""
    folder.mkdir(parents=True, exist_ok=True)
    meta = [f'title: "{title}"']
    if url:
        meta.append(f"url: {url}")
    if published:
        meta.append(f"published: {published}")
    path = folder / name
    path.write_text("---\n" + "\n".join(meta) + "\n---\n\n" + body.strip() + "\n", encoding="utf-8")
    return path
