"""What switching to a new registry version costs, against the import it follows (ratios, same run).

`lists update` imports into a copy of the registry, checks it and copies it back in one transaction (ingest/update.py).
This measures those three steps on a registry holding the real 2019 OFAC SDN list (../shared/data/ofac-sdn-2019,
7,378 entries) as ratios of the time the import itself took.

    .venv/bin/python benchmarks/lists_update.py
"""
from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.lists import import_file  # noqa: E402
from ingest.update import _check, _copy, _generation, _switch  # noqa: E402
from knowledge.lookup import Registry  # noqa: E402

SDN = ROOT.parent / "shared" / "data" / "ofac-sdn-2019" / "sdn.csv"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        live, candidate = Path(tmp) / "registry.sqlite3", Path(tmp) / "candidate.sqlite3"
        reg = Registry.open(live)
        t0 = time.perf_counter()
        import_file(reg, SDN)
        base = time.perf_counter() - t0
        steps = {}
        t0 = time.perf_counter()
        _copy(live, candidate)
        steps["copy"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        _check(candidate, live)
        steps["check"] = time.perf_counter() - t0
        conn = sqlite3.connect(live)
        generation = _generation(conn)
        conn.close()
        t0 = time.perf_counter()
        _switch(candidate, live, generation)
        steps["switch"] = time.perf_counter() - t0
        assert reg.lookup("Banco Nacional de Cuba")[0].match
        reg.close()
        size = live.stat().st_size / 1e6
    print(f"registry {size:.1f} MB; import (baseline) {base:.2f} s")
    for name, secs in steps.items():
        print(f"  {name:6} {secs:.3f} s = {secs / base:.3f} x the import")


if __name__ == "__main__":
    main()
