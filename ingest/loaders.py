"""Loaders: one per format, each turning a file into a `Document` with cleaned text and only the metadata the file
states. A file that can't be read is reported through `LoadError`, never half-loaded; something ignored in a file
that is loaded (an impossible date) is appended to the caller's `warnings`.

The format is the file's suffix unless the content says otherwise: a page of HTML saved as .md or .txt is read as
HTML. Size is checked before reading (`BLACKLIST_BOT_MAX_SOURCE_BYTES`)."""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from pathlib import Path

import yaml

from knowledge.models import Document
from knowledge.text import first_mentioned_date

from .clean import clean_article, strip_markdown
from .discovery import SUFFIXES
from .html_depth import shallow_html

_LOOKS_LIKE_HTML = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)


class _NoTimestampLoader(yaml.SafeLoader):
    """Front matter with dates left as text: `2021-02-30` must not abort the load inside the YAML parser."""


_NoTimestampLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class LoadError(Exception):
    """The file is skipped; the message is the reason shown to the user."""


def document_id(source_key: str) -> str:
    """Stable id from the source's identity (its resolved path), not from its content."""
    return hashlib.sha1(source_key.encode("utf-8")).hexdigest()[:20]


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes; over `limit` (BLACKLIST_BOT_MAX_SOURCE_BYTES when ingesting) it is refused unread."""
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:  # refused before reading a byte: never minutes of embedding first
            raise LoadError(f"too large ({size:,} bytes; the limit is {limit:,}, set by BLACKLIST_BOT_MAX_SOURCE_BYTES)")
        with path.open("rb") as fh:
            raw = fh.read() if limit is None else fh.read(limit + 1)  # a file that grew since stat() stays bounded
    except OSError as exc:
        raise LoadError(f"unreadable: {exc.strerror or exc}") from exc
    if limit is not None and len(raw) > limit:
        raise LoadError(f"too large (over {limit:,} bytes, set by BLACKLIST_BOT_MAX_SOURCE_BYTES)")
    if not raw.strip():
        raise LoadError("empty file")
    if b"\x00" in raw:
        raise LoadError("binary file, not text")
    return raw


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"not UTF-8 text (byte {exc.start})") from exc


def _read_text(path: Path) -> str:
    return _decode(_read_bytes(path))


def _as_date(value, warnings: list[str] | None = None, field: str = "date") -> date | None:
    """A date from metadata, or None; a value that is no date at all (2021-02-30) is a warning, not an error."""
    found = _parse_date(value)
    if found is None and value not in (None, "") and warnings is not None:
        warnings.append(f"{field} {str(value)[:40]!r} is not a valid date; treated as missing")
    return found


def _parse_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def load_txt(path: Path, shown_path: str, key: str, warnings: list[str] | None = None, text: str | None = None) -> Document:
    text = _read_text(path) if text is None else text
    lines = text.replace("\r\n", "\n").split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    title = lines[first].strip()
    raw = "\n".join(lines[first + 1 :])
    body, keywords = clean_article(raw, title=title)
    return _document(key, title, None, shown_path, None, body, None, keywords, first_mentioned_date(raw))


def load_markdown(path: Path, shown_path: str, key: str, warnings: list[str] | None = None, text: str | None = None) -> Document:
    text = (_read_text(path) if text is None else text).replace("\r\n", "\n")
    meta: dict = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end == -1:
            raise LoadError("front matter opened with '---' but never closed")
        try:
            meta = yaml.load(text[4:end], Loader=_NoTimestampLoader) or {}
        except yaml.YAMLError as exc:
            raise LoadError(f"front matter is not valid YAML: {str(exc).splitlines()[0]}") from exc
        if not isinstance(meta, dict):
            raise LoadError("front matter is not a mapping of keys to values")
        text = text[end + 4 :].split("\n", 1)[1] if "\n" in text[end + 4 :] else ""
    body_md = text
    title = str(meta.get("title") or "").strip()
    if not title:
        heading = next((ln[2:].strip() for ln in body_md.split("\n") if ln.startswith("# ")), "")
        title = heading or path.stem.replace("-", " ")
    body, keywords = clean_article(strip_markdown(body_md), title=title)
    published = _as_date(meta.get("published") or meta.get("date"), warnings, "front-matter date")
    return _document(key, title, meta.get("url"), shown_path, published, body, meta.get("source"), keywords,
                     None if published else first_mentioned_date(body_md))


def load_html(path: Path, shown_path: str, key: str, warnings: list[str] | None = None, text: str | None = None) -> Document:
    import trafilatura
    from htmldate import find_date

    # A page nested deeper than the parser goes (5,000 <div>s) is read with its excess wrappers removed.
    html = shallow_html(_read_text(path) if text is None else text)
    # deduplicate=False: trafilatura's duplicate cache is process-wide, so with it on the same page read a seventh
    # time in one process (the seventh /reingest of a running bot) yields nothing. Extraction depends on the page.
    main = trafilatura.extract(
        html, include_comments=False, include_tables=True, include_images=False, include_links=False,
        favor_precision=True, deduplicate=False,
    )
    if not main or not main.strip():
        raise LoadError("no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else None) or path.stem.replace("-", " ")
    url = meta.url if meta and meta.url else None
    # Only the page's own markup (meta tags, <time>, JSON-LD) gives a publication date: never the prose.
    found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    body, keywords = clean_article(main, title=title)
    return _document(
        key, title, url, shown_path, _as_date(found, warnings, "page date"), body, meta.sitename if meta else None, keywords
    )


def _document(key, title, url, shown_path, published, body, source, keywords=(), dateline=None) -> Document:
    if not body.strip():
        raise LoadError("no article text left after removing boilerplate")
    return Document(
        id=document_id(key), title=title.strip(), url=(str(url).strip() or None) if url else None,
        path=shown_path, published=published, text=body, source=str(source) if source else None,
        keywords=tuple(keywords), dateline=dateline,
    )


def load_file(path: Path, shown_path: str | None = None, warnings: list[str] | None = None,
              max_bytes: int | None = None) -> Document:
    """Pick the loader by suffix, or by content when the content is plainly HTML; the document's identity is its
    resolved path. A file over `max_bytes` (ingest passes BLACKLIST_BOT_MAX_SOURCE_BYTES) is refused unread."""
    shown = shown_path or str(path)
    key = str(path.resolve())
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise LoadError(f"unsupported file type '{suffix or path.name}' (use .txt, .md or .html)")
    raw = _read_bytes(path, max_bytes)
    text = _decode(raw)
    if suffix in {".html", ".htm"} or _LOOKS_LIKE_HTML.match(raw[:4096]):
        if suffix not in {".html", ".htm"} and warnings is not None:
            warnings.append(f"the file is an HTML page, not {suffix}; read as HTML")
        return load_html(path, shown, key, warnings, text)
    if suffix == ".txt":
        return load_txt(path, shown, key, warnings, text)
    return load_markdown(path, shown, key, warnings, text)
