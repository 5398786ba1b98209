"""The embedding model run by onnxruntime: an ONNX export of the same sentence-transformers model, made once on this
machine and kept in a cache folder, so a process that only embeds questions (`ask`, the bot) never imports torch or
sentence-transformers (seconds of start-up and about 400 MB of memory on this machine).

The export is the sentence-transformers model's own forward pass (transformer, mean pooling, normalisation) traced by
`torch.onnx.export`, with the model folder's own tokenizer saved beside it; it is made from the installed model
folder (nothing is downloaded), checked against the sentence-transformers vectors before it is kept, and written to
its final folder in one rename, so a half-written export is never read. tests/test_onnx_embeddings.py checks it
against the model on every chunk, sentence and title of the shipped knowledge.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from pathlib import Path

log = logging.getLogger(__name__)

# Bump when the export's layout or content changes: a cached export of another version is made again.
EXPORT_VERSION = 1
MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
META_FILE = "export.json"
BATCH_SIZE = 32
# The export is kept only if it agrees with the model this closely on the probe texts (the shipped corpus is checked
# at >= 0.999 by the tests; a sound export gives 0.99999+).
PROBE_MIN_COSINE = 0.9999
PROBES = [
    "why was xiaomi blacklisted?",
    "Huawei",
    "The Commerce Department added Huawei Technologies Co., Ltd. and 68 affiliates to the Entity List on May 16, "
    "2019, restricting exports of U.S. items to them.",
    # longer than the model's 256-token window: truncation must match too
    " ".join(["The Pentagon's 1260H list names Chinese military companies operating in the United States."] * 30),
]


class ExportUnavailable(RuntimeError):
    """The model cannot be exported or the export cannot be loaded; the message says why."""


def export_dir(model_path: str, cache: Path) -> Path:
    """The cache folder for this model folder's export: named after the folder, keyed by its files (names, sizes,
    modification times) and the export version, so a changed or reinstalled model is exported again."""
    folder = Path(model_path)
    key = hashlib.sha256(f"v{EXPORT_VERSION}\n{folder.resolve()}\n".encode())
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        st = f.stat()
        key.update(f"{f.relative_to(folder)}\t{st.st_size}\t{st.st_mtime_ns}\n".encode())
    return Path(cache) / "onnx" / f"{'-'.join(folder.parts[-2:])}-{key.hexdigest()[:16]}"


class OnnxEmbeddings:
    """Vectors of the exported model, as sentence-transformers gives them (the same tokenizer and window, mean pooling
    and normalisation are in the exported graph), through langchain's `Embeddings` interface (embed_documents,
    embed_query) without importing langchain-core. `threads`: onnxruntime's intra-op threads for one call; 0 for its
    default (one per core)."""

    def __init__(self, folder: Path, threads: int = 1):
        import numpy as np
        import onnxruntime as ort

        self._np = np
        self.folder = Path(folder)
        self.threads = threads
        try:
            self.tokens = OnnxTokens(self.folder)
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            # Threads that spin while waiting for work burn a core a neighbour needs, and stall when it is busy.
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            self.session = ort.InferenceSession(str(self.folder / MODEL_FILE), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # a missing, truncated or foreign file: the caller falls back to the model
            raise ExportUnavailable(f"the ONNX export in {self.folder} cannot be loaded ({exc}); delete that folder "
                                    "to have it made again") from exc
        self.inputs = [i.name for i in self.session.get_inputs()]

    def _embed(self, texts: list[str]):
        # "\n" as langchain-huggingface hands texts to sentence-transformers
        features = self.tokens.encode([t.replace("\n", " ") for t in texts])
        return self.session.run(None, {name: features[name] for name in self.inputs})[0]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """In batches of similar length (sorted, as sentence-transformers does), so little is padding."""
        np = self._np
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), 0), dtype=np.float32)
        for start in range(0, len(order), BATCH_SIZE):
            batch = order[start:start + BATCH_SIZE]
            vectors = self._embed([texts[i] for i in batch])
            if out.shape[1] == 0:
                out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
            out[batch] = vectors
        return out.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0].tolist()


def export(model_path: str, folder: Path) -> Path:
    """Export the sentence-transformers model at `model_path` into `folder` (made whole or not at all). Imports torch,
    sentence-transformers and onnx: seconds, once per machine and model."""
    import numpy as np

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import onnx  # noqa: F401  (torch.onnx.export writes the file with it)
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ExportUnavailable(f"cannot export the model to ONNX: {exc}") from exc

    model = SentenceTransformer(model_path, device="cpu", local_files_only=True).eval()
    tokenizer = getattr(model, "tokenizer", None)
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None or not model.max_seq_length:
        raise ExportUnavailable(f"{model_path} has no fast tokenizer or sequence length to export with")

    class SentenceEmbedding(torch.nn.Module):
        """The model's whole forward pass (transformer, pooling, normalisation) with plain tensor inputs."""

        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            features = {"input_ids": input_ids, "attention_mask": attention_mask, "token_type_ids": token_type_ids,
                        "modality": "text"}
            return self.model(features)["sentence_embedding"]

    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    work.chmod(0o755)
    try:
        backend.save(str(work / TOKENIZER_FILE))
        meta = {"version": EXPORT_VERSION, "source": str(Path(model_path).resolve()),
                "max_seq_length": int(model.max_seq_length), "pad_id": int(tokenizer.pad_token_id or 0),
                "pad_token": tokenizer.pad_token or "[PAD]", "torch": torch.__version__}
        (work / META_FILE).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        names = ["input_ids", "attention_mask", "token_type_ids"]
        sample = OnnxTokens(work).encode(PROBES[:2])
        axes = {n: {0: "batch", 1: "tokens"} for n in names}
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tracer's notes on Python branches it fixed: checked below instead
            torch.onnx.export(SentenceEmbedding().eval(), tuple(torch.from_numpy(sample[n]) for n in names),
                              str(work / MODEL_FILE), dynamo=False, input_names=names,
                              output_names=["sentence_embedding"],
                              dynamic_axes={**axes, "sentence_embedding": {0: "batch"}}, opset_version=17)
        # Keep it only if it gives the model's vectors, one text at a time and in a padded batch.
        exported = OnnxEmbeddings(work)
        reference = model.encode(PROBES, normalize_embeddings=True, convert_to_numpy=True)
        for got in (np.asarray(exported.embed_documents(PROBES)), np.stack([exported.embed_query(p) for p in PROBES])):
            cosine = (got * reference).sum(axis=1) / np.linalg.norm(got, axis=1) / np.linalg.norm(reference, axis=1)
            if cosine.min() < PROBE_MIN_COSINE:
                raise ExportUnavailable(f"the ONNX export disagrees with the model (cosine {cosine.min():.5f})")
        del exported
        try:
            os.rename(work, folder)
        except OSError:
            if not (folder / META_FILE).is_file():  # not another process's finished export: a real failure
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder


class OnnxTokens:
    """The export's tokenizer with the model's window and padding, for building the export's sample inputs."""

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        meta = json.loads((Path(folder) / META_FILE).read_text(encoding="utf-8"))
        self.tokenizer = Tokenizer.from_file(str(Path(folder) / TOKENIZER_FILE))
        self.tokenizer.enable_truncation(meta["max_seq_length"])
        self.tokenizer.enable_padding(pad_id=meta["pad_id"], pad_token=meta["pad_token"])

    def encode(self, texts: list[str]) -> dict:
        import numpy as np

        encoded = self.tokenizer.encode_batch(texts)
        return {"input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64)}


def load_onnx_embeddings(model_path: str, cache: Path, threads: int = 1) -> OnnxEmbeddings:
    """The export of this model from the cache, made first if the cache lacks it (once per machine and model: the
    message says so and where). Raises ExportUnavailable when it can be neither made nor loaded."""
    if not Path(model_path).is_dir():
        raise ExportUnavailable(f"{model_path} is not a model folder on this machine, so it has no ONNX export")
    folder = export_dir(model_path, cache)
    if not (folder / META_FILE).is_file():
        log.warning("preparing the embedding model for a fast start, once for this model and machine: exporting it "
                    "to ONNX in %s", folder)
        started = time.perf_counter()
        try:
            export(model_path, folder)
        except ExportUnavailable:
            raise
        except Exception as exc:
            raise ExportUnavailable(f"exporting the model to ONNX in {folder} failed ({exc})") from exc
        log.warning("the ONNX export is ready (%.0f s); later starts load it without torch", time.perf_counter() - started)
    return OnnxEmbeddings(folder, threads)
