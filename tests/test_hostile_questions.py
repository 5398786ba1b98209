"""Hostile questions through the CLI (a subprocess, as a user runs it) and through the bot over the fake Discord."""
from __future__ import annotations

import json

import pytest

from tests.support import SEED, cli, write_article

ZALGO = "I̸̢̛s̷̡̛ ̵̢̛H̸̢̛ư̷̡a̵̢̛w̸̢̛e̷̡̛i̵̢̛ ̸̢̛b̷̡̛a̵̢̛n̸̢̛n̷̡̛e̵̢̛d̸̢̛?̷̡̛"
PLAIN = "Is Huawei banned?"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_article(folder, "huawei.md", "Huawei added to the Entity List", "2019-05-16",
                  "On May 16, 2019, the Commerce Department added Huawei Technologies to the Entity List. US companies "
                  "need a licence to sell it American technology. Huawei phones were not banned from sale.")
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    path = tmp_path_factory.mktemp("store") / "store"
    done = cli("ingest", str(folder), "--store", str(path), "--json")
    assert done.returncode == 0, done.stderr
    lists = cli("lists", "shipped", "--store", str(path))  # company names in any script, from the list data
    assert lists.returncode == 0, lists.stderr
    return path


def test_batch_answers_every_line_in_order_and_strips_what_only_discord_reads(store):
    lines = [
        PLAIN,
        "",
        "   ",
        "why?" * 2500,                               # 10,000 characters
        "🚫📱❓",
        ZALGO,
        "Is Hua\x00wei banned?",
        f"@everyone {PLAIN}",
        f"<@123456789012345678> <@&998877665544332211> <@!42> @here {PLAIN}",
        f"[click here](https://evil.example/steal) **{PLAIN}** `rm -rf /`",
        "华为被禁了吗？",
    ]
    result = cli("ask", "--store", str(store), stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)  # one output line per input line, blank ones included
    assert out[1] == {"line": 2, "question": "", "error": "the question is empty"}
    assert out[2]["error"] == "the question is empty" and out[2]["line"] == 3
    assert "10,000 characters" in out[3]["error"] and out[3]["line"] == 4
    for i in (0, 4, 5, 6, 7, 8, 9, 10):
        assert "answer" in out[i] and "error" not in out[i], (i, out[i])
    plain = out[0]
    assert plain["answered"]
    for i in (7, 8):  # a question with pings is answered like the same question without them
        assert out[i]["question"] == PLAIN and out[i]["answer"] == plain["answer"]
    assert out[6]["question"] == PLAIN  # the null byte is gone
    assert out[5]["answered"] == plain["answered"]  # zalgo reads as its letters
    assert out[10]["answered"]  # a question in Chinese is answered (Huawei, by its Chinese name)
    text = result.stdout
    assert "@everyone" not in text and "@here" not in text and "<@" not in text


def test_single_hostile_questions_get_one_clear_line(store):
    empty = cli("ask", "  \t ", "--store", str(store))
    assert empty.returncode == 2 and "empty" in empty.stderr and "Usage" in empty.stderr
    long = cli("ask", "why?" * 2500, "--store", str(store))
    assert long.returncode == 2 and "10,000 characters" in long.stderr and "Traceback" not in long.stderr
    pinged = cli("ask", f"@everyone {PLAIN}", "--store", str(store), "--json")
    assert pinged.returncode == 0 and json.loads(pinged.stdout)["question"] == PLAIN


def test_clean_question_keeps_every_script_and_drops_only_noise():
    from bot.question import BadQuestion, clean_question

    assert clean_question("华为被禁了吗？") == "华为被禁了吗？"
    assert clean_question("Kaspersky — est-il interdit ? Việt Nam") == "Kaspersky — est-il interdit ? Việt Nam"
    assert clean_question(ZALGO) == clean_question(ZALGO) and len(clean_question(ZALGO)) < len(ZALGO)
    assert clean_question("<#123> is ‮DJI banned?") == "is DJI banned?"
    with pytest.raises(BadQuestion):
        clean_question("@everyone <@&1>")
