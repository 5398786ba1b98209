"""Discord settings, read once from the environment and `.env` (every key is listed in .env.example).

Separate from `knowledge.settings.Settings` so the read side never learns about Discord.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def default_data_dir() -> Path:
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "blacklist-bot"


def _id_list(value: object) -> list[int]:
    """`"1, 2"` or `"[1, 2]"` or a list -> [1, 2]; empty -> []."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [int(v) for v in value]
    text = str(value).strip().strip("[]")
    return [int(part) for part in text.replace(";", ",").replace(" ", ",").split(",") if part.strip()]


class DiscordSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DISCORD_", env_file=".env", extra="ignore", env_ignore_empty=True)

    token: SecretStr | None = None                     # DISCORD_TOKEN (never logged)
    guild_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)          # sync commands here instantly
    moderator_role_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)  # besides Manage Server
    sync_commands: bool = True                         # sync the command tree at start-up
    cooldown_rate: int = 5                             # questions per user ...
    cooldown_per: float = 60.0                         # ... per this many seconds (/ask, mentions and threads)
    max_question_length: int = 500                     # characters
    sources_dir: Path = Path("sources")                # /addsource saves here; /reingest re-reads it
    reingest_paths: Annotated[list[Path], NoDecode] = Field(default_factory=list)  # extra folders for /reingest
    max_upload_bytes: int = 2_000_000                  # /addsource attachment limit
    data_dir: Path = Field(default_factory=default_data_dir)
    feedback_path: Path | None = None                  # default: <data_dir>/feedback.jsonl
    audit_log_path: Path | None = None                 # default: <data_dir>/audit.jsonl
    feedback_salt: str = ""                            # prefixed to user ids before hashing (keep it secret)
    workers: int = 4                                   # threads answering questions (model work, off the event loop)
    thread_history: int = 6                            # earlier questions of a thread passed as context
    log_level: str = "INFO"
    list_update_hours: float = 24.0                    # run `lists update` this often (0: never); tests set 0

    @field_validator("guild_ids", "moderator_role_ids", mode="before")
    @classmethod
    def _ids(cls, value: object) -> list[int]:
        return _id_list(value)

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

    @property
    def ingest_paths(self) -> list[Path]:
        from ingest.shipped import SHIPPED_ARTICLES

        # /reingest refreshes the shipped articles too; removals are per folder, so each keeps its own documents.
        paths = [SHIPPED_ARTICLES, self.sources_dir, *self.reingest_paths]
        out: list[Path] = []
        for p in paths:
            if p not in out:
                out.append(p)
        return out
