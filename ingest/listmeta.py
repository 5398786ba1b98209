"""Writes the registry's `list_files` table (what each list source is, when it was fetched, its file's date and
checksum; the schema and the read side are in knowledge/freshness.py). Every write here runs on a connection that
is already inside the transaction of the import it describes, so the data and its freshness change together."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from knowledge.freshness import SCHEMA


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


@dataclass
class FileRecord:
    name: str
    url: str | None
    sha256: str | None = None
    bytes: int | None = None
    source_date: date | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Provenance:
    """Where an import's data comes from: a source id, its title and its files."""
    source: str
    title: str
    files: list[FileRecord] = field(default_factory=list)
    fetched_at: datetime = field(default_factory=utcnow)
    checked_at: datetime | None = None   # set for files a server confirmed (lists update)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def hand_import(path: Path) -> Provenance:
    """A file imported by hand (`lists import FILE`): as of its modification date."""
    path = Path(path)
    stat = path.stat()
    mtime = datetime.fromtimestamp(stat.st_mtime, timezone.utc)
    return Provenance(
        source=f"import:{path.name}", title=f"{path.name} (imported by hand)",
        files=[FileRecord(path.name, str(path.resolve()), file_sha256(path), stat.st_size, mtime.date())],
    )


def ensure_table(conn: sqlite3.Connection) -> None:
    conn.execute(SCHEMA)   # one statement: safe inside an open transaction (executescript would commit it)


def record_import(conn: sqlite3.Connection, prov: Provenance, lists: list[str]) -> None:
    """The source was imported: its files, checksums and dates; any earlier failure is cleared."""
    ensure_table(conn)
    conn.execute("DELETE FROM list_files WHERE source=? AND file NOT IN (%s)" % ",".join("?" * len(prov.files)),
                 (prov.source, *[f.name for f in prov.files]))
    for f in prov.files:
        conn.execute(
            "INSERT INTO list_files(source, file, title, url, etag, last_modified, source_date, sha256, bytes, "
            "fetched_at, checked_at, lists, error, failed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,NULL,NULL) "
            "ON CONFLICT(source, file) DO UPDATE SET title=excluded.title, url=excluded.url, etag=excluded.etag, "
            "last_modified=excluded.last_modified, source_date=excluded.source_date, sha256=excluded.sha256, "
            "bytes=excluded.bytes, fetched_at=excluded.fetched_at, checked_at=excluded.checked_at, "
            "lists=excluded.lists, error=NULL, failed_at=NULL",
            (prov.source, f.name, prov.title, f.url, f.etag, f.last_modified,
             f.source_date.isoformat() if f.source_date else None, f.sha256, f.bytes, prov.fetched_at.isoformat(),
             prov.checked_at.isoformat() if prov.checked_at else None, json.dumps(sorted(lists), ensure_ascii=False)),
        )


def record_checked(conn: sqlite3.Connection, source: str, files: list[FileRecord], at: datetime) -> None:
    """The server confirmed the files we hold (304 Not Modified, or the same checksum): the data is current as of
    `at`; a newer ETag or Last-Modified is kept for the next conditional request."""
    ensure_table(conn)
    for f in files:
        conn.execute(
            "UPDATE list_files SET checked_at=?, etag=COALESCE(?, etag), last_modified=COALESCE(?, last_modified), "
            "error=NULL, failed_at=NULL WHERE source=? AND file=?",
            (at.isoformat(), f.etag, f.last_modified, source, f.name),
        )


def record_failure(conn: sqlite3.Connection, source: str, title: str, files: list[FileRecord], error: str,
                   at: datetime) -> None:
    """The attempt failed: the last good data stays, with the failure beside it until the next success."""
    ensure_table(conn)
    for f in files:
        conn.execute(
            "INSERT INTO list_files(source, file, title, url, error, failed_at) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(source, file) DO UPDATE SET error=excluded.error, failed_at=excluded.failed_at",
            (source, f.name, title, f.url, error, at.isoformat()),
        )
