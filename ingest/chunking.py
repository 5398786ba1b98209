"""Sentence-boundary chunks with character offsets into the cleaned text, so a citation can quote exact words."""
from __future__ import annotations

from langchain_text_splitters import RecursiveCharacterTextSplitter

from knowledge.models import Chunk, Document

CHUNK_SIZE = 700
CHUNK_OVERLAP = 150

# Paragraphs first, then sentence ends (a period, question or exclamation mark, possibly inside closing quotes).
_SEPARATORS = ["\n\n", "\n", r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+", r"(?<=;)\s+", " "]


def make_splitter(chunk_size: int = CHUNK_SIZE, chunk_overlap: int = CHUNK_OVERLAP) -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        separators=_SEPARATORS,
        is_separator_regex=True,
        keep_separator="end",  # pieces keep their own whitespace, so merged chunks stay verbatim substrings
        strip_whitespace=True,
    )


def split_document(doc: Document, splitter: RecursiveCharacterTextSplitter | None = None) -> list[Chunk]:
    splitter = splitter or make_splitter()
    chunks: list[Chunk] = []
    cursor = 0
    for piece in splitter.split_text(doc.text):
        # Overlapping pieces start before the previous end; search from a little after the previous start.
        start = doc.text.find(piece, cursor)
        if start == -1:
            start = doc.text.find(piece)
        if start == -1:  # cannot happen while pieces keep their separators; be loud if it ever does
            raise ValueError(f"chunk not found verbatim in {doc.path}")
        chunks.append(Chunk(doc.id, len(chunks), start, start + len(piece), piece))
        cursor = start + 1
    return chunks
