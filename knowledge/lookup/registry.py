"""The read API: `Registry.open(path)`, `lookup`, `autocomplete`, `find_in_text`, `entity`, `entities`, `count`,
`reload`, `get_meta`. Entities and listings live in one SQLite file (written by ingest/registry_writer.py); the name
index is read on first use (built once per content and saved beside the file: saved.py) and read again when another
writer changed the file."""
from __future__ import annotations

import bisect
import sqlite3
import threading
from collections import Counter
from pathlib import Path
from typing import Iterator

from knowledge.models import Entity, Match

from .fields import fields
from .index import EntityRec, Index
from .normalise import analyse, match_tokens
from .readings import stray_symbols_dropped
from .saved import load_or_build
from .score import EQUAL_TIERS, Params, Reason, fitted_params, hold_ambiguous, rank, score
from .store import SCHEMA, load_entities
from .text import find_in_text


class Registry:
    """Safe to share between threads: each thread gets its own read connection."""

    def __init__(self, path: Path, threshold: float | None = None, params: Params | None = None):
        self.path = Path(path)
        base = params or fitted_params()
        if threshold is not None:
            base = Params(**{**base.__dict__, "threshold": float(threshold)})
        self.params = base
        self._local = threading.local()
        self._index_lock = threading.Lock()
        self._index: Index | None = None
        self._data_version: str | None = None
        self._conns: list[sqlite3.Connection] = []

    @property
    def threshold(self) -> float:
        return self.params.threshold

    @classmethod
    def open(cls, path: Path, threshold: float | None = None, params: Params | None = None) -> "Registry":
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        reg = cls(path, threshold, params)
        conn = reg._conn()
        conn.executescript(SCHEMA)
        conn.commit()
        return reg

    # -- connections --------------------------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
            self._conns.append(conn)
        return conn

    def close(self) -> None:
        for conn in self._conns:
            try:
                conn.close()
            except sqlite3.Error:
                pass
        self._conns.clear()
        self._local = threading.local()

    def __enter__(self) -> "Registry":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- index --------------------------------------------------------------------------------------------------
    def index(self, wait: bool = False) -> Index:
        """The name index of the registry as it is now. While another thread builds the index of a new version
        (seconds for a list of thousands), readers get the previous one rather than queue behind the build, unless
        they `wait`."""
        stamp = self._write_stamp()
        idx = self._index
        if idx is not None and self._data_version == stamp:
            return idx
        if not self._index_lock.acquire(blocking=idx is None or wait):
            return idx
        try:
            if self._index is None or self._data_version != stamp:
                conn = sqlite3.connect(self.path, timeout=30)
                try:
                    # one read transaction: the stamp, entities, aliases and listings all of one registry version,
                    # even while `lists update` copies a new version over the file
                    conn.execute("BEGIN")
                    loaded_stamp = self._write_stamp(conn)
                    entities = load_entities(conn)
                    conn.rollback()
                finally:
                    conn.close()
                # built once per content and saved beside the registry (saved.py)
                self._index = load_or_build(self.path, entities)
                self._data_version = loaded_stamp
            return self._index
        finally:
            self._index_lock.release()

    def _write_stamp(self, conn: sqlite3.Connection | None = None) -> str:
        row = (conn or self._conn()).execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return row[0] if row else "0"

    def reload(self) -> None:
        """The next read rebuilds the index; until the new one is built, readers keep the previous one."""
        self._data_version = None

    def get_meta(self, key: str) -> str | None:
        row = self._conn().execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    # -- reading ------------------------------------------------------------------------------------------------
    def count(self) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM entities").fetchone()[0]

    def entity(self, entity_id: str) -> Entity:
        rec = self.index().entities.get(entity_id)
        if rec is None:
            raise KeyError(entity_id)
        return to_entity(rec)

    def entities(self) -> Iterator[Entity]:
        for rec in self.index().entities.values():
            yield to_entity(rec)

    # -- lookup -------------------------------------------------------------------------------------------------
    def scored(self, text: str, prefix: bool = False) -> dict[str, tuple[Reason, int, int]]:
        """The best reason of each candidate entity, how literal its alias is (fewer removed words first) and that
        alias's index; a typed name that names no one entity matches none (score.hold_ambiguous)."""
        idx = self.index()
        best: dict[str, tuple[Reason, int, int]] = {}
        for i, ev in idx.evidence(text, self.params, prefix=prefix):
            a = idx.aliases[i]
            r = score(ev, self.params)
            cur = best.get(a.entity_id)
            if cur is None or rank(r, a.stripped) > rank(*cur[:2]):
                best[a.entity_id] = (r, a.stripped, i)
        if prefix:
            return best
        held = hold_ambiguous({eid: r for eid, (r, _, _) in best.items()}, self.params)
        return {eid: (held[eid], stripped, i) for eid, (_, stripped, i) in best.items()}

    def _explains_less(self, text: str, best: dict[str, tuple[Reason, int, int]]) -> dict[str, str]:
        """The matched entities whose name leaves typed words unexplained that another matched entity's name holds,
        with every typed word the first one holds, each with (one of) the entities holding more: both names explain
        what was typed, the one holding more of it (a place, a branch, a word set aside as chatter or as the name's
        own abbreviation) is the better reading
        ("Widget Telecom Kenya Ltd" is WIDGET TELECOM KENYA LIMITED before WIDGET TELECOM LIMITED; "Lima Depot -
        Widget Group" is WIDGET GROUP - LIMA DEPOT before WIDGET GROUP S.A.). Words are counted as often as they are
        typed, each as the index reads it (normalise.match_tokens)."""
        idx = self.index()
        matched = {eid: i for eid, (r, _, i) in best.items() if r.score >= self.threshold}
        if len(matched) < 2:
            return {}
        typed = Counter(tok for tok, _ in match_tokens(idx.analyse_query(text).kept))
        held = {eid: typed & Counter(idx.aliases[i].toks) for eid, i in matched.items()}
        # the one holding more: a name the typed text has every word of (nothing of it left out: a name lacking words
        # explains none of the typed ones it has better than another reading spelling them otherwise)
        whole = {eid for eid in matched if not best[eid][0].missing}
        return {eid: oid for eid, h in held.items() if h for oid in whole if oid != eid and h < held[oid]}

    def lookup(self, name: str, limit: int = 5) -> list[Match]:
        """The best entities for a typed name, best first; `match` is True when the score clears the threshold."""
        idx = self.index()

        def after(eid: str | None) -> str:
            # a match ranked after one of lower score says why
            return (f"; ranked after {idx.entities[eid].name}, whose name also holds typed words this one leaves out"
                    if eid else "")

        def matches(ranked, read_as: str = "") -> list[Match]:
            return [Match(to_entity(idx.entities[eid]), r.score, r.score >= self.threshold,
                          read_as + r.text() + after(other), r)
                    for eid, r, other in ranked[:limit]]

        out = matches(self.ranked(name))
        if out and out[0].match:
            return out
        # nothing matched: the name with the symbols that strayed into its words left out ("Ca*naduz S.A.")
        unstrayed = stray_symbols_dropped(name)
        if unstrayed:
            read = matches(self.ranked(unstrayed), f"read as '{unstrayed}' (a symbol inside a word left out): ")
            if read and read[0].match:
                return read
        # nothing matched: a structured text whose fields name one listed name exactly (knowledge/lookup/fields.py)
        found = self.named_by_fields(name)
        if found is None:
            return out
        eid, field, r = found
        hit = Match(to_entity(idx.entities[eid]), r.score, True, f"the field '{field}' of the text: {r.text()}", r)
        return [hit, *(m for m in out if m.entity.id != eid)][:limit]

    def named_by_fields(self, text: str) -> tuple[str, str, Reason] | None:
        """(entity id, field, reason) when the fields of a structured text that name a listed name exactly all name
        the same one entity; None otherwise."""
        idx = self.index()
        hits: dict[str, tuple[str, Reason]] = {}
        for f in fields(text):
            # the field read as a typed name, exact tiers only: no chatter, reference-code or other reading of a longer
            # text ("<td>please screen Widget Ltd asap</td>" holds no field that is a name)
            for i, ev in idx.exactly(f, self.params):
                r = score(ev, self.params)
                if ev.rule in EQUAL_TIERS and r.score >= self.threshold:
                    hits.setdefault(idx.aliases[i].entity_id, (f, r))
        if len(hits) != 1:
            return None
        (eid, (f, r)), = hits.items()
        return eid, f, r

    def ranked(self, name: str) -> list[tuple[str, Reason, str | None]]:
        """Every candidate entity of a typed name with its best reason, best first, and the entity ranked before it
        for holding typed words its name leaves out (`_explains_less`), if any: the one order not by score."""
        idx = self.index()
        best = self.scored(name)
        less = self._explains_less(name, best)
        # (a match whose name holds fewer of the typed words than another match's after it, `_explains_less`; at one
        # score, an entity's own name before another's a.k.a.: "Veldrasuna" is VELDRASUNA before the front whose
        # a.k.a. it is)
        ranked = sorted(best.items(), key=lambda kv: (kv[1][0].score < self.threshold, kv[0] in less,
                                                      -kv[1][0].score, -kv[1][0].legal_named,
                                                      kv[1][0].alias_kind != "name", kv[1][1],
                                                      idx.entities[kv[0]].name))
        return [(eid, r, less.get(eid)) for eid, (r, _, _) in ranked]

    def autocomplete(self, partial: str, limit: int = 25) -> list[str]:
        """Up to `limit` entity names for a partial, possibly misspelt, input (Discord autocomplete)."""
        idx = self.index()
        folded = analyse(partial).literal
        if not folded:
            return []
        scored: dict[str, float] = {}
        lo = bisect.bisect_left(idx.sorted_key_strs, folded)
        n = 0
        while lo < len(idx.sorted_keys) and n < 200:
            k, i = idx.sorted_keys[lo]
            if not k.startswith(folded):
                break
            a = idx.aliases[i]
            s = 1.0 if k == folded else 0.97 - 0.001 * min(len(k) - len(folded), 40)
            if a.kind != "name":
                s -= 0.01
            if s > scored.get(a.entity_id, -1.0):
                scored[a.entity_id] = s
            lo += 1
            n += 1
        if len(scored) < min(limit, 5):     # few names start with it: look for misspellings and inner words
            for eid, (r, _, _) in self.scored(partial, prefix=True).items():
                if r.score >= 0.45 and r.score > scored.get(eid, -1.0):
                    scored[eid] = r.score
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1], idx.entities[kv[0]].name))
        return [idx.entities[eid].name for eid, _ in ranked[:limit]]

    def find_in_text(self, text: str, limit: int = 5) -> list[Match]:
        """Entities named inside free text ("can i still buy a xiaomi mi 10t pro??"); see lookup/text.py."""
        idx = self.index()
        return [Match(to_entity(idx.entities[eid]), s, True, why) for eid, s, why in
                find_in_text(idx, text, self.threshold, limit)]


def to_entity(rec: EntityRec) -> Entity:
    aliases = [a for a, _ in rec.aliases if a != rec.name]
    return Entity(id=rec.id, name=rec.name, aliases=aliases, country=rec.country, listings=list(rec.listings))
