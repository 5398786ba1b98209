"""Company lookup: accuracy on the dev lookup set and speed at 10,000 entities, beside a naive baseline.

    .venv/bin/python benchmarks/lookup_eval.py [--eval-dir ../shared/eval/dev] [--n 10000]

1. Imports `registry.csv` into a fresh temporary store (nothing else: no shipped data) and runs `lookup.jsonl`.
   A positive passes when the first match is flagged `match`, has the expected name (case-insensitive) and its
   listings cover `expected_sources`; a negative (expected null) passes when no candidate is flagged `match`.
2. The naive baseline, measured in the same run on the same rows: exact lower-cased name (or alt name), else the
   best rapidfuzz `fuzz.ratio` >= 80 over names and alt names.
3. Speed: a CSL file of N generated entities is imported into another fresh store; lookup and autocomplete latency
   (p50/p95) over generated queries (exact, typo, partial, unknown), beside the baseline's lookup over the same names.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from ingest.lists import CSL_COLUMNS, import_file  # noqa: E402
from knowledge.registry import Registry  # noqa: E402

DEFAULT_EVAL = (ROOT.parent / "shared" / "eval" / "dev") if (ROOT.parent / "shared").exists() else Path("/work/shared/eval/dev")


# ---------------------------------------------------------------------------------------------------------------
class Baseline:
    """Exact lower-cased name, else the best fuzz.ratio >= 80 (names and alt names of the rows)."""

    def __init__(self, rows: list[dict]):
        self.sources: dict[str, set[str]] = defaultdict(set)
        self.by_text: dict[str, str] = {}
        for r in rows:
            canon = r["name"].strip().lower()
            self.sources[canon].add(r["source"])
            for text in [r["name"]] + [a.strip() for a in (r.get("alt_names") or "").split(";") if a.strip()]:
                self.by_text.setdefault(text.strip().lower(), canon)
        self.choices = list(self.by_text)

    def lookup(self, query: str) -> tuple[str | None, set[str]]:
        q = query.strip().lower()
        canon = self.by_text.get(q)
        if canon is None:
            hit = process.extractOne(q, self.choices, scorer=fuzz.ratio, score_cutoff=80)
            canon = self.by_text[hit[0]] if hit else None
        return canon, (self.sources.get(canon, set()) if canon else set())


def evaluate(eval_dir: Path) -> dict:
    rows = list(csv.DictReader(open(eval_dir / "registry.csv", encoding="utf-8")))
    cases = [json.loads(l) for l in open(eval_dir / "lookup.jsonl", encoding="utf-8") if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        reg = Registry.open(Path(tmp) / "registry.sqlite3")
        t0 = time.perf_counter()
        report = import_file(reg, eval_dir / "registry.csv")
        import_s = time.perf_counter() - t0
        base = Baseline(rows)
        res = {"ours": defaultdict(int), "base": defaultdict(int), "fails": [], "import": report.to_dict(),
               "import_s": import_s}
        for c in cases:
            exp = c["expected"]
            matches = reg.lookup(c["query"])
            b_name, b_sources = base.lookup(c["query"])
            if exp is None:
                ok = not any(m.match for m in matches)
                b_ok = b_name is None
                res["ours"]["neg"] += 1
                res["base"]["neg"] += 1
                res["ours"]["neg_fp"] += (not ok)
                res["base"]["neg_fp"] += (not b_ok)
            else:
                first = matches[0] if matches else None
                ok = bool(first and first.match and first.entity.name.lower() == exp.lower()
                          and set(c["expected_sources"]) <= {l.list for l in first.entity.listings})
                b_ok = b_name == exp.lower() and set(c["expected_sources"]) <= b_sources
                res["ours"]["pos"] += 1
                res["base"]["pos"] += 1
            res["ours"]["ok"] += ok
            res["base"]["ok"] += b_ok
            if not ok:
                top = matches[0] if matches else None
                res["fails"].append((c["query"], exp, top.entity.name if top else None,
                                     top.score if top else None, top.reason if top else None))
        reg.close()
    res["n"] = len(cases)
    return res


# ---------------------------------------------------------------------------------------------------------------
SYL = ["an", "bei", "chen", "da", "fang", "gao", "hua", "jin", "kai", "lan", "ming", "nan", "ping", "qi", "rui",
       "sheng", "tai", "wei", "xin", "yang", "zhi", "bo", "lu", "tong", "yu", "feng", "hong", "long", "xing", "yuan"]
LATIN = ["nor", "vel", "tran", "quas", "mer", "dal", "pri", "sol", "vor", "ten", "ka", "ri", "lo", "ven", "tor", "ix",
         "ar", "el", "on", "us", "ma", "zen", "tek", "lyn"]
PLACES = ["Shenzhen", "Beijing", "Shanghai", "Hangzhou", "Tianjin", "Wuhan", "Chengdu", "Xiamen", "Dalian", "Moscow",
          "Tehran", "Dubai", "Hong Kong"]
KINDS = ["Technology", "Electronics", "Trading", "Aviation", "Shipping", "Semiconductor", "Optics", "Precision",
         "Machinery", "Materials", "Logistics", "Microwave", "Robotics", "Software", "Instruments", "Energy"]
SUFFIXES = ["Co., Ltd.", "Co. Ltd", "Limited", "Corporation", "Inc.", "Group Co., Ltd.", "LLC", "Company Limited"]
SOURCES = ["Entity List (EL) - Bureau of Industry and Security",
           "Specially Designated Nationals (SDN) - Treasury Department",
           "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department",
           "Military End User (MEU) List - Bureau of Industry and Security"]


def gen_word(rng: random.Random) -> str:
    parts = SYL if rng.random() < 0.6 else LATIN
    return "".join(rng.choice(parts) for _ in range(rng.choice([2, 2, 3]))).capitalize()


def gen_entities(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        core = gen_word(rng) + (" " + gen_word(rng) if rng.random() < 0.4 else "")
        name = " ".join(filter(None, [rng.choice(PLACES) if rng.random() < 0.5 else "", core,
                                      rng.choice(KINDS) if rng.random() < 0.8 else "", rng.choice(SUFFIXES)]))
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        alts = [core] if rng.random() < 0.5 else []
        if rng.random() < 0.3:
            alts.append("".join(w[0] for w in name.split()[:4]).upper())
        out.append({"core": core, "name": name, "alt_names": "; ".join(alts), "source": rng.choice(SOURCES)})
    return out


def write_csl(path: Path, ents: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)
        w.writerow(CSL_COLUMNS)
        for i, e in enumerate(ents):
            row = {c: "" for c in CSL_COLUMNS}
            row.update(_id=f"gen{i:06d}", source=e["source"], name=e["name"], alt_names=e["alt_names"],
                       start_date="2020-01-01", federal_register_notice="85 FR 1000")
            w.writerow([row[c] for c in CSL_COLUMNS])


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


def speed(n: int) -> dict:
    rng = random.Random(11)
    ents = gen_entities(n)
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "gen.csv"
        write_csl(f, ents)
        reg = Registry.open(Path(tmp) / "store" / "registry.sqlite3")
        t0 = time.perf_counter()
        import_file(reg, f)
        import_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        reg.lookup("warm up")          # builds the in-memory index
        index_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        base = Baseline([{"name": e["name"], "alt_names": e["alt_names"], "source": e["source"]} for e in ents])
        base_build_s = time.perf_counter() - t0
        queries = []
        for _ in range(200):
            e = rng.choice(ents)
            kind = rng.random()
            if kind < 0.25:
                queries.append(e["name"])
            elif kind < 0.5:
                queries.append(" ".join(typo(w, rng) for w in e["core"].split()) + " Co Ltd")
            elif kind < 0.75:
                queries.append(e["core"])
            else:
                queries.append(gen_word(random.Random(rng.random())) + " " + rng.choice(KINDS))
        lat, blat, alat = [], [], []
        for q in queries:
            t0 = time.perf_counter()
            reg.lookup(q)
            lat.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            base.lookup(q)
            blat.append((time.perf_counter() - t0) * 1000)
        partials = []
        for _ in range(200):
            e = rng.choice(ents)
            s = e["core"].lower()
            cut = max(3, int(len(s) * rng.uniform(0.4, 1.0)))
            p = s[:cut]
            if rng.random() < 0.3:
                p = typo(p, rng)
            partials.append(p)
        for p in partials:
            t0 = time.perf_counter()
            reg.autocomplete(p)
            alat.append((time.perf_counter() - t0) * 1000)
        count = reg.count()
        reg.close()
    return {"n": count, "import_s": import_s, "index_s": index_s, "base_build_s": base_build_s,
            "lookup_p50": statistics.median(lat), "lookup_p95": pct(lat, 0.95),
            "base_p50": statistics.median(blat), "base_p95": pct(blat, 0.95),
            "ac_p50": statistics.median(alat), "ac_p95": pct(alat, 0.95)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    acc = evaluate(args.eval_dir)
    o, b = acc["ours"], acc["base"]
    print(f"Lookup accuracy on {args.eval_dir}/lookup.jsonl ({acc['n']} cases: {o['pos']} positive, {o['neg']} negative)")
    print(f"{'':34}{'registry':>12}{'baseline':>12}")
    print(f"{'top-1 accuracy (all cases)':34}{o['ok'] / acc['n']:>12.3f}{b['ok'] / acc['n']:>12.3f}")
    print(f"{'negatives flagged as match':34}{o['neg_fp'] / max(o['neg'], 1):>12.3f}{b['neg_fp'] / max(b['neg'], 1):>12.3f}")
    print(f"{'import of registry.csv (ms)':34}{acc['import_s'] * 1000:>12.1f}")
    for f in acc["fails"]:
        print("  FAIL", f)
    if args.verbose:
        print(json.dumps(acc["import"], indent=1))

    sp = speed(args.n)
    print()
    print(f"Speed at {sp['n']} generated entities")
    print(f"{'':34}{'registry':>12}{'baseline':>12}{'ratio':>9}")
    print(f"{'import + index (s)':34}{sp['import_s'] + sp['index_s']:>12.2f}{sp['base_build_s']:>12.2f}"
          f"{(sp['import_s'] + sp['index_s']) / max(sp['base_build_s'], 1e-9):>9.1f}")
    print(f"{'  of which SQLite import (s)':34}{sp['import_s']:>12.2f}")
    print(f"{'lookup p50 (ms)':34}{sp['lookup_p50']:>12.2f}{sp['base_p50']:>12.2f}{sp['lookup_p50'] / sp['base_p50']:>9.1f}")
    print(f"{'lookup p95 (ms)':34}{sp['lookup_p95']:>12.2f}{sp['base_p95']:>12.2f}{sp['lookup_p95'] / sp['base_p95']:>9.1f}")
    print(f"{'autocomplete p50 (ms)':34}{sp['ac_p50']:>12.2f}")
    print(f"{'autocomplete p95 (ms)':34}{sp['ac_p95']:>12.2f}")
    print()
    print("targets: top-1 >= 0.97, negatives <= 0.02, lookup well under 50 ms, autocomplete < 5 ms")


if __name__ == "__main__":
    main()
