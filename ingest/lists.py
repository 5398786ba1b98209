"""List importers: the trade.gov Consolidated Screening List (CSV in the current layout with `_id` and the older one
without it, and its JSON form), OpenSanctions FollowTheMoney entity JSON lines, OFAC's legacy `sdn.csv` with `alt.csv`
and `add.csv` next to it, and the list data shipped in `knowledge/lists/*.yaml`.

The format is recognised from the file's content. An import is idempotent: the same file twice changes nothing. A
file is taken as the full current list of every source it contains, so a listing of one of those sources that a
previous import of the same kind of file brought in, and that is absent now, is ended (status "removed", end date =
`as_of`, by default today), never deleted. A malformed row is reported with its line number and skipped.

Imports cannot lie about removals: a file that cannot be read to its end (cut inside a quoted field, its last row
cut short, its last JSON line broken) is refused whole (`IncompleteFile`); a file with unreadable rows imports the
rows it could read and ends no listing (the unread rows may be the very ones that look removed); and an import that
would end more than `max_removed_share` of a list's active listings stops and names them (`TooManyRemovals`) unless
forced. Each import is one transaction: refused or failed, it leaves the registry as it was.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

import yaml

from ingest.listmeta import FileRecord, Provenance, hand_import, record_import
from knowledge.freshness import read_rows
from knowledge.lookup import Registry
from knowledge.vocab import vocab

from .registry_writer import ListingIn, RegistryWriter, write_session

CSL_COLUMNS = [
    "_id", "source", "entity_number", "type", "programs", "name", "title", "addresses", "federal_register_notice",
    "start_date", "end_date", "standard_order", "license_requirement", "license_policy", "call_sign", "vessel_type",
    "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url",
    "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids",
]
SDN_LIST = "Specially Designated Nationals (SDN) - Treasury Department"
SDN_URL = "https://sanctionslist.ofac.treas.gov/Home/SdnList"
OPENSANCTIONS_DATASETS = vocab().opensanctions_datasets
FTM_THING_SCHEMAS = {"Company", "Organization", "LegalEntity", "Person", "Vessel", "Airplane", "PublicBody"}
# An import that would end more than this share of a list's active listings stops unless forced (a broken or partial
# official file looks exactly like mass removals). The CLI passes BLACKLIST_BOT_LIST_MAX_REMOVED_SHARE.
DEFAULT_MAX_REMOVED_SHARE = 0.10
NAMES_SHOWN = 10   # names listed in a refused import's message


def shipped_dir() -> Path:
    """knowledge/lists, found as package data."""
    return Path(str(resources.files("knowledge").joinpath("lists")))


def restrictions_for_source(source: str) -> list[str]:
    """Restriction keys of a listing on this list (knowledge/vocab/sources.yaml)."""
    return vocab().restrictions_for_source(source)


def authority_for_source(source: str) -> str:
    """'Entity List (EL) - Bureau of Industry and Security' -> 'Bureau of Industry and Security'."""
    if " - " in (source or ""):
        return source.rsplit(" - ", 1)[1].strip()
    return source or ""


@dataclass
class ImportReport:
    path: str
    format: str
    entities_added: int = 0
    entities_updated: int = 0
    entities_unchanged: int = 0
    entities_ended: int = 0
    entities_skipped: int = 0
    listings_added: int = 0
    listings_updated: int = 0
    listings_unchanged: int = 0
    listings_ended: int = 0
    listings_skipped: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)   # (line number, reason)
    lists: list[str] = field(default_factory=list)                 # the lists the file holds
    removals_withheld: int = 0     # listings absent from the file but kept because some rows could not be read

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "entities": {"added": self.entities_added, "updated": self.entities_updated,
                         "unchanged": self.entities_unchanged, "ended": self.entities_ended,
                         "skipped": self.entities_skipped},
            "listings": {"added": self.listings_added, "updated": self.listings_updated,
                         "unchanged": self.listings_unchanged, "ended": self.listings_ended,
                         "skipped": self.listings_skipped},
            "skipped": [{"line": line, "reason": reason} for line, reason in self.skipped],
            "lists": list(self.lists),
            "removals_withheld": self.removals_withheld,
        }

    @property
    def changed(self) -> bool:
        return any((self.entities_added, self.entities_updated, self.listings_added, self.listings_updated,
                    self.listings_ended))


class MalformedRow(ValueError):
    pass


class IncompleteFile(ValueError):
    """The file cannot be read to its end (a download cut short): nothing of it is imported."""


class TooManyRemovals(ValueError):
    """The import would end more than the allowed share of a list's listings; nothing of it is imported."""

    def __init__(self, list_name: str, names: list[str], active: int, share: float):
        self.list_name, self.names, self.active, self.share = list_name, names, active, share
        shown = "; ".join(names[:NAMES_SHOWN]) + (f"; and {len(names) - NAMES_SHOWN} more" if len(names) > NAMES_SHOWN else "")
        super().__init__(
            f"would end {len(names)} of {active} active listings of '{list_name}' ({len(names) / active:.0%}, more "
            f"than {share:.0%}): {shown}. Nothing was imported; if the official list really dropped them, import "
            "again with --force")


# ---------------------------------------------------------------------------------------------------------------
# small parsers
# ---------------------------------------------------------------------------------------------------------------
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d %b %Y", "%d %B %Y", "%Y/%m/%d", "%m/%d/%y", "%Y-%m-%dT%H:%M:%S")


def parse_date(value: Any, field_name: str = "date") -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text or text == "-0-":
        return None
    text = text[:19] if re.match(r"\d{4}-\d\d-\d\dT", text) else text
    if len(text) == 10 and text[4] == "-":
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if re.fullmatch(r"\d{4}-\d\d", text):
        return date(int(text[:4]), int(text[5:7]), 1)
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1)
    raise MalformedRow(f"unreadable {field_name} {text!r}")


def split_multi(value: Any) -> list[str]:
    """A multi-valued CSL cell ('a; b; c') or a JSON list -> list of non-empty strings."""
    if value is None:
        return []
    if isinstance(value, list):
        out = []
        for v in value:
            if isinstance(v, dict):
                v = v.get("name") or v.get("address") or ""
            out.extend(split_multi(v))
        return out
    return [p.strip() for p in str(value).split(";") if p.strip() and p.strip() != "-0-"]


_FR_RE = re.compile(r"(\d{2,3})\s*F\.?\s*R\.?\s*(\d{3,6})", re.I)


def fr_url(notice: str | None) -> str | None:
    """'85 FR 83416' -> the Federal Register's citation link (None for a missing or placeholder citation)."""
    if not notice:
        return None
    m = _FR_RE.search(notice)
    if not m or int(m.group(1)) == 0 or int(m.group(2)) == 0:
        return None
    return f"https://www.federalregister.gov/citation/{int(m.group(1))}-FR-{int(m.group(2))}"


def _country_from_address(addresses: list[str]) -> str | None:
    for addr in addresses:
        m = re.search(r",\s*([A-Z]{2})\s*$", addr)
        if m:
            return m.group(1)
    return None


_IDS_LISTING_DATE = re.compile(r"Listing Date \([^)]*\),\s*(\d{1,2} \w{3,9} \d{4})")
_IDS_EFFECTIVE_DATE = re.compile(r"Effective Date \([^)]*\),\s*(\d{1,2} \w{3,9} \d{4})")


# ---------------------------------------------------------------------------------------------------------------
# the shared row -> store step
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Row:
    line: int
    name: str
    aliases: list[tuple[str, str]]
    country: str | None
    type: str | None
    listing: ListingIn


class _Session:
    """Applies rows to the store and counts what changed."""

    def __init__(self, w: RegistryWriter, report: ImportReport, origin: str, force: bool = False,
                 max_removed_share: float = DEFAULT_MAX_REMOVED_SHARE):
        self.w, self.report, self.origin = w, report, origin
        self.force, self.max_removed_share = force, max_removed_share
        self.added: set[str] = set()
        self.updated: set[str] = set()
        self.seen: set[str] = set()
        self.keys: dict[str, set[str]] = {}          # list -> keys present in the file
        self.active_before: dict[str, int] = {}      # list -> active listings from this feed before the import
        for (lst, _key), row in w.listings.items():
            if row.origin == origin and row.status == "active":
                self.active_before[lst] = self.active_before.get(lst, 0) + 1

    def apply(self, row: Row) -> None:
        l = row.listing
        seen = self.keys.setdefault(l.list, set())
        if l.key in seen:                  # the same key twice in one file (a name listed at two addresses)
            n = 2
            while f"{l.key}#{n}" in seen:
                n += 1
            l.key = f"{l.key}#{n}"
        seen.add(l.key)
        eid = self.w.resolve(row.name, row.aliases, l.list, l.key, self.origin)
        if eid is None:
            eid = self.w.new_entity(row.name, row.country, row.type)
            self.w.update_entity(eid, row.aliases)
            self.added.add(eid)
        elif self.w.update_entity(eid, row.aliases, row.country) and eid not in self.added:
            self.updated.add(eid)
        self.seen.add(eid)
        result = self.w.upsert_listing(eid, l, self.origin)
        if result == "added":
            self.report.listings_added += 1
        elif result == "updated":
            self.report.listings_updated += 1
        else:
            self.report.listings_unchanged += 1

    def skip(self, line: int, reason: str, keys: Iterable[tuple[str | None, str | None]] = ()) -> None:
        self.report.skipped.append((line, reason))
        self.report.entities_skipped += 1
        self.report.listings_skipped += 1
        for lst, key in keys:             # never end a listing only because its row was unreadable
            if key:
                for lk in ([lst] if lst else list(self.keys)):
                    self.keys.setdefault(lk, set()).add(key)
        self._skipped_keys = getattr(self, "_skipped_keys", set()) | {k for _, k in keys if k}

    def missing(self, lst: str) -> list[str]:
        """Names of this feed's active listings on `lst` that the file no longer holds."""
        present = self.keys.get(lst, set()) | getattr(self, "_skipped_keys", set())
        return sorted(self.w.names.get(row.entity_id, row.entity_id) for (l, key), row in self.w.listings.items()
                      if l == lst and row.origin == self.origin and row.status == "active" and key not in present)

    def finish(self, end: date, lists: Iterable[str] | None = None) -> None:
        skipped_keys = getattr(self, "_skipped_keys", set())
        ended_entities: set[str] = set()
        ending = list(lists if lists is not None else list(self.keys))
        self.report.lists = sorted(self.keys)
        if self.report.skipped:
            # rows that could not be read may be the very ones that look removed: end nothing
            self.report.removals_withheld = sum(len(self.missing(lst)) for lst in ending)
            ending = []
        for lst in ending:
            names = self.missing(lst)
            active = self.active_before.get(lst, 0)
            if names and not self.force and len(names) > self.max_removed_share * active:
                raise TooManyRemovals(lst, names, active, self.max_removed_share)
        for lst in ending:
            n, ents = self.w.end_missing(lst, self.origin, self.keys.get(lst, set()) | skipped_keys, end)
            self.report.listings_ended += n
            ended_entities |= ents
        self.report.entities_added = len(self.added)
        self.report.entities_updated = len(self.updated - self.added)
        self.report.entities_unchanged = len(self.seen - self.added - self.updated)
        self.report.entities_ended = len({e for e in ended_entities if self.w.active_listings(e) == 0})


# ---------------------------------------------------------------------------------------------------------------
# format detection
# ---------------------------------------------------------------------------------------------------------------
def detect_format(path: Path) -> str:
    """'csl-csv' | 'csl-json' | 'ftm' | 'ofac-sdn' (raises ValueError when unrecognised)."""
    with open(path, "rb") as fh:
        head = fh.read(65536)
    text = head.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        first_line = stripped.splitlines()[0] if stripped else ""
        try:
            obj = json.loads(first_line)
            if isinstance(obj, dict) and "schema" in obj and ("properties" in obj or "id" in obj):
                return "ftm"
        except json.JSONDecodeError:
            pass
        if stripped.startswith("[") or '"results"' in text[:2000] or '"source"' in text:
            return "csl-json"
        raise ValueError(f"{path}: JSON that is neither a CSL export nor FollowTheMoney entities")
    first = next(csv.reader(io.StringIO(text.splitlines()[0] if text else "")), [])
    cols = [c.strip().lower() for c in first]
    if "source" in cols and "name" in cols:
        return "csl-csv"
    if first and first[0].strip().isdigit():
        if len(first) >= 12:
            return "ofac-sdn"
        if len(first) in (5, 6):
            raise ValueError(f"{path}: looks like OFAC alt.csv or add.csv; import sdn.csv (the files next to it "
                             "are read with it)")
    raise ValueError(f"{path}: unrecognised list format (expected a CSL CSV/JSON, FollowTheMoney JSON lines or "
                     "OFAC sdn.csv)")


def import_file(registry: Registry, path: Path | str, as_of: date | None = None, *, force: bool = False,
                max_removed_share: float = DEFAULT_MAX_REMOVED_SHARE,
                provenance: Provenance | None = None) -> ImportReport:
    """Import one list file into the registry in one transaction; `as_of` dates the removals (default today).
    Raises `IncompleteFile` for a file cut short and `TooManyRemovals` (unless `force`) for an import that would end
    more than `max_removed_share` of a list's active listings; either way nothing is imported. `provenance` says
    where the file comes from (default: a file imported by hand, as of its modification date); it is recorded with
    the data, in the same transaction (knowledge/freshness.py reads it)."""
    path = Path(path)
    fmt = detect_format(path)
    end = as_of or date.today()
    report = ImportReport(path=str(path), format=fmt)
    opts = {"force": force, "max_removed_share": max_removed_share}
    provenance = provenance or hand_import(path)
    with write_session(registry) as w:
        if fmt == "csl-csv":
            _import_csl_csv(w, path, report, end, opts)
        elif fmt == "csl-json":
            _import_csl_json(w, path, report, end, opts)
        elif fmt == "ftm":
            _import_ftm(w, path, report, end, opts)
        else:
            _import_ofac(w, path, report, end, opts)
        if report.lists:
            record_import(w.conn, provenance, report.lists)
    return report


def _check_quotes_closed(path: Path) -> None:
    """A well-formed CSV holds an even number of quote characters (a quote inside a field is doubled); an odd
    number means the file ends inside a quoted field, i.e. it was cut short."""
    quotes = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            quotes += chunk.count(b'"')
    if quotes % 2:
        raise IncompleteFile(f"{path}: the file ends inside a quoted field: it was cut short (download it again)")


def _cut_short(path: Path, line: int, expected: int, got: int) -> IncompleteFile:
    return IncompleteFile(f"{path}: the last row (line {line}) has {got} of {expected} fields: the file was cut "
                          "short (download it again)")


# ---------------------------------------------------------------------------------------------------------------
# CSL
# ---------------------------------------------------------------------------------------------------------------
def _csl_row(rec: dict[str, Any], line: int, today: date) -> Row:
    source = str(rec.get("source") or "").strip()
    name = str(rec.get("name") or "").strip()
    if not source:
        raise MalformedRow("missing source")
    if not name:
        raise MalformedRow("missing name")
    alt = split_multi(rec.get("alt_names"))
    addresses = split_multi(rec.get("addresses"))
    if isinstance(rec.get("addresses"), list):
        addresses = []
        for a in rec["addresses"]:
            if isinstance(a, dict):
                addresses.append(", ".join(str(a.get(k)) for k in ("address", "city", "country") if a.get(k)))
            else:
                addresses.append(str(a))
    start = parse_date(rec.get("start_date"), "start_date")
    end = parse_date(rec.get("end_date"), "end_date")
    ids = " ".join(split_multi(rec.get("ids"))) if not isinstance(rec.get("ids"), list) else json.dumps(rec["ids"])
    if start is None:
        m = _IDS_LISTING_DATE.search(ids) or _IDS_EFFECTIVE_DATE.search(ids)
        if m:
            start = parse_date(m.group(1), "listing date")
    notice = rec.get("federal_register_notice")
    notice = "; ".join(notice) if isinstance(notice, list) else (notice or "")
    url = fr_url(notice) or (rec.get("source_information_url") or None) or (rec.get("source_list_url") or None)
    key = str(rec.get("_id") or rec.get("id") or "").strip() or str(rec.get("entity_number") or "").strip()
    if not key:
        key = "name:" + re.sub(r"\s+", " ", name.casefold())
    programs = split_multi(rec.get("programs"))
    status = "removed" if end is not None and end <= today else "active"
    typ = (str(rec.get("type") or "").strip() or None)
    aliases = [(a, "alias") for a in alt if a != name]
    return Row(
        line=line, name=name, aliases=aliases, country=_country_from_address(addresses), type=typ,
        listing=ListingIn(
            list=source, key=key, authority=authority_for_source(source), program="; ".join(programs) or None,
            status=status, start_date=start, end_date=end, source_url=url,
            restricts=restrictions_for_source(source), note=(notice.strip() or None),
        ),
    )


def _import_csl_csv(w: RegistryWriter, path: Path, report: ImportReport, end: date, opts: dict) -> None:
    s = _Session(w, report, "csl", **opts)
    _check_quotes_closed(path)
    last: tuple[int, int] | None = None        # (line, fields) of the last non-empty row
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh)
        header = [h.strip() for h in next(reader)]
        prev = reader.line_num
        for raw in reader:
            line = prev + 1
            prev = reader.line_num
            if not raw or not any(c.strip() for c in raw):
                continue
            last = (line, len(raw))
            if len(raw) != len(header):
                guess = dict(zip(header, raw))
                s.skip(line, f"expected {len(header)} fields, got {len(raw)}",
                       [(None, guess.get("_id") or guess.get("entity_number"))])
                continue
            rec = dict(zip(header, raw))
            try:
                s.apply(_csl_row(rec, line, end))
            except MalformedRow as exc:
                s.skip(line, str(exc), [(rec.get("source"), rec.get("_id") or rec.get("entity_number"))])
    if last is not None and last[1] < len(header):
        raise _cut_short(path, last[0], len(header), last[1])
    s.finish(end)


def _import_csl_json(w: RegistryWriter, path: Path, report: ImportReport, end: date, opts: dict) -> None:
    s = _Session(w, report, "csl", **opts)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise IncompleteFile(f"{path}: not readable to its end as JSON ({exc.msg} at line {exc.lineno}): nothing "
                             "was imported (download it again)") from None
    results = data.get("results", data) if isinstance(data, dict) else data
    if not isinstance(results, list):
        raise ValueError(f"{path}: no 'results' list")
    for n, rec in enumerate(results, start=1):
        if not isinstance(rec, dict):
            s.skip(n, "not an object")
            continue
        try:
            s.apply(_csl_row(rec, n, end))
        except MalformedRow as exc:
            s.skip(n, str(exc), [(rec.get("source"), rec.get("_id") or rec.get("id") or rec.get("entity_number"))])
    s.finish(end)


# ---------------------------------------------------------------------------------------------------------------
# OFAC legacy sdn.csv (+ alt.csv, add.csv)
# ---------------------------------------------------------------------------------------------------------------
def _ofac_val(v: str) -> str:
    v = (v or "").strip().strip("\x1a").strip()
    return "" if v == "-0-" else v


def _read_ofac_side(path: Path, width: int) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    if not path.exists():
        return out
    with open(path, newline="", encoding="latin-1") as fh:
        for raw in csv.reader(fh):
            if len(raw) < width or not raw[0].strip().isdigit():
                continue
            out.setdefault(raw[0].strip(), []).append([_ofac_val(c) for c in raw])
    return out


def _sibling(path: Path, name: str) -> Path:
    for cand in path.parent.iterdir():
        if cand.name.lower() == name:
            return cand
    return path.parent / name


def _import_ofac(w: RegistryWriter, path: Path, report: ImportReport, end: date, opts: dict) -> None:
    s = _Session(w, report, "ofac", **opts)
    for side in (path, _sibling(path, "alt.csv"), _sibling(path, "add.csv")):
        if side.exists():
            _check_quotes_closed(side)
    alts = _read_ofac_side(_sibling(path, "alt.csv"), 4)
    adds = _read_ofac_side(_sibling(path, "add.csv"), 5)
    last: tuple[int, int] | None = None
    with open(path, newline="", encoding="latin-1") as fh:
        reader = csv.reader(fh)
        prev = 0
        for raw in reader:
            line = prev + 1
            prev = reader.line_num
            if not raw or all(not _ofac_val(c) for c in raw):
                continue
            last = (line, len(raw))
            if len(raw) < 12:
                s.skip(line, f"expected 12 fields, got {len(raw)}", [(SDN_LIST, raw[0].strip() if raw else None)])
                continue
            vals = [_ofac_val(c) for c in raw]
            ent_num, name, typ, program = vals[0], vals[1], vals[2], vals[3]
            if not ent_num.isdigit():
                s.skip(line, f"entity number {raw[0].strip()!r} is not a number")
                continue
            if not name:
                s.skip(line, "missing name", [(SDN_LIST, ent_num)])
                continue
            aliases = []
            for a in alts.get(ent_num, []):
                kind = {"fka": "former", "nka": "alias", "aka": "alias"}.get(a[2].lower().strip(" ."), "alias")
                if a[2].lower().startswith("weak") or "weak" in (a[4] if len(a) > 4 else "").lower():
                    kind = "weak"
                aliases.append((a[3], kind))
            country = next((a[4] for a in adds.get(ent_num, []) if len(a) > 4 and a[4]), None)
            programs = [p.strip(" []") for p in re.split(r"\]\s*\[", program) if p.strip(" []")]
            s.apply(Row(
                line=line, name=name, aliases=aliases, country=country,
                type=(typ.capitalize() if typ else "Entity"),
                listing=ListingIn(
                    list=SDN_LIST, key=ent_num, authority="Treasury Department (OFAC)",
                    program="; ".join(programs) or None, status="active", source_url=SDN_URL,
                    restricts=restrictions_for_source(SDN_LIST),
                ),
            ))
    if last is not None and last[1] < 12:
        raise _cut_short(path, last[0], 12, last[1])
    s.finish(end, [SDN_LIST])


# ---------------------------------------------------------------------------------------------------------------
# OpenSanctions FollowTheMoney entities (JSON lines)
# ---------------------------------------------------------------------------------------------------------------
def _first(props: dict, key: str) -> Any:
    v = props.get(key) or []
    return v[0] if isinstance(v, list) and v else (v or None)


def _import_ftm(w: RegistryWriter, path: Path, report: ImportReport, end: date, opts: dict) -> None:
    s = _Session(w, report, "opensanctions", **opts)
    things: dict[str, tuple[int, dict]] = {}
    sanctions: dict[str, list[tuple[int, dict]]] = {}
    with open(path, encoding="utf-8-sig") as fh:
        for line, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                if not text.endswith("\n"):
                    # only the file's last line can lack its line end: a broken one means the file was cut short
                    raise IncompleteFile(f"{path}: the last line ({line}) is cut short ({exc.msg}): the file was "
                                         "cut short (download it again)") from None
                s.skip(line, f"invalid JSON: {exc.msg}")
                continue
            if not isinstance(obj, dict) or not obj.get("id") or not obj.get("schema"):
                s.skip(line, "not a FollowTheMoney entity (no id or schema)")
                continue
            props = obj.get("properties") or {}
            if obj["schema"] == "Sanction":
                for target in props.get("entity") or []:
                    tid = target.get("id") if isinstance(target, dict) else target
                    sanctions.setdefault(str(tid), []).append((line, obj))
            elif obj["schema"] in FTM_THING_SCHEMAS:
                things[obj["id"]] = (line, obj)
                for nested in props.get("sanctions") or []:
                    if isinstance(nested, dict):
                        sanctions.setdefault(obj["id"], []).append((line, nested))
    for eid, (line, obj) in things.items():
        props = obj.get("properties") or {}
        names = [n for n in (props.get("name") or []) if isinstance(n, str) and n.strip()]
        if not names:
            s.skip(line, "entity without a name", [(None, obj["id"])])
            continue
        name = names[0]
        aliases = [(n, "alias") for n in names[1:]]
        aliases += [(n, "alias") for n in props.get("alias") or [] if isinstance(n, str)]
        aliases += [(n, "former") for n in props.get("previousName") or [] if isinstance(n, str)]
        aliases += [(n, "weak") for n in props.get("weakAlias") or [] if isinstance(n, str)]
        country = _first(props, "country") or _first(props, "jurisdiction")
        country = country.upper() if isinstance(country, str) and len(country) == 2 else country
        typ = {"Person": "Individual", "Vessel": "Vessel", "Airplane": "Aircraft"}.get(obj["schema"], "Entity")
        rows: list[Row] = []
        try:
            for sline, sanc in sanctions.get(eid, []):
                sp = sanc.get("properties") or {}
                datasets = sanc.get("datasets") or obj.get("datasets") or []
                authority = _first(sp, "authority")
                lst = next((OPENSANCTIONS_DATASETS[d] for d in datasets if d in OPENSANCTIONS_DATASETS), None)
                lst = lst or authority or (datasets[0] if datasets else "OpenSanctions")
                program = "; ".join(str(p) for p in (sp.get("program") or [])) or None
                start = parse_date(_first(sp, "startDate") or _first(sp, "listingDate"), "startDate")
                stop = parse_date(_first(sp, "endDate"), "endDate")
                rows.append(Row(line, name, aliases, country, typ, ListingIn(
                    list=lst, key=str(sanc.get("id") or f"{eid}:{lst}"), authority=authority or
                    authority_for_source(lst), program=program,
                    status="removed" if stop and stop <= end else "active", start_date=start, end_date=stop,
                    source_url=_first(sp, "sourceUrl") or _first(props, "sourceUrl") or
                    f"https://www.opensanctions.org/entities/{eid}/",
                    restricts=restrictions_for_source(lst) or restrictions_for_source(program or ""),
                )))
            if not rows:
                for ds in obj.get("datasets") or []:
                    lst = OPENSANCTIONS_DATASETS.get(ds, ds)
                    rows.append(Row(line, name, aliases, country, typ, ListingIn(
                        list=lst, key=eid, authority=authority_for_source(lst), program=None, status="active",
                        start_date=parse_date((obj.get("first_seen") or "")[:10] or None, "first_seen"),
                        source_url=_first(props, "sourceUrl") or f"https://www.opensanctions.org/entities/{eid}/",
                        restricts=restrictions_for_source(lst),
                    )))
        except MalformedRow as exc:
            s.skip(line, str(exc), [(None, eid)])
            continue
        if not rows:
            s.skip(line, "entity without a dataset or sanction", [(None, eid)])
            continue
        for row in rows:
            s.apply(row)
    s.finish(end)


# ---------------------------------------------------------------------------------------------------------------
# Shipped list data (knowledge/lists/*.yaml)
# ---------------------------------------------------------------------------------------------------------------
def _shipped_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.y*ml") if p.is_file())


def load_shipped(registry: Registry, folder: Path | None = None, force: bool = False) -> ImportReport:
    """Load the list data shipped with the project. Idempotent and cheap when nothing changed (a hash of the files
    is kept in the store). Shipped listings carry their own status and dates; a shipped listing that the data no
    longer contains is deleted (the shipped data is curated, not a feed)."""
    folder = Path(folder) if folder else shipped_dir()
    files = _shipped_files(folder)
    digest = hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in files)).hexdigest()
    report = ImportReport(path=str(folder), format="shipped")
    recorded = any(r["source"] == "shipped" and r["sha256"] == digest for r in read_rows(registry.path))
    if not force and registry.get_meta("shipped_hash") == digest and recorded:
        return report
    lists: dict[str, dict] = {}
    entities: list[tuple[str, int, dict]] = []
    declared: list[date] = []      # an `as_of:` the data may declare (the date its facts were last checked)
    for p in files:
        doc = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        if doc.get("as_of"):
            declared.append(parse_date(doc["as_of"], "as_of"))
        for lid, spec in (doc.get("lists") or {}).items():
            lists[lid] = spec
        for n, ent in enumerate(doc.get("entities") or [], start=1):
            entities.append((p.name, n, ent))
    shipped_ids = {ent.get("id") for _, _, ent in entities if isinstance(ent, dict) and ent.get("id")}
    with write_session(registry) as w:
        s = _Session(w, report, "shipped")
        keep: set[tuple[str, str]] = set()
        for fname, n, ent in entities:
            try:
                rows = _shipped_rows(ent, lists, n)
            except (MalformedRow, KeyError, TypeError) as exc:
                s.skip(n, f"{fname}: entity {n}: {exc}")
                continue
            eid_hint = ent.get("id")
            for row in rows:
                keep.add((row.listing.list, row.listing.key))
                eid = w.resolve(row.name, row.aliases, row.listing.list, row.listing.key, "shipped")
                if eid is not None and eid != eid_hint and eid in shipped_ids:
                    # two shipped entities are two legal entities, even when they share a name ("China Telecom" is
                    # both the listed company's and its parent's): the data's ids say which are separate
                    eid = None
                if eid is None and eid_hint and eid_hint in w.names:
                    eid = eid_hint
                if eid is None:
                    eid = w.new_entity(row.name, row.country, row.type, entity_id=eid_hint)
                    w.update_entity(eid, row.aliases)
                    s.added.add(eid)
                elif w.update_entity(eid, row.aliases, row.country) and eid not in s.added:
                    s.updated.add(eid)
                s.seen.add(eid)
                result = w.upsert_listing(eid, row.listing, "shipped")
                setattr(report, f"listings_{result}", getattr(report, f"listings_{result}") + 1)
        stale = [(lst, key) for (lst, key), row in w.listings.items()
                 if row.origin == "shipped" and (lst, key) not in keep]
        for lst, key in stale:
            w.delete_listing(lst, key)
        s.finish(date.today(), lists=[])
        w.set_meta("shipped_hash", digest)
        # the shipped data is as of the date it declares, else its newest dated fact (a lower bound, never later)
        dated = [d for row in w.listings.values() if row.origin == "shipped"
                 for d in (parse_date(row.start_date), parse_date(row.end_date)) if d]
        as_of = max(declared) if declared else (max(dated) if dated else None)
        report.lists = sorted({spec["name"] for spec in lists.values()})
        record_import(w.conn, Provenance(
            source="shipped", title="List data shipped with blacklist-bot (knowledge/lists)",
            files=[FileRecord("knowledge/lists", None, digest, sum(p.stat().st_size for p in files), as_of)],
        ), report.lists)
    return report


def _shipped_restricts(listing: dict, spec: dict) -> list[str]:
    """A listing's restriction keys: its own `restricts:` when given (an empty list says it restricted nothing, e.g.
    a designation enjoined before it took effect), else its list's. Unknown keys are refused."""
    keys = listing["restricts"] if "restricts" in listing else (spec.get("restricts")
                                                                or restrictions_for_source(spec["name"]))
    keys = list(keys or [])
    v = vocab()
    for k in keys:
        v.restriction(k)
    return keys


def _shipped_rows(ent: dict, lists: dict[str, dict], n: int) -> list[Row]:
    name = str(ent["name"]).strip()
    aliases: list[tuple[str, str]] = []
    for kind, key in (("alias", "aliases"), ("former", "former"), ("chinese", "chinese"), ("brand", "brands"),
                      ("product", "products"), ("abbreviation", "abbreviations")):
        aliases += [(str(a), kind) for a in ent.get(key) or []]
    rows = []
    for l in ent.get("listings") or []:
        spec = lists[l["list"]]
        start = parse_date(l.get("start"), "start")
        stop = parse_date(l.get("end"), "end")
        status = l.get("status") or ("removed" if stop and stop <= date.today() else "active")
        source = l.get("source") or spec.get("source")
        if not source:
            raise MalformedRow(f"listing on {l['list']} without a source URL")
        rows.append(Row(n, name, aliases, ent.get("country"), ent.get("type", "Entity"), ListingIn(
            list=spec["name"], key=f"{ent.get('id') or name}:{l['list']}:{start}",
            authority=spec.get("authority"), program=l.get("program") or spec.get("program"), status=status,
            start_date=start, end_date=stop, source_url=source,
            restricts=_shipped_restricts(l, spec),
            note=l.get("note"),
        )))
    if not rows:
        raise MalformedRow("entity without listings")
    return rows
