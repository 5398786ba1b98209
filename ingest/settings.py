"""Ingest settings, read once from the environment and `.env` (prefix BLACKLIST_BOT_, like the read side's)."""
from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLACKLIST_BOT_", env_file=".env", extra="ignore", env_ignore_empty=True)

    # Larger source files are refused before they are read: an article is tens of kilobytes; 2 MB of text is
    # ~3,000 chunks and minutes of embedding on a CPU.
    max_source_bytes: int = 2_000_000
    writer_wait: float = 30.0          # seconds a second writer waits for the store before giving up
    writer_lease: float = 60.0         # Chroma server mode: a lock not renewed for this long is a dead writer's
    fetch_timeout: float = 15.0        # /addsource by URL: seconds for connecting and for each read
    fetch_max_bytes: int = 2_000_000   # /addsource by URL: largest page read
    fetch_max_redirects: int = 3
    fetch_allow_private: bool = False  # allow loopback, private and link-local addresses (tests, intranets)


def ingest_settings() -> IngestSettings:
    return IngestSettings()
