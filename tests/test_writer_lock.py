"""One writer per store across processes: a second writer waits (bounded) or refuses naming the holder; a lock
left by a killed process is cleared; readers never wait. The same in Chroma server mode, where the lock is a shared
record with an expiry."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.support import ROOT, cli, write_article


HOLD = """
import sys, time
from pathlib import Path
from ingest.lock import local_writer_lock
with local_writer_lock(Path(sys.argv[1]), wait=0):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(store: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(store), str(seconds)], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "held"
    return proc


@pytest.fixture
def built(tmp_path, make_knowledge):
    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Acme listed", "2023-01-01", "Commerce added Acme Robotics to the Entity List on January 1, 2023.")
    k = make_knowledge(corpus, store=tmp_path / "store")
    return k, corpus, tmp_path / "store"


def test_a_second_writer_refuses_naming_the_holder_and_a_dead_holders_lock_is_cleared(built):
    k, corpus, store = built
    holder = hold_lock(store, 600)
    try:
        busy = cli("ingest", str(corpus), "--store", str(store), env={"BLACKLIST_BOT_WRITER_WAIT": "1"})
        assert busy.returncode != 0
        line = busy.stderr.strip()
        assert "Traceback" not in busy.stderr and len(line.splitlines()) == 1, busy.stderr
        assert f"pid {holder.pid}" in line and socket.gethostname() in line and "started 20" in line

        # readers never wait for the writer
        started = time.monotonic()
        answer = k.ask("is acme robotics on the entity list?")
        assert answer.answered and time.monotonic() - started < 30
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # dies holding the lock
        holder.wait(10)
    assert (store / "writer.json").exists()  # the dead holder's note is still there ...
    after = cli("ingest", str(corpus), "--store", str(store), "--json", env={"BLACKLIST_BOT_WRITER_WAIT": "1"})
    assert after.returncode == 0, after.stderr  # ... but its lock is not
    assert "cleared a writer lock left by" in after.stderr and f"pid {holder.pid}" in after.stderr
    assert not (store / "writer.json").exists()


def test_a_second_writer_waits_for_the_first_within_its_bound(built):
    from ingest.api import ingest

    k, corpus, store = built
    holder = hold_lock(store, 2)
    started = time.monotonic()
    report = ingest(k, [corpus], wait=60)
    assert report.unchanged == 1 and time.monotonic() - started >= 1.0
    holder.wait(10)


def test_the_bot_and_the_cli_share_the_lock_within_a_process_too(built):
    """Two threads of one process (the bot's /reingest and a list import) contend like two processes."""
    from ingest.lock import WriterBusy, local_writer_lock

    k, corpus, store = built
    inside = threading.Event()
    release = threading.Event()

    def hold():
        with local_writer_lock(store, wait=0):
            inside.set()
            release.wait(30)

    t = threading.Thread(target=hold)
    t.start()
    assert inside.wait(10)
    try:
        with pytest.raises(WriterBusy) as caught:
            with local_writer_lock(store, wait=0.3):
                pass
        assert f"pid {os.getpid()}" in str(caught.value)
    finally:
        release.set()
        t.join(10)
    with local_writer_lock(store, wait=0):  # and re-entrant within one thread
        with local_writer_lock(store, wait=0):
            pass


@pytest.fixture(scope="module")
def chroma_client(chroma_server):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.HttpClient(host="127.0.0.1", port=chroma_server, settings=ChromaSettings(anonymized_telemetry=False))


def test_server_mode_lock_is_a_shared_record_that_expires(chroma_client):
    from ingest.lock import WriterBusy, server_writer_lock

    where = "http://127.0.0.1/test"
    inside, release = threading.Event(), threading.Event()

    def hold():
        with server_writer_lock(chroma_client, "articles", where, wait=0, lease=30):
            inside.set()
            release.wait(30)

    t = threading.Thread(target=hold)
    t.start()
    assert inside.wait(20)
    try:
        with pytest.raises(WriterBusy) as caught:
            with server_writer_lock(chroma_client, "articles", where, wait=1, lease=30):
                pass
        assert f"pid {os.getpid()} on {socket.gethostname()}" in str(caught.value)
    finally:
        release.set()
        t.join(20)
    records = chroma_client.get_collection("articles_writer_lock")
    assert records.get(ids=["writer"])["ids"] == []  # released

    # a holder on another machine that stopped renewing: its record expires and is taken over
    records.upsert(ids=["writer"], embeddings=[[1.0]], metadatas=[{
        "pid": 4242, "host": "elsewhere", "started": "2020-01-01T00:00:00+00:00", "command": "blacklist-bot ingest",
        "token": "gone", "expires": time.time() - 1}])
    with server_writer_lock(chroma_client, "articles", where, wait=5, lease=30) as me:
        assert records.get(ids=["writer"], include=["metadatas"])["metadatas"][0]["token"] == me.token
    # a holder on this machine whose process is gone, though its lease has not run out
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    records.upsert(ids=["writer"], embeddings=[[1.0]], metadatas=[{
        "pid": dead.pid, "host": socket.gethostname(), "started": "2020-01-01T00:00:00+00:00", "command": "x",
        "token": "dead", "expires": time.time() + 600}])
    with server_writer_lock(chroma_client, "articles", where, wait=5, lease=30):
        pass
