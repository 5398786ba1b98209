"""How many threads one embedding should use (BLACKLIST_BOT_EMBEDDING_THREADS), measured on this machine: one question's
embedding (latency, p50/p95) and a batch of passages (throughput), with onnxruntime running the model's ONNX export
and with sentence-transformers (torch), each with 1 and 2 threads, on the machine as it is and beside a busy
neighbour (a process spinning on one core, as another bot, an ingest or another user's job would).

Baseline, same run: sentence-transformers with torch's default threads (one per core), the configuration before the
setting existed; every figure is also given as a ratio of it, in the same conditions. Configurations are measured in
turn, round after round, so a busy stretch of the shared machine falls on each. Writes
benchmarks/results/embedding_threads.md and .png.

    .venv/bin/python benchmarks/embedding_threads.py
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import RESULTS, machine_line, markdown_table, percentile, pyplot  # noqa: E402

DEV = ROOT / ".." / "shared" / "eval" / "dev" / "qa.jsonl"
THREADS = (1, 2)
RUNTIMES = ("onnx", "sentence-transformers")


def spin(stop) -> None:
    """A busy neighbour: one core's worth of work until told to stop."""
    n = 0
    while not stop.is_set():
        for _ in range(100_000):
            n += 1


def texts() -> tuple[list[str], list[str]]:
    """(the dev questions, the shipped passages: chunks and sentences)."""
    from ingest.shipped_vectors import shipped_texts

    questions = [json.loads(line)["question"] for line in DEV.read_text().splitlines() if line.strip()]
    chunks, sentences, _ = shipped_texts()
    return questions, sorted(set(chunks) | set(sentences))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=192, help="passages embedded per batch measurement")
    args = parser.parse_args()

    import torch

    from knowledge.embeddings import load_embeddings, load_sentence_transformer
    from knowledge.onnx_embeddings import OnnxEmbeddings
    from knowledge.settings import cache_dir

    questions, passages = texts()
    passages = passages[: args.batch]
    st = load_sentence_transformer()  # sentence-transformers as a library: torch's default threads
    default_threads = torch.get_num_threads()
    onnx = {n: load_embeddings(runtime="onnx", cache=cache_dir(), threads=n) for n in THREADS}
    assert all(isinstance(m, OnnxEmbeddings) for m in onnx.values()), "the ONNX export could not be made"

    configs = [("sentence-transformers", None)] + [(r, n) for r in RUNTIMES for n in THREADS]

    def model(runtime: str, threads: int | None):
        if runtime == "onnx":
            return onnx[threads]
        torch.set_num_threads(threads or default_threads)
        return st

    for runtime, threads in configs:  # warm every configuration before timing any
        model(runtime, threads).embed_documents(passages[:8])
        model(runtime, threads).embed_query(questions[0])

    results: dict = {}
    for neighbour in ("none", "busy"):
        stop = multiprocessing.Event()
        busy = multiprocessing.Process(target=spin, args=(stop,), daemon=True) if neighbour == "busy" else None
        if busy:
            busy.start()
            time.sleep(1)
        try:
            for r in range(args.rounds):
                for runtime, threads in configs:
                    m = model(runtime, threads)
                    got = results.setdefault((neighbour, runtime, threads), {"query_ms": [], "batch_s": []})
                    for q in questions:
                        t = time.perf_counter()
                        m.embed_query(q)
                        got["query_ms"].append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter()
                    m.embed_documents(passages)
                    got["batch_s"].append(time.perf_counter() - t)
                    print(neighbour, runtime, threads, r, f"{statistics.median(got['query_ms']):.0f} ms",
                          f"{got['batch_s'][-1]:.1f} s", file=sys.stderr)
        finally:
            stop.set()
            if busy:
                busy.join(timeout=10)
        results[(neighbour, "load")] = os.getloadavg()[0]
    torch.set_num_threads(default_threads)

    def name(runtime: str, threads: int | None) -> str:
        return (f"{runtime}, {threads} thread{'s' if threads != 1 else ''}" if threads
                else f"{runtime}, torch's default ({default_threads} threads): baseline")

    rows, summary = [], []
    for neighbour in ("none", "busy"):
        base = results[(neighbour, "sentence-transformers", None)]
        base_q, base_b = statistics.median(base["query_ms"]), statistics.median(base["batch_s"])
        for runtime, threads in configs:
            got = results[(neighbour, runtime, threads)]
            q50, q95 = statistics.median(got["query_ms"]), percentile(got["query_ms"], 95)
            batch = statistics.median(got["batch_s"])
            rows.append([
                "no (load {:.1f})".format(results[(neighbour, "load")]) if neighbour == "none"
                else "one core spinning (load {:.1f})".format(results[(neighbour, "load")]),
                name(runtime, threads), f"{q50:.1f} / {q95:.1f}", f"{q50 / base_q:.2f}",
                f"{len(passages) / batch:.0f}", f"{base_b / batch:.2f}",
            ])
            summary.append({"neighbour": neighbour, "runtime": runtime, "threads": threads or default_threads,
                            "query_p50_ms": q50, "query_p95_ms": q95, "passages_per_s": len(passages) / batch,
                            "query_x_baseline": q50 / base_q, "throughput_x_baseline": base_b / batch})
    lines = [
        "# Threads for one embedding",
        "",
        f"{machine_line('python benchmarks/embedding_threads.py')}; {args.rounds} rounds, configurations in turn. "
        f"A question: each of the {len(questions)} dev questions embedded alone ({len(questions) * args.rounds} "
        f"per configuration). A batch: {len(passages)} passages of the shipped articles (chunks and sentences) in "
        "one call, batches of 32 sorted by length. The busy neighbour is a process spinning on one core "
        "throughout.",
        "",
        "Baseline, same run and conditions: sentence-transformers with torch's default threads.",
        "",
        *markdown_table(["busy neighbour", "runtime, threads", "question p50 / p95 (ms)", "p50 x baseline",
                         "batch: passages per s", "throughput x baseline"], rows, "llrrrr"),
        "",
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "embedding_threads.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(summary, indent=1))

    plt = pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
    labels = [name(r, n).split(":")[0].replace("sentence-transformers", "s-t") for r, n in configs]
    for i, neighbour in enumerate(("none", "busy")):
        part = [s for s in summary if s["neighbour"] == neighbour]
        x = [j + (0.2 if i else -0.2) for j in range(len(part))]
        label = "no neighbour" if neighbour == "none" else "one core spinning"
        axes[0].bar(x, [s["query_p50_ms"] for s in part], width=0.4, label=label)
        axes[1].bar(x, [s["passages_per_s"] for s in part], width=0.4, label=label)
    for ax, title in zip(axes, ("one question: p50 ms (lower is better)", "batch: passages per s (higher is better)")):
        ax.set_xticks(range(len(labels)), labels, rotation=20, ha="right", fontsize=7)
        ax.set_title(title, fontsize=9)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out.with_suffix(".png"), dpi=110)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
