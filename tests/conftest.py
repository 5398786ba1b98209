"""Shared fixtures: the real packaged embedding model (loaded once per session), real Chroma stores in temporary
folders, a real `chroma run` server, and for the Discord tests a real `Knowledge` over a tiny corpus with the bot's
real discord.py client connected to the fake Discord (harness/). Nothing here is mocked. Plain helpers are in
tests/support.py."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.support import ARTICLES, CORPUS, MENTIONS_ARTICLE


@pytest.fixture(scope="session")
def embeddings():
    from knowledge.embeddings import load_embeddings

    return load_embeddings()


@pytest.fixture
def make_knowledge(tmp_path, embeddings):
    """Build a Knowledge over a fresh store, ingest the given files or folders, return it ready to ask."""
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    def build(*paths: Path, store: Path | None = None, **settings):
        k = Knowledge(Settings(_env_file=None, store=store or tmp_path / "store", **settings), embeddings)
        ingest(k, paths)
        return k

    return build


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


# ---- Discord ------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name in CORPUS:
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "shouting.md").write_text(MENTIONS_ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def knowledge(tmp_path_factory, corpus_dir, embeddings):
    """The Discord tests' knowledge: the tiny corpus, and the shipped list data (companies, brands, listings)."""
    from ingest.api import ingest
    from ingest.lists import load_shipped
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    k = Knowledge(Settings(_env_file=None, store=tmp_path_factory.mktemp("store")), embeddings)
    report = ingest(k, [corpus_dir])
    assert report.added == len(CORPUS) + 1, report
    load_shipped(k.registry)
    k.refresh()
    assert k.registry.count(), "no list data loaded"
    return k


@pytest.fixture
async def discord_bot(knowledge, tmp_path):
    from harness.bot import start_bot, stop_bot

    h = await start_bot(knowledge, tmp_path)
    try:
        yield h
    finally:
        await stop_bot(h)
