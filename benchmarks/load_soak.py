"""Load and soak through the bot's real discord.py client over the fake Discord (harness/fake_discord.py).

load  200 /ask in flight at once: every one answered, zero errors, heartbeats on time (the fake asks for one every
      second instead of Discord's 41 s, so a run sees dozens), and the largest event-loop stall (a probe task
      sleeping 5 ms at a time records how late it wakes; target < 100 ms).
soak  questions for `--minutes` (default 10) from 4 members at once while
      - a moderator runs /reingest over and over, a source file changing between runs so each re-ingest really
        rewrites (then the bot rebuilds its retrieval snapshot), and
      - the bot's own scheduled `lists update` (bot/cogs/status.py, ingest/update.py) runs every `--list-every`
        seconds against an HTTP server on 127.0.0.1 serving the real 2019 OFAC SDN files and a CSL sample
        (../shared/data), the SDN file alternating between two versions so each update imports and switches.
      Every question answered, every re-ingest finished; RSS of the process sampled through the run; the largest
      stall overall and split by what was running when it happened.

Baselines measured in the same run: the stall of the idle loop (no questions), the stall while only questions run
(the split above), and the answer latency of one question asked alone.

`--trace-stalls MS` arms faulthandler's watchdog (a C thread that needs no GIL) around every 20 ms of the loop: a
stall longer than MS dumps every thread's Python stack to benchmarks/results/stall_traces.txt, which is how the
cause of long stalls was found. It costs a thread start per 20 ms, so it is off for the figures.

    .venv/bin/python benchmarks/load_soak.py [--n 200] [--minutes 10] [--workers 4] [--out benchmarks/results/load_soak.md]
"""
from __future__ import annotations

import argparse
import asyncio
import faulthandler
import gc
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import percentile  # noqa: E402
from benchmarks.discord_concurrency import PROBE_INTERVAL, QUESTIONS, FakeThread, build_knowledge, loop_probe  # noqa: E402

HEARTBEAT_MS = 1000
SHARED = ROOT.parent / "shared" / "data"
SDN_DIR = SHARED / "ofac-sdn-2019"
CSL_SAMPLE = SHARED / "csl-sample" / "csl.csv"
SDN_DROPPED = 50          # version B of the SDN file lacks its last 50 entries (0.7%, under the removal guard)
KINDS = ("list update", "index refresh", "re-ingest")   # what else may run while questions are answered


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def fast_heartbeats(fake, beats: list[float]) -> None:
    """Ask for a heartbeat every HEARTBEAT_MS and note when each arrives (each is acknowledged with op 11)."""
    send = fake._send_ws

    async def patched(payload):
        if payload.get("op") == 10:
            payload = {**payload, "d": {"heartbeat_interval": HEARTBEAT_MS}}
        elif payload.get("op") == 11:
            beats.append(time.monotonic())
        await send(payload)

    fake._send_ws = patched


async def forget_old(fake, keep_seconds: float = 120.0, keep_messages: int = 500) -> None:
    """The fake Discord keeps every request and message it saw; in a soak that is the harness growing in the bot's
    process (RSS, and objects every full garbage collection walks). Forget what no waiter can still need; indices
    into `requests` stay valid (old entries become one placeholder)."""
    from harness.fake_discord import Recorded

    cutoff = time.monotonic() - keep_seconds
    gone = Recorded("FORGOTTEN", "", {}, None, 0.0)
    for i, r in enumerate(fake.requests):
        if r.at >= cutoff:
            break
        fake.requests[i] = gone
    for iid in [i for i, x in fake.interactions.items() if x.sent_at < cutoff and x.callback.done()]:
        fake.original.pop(fake.interactions.pop(iid).token, None)
    for cid, ids in fake.channel_messages.items():
        for mid in ids[:-keep_messages]:
            fake.messages.pop(mid, None)
        del ids[:-keep_messages]


class ListFeed:
    """The official list files on 127.0.0.1, the SDN file flipping between two versions after every update."""

    def __init__(self):
        from harness.list_server import ListServer

        self.server = ListServer()
        full = (SDN_DIR / "sdn.csv").read_bytes()
        lines = full.splitlines(keepends=True)
        self.versions = [full, b"".join(lines[:-SDN_DROPPED])]
        self.flips = 0
        self.server.serve("/csl.csv", CSL_SAMPLE.read_bytes(), etag='"csl-1"')
        self.server.serve("/alt.csv", (SDN_DIR / "alt.csv").read_bytes(), etag='"alt-1"')
        self._serve_sdn()

    def _serve_sdn(self) -> None:
        self.server.serve("/sdn.csv", self.versions[self.flips % 2], etag=f'"sdn-{self.flips}"')

    def flip(self) -> None:
        self.flips += 1
        self._serve_sdn()

    def settings(self) -> dict:
        base = self.server.base
        return dict(list_sources="csl,ofac-sdn", list_csl_url=f"{base}/csl.csv", list_sdn_url=f"{base}/sdn.csv",
                    list_sdn_alt_url=f"{base}/alt.csv", list_max_bytes=20_000_000, list_timeout=30.0)

    def close(self) -> None:
        self.server.close()


def overlap(spans, start: float, end: float) -> float:
    """Seconds of the (start, end) spans that fall inside [start, end]."""
    return sum(max(0.0, min(e, end) - max(s, start)) for s, e in spans)


class Timeline:
    """When each kind of background work ran (perf_counter intervals), written from any thread."""

    def __init__(self):
        self.spans: list[tuple[str, float, float]] = []
        self._lock = threading.Lock()

    def wrap(self, kind: str, fn, after=None):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
            finally:
                with self._lock:
                    self.spans.append((kind, start, time.perf_counter()))
            if after is not None:
                after(result)
            return result
        return run

    def kind_during(self, start: float, end: float) -> str:
        with self._lock:
            spans = list(self.spans)
        for kind in KINDS:
            if any(s < end and e > start for k, s, e in spans if k == kind):
                return kind
        return "questions only"

    def overlapping(self, kind: str, start: float, end: float) -> float:
        """Seconds of `kind` inside [start, end]."""
        with self._lock:
            return overlap([(s, e) for k, s, e in self.spans if k == kind], start, end)


class GcPauses:
    """Every garbage collection while installed: (generation, start, end), from gc.callbacks."""

    def __init__(self):
        self.pauses: list[tuple[int, float, float]] = []
        self._start = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.pauses.append((info["generation"], self._start, time.perf_counter()))

    def __enter__(self) -> "GcPauses":
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc) -> None:
        gc.callbacks.remove(self)

    def overlapping(self, start: float, end: float) -> float:
        """Seconds of collection inside [start, end]."""
        return overlap([(s, e) for _, s, e in self.pauses], start, end)


async def trace_stalls(stop: asyncio.Event, threshold: float, path: Path, timeline: Timeline) -> None:
    """Dump every thread's stack when the loop does not come back within `threshold` (see the module docstring)."""
    with open(path, "w") as fh:
        fd = fh.fileno()
        while not stop.is_set():
            size = os.fstat(fd).st_size
            t = time.perf_counter()
            faulthandler.dump_traceback_later(threshold, repeat=False, file=fh)
            await asyncio.sleep(0.02)
            faulthandler.cancel_dump_traceback_later()
            now = time.perf_counter()
            if os.fstat(fd).st_size != size:
                fh.write(f"=== the stall above: {(now - t - 0.02) * 1000:.0f} ms, ended {now:.1f}, while: "
                         f"{timeline.kind_during(t, now)}\n\n")
                fh.flush()


def bare_probe(seconds: float) -> None:
    """The machine's own noise: a process with nothing else in it sleeping 5 ms at a time, printing (end, lateness)
    of every wake-up later than 20 ms as JSON, and its largest and p99 lateness."""
    lags, late = [], []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        t = time.perf_counter()
        time.sleep(PROBE_INTERVAL)
        now = time.perf_counter()
        lags.append(now - t - PROBE_INTERVAL)
        if lags[-1] > 0.02:
            late.append((now, lags[-1]))
    print(json.dumps({"max": max(lags), "p99": percentile(lags, 99), "late": late}))


def machine_late(late: list[tuple[float, float]], start: float, end: float) -> float:
    """How late the bare probe was during [start, end]: the part of a stall the machine itself caused."""
    return max((lag for at, lag in late if at - lag < end and at > start), default=0.0)


def stall_stats(samples: list[tuple[float, float]], timeline: Timeline, start: float, end: float) -> dict:
    by_kind: dict[str, list[float]] = {}
    for at, lag in samples:
        by_kind.setdefault(timeline.kind_during(at - lag - PROBE_INTERVAL, at), []).append(lag)
    out = {}
    for kind, lags in by_kind.items():
        busy = end - start - sum(timeline.overlapping(k, start, end) for k in KINDS) if kind == "questions only" \
            else timeline.overlapping(kind, start, end)
        out[kind] = {"samples": len(lags), "max": max(lags), "p99": percentile(lags, 99),
                     "over_100ms": sum(1 for x in lags if x > 0.1), "seconds": busy}
    return out


async def run(knowledge, tmp: Path, feed: ListFeed, args) -> dict:
    from bot.client import BlacklistBot
    from harness.bot import make_settings
    from harness.fake_discord import ADMIN_ID, TOKEN, USER_ID

    ft = FakeThread()
    fake = ft.fake
    beats: list[float] = []
    fast_heartbeats(fake, beats)
    fake.patch_discord()
    sources = tmp / "sources"
    sources.mkdir(exist_ok=True)
    settings = make_settings(tmp, knowledge.settings, cooldown_rate=1_000_000, workers=args.workers,
                             max_question_length=500, sources_dir=sources, list_update_hours=0)
    bot = BlacklistBot(settings, knowledge=knowledge)
    task = asyncio.create_task(bot.start(TOKEN))
    out: dict = {}
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 60)
        stop = asyncio.Event()
        samples: list[tuple[float, float]] = []
        probe = asyncio.create_task(loop_probe(stop, samples))
        await asyncio.sleep(3)
        out["idle_stall"] = max(lag for _, lag in samples)

        # ---- load: n questions in flight at once --------------------------------------------------------------
        samples.clear()
        beats.clear()
        t0 = time.perf_counter()
        inters = [await ft.call(fake.slash("ask", {"question": QUESTIONS[i % len(QUESTIONS)]}, user_id=USER_ID + 1000 + i))
                  for i in range(args.n)]
        dones = await asyncio.gather(*(ft.call(fake.followup(x, timeout=1800)) for x in inters), return_exceptions=True)
        out["load_wall"] = time.perf_counter() - t0
        out["load_answered"] = sum(1 for d in dones if not isinstance(d, BaseException) and d.body and d.body.get("embeds"))
        out["load_errors"] = sum(1 for d in dones if isinstance(d, BaseException) or "went wrong" in str(d.body))
        out["load_stall"] = max(lag for _, lag in samples)
        gaps = [b - a for a, b in zip(beats, beats[1:])]
        out["load_beats"] = len(beats)
        out["load_beat_late"] = max((g - HEARTBEAT_MS / 1000 for g in gaps), default=float("nan"))
        lat = sorted(d.at - x.sent_at for d, x in zip(dones, inters) if not isinstance(d, BaseException))
        out["load_p50"], out["load_max"] = statistics.median(lat), lat[-1]
        stop.set()
        await probe

        # ---- soak: questions while re-ingests and list updates run ---------------------------------------------
        timeline = Timeline()
        mod = bot.get_cog("Moderation")
        mod._ingest = timeline.wrap("re-ingest", mod._ingest)
        knowledge.refresh = timeline.wrap("index refresh", knowledge.refresh)
        status = bot.get_cog("Status")
        list_runs: list[dict] = []

        def after_update(report) -> None:     # worker thread: note the result, serve the other SDN version
            if report is not None:
                list_runs.append({"switched": report.switched,
                                  "statuses": [(r.source, r.status, r.reason) for r in report.results]})
                feed.flip()

        status._update_if_due = timeline.wrap("list update", status._update_if_due, after_update)
        # Chroma's local writes run in Rust holding the GIL for the whole call (reads release it): note each one
        from chromadb.api.rust import RustBindingsAPI
        patched = {name: getattr(RustBindingsAPI, name) for name in ("_add", "_update", "_upsert", "_delete")}
        for name, fn in patched.items():
            setattr(RustBindingsAPI, name, timeline.wrap("chroma write", fn))
        status.hours = args.list_every / 3600

        soak_stop = asyncio.Event()
        samples = []
        probe = asyncio.create_task(loop_probe(soak_stop, samples))
        tracer = (asyncio.create_task(trace_stalls(soak_stop, args.trace_stalls / 1000, args.trace_file, timeline))
                  if args.trace_stalls else None)
        beats.clear()
        gc_pauses = GcPauses().__enter__()
        bare = subprocess.Popen([sys.executable, __file__, "--bare-probe", str(args.minutes * 60)],
                                stdout=subprocess.PIPE, text=True)
        soak_start = time.perf_counter()
        rss: list[tuple[float, float, int, int]] = [(0.0, rss_mb(), 0, gc.get_freeze_count())]
        status.scheduled_update.change_interval(seconds=args.list_every)
        status.scheduled_update.start()
        deadline = time.monotonic() + args.minutes * 60
        asked = answered = reingests = reingests_done = refused = 0
        errors: list[str] = []
        answer_lat: list[float] = []

        async def asker(seat: int) -> None:
            nonlocal asked, answered
            for i in itertools.count():
                if time.monotonic() > deadline:
                    return
                asked += 1
                q = QUESTIONS[(seat + i) % len(QUESTIONS)]
                try:
                    x = await ft.call(fake.slash("ask", {"question": q}, user_id=USER_ID + 10 + seat))
                    d = await ft.call(fake.followup(x, timeout=300))
                    if d.body and d.body.get("embeds"):
                        answered += 1
                        answer_lat.append(d.at - x.sent_at)
                    else:
                        errors.append(f"{q}: {d.body}")
                except Exception as exc:
                    errors.append(f"{q}: {exc!r}")

        async def moderator() -> None:
            nonlocal reingests, reingests_done, refused
            for version in itertools.count():
                if time.monotonic() > deadline:
                    return
                (sources / "changing.md").write_text(
                    f"---\ntitle: Soak note {version % 2}\npublished: 2024-01-0{version % 2 + 1}\n---\n\n"
                    + f"Commerce added Soak Test Corp {version % 2} to the Entity List. " * (5 + version % 2 * 5))
                while time.monotonic() < deadline:
                    reingests += 1
                    x = await ft.call(fake.slash("reingest", user_id=ADMIN_ID))
                    ack = await ft.call(x.acknowledged(timeout=60))
                    if "already running" in str(ack.body):   # the scheduled list update holds the writer lock
                        refused += 1
                        reingests -= 1
                        await asyncio.sleep(1)
                        continue
                    try:
                        await ft.call(fake.wait_for(lambda r: r.method == "PATCH" and x.token in r.path
                                                    and "finished" in (r.body or {}).get("content", ""), timeout=600))
                        reingests_done += 1
                    except Exception as exc:
                        errors.append(f"reingest: {exc!r}")
                    break
                await asyncio.sleep(args.reingest_every)

        async def rss_sampler() -> None:
            next_sample = time.monotonic() + args.rss_every
            while time.monotonic() < deadline:
                await asyncio.sleep(min(30.0, max(0.1, deadline - time.monotonic())))
                await ft.call(forget_old(fake))
                if time.monotonic() >= min(next_sample, deadline):
                    rss.append((time.perf_counter() - soak_start, rss_mb(), answered, gc.get_freeze_count()))
                    next_sample += args.rss_every

        await asyncio.gather(*(asker(s) for s in range(4)), moderator(), rss_sampler())
        status.scheduled_update.cancel()
        soak_end = time.perf_counter()
        gc_pauses.__exit__()
        for name, fn in patched.items():
            setattr(RustBindingsAPI, name, fn)
        from collections import Counter

        heap = gc.get_objects()          # the objects full collections walk (gc.freeze() leaves the rest out)
        out["heap"] = (len(heap), gc.get_freeze_count(), Counter(type(o).__name__ for o in heap).most_common(8))
        del heap
        machine = json.loads((await asyncio.to_thread(bare.communicate, timeout=120))[0])
        long_stalls = [(at - lag, at) for at, lag in samples if lag > 0.05]
        out["machine"] = {"max": machine["max"], "p99": machine["p99"],
                          "long_stalls_machine_too": sum(1 for a, b in long_stalls
                                                         if machine_late(machine["late"], a, b) >= 0.5 * (b - a))}
        by_gen = {g: [e - s_ for gg, s_, e in gc_pauses.pauses if gg == g] for g in (0, 1, 2)}
        out["gc"] = {
            "collections": {g: len(v) for g, v in by_gen.items()},
            "max_pause": {g: max(v, default=0.0) for g, v in by_gen.items()},
            "long_stalls": len(long_stalls),
            "long_stalls_mostly_gc": sum(1 for a, b in long_stalls if gc_pauses.overlapping(a, b) >= 0.5 * (b - a)),
            "long_stalls_mostly_chroma_write": sum(1 for a, b in long_stalls
                                                   if timeline.overlapping("chroma write", a, b) >= 0.5 * (b - a)),
        }
        top_stalls = []
        for at, lag in sorted(samples, key=lambda x: -x[1])[:8]:
            a, b = at - lag, at
            top_stalls.append({"ms": lag * 1000, "while": timeline.kind_during(a, b),
                               "gc_ms": gc_pauses.overlapping(a, b) * 1000,
                               "chroma_write_ms": timeline.overlapping("chroma write", a, b) * 1000,
                               "bare_process_late_ms": machine_late(machine["late"], a, b) * 1000})
        out["top_stalls"] = top_stalls
        writes = [e - s_ for k, s_, e in timeline.spans if k == "chroma write"]
        out["chroma_writes"] = (len(writes), max(writes, default=0.0), statistics.median(writes) if writes else 0.0)
        out["rss"] = rss
        out.update(soak_asked=asked, soak_answered=answered, soak_errors=errors[:5], soak_error_count=len(errors),
                   reingests=reingests, reingests_done=reingests_done, reingests_refused=refused,
                   list_runs=list_runs, soak_stall=max(lag for _, lag in samples), soak_beats=len(beats),
                   soak_seconds=soak_end - soak_start, soak_p50=statistics.median(answer_lat),
                   stalls=stall_stats(samples, timeline, soak_start, soak_end),
                   spans={k: [e - s for kk, s, e in timeline.spans if kk == k] for k in KINDS})
        gaps = [b - a for a, b in zip(beats, beats[1:])]
        out["soak_beat_late"] = max((g - HEARTBEAT_MS / 1000 for g in gaps), default=float("nan"))
        soak_stop.set()
        await probe
        if tracer:
            await tracer
    finally:
        await bot.close()
        try:
            await asyncio.wait_for(task, 10)
        except BaseException:
            pass
        fake.unpatch_discord()
        ft.close()
    return out


def markdown(r: dict, args, alone: float, corpus: str, load_before: tuple, load_after: tuple) -> str:
    q_only = r["stalls"].get("questions only", {}).get("max") or float("nan")
    rows = []
    for kind in ("questions only", *KINDS):
        s = r["stalls"].get(kind)
        if not s:
            continue
        rows.append(f"| {kind} | {s['seconds']:.0f} s | {s['max'] * 1000:.0f} ms | {s['max'] / q_only:.1f}x | "
                    f"{s['p99'] * 1000:.0f} ms | {s['over_100ms']} |")
    spans = r["spans"]
    span_text = ", ".join(f"{k} {len(v)} runs, median {statistics.median(v):.1f} s" for k, v in spans.items() if v)
    rss_rows = [f"| {t / 60:.1f} | {mb:.0f} | {n} | {frozen:,} |" for t, mb, n, frozen in r["rss"]]
    lists_ok = sum(1 for x in r["list_runs"] if x["switched"])
    lines = [
        "# Load and soak",
        "",
        f"`.venv/bin/python benchmarks/load_soak.py --minutes {args.minutes:g}` ({corpus}; {args.workers} answer "
        f"workers; machine: {os.cpu_count()} cores shared with other jobs, load average {load_before[0]:.1f} at the "
        f"start and {load_after[0]:.1f} at the end).",
        "",
        f"## Load: {args.n} questions in flight",
        "",
        "| measure | value | baseline (same run) |",
        "|---|---|---|",
        f"| answered | {r['load_answered']}/{args.n}, {r['load_errors']} errors | |",
        f"| largest event-loop stall | {r['load_stall'] * 1000:.0f} ms | idle loop {r['idle_stall'] * 1000:.0f} ms |",
        f"| heartbeats | {r['load_beats']}, at most {r['load_beat_late'] * 1000:.0f} ms late | |",
        f"| answer p50 | {r['load_p50']:.1f} s = {r['load_p50'] / alone:.1f}x | one question alone {alone * 1000:.0f} ms |",
        "",
        f"## Soak: {r['soak_seconds'] / 60:.1f} minutes of questions while re-ingests and list updates run",
        "",
        f"{r['soak_answered']}/{r['soak_asked']} questions answered, {r['soak_error_count']} errors; "
        f"{r['reingests_done']}/{r['reingests']} re-ingests finished ({r['reingests_refused']} asked while a list update "
        f"held the writer lock, refused and asked again); {len(r['list_runs'])} scheduled list updates, {lists_ok} of "
        f"them imported and switched; {r['soak_beats']} heartbeats at most {r['soak_beat_late'] * 1000:.0f} ms late; "
        f"answer p50 {r['soak_p50']:.2f} s. Background work: {span_text}.",
        "",
        "Event-loop stall by what was running besides the questions (a probe sleeping 5 ms records how late it wakes):",
        "",
        "| running | time | largest stall | vs questions only | p99 | stalls > 100 ms |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        f"Where the stalls over 50 ms came from ({r['gc']['long_stalls']} of them; a stall counts for a cause that "
        "filled at least half of it):",
        "",
        "| cause | stalls over 50 ms | longest single event |",
        "|---|---|---|",
        f"| a Chroma write call (Rust, holds the GIL for the whole call) | {r['gc']['long_stalls_mostly_chroma_write']} | "
        f"{r['chroma_writes'][1] * 1000:.0f} ms ({r['chroma_writes'][0]} calls, median "
        f"{r['chroma_writes'][2] * 1000:.0f} ms) |",
        f"| a garbage collection | {r['gc']['long_stalls_mostly_gc']} | gen-2 pause {r['gc']['max_pause'][2] * 1000:.0f} ms "
        f"({r['gc']['collections'][2]} gen-2 collections) |",
        f"| the machine: a bare process sleeping 5 ms at a time was as late at the same moment | "
        f"{r['machine']['long_stalls_machine_too']} | bare process: largest {r['machine']['max'] * 1000:.0f} ms, "
        f"p99 {r['machine']['p99'] * 1000:.0f} ms |",
        "",
        "The largest stalls, each with what filled it:",
        "",
        "| stall | while | garbage collection | Chroma write | a bare process on the machine was late by |",
        "|---|---|---|---|---|",
        *[f"| {t['ms']:.0f} ms | {t['while']} | {t['gc_ms']:.0f} ms | {t['chroma_write_ms']:.0f} ms | "
          f"{t['bare_process_late_ms']:.0f} ms |" for t in r["top_stalls"]],
        "",
        "The rest is the loop thread waiting for the GIL behind the answer workers and the background work (Python "
        "hands the GIL over every 5 ms, to whichever waiting thread the OS wakes first).",
        "",
        "RSS of the bot's process (the fake Discord and the list server run in it too; the fake forgets requests "
        "older than 2 minutes):",
        "",
        "| minute | RSS MB | questions answered so far | objects frozen out of the GC |",
        "|---|---|---|---|",
        *rss_rows,
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="questions in flight at once (load)")
    ap.add_argument("--minutes", type=float, default=10.0, help="soak duration")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--reingest-every", type=float, default=5.0, help="seconds between re-ingests in the soak")
    ap.add_argument("--list-every", type=float, default=60.0, help="seconds between scheduled list updates")
    ap.add_argument("--rss-every", type=float, default=60.0, help="seconds between RSS samples")
    ap.add_argument("--trace-stalls", type=float, default=0.0, metavar="MS",
                    help="dump every thread's stack for stalls longer than MS (diagnosis; off for figures)")
    ap.add_argument("--trace-file", type=Path, default=ROOT / "benchmarks" / "results" / "stall_traces.txt")
    ap.add_argument("--corpus", type=Path, default=ROOT / "knowledge" / "articles")
    ap.add_argument("--out", type=Path, help="write the results as Markdown here")
    ap.add_argument("--switch-interval", type=float, help="sys.setswitchinterval for the run (experiment)")
    ap.add_argument("--bare-probe", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.bare_probe:
        bare_probe(args.bare_probe)
        return 0

    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    load_before = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="bb-soak-"))
    feed = ListFeed()
    try:
        knowledge, report = build_knowledge(tmp, args.corpus, **feed.settings())
        for q in QUESTIONS:                  # once first: the load repeats them, with the lookup caches warm
            knowledge.ask(q)
        times = []
        for q in QUESTIONS:                  # then each asked alone, one after the other: the median
            t = time.perf_counter()
            knowledge.ask(q)
            times.append(time.perf_counter() - t)
        alone = statistics.median(times)
        corpus = f"{report.added} articles, {report.chunks} chunks"
        print(f"corpus: {corpus}; one question alone (median of {len(times)}): {alone * 1000:.0f} ms")
        r = asyncio.run(run(knowledge, tmp, feed, args))
    finally:
        feed.close()
        shutil.rmtree(tmp, ignore_errors=True)
    load_after = os.getloadavg()

    print(f"load average {load_before[0]:.1f} -> {load_after[0]:.1f} ({os.cpu_count()} cores)")
    print(f"idle loop: largest stall {r['idle_stall'] * 1000:.0f} ms (baseline)")
    print(f"load: {r['load_answered']}/{args.n} answered, {r['load_errors']} errors, wall {r['load_wall']:.1f}s, "
          f"answer p50 {r['load_p50']:.1f}s max {r['load_max']:.1f}s ({r['load_p50'] / alone:.1f}x one alone), "
          f"largest loop stall {r['load_stall'] * 1000:.0f} ms, {r['load_beats']} heartbeats at most "
          f"{r['load_beat_late'] * 1000:.0f} ms late")
    print(f"soak ({args.minutes:g} min): {r['soak_answered']}/{r['soak_asked']} answered, {r['soak_error_count']} errors, "
          f"{r['reingests_done']}/{r['reingests']} re-ingests finished ({r['reingests_refused']} refused while a list "
          f"update ran), {len(r['list_runs'])} list updates ({sum(x['switched'] for x in r['list_runs'])} switched), "
          f"largest loop stall {r['soak_stall'] * 1000:.0f} ms, {r['soak_beats']} heartbeats at most "
          f"{r['soak_beat_late'] * 1000:.0f} ms late")
    for kind, s in r["stalls"].items():
        print(f"  stall while {kind}: {s['seconds']:.0f} s, max {s['max'] * 1000:.0f} ms, p99 {s['p99'] * 1000:.0f} ms, "
              f"{s['over_100ms']} over 100 ms")
    for kind, v in r["spans"].items():
        if v:
            print(f"  {kind}: {len(v)} runs, median {statistics.median(v):.1f} s, max {max(v):.1f} s")
    g = r["gc"]
    print(f"  garbage collections (gen 0/1/2): {g['collections'][0]}/{g['collections'][1]}/{g['collections'][2]}, "
          f"longest gen-2 pause {g['max_pause'][2] * 1000:.0f} ms; stalls over 50 ms: {g['long_stalls']}, "
          f"{g['long_stalls_mostly_gc']} of them mostly a garbage collection, "
          f"{g['long_stalls_mostly_chroma_write']} mostly a Chroma write, "
          f"{r['machine']['long_stalls_machine_too']} with a bare process on the machine as late at the same time")
    print(f"  bare process on the same machine (baseline): largest lateness {r['machine']['max'] * 1000:.0f} ms, "
          f"p99 {r['machine']['p99'] * 1000:.0f} ms")
    for t in r["top_stalls"]:
        print(f"  stall {t['ms']:.0f} ms while {t['while']}: GC {t['gc_ms']:.0f} ms, Chroma write "
              f"{t['chroma_write_ms']:.0f} ms, bare process late {t['bare_process_late_ms']:.0f} ms")
    n, longest, median = r["chroma_writes"]
    print(f"  Chroma write calls: {n}, median {median * 1000:.0f} ms, longest {longest * 1000:.0f} ms (GIL held)")
    n_heap, frozen, top = r["heap"]
    print(f"  tracked objects at the end: {n_heap:,} walked by full collections, {frozen:,} frozen at start-up; "
          f"most common: {top}")
    print("  RSS MB (frozen objects): " + ", ".join(f"{t / 60:.1f} min {mb:.0f} ({fz:,})" for t, mb, _, fz in r["rss"]))
    for run_ in r["list_runs"]:
        bad = [s for s in run_["statuses"] if s[1] == "failed"]
        if bad:
            print("  list update failed:", bad)
    for e in r["soak_errors"]:
        print("  error:", e[:300])
    if args.out:
        args.out.write_text(markdown(r, args, alone, corpus, load_before, load_after), encoding="utf-8")
        print(f"wrote {args.out}")
    ok = (r["load_answered"] == args.n and r["load_errors"] == 0 and r["load_stall"] < 0.100
          and r["soak_answered"] == r["soak_asked"] and r["soak_error_count"] == 0
          and r["reingests_done"] == r["reingests"] and all(x["switched"] for x in r["list_runs"]))
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
