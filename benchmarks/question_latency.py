"""Question latency at 1,000, 10,000 and 100,000 chunks, split into embedding, retrieval and composition (p50/p95),
beside the naive baseline measured in the same run on the same store: LangChain's Chroma `similarity_search` with
k=4 (embed the question, nearest four chunks, nothing else). Also the first question of a fresh `Knowledge` (opening
the indexes), and dev answer quality from `blacklist-bot eval --baseline` in the same table, so that speed is never
bought with quality.

The stores come from benchmarks/scale_corpus.py (built once into --cache, reused; see there how the corpus and the
100k point's vectors are made). The questions are every question of the dev and validation sets, asked once
per store, ours and the baseline interleaved so machine noise falls on both. As in the bot, the heap left after the
first question is frozen out of the garbage collector's full passes, and each store is let go before the next is
opened. The model runs as `ask` and the bot run it, its ONNX export with onnxruntime (`--runtime sentence-transformers`
for the model itself), for ours and the baseline alike. Writes benchmarks/results/question_latency.md and .png.

    .venv/bin/python benchmarks/question_latency.py --cache /work/bench-cache/scale
"""
from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import RESULTS, child_env, machine_line, markdown_table, percentile, pyplot  # noqa: E402

QUESTION_SETS = [ROOT / ".." / "shared" / "eval" / "dev" / "qa.jsonl", ROOT / "eval" / "answers" / "validation" / "qa.jsonl"]
SIZES = (1000, 10000, 100000)
TARGET_RETRIEVAL_P95_MS = 100
TARGET_ANSWER_P95_MS = 300
TABLE_STAGES = ("embedding", "retrieval", "composition", "answer", "baseline")


def questions() -> list[str]:
    from bot.evaluate import load_questions

    return list(dict.fromkeys(q["question"] for f in QUESTION_SETS if f.exists() for q in load_questions(f)))


def measure(store: Path, model, qs: list[str]) -> dict:
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    k = Knowledge(Settings(_env_file=None, store=store), model)
    if not k.registry.count():  # the shipped list data, as a real store has it (found companies cost lookups)
        from ingest.lists import load_shipped

        load_shipped(k.registry)
    started = time.perf_counter()
    k.ask(qs[0])
    first = time.perf_counter() - started
    # As the bot does once it is ready (bot/client.py, setup_hook): collect, and keep the long-lived heap (model,
    # indexes, name index) out of the collector's full passes, which otherwise land on some questions.
    gc.collect()
    gc.freeze()
    try:
        return _timed(k, model, qs, first)
    finally:
        gc.unfreeze()


def _timed(k, model, qs: list[str], first: float) -> dict:
    from langchain_chroma import Chroma

    from knowledge.glossary import expand_abbreviations
    from knowledge.status import status_sentences

    baseline = Chroma(client=k.store.client, collection_name=k.settings.collection, embedding_function=model)
    stages = {"embedding": [], "retrieval": [], "composition": [], "answer": [], "baseline_embedding": [],
              "baseline_search": [], "baseline": []}
    for q in qs:
        # ours: the steps of Knowledge.ask, timed apart (the query vector cache is filled by the timed embedding)
        t0 = time.perf_counter()
        k.embed_query(expand_abbreviations(" ".join(q.split())))
        t1 = time.perf_counter()
        got = k.retrieve(q)
        t2 = time.perf_counter()
        statuses = status_sentences(got.matches, got.question)
        k.composer(got).answer(got.query, got.vector, got.passages, got.matches, statuses, asked=got.question)
        t3 = time.perf_counter()
        stages["embedding"].append(t1 - t0)
        stages["retrieval"].append(t2 - t1)
        stages["composition"].append(t3 - t2)
        stages["answer"].append(t3 - t0)
        # the baseline on the same store: embed, nearest four chunks
        t0 = time.perf_counter()
        vector = model.embed_query(q)
        t1 = time.perf_counter()
        baseline.similarity_search_by_vector(vector, k=4)
        t2 = time.perf_counter()
        stages["baseline_embedding"].append(t1 - t0)
        stages["baseline_search"].append(t2 - t1)
        stages["baseline"].append(t2 - t0)
    return {"chunks": k.store.collection.count(), "first_question_s": first,
            **{f"{name}_p50": percentile(v, 50) * 1000 for name, v in stages.items()},
            **{f"{name}_p95": percentile(v, 95) * 1000 for name, v in stages.items()}}


def dev_quality() -> dict:
    """`blacklist-bot eval --baseline` on the dev set, in this run."""
    dev = ROOT / ".." / "shared" / "eval" / "dev"
    done = subprocess.run([sys.executable, "-m", "bot.cli", "eval", str(dev / "qa.jsonl"), "--corpus", str(dev / "corpus"),
                           "--baseline", "--json"], capture_output=True, text=True, cwd=ROOT, env=child_env(), check=True)
    return json.loads(done.stdout)


def plot(rows: list[dict], path: Path) -> None:
    plt = pyplot()
    sizes = [r["chunks"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    x = np.arange(len(rows))
    bottom = np.zeros(len(rows))
    for stage, colour in (("embedding", "#8da0cb"), ("retrieval", "#fc8d62"), ("composition", "#66c2a5")):
        values = np.array([r[f"{stage}_p50"] for r in rows])
        left.bar(x - 0.2, values, 0.4, bottom=bottom, label=f"ours: {stage}", color=colour)
        bottom += values
    left.bar(x + 0.2, [r["baseline_p50"] for r in rows], 0.4, label="baseline: similarity_search k=4", color="#bbbbbb")
    left.set_xticks(x, [f"{s:,}" for s in sizes])
    left.set_xlabel("chunks in the store")
    left.set_ylabel("ms (median)")
    left.set_title("Median question latency by stage")
    left.legend(fontsize=8)
    for key, label, style in (("answer_p95", "ours: answer p95", "o-"), ("retrieval_p95", "ours: retrieval p95", "s-"),
                              ("baseline_p95", "baseline p95", "^--")):
        right.plot(sizes, [r[key] for r in rows], style, label=label)
    right.axhline(TARGET_ANSWER_P95_MS, color="grey", lw=0.8, ls=":")
    right.axhline(TARGET_RETRIEVAL_P95_MS, color="grey", lw=0.8, ls=":")
    right.set_xscale("log")
    right.set_xlabel("chunks in the store")
    right.set_ylabel("ms (95th percentile)")
    right.set_title("p95 latency (dotted: targets 100 / 300 ms)")
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=ROOT.parent / "bench-cache" / "scale")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--out", type=Path, default=RESULTS / "question_latency.md")
    parser.add_argument("--no-eval", action="store_true", help="skip the dev answer quality run")
    parser.add_argument("--questions", type=int, default=None, help="ask only the first N questions per store")
    parser.add_argument("--runtime", choices=("onnx", "sentence-transformers"), default="onnx",
                        help="what runs the model, for ours and the baseline alike (default: the model's ONNX export, "
                             "as `ask` and the bot run it, with its default threads)")
    parser.add_argument("--torch-threads", type=int, default=None,
                        help="with --runtime sentence-transformers: torch's intra-op threads for this process "
                             "(default: torch's)")
    parser.add_argument("--merge", type=Path, nargs="*", default=[],
                        help=".json files this script wrote earlier: their rows (other sizes) and dev quality join this table")
    args = parser.parse_args()
    if args.runtime == "onnx":
        from benchmarks.common import prepare_onnx_export
        from knowledge.embeddings import load_embeddings
        from knowledge.onnx_embeddings import OnnxEmbeddings
        from knowledge.settings import cache_dir

        prepare_onnx_export()  # made once per machine, in a process of its own, before anything is timed
        model = load_embeddings(runtime="onnx", cache=cache_dir())
        if not isinstance(model, OnnxEmbeddings):
            raise SystemExit("the model's ONNX export could not be loaded (see the warning above)")
    else:
        from knowledge.embeddings import load_sentence_transformer

        model = load_sentence_transformer()  # torch's threads untouched unless --torch-threads
        if args.torch_threads:
            import torch

            torch.set_num_threads(args.torch_threads)
    qs = questions()[: args.questions]
    rows = []
    for size in args.sizes:
        store = args.cache / f"store-{size}"
        if not (store / "built.json").exists():
            raise SystemExit(f"no store of {size} chunks in {args.cache}: run benchmarks/scale_corpus.py first")
        print(f"measuring {size} chunks…", file=sys.stderr)
        rows.append(measure(store, model, qs))
        # one store per process, as a bot has: the previous store's Chroma (its loaded index) is let go
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        gc.collect()
    quality = None if args.no_eval else dev_quality()
    for f in args.merge:
        earlier = json.loads(f.read_text())
        rows = sorted(earlier["rows"] + rows, key=lambda r: r["chunks"])
        quality = quality or earlier["quality"]
    lines = [
        "# Question latency at scale, beside the naive baseline",
        "",
        f"{machine_line('python benchmarks/question_latency.py' + (f' --runtime {args.runtime}' if args.runtime != 'onnx' else '') + (f' --torch-threads {args.torch_threads}' if args.torch_threads else ''))}; "
        f"{len(qs)} questions (dev and validation sets) per "
        "store, ours and the baseline interleaved. Stores from `benchmarks/scale_corpus.py` (real articles with their real vectors, plus "
        "variants with synthesised vectors: see its docstring). Milliseconds; the model was loaded before timing, run by "
        + ("its ONNX export with onnxruntime (as `ask` and the bot run it)" if args.runtime == "onnx"
           else "sentence-transformers") + ", for ours and the baseline alike.",
        "",
        "Ours: embedding = the query vector; retrieval = dense + BM25 + fusion, manifest checks and reading the "
        "passages' documents and sentence vectors; composition = judging the sentences and writing the answer. "
        "Baseline: LangChain Chroma `similarity_search` k=4 (embedding + search).",
        "",
        *markdown_table(
            ["chunks", *(f"{stage} p50 / p95" for stage in TABLE_STAGES), "answer p95 / baseline p95",
             "first question (s)"],
            [[f"{r['chunks']:,}", *(f"{r[f'{stage}_p50']:.0f} / {r[f'{stage}_p95']:.0f}" for stage in TABLE_STAGES),
              f"{r['answer_p95'] / r['baseline_p95']:.1f}x", f"{r['first_question_s']:.2f}"] for r in rows],
            "r" * (len(TABLE_STAGES) + 3)),
        "",
        f"Targets at 100,000 chunks: retrieval p95 <= {TARGET_RETRIEVAL_P95_MS} ms, answer p95 <= {TARGET_ANSWER_P95_MS} ms.",
        "",
    ]
    if quality:
        ours, base = quality["blacklist-bot"], quality.get("naive-rag", {})
        lines += ["Dev answer quality (`blacklist-bot eval ../shared/eval/dev/qa.jsonl --corpus ../shared/eval/dev/corpus "
                  "--baseline`, same run):", "",
                  *markdown_table(
                      ["system", "answer pass", "unanswerable declined", "hit@1", "mrr", "snippet validity"],
                      [[name, *(q.get(key) for key in ("answer_pass", "unanswerable_declined", "hit@1", "mrr",
                                                       "snippet_validity"))]
                       for name, q in (("blacklist-bot", ours), ("baseline (similarity_search k=4)", base)) if q],
                      "lrrrrr"),
                  ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    plot(rows, args.out.with_suffix(".png"))
    (args.out.with_suffix(".json")).write_text(json.dumps({"rows": rows, "quality": quality}, indent=1))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
