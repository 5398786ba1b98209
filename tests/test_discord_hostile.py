"""Hostile questions through the bot over the fake Discord: mentions are answered, never echoed as pings."""
import json

import pytest

from harness.bot import start_bot, stop_bot
from harness.fake_discord import APP_ID, CHANNEL_ID, MOD_ROLE_ID
from tests.support import assert_no_mass_mentions, assert_within_limits

pytestmark = pytest.mark.asyncio(loop_scope="session")

PLAIN = "is huawei on the entity list?"


@pytest.fixture
async def roomy_bot(knowledge, tmp_path):
    h = await start_bot(knowledge, tmp_path, cooldown_rate=100)  # many questions from one user in this test
    try:
        yield h
    finally:
        await stop_bot(h)


async def test_pings_in_a_question_are_answered_without_echo(roomy_bot):
    fake, knowledge = roomy_bot.fake, roomy_bot.bot.knowledge
    inter = await fake.slash("ask", {"question": f"@everyone <@&{MOD_ROLE_ID}> {PLAIN}"})
    done = await fake.followup(inter)
    embed = done.body["embeds"][0]
    from bot import render

    assert embed["description"] == render.answer_embed(knowledge.ask(PLAIN)).embed.description
    assert "@everyone" not in json.dumps(done.body) and "<@&" not in json.dumps(done.body)

    msg = await fake.user_message(f"<@{APP_ID}> @everyone {PLAIN}")
    thread = await fake.wait_for(lambda r: r.path == f"/channels/{CHANNEL_ID}/messages/{msg['id']}/threads")
    assert thread.body["name"] == PLAIN  # the thread is named after the question, without the ping
    answer = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"/channels/{msg['id']}/messages")
    assert "huawei" in json.dumps(answer.body).lower() and "@everyone" not in json.dumps(answer.body)

    start = len(fake.requests)
    await fake.user_message(f"<@{APP_ID}> @everyone @here")
    reply = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"/channels/{CHANNEL_ID}/messages",
                                start=start)
    assert "Ask me a question" in reply.body["content"]
    assert not any(r.path.endswith("/threads") for r in fake.requests[start:])  # nothing to answer: no thread

    for hostile in ("\x00\x00", "🚫📱❓", "[click](https://evil.example) **is DJI banned?**", "华为被禁了吗？"):
        inter = await fake.slash("ask", {"question": hostile})
        ack = await inter.acknowledged()
        if ack.body["type"] == 4:  # answered at once: only for a question with nothing left in it
            assert hostile == "\x00\x00" and "in words" in ack.body["data"]["content"]
            continue
        done = await fake.followup(inter)
        assert done.body.get("embeds"), hostile
    assert_no_mass_mentions(fake)
    assert_within_limits(fake)
