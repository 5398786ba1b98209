"""/ask, mentions and threads, over the real discord.py client and the fake Discord."""
import asyncio
import hashlib
import json

import pytest

from bot import render

from harness.bot import start_bot, stop_bot
from harness.fake_discord import APP_ID, CHANNEL_ID, USER_ID
from tests.support import assert_no_mass_mentions, assert_within_limits

pytestmark = pytest.mark.asyncio(loop_scope="session")

XIAOMI = "can i still buy a xiaomi phone?"


async def test_ask_acknowledges_at_once_then_answers_with_sources(discord_bot):
    fake = discord_bot.fake
    inter = await fake.slash("ask", {"question": XIAOMI})
    ack = await inter.acknowledged()
    assert ack.body["type"] == 5                       # deferred: "blacklist-bot is thinking…"
    assert ack.at - inter.sent_at < 3.0
    done = await fake.followup(inter)
    assert done.at >= ack.at
    embed = done.body["embeds"][0]
    assert embed["title"].startswith("Q: can i still buy a xiaomi phone")
    assert "[1]" in embed["description"]
    sources = next(f for f in embed["fields"] if f["name"] == "Sources")["value"]
    assert "](<https://" in sources and "2021-" in sources  # numbered links without previews, with dates
    assert any(f["name"].startswith("[1]") and f["value"].startswith(">") for f in embed["fields"])  # snippet
    buttons = [c["custom_id"] for row in done.body["components"] for c in row["components"]]
    assert any(b.startswith("bb:fb:up:") for b in buttons) and any(b.startswith("bb:fb:down:") for b in buttons)
    assert not done.body.get("flags", 0) & 64
    assert_within_limits(fake)
    assert_no_mass_mentions(fake)


async def test_acknowledgement_stays_fast_while_many_questions_run(discord_bot):
    fake = discord_bot.fake
    inters = [await fake.slash("ask", {"question": f"is huawei on the entity list? ({i})"}, user_id=USER_ID + 10 + i)
              for i in range(8)]
    acks = await asyncio.gather(*(i.acknowledged() for i in inters))
    assert max(a.at - i.sent_at for a, i in zip(acks, inters)) < 3.0
    dones = await asyncio.gather(*(fake.followup(i) for i in inters))
    assert all(d.body["embeds"] for d in dones)
    # every defer was sent before its answer, and at least one defer went out before the first answer arrived
    assert min(a.at for a in acks) < min(d.at for d in dones)


async def test_private_ask_is_ephemeral(discord_bot):
    fake = discord_bot.fake
    inter = await fake.slash("ask", {"question": "is huawei on the entity list?", "private": True})
    ack = await inter.acknowledged()
    assert ack.body["data"]["flags"] & 64
    done = await fake.followup(inter)
    assert done.body["flags"] & 64


async def test_ask_works_in_dms(discord_bot):
    fake = discord_bot.fake
    inter = await fake.slash("ask", {"question": XIAOMI}, dm=True)
    assert (await inter.acknowledged()).body["type"] == 5
    done = await fake.followup(inter)
    assert done.body["embeds"][0]["title"].startswith("Q:")


async def test_feedback_button_records_vote_with_hashed_user(discord_bot):
    fake = discord_bot.fake
    inter = await fake.slash("ask", {"question": XIAOMI})
    done = await fake.followup(inter)
    message = fake.messages[max(fake.messages)]  # the follow-up message the fake stored
    custom_id = next(c["custom_id"] for row in done.body["components"] for c in row["components"]
                     if c["custom_id"].startswith("bb:fb:down:"))
    click = await fake.click(message, custom_id)
    ack = await click.acknowledged()
    assert ack.body["type"] == 4 and ack.body["data"]["flags"] & 64
    path = discord_bot.discord.feedback_file
    for _ in range(50):
        if path.exists():
            break
        await asyncio.sleep(0.05)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert records[-1]["vote"] == "not_helpful"
    assert records[-1]["question"] == XIAOMI
    assert records[-1]["answer"] and "[1]" in records[-1]["answer"]
    assert records[-1]["user_sha256"] == hashlib.sha256(str(USER_ID).encode()).hexdigest()
    assert str(USER_ID) not in path.read_text()


async def test_cooldown_answers_privately_with_the_wait(knowledge, tmp_path):
    h = await start_bot(knowledge, tmp_path, cooldown_rate=2, cooldown_per=60)
    try:
        fake = h.fake
        for _ in range(2):
            inter = await fake.slash("ask", {"question": XIAOMI})
            assert (await inter.acknowledged()).body["type"] == 5
        third = await fake.slash("ask", {"question": XIAOMI})
        ack = await third.acknowledged()
        assert ack.body["type"] == 4 and ack.body["data"]["flags"] & 64
        assert "Slow down" in ack.body["data"]["content"] and "again in" in ack.body["data"]["content"]
        # the same limit applies to mentions
        start = len(fake.requests)
        msg = await fake.user_message(f"<@{APP_ID}> {XIAOMI}")
        reply = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"/channels/{CHANNEL_ID}/messages",
                                    start=start)
        assert "Slow down" in reply.body["content"]
        assert str(reply.body["message_reference"]["message_id"]) == msg["id"]
        assert_no_mass_mentions(fake)
    finally:
        await stop_bot(h)


async def test_question_length_cap(discord_bot):
    fake = discord_bot.fake
    inter = await fake.slash("ask", {"question": "why " * 200})
    ack = await inter.acknowledged()
    assert ack.body["type"] == 4 and ack.body["data"]["flags"] & 64
    assert "characters long" in ack.body["data"]["content"]


async def test_mention_opens_thread_and_follow_up_uses_history(discord_bot):
    fake = discord_bot.fake
    msg = await fake.user_message(f"<@{APP_ID}> {XIAOMI}")
    thread_req = await fake.wait_for(lambda r: r.path == f"/channels/{CHANNEL_ID}/messages/{msg['id']}/threads")
    assert thread_req.body["name"] == XIAOMI
    thread_id = int(msg["id"])
    first = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"/channels/{thread_id}/messages")
    assert "xiaomi" in first.body["embeds"][0]["title"].lower()
    # the bot showed it was working: a reaction on the question and typing in the thread
    assert any(r.method == "PUT" and "/reactions/" in r.path and msg["id"] in r.path for r in fake.requests)
    assert any(r.path == f"/channels/{thread_id}/typing" for r in fake.requests)

    start = len(fake.requests)
    await fake.user_message("and huawei?", channel_id=thread_id)
    second = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"/channels/{thread_id}/messages",
                                 start=start)
    embed = second.body["embeds"][0]
    assert embed["title"] == "Q: and huawei?"
    assert "huawei" in json.dumps(embed).lower()
    # the follow-up was answered with the thread's earlier question as context: the same answer the read side
    # gives for ("and huawei?", history=[the first question])
    knowledge = discord_bot.bot.knowledge
    with_history = render.answer_embed(knowledge.ask("and huawei?", [XIAOMI])).embed.description
    assert embed["description"] == with_history
    assert not any(r.path.endswith("/threads") for r in fake.requests[start:])  # no second thread
    assert_no_mass_mentions(fake)


async def test_messages_without_mention_outside_threads_are_ignored(discord_bot):
    fake = discord_bot.fake
    start = len(fake.requests)
    await fake.user_message(XIAOMI)
    await asyncio.sleep(0.5)
    assert not fake.requests[start:]


async def test_quoted_mass_mentions_never_ping(discord_bot):
    fake = discord_bot.fake
    inter = await fake.slash("ask", {"question": "was kaspersky antivirus added to the FCC covered list?"})
    done = await fake.followup(inter)
    text = json.dumps(done.body)
    assert "@everyone" not in text.replace("@\\u200beveryone", "")
    msg = await fake.user_message(f"<@{APP_ID}> what does the forum post about kaspersky say?")
    await fake.wait_for(lambda r: r.method == "POST" and r.path == f"/channels/{msg['id']}/messages")
    assert_no_mass_mentions(fake)
    assert_within_limits(fake)
