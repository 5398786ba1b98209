"""The buttons under an answer, end to end over the real discord.py client and the fake Discord: votes that
moderators read back with /feedback, and "Show sources" when the answer's snippets had to be trimmed."""
import asyncio
import json
from datetime import datetime, timezone

import pytest

from bot import render
from harness.bot import start_bot, stop_bot
from harness.fake_discord import ADMIN_ID, GUILD_ID, MOD_ID, USER_ID
from tests.support import CORPUS, assert_no_mass_mentions, assert_within_limits, buttons, message_with_button

pytestmark = pytest.mark.asyncio(loop_scope="session")

XIAOMI = "can i still buy a xiaomi phone?"
HUAWEI = "is huawei on the entity list?"


async def ask_and_vote(fake, question: str, vote: str, *, user_id: int) -> dict:
    """/ask, then press 👍 ("up") or 👎 ("down") under the answer: a real component INTERACTION_CREATE."""
    inter = await fake.slash("ask", {"question": question}, user_id=user_id)
    done = await fake.followup(inter)
    custom_id = next(c for c in buttons(done).values() if c.startswith(f"bb:fb:{vote}:"))
    click = await fake.click(message_with_button(fake, custom_id), custom_id, user_id=user_id)
    ack = await click.acknowledged()  # sent after the vote was appended to the file
    assert ack.body["type"] == 4 and ack.body["data"]["flags"] & 64
    return done.body


async def audit_records(settings) -> list[dict]:
    await asyncio.sleep(0.2)
    return [json.loads(line) for line in settings.audit_file.read_text().splitlines()]


# ---- /feedback ----------------------------------------------------------------------------------------------------
async def test_moderator_reads_votes_privately_and_others_are_denied(discord_bot):
    fake, settings = discord_bot.fake, discord_bot.discord
    synced = {c["name"]: c for c in fake.commands[GUILD_ID]}
    assert str(synced["feedback"]["default_member_permissions"]) == str(1 << 5)  # hidden: Manage Server
    assert synced["feedback"].get("contexts") == [0] or synced["feedback"].get("dm_permission") is False

    first = await ask_and_vote(fake, XIAOMI, "up", user_id=USER_ID)
    await ask_and_vote(fake, HUAWEI, "down", user_id=USER_ID + 7)
    # a vote cast in another server is not this server's moderators' business
    with settings.feedback_file.open("a") as fh:
        fh.write(json.dumps({"time": "2025-01-01T00:00:00+00:00", "vote": "helpful", "question": "elsewhere?",
                             "answer": "x", "user_sha256": "0" * 64, "guild_id": 42, "channel_id": 43}) + "\n")
        fh.write('{"time": "2025-01-01T00:00:01+00:00", "vote": "helpf')  # a torn line is skipped, not fatal

    # an ordinary member is refused, privately, and the refusal is audited
    denied = await fake.slash("feedback", user_id=USER_ID)
    ack = await denied.acknowledged()
    assert ack.body["type"] == 4 and ack.body["data"]["flags"] & 64
    assert "moderators" in ack.body["data"]["content"] and not ack.body["data"].get("embeds")
    audit = await audit_records(settings)
    assert (audit[-1]["action"], audit[-1]["outcome"], audit[-1]["user_id"]) == ("feedback", "denied", str(USER_ID))

    # a moderator (by role, without Manage Server) sees the counts and the latest votes, privately
    inter = await fake.slash("feedback", user_id=MOD_ID)
    ack = await inter.acknowledged()
    assert ack.body["type"] == 5 and ack.body["data"]["flags"] & 64
    done = await fake.followup(inter)
    assert done.body["flags"] & 64
    embed = done.body["embeds"][0]
    assert "**Helpful** 1" in embed["description"] and "**Not helpful** 1" in embed["description"]
    assert "2 votes" in embed["description"]
    fields = embed["fields"]
    assert [f["name"].split(" · ")[0] for f in fields] == ["👎 Not helpful", "👍 Helpful"]  # newest first
    year = str(datetime.now(timezone.utc).year)
    assert all(f["name"].endswith(" UTC") and year in f["name"] for f in fields)      # the time
    assert "huawei" in fields[0]["value"] and "xiaomi" in fields[1]["value"]           # the question
    answer_text = first["embeds"][0]["description"]
    assert "**A** " in fields[1]["value"]
    shown = fields[1]["value"].split("**A** ", 1)[1]
    assert len(shown) < len(answer_text) and shown.endswith("…")                       # a trimmed answer
    assert "elsewhere" not in json.dumps(embed)
    text = json.dumps(done.body)
    for uid in (USER_ID, USER_ID + 7):
        assert str(uid) not in text                                                     # never who voted
    for line in settings.feedback_file.read_text().splitlines()[:2]:
        assert json.loads(line)["user_sha256"] not in text
    assert_within_limits(fake)
    assert_no_mass_mentions(fake)

    audit = await audit_records(settings)
    assert audit[-1]["action"] == "feedback" and audit[-1]["outcome"] == "viewed"
    assert audit[-1]["user_id"] == str(MOD_ID) and audit[-1]["helpful"] == 1 and audit[-1]["not_helpful"] == 1

    # the count of recent votes is an option; in DMs the command doesn't run
    one = await fake.slash("feedback", {"recent": 1}, user_id=ADMIN_ID)
    assert len((await fake.followup(one)).body["embeds"][0]["fields"]) == 1
    dm = await fake.slash("feedback", user_id=ADMIN_ID, dm=True)
    assert "only works in a server" in (await dm.acknowledged()).body["data"]["content"]


# ---- "Show sources" -----------------------------------------------------------------------------------------------
LONG_ARTICLE = """---
title: "ZTE's 2018 denial order, in unusually long sentences"
url: https://example.org/zte-denial-order-2018
published: 2018-04-16
---

In April 2018 the Commerce Department's Bureau of Industry and Security activated a denial order against ZTE Corporation, the Shenzhen telecommunications equipment maker, because the company had made false statements about disciplining the employees responsible for shipping American-origin equipment to Iran and North Korea, and that denial order barred every American company from selling ZTE any components, software or technology for seven years, which within weeks forced ZTE to halt its main operations because its phones and network gear depended on American chips from Qualcomm and software from Google.

The ZTE denial order was lifted in July 2018 after ZTE agreed to pay a one billion dollar penalty, to place another four hundred million dollars in escrow against future violations, to replace its entire board of directors and senior leadership within thirty days, and to accept a team of compliance coordinators chosen by the Commerce Department who would monitor the company for ten years, so that ZTE phones could once again be built with American components and sold with Google's Android services @everyone.
"""


@pytest.fixture
async def long_bot(knowledge, tmp_path, corpus_dir):
    """A bot over its own store (the session's model, a real Chroma in tmp) holding an article whose sentences are
    too long for an answer's snippet fields."""
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "zte-long.md").write_text(LONG_ARTICLE, encoding="utf-8")
    (folder / CORPUS[0]).write_bytes((corpus_dir / CORPUS[0]).read_bytes())
    k = Knowledge(Settings(_env_file=None, store=tmp_path / "store"), embeddings=knowledge.embeddings)
    report = await asyncio.to_thread(ingest, k, [folder])
    assert report.added == 2, report
    h = await start_bot(k, tmp_path)
    try:
        yield h
    finally:
        await stop_bot(h)


async def test_show_sources_button_sends_the_full_snippets_privately(long_bot):
    fake = long_bot.fake
    question = "why was the ZTE denial order lifted?"
    inter = await fake.slash("ask", {"question": question})
    done = await fake.followup(inter)
    embed = done.body["embeds"][0]
    snippet_fields = [f for f in embed["fields"] if f["name"].startswith("[")]
    assert snippet_fields and all(f["value"].startswith("> ") for f in snippet_fields)
    assert any(f["value"].endswith("…") for f in snippet_fields)  # trimmed to fit the answer
    assert not any("@everyone" in f["value"] for f in snippet_fields)
    labels = buttons(done)
    assert "Show sources" in labels and labels["Show sources"].startswith("bb:src:")

    # the answer the bot gave, as the read side gives it: its citations are what "Show sources" must show in full
    answer = long_bot.bot.knowledge.ask(question)
    assert render.answer_embed(answer).embed.description == embed["description"]
    assert any(len(c.snippet) > 300 for c in answer.citations)

    start = len(fake.requests)
    click = await fake.click(message_with_button(fake, labels["Show sources"]), labels["Show sources"])
    ack = await click.acknowledged()
    assert ack.body["type"] == 4 and ack.body["data"]["flags"] & 64  # a private reply, not an edit of the answer
    shown = list(ack.body["data"]["embeds"])
    # any further messages are private follow-ups
    await asyncio.sleep(0.3)
    for r in fake.requests[start:]:
        if r.method == "POST" and "/webhooks/" in r.path and click.token in r.path:
            assert r.body["flags"] & 64
            shown += r.body["embeds"]
    assert len(shown) == len(answer.citations)
    for c, e in zip(answer.citations, shown):
        assert e["title"].startswith(f"[{c.n}] ")
        full = render.quote(c.snippet)
        assert e["description"] == full and not full.endswith("…")  # the whole snippet, untrimmed
        assert "@\u200beveryone" in full or "@everyone" not in c.snippet      # quoted mentions are broken
        assert e.get("url") == c.url and str(c.published) in e["footer"]["text"]
    assert_within_limits(fake)
    assert_no_mass_mentions(fake)
