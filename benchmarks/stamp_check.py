"""What the store's stamp check costs a question: before every question a reader looks at the store's generation
stamp (knowledge/store.py `generation`). A local store's stamp is taken from its database file's time once the file
has been quiet for `QUIET_SECONDS` (a stat); otherwise, and always on a Chroma server, it is read from Chroma. Here
the dev questions are asked of one quiet local store in both ways, interleaved question by question so machine noise
falls on both: the stat (as shipped) and the Chroma read (the baseline, as on a server or before this check). Three
passes of each, alternating; warm (one question first). Writes benchmarks/results/stamp_check.md.

    .venv/bin/python benchmarks/stamp_check.py
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import RESULTS, machine_line, percentile  # noqa: E402

DEV = ROOT / ".." / "shared" / "eval" / "dev"
PASSES = 3


def main() -> None:
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.embeddings import load_embeddings
    from knowledge.settings import Settings
    from knowledge.store import QUIET_SECONDS

    questions = [json.loads(line)["question"] for line in (DEV / "qa.jsonl").read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        k = Knowledge(Settings(_env_file=None, store=Path(tmp) / "store"), load_embeddings())
        ingest(k, [DEV / "corpus"])
        k.ask("warm up")
        time.sleep(QUIET_SECONDS + 1)
        database_file = k.store._database_file
        times: dict[str, list[float]] = {"stat": [], "read": []}
        stamp_times: dict[str, list[float]] = {"stat": [], "read": []}
        for _ in range(PASSES):
            for mode in ("stat", "read"):
                # the baseline: the store treated as a server's, whose stamp is always read from Chroma
                k.store._database_file = database_file if mode == "stat" else None
                k.store.generation()   # the first look after a switch reads; the questions come after it
                for q in questions:
                    start = time.perf_counter()
                    k.store.generation()
                    stamp_times[mode].append(time.perf_counter() - start)
                    start = time.perf_counter()
                    k.ask(q)
                    times[mode].append(time.perf_counter() - start)
        k.store._database_file = database_file

    def ms(values, p):
        return round(1000 * percentile(values, p), 3)

    lines = [
        "# Stamp check per question (benchmarks/stamp_check.py)",
        "",
        machine_line(".venv/bin/python benchmarks/stamp_check.py"),
        "",
        f"dev's {len(questions)} questions x {PASSES} passes of each way over a quiet local store, alternating:",
        "",
        "| stamp taken by | stamp p50 ms | stamp p95 ms | question p50 ms | question p95 ms |",
        "|---|---|---|---|---|",
    ]
    for mode, label in (("stat", "the database file's time (shipped)"), ("read", "a Chroma read (baseline)")):
        lines.append(f"| {label} | {ms(stamp_times[mode], 50)} | {ms(stamp_times[mode], 95)} | "
                     f"{ms(times[mode], 50)} | {ms(times[mode], 95)} |")
    ratio = statistics.median(times["stat"]) / statistics.median(times["read"])
    lines += ["", f"question p50, shipped / baseline: {ratio:.3f}"]
    out = RESULTS / "stamp_check.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
