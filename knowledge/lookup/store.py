"""The registry's SQLite file: its schema, and reading it into index records (the read side; ingest/ writes)."""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import fields as dc_fields
from datetime import date

from knowledge.models import Listing
from knowledge.vocab import vocab

from .index import EntityRec

SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    type TEXT
);
CREATE TABLE IF NOT EXISTS aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'alias',
    PRIMARY KEY (entity_id, alias)
);
CREATE TABLE IF NOT EXISTS listings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    list TEXT NOT NULL,
    key TEXT NOT NULL,
    origin TEXT NOT NULL,
    authority TEXT,
    program TEXT,
    status TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    source_url TEXT,
    restricts TEXT NOT NULL DEFAULT '[]',
    note TEXT,
    UNIQUE (list, key)
);
CREATE INDEX IF NOT EXISTS listings_entity ON listings(entity_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""

_LISTING_FIELDS = {f.name for f in dc_fields(Listing)}


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def listing_from_row(row: sqlite3.Row) -> Listing:
    """A stored listing as the read side shows it: restriction keys become sentences for a person (present tense
    while the listing is active, past once it ended)."""
    v = vocab()
    keys = [k for k in json.loads(row["restricts"] or "[]") if k in v.restrictions]
    active = row["status"] == "active"
    phrases = [v.restrictions[k].now if active else v.restrictions[k].past for k in keys]
    kw = dict(list=row["list"], authority=row["authority"] or "", program=row["program"], status=row["status"],
              start_date=_d(row["start_date"]), end_date=_d(row["end_date"]), source_url=row["source_url"],
              restricts=phrases, restriction_keys=keys, note=row["note"])
    return Listing(**{k: val for k, val in kw.items() if k in _LISTING_FIELDS})


def _listing_sort_key(l: Listing):
    return (0 if l.status == "active" else 1, -(l.start_date or date.min).toordinal())


def load_entities(conn: sqlite3.Connection) -> dict[str, EntityRec]:
    conn.row_factory = sqlite3.Row
    recs: dict[str, EntityRec] = {}
    for r in conn.execute("SELECT id, name, country, type FROM entities"):
        recs[r["id"]] = EntityRec(r["id"], r["name"], r["country"], r["type"])
    for r in conn.execute("SELECT entity_id, alias, kind FROM aliases ORDER BY rowid"):
        rec = recs.get(r["entity_id"])
        if rec is not None:
            rec.aliases.append((r["alias"], r["kind"]))
    per_entity: dict[str, list[tuple[str, Listing]]] = defaultdict(list)
    for r in conn.execute("SELECT * FROM listings ORDER BY id"):
        if r["entity_id"] in recs:
            per_entity[r["entity_id"]].append((r["origin"], listing_from_row(r)))
    for eid, items in per_entity.items():
        # the shipped data and an import may both carry the same membership: show the curated one once
        shipped = {(l.list, l.status) for origin, l in items if origin == "shipped"}
        recs[eid].listings = [l for origin, l in items if origin == "shipped" or (l.list, l.status) not in shipped]
    for rec in recs.values():
        rec.listings.sort(key=_listing_sort_key)
    return recs
