"""The write side of the list registry: one import is one transaction, with entity resolution and upserts.

`write_session(registry)` yields a `RegistryWriter`; on commit the generation stamp moves on, so every reader
(in this process or another) rebuilds its name index. A failed import rolls back and leaves the previous data
answering. Stored rows are named records (`StoredListing`), never positional tuples.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable, Iterator

from knowledge.lookup import Registry
from knowledge.lookup.index import DISTINCTIVE_ROLES
from knowledge.lookup.normalise import analyse, is_cjk, match_tokens, normalize

_WRITE_LOCK = threading.RLock()


@dataclass
class ListingIn:
    list: str
    key: str
    authority: str | None = None
    program: str | None = None
    status: str = "active"
    start_date: date | None = None
    end_date: date | None = None
    source_url: str | None = None
    restricts: list[str] = field(default_factory=list)     # restriction keys (knowledge/vocab/restrictions.yaml)
    note: str | None = None


@dataclass(frozen=True)
class StoredListing:
    """A row of the listings table."""
    id: int
    entity_id: str
    list: str
    key: str
    origin: str
    authority: str | None
    program: str | None
    status: str
    start_date: str | None
    end_date: str | None
    source_url: str | None
    restricts: str
    note: str | None

    def values(self) -> tuple:
        """What an import compares to tell 'updated' from 'unchanged'."""
        return (self.authority, self.program, self.status, self.start_date, self.end_date, self.source_url,
                self.restricts, self.note)


def _listing_values(l: ListingIn) -> dict:
    return dict(authority=l.authority, program=l.program, status=l.status,
                start_date=l.start_date.isoformat() if l.start_date else None,
                end_date=l.end_date.isoformat() if l.end_date else None, source_url=l.source_url,
                restricts=json.dumps(l.restricts), note=l.note)


@contextmanager
def write_session(registry: Registry) -> Iterator["RegistryWriter"]:
    """One import: a transaction plus in-memory lookups of what is stored; readers reload on commit."""
    with _WRITE_LOCK:
        conn = sqlite3.connect(registry.path, timeout=60)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        try:
            conn.execute("BEGIN IMMEDIATE")
            w = RegistryWriter(conn)
            yield w
            gen = conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
            nxt = str(int(gen["value"]) + 1 if gen else 1)
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)", (nxt,))
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.close()
        registry.reload()


def _slug(name: str) -> str:
    toks = [t.word for t in analyse(name).terms if t.word.isascii() and t.role != "stop"]
    s = "-".join(toks)[:60].strip("-")
    return s or "entity"


def strong_keys(name: str, aliases: Iterable[tuple[str, str]]) -> set[str]:
    """Keys that identify an entity well enough to merge rows of different lists into it: the name, and aliases
    with at least two distinctive words (or four Chinese characters)."""
    keys = set()
    k = normalize(name)
    if k:
        keys.add(k)
    for alias, kind in aliases:
        if kind in ("brand", "product", "abbreviation", "weak"):
            continue
        a = analyse(alias)
        if not a.key:
            continue
        kept = a.kept
        distinctive = [r for _, r in match_tokens(kept) if r in DISTINCTIVE_ROLES and r != "cjk"]
        if len(distinctive) >= 2 or (len(kept) == 1 and is_cjk(kept[0].text) and len(kept[0].text) >= 4):
            keys.add(a.key)
    return keys


class RegistryWriter:
    """Batched writes for one import. Counts what changed."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.names: dict[str, str] = {}                                   # entity id -> name
        self.key_to_entities: dict[str, set[str]] = defaultdict(set)
        self.aliases: dict[str, dict[str, str]] = defaultdict(dict)       # entity id -> {alias: kind}
        self.country: dict[str, str | None] = {}
        self.listings: dict[tuple[str, str], StoredListing] = {}          # (list, key) -> row
        self.entity_lists: dict[str, set[tuple[str, str]]] = defaultdict(set)   # entity -> {(list, origin)}
        for r in conn.execute("SELECT id, name, country FROM entities"):
            self.names[r["id"]] = r["name"]
            self.country[r["id"]] = r["country"]
        for r in conn.execute("SELECT entity_id, alias, kind FROM aliases"):
            self.aliases[r["entity_id"]][r["alias"]] = r["kind"]
        for eid, name in self.names.items():
            for k in strong_keys(name, self.aliases[eid].items()):
                self.key_to_entities[k].add(eid)
        for r in conn.execute("SELECT * FROM listings"):
            row = StoredListing(**{k: r[k] for k in r.keys()})
            self.listings[(row.list, row.key)] = row
            self.entity_lists[row.entity_id].add((row.list, row.origin))

    # -- entities -----------------------------------------------------------------------------------------------
    def resolve(self, name: str, aliases: list[tuple[str, str]], list_name: str, key: str, origin: str) -> str | None:
        """The stored entity this row describes, or None for a new one."""
        row = self.listings.get((list_name, key))
        if row is not None and row.entity_id in self.names:
            return row.entity_id
        cands: set[str] = set()
        for k in strong_keys(name, aliases):
            cands |= self.key_to_entities.get(k, set())
        # a list names each of its entities once: never merge into an entity this list (and feed) already holds
        cands = {c for c in cands if (list_name, origin) not in self.entity_lists[c] or origin == "shipped"}
        if len(cands) == 1:
            return next(iter(cands))
        if len(cands) > 1:
            exact = [c for c in cands if normalize(self.names[c]) == normalize(name)]
            if len(exact) == 1:
                return exact[0]
            return sorted(cands)[0]
        return None

    def new_entity(self, name: str, country: str | None, typ: str | None, entity_id: str | None = None) -> str:
        eid = entity_id or _slug(name)
        if eid in self.names:
            base, n = eid, 2
            while f"{base}-{n}" in self.names:
                n += 1
            eid = f"{base}-{n}"
        self.conn.execute("INSERT INTO entities(id, name, country, type) VALUES (?,?,?,?)", (eid, name, country, typ))
        self.names[eid] = name
        self.country[eid] = country
        for k in strong_keys(name, []):
            self.key_to_entities[k].add(eid)
        return eid

    def update_entity(self, eid: str, aliases: list[tuple[str, str]], country: str | None = None,
                      name: str | None = None) -> bool:
        """Add new aliases (and a country if none was known). True if anything changed."""
        changed = False
        if name and name != self.names[eid]:
            self.conn.execute("UPDATE entities SET name=? WHERE id=?", (name, eid))
            self.names[eid] = name
            changed = True
        if country and not self.country.get(eid):
            self.conn.execute("UPDATE entities SET country=? WHERE id=?", (country, eid))
            self.country[eid] = country
            changed = True
        known = self.aliases[eid]
        new = []
        for alias, kind in aliases:
            alias = alias.strip()
            if not alias or alias == self.names[eid] or alias in known:
                continue
            known[alias] = kind
            new.append((eid, alias, kind))
        if new:
            self.conn.executemany("INSERT OR IGNORE INTO aliases(entity_id, alias, kind) VALUES (?,?,?)", new)
            for k in strong_keys(self.names[eid], [(a, k) for _, a, k in new]):
                self.key_to_entities[k].add(eid)
            changed = True
        return changed

    # -- listings -----------------------------------------------------------------------------------------------
    def upsert_listing(self, eid: str, l: ListingIn, origin: str) -> str:
        """'added' | 'updated' | 'unchanged'."""
        values = _listing_values(l)
        row = self.listings.get((l.list, l.key))
        if row is None:
            cur = self.conn.execute(
                "INSERT INTO listings(entity_id, list, key, origin, authority, program, status, start_date, end_date, "
                "source_url, restricts, note) VALUES (:entity_id, :list, :key, :origin, :authority, :program, "
                ":status, :start_date, :end_date, :source_url, :restricts, :note)",
                dict(entity_id=eid, list=l.list, key=l.key, origin=origin, **values),
            )
            self.listings[(l.list, l.key)] = StoredListing(cur.lastrowid, eid, l.list, l.key, origin, **values)
            self.entity_lists[eid].add((l.list, origin))
            return "added"
        new = replace(row, entity_id=eid, origin=origin, **values)
        if new == row:
            return "unchanged"
        self.conn.execute(
            "UPDATE listings SET entity_id=:entity_id, origin=:origin, authority=:authority, program=:program, "
            "status=:status, start_date=:start_date, end_date=:end_date, source_url=:source_url, "
            "restricts=:restricts, note=:note WHERE id=:id",
            dict(id=row.id, entity_id=eid, origin=origin, **values),
        )
        self.listings[(l.list, l.key)] = new
        self.entity_lists[eid].add((l.list, origin))
        return "updated"

    def end_missing(self, list_name: str, origin: str, seen_keys: set[str], end: date,
                    note: str | None = None) -> tuple[int, set[str]]:
        """End the active listings of this list (from this feed) that a full re-import no longer contains.
        Returns (listings ended, entities concerned)."""
        ended = 0
        ents: set[str] = set()
        for (lst, key), row in list(self.listings.items()):
            if lst != list_name or row.origin != origin or key in seen_keys or row.status != "active":
                continue
            new_note = note or f"no longer on the list in the import of {end.isoformat()}"
            self.conn.execute("UPDATE listings SET status='removed', end_date=?, note=? WHERE id=?",
                              (end.isoformat(), new_note, row.id))
            self.listings[(lst, key)] = replace(row, status="removed", end_date=end.isoformat(), note=new_note)
            ended += 1
            ents.add(row.entity_id)
        return ended, ents

    def delete_listing(self, list_name: str, key: str) -> None:
        self.conn.execute("DELETE FROM listings WHERE list=? AND key=?", (list_name, key))
        self.listings.pop((list_name, key), None)

    def active_listings(self, eid: str) -> int:
        return sum(1 for row in self.listings.values() if row.entity_id == eid and row.status == "active")

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row["value"] if row else None
