"""Before a command touches a store: is it there, readable, whole, and (for questions) not empty? Each problem is
one line naming the file or server and what to do, raised as `StoreProblem`; the CLI prints it and exits non-zero.

Only `ingest` (and the list imports, which write) create a store: a mistyped `--store` must not answer "not listed"
from a new, empty one.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
DATABASES = ("chroma.sqlite3", "registry.sqlite3")


class StoreProblem(Exception):
    """One line for the user: what is wrong with which store, and what to do about it."""


def check_database(path: Path) -> None:
    """A SQLite file that exists must be a whole SQLite database (not cut short, not emptied, its schema readable).

    Checked from its header and its schema, in time independent of its size: SQLite's `PRAGMA quick_check` reads
    every page, 2.5 s for the chroma.sqlite3 of 100,000 chunks with the file in the page cache and 56 s without
    (a one-off check, 2026-12-02), on every command. A page damaged further in fails when it is read, and that
    failure names the store too (bot/cli.py, describe_failure)."""
    advice = f"move the store folder aside and rebuild it with `blacklist-bot ingest --store {path.parent}`"
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return
    except PermissionError:
        raise StoreProblem(f"cannot read {path}: permission denied; give this user access to it or use another --store") from None
    if size == 0 or header[:len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise StoreProblem(f"the store file {path} is {'empty (0 bytes)' if size == 0 else 'not a SQLite database'}; {advice}")
    # The header's page size and page count (valid when its change counter matches the version-valid-for number,
    # https://www.sqlite.org/fileformat.html#the_database_header): a file shorter than that was cut short.
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if len(header) == 100 and header[24:28] == header[92:96] and pages and size < page_size * pages:
        raise StoreProblem(f"the store file {path} is cut short ({size} of {page_size * pages} bytes); {advice}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return  # a writer is at work; the file is whole as far as we can tell
        raise StoreProblem(f"the store file {path} cannot be read ({exc}); {advice}") from None
    except sqlite3.DatabaseError as exc:
        raise StoreProblem(f"the store file {path} is damaged ({exc}); {advice}") from None


def check_store_dir(store: Path, *, explicit: bool, creating: bool) -> None:
    """`explicit`: the user named this store (--store or BLACKLIST_BOT_STORE); `creating`: the command may create it."""
    store = Path(store)
    try:
        exists = store.exists()
    except PermissionError:  # a folder on the way is closed to this user
        raise StoreProblem(
            f"cannot reach the store folder {store}: permission denied; give this user access to it (chmod/chown) "
            "or use another --store"
        ) from None
    if not exists:
        if creating or not explicit:
            return
        raise StoreProblem(
            f"the store {store} does not exist (check --store or BLACKLIST_BOT_STORE); "
            f"create it with `blacklist-bot ingest --store {store}` (add PATH to index your own articles)"
        )
    if not store.is_dir():
        raise StoreProblem(f"the store {store} is a file, not a store folder; use another --store")
    if not os.access(store, os.R_OK | os.X_OK) or (creating and not os.access(store, os.W_OK)):
        raise StoreProblem(
            f"cannot {'write' if creating else 'read'} the store folder {store}: permission denied; "
            "give this user access to it (chmod/chown) or use another --store"
        )
    for name in DATABASES:
        check_database(store / name)


def check_server(host: str, port: int) -> None:
    import urllib.error
    import urllib.request

    url = f"http://{host}:{port}/api/v2/heartbeat"
    try:
        urllib.request.urlopen(url, timeout=5).read()
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreProblem(
            f"cannot reach the Chroma server at http://{host}:{port} ({reason}); start it "
            f"(`chroma run --path FOLDER --host {host} --port {port}`) or unset BLACKLIST_BOT_CHROMA_HOST to use a local store"
        ) from None


def check_settings(settings, *, explicit: bool, creating: bool) -> None:
    if settings.chroma_host:
        check_server(settings.chroma_host, settings.chroma_port)
    check_store_dir(Path(settings.store), explicit=explicit, creating=creating)
