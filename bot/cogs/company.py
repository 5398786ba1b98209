"""/company: a lookup card for one company, with autocomplete over the list registry's names."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from .. import render

if TYPE_CHECKING:
    from ..client import BlacklistBot

log = logging.getLogger(__name__)


class Company(commands.Cog):
    def __init__(self, bot: "BlacklistBot"):
        self.bot = bot

    @app_commands.command(name="company", description="Look a company up on the lists: status, dates, restrictions.")
    @app_commands.describe(name="Company, brand or former name", private="Only you see the card")
    async def company(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 200], private: bool = False) -> None:
        await interaction.response.defer(thinking=True, ephemeral=private)
        matches = await self.bot.in_worker(self.bot.knowledge.lookup, name, 5)
        await interaction.followup.send(embed=render.match_embed(name, matches), ephemeral=private)

    @company.autocomplete("name")
    async def company_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        try:
            names = await self.bot.in_worker(self.bot.knowledge.autocomplete, current, 25)
        except Exception:
            log.exception("autocomplete failed for %r", current)
            return []
        return [app_commands.Choice(name=render.trim(n, 100), value=n[:100]) for n in names[:25] if n]


async def setup(bot: "BlacklistBot") -> None:
    await bot.add_cog(Company(bot))
