"""100 concurrent /ask through the fake Discord: all answered, and the largest event-loop stall.

The bot's real discord.py client talks to harness/fake_discord.py (run in its own thread and event loop, so only the
bot's loop is measured). A probe task on the bot's loop sleeps 5 ms at a time and records how late it wakes: the
largest lateness is the longest the loop was blocked (heartbeats, acknowledgements and every other user wait that
long). Two runs in the same process, same corpus, same questions:

  baseline  the naive bot: knowledge calls made directly on the event loop (what `asyncio.to_thread` avoids)
  bot       the real bot: knowledge calls in its worker pool

    .venv/bin/python benchmarks/discord_concurrency.py [--n 100] [--baseline-n 100] [--workers 4]

Target: largest stall under 100 ms for the real bot, every question answered, every acknowledgement under 3 s.
"""
from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import percentile  # noqa: E402

QUESTIONS = [
    "can i still buy a xiaomi phone?",
    "is huawei on the entity list?",
    "is DJI banned in the US?",
    "can I invest in Hikvision shares?",
    "what is the FCC covered list?",
    "was xiaomi removed from the pentagon list?",
    "is kaspersky antivirus banned?",
    "what does the 1260H list mean?",
    "can I use google services on a huawei phone?",
    "what is the NS-CMIC list?",
]


class FakeThread:
    """The fake Discord on its own loop in a background thread."""

    def __init__(self):
        from harness.fake_discord import FakeDiscord

        self.loop = asyncio.new_event_loop()
        self.fake = FakeDiscord()
        started = threading.Event()

        def serve():
            asyncio.set_event_loop(self.loop)
            self.loop.run_until_complete(self.fake.start())
            started.set()
            self.loop.run_forever()

        self.thread = threading.Thread(target=serve, daemon=True, name="fake-discord")
        self.thread.start()
        started.wait(10)

    async def call(self, coro):
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop))

    def close(self):
        asyncio.run_coroutine_threadsafe(self.fake.close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


PROBE_INTERVAL = 0.005


async def loop_probe(stop: asyncio.Event, samples: list[tuple[float, float]]) -> None:
    """Sleep PROBE_INTERVAL at a time until `stop`, noting (when it woke, how late) for every wake-up."""
    while not stop.is_set():
        t = time.perf_counter()
        await asyncio.sleep(PROBE_INTERVAL)
        now = time.perf_counter()
        samples.append((now, now - t - PROBE_INTERVAL))


async def one_run(label: str, knowledge, tmp: Path, n: int, workers: int, blocking: bool) -> dict:
    from bot.client import BlacklistBot
    from harness.bot import make_settings
    from harness.fake_discord import TOKEN, USER_ID

    class NaiveBot(BlacklistBot):
        async def in_worker(self, fn, *args, **kwargs):  # the baseline: model work on the event loop
            return fn(*args, **kwargs)

    ft = FakeThread()
    fake = ft.fake
    fake.patch_discord()
    bot = (NaiveBot if blocking else BlacklistBot)(
        make_settings(tmp / label, knowledge.settings, cooldown_rate=10_000, workers=workers, max_question_length=500),
        knowledge=knowledge,
    )
    task = asyncio.create_task(bot.start(TOKEN))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 30)
        stop = asyncio.Event()
        samples: list[tuple[float, float]] = []
        probe = asyncio.create_task(loop_probe(stop, samples))
        await asyncio.sleep(0.3)
        idle_lag = max((lag for _, lag in samples), default=0.0)

        t0 = time.perf_counter()
        inters = []
        for i in range(n):
            q = QUESTIONS[i % len(QUESTIONS)]
            inters.append(await ft.call(fake.slash("ask", {"question": q}, user_id=USER_ID + 1000 + i)))
        acks = await asyncio.gather(*(ft.call(x.acknowledged(timeout=600)) for x in inters))
        dones = await asyncio.gather(*(ft.call(fake.followup(x, timeout=900)) for x in inters))
        wall = time.perf_counter() - t0
        stop.set()
        await probe
        lags = [lag for _, lag in samples]
        answered = sum(1 for d in dones if d.body and d.body.get("embeds"))
        ack_lat = [a.at - x.sent_at for a, x in zip(acks, inters)]
        ans_lat = sorted(d.at - x.sent_at for d, x in zip(dones, inters))
        return {
            "label": label, "n": n, "answered": answered, "wall": wall, "idle_lag": idle_lag,
            "max_stall": max(lags), "p99_stall": percentile(lags, 99),
            "ack_max": max(ack_lat), "ack_p50": statistics.median(ack_lat),
            "ans_p50": statistics.median(ans_lat), "ans_p95": percentile(ans_lat, 95),
            "ans_max": ans_lat[-1],
        }
    finally:
        await bot.close()
        try:
            await asyncio.wait_for(task, 10)
        except BaseException:
            pass
        fake.unpatch_discord()
        ft.close()


def build_knowledge(tmp: Path, corpus: Path, **settings):
    """A store in `tmp` holding `corpus` and the shipped list data, its indexes and the model warm."""
    from ingest.api import ingest
    from ingest.lists import load_shipped
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    k = Knowledge(Settings(_env_file=None, store=tmp / "store", **settings))
    report = ingest(k, [corpus])
    load_shipped(k.registry)
    k.refresh()
    k.ask("warm up the model and the indexes")
    return k, report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100, help="concurrent /ask for the real bot")
    ap.add_argument("--baseline-n", type=int, default=100, help="concurrent /ask for the naive baseline (0 skips it)")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--corpus", type=Path, default=ROOT / "knowledge" / "articles")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bb-bench-"))
    try:
        t = time.perf_counter()
        knowledge, report = build_knowledge(tmp, args.corpus)
        print(f"corpus: {report.added} documents, {report.chunks} chunks from {args.corpus} "
              f"(setup {time.perf_counter() - t:.1f}s)")
        t = time.perf_counter()
        knowledge.ask(QUESTIONS[0])
        print(f"one ask, alone: {(time.perf_counter() - t) * 1000:.0f} ms")

        async def both():
            results = []
            if args.baseline_n:
                results.append(await one_run("baseline", knowledge, tmp, args.baseline_n, args.workers, blocking=True))
            results.append(await one_run("bot", knowledge, tmp, args.n, args.workers, blocking=False))
            return results

        results = asyncio.run(both())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print()
    print(f"{'run':<10}{'asks':>6}{'answered':>10}{'max stall':>11}{'p99 stall':>11}{'ack max':>9}{'ack p50':>9}"
          f"{'ans p50':>9}{'ans p95':>9}{'ans max':>9}{'wall':>8}")
    for r in results:
        print(f"{r['label']:<10}{r['n']:>6}{r['answered']:>10}{r['max_stall'] * 1000:>9.0f}ms{r['p99_stall'] * 1000:>9.0f}ms"
              f"{r['ack_max']:>8.2f}s{r['ack_p50']:>8.2f}s{r['ans_p50']:>8.2f}s{r['ans_p95']:>8.2f}s{r['ans_max']:>8.2f}s"
              f"{r['wall']:>7.1f}s")
    bot = results[-1]
    ok = bot["answered"] == bot["n"] and bot["max_stall"] < 0.100 and bot["ack_max"] < 3.0
    print()
    line = f"largest event-loop stall with the worker pool: {bot['max_stall'] * 1000:.0f} ms (target < 100 ms)"
    if len(results) > 1:
        line += f"; naive baseline (model work on the loop): {results[0]['max_stall'] * 1000:.0f} ms"
    print(line)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
