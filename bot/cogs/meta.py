"""/help: the commands on one screen."""
from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from .. import render
from ..client import is_moderator

if TYPE_CHECKING:
    from ..client import BlacklistBot


class Meta(commands.Cog):
    def __init__(self, bot: "BlacklistBot"):
        self.bot = bot

    @app_commands.command(name="help", description="What I can do and how to ask.")
    async def help(self, interaction: discord.Interaction) -> None:
        embed = render.help_embed(
            is_moderator=is_moderator(self.bot, interaction.user, interaction.permissions),
            cooldown=self.bot.limiter.describe(),
            max_len=self.bot.settings.discord.max_question_length,
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)


async def setup(bot: "BlacklistBot") -> None:
    await bot.add_cog(Meta(bot))
