"""Helpers the tests share: plain functions and constants, imported as `from tests.support import ...` (fixtures live
in tests/conftest.py; the fake Discord and the bot started against it in harness/, shared with benchmarks/)."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from harness.fake_discord import FakeDiscord
from harness.list_server import FIXTURES, ListServer  # noqa: F401  (tests import them from here)
from knowledge.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "knowledge" / "articles"
SEED = ARTICLES / "xiaomi-blacklist-2021.txt"


def write_article(folder: Path, name: str, title: str, published: str | None, body: str, url: str | None = None) -> Path:
    """A Markdown source with front matter, as moderators add them."""
    folder.mkdir(parents=True, exist_ok=True)
    meta = [f'title: "{title}"']
    if url:
        meta.append(f"url: {url}")
    if published:
        meta.append(f"published: {published}")
    path = folder / name
    path.write_text("---\n" + "\n".join(meta) + "\n---\n\n" + body.strip() + "\n", encoding="utf-8")
    return path


# ---- the command line, as a user runs it ----------------------------------------------------------------------
def cli(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """`blacklist-bot ARGS` in a subprocess, with no BLACKLIST_BOT_STORE from the caller's environment."""
    full_env = {k: v for k, v in os.environ.items() if k != "BLACKLIST_BOT_STORE"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
        env=full_env, timeout=300,
    )


# ---- list files ---------------------------------------------------------------------------------------------------
CSL_HEADER = ("_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,"
              "end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,"
              "gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,"
              "dates_of_birth,nationalities,places_of_birth,source_information_url,ids")
EL = "Entity List (EL) - Bureau of Industry and Security"
CMIC = "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department"
SDN = "Specially Designated Nationals (SDN) - Treasury Department"


def csl_row(_id, source, name, alt="", start="", fr="", end=""):
    cells = [""] * 29
    cells[0], cells[1], cells[5], cells[22], cells[9], cells[8], cells[10] = _id, source, name, alt, start, fr, end
    return ",".join('"' + c.replace('"', '""') + '"' for c in cells)


def entity_row(n: int, name: str, alt: str = "", address: str = "", prefix: str = "r", kind: str = "") -> str:
    """An Entity List row of a CSL file, with its a.k.a.s (";"-separated), and an address and a type ("Vessel")
    when given."""
    cells = csl_row(f"{prefix}{n}", EL, name, alt).split(",")
    if address:
        cells[7] = '"' + address + '"'
    if kind:
        cells[3] = '"' + kind + '"'
    return ",".join(cells)


def csl_registry(folder: Path, rows: list[str]):
    """A registry holding these CSL rows, imported as of 2024-01-01 (the caller closes it)."""
    from ingest.lists import import_file
    from knowledge.lookup import Registry

    path = folder / "csl.csv"
    path.write_text(CSL_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    registry = Registry.open(folder / "registry.sqlite3")
    import_file(registry, path, as_of=date(2024, 1, 1))
    return registry


def top_match(registry, query: str):
    """The best candidate when it is flagged a match, else None: what `/company` shows as found."""
    found = registry.lookup(query)
    return found[0] if found and found[0].match else None


def matched_name(registry, query: str) -> str | None:
    m = top_match(registry, query)
    return m.entity.name if m else None


def no_match(registry, query: str) -> bool:
    """The query finds no listed firm: no candidate strong enough to be a match."""
    return top_match(registry, query) is None


def list_settings(server: ListServer, store: Path, **overrides) -> Settings:
    """Settings over `store` that fetch every official list file from `server`, with small limits."""
    values = dict(
        store=store, list_csl_url=server.base + "/csl.csv", list_sdn_url=server.base + "/sdn.csv",
        list_sdn_alt_url=server.base + "/alt.csv", list_1260h_url=server.base + "/1260h.json",
        list_fcc_url=server.base + "/fcc.json", list_timeout=1.0, list_max_bytes=100_000,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


# ---- Discord ------------------------------------------------------------------------------------------------------
# The Discord tests' corpus: three shipped articles and a post full of mentions.
CORPUS = ("xiaomi-added-to-pentagon-list-jan-2021.md", "xiaomi-phones-never-banned.md", "huawei-entity-list-may-2019.md")
MENTIONS_ARTICLE = """---
title: "A forum post that shouts"
url: https://example.org/forum/shouting
published: 2024-02-02
---

@everyone Kaspersky antivirus was added to the FCC Covered List in March 2022, the post says <@&1100000000000000400>.
"""


def assert_no_mass_mentions(fake: FakeDiscord) -> None:
    """Every message the bot sent or edited carries allowed_mentions that ping no one in bulk."""
    sent = fake.sent_messages()
    assert sent, "the bot sent nothing"
    for r in sent:
        data = r.message_data()
        am = data.get("allowed_mentions")
        assert am is not None, f"{r.method} {r.path} has no allowed_mentions: {data}"
        assert "everyone" not in am.get("parse", []) and "roles" not in am.get("parse", []), (r.path, am)
        assert am.get("parse") == [], (r.path, am)
        assert not am.get("roles"), (r.path, am)


def assert_within_limits(fake: FakeDiscord) -> None:
    """Every message the bot sent or edited fits Discord's limits (content, embeds, fields, 6,000 per message)."""
    for r in fake.sent_messages():
        data = r.message_data()
        assert len(data.get("content") or "") <= 2000
        embeds = data.get("embeds") or []
        total = 0
        for e in embeds:
            assert len(e.get("title", "")) <= 256
            assert len(e.get("description", "")) <= 4096
            assert len(e.get("fields", [])) <= 25
            for f in e.get("fields", []):
                assert len(f["name"]) <= 256 and len(f["value"]) <= 1024
            total += len(e.get("title", "")) + len(e.get("description", "")) + len((e.get("footer") or {}).get("text", ""))
            total += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
        assert total <= 6000


def buttons(record) -> dict[str, str]:
    """label -> custom_id of every button on a message the bot sent (a follow-up, a callback or a channel post)."""
    data = record.message_data() if hasattr(record, "message_data") else record
    return {c.get("label") or c["custom_id"]: c["custom_id"]
            for row in data.get("components") or [] for c in row.get("components", []) if "custom_id" in c}


def message_with_button(fake: FakeDiscord, custom_id: str) -> dict:
    """The stored message carrying the button `custom_id` (what a click's INTERACTION_CREATE refers to)."""
    return next(m for m in reversed(list(fake.messages.values()))
                if any(c.get("custom_id") == custom_id for row in m.get("components") or [] for c in row["components"]))
