"""Moderator commands: /reingest (with progress: the shipped articles and list data, and the sources folders),
/addsource (an attached .txt, .md or .html file, or a page by URL, fetched defensively by ingest/fetch.py) and
/feedback (the 👍 / 👎 counts and the latest votes under answers in this server, shown privately). Both ingests go
through the one entry point, ingest/api.py.

Hidden from non-moderators by `default_permissions(manage_guild=True)` and enforced by the bot as well (Manage
Server or a role in DISCORD_MODERATOR_ROLE_IDS). One ingest at a time, across processes too: when another process
(a CLI ingest or list import) holds the store's writer lock, the command says who and stops at once. Questions keep
being answered meanwhile (ingest runs in its own thread, not in the question workers). Every action goes to the
audit log.
"""
from __future__ import annotations

import asyncio
import logging
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from ingest.lock import WriterBusy

from .. import render
from ..client import moderator_only
from ..feedback import summarise_votes

if TYPE_CHECKING:
    from ..client import BlacklistBot

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".txt", ".md", ".html", ".htm", ".markdown"}
PROGRESS_EVERY = 1.0  # seconds between progress edits (Discord rate-limits message edits)


def busy_text(exc: WriterBusy) -> str:
    holder = exc.holder
    who = f"process {holder.pid} on {holder.host} (since {holder.started})" if holder else "another process"
    return f"the index is being written by {who}; try again when it has finished."


def safe_filename(name: str) -> str:
    stem_suffix = Path(name).name
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", stem_suffix).strip("._")
    return cleaned or "source.txt"


class Moderation(commands.Cog):
    def __init__(self, bot: "BlacklistBot"):
        self.bot = bot

    async def run_ingest(self, paths: list[Path], on_progress, *, shipped: bool = False) -> object:
        """The one ingest (ingest/api.py) in a thread; `on_progress(done, total)` is awaited on the loop at most
        once a second. wait=0: a moderator is told at once who holds the store rather than kept waiting."""
        from ingest.api import ingest

        loop = asyncio.get_running_loop()
        state = {"done": 0, "total": 0, "shown": (-1, -1)}
        changed = asyncio.Event()

        def progress(done: int, total: int) -> None:  # worker thread
            def update() -> None:
                state["done"], state["total"] = done, total
                changed.set()
            loop.call_soon_threadsafe(update)

        async def reporter() -> None:
            while True:
                await changed.wait()
                changed.clear()
                shown = (state["done"], state["total"])
                if shown != state["shown"]:
                    state["shown"] = shown
                    try:
                        await on_progress(*shown)
                    except discord.HTTPException:
                        log.warning("could not edit the progress message")
                await asyncio.sleep(PROGRESS_EVERY)

        task = asyncio.create_task(reporter())
        try:
            return await asyncio.to_thread(ingest, self.bot.knowledge, paths, shipped=shipped, progress=progress,
                                           wait=0)
        finally:
            task.cancel()

    # ---- /reingest --------------------------------------------------------------------------------------------
    @app_commands.command(name="reingest", description="Moderators: re-read the sources folder and update the index.")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @moderator_only()
    async def reingest(self, interaction: discord.Interaction) -> None:
        bot = self.bot
        if bot.ingest_lock.locked():
            await interaction.response.send_message("A re-ingest is already running; wait for its summary.", ephemeral=True)
            await bot.audit(interaction, "reingest", outcome="refused: already running")
            return
        async with bot.ingest_lock:
            # the shipped articles and list data too (a corrected list file is picked up), then the sources folders
            ds = bot.settings.discord
            paths = [ds.sources_dir, *ds.reingest_paths]
            await interaction.response.send_message("⏳ Re-ingesting: starting…")
            await bot.audit(interaction, "reingest", outcome="started", paths=[str(p) for p in paths])
            started = time.monotonic()

            async def show(done: int, total: int) -> None:
                await interaction.edit_original_response(content=render.progress_text(done, total))

            try:
                async with bot.registry_lock:   # shipped=True reloads the shipped list data into the registry
                    report = await self.run_ingest(paths, show, shipped=True)
            except WriterBusy as exc:
                await interaction.edit_original_response(content=f"⏳ Not started: {busy_text(exc)}")
                await bot.audit(interaction, "reingest", outcome="refused: store busy", holder=str(exc.holder))
                return
            except Exception as exc:
                log.exception("re-ingest failed")
                await interaction.edit_original_response(content="❌ Re-ingest failed; details are in the log.")
                await bot.audit(interaction, "reingest", outcome="failed", error=f"{exc.__class__.__name__}: {exc}")
                return
            text = render.report_text(report)
            await interaction.edit_original_response(content=text)
            await bot.audit(
                interaction, "reingest", outcome="finished", seconds=round(time.monotonic() - started, 1),
                added=report.added, updated=report.updated, removed=report.removed, unchanged=report.unchanged,
                chunks=report.chunks, skipped=[{"path": s.path, "reason": s.reason} for s in report.skipped],
            )

    # ---- /addsource -------------------------------------------------------------------------------------------
    @app_commands.command(name="addsource", description="Moderators: add an article (.txt, .md or .html file, or a URL).")
    @app_commands.describe(file="The article as a .txt, .md or .html file", url="Or the article's web address (http or https)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @moderator_only()
    async def addsource(self, interaction: discord.Interaction, file: discord.Attachment | None = None,
                        url: str | None = None) -> None:
        bot = self.bot
        if (file is None) == (url is None):
            await interaction.response.send_message("Attach a .txt, .md or .html file, or give a `url`: one of the two.",
                                                    ephemeral=True)
            await bot.audit(interaction, "addsource", outcome="refused: neither or both of file and url")
            return
        if file is not None:
            name = safe_filename(file.filename)
            suffix = Path(name).suffix.lower()
            if suffix not in ALLOWED_SUFFIXES:
                await interaction.response.send_message(
                    f"I can add .txt, .md or .html files; `{render.trim(file.filename, 100)}` is not one.", ephemeral=True)
                await bot.audit(interaction, "addsource", outcome="refused: file type", filename=file.filename)
                return
            limit = bot.settings.discord.max_upload_bytes
            if file.size > limit:
                await interaction.response.send_message(
                    f"That file is {file.size:,} bytes; the limit is {limit:,}.", ephemeral=True)
                await bot.audit(interaction, "addsource", outcome="refused: too large", filename=file.filename, size=file.size)
                return
        if bot.ingest_lock.locked():
            await interaction.response.send_message("An ingest is already running; try again when it finishes.", ephemeral=True)
            await bot.audit(interaction, "addsource", outcome="refused: already running", filename=getattr(file, "filename", None), url=url)
            return
        async with bot.ingest_lock:
            await interaction.response.defer(thinking=True)
            if file is not None:
                data = await file.read()
                origin = {"filename": file.filename}
            else:
                from ingest.fetch import FetchError, fetch

                try:
                    fetched = await asyncio.to_thread(fetch, url.strip(), bot.settings)
                except FetchError as exc:
                    await interaction.followup.send(f"❌ Not added: {render.trim(str(exc), 300)}")
                    await bot.audit(interaction, "addsource", outcome="refused: fetch", url=url, reason=str(exc))
                    return
                data, name = fetched.content, fetched.filename
                origin = {"url": url, "final_url": fetched.url, "content_type": fetched.content_type}
            folder = bot.settings.discord.sources_dir
            path = folder / name
            existed = path.exists()

            def save() -> None:
                folder.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(path.name + ".part")
                tmp.write_bytes(data)
                tmp.replace(path)

            await asyncio.to_thread(save)

            async def show(done: int, total: int) -> None:
                pass

            try:
                report = await self.run_ingest([path], show)
            except WriterBusy as exc:
                await interaction.followup.send(f"⏳ Saved as `{name}` but not indexed yet: {busy_text(exc)} "
                                                "Run /reingest when it has finished.")
                await bot.audit(interaction, "addsource", outcome="saved; store busy", path=str(path), **origin)
                return
            except Exception as exc:
                log.exception("ingesting %s failed", path)
                await interaction.followup.send("❌ Saved the file but ingesting it failed; details are in the log.")
                await bot.audit(interaction, "addsource", outcome="failed", path=str(path), error=str(exc), **origin)
                return
            verb = "replaced" if existed else "saved"
            text = render.report_text(report, title=f"Source {verb} as `{name}`")
            await interaction.followup.send(text)
            await bot.audit(
                interaction, "addsource", outcome="finished", path=str(path), bytes=len(data),
                replaced=existed, added=report.added, updated=report.updated, chunks=report.chunks,
                skipped=[{"path": s.path, "reason": s.reason} for s in report.skipped], **origin,
            )

    # ---- /feedback --------------------------------------------------------------------------------------------
    @app_commands.command(name="feedback", description="Moderators: how answers were rated, and the latest votes.")
    @app_commands.describe(recent="How many of the most recent votes to show (default 10)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @moderator_only()
    async def feedback(self, interaction: discord.Interaction, recent: app_commands.Range[int, 1, 25] = 10) -> None:
        bot = self.bot
        await interaction.response.defer(thinking=True, ephemeral=True)
        # The log can be long: read it in a thread, never on the event loop. Only this server's votes.
        summary = await asyncio.to_thread(
            summarise_votes, bot.settings.discord.feedback_file, guild_id=interaction.guild_id, recent=recent)
        server = interaction.guild.name if interaction.guild else None
        await interaction.followup.send(embed=render.feedback_embed(summary, server=server), ephemeral=True)
        await bot.audit(interaction, "feedback", outcome="viewed", helpful=summary.helpful,
                        not_helpful=summary.not_helpful, shown=len(summary.recent))


async def setup(bot: "BlacklistBot") -> None:
    await bot.add_cog(Moderation(bot))
