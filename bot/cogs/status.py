"""/status (anyone, private): how fresh the list data is. And the scheduled `lists update`: every
DISCORD_LIST_UPDATE_HOURS (0: off) the bot fetches the official list files in a worker thread, then refreshes its
registry readers; questions keep being answered from the previous version until the new one is in place."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands, tasks

from .. import render
from ..client import long_lived

if TYPE_CHECKING:
    from ..client import BlacklistBot

log = logging.getLogger(__name__)


class Status(commands.Cog):
    def __init__(self, bot: "BlacklistBot"):
        self.bot = bot
        self.hours = float(bot.settings.discord.list_update_hours)
        self.last_report = None          # the last scheduled update's report (for logs and tests)
        self.runs = 0

    async def cog_load(self) -> None:
        if self.hours > 0:
            # Look at least hourly and let `due` decide: with a loop as long as the interval, a bot restarted just
            # before an update was due waited almost two intervals for it.
            self.scheduled_update.change_interval(hours=min(self.hours, 1.0))
            self.scheduled_update.start()

    async def cog_unload(self) -> None:
        self.scheduled_update.cancel()

    @app_commands.command(name="status", description="How fresh the list data is: each list's date and checksum.")
    async def status(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        sources = await self.bot.in_worker(self.bot.knowledge.list_sources)
        embed = render.status_embed(sources, stale_days=self.bot.settings.list_stale_days,
                                    update_hours=self.hours)
        await interaction.followup.send(embed=embed, ephemeral=True)

    # ---- the schedule ----------------------------------------------------------------------------------------------
    def _update_if_due(self):
        """Runs in a worker thread: fetch and import when a source was not tried within the interval."""
        from ingest.update import due, update_lists

        settings = self.bot.settings
        registry_path = Path(self.bot.knowledge.registry.path)
        if not due(registry_path, settings, self.hours):
            return None
        report = update_lists(registry_path, settings)
        if report.switched:
            # readers switch to the new version now, and the name index is rebuilt here, not on a user's question;
            # until it is built, questions are answered from the previous one
            self.bot.knowledge.registry.reload()
            with long_lived():   # the new index lives until the next update
                self.bot.knowledge.registry.index(wait=True)
        return report

    @tasks.loop(hours=1)   # cog_load sets the interval
    async def scheduled_update(self) -> None:
        async with self.bot.registry_lock:   # one registry writer at a time in this process (/reingest takes it too)
            try:
                report = await asyncio.to_thread(self._update_if_due)
            except Exception:
                log.exception("scheduled list update failed")
                return
        if report is None:
            return
        self.runs += 1
        self.last_report = report
        for r in report.results:
            if r.status == "failed":
                log.warning("list update: %s failed, its data is unchanged: %s", r.source, r.reason)
            else:
                log.info("list update: %s %s", r.source, r.status)

    @scheduled_update.before_loop
    async def _before(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: "BlacklistBot") -> None:
    await bot.add_cog(Status(bot))
