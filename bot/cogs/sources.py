"""/sources: what is ingested, paginated with buttons."""
from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from .. import render

if TYPE_CHECKING:
    from ..client import BlacklistBot


class SourcesPaginator(discord.ui.View):
    def __init__(self, sources, owner_id: int, *, timeout: float = 300):
        super().__init__(timeout=timeout)
        self.sources = sources
        self.owner_id = owner_id
        self.page = 0
        self.pages = render.sources_page_count(sources)
        self.message: discord.InteractionMessage | None = None
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.page <= 0
        self.next.disabled = self.page >= self.pages - 1
        self.counter.label = f"{self.page + 1}/{self.pages}"

    def embed(self) -> discord.Embed:
        return render.sources_embed(self.sources, self.page)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message("Run /sources yourself to page through the list.", ephemeral=True)
            return False
        return True

    async def _show(self, interaction: discord.Interaction, page: int) -> None:
        self.page = max(0, min(page, self.pages - 1))
        self._sync()
        await interaction.response.edit_message(embed=self.embed(), view=self)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, self.page - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:  # pragma: no cover
        await interaction.response.defer()

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, self.page + 1)

    async def on_timeout(self) -> None:
        if self.message is not None:
            for item in self.children:
                item.disabled = True  # type: ignore[attr-defined]
            try:
                await self.message.edit(view=self)
            except discord.HTTPException:
                pass


class Sources(commands.Cog):
    def __init__(self, bot: "BlacklistBot"):
        self.bot = bot

    @app_commands.command(name="sources", description="The sources I answer from, with dates and chunk counts.")
    async def sources(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        sources = await self.bot.in_worker(self.bot.knowledge.sources)
        view = SourcesPaginator(sources, interaction.user.id)
        if view.pages == 1:
            await interaction.followup.send(embed=view.embed(), ephemeral=True)
            return
        view.message = await interaction.followup.send(embed=view.embed(), view=view, ephemeral=True, wait=True)


async def setup(bot: "BlacklistBot") -> None:
    await bot.add_cog(Sources(bot))
