"""The nouns every layer shares. Small, frozen, serialisable: the CLI's --json output is these
dataclasses through ``to_dict``; the Discord embeds are these rendered."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


def to_dict(obj: Any) -> Any:
    """JSON-ready form of a noun (dates as ISO strings)."""
    def convert(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [convert(v) for v in value]
        return value
    return convert(asdict(obj))


@dataclass(frozen=True)
class Document:
    id: str                      # stable: derived from the source's identity (relative path), not its content
    title: str
    url: str | None
    path: str                    # the path as given to ingest (or one under a given folder)
    published: date | None       # only a publication date from metadata; never guessed from the text
    text: str                    # cleaned text; citations quote it verbatim
    source: str | None = None    # outlet or official body named in the metadata
    keywords: tuple[str, ...] = ()  # headings and photo captions: searchable, never quoted
    # The first date the file states, its dateline and post lines included (cleaning drops those from `text`):
    # orders a source with no publication date among the others; never shown as a publication date.
    dateline: date | None = None


@dataclass(frozen=True)
class Chunk:
    document_id: str
    index: int
    start: int                   # character offsets into Document.text
    end: int
    text: str


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its scores and why it was chosen."""
    chunk_id: str
    document_id: str
    title: str
    url: str | None
    path: str
    published: date | None
    start: int
    text: str
    score: float = 0.0
    dense: float = 0.0
    lexical: float = 0.0
    entity_boost: float = 0.0


@dataclass(frozen=True)
class Citation:
    n: int
    title: str
    url: str | None
    path: str
    published: date | None
    snippet: str                 # verbatim from the cited document's cleaned text


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    answer: str                  # with [n] markers that refer to citations
    citations: list[Citation] = field(default_factory=list)
    as_of: date | None = None    # the newest source the answer rests on
    # When the answer rests on list data: the official lists as of this date, and whether that is older than
    # BLACKLIST_BOT_LIST_STALE_DAYS (see knowledge/freshness.py).
    list_data_as_of: date | None = None
    list_data_stale: bool = False


@dataclass(frozen=True)
class Listing:
    list: str                    # the list's name as the data names it (CSL: its `source` value)
    authority: str
    program: str | None
    status: str                  # "active" | "removed"
    start_date: date | None
    end_date: date | None
    source_url: str | None
    restricts: list[str] = field(default_factory=list)   # what it restricts, in sentences for a person
    note: str | None = None      # e.g. "vacated by the court on May 25, 2021"
    restriction_keys: list[str] = field(default_factory=list)   # the same as keys of knowledge/vocab/restrictions.yaml


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)   # former names, Chinese-script names, brands, products
    country: str | None = None
    listings: list[Listing] = field(default_factory=list)


@dataclass(frozen=True)
class Match:
    entity: Entity
    score: float                 # 0..1
    match: bool                  # score cleared the calibrated threshold
    reason: str                  # which alias, which rule
    why: Any = None              # the same as data (knowledge.lookup.score.Reason)

    @property
    def ambiguous(self) -> bool:
        """Held under the threshold only because the name is found whole in several listed names: some listed
        company has it, which one is not known. Never to be shown as "not listed"."""
        return not self.match and str(getattr(self.why, "capped", None) or "").startswith("ambiguous")


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str


@dataclass(frozen=True)
class IngestReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    chunks: int = 0              # chunks written in this run
    skipped: list[SkippedFile] = field(default_factory=list)
    warnings: list[SkippedFile] = field(default_factory=list)  # ingested, with something ignored (a bad date)


@dataclass(frozen=True)
class SourceInfo:
    document_id: str
    title: str
    url: str | None
    path: str
    published: date | None
    chunks: int
    mentioned: date | None = None  # undated sources: the first date the text mentions (orders them; not "published")
    root: str = ""                 # the folder it was ingested from ("" for a file given on its own)


@dataclass(frozen=True)
class ListSource:
    """One source of list data and how fresh it is: an official file `lists update` fetches, a file imported by
    hand, or the list data shipped with the project."""
    source: str                  # "csl", "ofac-sdn", "dod-1260h", "fcc-covered", "shipped", "import:<file name>"
    title: str
    urls: list[str]
    as_of: date | None           # the data is the official list as of this date (see knowledge/freshness.py)
    stale: bool                  # as_of is older than BLACKLIST_BOT_LIST_STALE_DAYS
    checked_at: datetime | None  # last time the server confirmed the file (downloaded, or 304 Not Modified)
    fetched_at: datetime | None  # last time the file was downloaded and imported
    source_date: date | None     # the file's own date: Last-Modified, or the date it carries
    sha256: list[str]            # one per file
    lists: list[str]             # the lists the source's last import held
    error: str | None = None     # the last attempt's failure, when it failed after the last success
    failed_at: datetime | None = None
