"""What a person sees in the terminal: help that reads as prose, a version, no library debug lines, a progress bar
only on a terminal, and sources listed without one machine's absolute paths."""
from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.support import ROOT, SEED, write_article


def cli(*args: str, stderr=subprocess.PIPE) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BLACKLIST_BOT_")}
    env.update(PYTHONPATH=str(ROOT), COLUMNS="100")
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], stdout=subprocess.PIPE, stderr=stderr,
                          stdin=subprocess.DEVNULL, text=True, cwd=ROOT, env=env, timeout=300)


def on_a_terminal(*args: str) -> tuple[subprocess.CompletedProcess, str]:
    """Run with stderr on a pseudo-terminal (as in an interactive shell); returns what was drawn there."""
    master, slave = pty.openpty()
    # a terminal 100 columns wide (a new pseudo-terminal is 0 wide, and a bar 0 wide draws nothing)
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    drawn = bytearray()

    def read() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # the other end closed
                return
            if not data:
                return
            drawn.extend(data)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        done = cli(*args, stderr=slave)
    finally:
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)
    return done, drawn.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    write_article(folder / "2024", "acme.md", "Acme added to the Entity List", None,
                  "On March 4, 2024, the Commerce Department added Acme Corp to the Entity List. Exporters now need "
                  "a licence to ship US items to Acme.")
    return folder


@pytest.fixture(scope="module")
def first_ingest(tmp_path_factory, corpus):
    store = tmp_path_factory.mktemp("s") / "store"
    done, drawn = on_a_terminal("ingest", str(corpus), "--store", str(store))
    assert done.returncode == 0, drawn
    return store, drawn


def test_the_progress_bar_is_drawn_on_a_terminal_and_counts_files(first_ingest):
    _, drawn = first_ingest
    assert "Indexing 0/2 files" in drawn or "Indexing 1/2 files" in drawn, drawn
    assert "0file" not in drawn


def test_nothing_but_the_report_when_stderr_is_not_a_terminal(first_ingest, corpus):
    store, _ = first_ingest
    (corpus / "2024" / "beta.md").write_text("---\ntitle: Beta listed\npublished: 2024-05-01\n---\n\n"
                                             "Beta Corp was added to the Entity List on May 1, 2024.\n")
    again = cli("ingest", str(corpus), "--store", str(store))
    assert again.returncode == 0
    assert again.stdout.startswith("added 1, updated 0, removed 0, unchanged 2")
    assert again.stderr == ""  # no bar frames, no library debug lines in a log


def test_ask_prints_no_library_debug_lines(first_ingest):
    store, drawn = first_ingest
    asked = cli("ask", "why was xiaomi blacklisted?", "--store", str(store))
    assert asked.returncode == 0 and "[1]" in asked.stdout
    assert asked.stderr == ""
    assert "DEBUG" not in drawn and "bm25s" not in drawn  # nor in the ingest on a terminal


def test_sources_show_paths_a_reader_can_use_and_say_when_no_date_is_stated(first_ingest, corpus):
    store, _ = first_ingest
    shown = cli("sources", "--store", str(store)).stdout
    assert str(corpus) not in shown and "undated" not in shown
    seed = shown[shown.index("This is why Xiaomi"):]
    assert "xiaomi-blacklist-2021.txt  (date not stated; the text mentions no date)" in seed.splitlines()[1]
    acme = shown[shown.index("Acme added to the Entity List"):]
    assert acme.splitlines()[1].strip() == "2024/acme.md  (date not stated; the text first mentions March 2024)"
    # newest first, an undated source by the date its text mentions: Beta (May 2024), Acme (March 2024), the seed
    order = [shown.index(t) for t in ("Beta listed", "Acme added", "This is why Xiaomi")]
    assert order == sorted(order)


@pytest.mark.parametrize("command", [[], ["ask"], ["ingest"], ["sources"], ["lookup"], ["lists"], ["lists", "import"],
                                     ["eval"]])
def test_help_reads_as_prose(command):
    shown = cli(*command, "--help")
    assert shown.returncode == 0
    text = shown.stdout
    assert "<bool>" not in text and "None:" not in text and "none:" not in text, text
    assert "--help" in text


def test_help_says_what_leaving_an_argument_out_does():
    assert "Leave out to read questions from stdin, one per line." in " ".join(cli("ask", "--help").stdout.split())
    assert "Leave out to re-index the knowledge shipped with the bot." in " ".join(cli("ingest", "--help").stdout.split())


def test_version():
    shown = cli("--version")
    assert shown.returncode == 0 and shown.stdout == f"blacklist-bot {version('blacklist-bot')}\n"
