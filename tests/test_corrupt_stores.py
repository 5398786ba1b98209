"""Corrupt or missing stores: one clear line naming the file or server and what to do, a non-zero exit, never a
traceback, never a silent "not covered" or "not listed" from an empty store."""
from __future__ import annotations

import os
import shutil
import socket
import stat

import pytest

from tests.support import SEED, cli


@pytest.fixture(scope="module")
def good_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    store = tmp_path_factory.mktemp("stores") / "good"
    done = cli("ingest", str(folder), "--store", str(store))
    assert done.returncode == 0, done.stderr
    imported = cli("lists", "shipped", "--store", str(store))
    assert imported.returncode == 0, imported.stderr
    return store


def one_clear_line(result, *needles: str) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    assert "not listed" not in result.stdout and "no listed company" not in result.stdout
    return lines[0]


def test_a_mistyped_store_is_refused_and_not_created(tmp_path):
    missing = tmp_path / "stroe"
    for args in (("ask", "is huawei banned?"), ("sources",), ("lookup", "Huawei")):
        result = cli(*args, "--store", str(missing))
        one_clear_line(result, str(missing), "does not exist", "blacklist-bot ingest")
        assert not missing.exists()
    made = cli("ingest", str(SEED), "--store", str(missing), "--json")  # only ingest creates a store
    assert made.returncode == 0 and missing.is_dir()


@pytest.mark.parametrize("name", ["chroma.sqlite3", "registry.sqlite3"])
@pytest.mark.parametrize("keep", [0.0, 0.5])
def test_a_truncated_database_is_named(good_store, tmp_path, name, keep):
    store = tmp_path / "store"
    shutil.copytree(good_store, store)
    db = store / name
    with db.open("r+b") as fh:
        fh.truncate(int(db.stat().st_size * keep))
    for args in (("ask", "is xiaomi banned?"), ("lookup", "Xiaomi")):
        one_clear_line(cli(*args, "--store", str(store)), str(db), "rebuild")


def test_a_store_folder_without_permission_is_named(good_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(good_store, store)
    store.chmod(0)
    try:
        if os.geteuid() == 0:
            # root reads anything, and an ordinary user cannot run this interpreter (it lives under /root): check
            # the store as `nobody` in a forked child, the way the CLI checks it before opening anything
            line = _check_as_nobody(store)
        else:
            line = one_clear_line(cli("ask", "is xiaomi banned?", "--store", str(store)))
        assert str(store) in line and "permission denied" in line, line
    finally:
        store.chmod(stat.S_IRWXU)


def _check_as_nobody(store) -> str:
    import pwd

    from bot.store_check import StoreProblem, check_store_dir

    nobody = pwd.getpwnam("nobody")
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, check, report, leave without running any of pytest's teardown
        try:
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            try:
                check_store_dir(store, explicit=True, creating=False)
                message = "no problem found"
            except StoreProblem as exc:
                message = str(exc)
            os.write(w, message.encode())
        finally:
            os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        message = fh.read().decode()
    os.waitpid(pid, 0)
    return message


def test_a_chroma_server_that_is_down_is_named(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"BLACKLIST_BOT_CHROMA_HOST": "127.0.0.1", "BLACKLIST_BOT_CHROMA_PORT": str(port)}
    for args in (("ask", "is huawei banned?"), ("ingest", str(SEED)), ("sources",)):
        result = cli(*args, "--store", str(tmp_path / "registry-here"), env=env)
        one_clear_line(result, f"127.0.0.1:{port}", "Chroma server", "chroma run")


def test_an_explicit_empty_store_says_so(tmp_path):
    empty_corpus = tmp_path / "nothing"
    empty_corpus.mkdir()
    store = tmp_path / "empty"
    made = cli("ingest", str(empty_corpus), "--store", str(store))
    assert made.returncode == 0 and store.is_dir()
    one_clear_line(cli("ask", "is huawei banned?", "--store", str(store)), str(store), "holds no articles",
                   "blacklist-bot ingest")
    one_clear_line(cli("lookup", "Huawei", "--store", str(store)), "no list data", "lists")
