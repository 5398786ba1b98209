"""Shared fixtures: the real packaged embedding model (loaded once per session) and real Chroma stores in
temporary folders. Nothing here is mocked."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
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


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real `chroma run` server on 127.0.0.1 for the whole session; yields its port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path_factory.mktemp("chroma-server")), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                raise RuntimeError("chroma run did not start")
            time.sleep(0.3)
    yield port
    proc.terminate()
    proc.wait(timeout=20)
