"""Ingest throughput beside the bare model: `blacklist-bot ingest`'s code (ingest.api.ingest) on the real articles, and
`SentenceTransformer.encode` of exactly the texts that ingest embedded (its distinct chunks, sentences and titles, read
back from the store), one call, batches of 32 sorted by length, in the same run. The figure is the ratio of the two times (1.0:
ingest costs no more than embedding its texts); where the rest of the time goes is shown beside it.

Corpus: the shipped articles, the train and validation eval corpora and ../shared/eval/dev/corpus. Three rounds, each a
fresh store, the baseline after ingest in the first and third and before it in the second; medians. The model is loaded and warm before anything is timed. Writes
benchmarks/results/ingest_throughput.md and .png.

    .venv/bin/python benchmarks/ingest_throughput.py
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPORA, RESULTS, machine_line, markdown_table, pyplot  # noqa: E402

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
    import ingest.tagging as tagging
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.embeddings import load_embeddings
    from knowledge.settings import Settings

    model = load_embeddings()
    encoder = model._client  # the SentenceTransformer inside langchain's HuggingFaceEmbeddings
    encoder.encode(["warm up"])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        for n, src in enumerate(p for p in CORPORA if p.exists()):
            shutil.copytree(src, corpus / f"{n}-{src.parent.name}-{src.name}")
        texts: list[str] = []

        def encode() -> float:
            t = time.perf_counter()
            encoder.encode(texts, batch_size=32, normalize_embeddings=True)
            return time.perf_counter() - t

        for r in range(ROUNDS):
            # the baseline goes first in odd rounds (with the texts the first round stored: the same each round), so
            # that a busy stretch of the shared machine falls on either
            encode_s = encode() if r % 2 else None
            embed = Timed(model.embed_documents)
            tag = Timed(tagging.entity_labels)
            model_proxy = SimpleNamespace(embed_documents=embed, embed_query=model.embed_query)
            k = Knowledge(Settings(_env_file=None, store=Path(tmp) / f"store-{r}"), model)
            k.store._embeddings = model_proxy
            # the store writer takes its default tagger from ingest.tagging when it is made
            original_tagger, tagging.entity_labels = tagging.entity_labels, tag
            try:
                t = time.perf_counter()
                report = ingest(k, [corpus])
                ingest_s = time.perf_counter() - t
            finally:
                tagging.entity_labels = original_tagger
            chunks = k.store.collection.get(include=["documents"])["documents"]
            stored = k.store.read_documents(k.store.manifests()).values()
            sentences = [d.text[s:e] for d in stored for s, e, _ in d.sentences]
            titles = [d.metadata["title"] for d in stored]
            texts = sorted(set(chunks + sentences + titles))  # each distinct text is embedded once
            if encode_s is None:
                encode_s = encode()
            rows.append({"documents": report.added, "chunks": len(chunks), "sentences": len(sentences), "texts": len(texts),
                         "ingest_s": ingest_s, "encode_s": encode_s, "embed_in_ingest_s": embed.seconds,
                         "tagging_s": tag.seconds})
            print(rows[-1], file=sys.stderr)
    med = {key: statistics.median(r[key] for r in rows) for key in rows[0]}
    ratio = med["encode_s"] / med["ingest_s"]
    other = med["ingest_s"] - med["embed_in_ingest_s"] - med["tagging_s"]
    n_texts = med["texts"]
    lines = [
        "# Ingest throughput beside the bare model",
        "",
        f"{machine_line('python benchmarks/ingest_throughput.py')}; median of {ROUNDS} rounds, each into a fresh store. Corpus: the shipped articles, "
        f"the train and validation eval corpora and the dev corpus: {med['documents']:.0f} documents, "
        f"{med['chunks']:.0f} chunks, {med['sentences']:.0f} sentences, {n_texts:.0f} distinct texts with the titles.",
        "",
        "Baseline, same run: `SentenceTransformer.encode` of exactly the texts ingest embedded (its distinct chunks, "
        "sentences and titles), one call, batch size 32, sorted by length.",
        "",
        *markdown_table(["measure", "seconds", "texts per second"], [
            ["baseline: encode the same texts", f"{med['encode_s']:.1f}", f"{n_texts / med['encode_s']:.0f}"],
            ["ingest (load, clean, chunk, tag, embed, write, lexical index)", f"{med['ingest_s']:.1f}",
             f"{n_texts / med['ingest_s']:.0f}"],
            ["of which embedding", f"{med['embed_in_ingest_s']:.1f}", ""],
            ["of which entity tagging (spaCy)", f"{med['tagging_s']:.1f}", ""],
            ["of which the rest (loading, cleaning, chunking, Chroma and lexical writes)", f"{other:.1f}", ""],
        ], "lrr"),
        "",
        f"**Ingest throughput = {ratio:.2f}x raw encode** (target >= {TARGET}); round by round: "
        + ", ".join(f"{r['encode_s'] / r['ingest_s']:.2f}x" for r in rows) + ".",
        "",
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "ingest_throughput.md"
    out.write_text("\n".join(lines), encoding="utf-8")

    plt = pyplot()
    fig, ax = plt.subplots(figsize=(7, 2.8))
    ax.barh(["encode (baseline)"], [med["encode_s"]], color="#bbbbbb")
    left = 0.0
    for label, value, colour in (("embedding", med["embed_in_ingest_s"], "#8da0cb"),
                                 ("entity tagging", med["tagging_s"], "#fc8d62"), ("the rest", other, "#66c2a5")):
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
