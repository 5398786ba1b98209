"""The Discord face: a `commands.AutoShardedBot` subclass that owns one `Knowledge` (model + stores), loads one cog
per feature, answers through a worker pool (model work never runs on the event loop), and handles every app command
error in one place (the tree's `on_error`).

Sharded so several processes (on several machines, one Chroma server) share the load: DISCORD_SHARD_COUNT and
DISCORD_SHARD_IDS say which shards this process runs; unset, discord.py asks Discord for the count and runs them
all. Before a question the bot checks, at most every DISCORD_STORE_CHECK_SECONDS, that its lexical index still
matches the chunk store, which another process may have changed (README: "Running on several machines").

`run(settings)` is the entry point of `blacklist-bot run`; the bot reads the DISCORD_* group, `settings.discord`.
"""
from __future__ import annotations

import asyncio
import functools
import gc
import logging
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Callable, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from knowledge.models import Answer
from knowledge.settings import Settings

from .feedback import AnswerCache, FeedbackButton, JsonlLog, ShowSourcesButton

log = logging.getLogger("bot")

T = TypeVar("T")

EXTENSIONS = ("bot.cogs.ask", "bot.cogs.company", "bot.cogs.sources", "bot.cogs.moderation", "bot.cogs.meta",
              "bot.cogs.status")


# ---- checks shared by the cogs ----------------------------------------------------------------------------------
class NotModerator(app_commands.CheckFailure):
    """The user lacks Manage Server and every moderator role."""


class EmptyQuestion(app_commands.AppCommandError):
    """Nothing is left of the question once mentions and control characters are removed."""


class QuestionTooLong(app_commands.AppCommandError):
    def __init__(self, length: int, limit: int):
        super().__init__(f"question too long ({length} > {limit})")
        self.length, self.limit = length, limit


def is_moderator(bot: "BlacklistBot", member: discord.abc.User | None, permissions: discord.Permissions | None) -> bool:
    if not isinstance(member, discord.Member):
        return False
    if permissions is not None and (permissions.manage_guild or permissions.administrator):
        return True
    wanted = set(bot.settings.discord.moderator_role_ids)
    return bool(wanted) and any(role.id in wanted for role in member.roles)


def moderator_only() -> Callable[[T], T]:
    """Enforced by the bot as well as hidden by `default_permissions`: server admins can change who sees a command."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild is None:
            raise app_commands.NoPrivateMessage()
        if not is_moderator(interaction.client, interaction.user, interaction.permissions):  # type: ignore[arg-type]
            raise NotModerator("moderators only")
        return True

    return app_commands.check(predicate)


class RateLimiter:
    """Per-user cooldown shared by /ask, mentions and thread follow-ups."""

    def __init__(self, rate: int, per: float):
        self.rate, self.per = rate, per
        self._buckets: dict[int, app_commands.Cooldown] = {}
        self._last_prune = time.monotonic()

    def hit(self, user_id: int) -> float | None:
        """Counts one question; returns seconds to wait if over the limit (and then doesn't count it)."""
        now = time.monotonic()
        if now - self._last_prune > self.per * 2:
            self._buckets = {k: b for k, b in self._buckets.items() if b.get_tokens(now) < b.rate}
            self._last_prune = now
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = app_commands.Cooldown(self.rate, self.per)
        return bucket.update_rate_limit(now)

    def cooldown(self) -> app_commands.Cooldown:
        return app_commands.Cooldown(self.rate, self.per)

    def describe(self) -> str:
        per = int(self.per) if float(self.per).is_integer() else self.per
        return f"{self.rate} questions per {per} seconds"


def ask_cooldown() -> Callable[[T], T]:
    async def predicate(interaction: discord.Interaction) -> bool:
        bot: BlacklistBot = interaction.client  # type: ignore[assignment]
        retry = bot.limiter.hit(interaction.user.id)
        if retry:
            raise app_commands.CommandOnCooldown(bot.limiter.cooldown(), retry)
        return True

    return app_commands.check(predicate)


# ---- the tree: one error handler ----------------------------------------------------------------------------------
class BotTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        bot: BlacklistBot = self.client  # type: ignore[assignment]
        command = interaction.command.qualified_name if interaction.command else "?"
        if isinstance(error, app_commands.CommandInvokeError) and isinstance(error.original, (QuestionTooLong, EmptyQuestion)):
            error = error.original
        if isinstance(error, app_commands.CommandOnCooldown):
            message = f"Slow down: you can ask again in {error.retry_after:.0f}s ({bot.limiter.describe()})."
        elif isinstance(error, NotModerator):
            message = "This command is for moderators (Manage Server or a moderator role)."
            await bot.audit(interaction, command, outcome="denied")
        elif isinstance(error, app_commands.NoPrivateMessage):
            message = "This command only works in a server."
        elif isinstance(error, EmptyQuestion):
            message = "Ask a question in words, e.g. “can I still buy a Xiaomi phone?”."
        elif isinstance(error, QuestionTooLong):
            message = f"That question is {error.length} characters long; please keep it under {error.limit}."
        elif isinstance(error, app_commands.CheckFailure):
            message = "You can't use this command here."
        elif isinstance(error, app_commands.TransformerError):
            message = "I couldn't read one of the options; please check it and try again."
        else:
            ref = uuid.uuid4().hex[:8]
            original = getattr(error, "original", error)
            log.error("command /%s failed (ref %s)", command, ref, exc_info=original)
            message = f"Sorry, something went wrong on my side. It has been logged (ref `{ref}`)."
        await send_private(interaction, message)


async def send_private(interaction: discord.Interaction, message: str) -> None:
    """An ephemeral reply whether or not the interaction was already acknowledged."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True)
        else:
            await interaction.response.send_message(message, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not deliver an error message for interaction %s", interaction.id)


# ---- the bot ------------------------------------------------------------------------------------------------------
@contextmanager
def long_lived():
    """What is built in this block (a list update's name index) lives until it is replaced: no garbage collection
    while it is built, and out of the collector's full passes after (`gc.freeze`). Each full pass holds the GIL while
    it walks every tracked object; with ~700k of them (a registry holding the SDN list) one pass stalled the event
    loop for 1-2 s (benchmarks/load_soak.py), and passes during the build walked the new index again and again. A
    snapshot replaced later is still freed, by reference counting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
    gc.freeze()


# How long a question waits for this machine's lexical index to catch up with the chunk store before it is answered
# from the index as it is (the catch-up goes on): one new article takes well under a second, a large re-ingest on
# another machine can take longer, and the asker has already been told the bot is thinking.
CATCH_UP_WAIT = 2.0


class BlacklistBot(commands.AutoShardedBot):
    def __init__(self, settings: Settings, *, knowledge: Any | None = None, **options: Any):
        """`knowledge`: an already open `Knowledge` over the same settings (tests share one); by default the bot
        opens one in `setup_hook`, off the event loop."""
        ds = settings.discord
        options.setdefault("shard_count", ds.shard_count)
        options.setdefault("shard_ids", ds.shard_ids)
        intents = discord.Intents.none()
        intents.guilds = True            # guilds, channels, threads, roles
        intents.guild_messages = True    # mentions and thread follow-ups
        intents.dm_messages = True
        intents.message_content = True   # privileged: read the question in a mention
        super().__init__(
            command_prefix=commands.when_mentioned,  # unused: no prefix commands; on_message is overridden
            intents=intents,
            help_command=None,
            tree_cls=BotTree,
            # Answers quote article text that can contain @everyone or role mentions: nothing pings, ever.
            allowed_mentions=discord.AllowedMentions.none(),
            **options,
        )
        self.settings = settings
        self.knowledge = knowledge
        self.limiter = RateLimiter(ds.cooldown_rate, ds.cooldown_per)
        self.answers = AnswerCache()
        self.feedback = JsonlLog(ds.feedback_file)
        self.audit_log = JsonlLog(ds.audit_file)
        # A moderator's /reingest or /addsource: a second one is refused while it runs.
        self.ingest_lock = asyncio.Lock()
        # Writes to the list registry: the scheduled list update and /reingest (which reloads the shipped list data).
        # Apart from ingest_lock so that a list update never refuses or delays an /addsource, which writes articles
        # only; a /reingest that meets a list update waits for it (seconds) instead.
        self.registry_lock = asyncio.Lock()
        self.executor = ThreadPoolExecutor(max_workers=max(1, ds.workers), thread_name_prefix="knowledge")
        self._store_checked_at = float("-inf")
        self._catching_up: asyncio.Future | None = None

    async def setup_hook(self) -> None:
        if self.knowledge is None:
            from knowledge.api import Knowledge

            log.info("loading the model and the stores")
            self.knowledge = await asyncio.to_thread(Knowledge, self.settings)
            from ingest.api import ensure_shipped

            # A fresh store answers at once: index the shipped knowledge on first start (off the event loop).
            if await asyncio.to_thread(ensure_shipped, self.knowledge):
                log.info("indexed the shipped knowledge into a new store")
            # Build the lexical index and the name index now, not on the first user's question or keystroke.
            await asyncio.to_thread(self.knowledge.warm_up)
        for ext in EXTENSIONS:
            await self.load_extension(ext)
        self.add_dynamic_items(FeedbackButton, ShowSourcesButton)
        # The model, the libraries and the indexes are long-lived: collect once, before the gateway
        # connects (nothing waits on the loop yet), and keep what is left out of full passes (see `long_lived`).
        gc.collect()
        gc.freeze()
        # Commands belong to the application, not to a shard: with several processes only shard 0's syncs them.
        if self.settings.discord.sync_commands and self.settings.discord.runs_first_shard:
            await self.sync_commands()

    async def sync_commands(self) -> None:
        guild_ids = self.settings.discord.guild_ids
        if guild_ids:
            for gid in guild_ids:
                guild = discord.Object(id=gid)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d commands to guild %s", len(synced), gid)
        else:
            synced = await self.tree.sync()
            log.info("synced %d global commands (they can take up to an hour to appear)", len(synced))

    async def on_ready(self) -> None:
        log.info("ready as %s (id %s) in %d servers, shards %s of %s", self.user, self.user.id if self.user else "?",
                 len(self.guilds), sorted(self.shards), self.shard_count)

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: mentions and threads are handled by the ask cog's listener."""

    async def close(self) -> None:
        await super().close()
        self.executor.shutdown(wait=False, cancel_futures=True)

    # ---- the read side, off the event loop ----------------------------------------------------------------------
    async def in_worker(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a synchronous, CPU-bound knowledge call in the worker pool (never on the event loop)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    async def ask(self, question: str, history: list[str] | None = None) -> Answer:
        await self.keep_lexical_current()
        return await self.in_worker(self.knowledge.ask, question, history or None)

    async def keep_lexical_current(self) -> None:
        """At most every DISCORD_STORE_CHECK_SECONDS, before a question: compare the chunk store's generation with
        this machine's lexical index and, when another process's ingest changed the store (another machine on the
        same Chroma server), re-index the documents that differ, in a thread. The question waits for that at most
        CATCH_UP_WAIT seconds; questions asked meanwhile do not start another. Skipped while this process ingests
        (its ingest keeps the index in step)."""
        every = self.settings.discord.store_check_seconds
        if every <= 0 or self.ingest_lock.locked():
            return
        if self._catching_up is None or self._catching_up.done():
            now = time.monotonic()
            if now - self._store_checked_at < every:
                return
            self._store_checked_at = now
            self._catching_up = asyncio.ensure_future(asyncio.to_thread(self._catch_up))
        try:
            await asyncio.wait_for(asyncio.shield(self._catching_up), CATCH_UP_WAIT)
        except asyncio.TimeoutError:
            log.info("the lexical index is still catching up with the chunk store; answering from it as it is")

    def _catch_up(self) -> None:
        """Worker thread: bring the lexical index up to the chunk store, then switch readers to it."""
        from ingest.api import ensure_lexical

        try:
            ensure_lexical(self.knowledge)
        except Exception as exc:  # the store unreachable: the question reports it; the next check tries again
            log.warning("could not check the lexical index against the chunk store: %s", exc)

    def check_question(self, question: str) -> str:
        """The question without mentions, control characters or zalgo (bot/question.py), within the length limit."""
        from .question import BadQuestion, clean_question

        try:
            question = clean_question(question)
        except BadQuestion:
            raise EmptyQuestion("empty question") from None
        limit = self.settings.discord.max_question_length
        if len(question) > limit:
            raise QuestionTooLong(len(question), limit)
        return question

    async def audit(self, interaction: discord.Interaction, action: str, *, outcome: str, **detail: Any) -> None:
        record = {
            "action": action,
            "outcome": outcome,
            "user_id": str(interaction.user.id),
            "user": str(interaction.user),
            "guild_id": str(interaction.guild_id) if interaction.guild_id else None,
            "channel_id": str(interaction.channel_id) if interaction.channel_id else None,
            **detail,
        }
        log.info("audit: %s %s by %s (%s)", action, outcome, interaction.user, interaction.user.id)
        try:
            await self.audit_log.append(record)
        except OSError:
            log.exception("could not write the audit log %s", self.audit_log.path)


# ---- entry point --------------------------------------------------------------------------------------------------
def run(settings: Settings) -> int:
    """Start the bot; returns a process exit code. A missing or rejected token is one clear line on stderr."""
    ds = settings.discord
    if not logging.getLogger().handlers:
        discord.utils.setup_logging(level=getattr(logging, ds.log_level.upper(), logging.INFO), root=True)
    if ds.token is None:
        print("error: DISCORD_TOKEN is not set; put it in the environment or in .env (see 'Run it in Discord' in README.md)", file=sys.stderr)
        return 2

    async def main() -> None:
        async with BlacklistBot(settings) as bot:
            await bot.start(ds.token.get_secret_value())

    try:
        asyncio.run(main())
    except discord.LoginFailure:
        print("error: Discord rejected DISCORD_TOKEN (401 Unauthorized); reset it in the developer portal's Bot page", file=sys.stderr)
        return 2
    except discord.PrivilegedIntentsRequired:
        print("error: enable the Message Content intent for this bot in the developer portal (Bot > Privileged Gateway Intents)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    return 0
