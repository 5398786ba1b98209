"""The question encoder: the embedding model with low-rank weight updates fit to the train questions, which embeds a
question (never an article) for the sentence feature `tuned_similarity`.

Articles keep the packaged model's vectors; only the question side is tuned, so stored vectors stay valid and ingest
is unchanged. eval/fit_answers.py fits the updates (`fit_question_encoder`: each linear layer of the transformer gets
W + B A, rank ENCODER_RANK there, trained listwise so that a question's vector is closest to the stored vectors of
the sentences that answer it) and writes them to knowledge/question_encoder.npz. Here they are added to a copy of
the model's weights, saved once per machine and update file as a model folder in the model cache; that folder is
then loaded like any model (its ONNX export made once, as for the packaged model). No file: no encoder, and the
feature reads 0 (an older fit).
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

UPDATES_FILE = Path(__file__).with_name("question_encoder.npz")
MARKER = "question_encoder.json"


def linear_layers(transformer) -> dict[str, object]:
    """The transformer's linear layers that get an update, by their parameter path (the same names in the fit and
    here): attention query, key, value and output, and the feed-forward pair, in every layer."""
    names = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
             "intermediate.dense", "output.dense")
    return {f"layer.{n}.{name}": layer.get_submodule(name)
            for n, layer in enumerate(transformer.encoder.layer) for name in names}


def add_updates(model, updates: dict) -> None:
    """Add the fitted low-rank updates (`{name}.A`, `{name}.B`) to a loaded sentence-transformers model's weights."""
    import torch

    transformer = model[0].auto_model
    with torch.no_grad():
        for name, layer in linear_layers(transformer).items():
            a, b = updates[f"{name}.A"], updates[f"{name}.B"]
            layer.weight += torch.from_numpy(b.astype("float32")) @ torch.from_numpy(a.astype("float32"))


def _updated_model(base_path: str, updates_file: Path):
    """The packaged model loaded with sentence-transformers (torch), the updates added to its weights."""
    import numpy as np

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(base_path, device="cpu", local_files_only=True)
    with np.load(updates_file) as updates:
        add_updates(model, dict(updates))
    return model


def _folder(base_path: str, updates_file: Path, cache: Path) -> Path:
    key = hashlib.sha256(f"{Path(base_path).resolve()}\n".encode())
    key.update(updates_file.read_bytes())
    return Path(cache) / "question-encoder" / key.hexdigest()[:16]


def question_encoder_folder(base_path: str, cache: Path, updates_file: Path = UPDATES_FILE) -> Path | None:
    """The tuned model's folder in the cache, made first if missing (imports torch: seconds, once per machine and
    update file); None when there is no update file."""
    if not updates_file.is_file():
        return None
    folder = _folder(base_path, updates_file, cache)
    if (folder / MARKER).is_file():
        return folder
    log.warning("preparing the question encoder once for this machine in %s", folder)
    model = _updated_model(base_path, updates_file)
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        model.save(str(work))
        (work / MARKER).write_text(f'{{"updates": "{updates_file.name}"}}\n', encoding="utf-8")
        try:
            os.rename(work, folder)
        except OSError:
            if not (folder / MARKER).is_file():  # not another process's finished folder: a real failure
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder


class _TunedInMemory:
    """The tuned model built in memory with sentence-transformers, where the model cache cannot hold its folder (the
    same vectors; torch is imported, as the packaged model's own fallback does)."""

    def __init__(self, base_path: str, updates_file: Path):
        self.model = _updated_model(base_path, updates_file)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.encode([t.replace("\n", " ") for t in texts], normalize_embeddings=True).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def load_question_encoder(model: str | None, runtime: str, cache: Path, threads: int | None = None):
    """The tuned question encoder, run as the packaged model is (`runtime`, `threads`); None without an update file,
    or when another model than the packaged one is configured (the updates were fit to the packaged model's
    weights, and the fitted weights to its vectors). One per process for the same settings and update file."""
    if model or not UPDATES_FILE.is_file():
        return None
    st = UPDATES_FILE.stat()
    return _load(runtime, Path(cache), threads, (st.st_size, st.st_mtime_ns))


@lru_cache(maxsize=4)
def _load(runtime: str, cache: Path, threads: int | None, _updates_version):
    from .embeddings import load_embeddings, resolve_model_path

    base = resolve_model_path(None)
    try:
        folder = question_encoder_folder(base, cache)
    except OSError as exc:
        log.warning("the question encoder cannot be kept in %s (%s); building it in memory with sentence-transformers",
                    cache, exc)
        return _TunedInMemory(base, UPDATES_FILE)
    # One thread unless set: the encoder runs beside the packaged model's call (Knowledge.start_tuned), one core each.
    return load_embeddings(str(folder), runtime, cache, 1 if threads is None else threads)
