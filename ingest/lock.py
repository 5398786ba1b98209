"""One writer at a time per store, across processes and machines; readers never take it.

Local store: an OS file lock (filelock, `flock`) on `<store>/writer.lock`, with the holder's pid, host, start time
and command beside it in `writer.json`. The kernel releases the lock when the holder dies, however it dies, so a
dead writer's lock is cleared by the next writer (which says so in the log).

Chroma server: the writers share a record in a small `<collection>_writer_lock` collection, holding the same facts
and an expiry the holder renews every third of `BLACKLIST_BOT_WRITER_LEASE` seconds. A record past its expiry, or
one left on this host by a process that no longer exists, is a dead writer's and is taken over. Chroma has no
compare-and-swap, so a taker writes its record, waits, and reads it back: the last writer of the record wins.

A second writer waits up to `wait` seconds (`BLACKLIST_BOT_WRITER_WAIT`; the bot: 0), then raises `WriterBusy` naming
the holder. Locks are re-entrant within a thread (an ingest that also loads the list data takes it once).
"""
from __future__ import annotations

import json
import logging
import os
import socket
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator


log = logging.getLogger(__name__)

LOCK_FILE = "writer.lock"
HOLDER_FILE = "writer.json"


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    started: str                 # ISO time, UTC
    command: str
    token: str = ""

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host}, started {self.started} ({self.command})"

    def is_dead_here(self) -> bool:
        """A holder on this host whose process no longer exists."""
        if self.host != socket.gethostname():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


class WriterBusy(Exception):
    """Another writer holds the store."""

    def __init__(self, location: str, holder: Holder | None, waited: float):
        self.location, self.holder, self.waited = location, holder, waited
        who = holder.describe() if holder else "another process (it did not say which)"
        super().__init__(
            f"the store {location} is being written by {who}; waited {waited:.0f}s. "
            "Try again when it has finished (a lock left by a process that died is cleared automatically)."
        )


def _me(token: str = "") -> Holder:
    command = " ".join(Path(a).name if i == 0 else a for i, a in enumerate(sys.argv[:4])) or "python"
    return Holder(os.getpid(), socket.gethostname(), datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  command[:200], token)


# ---- local stores ---------------------------------------------------------------------------------------------
def _read_holder(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(**{k: data[k] for k in ("pid", "host", "started", "command")})
    except (OSError, ValueError, KeyError, TypeError):
        return None


@contextmanager
def local_writer_lock(store_dir: Path, wait: float) -> Iterator[Holder]:
    # imported here: filelock imports asyncio (0.1 s), and every CLI command imports this module for WriterBusy
    from filelock import FileLock, Timeout

    store_dir = Path(store_dir)
    lock = FileLock(str(store_dir / LOCK_FILE), is_singleton=True)
    holder_file = store_dir / HOLDER_FILE
    nested = lock.is_locked
    started = time.monotonic()
    try:
        lock.acquire(timeout=max(wait, 0), poll_interval=0.1)
    except Timeout:
        raise WriterBusy(str(store_dir), _read_holder(holder_file), time.monotonic() - started) from None
    try:
        me = _me()
        if not nested:
            left = _read_holder(holder_file)
            if left is not None:  # we hold the OS lock, so whoever wrote this is gone
                log.warning("cleared a writer lock left by %s, which ended without releasing it", left.describe())
            tmp = holder_file.with_name(holder_file.name + f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(asdict(me)), encoding="utf-8")
            tmp.replace(holder_file)
        yield me
    finally:
        if not nested:
            holder_file.unlink(missing_ok=True)
        lock.release()


# ---- Chroma server --------------------------------------------------------------------------------------------
_held: dict[str, tuple[int, int]] = {}  # lock key -> (thread id, depth): re-entrancy within a thread
_held_guard = threading.Lock()


def _holder_from(meta: dict) -> Holder:
    return Holder(int(meta["pid"]), str(meta["host"]), str(meta["started"]), str(meta["command"]), str(meta["token"]))


@contextmanager
def server_writer_lock(client, collection: str, location: str, wait: float, lease: float) -> Iterator[Holder]:
    key = f"{location}/{collection}"
    me_thread = threading.get_ident()
    with _held_guard:
        owner = _held.get(key)
        if owner and owner[0] == me_thread:
            _held[key] = (me_thread, owner[1] + 1)
            nested = True
        else:
            nested = False
    if nested:
        try:
            yield _me()
        finally:
            with _held_guard:
                t, depth = _held[key]
                _held[key] = (t, depth - 1)
        return

    records = client.get_or_create_collection(f"{collection}_writer_lock", embedding_function=None)
    me = _me(uuid.uuid4().hex)
    started = time.monotonic()

    def current() -> tuple[Holder | None, float]:
        got = records.get(ids=["writer"], include=["metadatas"])
        if not got["ids"]:
            return None, 0.0
        meta = got["metadatas"][0]
        return _holder_from(meta), float(meta["expires"])

    def write(expires: float) -> None:
        records.upsert(ids=["writer"], embeddings=[[1.0]], metadatas=[{**asdict(me), "expires": expires}])

    while True:
        holder, expires = current()
        if holder is None or expires < time.time() or holder.is_dead_here():
            if holder is not None:
                log.warning("taking over a writer lock left by %s (%s)", holder.describe(),
                            "expired" if expires < time.time() else "process gone")
            write(time.time() + lease)
            time.sleep(0.3)  # let a racing taker's write land, then see whose record survived
            holder, _ = current()
            if holder is not None and holder.token == me.token:
                break
        if time.monotonic() - started >= wait:
            raise WriterBusy(location, holder, time.monotonic() - started)
        time.sleep(0.5)

    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(lease / 3):
            try:
                write(time.time() + lease)
            except Exception:  # the server is away for a moment; the next renewal tries again
                log.warning("could not renew the writer lock on %s", location)

    renewer = threading.Thread(target=renew, name="writer-lock-renewal", daemon=True)
    renewer.start()
    with _held_guard:
        _held[key] = (me_thread, 1)
    try:
        yield me
    finally:
        stop.set()
        renewer.join(5)
        with _held_guard:
            _held.pop(key, None)
        try:
            holder, _ = current()
            if holder is not None and holder.token == me.token:
                records.delete(ids=["writer"])
        except Exception:
            log.warning("could not release the writer lock on %s; it expires in %.0fs", location, lease)


@contextmanager
def writer_lock(store, wait: float, lease: float) -> Iterator[Holder]:
    """The writer lock of a `ChunkStore` (local folder or Chroma server)."""
    settings = store.client.get_settings()
    if settings.chroma_server_host:
        with server_writer_lock(store.client, store.collection.name, store.location, wait, lease) as me:
            yield me
    else:
        with local_writer_lock(Path(settings.persist_directory), wait) as me:
            yield me
