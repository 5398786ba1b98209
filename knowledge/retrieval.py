"""Hybrid retrieval: dense (Chroma, cosine) + lexical (BM25 over a tantivy index on disk, knowledge/lexical.py),
fused by reciprocal rank, with a boost for passages about the entities the question names; then, for the passages
an answer is built from, their documents' text, sentence vectors and title vectors (one stored record each), read
from the store for that question only.

No process holds a copy of the corpus: a `Retriever` is a handle on the chunk store and the lexical index (both
read where they live, a local folder or a Chroma server), and `Retriever.view(passages)` reads the few documents
one answer needs. Every hit, dense or lexical, is kept only if its document's manifest names it, so a reader never
sees the parts of an unfinished or interrupted write, whatever the indexes hold.
"""
from __future__ import annotations

import logging
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

import numpy as np
import Stemmer

from .fitted import fitted
from .models import Passage
from .store import ChunkStore, parse_date
from .text import content_terms

log = logging.getLogger(__name__)

_stemmer = Stemmer.Stemmer("english")

CANDIDATES = 30          # how deep each ranking is read before fusion
MODES = ("dense", "bm25", "fused", "fused+entity")  # retrieval ablation; the last is what answers use
LEXICAL_SLACK = 30       # lexical hits read beyond CANDIDATES: equal scores are ordered by id, as on every store


def stems(text: str) -> list[str]:
    return stem_words(content_terms(text))


def stem_words(words: list[str]) -> list[str]:
    return _stemmer.stemWords(words)


def chunk_terms(meta: dict, text: str) -> list[str]:
    """What the lexical index holds for a stored chunk: its title, headings and captions are part of what a passage
    is about. Ingest indexes exactly this (ingest/lexical_index.py)."""
    return stems(f"{meta['title']} {meta.get('keywords', '')} {text}")


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


def _document_of(chunk_id: str) -> str:
    return chunk_id.split("#", 1)[0]


class _Bounded(OrderedDict):
    """A least-recently-used dict of at most `size` entries (caches shared by a long-running bot's questions)."""

    def __init__(self, size: int):
        super().__init__()
        self.size = size
        self.lock = threading.Lock()

    def remember(self, key, value):
        with self.lock:
            self[key] = value
            self.move_to_end(key)
            while len(self) > self.size:
                self.popitem(last=False)
        return value

    def recall(self, key):
        with self.lock:
            got = super().get(key)
            if got is not None:
                self.move_to_end(key)
            return got

    def forget(self) -> None:
        with self.lock:
            self.clear()


class _StoreRecords:
    """What questions read from the chunk store (manifests, chunks, document records), kept while the store's
    generation stamp is the one they were read under. Every ingest that changes the store moves the stamp at its
    start and again at its end (ingest/lexical_index.py), in this process or another one on the same Chroma server,
    so a question never reads a record older than the store's last finished write; reading the stamp costs one small
    read, the three it replaces about 15 ms a question (a one-off profile of 150 train-d questions). A store without a stamp (written before it existed) is read
    every time. Bounded: a document record holds its sentence vectors (about 50 KB)."""

    def __init__(self):
        self.generation: str | None = None
        self.manifests = _Bounded(8192)   # document id -> manifest record, or {}: the document is not visible
        self.chunks = _Bounded(4096)      # chunk id -> (text, metadata)
        self.documents = _Bounded(256)    # document record id -> StoredDocument
        self._lock = threading.Lock()

    def check(self, generation: str | None) -> str | None:
        """The token a question reads under: the store's stamp, or None (nothing may be kept). What was kept under
        another stamp is dropped."""
        with self._lock:
            if generation is None or generation != self.generation:
                self.generation = generation
                for records in (self.manifests, self.chunks, self.documents):
                    records.forget()
            return generation

    def fetch(self, token: str | None, records: _Bounded, keys, read) -> dict | None:
        """key -> record for `keys`: those kept under `token` from `records`, the rest from `read(missing keys)`
        (a dict, or None when the store cannot say), kept if the stamp is still the one they were read under (a
        question that read before an ingest moved the stamp must not leave what it read for the questions after)."""
        out, missing = {}, []
        for key in keys:
            got = records.recall(key) if token is not None else None
            if got is None:
                missing.append(key)
            else:
                out[key] = got
        if missing:
            got = read(missing)
            if got is None:
                return None
            with self._lock:
                keeping = token is not None and token == self.generation
                for key, value in got.items():
                    if keeping:
                        records.remember(key, value)
            out.update(got)
        return out


class Retriever:
    def __init__(self, store: ChunkStore, lexical=None, previous: "Retriever | None" = None):
        """`lexical`: an open `knowledge.lexical.LexicalIndex`; default, the one in `store.lexical_dir`. `previous`:
        the retriever this one replaces after an ingest, whose title vectors (embedded for documents of the old
        layout, which stores none) and chunk terms stay true (a title's vector is the model's; a chunk id carries its
        content hash), so questions after a re-ingest do not redo them."""
        from .lexical import LexicalIndex

        self.store = store
        if lexical is None and store.lexical_dir is not None:
            try:
                lexical = LexicalIndex(store.lexical_dir)
            except (FileNotFoundError, ValueError, OSError) as exc:
                log.warning("no usable lexical index at %s (%s): answering from dense retrieval only; "
                            "`blacklist-bot ingest` builds it", store.lexical_dir, exc)
        self.lexical = lexical
        self.generation = store.generation()
        # An ingest running now, or one killed half-way, leaves the stamps different: never answer from a stale
        # index silently (the next ingest, or `ingest.lexical_index.ensure_current`, rebuilds it).
        self.stale = lexical is not None and lexical.generation != self.generation
        if self.stale:
            log.warning("the lexical index at %s is behind the chunk store (an ingest is running or was interrupted); "
                        "the next `blacklist-bot ingest` rebuilds it", store.lexical_dir)
        self._corrections = _Bounded(4096)  # depend on the corpus vocabulary: never carried over
        self._title_vectors = previous._title_vectors if previous is not None else _Bounded(4096)
        self._chunk_tokens = previous._chunk_tokens if previous is not None else _Bounded(4096)
        self._chunk_places = previous._chunk_places if previous is not None else _Bounded(4096)
        self._records = previous._records if previous is not None else _StoreRecords()
        # stems of a sentence's or an article's text: a function of the text, so kept across ingests
        self._text_stems = previous._text_stems if previous is not None else (_Bounded(8192), _Bounded(256))
        self._idf: dict[str, float] = {}   # the corpus statistics of this snapshot only

    def __len__(self) -> int:
        if self.lexical is not None:
            return self.lexical.num_chunks
        return self.store.collection.count()

    # ---- term statistics ----------------------------------------------------------------------------------------
    def idf(self, stem: str) -> float:
        got = self._idf.get(stem)
        if got is None:
            n = max(len(self), 1)
            df = self.lexical.doc_freq(stem) if self.lexical is not None else 0
            got = math.log(1 + (n - df + 0.5) / (df + 0.5))
            if len(self._idf) > 50_000:
                self._idf.clear()
            self._idf[stem] = got
        return got

    def text_stems(self, text: str, article: bool = False) -> frozenset[str]:
        """The stems of a sentence's or (`article`) a whole article's text, worked out once per text: questions keep
        reading the same articles. Articles are kept apart, fewer of them: each holds its whole text as the key."""
        kept = self._text_stems[article]
        got = kept.recall(text)
        return got if got is not None else kept.remember(text, frozenset(stems(text)))

    def known(self, stem: str) -> bool:
        return self.lexical is not None and self.lexical.doc_freq(stem) > 0

    def correct(self, stem: str) -> str:
        """A question word the corpus never uses, read as the corpus word one or two typing slips away
        ("goverment" -> "govern"); unchanged when there is none (then it is truly unknown)."""
        if self.lexical is None or len(stem) < 5 or not stem.isalpha() or self.known(stem):
            return stem
        got = self._corrections.recall(stem)
        if got is None:
            from rapidfuzz import process
            from rapidfuzz.distance import Levenshtein

            near = process.extract(stem, self.lexical.vocabulary(), scorer=Levenshtein.distance,
                                   score_cutoff=1 if len(stem) < 8 else 2, limit=None)
            # best first, ties in vocabulary order; a term whose chunks were all deleted is not a corpus word
            near.sort(key=lambda t: (t[1], t[2]))
            got = self._corrections.remember(stem, next((t for t, _, _ in near if self.lexical.doc_freq(t) > 0), stem))
        return got

    # ---- search -------------------------------------------------------------------------------------------------
    def _dense(self, query_vector, want: int, hits: list[tuple[str, float]], visible: "_Visibility") -> list:
        """The `want` nearest visible chunks, starting from the `want` nearest stored ones (`hits`)."""
        fetch = want
        while True:
            kept = visible.filter(hits)
            # parts of a write in progress (or interrupted) took places: read deeper
            if len(kept) >= want or len(hits) < fetch:
                return kept[:want]
            fetch *= 2
            hits = self.store.nearest_chunks(query_vector, fetch)

    def search(
        self, query: str, query_vector: list[float], entity_terms: list[str] = (), k: int = 8,
        mode: str = "fused+entity", fusion=None,
    ) -> list[Passage]:
        """The k best passages. `mode` and `fusion` are for the retrieval ablation in `eval` and the fit script;
        answers use "fused+entity" with the fitted fusion."""
        return self._search(query, query_vector, entity_terms, k, mode, fusion)[0]

    def retrieve(
        self, query: str, query_vector: list[float], entity_terms: list[str] = (), k: int = 8,
        mode: str = "fused+entity", fusion=None, clause: tuple[str, list[float]] | None = None,
    ) -> "PassageView":
        """`search`, and what the answer composer reads about the passages found (`PassageView`), reading each
        document's manifest once for both. `clause`: the clause that asks, after a preamble, and its vector: searched
        too (`_search`)."""
        passages, manifests, token = self._search(query, query_vector, entity_terms, k, mode, fusion, clause)
        return PassageView(self, passages, manifests, token)

    def _rankings(self, query, query_vector, entity_terms, visible):
        """The dense and the lexical ranking of one query: ({chunk: rank}, {chunk: cosine}, {chunk: rank},
        {chunk: BM25 score})."""
        q_stems = [self.correct(s) for s in stems(query)] + [s for t in entity_terms for s in stems(t)]
        lexical: list[tuple[str, float]] = []
        if self.lexical is not None and q_stems:
            lexical = self.lexical.search(q_stems, CANDIDATES + LEXICAL_SLACK)
        dense = self.store.nearest_chunks(query_vector, CANDIDATES)
        visible.read(dense + lexical)  # one manifest read for both rankings
        dense = self._dense(query_vector, CANDIDATES, dense, visible)
        dense = sorted(dense, key=lambda t: (-round(t[1], 6), t[0]))  # ties broken by id: same order on every store
        lexical = sorted(visible.filter(lexical), key=lambda t: (-round(t[1], 6), t[0]))
        return ({cid: r for r, (cid, _) in enumerate(dense)}, dict(dense),
                {cid: r for r, (cid, _) in enumerate(lexical[:CANDIDATES])}, dict(lexical))

    def _search(self, query, query_vector, entity_terms, k, mode, fusion,
                clause=None) -> tuple[list[Passage], dict | None, str | None]:
        """(the k best passages, the manifest records read to check them: None for a store without manifests, the
        token the question reads the store under: `_StoreRecords.check`). A question whose asking clause follows a
        preamble ("Ekholm criticised excluding Chinese vendors, but what exactly did PTS ban?") is searched for the
        clause as well, its two rankings fused with the question's, each with the same weight: the preamble's words
        otherwise bring the article it was read in, not the one that answers."""
        fusion = fusion or fitted().fusion
        token = self._records.check(self.store.generation())
        visible = _Visibility(self, token)
        rankings = [self._rankings(query, query_vector, entity_terms, visible)]
        if clause:
            rankings.append(self._rankings(clause[0], clause[1], entity_terms, visible))
        dense_sim: dict[str, float] = {}      # what the composer reads of a passage: its best cosine, its best BM25
        lexical_score: dict[str, float] = {}
        for _, sims, _, scores in rankings:
            for best, got in ((dense_sim, sims), (lexical_score, scores)):
                for cid, v in got.items():
                    best[cid] = max(v, best.get(cid, v))
        entity_stems = [stems(t) for t in entity_terms]
        use_dense = mode != "bm25"
        use_lexical = mode != "dense"
        candidates = set()
        for d_rank, _, l_rank, _ in rankings:
            candidates |= (set(d_rank) if use_dense else set()) | (set(l_rank) if use_lexical else set())
        stored = self._chunks(candidates, token)
        fused: dict[str, tuple[float, float]] = {}
        for cid in candidates:
            if cid not in stored:  # deleted since the rankings were read
                continue
            score = 0.0
            for d_rank, _, l_rank, _ in rankings:
                if use_dense and cid in d_rank:
                    score += fusion.dense / (fusion.rrf_k + d_rank[cid])
                if use_lexical and cid in l_rank:
                    score += fusion.lexical / (fusion.rrf_k + l_rank[cid])
            boost = 0.0
            if entity_stems and mode == "fused+entity":
                toks = set(self.tokens(cid, *stored[cid]))
                if any(es and all(s in toks for s in es) for es in entity_stems):
                    boost = fusion.entity_boost / fusion.rrf_k
            fused[cid] = (score + boost, boost)
        ranked = sorted(fused.items(), key=lambda kv: (-round(kv[1][0], 9), kv[0]))
        passages = []
        for cid, (score, boost) in ranked[:k]:
            text, m = stored[cid]
            passages.append(
                Passage(
                    chunk_id=cid, document_id=m["document_id"], title=m["title"], url=m["url"] or None, path=m["path"],
                    published=parse_date(m["published"]), start=m["start"], text=text, score=score,
                    dense=dense_sim.get(cid, 0.0), lexical=lexical_score.get(cid, 0.0), entity_boost=boost,
                )
            )
        return passages, visible.records, token

    def _chunks(self, chunk_ids, token: str | None = None) -> dict[str, tuple[str, dict]]:
        """chunk id -> (text, metadata), read from the store for these chunks only (and only those not read under
        the store's current stamp)."""
        def read(ids):
            got = self.store.collection.get(ids=ids, include=["documents", "metadatas"])
            return {i: (t, m) for i, t, m in zip(got["ids"], got["documents"], got["metadatas"])}

        return self._records.fetch(token, self._records.chunks, sorted(chunk_ids), read)

    def manifests(self, document_ids, token: str | None = None) -> dict[str, dict] | None:
        """document id -> its manifest record, for those of these documents that are visible; None for a store
        written before manifests (everything is visible; such a store has no stamp, so nothing is kept)."""
        def read(ids):
            got = self.store.manifests(ids)
            return None if got is None else {d: got.get(d, {}) for d in ids}   # {}: read, and not visible

        got = self._records.fetch(token, self._records.manifests, sorted(set(document_ids)), read)
        return None if got is None else {d: m for d, m in got.items() if m}

    def read_documents(self, document_ids, manifests: dict[str, dict] | None = None,
                       token: str | None = None) -> dict:
        """`ChunkStore.read_documents`, keeping the document records (one per document version, so a record id
        names its content) read under the store's current stamp."""
        wanted = sorted(set(document_ids))
        records = manifests if manifests is not None else self.manifests(wanted, token)
        if records is None:
            return self.store.read_documents(wanted, None)
        # a document of the old layout has no record id: read every time
        by_record = {records[d]["document_record"]: d for d in wanted if records.get(d, {}).get("document_record")}
        with_record = set(by_record.values())
        out = self.store.read_documents([d for d in wanted if d in records and d not in with_record], records)

        def read(record_ids):
            got = self.store.read_documents([by_record[r] for r in record_ids], records)
            return {records[d]["document_record"]: doc for d, doc in got.items()}

        kept = self._records.fetch(token, self._records.documents, sorted(by_record), read)
        out.update({by_record[r]: doc for r, doc in kept.items()})
        return out

    def tokens(self, chunk_id: str, text: str, meta: dict) -> list[str]:
        got = self._chunk_tokens.recall(chunk_id)
        return got if got is not None else self._chunk_tokens.remember(chunk_id, chunk_terms(meta, text))

    def places(self, p: Passage) -> frozenset[str]:
        """Countries and unions a passage names with its title: read once per chunk (its id carries its content hash),
        not on every question that retrieves it."""
        got = self._chunk_places.recall(p.chunk_id)
        if got is None:
            from .places import places_named

            got = self._chunk_places.remember(p.chunk_id, places_named(f"{p.title} {p.text}"))
        return got

    def title_vectors(self, titles: list[str]) -> dict[str, np.ndarray]:
        """The titles' vectors, embedded now: only for documents of a store written before title vectors were
        stored (`PassageView.title_similarities` reads the stored ones)."""
        got = {t: self._title_vectors.recall(t) for t in titles}
        missing = sorted(t for t, v in got.items() if v is None)
        if missing:
            for t, v in zip(missing, self.store.embeddings.embed_documents(missing)):
                got[t] = self._title_vectors.remember(t, np.asarray(v, dtype=np.float32))
        return got


class _Visibility:
    """Which chunks of one question's rankings a manifest names, reading each document's manifest once."""

    def __init__(self, retriever: Retriever, token: str | None):
        self.retriever = retriever
        self.token = token
        self.records: dict[str, dict] | None = {}   # None: a store written before manifests (everything is visible)
        self._named: set[str] = set()
        self._read: set[str] = set()

    def read(self, hits) -> None:
        new = {_document_of(c) for c, _ in hits} - self._read
        if not new or self.records is None:
            return
        self._read |= new
        got = self.retriever.manifests(new, self.token)
        if got is None:
            self.records = None
            return
        self.records.update(got)
        self._named.update(c for r in got.values() for c in r["chunk_ids"])

    def filter(self, hits) -> list[tuple[str, float]]:
        self.read(hits)
        return list(hits) if self.records is None else [h for h in hits if h[0] in self._named]


class PassageView:
    """The documents of one question's passages, read from the store when the question is answered: their text, their
    sentences (with stored entity tags and vectors) and their chunks' terms, indexed as the composer reads them
    (`docs`, `sentences`, `sentence_vectors`, `sentence_candidates`, `neighbour`, ...). Built per question, so it is
    never shared between threads; documents outside the passages load on first use."""

    def __init__(self, retriever: Retriever, passages: list[Passage], manifests: dict[str, dict] | None = None,
                 token: str | None = None):
        """`manifests`: records already read for the passages' documents, `token` the stamp they were read under
        (`Retriever.retrieve`)."""
        self.retriever = retriever
        self.token = token
        self.docs: dict[str, DocInfo] = _Documents(self)
        self.title_stems: dict[str, set[str]] = {}
        self.title_vectors: dict[str, np.ndarray] = {}   # stored at ingest (none for a document of the old layout)
        self.sentences: list[SentenceRef] = []
        self.sentences_by_doc: dict[str, list[int]] = {}
        self.sentence_vectors = np.zeros((0, 1), np.float32)
        self._sentence_stems: dict[int, frozenset[str]] = {}
        self._document_stems: dict[str, frozenset[str]] = {}
        self.chunk_index = {p.chunk_id: n for n, p in enumerate(passages)}
        self.passages = list(passages)
        self._chunk_tokens: list[list[str]] | None = None
        self.load({p.document_id for p in passages}, manifests)

    # ---- reading documents from the store ---------------------------------------------------------------------
    def load(self, doc_ids, manifests: dict[str, dict] | None = None) -> None:
        """Read these documents (metadata, text, sentences with their tags and vectors, title vector: one record
        each), in document id order so that sentence numbers order as on every store. `manifests`: their records,
        if read."""
        wanted = sorted(set(doc_ids) - set(self.sentences_by_doc))
        if not wanted:
            return
        stored = self.retriever.read_documents(wanted, manifests, self.token)
        vectors = [self.sentence_vectors] if len(self.sentences) else []
        for doc_id in wanted:
            order = self.sentences_by_doc.setdefault(doc_id, [])
            doc = stored.get(doc_id)
            if doc is None:  # not (or no longer) visible
                continue
            self.docs_loaded(doc.metadata)
            if doc.title_vector is not None:
                self.title_vectors[doc_id] = doc.title_vector
            for position, (start, end, types) in enumerate(doc.sentences):
                order.append(len(self.sentences))
                self.sentences.append(SentenceRef(doc_id, start, end, frozenset(types), position))
            if doc.sentences:
                vectors.append(doc.sentence_vectors)
        if vectors:
            self.sentence_vectors = np.concatenate(vectors)

    def docs_loaded(self, m: dict) -> None:
        doc = DocInfo(
            m["document_id"], m["title"], m["url"] or None, m["path"], parse_date(m["published"]),
            parse_date(m.get("ordering_date") or None), m.get("document_text", ""), m.get("keywords", ""),
        )
        dict.__setitem__(self.docs, doc.id, doc)
        self.title_stems[doc.id] = set(stems(doc.title))

    # ---- what the composer reads ------------------------------------------------------------------------------
    @property
    def chunk_tokens(self) -> list[list[str]]:
        if self._chunk_tokens is None:
            self._chunk_tokens = [
                self.retriever.tokens(p.chunk_id, p.text, {"title": p.title, "keywords": self.docs[p.document_id].keywords})
                for p in self.passages
            ]
        return self._chunk_tokens

    def idf(self, stem: str) -> float:
        return self.retriever.idf(stem)

    def known(self, stem: str) -> bool:
        return self.retriever.known(stem)

    def correct(self, stem: str) -> str:
        return self.retriever.correct(stem)

    def places(self, p: Passage) -> frozenset[str]:
        return self.retriever.places(p)

    def sentence_stems(self, i: int) -> frozenset[str]:
        got = self._sentence_stems.get(i)
        if got is None:
            got = self._sentence_stems[i] = self.retriever.text_stems(self.sentence_text(i))
        return got

    def document_stems(self, doc_id: str) -> frozenset[str]:
        """Stems of a document's title and whole text: what the article is about, even where a sentence says
        "the company"."""
        got = self._document_stems.get(doc_id)
        if got is None:
            doc = self.docs[doc_id]
            got = self._document_stems[doc_id] = self.retriever.text_stems(f"{doc.title} {doc.keywords} {doc.text}", article=True)
        return got

    def title_similarities(self, query_vector, doc_ids: set[str]) -> dict[str, float]:
        """Cosine of the question to each document's title, by the title vectors stored at ingest (a document of
        the old layout has none: its title is embedded, once per process)."""
        self.load(doc_ids)
        shown = [d for d in doc_ids if d in self.docs]
        unstored = {d: self.docs[d].title for d in shown if d not in self.title_vectors}
        embedded = self.retriever.title_vectors(list(unstored.values())) if unstored else {}
        q = np.asarray(query_vector, dtype=np.float32)
        return {d: float((self.title_vectors[d] if d in self.title_vectors else embedded[unstored[d]]) @ q)
                for d in shown}

    def sentence_candidates(self, passages: list[Passage]) -> dict[int, Passage]:
        """The sentences lying inside the given passages (index -> the first passage holding it), in order."""
        self.load({p.document_id for p in passages})
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


class _Documents(dict):
    """document id -> DocInfo, reading a document from the store the first time it is asked for."""

    def __init__(self, view: PassageView):
        super().__init__()
        self._view = view

    def __missing__(self, doc_id: str) -> DocInfo:
        self._view.load({doc_id})
        if not dict.__contains__(self, doc_id):
            raise KeyError(doc_id)
        return dict.__getitem__(self, doc_id)
