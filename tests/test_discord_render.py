"""Rendering stays inside Discord's limits by trimming, never by failing; and `blacklist-bot run` fails in one line."""
import json
from datetime import date

import discord
import pytest

from bot import render
from bot.client import run
from bot.feedback import VoteSummary, summarise_votes
from knowledge.models import Answer, Citation, Entity, IngestReport, Listing, Match, SkippedFile, SourceInfo
from knowledge.settings import Settings
from harness.bot import make_settings
from harness.fake_discord import TOKEN, FakeDiscordThread


def check(embed: discord.Embed) -> None:
    d = embed.to_dict()
    assert len(d.get("title", "")) <= 256
    assert len(d.get("description", "")) <= 4096
    assert len(d.get("fields", [])) <= 25
    for f in d.get("fields", []):
        assert 0 < len(f["name"]) <= 256 and 0 < len(f["value"]) <= 1024
    assert len(d.get("footer", {}).get("text", "")) <= 2048
    assert len(embed) <= 6000


def long_answer(n_citations=40, snippet=2500, body=9000) -> Answer:
    cites = [
        Citation(i, f"Title number {i} [with brackets] " + "x" * 300, f"https://example.org/{i}?q=a b>", f"a/{i}.md",
                 date(2021, 1, i % 28 + 1), ("@everyone Sentence about Xiaomi and its phones. " * 200)[:snippet])
        for i in range(1, n_citations + 1)
    ]
    text = " ".join(f"Claim number {i} is stated here [{i % n_citations + 1}]." for i in range(body // 30))
    return Answer("q " * 400, True, text[:body], cites, date(2024, 5, 1))


@pytest.mark.parametrize("n,snippet,body", [(40, 2500, 9000), (3, 200, 300), (25, 50, 4000), (1, 5000, 100), (0, 0, 10)])
def test_answer_embed_within_limits(n, snippet, body):
    answer = long_answer(n, snippet, body)
    rendered = render.answer_embed(answer)
    check(rendered.embed)
    if n >= 25 or snippet > 300:
        assert rendered.trimmed  # -> the "Show sources" button
    if n and snippet <= 300 and n <= 3:
        assert not rendered.trimmed
    desc = rendered.embed.description
    assert "@everyone" not in desc
    for messages in [render.sources_embeds(answer)] if n else []:
        for embeds in messages:
            assert len(embeds) <= 10 and sum(len(e) for e in embeds) <= 6000
            for e in embeds:
                check(e)


def test_long_answer_is_trimmed_at_a_sentence_and_keeps_sources():
    rendered = render.answer_embed(long_answer(5, 200, 9000))
    desc = rendered.embed.description
    assert desc.endswith("…") and desc.rstrip(" …").endswith(".")
    assert rendered.embed.fields[0].name == "Sources"
    assert "](<https://example.org/1?q=a%20b%3E>)" in rendered.embed.fields[0].value
    assert "2021-01-02" in rendered.embed.fields[0].value


def test_match_and_sources_and_report_within_limits():
    listings = [Listing(f"List {i}", "BIS", "Entity List", "active" if i % 2 else "removed", date(2020, 1, 1),
                        None if i % 2 else date(2021, 1, 1), "https://example.org/l", ["exports"] * 50)
                for i in range(40)]
    ent = Entity("e1", "Huawei Technologies Co., Ltd." * 20, ["Huawei"] * 300, "CN", listings)
    check(render.match_embed("huawei", [Match(ent, 0.99, True, "exact alias" * 50)]))
    check(render.match_embed("nothing", [Match(ent, 0.4, False, "near")] * 8))
    srcs = [SourceInfo(str(i), "T" * 500, "https://x.org", "p", None, 3) for i in range(95)]
    assert render.sources_page_count(srcs) == 10
    check(render.sources_embed(srcs, 9))
    text = render.report_text(IngestReport(1, 2, 3, 4, 5, [SkippedFile("x" * 500, "@everyone " * 300)] * 30))
    assert len(text) <= 2000 and "@everyone" not in text


def test_a_listing_shows_its_note_which_says_why_or_which_company_it_is():
    listing = Listing("Non-SDN CMIC List", "Treasury", "CMIC", "active", date(2021, 6, 3), None, "https://example.org/l",
                      ["US investors may not buy its publicly traded securities"],
                      note="the Chinese company of Nanyang, not the US company of the same name")
    embed = render.match_embed("costar", [Match(Entity("e1", "Costar Group Co., Ltd.", [], "CN", [listing]), 0.99, True,
                                                "exact")])
    assert "not the US company of the same name" in embed.fields[0].value
    assert "**Country** CN" in embed.description


def bot_settings(tmp_path, **discord) -> Settings:
    return make_settings(tmp_path, Settings(_env_file=None, store=tmp_path / "store"), **discord)


def test_run_without_token_is_one_clear_line(capsys, tmp_path):
    code = run(bot_settings(tmp_path, token=None))
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and "DISCORD_TOKEN" in err and "Traceback" not in err


def test_rejected_token_is_one_clear_line_and_never_logged(capsys, caplog, tmp_path):
    import logging

    caplog.set_level(logging.DEBUG)
    served = FakeDiscordThread()
    served.fake.patch_discord()
    bad = "wrong-" + TOKEN
    try:
        code = run(bot_settings(tmp_path, token=bad, log_level="DEBUG"))
    finally:
        served.fake.unpatch_discord()
        served.close()
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.splitlines()[-1].startswith("error: Discord rejected DISCORD_TOKEN") and "Traceback" not in err
    assert bad not in err and bad not in caplog.text


# ---- /feedback: what moderators read ---------------------------------------------------------------------------
def test_summarise_votes_streams_one_servers_votes(tmp_path):
    path = tmp_path / "feedback.jsonl"
    assert summarise_votes(path, guild_id=1) == VoteSummary()
    lines = [json.dumps({"time": f"2025-01-01T00:00:{i:02d}+00:00", "vote": "helpful" if i % 3 else "not_helpful",
                         "question": f"q{i}", "answer": f"a{i}", "user_sha256": "f" * 64, "guild_id": 1 if i % 5 else 2})
             for i in range(40)]
    path.write_text("\n".join(lines[:20] + ["not json", "[]", ""] + lines[20:]) + "\n")
    s = summarise_votes(path, guild_id=1, recent=10)
    mine = [json.loads(l) for l in lines if json.loads(l)["guild_id"] == 1]
    assert s.helpful == sum(r["vote"] == "helpful" for r in mine) and s.total == len(mine)
    assert [r["question"] for r in s.recent] == [r["question"] for r in reversed(mine)][:10]
    assert all(set(r) == {"time", "vote", "question", "answer"} for r in s.recent)  # no hash, no ids
    assert summarise_votes(path, guild_id=None).total == 0                           # DMs: nothing to show


@pytest.mark.parametrize("n,size", [(25, 5000), (10, 300), (3, 20), (0, 0)])
def test_feedback_embed_within_limits(n, size):
    recent = [{"time": "2025-06-01T12:30:00+00:00", "vote": "not_helpful" if i % 2 else "helpful",
               "question": "@everyone *why* " + "q" * size, "answer": "<@&123> answer [1]. " * (size // 10 + 1)}
              for i in range(n)]
    embed = render.feedback_embed(VoteSummary(helpful=n, not_helpful=3, recent=recent), server="Test Server")
    d = embed.to_dict()
    assert len(embed) <= 6000 and len(d.get("fields", [])) <= 25
    for f in d.get("fields", []):
        assert 0 < len(f["name"]) <= 256 and 0 < len(f["value"]) <= 1024
    assert "@everyone" not in json.dumps(d) and "<@&123>" not in json.dumps(d)
    if n:
        assert d["fields"][0]["name"] == "👍 Helpful · 2025-06-01 12:30 UTC"
        assert len(d["fields"]) == n  # everything fits once trimmed
    else:
        assert "No votes yet" in d["description"]


def test_sources_show_each_date_or_say_that_none_is_stated():
    dated = SourceInfo("a", "Acme listed", None, "a.md", date(2024, 3, 1), 2)
    mentions = SourceInfo("b", "Beta listed", None, "b.txt", None, 1, mentioned=date(2024, 5, 1))
    seed = SourceInfo("c", "This is why Xiaomi is blacklisted in the United States", None, "seed.txt", None, 4)
    lines = render.sources_embed([dated, mentions, seed], 0).description.splitlines()
    assert lines[0].endswith("· 2024-03-01 · 2 chunks")
    assert lines[1].endswith("· date not stated (the text first mentions May 2024) · 1 chunk")
    assert lines[2].endswith("· date not stated · 4 chunks")
