"""The bot's real discord.py client started against the fake Discord, with settings for a test or benchmark run."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from knowledge.settings import DiscordSettings, Settings

from .fake_discord import GUILD_ID, MOD_ROLE_ID, TOKEN, FakeDiscord


def make_settings(tmp: Path, base: Settings | None = None, **discord) -> Settings:
    """`base` (default: the code's defaults) with a DISCORD_* group for the fake Discord, its folders under `tmp`;
    `discord` overrides any of that group's settings."""
    values = dict(
        token=TOKEN, guild_ids=[GUILD_ID], moderator_role_ids=[MOD_ROLE_ID], sources_dir=tmp / "sources",
        data_dir=tmp / "data", cooldown_rate=5, cooldown_per=60.0, max_question_length=300,
        list_update_hours=0,  # no scheduled downloads unless a run asks for them
    )
    values.update(discord)
    base = base or Settings(_env_file=None)
    return base.model_copy(update={"discord": DiscordSettings(_env_file=None, **values)})


@dataclass
class Harness:
    fake: FakeDiscord
    bot: object
    task: asyncio.Task       # the bot's connection, ended by `stop_bot`

    @property
    def discord(self) -> DiscordSettings:
        return self.bot.settings.discord  # type: ignore[attr-defined]


async def start_bot(knowledge, tmp: Path, *, fake: FakeDiscord | None = None, **discord) -> Harness:
    """The bot over `knowledge` (and its settings), connected to `fake` (default: a new fake Discord with one server)
    and ready."""
    from bot.client import BlacklistBot

    fake = await (fake or FakeDiscord()).start()
    fake.patch_discord()
    bot = BlacklistBot(make_settings(tmp, knowledge.settings, **discord), knowledge=knowledge)
    task = asyncio.create_task(bot.start(TOKEN), name="bot")
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 20)
    except BaseException:
        task.cancel()
        await fake.close()
        fake.unpatch_discord()
        raise
    return Harness(fake, bot, task)


async def stop_bot(h: Harness) -> None:
    await h.bot.close()  # type: ignore[attr-defined]
    try:
        await asyncio.wait_for(h.task, 10)
    except (asyncio.CancelledError, Exception):
        pass
    await h.fake.close()
    h.fake.unpatch_discord()
