"""Hybrid retrieval over one snapshot of the chunk store: dense (Chroma, cosine) + lexical (BM25), fused by
reciprocal rank, with a boost for passages about the entities the question names, and sentence vectors for
ranking the sentences inside the retrieved passages.

A `Retriever` is immutable once built; `Knowledge.refresh()` builds a new one and swaps it in, so questions
answered during a re-ingest use the previous snapshot.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import bm25s
import numpy as np
import Stemmer

from .models import Passage
from .store import ChunkStore, parse_date
from .text import content_terms

_stemmer = Stemmer.Stemmer("english")

RRF_K = 60
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 1.0
ENTITY_BOOST = 0.6       # in units of the best possible single-list RRF score
CANDIDATES = 30


def stems(text: str) -> list[str]:
    return stem_words(content_terms(text))


def stem_words(words: list[str]) -> list[str]:
    return _stemmer.stemWords(words)


@dataclass(frozen=True)
class DocInfo:
    id: str
    title: str
    url: str | None
    path: str
    published: date | None
    ordering_date: date | None
    text: str


@dataclass(frozen=True)
class SentenceRef:
    document_id: str
    start: int
    end: int


class Retriever:
    def __init__(self, store: ChunkStore):
        self.store = store
        chunks = store.all_chunks()
        self.chunk_ids = [c.id for c in chunks]
        self.chunk_index = {c.id: i for i, c in enumerate(chunks)}
        self.chunk_text = [c.text for c in chunks]
        self.chunk_meta = [c.metadata for c in chunks]
        self.docs: dict[str, DocInfo] = {}
        for c in chunks:
            m = c.metadata
            if m.get("chunk_index") == 0:
                self.docs[m["document_id"]] = DocInfo(
                    m["document_id"], m["title"], m["url"] or None, m["path"], parse_date(m["published"]),
                    parse_date(m.get("ordering_date") or None), m.get("document_text", ""),
                )
        self.title_stems = {doc_id: set(stems(doc.title)) for doc_id, doc in self.docs.items()}
        # Lexical index: the title, headings and captions are part of what a passage is about.
        keywords = {m["document_id"]: m.get("keywords", "") for m in self.chunk_meta if m.get("chunk_index") == 0}
        self.chunk_tokens = [
            stems(f"{m['title']} {keywords.get(m['document_id'], '')} {t}") for m, t in zip(self.chunk_meta, self.chunk_text)
        ]
        self.doc_freq: dict[str, int] = defaultdict(int)
        for toks in self.chunk_tokens:
            for t in set(toks):
                self.doc_freq[t] += 1
        self.bm25 = bm25s.BM25()
        if chunks:
            self.bm25.index([toks or ["_"] for toks in self.chunk_tokens], show_progress=False)
        ids, metas, vectors = store.all_sentences()
        self.sentences = [SentenceRef(m["document_id"], m["start"], m["end"]) for m in metas]
        self.sentence_vectors = np.asarray(vectors, dtype=np.float32) if len(ids) else np.zeros((0, 1), np.float32)
        self.sentences_by_doc: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self.sentences):
            self.sentences_by_doc[s.document_id].append(i)
        for doc_id in self.sentences_by_doc:
            self.sentences_by_doc[doc_id].sort(key=lambda i: self.sentences[i].start)

        self._title_vectors: dict[str, np.ndarray] | None = None

    def title_similarities(self, query_vector, doc_ids: set[str]) -> dict[str, float]:
        if self._title_vectors is None:
            ids = list(self.docs)
            vectors = self.store.embeddings.embed_documents([self.docs[i].title for i in ids]) if ids else []
            self._title_vectors = {i: np.asarray(v, dtype=np.float32) for i, v in zip(ids, vectors)}
        q = np.asarray(query_vector, dtype=np.float32)
        return {d: float(self._title_vectors[d] @ q) for d in doc_ids if d in self._title_vectors}

    def __len__(self) -> int:
        return len(self.chunk_ids)

    # ---- term statistics ----------------------------------------------------------------------------------------
    def idf(self, stem: str) -> float:
        n = max(len(self.chunk_ids), 1)
        return math.log(1 + (n - self.doc_freq.get(stem, 0) + 0.5) / (self.doc_freq.get(stem, 0) + 0.5))

    def known(self, stem: str) -> bool:
        return stem in self.doc_freq

    # ---- search -------------------------------------------------------------------------------------------------
    def search(self, query: str, query_vector: list[float], entity_terms: list[str] = (), k: int = 8) -> list[Passage]:
        if not self.chunk_ids:
            return []
        dense = self.store.dense_search(query_vector, min(CANDIDATES, len(self.chunk_ids)))
        dense_rank = {cid: r for r, (cid, _) in enumerate(dense)}
        dense_sim = dict(dense)
        q_stems = stems(query) + [s for t in entity_terms for s in stems(t)]
        lexical_scores = self.bm25.get_scores(q_stems) if q_stems else np.zeros(len(self.chunk_ids))
        order = np.argsort(-lexical_scores)[:CANDIDATES]
        lexical_rank = {self.chunk_ids[i]: r for r, i in enumerate(order) if lexical_scores[i] > 0}
        entity_stems = [stems(t) for t in entity_terms]
        fused: dict[str, tuple[float, float]] = {}
        for cid in set(dense_rank) | set(lexical_rank):
            score = 0.0
            if cid in dense_rank:
                score += DENSE_WEIGHT / (RRF_K + dense_rank[cid])
            if cid in lexical_rank:
                score += LEXICAL_WEIGHT / (RRF_K + lexical_rank[cid])
            boost = 0.0
            if entity_stems:
                toks = set(self.chunk_tokens[self.chunk_index[cid]])
                title_toks = self.title_stems.get(self.chunk_meta[self.chunk_index[cid]]["document_id"], set())
                if any(all(s in toks for s in es) for es in entity_stems if es):
                    boost = ENTITY_BOOST / RRF_K
                    if any(all(s in title_toks for s in es) for es in entity_stems if es):
                        boost *= 1.5
            fused[cid] = (score + boost, boost)
        ranked = sorted(fused.items(), key=lambda kv: -kv[1][0])
        passages = []
        for cid, (score, boost) in ranked[: max(k * 2, k)]:
            i = self.chunk_index[cid]
            m = self.chunk_meta[i]
            passages.append(
                Passage(
                    chunk_id=cid, document_id=m["document_id"], title=m["title"], url=m["url"] or None, path=m["path"],
                    published=parse_date(m["published"]), start=m["start"], text=self.chunk_text[i], score=score,
                    dense=dense_sim.get(cid, 0.0), lexical=float(lexical_scores[i]), entity_boost=boost,
                )
            )
        return passages[:k]

    def sentence_candidates(self, passages: list[Passage]) -> dict[int, Passage]:
        """The sentences lying inside the given passages (index -> the first passage holding it), in order."""
        out: dict[int, Passage] = {}
        for p in passages:
            end = p.start + len(p.text)
            for i in self.sentences_by_doc.get(p.document_id, []):
                s = self.sentences[i]
                if s.start >= p.start and s.end <= end:
                    out.setdefault(i, p)
        return out

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.docs[s.document_id].text[s.start : s.end]
