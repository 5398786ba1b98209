"""`blacklist-bot lists update`: fetch the official list files people would otherwise download by hand, import them
into a new version of the registry, and switch readers over only when that version is complete and checked.

Per source (settings `BLACKLIST_BOT_LIST_*`, see .env.example):
- download with a conditional request (If-None-Match / If-Modified-Since from the last good download), a timeout
  per network step, a whole-download deadline and a size cap; the file's SHA-256 is computed while it streams;
- 304 Not Modified, or the same checksum as last time: nothing is imported, the data is confirmed current;
- otherwise the file is imported (ingest/lists.py: a file cut short or an import ending too many listings is
  refused) into a copy of the registry.

The copy is made with SQLite's backup API, checked (`PRAGMA integrity_check`, foreign keys, no entity lost), and
copied back over the live registry with the backup API again: one write transaction, so every reader, in this process
or another, sees the old version or the new one, never a mix (replacing the file under open WAL connections instead
could corrupt it). A source that fails keeps its last good data and says why; the others still update. The last
good files are kept in `<store>/lists/<source>/` so a source of several files (OFAC's sdn.csv and alt.csv) can be
re-imported when only one of them changed.
"""
from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx

from ingest.listmeta import FileRecord, Provenance, file_sha256, record_checked, record_failure, utcnow
from ingest.lists import ImportReport, import_file
from knowledge.freshness import read_rows
from knowledge.lookup import Registry

log = logging.getLogger(__name__)

USER_AGENT = "blacklist-bot/0.1 (lists update)"
CACHE_DIR = "lists"            # <store>/lists/<source>/<file>: the last good files


@dataclass(frozen=True)
class SourceSpec:
    id: str
    title: str
    files: tuple[tuple[str, str], ...]    # (local file name, URL); the first is the file imported


def catalog(settings) -> dict[str, SourceSpec]:
    """The sources `lists update` knows, with their URLs from the settings."""
    return {
        "csl": SourceSpec("csl", "Consolidated Screening List (trade.gov)",
                          (("consolidated.csv", settings.list_csl_url),)),
        "ofac-sdn": SourceSpec("ofac-sdn", "OFAC Specially Designated Nationals (SDN) list",
                               (("sdn.csv", settings.list_sdn_url), ("alt.csv", settings.list_sdn_alt_url))),
        "dod-1260h": SourceSpec("dod-1260h", "DoD Section 1260H list (OpenSanctions, FollowTheMoney)",
                                (("entities.ftm.json", settings.list_1260h_url),)),
        "fcc-covered": SourceSpec("fcc-covered", "FCC Covered List (OpenSanctions, FollowTheMoney)",
                                  (("entities.ftm.json", settings.list_fcc_url),)),
    }


def enabled_sources(settings, only: list[str] | None = None) -> list[SourceSpec]:
    known = catalog(settings)
    wanted = only if only else [s.strip() for s in settings.list_sources.split(",") if s.strip()]
    if wanted == ["none"]:
        return []
    unknown = [s for s in wanted if s not in known]
    if unknown:
        raise ValueError(f"unknown list source {', '.join(unknown)}; known: {', '.join(known)}")
    return [known[s] for s in dict.fromkeys(wanted)]


# ---------------------------------------------------------------------------------------------------------------
# Download
# ---------------------------------------------------------------------------------------------------------------
class FetchError(Exception):
    """One clear sentence: what failed and why."""


@dataclass
class Fetched:
    record: FileRecord
    path: Path                 # the file to import (new download, or the last good copy on 304)
    not_modified: bool


def shown(url: str) -> str:
    """The URL as messages and logs show it: without a query string or credentials (they may carry a key)."""
    parts = httpx.URL(url)
    return str(parts.copy_with(query=None, fragment=None, userinfo=b""))


def own_date(path: Path) -> date | None:
    """The date a file carries itself, when its server sent no Last-Modified: for FollowTheMoney entities the
    newest `last_change` (OpenSanctions stamps every entity); None for formats that carry no date."""
    newest = None
    if path.name.endswith(".json"):
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if '"last_change"' not in line:
                    continue
                try:
                    stamp = json.loads(line).get("last_change")
                    d = date.fromisoformat(str(stamp)[:10])
                except (ValueError, AttributeError):
                    continue
                newest = d if newest is None or d > newest else newest
    return newest


def _http_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def fetch_file(client: httpx.Client, name: str, url: str, dest: Path, previous: dict | None, cached: Path | None,
               settings) -> Fetched:
    """Download `url` to `dest`, conditionally when we still hold the last good copy (`cached`, whose checksum
    matches what was recorded)."""
    headers = {}
    if previous and cached is not None:
        if previous.get("etag"):
            headers["If-None-Match"] = previous["etag"]
        if previous.get("last_modified"):
            headers["If-Modified-Since"] = previous["last_modified"]
    cap, deadline = settings.list_max_bytes, time.monotonic() + settings.list_max_seconds
    try:
        with client.stream("GET", url, headers=headers) as r:
            if r.status_code == 304 and cached is not None:
                return Fetched(FileRecord(name, shown(url), previous.get("sha256"), previous.get("bytes"),
                                          _http_date(r.headers.get("last-modified")) or
                                          (date.fromisoformat(previous["source_date"]) if previous.get("source_date") else None),
                                          r.headers.get("etag") or previous.get("etag"),
                                          r.headers.get("last-modified") or previous.get("last_modified")),
                               cached, True)
            if r.status_code != 200:
                raise FetchError(f"HTTP {r.status_code} {r.reason_phrase} from {shown(url)}")
            length = r.headers.get("content-length")
            if length and length.isdigit() and int(length) > cap:
                raise FetchError(f"{shown(url)} is {int(length):,} bytes, over the limit of {cap:,} "
                                 "(BLACKLIST_BOT_LIST_MAX_BYTES)")
            digest, size = hashlib.sha256(), 0
            with open(dest, "wb") as out:
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise FetchError(f"{shown(url)} sent more than {cap:,} bytes, the limit "
                                         "(BLACKLIST_BOT_LIST_MAX_BYTES)")
                    if time.monotonic() > deadline:
                        raise FetchError(f"downloading {shown(url)} took longer than {settings.list_max_seconds:g} s "
                                         "(BLACKLIST_BOT_LIST_MAX_SECONDS)")
                    digest.update(chunk)
                    out.write(chunk)
            if size == 0:
                raise FetchError(f"{shown(url)} sent an empty file")
            dated = _http_date(r.headers.get("last-modified")) or own_date(dest)
            return Fetched(FileRecord(name, shown(url), digest.hexdigest(), size, dated, r.headers.get("etag"),
                                      r.headers.get("last-modified")), dest, False)
    except httpx.TimeoutException:
        raise FetchError(f"no answer from {shown(url)} within {settings.list_timeout:g} s "
                         "(BLACKLIST_BOT_LIST_TIMEOUT)") from None
    except httpx.RemoteProtocolError as exc:
        raise FetchError(f"the download from {shown(url)} was cut short ({exc})") from None
    except httpx.HTTPError as exc:
        detail = str(exc).replace(url, shown(url)) or type(exc).__name__
        raise FetchError(f"could not download {shown(url)} ({detail})") from None


# ---------------------------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class SourceResult:
    source: str
    title: str
    status: str                      # "updated" | "not modified" | "unchanged" | "failed"
    reason: str | None = None        # why it failed
    report: ImportReport | None = None
    files: list[FileRecord] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "title": self.title, "status": self.status, "reason": self.reason,
            "import": self.report.to_dict() if self.report else None,
            "files": [{"name": f.name, "url": f.url, "sha256": f.sha256, "bytes": f.bytes,
                       "source_date": f.source_date.isoformat() if f.source_date else None} for f in self.files],
        }


@dataclass
class UpdateReport:
    results: list[SourceResult] = field(default_factory=list)
    switched: bool = False           # a new registry version is in place

    @property
    def failed(self) -> list[SourceResult]:
        return [r for r in self.results if r.status == "failed"]

    def to_dict(self) -> dict[str, Any]:
        return {"switched": self.switched, "sources": [r.to_dict() for r in self.results]}


# ---------------------------------------------------------------------------------------------------------------
# The new registry version
# ---------------------------------------------------------------------------------------------------------------
def _generation(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
    except sqlite3.OperationalError:
        return "0"
    return row[0] if row else "0"


def _copy(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src, timeout=60), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def _check(candidate: Path, live: Path) -> None:
    """The new version must be sound and keep every entity (imports end listings; they never delete)."""
    conn = sqlite3.connect(candidate)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise RuntimeError(f"the new registry version failed its integrity check ({result})")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise RuntimeError("the new registry version has listings of unknown entities")
        new_count = conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    finally:
        conn.close()
    old = sqlite3.connect(f"file:{live}?mode=ro", uri=True, timeout=60)
    try:
        old_count = old.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    finally:
        old.close()
    if new_count < old_count:
        raise RuntimeError(f"the new registry version has {new_count} entities, fewer than the {old_count} in use")


def _switch(candidate: Path, live: Path, generation: str) -> None:
    """Copy the checked version over the live registry in one write transaction (readers see old or new)."""
    dst = sqlite3.connect(live, timeout=60)
    try:
        if _generation(dst) != generation:
            raise RuntimeError("the registry changed while the update ran (another import?); run the update again")
        src = sqlite3.connect(candidate)
        try:
            src.backup(dst)
        finally:
            src.close()
    finally:
        dst.close()


def _keep(folder: Path, files: list[Path]) -> None:
    """The last good files of a source, for the next conditional request (a checksum guards their use)."""
    if files:
        folder.mkdir(parents=True, exist_ok=True)
        for f in files:
            shutil.copy2(f, folder / f.name)


def _write_meta(live: Path, fn) -> None:
    conn = sqlite3.connect(live, timeout=60)
    try:
        conn.execute("BEGIN IMMEDIATE")
        fn(conn)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------------------------
# The update
# ---------------------------------------------------------------------------------------------------------------
def update_lists(registry_path: Path | str, settings, *, only: list[str] | None = None, force: bool = False,
                 today: date | None = None) -> UpdateReport:
    """Fetch and import every enabled source; never raises for a source's failure (see `UpdateReport.failed`)."""
    live = Path(registry_path)
    Registry.open(live).close()                      # a fresh store gets its schema first
    specs = enabled_sources(settings, only)
    store = live.parent
    cache_root = store / CACHE_DIR
    previous = {(r["source"], r["file"]): r for r in read_rows(live)}
    report = UpdateReport()
    checked: list[tuple[SourceSpec, list[FileRecord]]] = []
    failures: list[tuple[SourceSpec, str]] = []
    now = utcnow()
    work = Path(tempfile.mkdtemp(prefix=".lists-update-", dir=store))
    try:
        to_import: list[tuple[SourceSpec, list[Fetched]]] = []
        timeout = httpx.Timeout(settings.list_timeout)
        with httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5,
                          headers={"User-Agent": USER_AGENT}) as client:
            for spec in specs:
                stage = work / spec.id
                stage.mkdir()
                try:
                    fetched = []
                    for name, url in spec.files:
                        prev = previous.get((spec.id, name))
                        cached = cache_root / spec.id / name
                        ok_cache = (cached if prev and cached.exists() and prev.get("sha256") == file_sha256(cached)
                                    else None)
                        fetched.append(fetch_file(client, name, url, stage / name, prev, ok_cache, settings))
                except FetchError as exc:
                    failures.append((spec, str(exc)))
                    report.results.append(SourceResult(spec.id, spec.title, "failed", str(exc)))
                    continue
                records = [f.record for f in fetched]
                same = all(f.not_modified or (previous.get((spec.id, f.record.name)) or {}).get("sha256") == f.record.sha256
                           for f in fetched)
                if same:
                    status = "not modified" if all(f.not_modified for f in fetched) else "unchanged"
                    checked.append((spec, records))
                    _keep(cache_root / spec.id, [f.path for f in fetched if not f.not_modified])
                    report.results.append(SourceResult(spec.id, spec.title, status, files=records))
                    continue
                for f in fetched:                    # a file the server did not resend: the last good copy
                    if f.path.parent != stage:
                        shutil.copy2(f.path, stage / f.record.name)
                to_import.append((spec, fetched))

        imported: list[SourceSpec] = []
        if to_import:
            candidate = work / "registry.sqlite3"
            gen_conn = sqlite3.connect(live, timeout=60)
            try:
                generation = _generation(gen_conn)
            finally:
                gen_conn.close()
            _copy(live, candidate)
            reg = Registry.open(candidate)
            try:
                for spec, fetched in to_import:
                    records = [f.record for f in fetched]
                    prov = Provenance(spec.id, spec.title, records, fetched_at=now, checked_at=now)
                    main = work / spec.id / spec.files[0][0]
                    try:
                        result = import_file(reg, main, as_of=today, force=force,
                                             max_removed_share=settings.list_max_removed_share, provenance=prov)
                        if not result.lists:
                            raise ValueError("the file holds no listings")
                    except (ValueError, OSError, UnicodeDecodeError) as exc:
                        reason = f"{exc}".replace(str(main), spec.files[0][0])
                        failures.append((spec, reason))
                        report.results.append(SourceResult(spec.id, spec.title, "failed", reason, files=records))
                        continue
                    imported.append(spec)
                    report.results.append(SourceResult(spec.id, spec.title, "updated", report=result, files=records))
            finally:
                reg.close()
            if imported:
                try:
                    _check(candidate, live)
                    _switch(candidate, live, generation)
                except (RuntimeError, sqlite3.Error) as exc:
                    for r in report.results:
                        if r.status == "updated":
                            r.status, r.reason, r.report = "failed", str(exc), None
                            failures.append((next(s for s in specs if s.id == r.source), str(exc)))
                    imported = []
                else:
                    report.switched = True
            for spec in imported:                    # keep the files now in use, for the next conditional request
                _keep(cache_root / spec.id, [work / spec.id / name for name, _url in spec.files])

        def meta(conn: sqlite3.Connection) -> None:
            for spec, records in checked:
                record_checked(conn, spec.id, records, now)
            for spec, reason in failures:
                record_failure(conn, spec.id, spec.title,
                               [FileRecord(name, shown(url)) for name, url in spec.files], reason, now)

        if checked or failures:
            _write_meta(live, meta)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    order = {s.id: i for i, s in enumerate(specs)}
    report.results.sort(key=lambda r: order.get(r.source, 0))
    return report


def due(registry_path: Path | str, settings, hours: float, now: datetime | None = None) -> bool:
    """Whether a scheduled update should run: some enabled source was not tried within `hours`."""
    now = now or utcnow()
    rows = read_rows(registry_path)
    for spec in enabled_sources(settings):
        tried = []
        for name, _url in spec.files:
            row = next((r for r in rows if r["source"] == spec.id and r["file"] == name), None)
            stamps = [row.get("checked_at"), row.get("failed_at")] if row else []
            tried.append(max((datetime.fromisoformat(s) for s in stamps if s), default=None))
        if any(t is None or (now - t).total_seconds() >= hours * 3600 * 0.98 for t in tried):
            return True
    return False
