"""Company lookup, side by side in one run: this matcher, a naive baseline and nomenklatura's logic-v2.

    .venv/bin/python benchmarks/lookup_eval.py [--logic-v2-python .bench-venv/bin/python] [--out FILE]
    .venv/bin/python benchmarks/lookup_eval.py --failures train4      (a tuned-on set's failed rows, one a line)
    .venv/bin/python benchmarks/lookup_eval.py --sets train72 --out benchmarks/results/lookup-before-train72.md
        (only these sets, no latencies: a new blind set measured before any round, in a minute, not twelve)

It prints the figures and writes them to benchmarks/results/lookup.md (or FILE).

logic-v2 (yente's default matcher) runs in its own environment, never the project's:
    python -m venv .bench-venv && .bench-venv/bin/pip install nomenklatura
(without it the logic-v2 column is left empty).

Sets (a case is a query and the expected entity's name, or null when nothing may match):
- dev: ../shared/eval/dev/lookup.jsonl against its registry.csv (tuned on),
- train: eval/lookup/train.jsonl, written blind by another helper against the real OFAC SDN files and the CSL sample
  (tuned on: its failures were read one by one, and benchmarks/fit_lookup.py fits on it with dev),
- train2: eval/lookup/train2.jsonl, a second blind set by another helper (hard negatives by kind, Cyrillic script,
  parent vs subsidiary; see eval/lookup/train2-README.md); tuned on like train,
- train3: eval/lookup/train3.jsonl, a third blind set by another helper, mostly must-not-match names (famous firms,
  shared words, near misses, generic fragments, brands and products, people typed as firms; see
  eval/lookup/train3-README.md); first measured before any change made for it, then tuned on like train,
- train4: eval/lookup/train4.jsonl, a fourth blind set by another helper, more than half of it must-not-match names
  (famous unlisted firms, shared words, near misses, generic phrases, cities, people, brands), with transliterations,
  translations and Arabic and Cyrillic script (see eval/lookup/train4-README.md); first measured before any change
  made for it (benchmarks/results/lookup-before-train4.md), then tuned on like train,
- train5: eval/lookup/train5.jsonl, a fifth blind set by another helper, half of it must-not-match names, with
  targets no earlier set used (mostly odd SDN numbers), 18 non-Latin queries and how people type ("messy"); see
  eval/lookup/train5-README.md; first measured before any change made for it
  (benchmarks/results/lookup-before-train5.md), then tuned on like train,
- train6: eval/lookup/train6.jsonl, a sixth blind set by another helper (303 cases, 149 must-not-match, 19 CSL
  organisations among the targets); see eval/lookup/train6-README.md; first measured before any change made for
  it (benchmarks/results/lookup-before-train6.md; again just before tuning on it:
  benchmarks/results/lookup-before-train6-tuning.md), then tuned on like train,
- train7: eval/lookup/train7.jsonl, a seventh blind set by another helper (304 cases, 148 must-not-match, 17 CSL
  organisations among the targets, no target or query of an earlier set); see eval/lookup/train7-README.md; first
  measured before any change made for it (benchmarks/results/lookup-before-train7.md), then tuned on like train,
- train8: eval/lookup/train8.jsonl, an eighth blind set by another helper (301 cases, 145 must-not-match, one CSL
  organisation among the targets: earlier sets used up the sample's), see eval/lookup/train8-README.md; first
  measured before any change made for it (benchmarks/results/lookup-before-train8.md),
- train9, train10, ...: every later eval/lookup/trainN.jsonl, each a blind set by another helper (see its
  trainN-README.md), first measured before any change made for it (benchmarks/results/lookup-before-trainN.md),
- validation: eval/lookup/validation.jsonl, written blind by another helper against the real OFAC SDN files and
  the CSL sample; read here only as aggregate figures,
- sdn: real-SDN variants made mechanically from ../shared/data/ofac-sdn-2019 (see `sdn_variants`): 60 SDN
  entities (not individuals, vessels or aircraft) drawn with a fixed seed, each queried one way in turn: lower
  case, punctuation removed, trailing legal form dropped, one of its a.k.a.s from alt.csv, title case; plus famous
  companies that are not on the 2019 SDN list (must not match; "Shell plc" must not find "N.P.T.T. DONA-SHELL").

Every train set, validation and sdn run against the full SDN (sdn.csv + alt.csv) plus the CSL sample,
loaded once. A positive is right when the top candidate is flagged a match and the expected name is that entity's name
or one of its names; a negative is right when nothing is flagged. False matches = negatives flagged + positives matched
to another entity. Times: per name, on the queries of every train set, validation and sdn with the full
registry loaded; autocomplete on prefixes of them; wall-clock and CPU time, with the load average (the machine is
shared).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from benchmarks.common import RESULTS, machine_line  # noqa: E402
from ingest.lists import import_file  # noqa: E402
from knowledge.lookup import Params, Registry  # noqa: E402

SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
SDN_DIR = SHARED / "data" / "ofac-sdn-2019"
CSL_SAMPLE = SHARED / "data" / "csl-sample" / "csl.csv"
VALIDATION = ROOT / "eval" / "lookup" / "validation.jsonl"
# The blind sets written for tuning, in the order they were written; each is measured before any change made for it.
# every eval/lookup/train*.jsonl, in the order they were written (train, train2, ... train11): a new blind set is
# measured by adding its file, with no list to keep in step
TRAIN_SETS = {path.stem: path for path in sorted((ROOT / "eval" / "lookup").glob("train*.jsonl"),
                                                 key=lambda path: int(path.stem[len("train"):] or 1))}
SET_ORDER = ["dev", *TRAIN_SETS, "validation", "sdn"]
TUNED_ON = tuple(TRAIN_SETS)   # sets whose failures may be printed row by row (every train set is tuned on)
RESULT = RESULTS / "lookup.md"
LOGIC_V2_THRESHOLD = 0.7          # yente's default match threshold
DEFAULT_BENCH_PY = ROOT / ".bench-venv" / "bin" / "python"  # nomenklatura lives here, never in the project venv

# famous companies that are not on the 2019 SDN list nor in the CSL sample (the sdn set's negatives)
UNLISTED = [
    "Shell plc", "Apple Inc.", "Tesla, Inc.", "Samsung Electronics Co., Ltd.", "Toyota Motor Corporation",
    "Nestle S.A.", "Siemens AG", "Microsoft Corporation", "Amazon.com, Inc.", "Alphabet Inc.", "BP p.l.c.",
    "Unilever PLC", "Volkswagen AG", "Sony Group Corporation", "Nokia Oyj", "Intel Corporation", "BASF SE",
    "Nintendo Co., Ltd.", "Carrefour SA", "Walmart Inc.", "General Electric Company", "Procter & Gamble",
    "Royal Dutch Shell", "Deutsche Bank AG", "Hyundai Motor Company",
]
LEGAL_TAIL = re.compile(r"(?i)[\s,]+(co\.?,?\s*ltd\.?|ltd\.?|limited|inc\.?|llc|l\.l\.c\.|s\.a\.?|sa|gmbh|corp\.?|"
                        r"corporation|company|co\.?|ooo|oao|zao|jsc|pjsc|ojsc|s\.a\.l\.?|fze|fzco|c\.a\.?|ag|plc)$")


def norm(s: str | None) -> str:
    return " ".join((s or "").casefold().split())


# ---------------------------------------------------------------------------------------------------------------
# records: what every matcher sees
# ---------------------------------------------------------------------------------------------------------------
def csl_records(path: Path, prefix: str) -> list[dict]:
    out = []
    for n, r in enumerate(csv.DictReader(open(path, encoding="utf-8-sig"))):
        names = [r["name"].strip()] + [a.strip() for a in (r.get("alt_names") or "").split(";") if a.strip()]
        out.append({"id": f"{prefix}{n}", "names": names})
    return out


def sdn_rows() -> tuple[list[list[str]], dict[str, list[str]]]:
    rows = [r for r in csv.reader(open(SDN_DIR / "sdn.csv", encoding="latin-1")) if len(r) >= 12 and r[0].strip().isdigit()]
    alts: dict[str, list[str]] = defaultdict(list)
    for r in csv.reader(open(SDN_DIR / "alt.csv", encoding="latin-1")):
        if len(r) >= 4 and r[0].strip().isdigit() and r[3].strip() not in ("", "-0-"):
            alts[r[0].strip()].append(r[3].strip())
    return rows, alts


def sdn_records() -> list[dict]:
    rows, alts = sdn_rows()
    return [{"id": f"sdn{r[0].strip()}", "names": [r[1].strip()] + alts.get(r[0].strip(), [])} for r in rows]


def sdn_variants(seed: int = 9, n: int = 60) -> list[dict]:
    """Mechanical variants of real SDN entity names (see the module docstring), and the unlisted negatives."""
    rows, alts = sdn_rows()
    ents = [r for r in rows if r[2].strip() in ("", "-0-") and len(r[1].strip()) > 3]
    rng = random.Random(seed)
    picked = rng.sample(ents, n)
    cases = []
    for i, r in enumerate(picked):
        name = r[1].strip()
        kind = ["lower", "punct", "legal", "aka", "title"][i % 5]
        if kind == "aka" and not alts.get(r[0].strip()):
            kind = "punct"
        if kind == "legal" and not LEGAL_TAIL.search(name):
            kind = "lower"
        q = {"lower": name.lower(), "title": name.title(),
             "punct": re.sub(r"\s+", " ", re.sub(r"[.,'\"()\-/&]", " ", name)).strip(),
             "legal": LEGAL_TAIL.sub("", name).strip(" ,"),
             "aka": (alts.get(r[0].strip()) or [name])[0]}[kind]
        cases.append({"query": q, "expected": name, "kind": kind})
    cases += [{"query": q, "expected": None, "kind": "unlisted"} for q in UNLISTED]
    return cases


def read_cases(path: Path) -> list[dict]:
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


# ---------------------------------------------------------------------------------------------------------------
# matchers: each returns (names of the matched record or entity, or None; ms)
# ---------------------------------------------------------------------------------------------------------------
class Baseline:
    """Exact lower-cased name or alias, else the best rapidfuzz fuzz.ratio >= 80."""

    def __init__(self, records: list[dict]):
        self.names = {r["id"]: r["names"] for r in records}
        self.by_text: dict[str, str] = {}
        for r in records:
            for t in r["names"]:
                self.by_text.setdefault(t.strip().lower(), r["id"])
        self.choices = list(self.by_text)

    def match(self, query: str) -> list[str] | None:
        q = query.strip().lower()
        rid = self.by_text.get(q)
        if rid is None:
            hit = process.extractOne(q, self.choices, scorer=fuzz.ratio, score_cutoff=80)
            rid = self.by_text[hit[0]] if hit else None
        return self.names[rid] if rid else None


class Ours:
    def __init__(self, reg: Registry):
        self.reg = reg

    def match(self, query: str) -> list[str] | None:
        ms = self.reg.lookup(query, limit=1)
        if ms and ms[0].match:
            return [ms[0].entity.name] + list(ms[0].entity.aliases)
        return None


def timed(matcher, queries: list[str]) -> tuple[list, list[float], list[float]]:
    """Results, wall-clock ms and CPU ms per query (CPU time stays near the quiet figure while other work shares the
    cores; wall-clock time is what a user waits)."""
    out, lat, cpu = [], [], []
    for q in queries:
        t0, c0 = time.perf_counter(), time.process_time()
        out.append(matcher.match(q))
        lat.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return out, lat, cpu


def logic_v2(records: list[dict], queries: list[str],
             python: Path) -> tuple[list, list[float], list[float]] | None:
    """logic-v2's results, wall-clock and CPU ms per query, from its own environment (None without one)."""
    if not python.exists():
        return None
    names = {r["id"]: r["names"] for r in records}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump({"records": records, "queries": queries}, fh)
    proc = subprocess.run([str(python), str(ROOT / "benchmarks" / "logic_v2_runner.py"), fh.name],
                          capture_output=True, text=True, timeout=3600)
    Path(fh.name).unlink()
    if proc.returncode != 0:
        print("logic-v2 failed:", proc.stderr[-2000:], file=sys.stderr)
        return None
    out, lat, cpu = [], [], []
    for line in proc.stdout.splitlines():
        d = json.loads(line)
        out.append(names[d["id"]] if d["id"] and d["score"] >= LOGIC_V2_THRESHOLD else None)
        lat.append(d["ms"])
        cpu.append(d["cpu_ms"])
    return out, lat, cpu


def grade(cases: list[dict], results: list) -> dict:
    ok = neg_flagged = wrong = missed = 0
    for c, names in zip(cases, results):
        exp = c.get("expected")
        if exp is None:
            ok += names is None
            neg_flagged += names is not None
        elif names is not None and norm(exp) in {norm(n) for n in names}:
            ok += 1
        elif names is not None:
            wrong += 1
        else:
            missed += 1
    return {"n": len(cases), "top1": ok / max(len(cases), 1), "false": neg_flagged + wrong,
            "neg_flagged": neg_flagged, "wrong_entity": wrong, "missed": missed}


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))] if values else float("nan")


def open_registry(tmp: Path, files: list[Path], params: Params | None = None) -> tuple[Registry, float]:
    reg = Registry.open(tmp / "registry.sqlite3", params=params)
    for f in files:
        import_file(reg, f)
    t0 = time.perf_counter()
    reg.lookup("warm up")                 # builds the in-memory index
    return reg, time.perf_counter() - t0


def print_failures(names: list[str]) -> None:
    """Each failed row of the named tuned-on sets: the query, what was expected, the top candidate and its score."""
    with tempfile.TemporaryDirectory() as tmp:
        reg, _ = open_registry(Path(tmp), [SDN_DIR / "sdn.csv", CSL_SAMPLE])
        for name in names:
            cases = read_cases(TRAIN_SETS[name])
            for c in cases:
                ms = reg.lookup(c["query"], limit=3)
                top = ms[0] if ms else None
                names_ = [top.entity.name, *top.entity.aliases] if top and top.match else None
                g = grade([c], [names_])
                if g["top1"] == 1:
                    continue
                verdict = "flagged" if g["neg_flagged"] else "wrong" if g["wrong_entity"] else "missed"
                cands = "; ".join(f"{m.entity.name} {m.score:.3f}{'*' if m.match else ''}" for m in ms)
                print(f"{name}\t{verdict}\t{c.get('kind')}\t{c['query']!r} -> {c['expected']!r}\t[{cands}]")
        reg.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--logic-v2-python", type=Path, default=DEFAULT_BENCH_PY)
    ap.add_argument("--out", type=Path, default=RESULT, help="results file (default benchmarks/results/lookup.md)")
    ap.add_argument("--title", default="Company lookup", help="the results file's heading")
    ap.add_argument("--failures", nargs="+", choices=TUNED_ON, metavar="SET",
                    help="only print this matcher's failures on these tuned-on sets, row by row, and exit "
                         "(validation is read only as figures, so it is not a choice)")
    ap.add_argument("--sets", nargs="+", choices=[*TRAIN_SETS, "validation", "sdn"], metavar="SET",
                    help="only these sets against the full SDN and CSL sample, top-1 and false matches, no latencies "
                         "(a new blind set measured before any round)")
    args = ap.parse_args()
    if args.sets and args.out == RESULT:
        ap.error("--sets measures a few sets: name its own --out, not the full run's results file")
    if args.failures:
        print_failures(args.failures)
        return

    table: dict[str, dict[str, dict]] = defaultdict(dict)
    only = set(args.sets or SET_ORDER)
    if "dev" in only:
        cases = read_cases(DEV / "lookup.jsonl")
        recs = csl_records(DEV / "registry.csv", "dev")
        with tempfile.TemporaryDirectory() as tmp:
            reg, _ = open_registry(Path(tmp), [DEV / "registry.csv"])
            table["dev"]["ours"] = grade(cases, timed(Ours(reg), [c["query"] for c in cases])[0])
            reg.close()
        table["dev"]["naive"] = grade(cases, timed(Baseline(recs), [c["query"] for c in cases])[0])
        lv = logic_v2(recs, [c["query"] for c in cases], args.logic_v2_python)
        table["dev"]["logic-v2"] = grade(cases, lv[0]) if lv else None

    # full SDN + CSL sample
    full = sdn_records() + csl_records(CSL_SAMPLE, "csl")
    sets = {"sdn": sdn_variants()} if "sdn" in only else {}
    for name, path in TRAIN_SETS.items():
        if path.exists() and name in only:
            sets[name] = read_cases(path)
    if VALIDATION.exists() and "validation" in only:
        sets["validation"] = read_cases(VALIDATION)
    lat: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        reg, index_s = open_registry(Path(tmp), [SDN_DIR / "sdn.csv", CSL_SAMPLE])
        load_s = time.perf_counter() - t0
        base = Baseline(full)
        ours = Ours(reg)
        for name, cs in sets.items():
            qs = [c["query"] for c in cs]
            for label, matcher in (("ours", ours), ("naive", base)):
                res, wall, used = timed(matcher, qs)
                table[name][label] = grade(cs, res)
                lat[label] += wall
                cpu[label] += used
            lv = logic_v2(full, qs, args.logic_v2_python)
            table[name]["logic-v2"] = grade(cs, lv[0]) if lv else None
            if lv:
                lat["logic-v2"] += lv[1]
                cpu["logic-v2"] += lv[2]
        for cs in sets.values() if not args.sets else ():   # latencies only over every set
            for c in cs:
                q = c["query"]
                for cut in (3, max(4, len(q) // 2)):
                    t0, c0 = time.perf_counter(), time.process_time()
                    reg.autocomplete(q[:cut])
                    lat["autocomplete"].append((time.perf_counter() - t0) * 1000)
                    cpu["autocomplete"].append((time.process_time() - c0) * 1000)
        entities = reg.count()
        reg.close()
    load_after = os.getloadavg()[0]

    cols = ["ours", "naive", "logic-v2"]
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text)
        lines.append(text)

    say(f"Company lookup: this matcher, naive (exact then fuzz.ratio>=80), nomenklatura logic-v2 (>= {LOGIC_V2_THRESHOLD})")
    say(f"{'set':12}{'cases':>6} " + "".join(f"{c + ' top-1':>16}{'false':>7}" for c in cols))
    for name in SET_ORDER:
        if name not in table:
            continue
        row = table[name]
        n = row["ours"]["n"]
        cells = ""
        for c in cols:
            g = row.get(c)
            cells += f"{g['top1']:>16.3f}{g['false']:>7d}" if g else f"{'-':>16}{'-':>7}"
        say(f"{name:12}{n:>6} {cells}")
    say("false = negatives flagged + positives matched to another entity; per matcher (flagged/wrong/missed):")
    for name in SET_ORDER:
        if name in table:
            say(f"  {name:10} " + "  ".join(
                f"{c}: {g['neg_flagged']}/{g['wrong_entity']}/{g['missed']}" for c in cols if (g := table[name].get(c))))
    say()
    if args.sets:
        args.out.write_text(f"# {args.title}\n\n" + machine_line("benchmarks/lookup_eval.py --sets " + " ".join(args.sets))
                            + "\n\n```\n" + "\n".join(lines) + "\n```\n", encoding="utf-8")
        return
    say(f"Latency per name, full SDN + CSL sample loaded ({entities} entities; import {load_s:.1f} s, "
        f"index build {index_s:.2f} s)")
    say(f"load average (1 min) {load_before:.1f} before, {load_after:.1f} after, on {os.cpu_count()} cores")
    say(f"{'':14}{'p50 ms':>10}{'p95 ms':>10}{'p95 / naive':>13}"
        f"{'cpu p50':>10}{'cpu p95':>10}{'cpu p95 / naive':>17}")
    for c in cols + ["autocomplete"]:
        if lat.get(c):
            say(f"{c:14}{statistics.median(lat[c]):>10.2f}{pct(lat[c], 0.95):>10.2f}"
                f"{pct(lat[c], 0.95) / pct(lat['naive'], 0.95):>13.2f}"
                f"{statistics.median(cpu[c]):>10.2f}{pct(cpu[c], 0.95):>10.2f}"
                f"{pct(cpu[c], 0.95) / pct(cpu['naive'], 0.95):>17.2f}")
    say()
    say("targets (issue 9): top-1 >= 0.98 on validation and sdn and >= logic-v2; 0 false matches; "
        "lookup p95 <= 10 ms; autocomplete p95 <= 5 ms")
    command = "benchmarks/lookup_eval.py" + ("" if args.logic_v2_python.exists() else " (no logic-v2 environment)")
    args.out.write_text(f"# {args.title}\n\n" + machine_line(command) + "\n\n```\n" + "\n".join(lines) + "\n```\n",
                      encoding="utf-8")


if __name__ == "__main__":
    main()
