"""The same code against a real `chroma run` server on 127.0.0.1, chosen by configuration only."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import SEED, write_article


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = _free_port()
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


def test_ingest_and_ask_through_a_chroma_server(tmp_path, make_knowledge, chroma_server):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    write_article(corpus, "removed.md", "Court vacates Xiaomi designation", "2021-05-25",
                  "On May 25, 2021, a federal court vacated the Pentagon's designation of Xiaomi.")
    k = make_knowledge(corpus, chroma_host="127.0.0.1", chroma_port=chroma_server, collection="server_test")
    assert k.last_report.added == 2
    assert not (tmp_path / "store" / "chroma.sqlite3").exists()  # nothing went to a local Chroma folder

    answer = k.ask("why was xiaomi blacklisted?")
    assert answer.answered and answer.citations[0].path.endswith(SEED.name)

    from ingest.indexer import ingest_paths

    again = ingest_paths([corpus], k.store)
    assert (again.added, again.unchanged, again.chunks) == (0, 2, 0)
