"""Past one machine: two bot processes, shards 0 and 1 of 2, each with its own store folder, share one `chroma run`
on 127.0.0.1 and the fake Discord. Each server's questions are answered by the process running its shard; one
process ingests a new article while the other keeps answering, and then the other answers from it, its own copy of
the BM25 index caught up from the server. Each process keeps its own list registry, updated from the same official
file. The processes are real (`blacklist-bot run`, settings from the environment, harness/bot_process.py), each
connecting from its own loopback address so the fake Discord can tell who answered."""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.fake_discord import (ADMIN_ID, CHANNEL_ID, GUILD_ID, MOD_ROLE_ID, SECOND_CHANNEL_ID, SECOND_GUILD_ID,
                                  TOKEN, FakeDiscord, shard_of)
from tests.support import FIXTURES, ROOT, ListServer, cli, write_article

session_loop = pytest.mark.asyncio(loop_scope="session")

COLLECTION = "sharding"
NEW_TITLE = "Commerce adds Velquarin Photonics to the Entity List"
NEW_QUESTION = "when was velquarin photonics added to the entity list?"


class BotProcess:
    """`blacklist-bot run` for some shards, in its own process, store folder and loopback address."""

    def __init__(self, name: str, shard: int, address: str, folder: Path, fake: FakeDiscord, chroma_port: int,
                 lists: ListServer):
        self.name, self.shard, self.address, self.folder = name, shard, address, folder
        self.store = folder / "store"
        self.log = folder / "bot.log"
        folder.mkdir(parents=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BLACKLIST_BOT_", "DISCORD_"))}
        env.update(
            PYTHONPATH=str(ROOT),
            DISCORD_TOKEN=TOKEN, DISCORD_GUILD_IDS=f"{GUILD_ID},{SECOND_GUILD_ID}",
            DISCORD_MODERATOR_ROLE_IDS=str(MOD_ROLE_ID),
            DISCORD_SHARD_COUNT="2", DISCORD_SHARD_IDS=str(shard),
            DISCORD_SOURCES_DIR=str(folder / "sources"), DISCORD_DATA_DIR=str(folder / "data"),
            DISCORD_COOLDOWN_RATE="1000", DISCORD_WORKERS="2",
            DISCORD_STORE_CHECK_SECONDS="1",
            DISCORD_LIST_UPDATE_HOURS="24",   # each process updates its own registry on start
            BLACKLIST_BOT_STORE=str(self.store),
            BLACKLIST_BOT_CHROMA_HOST="127.0.0.1", BLACKLIST_BOT_CHROMA_PORT=str(chroma_port),
            BLACKLIST_BOT_COLLECTION=COLLECTION,
            BLACKLIST_BOT_WRITER_WAIT="120",  # both start at once: the second waits for the first's indexing
            BLACKLIST_BOT_LIST_SOURCES="csl", BLACKLIST_BOT_LIST_CSL_URL=lists.base + "/csl.csv",
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "harness.bot_process", fake.base, "--source-address", address],
            cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=self.log.open("wb"),
        )

    def check_alive(self) -> None:
        if self.proc.poll() is not None:
            raise AssertionError(f"bot {self.name} exited ({self.proc.returncode}):\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


async def answer(fake: FakeDiscord, bots: list[BotProcess], question: str, channel_id: int, timeout: float = 120):
    """/ask in a channel: (the follow-up that answered it, every request made for the interaction)."""
    inter = await fake.slash("ask", {"question": question}, channel_id=channel_id)
    deadline = time.monotonic() + timeout
    while True:
        try:
            done = await fake.followup(inter, timeout=2)
            break
        except asyncio.TimeoutError:
            for bot in bots:
                bot.check_alive()
            if time.monotonic() > deadline:
                raise
    requests = [r for r in fake.requests if inter.token in r.path or f"/interactions/{inter.id}/" in r.path]
    return done, requests


def cites(done, title: str) -> bool:
    return title in json.dumps(done.body["embeds"][0].get("fields", []))  # a decline cites nothing


@session_loop
async def test_two_processes_share_the_guilds_and_one_chroma_server(chroma_server, tmp_path):
    from knowledge.freshness import list_sources
    from knowledge.lexical import LexicalIndex, lexical_dir, read_generation
    from knowledge.retrieval import stems
    from knowledge.store import ChunkStore, open_client

    assert shard_of(SECOND_GUILD_ID, 2) == 0 and shard_of(GUILD_ID, 2) == 1
    lists = ListServer()
    lists.serve("/csl.csv", "csl-v1.csv", etag='"csl-1"')
    fake = await FakeDiscord(guilds=2).start()
    # A runs shard 0 (the second server), B shard 1 (the first)
    a = BotProcess("A", 0, "127.0.0.2", tmp_path / "a", fake, chroma_server, lists)
    b = BotProcess("B", 1, "127.0.0.3", tmp_path / "b", fake, chroma_server, lists)
    bots = [a, b]
    t0 = time.monotonic()

    def mark(step: str) -> None:  # where the time went, shown when the test fails
        print(f"{time.monotonic() - t0:6.1f}s {step}", flush=True)

    try:
        deadline = time.monotonic() + 150
        while set(fake.shards_connected()) != {0, 1}:
            for bot in bots:
                bot.check_alive()
            assert time.monotonic() < deadline, f"shards connected: {fake.shards_connected()}"
            await asyncio.sleep(0.5)
        mark("shards connected")
        by_shard = {c.shard[0]: c.peer for c in fake.connections if c.shard}
        assert by_shard == {0: a.address, 1: b.address}
        # only the process running shard 0 synced the commands (they belong to the application, not to a shard)
        syncs = [r for r in fake.requests if r.method == "PUT" and r.path.endswith("/commands")]
        assert {r.peer for r in syncs} == {a.address} and len(syncs) == 2

        # ---- each server's question is answered by the process running its shard, and only by it
        (first, first_requests), (second, second_requests) = await asyncio.gather(
            answer(fake, bots, "can i still buy a xiaomi phone?", CHANNEL_ID),
            answer(fake, bots, "can i still buy a xiaomi phone?", SECOND_CHANNEL_ID))
        assert {r.peer for r in first_requests} == {b.address}
        assert {r.peer for r in second_requests} == {a.address}
        for requests in (first_requests, second_requests):
            assert [r.method for r in requests if "/callback" in r.path] == ["POST"]  # acknowledged once
        assert first.body["embeds"][0]["description"] == second.body["embeds"][0]["description"]  # one knowledge

        mark("first answers")
        before, _ = await answer(fake, bots, NEW_QUESTION, CHANNEL_ID)
        assert not cites(before, NEW_TITLE)

        mark("before")
        # ---- A ingests a new article (a moderator's /addsource in A's server) while B keeps answering
        article = write_article(tmp_path / "upload", "velquarin.md", NEW_TITLE, "2026-10-14",
                                "On October 14, 2026, the Commerce Department added Velquarin Photonics, a maker of "
                                "infrared camera sensors in Wuhan, to the Entity List, citing sales of thermal "
                                "imaging cores to military end users. Exporters now need a license to ship it any "
                                "item subject to the Export Administration Regulations.")
        attachment = fake.add_attachment("velquarin.md", article.read_bytes())
        add = await fake.slash("addsource", {"file": attachment}, user_id=ADMIN_ID, channel_id=SECOND_CHANNEL_ID)
        added = asyncio.create_task(fake.followup(add, timeout=120))
        during = []
        while not added.done():
            done, requests = await answer(fake, bots, "is huawei on the entity list?", CHANNEL_ID)
            assert {r.peer for r in requests} == {b.address}
            during.append(done)
        mark("ingest done")
        report = await added
        assert report.peer == a.address and "1 added" in report.body["content"]
        assert during and all(d.body["embeds"][0]["description"] for d in during)

        # ---- then B answers from the new article, which it never ingested, with its own BM25 copy caught up
        await asyncio.sleep(1.2)  # past DISCORD_STORE_CHECK_SECONDS: B's next question checks the store
        after, requests = await answer(fake, bots, NEW_QUESTION, CHANNEL_ID)
        assert {r.peer for r in requests} == {b.address}
        assert cites(after, NEW_TITLE) and "October 14, 2026" in after.body["embeds"][0]["description"]
        mark("after answered")
        server = ChunkStore(open_client(None, "127.0.0.1", chroma_server), None, COLLECTION)
        (doc_id,) = [s.document_id for s in server.sources() if s.title == NEW_TITLE]
        b_lexical = lexical_dir(b.store, COLLECTION, f"127.0.0.1:{chroma_server}")
        assert read_generation(b_lexical) == server.generation()
        hits = LexicalIndex(b_lexical).search(stems("Velquarin Photonics"), 5)
        assert hits and {cid.split("#", 1)[0] for cid, _ in hits} == {doc_id}
        assert not (b.folder / "sources" / "velquarin.md").exists()  # the file is on A's machine only

        # ---- each process's own list registry, updated from the same official file; /status shows its own
        sha = hashlib.sha256((FIXTURES / "csl-v1.csv").read_bytes()).hexdigest()
        for bot in bots:
            registry = bot.store / "registry.sqlite3"
            deadline = time.monotonic() + 60
            while not any(s.source == "csl" and s.sha256 for s in list_sources(registry, 30)):
                assert time.monotonic() < deadline, f"bot {bot.name} did not update its registry"
                await asyncio.sleep(0.3)
        mark("registries")
        assert [path for path, _ in lists.requests].count("/csl.csv") == 2   # one download per process
        for bot, channel_id in ((a, SECOND_CHANNEL_ID), (b, CHANNEL_ID)):
            inter = await fake.slash("status", channel_id=channel_id)
            done = await fake.followup(inter, timeout=60)
            assert done.peer == bot.address
            csl = next(f["value"] for f in done.body["embeds"][0]["fields"] if "Consolidated Screening" in f["name"])
            assert f"**SHA-256** `{sha[:16]}…`" in csl
        mark("status")
    finally:
        for bot in bots:
            bot.stop()
        await fake.close()
        lists.close()


@session_loop
async def test_unset_shards_follow_discords_recommendation_in_one_process(knowledge, tmp_path):
    """No DISCORD_SHARD_COUNT: discord.py runs as many shards as Discord recommends (here 2), all in this process,
    and answers in both servers."""
    from harness.bot import start_bot, stop_bot

    h = await start_bot(knowledge, tmp_path, fake=FakeDiscord(guilds=2, shards=2),
                        guild_ids=[GUILD_ID, SECOND_GUILD_ID])
    try:
        assert sorted(i["shard"] for i in h.fake.identifies) == [[0, 2], [1, 2]]
        assert h.bot.shard_count == 2 and {g.id for g in h.bot.guilds} == {GUILD_ID, SECOND_GUILD_ID}
        for channel_id in (CHANNEL_ID, SECOND_CHANNEL_ID):
            inter = await h.fake.slash("ask", {"question": "can i still buy a xiaomi phone?"}, channel_id=channel_id)
            done = await h.fake.followup(inter)
            assert "[1]" in done.body["embeds"][0]["description"]
    finally:
        await stop_bot(h)


@pytest.mark.parametrize("values, says", [
    (dict(shard_count=2, shard_ids="0,2"), "shard 2 is outside 0..1 (DISCORD_SHARD_COUNT=2)"),
    (dict(shard_ids="1"), "shard ids need DISCORD_SHARD_COUNT"),
    (dict(shard_count=0), "0 shards: give at least 1"),
    (dict(shard_count=3, shard_ids="1,1"), "shard 1 is given twice"),
    (dict(shard_count=2, shard_ids="one"), "'one' is not a comma-separated list of shard numbers"),
])
def test_bad_shard_settings_are_refused(values, says):
    from pydantic import ValidationError

    from knowledge.settings import DiscordSettings

    with pytest.raises(ValidationError) as refused:
        DiscordSettings(_env_file=None, **values)
    assert says in str(refused.value)


def test_a_bad_shard_setting_stops_the_bot_with_one_line(tmp_path):
    result = cli("run", env={"DISCORD_TOKEN": TOKEN, "DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "0,2"})
    assert result.returncode == 2
    assert result.stderr.strip() == ("error: a setting could not be read (DISCORD_SHARD_IDS: Value error, shard 2 is "
                                     "outside 0..1 (DISCORD_SHARD_COUNT=2)); see .env.example")
