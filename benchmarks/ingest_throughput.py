"""Ingest throughput beside the bare model: `blacklist-bot ingest`'s code (ingest.api.ingest) on the real articles, as
a user runs it (default settings: the model's ONNX export run by onnxruntime on BLACKLIST_BOT_EMBEDDING_THREADS
threads, spaCy tagging on a thread of its own meanwhile), and `SentenceTransformer.encode` of exactly the texts that
ingest embedded (its distinct chunks, sentences and titles, read back from the store), one call, batches of 32 sorted
by length, in the same run: with torch's default threads (the figure), and with as many threads as ingest used
(so the runtime's share of the gain shows). The figure is the ratio of the two times (1.0: ingest costs no more than
embedding its texts); where the rest of the time goes is shown beside it.

Corpus: the shipped articles, the train and validation eval corpora and ../shared/eval/dev/corpus. Three rounds, each a
fresh store, the baseline after ingest in the first and third and before it in the second; medians. The model is loaded and warm before anything is timed. Writes
benchmarks/results/ingest_throughput.md and .png.

    .venv/bin/python benchmarks/ingest_throughput.py
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPORA, RESULTS, machine_line, markdown_table, prepare_onnx_export, pyplot  # noqa: E402

ROUNDS = 3
TARGET = 0.85


class Timed:
    """Wraps a callable, adding up the seconds spent in it."""

    def __init__(self, fn):
        self.fn, self.seconds = fn, 0.0

    def __call__(self, *a, **kw):
        t = time.perf_counter()
        try:
            return self.fn(*a, **kw)
        finally:
            self.seconds += time.perf_counter() - t


def main() -> None:
    import torch

    import ingest.tagging as tagging
    from ingest.api import ingest
    from ingest.store_writer import StoreWriter
    from knowledge.api import Knowledge
    from knowledge.embeddings import DEFAULT_THREADS, load_sentence_transformer
    from knowledge.settings import Settings

    prepare_onnx_export()
    encoder = load_sentence_transformer()._client  # the SentenceTransformer inside langchain's HuggingFaceEmbeddings
    encoder.encode(["warm up"])
    default_threads = torch.get_num_threads()
    setting = Settings(_env_file=None).embedding_threads
    ingest_threads = (DEFAULT_THREADS["onnx"] if setting is None else setting) or os.cpu_count()
    same_as_default = ingest_threads == default_threads  # then one baseline serves as both
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        for n, src in enumerate(p for p in CORPORA if p.exists()):
            shutil.copytree(src, corpus / f"{n}-{src.parent.name}-{src.name}")
        texts: list[str] = []

        def encode(threads: int) -> float:
            torch.set_num_threads(threads)
            try:
                t = time.perf_counter()
                encoder.encode(texts, batch_size=32, normalize_embeddings=True)
                return time.perf_counter() - t
            finally:
                torch.set_num_threads(default_threads)

        original_prepare = StoreWriter.prepare
        for r in range(ROUNDS):
            # the baselines go first in odd rounds (with the texts the first round stored: the same each round), so
            # that a busy stretch of the shared machine falls on either
            encode_s = encode(default_threads) if r % 2 else None
            encode_same_s = (encode_s if same_as_default else encode(ingest_threads)) if r % 2 else None
            k = Knowledge(Settings(_env_file=None, store=Path(tmp) / f"store-{r}"))
            model = k.embeddings  # the ONNX export, loaded before the clock starts (as the bot has it)
            model.embed_query("warm up")
            embed = Timed(model.embed_documents)
            tag = Timed(tagging.entity_labels)
            prepare = Timed(original_prepare)
            k.store._embeddings = SimpleNamespace(embed_documents=embed, embed_query=model.embed_query)
            # the store writer takes its default tagger from ingest.tagging when it is made
            original_tagger, tagging.entity_labels = tagging.entity_labels, tag
            StoreWriter.prepare = lambda self, *a, **kw: prepare(self, *a, **kw)
            try:
                t = time.perf_counter()
                report = ingest(k, [corpus])
                ingest_s = time.perf_counter() - t
            finally:
                tagging.entity_labels = original_tagger
                StoreWriter.prepare = original_prepare
            chunks = k.store.collection.get(include=["documents"])["documents"]
            stored = k.store.read_documents(k.store.manifests()).values()
            sentences = [d.text[s:e] for d in stored for s, e, _ in d.sentences]
            titles = [d.metadata["title"] for d in stored]
            texts = sorted(set(chunks + sentences + titles))  # each distinct text is embedded once
            if encode_s is None:
                encode_s = encode(default_threads)
                encode_same_s = encode_s if same_as_default else encode(ingest_threads)
            rows.append({"documents": report.added, "chunks": len(chunks), "sentences": len(sentences), "texts": len(texts),
                         "ingest_s": ingest_s, "encode_s": encode_s, "encode_same_threads_s": encode_same_s,
                         "prepare_s": prepare.seconds, "embed_in_ingest_s": embed.seconds, "tagging_s": tag.seconds})
            print(rows[-1], file=sys.stderr)
    med = {key: statistics.median(r[key] for r in rows) for key in rows[0]}
    ratio = med["encode_s"] / med["ingest_s"]
    ratio_same = med["encode_same_threads_s"] / med["ingest_s"]
    other = med["ingest_s"] - med["prepare_s"]
    n_texts = med["texts"]
    threads = lambda n: f"{n} thread{'s' if n != 1 else ''}"  # noqa: E731
    lines = [
        "# Ingest throughput beside the bare model",
        "",
        f"{machine_line('python benchmarks/ingest_throughput.py')}; median of {ROUNDS} rounds, each into a fresh store. Corpus: the shipped articles, "
        f"the train and validation eval corpora and the dev corpus: {med['documents']:.0f} documents, "
        f"{med['chunks']:.0f} chunks, {med['sentences']:.0f} sentences, {n_texts:.0f} distinct texts with the titles.",
        "",
        "Ingest as a user runs it (default settings): the model's ONNX export run by onnxruntime on "
        f"{threads(ingest_threads)} (BLACKLIST_BOT_EMBEDDING_THREADS), spaCy tagging the sentences on a thread of its "
        "own meanwhile. Baseline, same run: `SentenceTransformer.encode` of exactly the texts ingest embedded (its "
        "distinct chunks, sentences and titles), one call, batch size 32, sorted by length, with torch's default "
        f"threads ({default_threads})" + ("." if same_as_default else f" and with {threads(ingest_threads)} like ingest."),
        "",
        *markdown_table(["measure", "seconds", "texts per second"], [
            [f"baseline: encode the same texts (torch's default, {threads(default_threads)})", f"{med['encode_s']:.1f}",
             f"{n_texts / med['encode_s']:.0f}"],
            *([] if same_as_default else [[f"encode the same texts with {threads(ingest_threads)}",
                                           f"{med['encode_same_threads_s']:.1f}",
                                           f"{n_texts / med['encode_same_threads_s']:.0f}"]]),
            ["ingest (load, clean, chunk, tag, embed, write, lexical index)", f"{med['ingest_s']:.1f}",
             f"{n_texts / med['ingest_s']:.0f}"],
            ["of which embedding and tagging (`StoreWriter.prepare`)", f"{med['prepare_s']:.1f}", ""],
            ["in which embedding", f"{med['embed_in_ingest_s']:.1f}", ""],
            ["in which entity tagging (spaCy, on its own thread during the embedding)", f"{med['tagging_s']:.1f}", ""],
            ["of which the rest (loading, cleaning, chunking, Chroma and lexical writes)", f"{other:.1f}", ""],
        ], "lrr"),
        "",
        f"**Ingest throughput = {ratio:.2f}x raw encode** (target >= {TARGET}); round by round: "
        + ", ".join(f"{r['encode_s'] / r['ingest_s']:.2f}x" for r in rows)
        + ("." if same_as_default else f". Against encode with {threads(ingest_threads)}: {ratio_same:.2f}x ("
           + ", ".join(f"{r['encode_same_threads_s'] / r['ingest_s']:.2f}x" for r in rows) + ")."),
        "",
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "ingest_throughput.md"
    out.write_text("\n".join(lines), encoding="utf-8")

    plt = pyplot()
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.barh([f"encode, {threads(default_threads)} (baseline)"], [med["encode_s"]], color="#bbbbbb")
    if not same_as_default:
        ax.barh([f"encode, {threads(ingest_threads)}"], [med["encode_same_threads_s"]], color="#dddddd")
    waiting = max(0.0, med["prepare_s"] - med["embed_in_ingest_s"])
    left = 0.0
    for label, value, colour in (("embedding (spaCy tagging alongside)", med["embed_in_ingest_s"], "#8da0cb"),
                                 ("waiting for tagging", waiting, "#fc8d62"), ("the rest", other, "#66c2a5")):
        ax.barh(["ingest"], [value], left=left, label=label, color=colour)
        left += value
    ax.set_xlabel("seconds")
    ax.set_title(f"Ingest {ratio:.2f}x raw encode ({n_texts:.0f} texts)")
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(out.with_suffix(".png"), dpi=110)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
