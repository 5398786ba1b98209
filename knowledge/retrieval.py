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

from .fitted import fitted
from .models import Passage
from .store import ChunkStore, parse_date
from .text import content_terms

_stemmer = Stemmer.Stemmer("english")

CANDIDATES = 30          # how deep each ranking is read before fusion
MODES = ("dense", "bm25", "fused", "fused+entity")  # retrieval ablation; the last is what answers use


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
    keywords: str = ""   # headings and photo captions: what the article is about, never quoted


@dataclass(frozen=True)
class SentenceRef:
    document_id: str
    start: int
    end: int
    types: frozenset[str] = frozenset()   # entity labels ingest found in it (DATE, MONEY, PERSON, ...)
    position: int = 0                     # its place in its document, 0 for the first sentence


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
                    parse_date(m.get("ordering_date") or None), m.get("document_text", ""), m.get("keywords", ""),
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
        # Sorted by document and offset so that two stores built from the same files hold the same order.
        order = sorted(range(len(ids)), key=lambda i: (metas[i]["document_id"], metas[i]["start"]))
        self.sentences = []
        self.sentences_by_doc: dict[str, list[int]] = defaultdict(list)
        for i in order:
            m = metas[i]
            position = len(self.sentences_by_doc[m["document_id"]])
            types = frozenset(t for t in (m.get("types") or "").split(",") if t)
            self.sentences_by_doc[m["document_id"]].append(len(self.sentences))
            self.sentences.append(SentenceRef(m["document_id"], m["start"], m["end"], types, position))
        self.sentence_vectors = (
            np.asarray([vectors[i] for i in order], dtype=np.float32) if len(ids) else np.zeros((0, 1), np.float32)
        )

        self._title_vectors: dict[str, np.ndarray] | None = None
        self._sentence_stems: dict[int, frozenset[str]] = {}
        self._document_stems: dict[str, frozenset[str]] = {}
        self._corrections: dict[str, str] = {}
        self._chunk_set = set(self.chunk_index)  # dense search never returns a chunk this snapshot lacks
        self._vocabulary = sorted(self.doc_freq)

    def sentence_stems(self, i: int) -> frozenset[str]:
        got = self._sentence_stems.get(i)
        if got is None:
            got = self._sentence_stems[i] = frozenset(stems(self.sentence_text(i)))
        return got

    def document_stems(self, doc_id: str) -> frozenset[str]:
        """Stems of a document's title and whole text: what the article is about, even where a sentence says
        "the company"."""
        got = self._document_stems.get(doc_id)
        if got is None:
            doc = self.docs[doc_id]
            got = self._document_stems[doc_id] = frozenset(stems(f"{doc.title} {doc.keywords} {doc.text}"))
        return got

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

    def correct(self, stem: str) -> str:
        """A question word the corpus never uses, read as the corpus word one or two typing slips away
        ("goverment" -> "govern"); unchanged when there is none (then it is truly unknown)."""
        if stem in self.doc_freq or len(stem) < 5 or not stem.isalpha():
            return stem
        got = self._corrections.get(stem)
        if got is None:
            from rapidfuzz import process
            from rapidfuzz.distance import Levenshtein

            best = process.extractOne(stem, self._vocabulary, scorer=Levenshtein.distance,
                                      score_cutoff=1 if len(stem) < 8 else 2)
            got = self._corrections[stem] = best[0] if best else stem
        return got

    # ---- search -------------------------------------------------------------------------------------------------
    def search(
        self, query: str, query_vector: list[float], entity_terms: list[str] = (), k: int = 8,
        mode: str = "fused+entity", fusion=None,
    ) -> list[Passage]:
        """The k best passages. `mode` and `fusion` are for the retrieval ablation in `eval` and the fit script;
        answers use "fused+entity" with the fitted fusion."""
        if not self.chunk_ids:
            return []
        fusion = fusion or fitted().fusion
        dense = self.store.dense_search(query_vector, min(CANDIDATES, len(self.chunk_ids)), only=self._chunk_set)
        dense = sorted(dense, key=lambda t: (-round(t[1], 6), t[0]))  # ties broken by id: same order on every store
        dense_rank = {cid: r for r, (cid, _) in enumerate(dense)}
        dense_sim = dict(dense)
        q_stems = [self.correct(s) for s in stems(query)] + [s for t in entity_terms for s in stems(t)]
        lexical_scores = self.bm25.get_scores(q_stems) if q_stems else np.zeros(len(self.chunk_ids))
        order = sorted(range(len(self.chunk_ids)), key=lambda i: (-round(float(lexical_scores[i]), 6), self.chunk_ids[i]))
        lexical_rank = {self.chunk_ids[i]: r for r, i in enumerate(order[:CANDIDATES]) if lexical_scores[i] > 0}
        entity_stems = [stems(t) for t in entity_terms]
        use_dense = mode != "bm25"
        use_lexical = mode != "dense"
        fused: dict[str, tuple[float, float]] = {}
        for cid in (set(dense_rank) if use_dense else set()) | (set(lexical_rank) if use_lexical else set()):
            score = 0.0
            if use_dense and cid in dense_rank:
                score += fusion.dense / (fusion.rrf_k + dense_rank[cid])
            if use_lexical and cid in lexical_rank:
                score += fusion.lexical / (fusion.rrf_k + lexical_rank[cid])
            boost = 0.0
            if entity_stems and mode == "fused+entity":
                toks = set(self.chunk_tokens[self.chunk_index[cid]])
                if any(es and all(s in toks for s in es) for es in entity_stems):
                    boost = fusion.entity_boost / fusion.rrf_k
            fused[cid] = (score + boost, boost)
        ranked = sorted(fused.items(), key=lambda kv: (-round(kv[1][0], 9), kv[0]))
        passages = []
        for cid, (score, boost) in ranked[:k]:
            i = self.chunk_index[cid]
            m = self.chunk_meta[i]
            passages.append(
                Passage(
                    chunk_id=cid, document_id=m["document_id"], title=m["title"], url=m["url"] or None, path=m["path"],
                    published=parse_date(m["published"]), start=m["start"], text=self.chunk_text[i], score=score,
                    dense=dense_sim.get(cid, 0.0), lexical=float(lexical_scores[i]), entity_boost=boost,
                )
            )
        return passages

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

    def neighbour(self, i: int, step: int, same_paragraph: bool = True) -> int | None:
        """The sentence `step` places away in the same document (and paragraph), if any."""
        s = self.sentences[i]
        order = self.sentences_by_doc[s.document_id]
        j = s.position + step
        if not 0 <= j < len(order):
            return None
        other = self.sentences[order[j]]
        lo, hi = (other.end, s.start) if step < 0 else (s.end, other.start)
        return None if same_paragraph and "\n" in self.docs[s.document_id].text[lo:hi] else order[j]
