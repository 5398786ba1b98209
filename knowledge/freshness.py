"""How fresh the list data is: one row per list file in the registry's `list_files` table, written by the importers
(`ingest/update.py` for the official files, `ingest/lists.py` for the shipped data and files imported by hand) and
read here for `blacklist-bot lists`, `/status` and the "list data as of" line of answers.

What "as of" means: a file that `lists update` fetches is the official list as of the last time its server confirmed
it (downloaded it, or answered 304 Not Modified); the shipped data and a file imported by hand are as of their own
date (the shipped data's newest dated fact unless it declares `as_of`; a hand-imported file's modification date).
A source is stale when that date is more than `stale_days` old. An answer resting on listings of several lists is
as of the oldest of them.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable

from .models import ListSource

SCHEMA = """
CREATE TABLE IF NOT EXISTS list_files (
    source TEXT NOT NULL,                 -- csl, ofac-sdn, dod-1260h, fcc-covered, shipped, import:<file name>
    file TEXT NOT NULL,                   -- the file's local name (sdn.csv, alt.csv, ...)
    title TEXT,
    url TEXT,
    etag TEXT,                            -- for conditional requests (If-None-Match)
    last_modified TEXT,                   -- the server's Last-Modified, verbatim (If-Modified-Since)
    source_date TEXT,                     -- ISO date of the file itself
    sha256 TEXT,
    bytes INTEGER,
    fetched_at TEXT,                      -- ISO UTC: last download (or load) that was imported
    checked_at TEXT,                      -- ISO UTC: last time the server confirmed the file (200 or 304)
    lists TEXT NOT NULL DEFAULT '[]',     -- JSON: the lists the source's last import held
    error TEXT,                           -- the last attempt's failure, cleared by the next success
    failed_at TEXT,
    PRIMARY KEY (source, file)
);
"""

DEFAULT_STALE_DAYS = 30


def _dt(value: str | None) -> datetime | None:
    if not value:
        return None
    d = datetime.fromisoformat(value)
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def read_rows(registry_path: Path | str) -> list[dict]:
    """The raw `list_files` rows (empty when the registry or the table does not exist yet)."""
    path = Path(registry_path)
    if not path.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return []
    try:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM list_files ORDER BY source, rowid")]
    except sqlite3.OperationalError:   # no such table: nothing recorded yet
        return []
    finally:
        conn.close()


def list_sources(registry_path: Path | str, stale_days: int = DEFAULT_STALE_DAYS,
                 today: date | None = None) -> list[ListSource]:
    """One `ListSource` per source, in a stable order (fetched sources first, then the shipped data, then files
    imported by hand)."""
    today = today or date.today()
    grouped: dict[str, list[dict]] = {}
    for row in read_rows(registry_path):
        grouped.setdefault(row["source"], []).append(row)
    out = []
    for source, rows in grouped.items():
        dates = []
        for r in rows:
            checked = _dt(r["checked_at"])
            dates.append(checked.date() if checked else _d(r["source_date"]))
        as_of = None if any(d is None for d in dates) else min(dates)
        checked = [_dt(r["checked_at"]) for r in rows]
        fetched = [_dt(r["fetched_at"]) for r in rows]
        failed = [(_dt(r["failed_at"]), r["error"]) for r in rows if r["error"]]
        source_dates = [_d(r["source_date"]) for r in rows if r["source_date"]]
        out.append(ListSource(
            source=source,
            title=rows[0]["title"] or source,
            urls=[r["url"] for r in rows if r["url"]],
            as_of=as_of,
            stale=as_of is None or (today - as_of).days > stale_days,
            checked_at=min(checked) if all(checked) else None,
            fetched_at=min(fetched) if all(fetched) else None,
            source_date=max(source_dates) if source_dates else None,
            sha256=[r["sha256"] for r in rows if r["sha256"]],
            lists=sorted({l for r in rows for l in json.loads(r["lists"] or "[]")}),
            error=failed[0][1] if failed else None,
            failed_at=failed[0][0] if failed else None,
        ))
    order = {"shipped": 1}
    out.sort(key=lambda s: (order.get(s.source, 2 if s.source.startswith("import:") else 0), s.source))
    return out


def list_data_as_of(sources: Iterable[ListSource], list_names: Iterable[str]) -> date | None:
    """The date the named lists' data is as of: per list the freshest source that holds it, then the oldest of
    those. None when no recorded source holds any of them."""
    sources = list(sources)
    dates = []
    for name in set(list_names):
        held = [s.as_of for s in sources if name in s.lists and s.as_of]
        if held:
            dates.append(max(held))
    return min(dates) if dates else None
