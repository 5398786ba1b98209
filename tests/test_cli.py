"""The command line as a user runs it (a subprocess), with its JSON contract."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import SEED, cli, write_article


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    write_article(
        folder, "xiaomi-removed.md", "Court vacates Xiaomi designation", "2021-05-25",
        "On May 25, 2021, a federal court vacated the Pentagon's designation of Xiaomi. The designation had only "
        "restricted investment in Xiaomi shares; it never banned the sale of Xiaomi phones.",
        url="https://example.org/xiaomi-removed",
    )
    (folder / "broken.html").write_bytes(b"\x00\x01\x02")
    return folder


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, corpus) -> tuple[Path, dict]:
    """A store the corpus was ingested into with `ingest --json`, and that first report."""
    store = tmp_path_factory.mktemp("cli") / "store"
    first = cli("ingest", str(corpus), "--store", str(store), "--json")
    assert first.returncode == 0, first.stderr
    return store, json.loads(first.stdout)


def test_ingest_json_reports_every_count_and_a_skipped_file(corpus, ingested):
    _, report = ingested
    assert set(report) == {"added", "updated", "removed", "unchanged", "chunks", "skipped", "warnings"}
    assert report["added"] == 2 and report["chunks"] > 0
    assert report["skipped"] == [{"path": str(corpus / "broken.html"), "reason": "binary file, not text"}]


def test_ingest_again_embeds_nothing(corpus, ingested):
    store, _ = ingested
    second = json.loads(cli("ingest", str(corpus), "--store", str(store), "--json").stdout)
    assert (second["added"], second["updated"], second["unchanged"], second["chunks"]) == (0, 0, 2, 0)


def test_ask_json_is_the_contract_other_tools_rely_on(corpus, ingested):
    store, _ = ingested
    asked = cli("ask", "why was xiaomi blacklisted?", "--store", str(store), "--json")
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert {"question", "answered", "answer", "citations"} <= set(answer)
    assert answer["answered"] is True
    citation = answer["citations"][0]
    assert set(citation) == {"n", "title", "url", "path", "published", "snippet"}
    assert citation["n"] == 1 and "[1]" in answer["answer"]
    assert Path(citation["path"]).parent == corpus  # a path under the folder as it was given


def test_ask_from_stdin_answers_one_json_line_per_question(ingested):
    store, _ = ingested
    batch = cli("ask", "--store", str(store), stdin="what did the court do in may 2021?\nwho won the world cup\n")
    lines = [json.loads(l) for l in batch.stdout.splitlines()]
    assert [l["answered"] for l in lines] == [True, False]
    assert lines[0]["citations"][0]["published"] == "2021-05-25"
    assert lines[1]["citations"] == []


def test_sources_json_lists_the_newest_first(ingested):
    store, _ = ingested
    sources = json.loads(cli("sources", "--store", str(store), "--json").stdout)
    assert [s["title"] for s in sources] == ["Court vacates Xiaomi designation",
                                              "This is why Xiaomi is blacklisted in the United States"]
    assert all(s["chunks"] > 0 for s in sources)
    assert sources[-1]["published"] is None  # the seed states no publication date


def test_ask_as_text_lists_numbered_sources(ingested):
    store, _ = ingested
    text = cli("ask", "why was xiaomi blacklisted?", "--store", str(store))
    assert text.returncode == 0, text.stderr
    assert "[1]" in text.stdout and "\nSources:\n[1] " in text.stdout


def test_empty_question_gets_usage_and_nothing_ingestible_fails(tmp_path):
    empty = cli("ask", "  ", "--store", str(tmp_path / "s"))
    assert empty.returncode == 2 and "Usage" in empty.stderr

    only_broken = tmp_path / "broken"
    only_broken.mkdir()
    (only_broken / "a.txt").write_text("", encoding="utf-8")
    result = cli("ingest", str(only_broken), "--store", str(tmp_path / "s2"), "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["skipped"][0]["reason"] == "empty file"


def test_a_setting_that_cannot_be_read_is_one_line_naming_it(tmp_path):
    for variable, value in (("BLACKLIST_BOT_LIST_STALE_DAYS", "a month"), ("DISCORD_WORKERS", "many")):
        result = cli("lists", "--store", str(tmp_path / "s"), env={variable: value})
        assert result.returncode == 2 and result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
        assert result.stderr.startswith(f"error: a setting could not be read ({variable}: ")
        assert not (tmp_path / "s").exists()  # nothing was opened or created


def test_first_ask_on_the_default_store_indexes_the_shipped_knowledge(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    result = cli("ask", "Can I still buy a Xiaomi Mi 10T Pro?", "--json", env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["answered"]
    text = answer["answer"].lower()
    assert "invest" in text or "securities" in text or "shares" in text
    assert "never banned" in text or "not a ban" in text or "did not prohibit" in text
    assert (tmp_path / "data" / "blacklist-bot" / "store").is_dir()
    again = cli("ingest", "--json", env=env)
    report = json.loads(again.stdout)
    assert report["added"] == 0 and report["updated"] == 0 and report["unchanged"] >= 13


def test_eval_reports_declines_on_both_sides(tmp_path, corpus):
    # One question the sources answer, one they don't, and one the set calls answerable that no source covers: the
    # bot declines it, and `eval` counts that as a false decline beside the unanswerable question it declined.
    qa = tmp_path / "qa.jsonl"
    rows = [
        {"id": "1", "question": "when did a court vacate the pentagon's xiaomi designation?", "kind": "answerable",
         "expected_sources": ["xiaomi-removed.md"], "must_mention": [["may 25"]]},
        {"id": "2", "question": "who won the 2018 world cup", "kind": "unanswerable", "expected_sources": [], "must_mention": []},
        {"id": "3", "question": "what's the weather in paris tomorrow?", "kind": "answerable",
         "expected_sources": ["xiaomi-removed.md"], "must_mention": [["sunny"]]},
    ]
    qa.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    done = cli("eval", str(qa), "--corpus", str(corpus), "--json")
    assert done.returncode == 0, done.stderr
    ours = json.loads(done.stdout)["blacklist-bot"]
    assert ours["answer_pass"] == 0.5 and ours["unanswerable_declined"] == 1.0
    assert ours["false_declines"] == 0.5


def test_eval_on_the_shipped_knowledge_grades_the_first_sentence_and_counts_list_data_as_a_source(tmp_path):
    # Over the shipped knowledge an answer may rest on the list data: its citation counts as the source "list data",
    # its listing sentence is no quote of a file (not an invalid snippet), and `first_mention` is graded on the
    # answer's first sentence only (up to its first citation mark): a fact said later does not make the lead right.
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    qa = tmp_path / "qa.jsonl"
    asked = "when was huawei added to the entity list?"
    rows = [
        {"id": "1", "question": asked, "kind": "answerable", "expected_sources": ["list data"],
         "must_mention": [["2019"]], "first_mention": [["May 16, 2019"]]},
        {"id": "2", "question": asked, "kind": "answerable", "expected_sources": ["list data"],
         "must_mention": [["2019"]], "first_mention": [["Federal Register"]]},
    ]
    qa.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    done = cli("eval", str(qa), "--json", env=env)
    assert done.returncode == 0, done.stderr
    ours = json.loads(done.stdout)["blacklist-bot"]
    assert ours["hit@1"] == 1.0 and ours["answer_pass"] == 1.0 and ours["snippet_validity"] == 1.0
    assert ours["lead_pass"] == 0.5


def test_lookup_shows_the_country_and_each_listings_note(tmp_path):
    # A listing's note says why it was listed: the terminal shows it, with the company's country (homonyms in other
    # countries are told apart by it).
    result = cli("lookup", "Zhuhai Zhenrong", env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert "country: CN" in result.stdout
    assert "note: sanctioned for purchasing Iranian crude oil" in result.stdout
