"""Fixtures for the Discord tests: a REAL `Knowledge` (the packaged model, a real Chroma in a temporary folder)
over a tiny corpus, and the bot's real discord.py client connected to the fake Discord in tests/fake_discord.py.

Import from the test modules: `from tests.conftest_discord import *`.
"""
from __future__ import annotations

import asyncio
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fake_discord import GUILD_ID, MOD_ROLE_ID, TOKEN, FakeDiscord

ARTICLES = Path(__file__).resolve().parents[1] / "knowledge" / "articles"
CORPUS = ("xiaomi-added-to-pentagon-list-jan-2021.md", "xiaomi-phones-never-banned.md", "huawei-entity-list-may-2019.md")

MENTIONS_ARTICLE = """---
title: "A forum post that shouts"
url: https://example.org/forum/shouting
published: 2024-02-02
---

@everyone Kaspersky antivirus was added to the FCC Covered List in March 2022, the post says <@&1100000000000000400>.
"""


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name in CORPUS:
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "shouting.md").write_text(MENTIONS_ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def knowledge(tmp_path_factory, corpus_dir):
    from ingest.indexer import ingest_paths
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    store = tmp_path_factory.mktemp("store")
    k = Knowledge.open(Settings(_env_file=None, store=store))
    report = ingest_paths([corpus_dir], k.store)
    assert report.added == len(CORPUS) + 1, report
    try:  # the list registry (companies, brands, listings) from the shipped list data, when it has landed
        from ingest.lists import load_shipped
    except ImportError:
        pass
    else:
        load_shipped(k.registry)
    k.refresh()
    return k


@dataclass
class Harness:
    fake: FakeDiscord
    bot: object
    tmp: Path

    @property
    def settings(self):
        return self.bot.discord_settings  # type: ignore[attr-defined]


def make_settings(tmp: Path, **overrides):
    from bot.settings import DiscordSettings

    values = dict(
        token=TOKEN, guild_ids=[GUILD_ID], moderator_role_ids=[MOD_ROLE_ID], sources_dir=tmp / "sources",
        data_dir=tmp / "data", cooldown_rate=5, cooldown_per=60.0, max_question_length=300,
        list_update_hours=0,  # no scheduled downloads in tests
    )
    values.update(overrides)
    return DiscordSettings(_env_file=None, **values)


async def start_bot(knowledge, tmp: Path, bot_cls=None, **overrides) -> Harness:
    from bot.client import BlacklistBot

    fake = await FakeDiscord().start()
    fake.patch_discord()
    bot = (bot_cls or BlacklistBot)(make_settings(tmp, **overrides), knowledge=knowledge)
    task = asyncio.create_task(bot.start(TOKEN), name="bot")
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 20)
    except BaseException:
        task.cancel()
        await fake.close()
        fake.unpatch_discord()
        raise
    bot._test_task = task  # type: ignore[attr-defined]
    return Harness(fake, bot, tmp)


async def stop_bot(h: Harness) -> None:
    await h.bot.close()  # type: ignore[attr-defined]
    task = h.bot._test_task  # type: ignore[attr-defined]
    try:
        await asyncio.wait_for(task, 10)
    except (asyncio.CancelledError, Exception):
        pass
    await h.fake.close()
    h.fake.unpatch_discord()


@pytest.fixture
async def discord_bot(knowledge, tmp_path):
    h = await start_bot(knowledge, tmp_path)
    try:
        yield h
    finally:
        await stop_bot(h)


def assert_no_mass_mentions(fake: FakeDiscord) -> None:
    """Every message the bot sent or edited carries allowed_mentions that ping no one in bulk."""
    sent = fake.sent_messages()
    assert sent, "the bot sent nothing"
    for r in sent:
        data = r.message_data()
        am = data.get("allowed_mentions")
        assert am is not None, f"{r.method} {r.path} has no allowed_mentions: {data}"
        assert "everyone" not in am.get("parse", []) and "roles" not in am.get("parse", []), (r.path, am)
        assert am.get("parse") == [], (r.path, am)
        assert not am.get("roles"), (r.path, am)


def assert_within_limits(fake: FakeDiscord) -> None:
    """Every message the bot sent or edited fits Discord's limits (content, embeds, fields, 6,000 per message)."""
    for r in fake.sent_messages():
        data = r.message_data()
        assert len(data.get("content") or "") <= 2000
        embeds = data.get("embeds") or []
        total = 0
        for e in embeds:
            assert len(e.get("title", "")) <= 256
            assert len(e.get("description", "")) <= 4096
            assert len(e.get("fields", [])) <= 25
            for f in e.get("fields", []):
                assert len(f["name"]) <= 256 and len(f["value"]) <= 1024
            total += len(e.get("title", "")) + len(e.get("description", "")) + len((e.get("footer") or {}).get("text", ""))
            total += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
        assert total <= 6000


def buttons(record) -> dict[str, str]:
    """label -> custom_id of every button on a message the bot sent (a follow-up, a callback or a channel post)."""
    data = record.message_data() if hasattr(record, "message_data") else record
    return {c.get("label") or c["custom_id"]: c["custom_id"]
            for row in data.get("components") or [] for c in row.get("components", []) if "custom_id" in c}


def message_with_button(fake: FakeDiscord, custom_id: str) -> dict:
    """The stored message carrying the button `custom_id` (what a click's INTERACTION_CREATE refers to)."""
    return next(m for m in reversed(list(fake.messages.values()))
                if any(c.get("custom_id") == custom_id for row in m.get("components") or [] for c in row["components"]))
