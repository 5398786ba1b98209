"""The read side's one entry point: `Knowledge` owns the embedding model, the chunk store and the list registry.

Built once per process and passed down. Both faces (the CLI and the Discord bot) call only this. Methods are
synchronous and CPU-bound: async callers run them in a worker thread (`asyncio.to_thread`).
"""
from __future__ import annotations

import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .models import Answer, ListSource, Match, Passage, SourceInfo
from .settings import Settings


@dataclass(frozen=True)
class Retrieval:
    question: str            # as asked, whitespace folded
    in_context: str          # with the thread's previous question for a short follow-up
    query: str               # what retrieval used (abbreviations expanded)
    vector: list
    matches: list            # companies the question names, from the list registry
    passages: list[Passage]
    retriever: object        # what the composer reads about the passages (retrieval.PassageView)
    read: object             # the query as the composer reads it, with the companies' names (answer.Question)


class Knowledge:
    def __init__(self, settings: Settings, embeddings=None, question_encoder=None):
        """`embeddings`, `question_encoder`: already loaded models to share (tests, several stores in one process:
        each loaded anew costs a few hundred MB)."""
        self.settings = settings
        # the model and the chunk store load on first use: a company lookup needs neither
        self._embeddings = embeddings
        self._store = None
        self._lazy_lock = threading.RLock()
        self._retriever = None
        self._retriever_lock = threading.Lock()
        self._registry = None
        self._vocabulary: frozenset[str] | None = None
        self._generator = None
        self._query_vectors: dict[str, list] = {}
        self._question_encoder = question_encoder
        # the tuned encoder's vectors by question text, each a future (done once embedded; the last few hundred)
        self._tuned: dict[str, Future] = {}
        self._tuned_lock = threading.Lock()
        self._tuned_worker: ThreadPoolExecutor | None = None

    @property
    def embeddings(self):
        with self._lazy_lock:
            if self._embeddings is None:
                from .embeddings import load_embeddings

                self._embeddings = load_embeddings(self.settings.model, self.settings.embedding_runtime,
                                                   self.settings.model_cache, self.settings.embedding_threads)
            return self._embeddings

    @property
    def question_encoder(self):
        """The tuned question encoder (knowledge/question_encoder.py), loaded on first use; False when the fit wrote
        none."""
        with self._lazy_lock:
            if self._question_encoder is None:
                from .question_encoder import load_question_encoder

                self._question_encoder = load_question_encoder(
                    self.settings.model, self.settings.embedding_runtime, self.settings.model_cache,
                    self.settings.embedding_threads) or False
            return self._question_encoder

    def embed_tuned(self, question: str) -> list | None:
        """The question's vector from the tuned question encoder (None without one): the one `start_tuned` began or
        remembers, else embedded now."""
        future = self.start_tuned(question)
        if future is None:
            return None
        try:
            return future.result()
        except Exception:
            with self._tuned_lock:  # a failed call is not remembered
                if self._tuned.get(question) is future:
                    del self._tuned[question]
            raise

    def start_tuned(self, question: str) -> Future | None:
        """Begin embedding the question with the tuned encoder on a worker thread, unless begun or remembered: the
        model runs outside the GIL, so the call overlaps the packaged model's and retrieval's (the composer reads it
        last, by `embed_tuned`). None without an encoder."""
        if not self.question_encoder:
            return None
        with self._tuned_lock:
            future = self._tuned.get(question)
            if future is None:
                if len(self._tuned) >= 512:
                    self._tuned.pop(next(iter(self._tuned)))
                if self._tuned_worker is None:
                    self._tuned_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="question-encoder")
                future = self._tuned[question] = self._tuned_worker.submit(self.question_encoder.embed_query, question)
            return future

    @property
    def store(self):
        with self._lazy_lock:
            if self._store is None:
                from .embeddings import LazyEmbeddings
                from .lexical import lexical_dir
                from .store import ChunkStore, open_client

                server = f"{self.settings.chroma_host}:{self.settings.chroma_port}" if self.settings.chroma_host else None
                # The model loads when something is first embedded: listing sources or counting chunks needs none.
                self._store = ChunkStore(
                    open_client(self.settings.store, self.settings.chroma_host, self.settings.chroma_port),
                    self._embeddings or LazyEmbeddings(lambda: self.embeddings),
                    self.settings.collection,
                    # beside the list registry; a Chroma server's copy is this machine's own
                    lexical_dir=lexical_dir(self.settings.store, self.settings.collection, server),
                )
            return self._store

    # ---- questions ------------------------------------------------------------------------------------------
    @property
    def retriever(self):
        from .retrieval import Retriever

        with self._retriever_lock:  # concurrent first questions build one snapshot, not one each
            if self._retriever is None:
                self._retriever = Retriever(self.store)
            return self._retriever

    def retrieve(self, question: str, history: list[str] | None = None, mode: str = "fused+entity", fusion=None) -> Retrieval:
        """What an answer is built from: the question in context, its vector, the companies it names and the best
        passages. `mode` and `fusion` are for the retrieval ablation in `eval` and the fit script."""
        from .answer.question import is_name_like, read_question
        from .glossary import expand_abbreviations
        from .text import content_terms

        question = " ".join(question.split())
        if not question:
            raise ValueError("empty question")
        retriever = self.retriever  # one index handle for the whole answer, even if a re-ingest swaps it meanwhile
        in_context = question
        if history and len(question.split()) <= 6:
            # A short follow-up ("and huawei?") continues the previous question's topic.
            in_context = f"{history[-1]} {question}"
        query = expand_abbreviations(in_context)
        # Companies, brands and products the question names (a Mi 10T Pro is Xiaomi). A follow-up that names one
        # is about it, not about the thread's earlier company.
        matches: list[Match] = []
        if self.registry.count():
            matches = [m for m in self.registry.find_in_text(question) if m.match]
            if not matches and in_context != question:
                matches = [m for m in self.registry.find_in_text(in_context) if m.match]
        matches = matches[:2]
        # The composer embeds parts of the question (its asking clause, its words apart from its names): read as the
        # composer will read it, they are embedded with the question in one call of the model, which costs less than
        # two (the composer then finds their vectors remembered).
        read = read_question(query, self.vocabulary, tuple(m.entity.name for m in matches), retriever.correct,
                             retriever.known)
        self.start_tuned(read.clause or query)  # what it asks, as the composer reads it (features.py)
        vectors = self.embed_queries([query, *(t for t in (read.clause, read.without_names) if t)])
        vector = vectors[0]
        # Passages naming what the question names come first: the listed companies, and words that are names.
        names = [m.entity.name for m in matches]
        names += [t for t in content_terms(in_context) if is_name_like(t, self.vocabulary) and t not in names]
        view = retriever.retrieve(query, vector, entity_terms=names, k=8, mode=mode, fusion=fusion,
                                  clause=(read.clause, vectors[1]) if read.clause else None)
        return Retrieval(question, in_context, query, vector, matches, view.passages, view, read)

    def embed_query(self, query: str) -> list:
        """Query vectors, remembered for the last few hundred questions (people repeat questions; `eval` and the fit
        script ask each question under several retrieval settings)."""
        vector = self._query_vectors.get(query)
        if vector is None:
            vector = self._remember_vector(query, self.embeddings.embed_query(query))
        return vector

    def _remember_vector(self, text: str, vector: list) -> list:
        if len(self._query_vectors) >= 512:
            self._query_vectors.pop(next(iter(self._query_vectors)))
        self._query_vectors[text] = vector
        return vector

    def embed_queries(self, texts: list[str]) -> list[list]:
        """`embed_query` for several texts, the ones not remembered embedded in one call of the model (the composer
        embeds a question's clause and the words no passage uses: one call costs about what one text does)."""
        # Read into a local table first: remembering the new vectors may evict a remembered one asked for here.
        vectors = {t: self._query_vectors[t] for t in dict.fromkeys(texts) if t in self._query_vectors}
        missing = [t for t in dict.fromkeys(texts) if t not in vectors]
        if missing:
            for text, vector in zip(missing, self.embeddings.embed_documents(missing)):
                vectors[text] = self._remember_vector(text, vector)
        return [vectors[t] for t in texts]

    def composer(self, got: Retrieval):
        """The answer composer over the snapshot a retrieval used."""
        from .answer import Composer

        return Composer(got.retriever, self.vocabulary, self.embed_queries,
                        read={(got.query, tuple(m.entity.name for m in got.matches)): got.read},
                        tuned=self.embed_tuned)

    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        """Answer from the sources with numbered citations; `history` holds earlier questions of a conversation
        (a Discord thread) so "and huawei?" is understood."""
        from .status import status_sentences, with_relatives_on_named_lists
        from .vocab import vocab

        got = self.retrieve(question, history)
        composer = self.composer(got)
        # A follow-up asking nothing of its own ("and huawei?") keeps its thread's permission question.
        asking = got.in_context if vocab().permissions.continues(got.question) else got.question
        statuses = with_relatives_on_named_lists(status_sentences(got.matches, got.question, asking), got.matches,
                                                 got.question, self._relatives)
        answer = composer.answer(got.query, got.vector, got.passages, got.matches, statuses, asked=got.question)
        # Optional generative mode (off unless BLACKLIST_BOT_LLM_BASE_URL and _LLM_MODEL are set): a chat model
        # rewrites the answer from its cited passages only; the reply is validated and any failure, timeout or
        # decline keeps this extractive answer (see knowledge/generate.py).
        if self.settings.llm_base_url and self.settings.llm_model:
            answer = self.generator.rewrite(got.in_context, answer, answer.citations)
            answer = replace(answer, question=got.question)
        return self._with_list_freshness(answer)

    def _relatives(self, entity) -> list:
        """The companies the list data holds under a longer form of this one's name or short names ("China Mobile
        International USA Inc." for China Mobile Limited, a.k.a. "China Mobile"): every word of that name in
        theirs."""
        found = {}
        for name in sorted({entity.name, *entity.aliases}, key=len)[:3]:
            words = set(re.findall(r"\w+", name.casefold()))
            for m in self.registry.lookup(name, limit=10):
                if m.entity.id != entity.id and words <= set(re.findall(r"\w+", m.entity.name.casefold())):
                    found[m.entity.id] = m.entity
        return list(found.values())

    def _with_list_freshness(self, answer: Answer) -> Answer:
        """An answer citing list data says how fresh that data is (and flags it when stale)."""
        from .freshness import list_data_as_of
        from .status import LIST_DATA_PATH

        lists = [c.path.removeprefix(LIST_DATA_PATH) for c in answer.citations if c.path.startswith(LIST_DATA_PATH)]
        if not lists:
            return answer
        as_of = list_data_as_of(self.list_sources(), lists)
        if as_of is None:
            return answer
        stale = (date.today() - as_of).days > self.settings.list_stale_days
        return replace(answer, list_data_as_of=as_of, list_data_stale=stale)

    def list_sources(self) -> list[ListSource]:
        """Where the list data comes from and how fresh each source is (`blacklist-bot lists`, /status)."""
        from .freshness import list_sources

        return list_sources(self.registry.path, self.settings.list_stale_days)

    def warm_up(self) -> None:
        """Load the model, open the retrieval indexes and build the registry's name index ahead of the first question
        (the bot's start: its first user does not wait for them)."""
        _ = self.embeddings
        _ = self.question_encoder
        _ = self.retriever
        self.registry.autocomplete("a")

    @property
    def generator(self):
        """The generative answerer, built on first use (imports langchain-openai only then)."""
        if self._generator is None:
            from .generate import GenerativeAnswerer

            self._generator = GenerativeAnswerer(self.settings)
        return self._generator

    @property
    def vocabulary(self) -> frozenset[str]:
        """Whole words of the embedding model's tokenizer: "common English" for telling names from words."""
        if self._vocabulary is None:
            from .embeddings import model_words

            self._vocabulary = model_words(self.settings.model)
        return self._vocabulary

    # ---- company lookup -------------------------------------------------------------------------------------
    @property
    def registry(self):
        """The list registry (a SQLite file beside the chunk store; local even when Chroma is a server)."""
        if self._registry is None:
            from .lookup import Registry

            Path(self.settings.store).mkdir(parents=True, exist_ok=True)
            self._registry = Registry.open(Path(self.settings.store) / "registry.sqlite3", self.settings.match_threshold)
        return self._registry

    def lookup(self, name: str, limit: int = 5) -> list[Match]:
        return self.registry.lookup(name, limit)

    def autocomplete(self, partial: str, limit: int = 25) -> list[str]:
        return self.registry.autocomplete(partial, limit)

    # ---- what is ingested -----------------------------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        """Newest first. An embedded store's list as its last ingest left it, when that is current (without opening
        the store: knowledge/source_list.py); else, and always from a Chroma server, the store's own."""
        if not self.settings.chroma_host:
            from .source_list import read_source_list

            listed = read_source_list(self.settings.store, self.settings.collection)
            if listed is not None:
                return listed
        return self.store.sources()

    def refresh(self) -> None:
        """Re-open the indexes after an ingest (cheap: nothing of the corpus is loaded). The registry's name index is
        not rebuilt here: every registry write moves its generation stamp on, and readers rebuild when it moved
        (seconds of CPU for a list of thousands)."""
        from .retrieval import Retriever

        self._retriever = Retriever(self.store, previous=self._retriever)
