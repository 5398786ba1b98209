"""Loaders: one per format, each turning a file into a `Document` with cleaned text and only the metadata the file
states. A file that can't be read is reported through `LoadError`, never half-loaded."""
from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import yaml

from knowledge.models import Document

from .clean import clean_article, strip_markdown

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
MAX_BYTES = 5_000_000


class LoadError(Exception):
    """The file is skipped; the message is the reason shown to the user."""


def document_id(source_key: str) -> str:
    """Stable id from the source's identity (its resolved path), not from its content."""
    return hashlib.sha1(source_key.encode("utf-8")).hexdigest()[:20]


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"unreadable: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise LoadError("empty file")
    if len(raw) > MAX_BYTES:
        raise LoadError(f"too large ({len(raw):,} bytes; limit {MAX_BYTES:,})")
    if b"\x00" in raw[:8192]:
        raise LoadError("binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"not UTF-8 text (byte {exc.start})") from exc


def _as_date(value) -> date | None:
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


def load_txt(path: Path, shown_path: str, key: str) -> Document:
    text = _read_text(path)
    lines = text.replace("\r\n", "\n").split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    title = lines[first].strip()
    body, keywords = clean_article("\n".join(lines[first + 1 :]))
    return _document(key, title, None, shown_path, None, body, None, keywords)


def load_markdown(path: Path, shown_path: str, key: str) -> Document:
    text = _read_text(path).replace("\r\n", "\n")
    meta: dict = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end == -1:
            raise LoadError("front matter opened with '---' but never closed")
        try:
            meta = yaml.safe_load(text[4:end]) or {}
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
    body, keywords = clean_article(strip_markdown(body_md))
    return _document(
        key, title, meta.get("url"), shown_path, _as_date(meta.get("published") or meta.get("date")), body,
        meta.get("source"), keywords,
    )


def load_html(path: Path, shown_path: str, key: str) -> Document:
    import trafilatura
    from htmldate import find_date

    html = _read_text(path)
    main = trafilatura.extract(
        html, include_comments=False, include_tables=True, include_images=False, include_links=False,
        favor_precision=True, deduplicate=True,
    )
    if not main or not main.strip():
        raise LoadError("no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else None) or path.stem.replace("-", " ")
    url = meta.url if meta and meta.url else None
    # Only the page's own markup (meta tags, <time>, JSON-LD) gives a publication date: never the prose.
    found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    body, keywords = clean_article(main)
    return _document(key, title, url, shown_path, _as_date(found), body, meta.sitename if meta else None, keywords)


def _document(key, title, url, shown_path, published, body, source, keywords=()) -> Document:
    if not body.strip():
        raise LoadError("no article text left after removing boilerplate")
    return Document(
        id=document_id(key), title=title.strip(), url=(str(url).strip() or None) if url else None,
        path=shown_path, published=published, text=body, source=str(source) if source else None,
        keywords=tuple(keywords),
    )


def load_file(path: Path, shown_path: str | None = None) -> Document:
    """Pick the loader by suffix; the document's identity is its resolved path."""
    shown = shown_path or str(path)
    key = str(path.resolve())
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return load_txt(path, shown, key)
    if suffix in {".md", ".markdown"}:
        return load_markdown(path, shown, key)
    if suffix in {".html", ".htm"}:
        return load_html(path, shown, key)
    raise LoadError(f"unsupported file type '{suffix or path.name}' (use .txt, .md or .html)")
