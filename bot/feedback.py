"""Buttons under an answer: helpful / not helpful, and "Show sources" when the snippets were trimmed.

The buttons are `DynamicItem`s: their custom ids carry the answer id, so they keep working after a restart (the
vote is then recorded with the question and answer read back from the message's embed).

Votes go to a JSONL file (one JSON object a line: time, vote, question, answer, answer id, sha256 of the user id,
guild, channel), readable with any text tool: `jq . feedback.jsonl`, and by moderators in Discord with /feedback
(`summarise_votes`: the counts and the most recent votes of their own server, never who voted).
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import threading
import uuid
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord

from knowledge.models import Answer

from . import render

if TYPE_CHECKING:
    from .client import BlacklistBot

log = logging.getLogger(__name__)


def user_hash(user_id: int, salt: str = "") -> str:
    return hashlib.sha256(f"{salt}{user_id}".encode()).hexdigest()


class JsonlLog:
    """Append-only JSONL file; appends are serialised and run off the event loop."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def _append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, default=str)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")

    async def append(self, record: dict[str, Any]) -> None:
        record = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"), **record}
        await asyncio.to_thread(self._append, record)


@dataclass
class VoteSummary:
    helpful: int = 0
    not_helpful: int = 0
    recent: list[dict[str, Any]] = field(default_factory=list)  # newest first: time, vote, question, answer

    @property
    def total(self) -> int:
        return self.helpful + self.not_helpful


def summarise_votes(path: Path, *, guild_id: int | None, recent: int = 10) -> VoteSummary:
    """Counts and the `recent` newest votes cast in one server (blocking: call it in a thread). Streams the file, so
    a long log costs no memory; a torn or malformed line (a write in progress) is skipped. Only the fields a
    moderator needs are kept: never the user hash, let alone an id."""
    summary = VoteSummary()
    last: deque[dict[str, Any]] = deque(maxlen=max(0, recent))
    path = Path(path)
    if not path.exists():
        return summary
    wanted = str(guild_id) if guild_id is not None else None
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if not isinstance(record, dict) or wanted is None or str(record.get("guild_id")) != wanted:
                continue
            vote = record.get("vote")
            if vote == "helpful":
                summary.helpful += 1
            elif vote == "not_helpful":
                summary.not_helpful += 1
            else:
                continue
            last.append({k: record.get(k) for k in ("time", "vote", "question", "answer")})
    summary.recent = list(reversed(last))
    return summary


class AnswerCache:
    """Recent answers by id, for the buttons (bounded; older answers fall back to the message's embed)."""

    def __init__(self, size: int = 2000):
        self.size = size
        self._items: OrderedDict[str, Answer] = OrderedDict()

    def add(self, answer: Answer) -> str:
        answer_id = uuid.uuid4().hex[:16]
        self._items[answer_id] = answer
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return answer_id

    def get(self, answer_id: str) -> Answer | None:
        return self._items.get(answer_id)


class FeedbackButton(discord.ui.DynamicItem[discord.ui.Button], template=r"bb:fb:(?P<vote>up|down):(?P<id>[0-9a-f]{16})"):
    def __init__(self, vote: str, answer_id: str):
        helpful = vote == "up"
        super().__init__(
            discord.ui.Button(
                label="Helpful" if helpful else "Not helpful",
                emoji="👍" if helpful else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"bb:fb:{vote}:{answer_id}",
            )
        )
        self.vote = vote
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /):
        return cls(match["vote"], match["id"])

    async def callback(self, interaction: discord.Interaction["BlacklistBot"]) -> None:
        bot = interaction.client
        answer = bot.answers.get(self.answer_id)
        if answer is not None:
            question, text = answer.question, answer.answer
        else:  # after a restart: read it back from the message
            embed = interaction.message.embeds[0] if interaction.message and interaction.message.embeds else None
            question = (embed.title or "").removeprefix("Q: ") if embed else ""
            text = (embed.description or "") if embed else ""
        await bot.feedback.append(
            {
                "vote": "helpful" if self.vote == "up" else "not_helpful",
                "answer_id": self.answer_id,
                "question": question,
                "answer": text,
                "user_sha256": user_hash(interaction.user.id, bot.settings.discord.feedback_salt),
                "guild_id": interaction.guild_id,
                "channel_id": interaction.channel_id,
            }
        )
        await interaction.response.send_message("Thanks, noted.", ephemeral=True)


class ShowSourcesButton(discord.ui.DynamicItem[discord.ui.Button], template=r"bb:src:(?P<id>[0-9a-f]{16})"):
    def __init__(self, answer_id: str):
        super().__init__(
            discord.ui.Button(
                label="Show sources", emoji="📚", style=discord.ButtonStyle.primary, custom_id=f"bb:src:{answer_id}"
            )
        )
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /):
        return cls(match["id"])

    async def callback(self, interaction: discord.Interaction["BlacklistBot"]) -> None:
        answer = interaction.client.answers.get(self.answer_id)
        if answer is None or not answer.citations:
            await interaction.response.send_message(
                "Those sources are no longer in memory: ask again to see them.", ephemeral=True
            )
            return
        messages = render.sources_embeds(answer)
        await interaction.response.send_message(embeds=messages[0], ephemeral=True)
        for embeds in messages[1:]:
            await interaction.followup.send(embeds=embeds, ephemeral=True)


def answer_view(answer_id: str, *, show_sources: bool) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(FeedbackButton("up", answer_id))
    view.add_item(FeedbackButton("down", answer_id))
    if show_sources:
        view.add_item(ShowSourcesButton(answer_id))
    return view
