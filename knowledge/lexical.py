"""The lexical (BM25) index, read side: a tantivy index on disk over each chunk's stems (its title, headings,
captions and text, stemmed as `knowledge.retrieval.stems` does), written per document by ingest
(`ingest/lexical_index.py`) and memory-mapped here, so no process holds a copy of the corpus.

Where it lives: `<store>/lexical/<collection>` beside the list registry; with a Chroma server, a copy per machine in
the local store folder, named after the server, rebuilt from the server's chunks when it is missing or stale.

Which version of the chunk store it reflects is a generation stamp: ingest writes a new stamp into the chunk store
before its first change and into `generation.json` here after its last lexical commit. Different stamps mean an
ingest is running or was interrupted (then the index may lack documents: `stale` is true, the reader logs it, and
the next ingest or `ensure_current` rebuilds it); chunks the index names that no manifest names are never returned
(the retriever filters every hit through the manifests).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

INDEX_FOLDER = "tantivy"
GENERATION_FILE = "generation.json"
FIELD = "stems"


@lru_cache(maxsize=1)
def schema():
    import tantivy

    sb = tantivy.SchemaBuilder()
    sb.add_text_field("chunk_id", stored=True, tokenizer_name="raw")
    sb.add_text_field("document_id", stored=True, tokenizer_name="raw")
    # Our own stems, joined by spaces: tantivy only splits them (and keeps term frequencies for BM25); stored so
    # the index can be checked against the store (tests/test_crash_safety.py).
    sb.add_text_field(FIELD, stored=True, tokenizer_name="whitespace", index_option="freq")
    return sb.build()


def lexical_dir(store_dir: Path, collection: str, server: str | None = None) -> Path:
    """`server`: "host:port" of a Chroma server (its copy is kept apart from an embedded store's)."""
    name = collection if not server else f"{collection}@{server.replace(':', '_')}"
    return Path(store_dir) / "lexical" / name


def read_generation(path: Path) -> str | None:
    try:
        return json.loads((Path(path) / GENERATION_FILE).read_text(encoding="utf-8")).get("generation")
    except (OSError, ValueError):
        return None


class LexicalIndex:
    """Read access to one lexical index folder. Thread-safe: tantivy searchers are."""

    def __init__(self, path: Path):
        import tantivy

        self.path = Path(path)
        folder = self.path / INDEX_FOLDER
        if not folder.is_dir() or not tantivy.Index.exists(str(folder)):
            raise FileNotFoundError(f"no lexical index at {folder}")
        self.index = tantivy.Index.open(str(folder))
        self.schema = self.index.schema
        self._tantivy = tantivy
        self._df: dict[str, int] = {}
        self._vocabulary: list[str] | None = None

    @property
    def generation(self) -> str | None:
        return read_generation(self.path)

    def searcher(self):
        return self.index.searcher()

    @property
    def num_chunks(self) -> int:
        return self.searcher().num_docs

    def search(self, terms: list[str], limit: int) -> list[tuple[str, float]]:
        """(chunk id, BM25 score) of the best `limit` chunks for the terms (repeated terms count again)."""
        terms = [t for t in terms if t]
        if not terms:
            return []
        t = self._tantivy
        query = t.Query.boolean_query([(t.Occur.Should, t.Query.term_query(self.schema, FIELD, s)) for s in terms])
        searcher = self.searcher()
        hits = searcher.search(query, limit=limit, count=False).hits
        return [(searcher.doc(address)["chunk_id"][0], float(score)) for score, address in hits if score > 0]

    def doc_freq(self, term: str) -> int:
        """Chunks containing the term, deleted ones not counted (tantivy's own `doc_freq` counts them until a merge)."""
        got = self._df.get(term)
        if got is None:
            q = self._tantivy.Query.term_query(self.schema, FIELD, term)
            got = self.searcher().search(q, limit=1, count=True).count
            if len(self._df) > 50_000:
                self._df.clear()
            self._df[term] = got
        return got

    def vocabulary(self) -> list[str]:
        """Every term of the index, sorted (terms whose chunks were all deleted may remain until a merge: callers
        check `doc_freq`)."""
        if self._vocabulary is None:
            self._vocabulary = sorted(term for term, _ in self.searcher().terms_with_prefix(FIELD, ""))
        return self._vocabulary
