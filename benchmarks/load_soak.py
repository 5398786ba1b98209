"""Load and soak through the bot's real discord.py client over the fake Discord (harness/fake_discord.py).

load  200 /ask in flight at once: every one answered, zero errors, heartbeats on time (the fake asks for one every
      second instead of Discord's 41 s, so a run sees dozens), and the largest event-loop stall (a probe task
      sleeping 5 ms at a time records how late it wakes; target < 100 ms).
soak  questions for `--minutes` (default 10) while a moderator runs /reingest over and over, a source file
      changing between runs so each re-ingest really rewrites: every question answered, every re-ingest finished,
      RSS of the process at the start and at the end (and the largest stall again).

Baselines measured in the same run: the stall of the idle loop (no questions), and the answer latency of one
question asked alone.

    .venv/bin/python benchmarks/load_soak.py [--n 200] [--minutes 10] [--workers 4]
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.discord_concurrency import QUESTIONS, FakeThread, build_knowledge, loop_probe  # noqa: E402

HEARTBEAT_MS = 1000


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


async def run(knowledge, tmp: Path, n: int, minutes: float, workers: int, reingest_every: float) -> dict:
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
    settings = make_settings(tmp, knowledge.settings, cooldown_rate=1_000_000, workers=workers,
                             max_question_length=500, sources_dir=sources)
    bot = BlacklistBot(settings, knowledge=knowledge)
    task = asyncio.create_task(bot.start(TOKEN))
    out: dict = {}
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 60)
        stop = asyncio.Event()
        lags: list[float] = []
        probe = asyncio.create_task(loop_probe(stop, lags))
        await asyncio.sleep(3)
        out["idle_stall"] = max(lags)

        # ---- load: n questions in flight at once --------------------------------------------------------------
        lags.clear()
        beats.clear()
        t0 = time.perf_counter()
        inters = [await ft.call(fake.slash("ask", {"question": QUESTIONS[i % len(QUESTIONS)]}, user_id=USER_ID + 1000 + i))
                  for i in range(n)]
        dones = await asyncio.gather(*(ft.call(fake.followup(x, timeout=1800)) for x in inters), return_exceptions=True)
        out["load_wall"] = time.perf_counter() - t0
        out["load_answered"] = sum(1 for d in dones if not isinstance(d, BaseException) and d.body and d.body.get("embeds"))
        out["load_errors"] = sum(1 for d in dones if isinstance(d, BaseException) or "went wrong" in str(d.body))
        out["load_stall"] = max(lags)
        gaps = [b - a for a, b in zip(beats, beats[1:])]
        out["load_beats"] = len(beats)
        out["load_beat_late"] = max((g - HEARTBEAT_MS / 1000 for g in gaps), default=float("nan"))
        lat = sorted(d.at - x.sent_at for d, x in zip(dones, inters) if not isinstance(d, BaseException))
        out["load_p50"], out["load_max"] = statistics.median(lat), lat[-1]

        # ---- soak: questions while re-ingests run --------------------------------------------------------------
        lags.clear()
        beats.clear()
        out["rss_start"] = rss_mb()
        deadline = time.monotonic() + minutes * 60
        asked = answered = reingests = reingests_done = 0
        errors: list[str] = []

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
                    else:
                        errors.append(f"{q}: {d.body}")
                except Exception as exc:
                    errors.append(f"{q}: {exc!r}")

        async def moderator() -> None:
            nonlocal reingests, reingests_done
            for version in itertools.count():
                if time.monotonic() > deadline:
                    return
                (sources / "changing.md").write_text(
                    f"---\ntitle: Soak note {version % 2}\npublished: 2024-01-0{version % 2 + 1}\n---\n\n"
                    + f"Commerce added Soak Test Corp {version % 2} to the Entity List. " * (5 + version % 2 * 5))
                reingests += 1
                x = await ft.call(fake.slash("reingest", user_id=ADMIN_ID))
                try:
                    await ft.call(fake.wait_for(lambda r: r.method == "PATCH" and x.token in r.path
                                                and "finished" in (r.body or {}).get("content", ""), timeout=600))
                    reingests_done += 1
                except Exception as exc:
                    errors.append(f"reingest: {exc!r}")
                await asyncio.sleep(reingest_every)

        await asyncio.gather(*(asker(s) for s in range(4)), moderator())
        out["rss_end"] = rss_mb()
        out.update(soak_asked=asked, soak_answered=answered, soak_errors=errors[:5], soak_error_count=len(errors),
                   reingests=reingests, reingests_done=reingests_done, soak_stall=max(lags), soak_beats=len(beats))
        gaps = [b - a for a, b in zip(beats, beats[1:])]
        out["soak_beat_late"] = max((g - HEARTBEAT_MS / 1000 for g in gaps), default=float("nan"))
        stop.set()
        await probe
    finally:
        await bot.close()
        try:
            await asyncio.wait_for(task, 10)
        except BaseException:
            pass
        fake.unpatch_discord()
        ft.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="questions in flight at once (load)")
    ap.add_argument("--minutes", type=float, default=10.0, help="soak duration")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--reingest-every", type=float, default=5.0, help="seconds between re-ingests in the soak")
    ap.add_argument("--corpus", type=Path, default=ROOT / "knowledge" / "articles")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bb-soak-"))
    try:
        knowledge, report = build_knowledge(tmp, args.corpus)
        t = time.perf_counter()
        knowledge.ask(QUESTIONS[0])
        alone = time.perf_counter() - t
        print(f"corpus: {report.added} documents, {report.chunks} chunks; one question alone: {alone * 1000:.0f} ms")
        r = asyncio.run(run(knowledge, tmp, args.n, args.minutes, args.workers, args.reingest_every))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"idle loop: largest stall {r['idle_stall'] * 1000:.0f} ms (baseline)")
    print(f"load: {r['load_answered']}/{args.n} answered, {r['load_errors']} errors, wall {r['load_wall']:.1f}s, "
          f"answer p50 {r['load_p50']:.1f}s max {r['load_max']:.1f}s ({r['load_p50'] / alone:.0f}x one alone), "
          f"largest loop stall {r['load_stall'] * 1000:.0f} ms, {r['load_beats']} heartbeats at most "
          f"{r['load_beat_late'] * 1000:.0f} ms late")
    print(f"soak ({args.minutes:g} min): {r['soak_answered']}/{r['soak_asked']} answered, {r['soak_error_count']} errors, "
          f"{r['reingests_done']}/{r['reingests']} re-ingests finished, largest loop stall {r['soak_stall'] * 1000:.0f} ms, "
          f"{r['soak_beats']} heartbeats at most {r['soak_beat_late'] * 1000:.0f} ms late, "
          f"RSS {r['rss_start']:.0f} MB -> {r['rss_end']:.0f} MB")
    for e in r["soak_errors"]:
        print("  error:", e[:300])
    ok = (r["load_answered"] == args.n and r["load_errors"] == 0 and r["load_stall"] < 0.100
          and r["soak_answered"] == r["soak_asked"] and r["soak_error_count"] == 0)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
