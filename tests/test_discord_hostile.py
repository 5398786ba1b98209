"""Hostile questions through the bot over the fake Discord: mentions are answered, never echoed as pings."""
import json

import pytest

from tests.conftest_discord import *  # noqa: F401,F403
from tests.conftest_discord import assert_no_mass_mentions, assert_within_limits
from tests.fake_discord import APP_ID, CHANNEL_ID, MOD_ROLE_ID

pytestmark = pytest.mark.asyncio(loop_scope="session")

PLAIN = "is huawei on the entity list?"


async def test_pings_in_a_question_are_answered_without_echo(discord_bot):
    fake, knowledge = discord_bot.fake, discord_bot.bot.knowledge
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

    only_pings = await fake.user_message(f"<@{APP_ID}> @everyone @here")
    reply = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"/channels/{CHANNEL_ID}/messages"
                                and (r.body or {}).get("message_reference", {}).get("message_id") == only_pings["id"])
    assert "Ask me a question" in reply.body["content"]

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
