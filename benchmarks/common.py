"""What the benchmark scripts share: where things are, the corpora they read, percentiles, the environment of a child
process, the line naming the machine a result was measured on, Markdown tables and a headless pyplot."""
from __future__ import annotations

import os
import platform
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
# The real articles at hand: the shipped ones, the train and validation eval corpora and the dev corpus beside the
# repository.
CORPORA = [
    ROOT / "knowledge" / "articles",
    ROOT / "eval" / "answers" / "train" / "corpus",
    ROOT / "eval" / "answers" / "validation" / "corpus",
    ROOT / ".." / "shared" / "eval" / "dev" / "corpus",
]


def percentile(values, p: float) -> float:
    """The p-th percentile (0-100), linear between the nearest ranks (numpy's default)."""
    import numpy as np

    return float(np.percentile(np.asarray(values, dtype=float), p))


def child_env(**extra: str) -> dict[str, str]:
    """This process's environment for a child run of the project's code: this checkout first on the path, none of
    the caller's BLACKLIST_BOT_ settings (a benchmark names its store itself), nothing fetched from the hub."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BLACKLIST_BOT_")}
    return {**env, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", **extra}


def prepare_onnx_export() -> None:
    """Make the model's ONNX export in the default cache folder, where a child process run with `child_env` finds it,
    so that no measured process pays for making it (once per machine). In a child process of its own: a benchmark's
    children inherit its peak RSS at fork in `getrusage`'s figure, so the benchmark itself must stay small."""
    import subprocess
    import sys

    code = ("from knowledge.embeddings import load_embeddings; from knowledge.onnx_embeddings import OnnxEmbeddings; "
            "from knowledge.settings import cache_dir; "
            "assert isinstance(load_embeddings(runtime='onnx', cache=cache_dir()), OnnxEmbeddings)")
    if subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=child_env()).returncode:
        raise SystemExit("the model's ONNX export could not be made (see the warning above)")


def machine_line(command: str) -> str:
    """"`COMMAND` on DATE: N cores (load average L at the end: other work shares them), Python V"."""
    return (f"`{command}` on {date.today().isoformat()}: {os.cpu_count()} cores (load average "
            f"{os.getloadavg()[0]:.1f} at the end: other work shares them), Python {platform.python_version()}")


def markdown_table(header: list[str], rows: list[list], align: str = "") -> list[str]:
    """A Markdown table as lines; `align` holds one letter per column, "r" for right-aligned (default left)."""
    rule = ["---:" if a == "r" else "---" for a in align.ljust(len(header), "l")]
    return ["| " + " | ".join(map(str, r)) + " |" for r in (header, rule, *rows)]


def pyplot():
    """matplotlib's pyplot drawing to files only (no display on this machine)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt

