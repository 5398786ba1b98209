"""/ask, and questions by mention: a mention in a channel opens a thread named after the question; messages in
that thread are answered with the thread's earlier questions as context."""
from __future__ import annotations

import logging
import re
import uuid
from collections import defaultdict, deque
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from .. import render
from ..client import EmptyQuestion, QuestionTooLong, ask_cooldown
from ..feedback import answer_view

if TYPE_CHECKING:
    from ..client import BlacklistBot

log = logging.getLogger(__name__)

WORKING = "👀"


class Ask(commands.Cog):
    def __init__(self, bot: "BlacklistBot"):
        self.bot = bot
        # thread (or DM channel) id -> its earlier questions, oldest first
        self.history: dict[int, deque[str]] = defaultdict(lambda: deque(maxlen=bot.settings.discord.thread_history))

    # ---- /ask -------------------------------------------------------------------------------------------------
    @app_commands.command(name="ask", description="Ask about company blacklists; the answer cites its sources.")
    @app_commands.describe(question="Your question, e.g. can I still buy a Xiaomi phone?", private="Only you see the answer")
    @ask_cooldown()
    async def ask(self, interaction: discord.Interaction, question: str, private: bool = False) -> None:
        question = self.bot.check_question(question)
        # Acknowledge at once (Discord allows 3 seconds); the answer comes as a follow-up.
        await interaction.response.defer(thinking=True, ephemeral=private)
        answer = await self.bot.ask(question)
        await self.send_answer(interaction.followup, answer, ephemeral=private)

    async def send_answer(self, target, answer, **kwargs) -> discord.Message | None:
        rendered = render.answer_embed(answer)
        answer_id = self.bot.answers.add(answer)
        view = answer_view(answer_id, show_sources=rendered.trimmed and bool(answer.citations))
        return await target.send(embed=rendered.embed, view=view, **kwargs)

    # ---- mentions and threads ---------------------------------------------------------------------------------
    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.author.id == me.id:
            return
        channel = message.channel
        in_our_thread = isinstance(channel, discord.Thread) and channel.owner_id == me.id
        mentioned = any(u.id == me.id for u in message.mentions)
        is_dm = message.guild is None
        if not (mentioned or in_our_thread or is_dm):
            return
        question = self.strip_mentions(message.content, me.id)
        try:
            await self.answer_message(message, question, in_our_thread=in_our_thread, is_dm=is_dm)
        except Exception:
            ref = uuid.uuid4().hex[:8]
            log.exception("answering message %s failed (ref %s)", message.id, ref)
            try:
                await message.reply(
                    f"Sorry, something went wrong on my side. It has been logged (ref `{ref}`).", mention_author=False
                )
            except discord.HTTPException:
                pass

    @staticmethod
    def strip_mentions(content: str, my_id: int) -> str:
        return " ".join(re.sub(rf"<@!?{my_id}>", " ", content).split())

    async def answer_message(self, message: discord.Message, question: str, *, in_our_thread: bool, is_dm: bool) -> None:
        try:
            question = self.bot.check_question(question) if question else ""
        except EmptyQuestion:
            question = ""
        except QuestionTooLong:
            pass  # answered below, after the rate limit
        if not question:
            await message.reply("Ask me a question after the mention, e.g. “@me can I still buy a Xiaomi phone?”. "
                                "See /help.", mention_author=False)
            return
        retry = self.bot.limiter.hit(message.author.id)
        if retry:
            await message.reply(f"Slow down: you can ask again in {retry:.0f}s.", mention_author=False, delete_after=10)
            return
        try:
            question = self.bot.check_question(question)
        except QuestionTooLong as exc:
            await message.reply(f"That question is {exc.length} characters long; please keep it under {exc.limit}.",
                                mention_author=False)
            return

        channel = message.channel
        target: discord.abc.Messageable = channel
        history: list[str] = []
        if in_our_thread or is_dm:
            history = await self.earlier_questions(channel, message)  # type: ignore[arg-type]
        elif isinstance(channel, discord.TextChannel):
            try:
                target = await message.create_thread(name=render.thread_name(question), auto_archive_duration=1440)
            except discord.HTTPException:
                log.warning("could not open a thread in %s; answering in the channel", channel.id)
                target = channel

        await self._react(message, add=True)
        try:
            async with target.typing():
                answer = await self.bot.ask(question, history)
            await self.send_answer(target, answer)
        finally:
            await self._react(message, add=False)
        self.history[target.id].append(question)

    async def earlier_questions(self, channel: discord.abc.Messageable, message: discord.Message) -> list[str]:
        key = channel.id  # type: ignore[attr-defined]
        if key in self.history:
            return list(self.history[key])
        # Not in memory (a restart): read the thread back, the starter message first.
        me = self.bot.user.id  # type: ignore[union-attr]
        questions: list[str] = []
        if isinstance(channel, discord.Thread) and channel.parent is not None:
            try:
                starter = await channel.parent.fetch_message(channel.id)
                questions.append(self.strip_mentions(starter.content, me))
            except discord.HTTPException:
                pass
        try:
            async for earlier in channel.history(limit=30, before=message, oldest_first=True):
                if not earlier.author.bot and earlier.content:
                    questions.append(self.strip_mentions(earlier.content, me))
        except discord.HTTPException:
            pass
        questions = [q for q in questions if q][-self.bot.settings.discord.thread_history :]
        self.history[key].extend(questions)
        return questions

    async def _react(self, message: discord.Message, *, add: bool) -> None:
        try:
            if add:
                await message.add_reaction(WORKING)
            else:
                await message.remove_reaction(WORKING, self.bot.user)  # type: ignore[arg-type]
        except discord.HTTPException:
            pass  # no Add Reactions permission: the typing indicator still shows


async def setup(bot: "BlacklistBot") -> None:
    await bot.add_cog(Ask(bot))
