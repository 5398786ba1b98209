"""List data freshness as people see it: /status over the real discord.py client and the fake Discord, the bot's
scheduled `lists update` against a server on 127.0.0.1, and "list data as of" on answers (flagged when stale)."""
from __future__ import annotations

import asyncio
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from bot import render
from bot.cli import format_answer
from knowledge.models import Answer, Citation
from harness.bot import start_bot, stop_bot
from tests.support import EL, ListServer, list_settings

session_loop = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture
def list_server():
    s = ListServer()
    s.serve("/csl.csv", "csl-v1.csv", etag='"csl-1"')
    s.serve("/sdn.csv", "sdn.csv", etag='"sdn-1"')
    s.serve("/alt.csv", "alt.csv", etag='"alt-1"')
    s.serve("/1260h.json", "1260h.ftm.json", etag='"1260h-1"')
    s.serve("/fcc.json", "fcc.ftm.json", status=500)          # this one fails
    yield s
    s.close()


@session_loop
async def test_scheduled_update_refreshes_readers_and_status_shows_freshness(list_server, tmp_path, embeddings):
    from knowledge.api import Knowledge

    k = Knowledge(list_settings(list_server, tmp_path / "store"), embeddings)
    assert not any(m.match for m in k.lookup("Quillfeather Optics"))
    h = await start_bot(k, tmp_path, list_update_hours=24)
    try:
        cog = h.bot.get_cog("Status")
        for _ in range(200):                                   # the first run starts once the bot is ready
            if cog.runs:
                break
            await asyncio.sleep(0.1)
        assert cog.runs == 1
        # the bot's readers answer from the new version without a restart
        (m,) = [m for m in k.lookup("Quillfeather Optics") if m.match]
        assert [l.status for l in m.entity.listings if l.list == EL] == ["active"]
        assert [r.status for r in cog.last_report.results] == ["updated", "updated", "updated", "failed"]

        # age one source past the staleness limit
        conn = sqlite3.connect(k.registry.path)
        old = (datetime.now(timezone.utc) - timedelta(days=45)).isoformat()
        conn.execute("UPDATE list_files SET checked_at=? WHERE source='dod-1260h'", (old,))
        conn.commit()
        conn.close()

        inter = await h.fake.slash("status")
        ack = await inter.acknowledged()
        assert ack.body["type"] == 5 and ack.body["data"]["flags"] & 64          # private to the asker
        done = await h.fake.followup(inter)
        embed = done.body["embeds"][0]
        assert embed["title"] == "List data status" and "out of date" in embed["description"]
        fields = {f["name"]: f["value"] for f in embed["fields"]}
        csl = next(v for n, v in fields.items() if "Consolidated Screening List" in n)
        assert next(n for n in fields if "Consolidated Screening List" in n).startswith("✅")
        assert f"**Data as of** {date.today().isoformat()}" in csl and "**SHA-256** `" in csl
        assert "**File date** 2026-11-30" in csl
        stale = next(n for n in fields if "1260H" in n)
        assert stale.startswith("⚠") and "over 30 days old" in fields[stale]
        failed = next(n for n in fields if "FCC Covered List" in n)
        assert failed.startswith("❌") and "HTTP 500" in fields[failed]
        assert "Data older than 30 days is flagged" in embed["footer"]["text"]
    finally:
        await stop_bot(h)


@session_loop
async def test_answer_resting_on_list_data_says_how_fresh_it_is(discord_bot):
    fake, knowledge = discord_bot.fake, discord_bot.bot.knowledge
    sources = {s.source: s for s in knowledge.list_sources()}
    shipped = sources["shipped"]                               # recorded when the shipped list data was loaded
    assert shipped.as_of is not None and shipped.sha256
    inter = await fake.slash("ask", {"question": "is huawei on the entity list?"})
    done = await fake.followup(inter)
    footer = done.body["embeds"][0]["footer"]["text"]
    assert f"List data as of {shipped.as_of.isoformat()}" in footer
    assert ("out of date" in footer) == ((date.today() - shipped.as_of).days > 30)


def _answer(**freshness) -> Answer:
    c = Citation(1, "Entity List (Bureau of Industry and Security)", "https://example.gov/el", "list data: Entity List",
                 date(2019, 5, 16), "Huawei: the Entity List since May 16, 2019.")
    return Answer("is huawei listed?", True, "Huawei is on the Entity List [1].", [c], date(2019, 5, 16), **freshness)


def test_stale_list_data_is_flagged_in_the_terminal_and_in_discord():
    stale = _answer(list_data_as_of=date(2026, 1, 5), list_data_stale=True)
    fresh = _answer(list_data_as_of=date(2026, 11, 30))
    assert "List data as of 2026-01-05 (out of date: check the official list)." in format_answer(stale)
    assert "List data as of 2026-11-30." in format_answer(fresh)
    assert "List data" not in format_answer(_answer())
    footer = render.answer_embed(stale).embed.footer.text
    assert footer.startswith("⚠ List data as of 2026-01-05 (out of date")
    assert "out of date" not in render.answer_embed(fresh).embed.footer.text
