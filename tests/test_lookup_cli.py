"""The `lists import` and `lookup` commands: JSON contract, batch on stdin, readable text."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from bot.cli_lists import register
from knowledge.settings import Settings
from tests.support import CMIC, CSL_HEADER, EL, ROOT, csl_row


@pytest.fixture
def app():
    a = typer.Typer()
    register(a, lambda store: Settings(_env_file=None).with_store(store))
    return a


@pytest.fixture
def store(tmp_path, app):
    f = tmp_path / "csl.csv"
    f.write_text(CSL_HEADER + "\n" + "\n".join([
        csl_row("c1", EL, "Maplewood Sensor Technology Co., Ltd.", "Maplewood Sensors; 枫木传感", "2021-05-06", "86 FR 24444"),
        csl_row("c2", CMIC, "MAPLEWOOD SENSOR TECHNOLOGY CO., LTD."),
    ]) + "\n", encoding="utf-8")
    s = tmp_path / "store"
    result = CliRunner().invoke(app, ["lists", "import", str(f), "--store", str(s), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["entities"] == {"added": 1, "updated": 0, "unchanged": 0, "ended": 0, "skipped": 0}
    assert report["listings"]["added"] == 2
    return s


def test_lookup_json_contract(app, store):
    result = CliRunner().invoke(app, ["lookup", "maplewood sensors", "--store", str(store), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) == {"query", "matches"} and out["query"] == "maplewood sensors"
    m = out["matches"][0]
    assert set(m) == {"name", "score", "match", "reason", "aliases", "country", "listings"}
    assert m["name"] == "Maplewood Sensor Technology Co., Ltd." and m["match"] is True
    assert 0 <= m["score"] <= 1 and "Maplewood Sensors" in m["aliases"]
    by_list = {l["list"]: l for l in m["listings"]}
    assert set(by_list) == {EL, CMIC}
    el = by_list[EL]
    assert set(el) == {"list", "authority", "program", "status", "start_date", "end_date", "source_url", "restricts",
                       "note"}
    assert el["authority"] == "Bureau of Industry and Security" and el["status"] == "active"
    assert el["start_date"] == "2021-05-06" and el["end_date"] is None
    assert el["source_url"] == "https://www.federalregister.gov/citation/86-FR-24444"
    assert el["restricts"] == ["US exporters need a licence to send it US items"]


def test_lookup_batch_on_stdin_prints_one_json_per_line(app, store):
    result = CliRunner().invoke(app, ["lookup", "--store", str(store), "--json"],
                                input="枫木传感\nTechnology\n\nGoPro\n")
    lines = [json.loads(l) for l in result.output.splitlines()]
    assert [l["query"] for l in lines] == ["枫木传感", "Technology", "GoPro"]
    assert lines[0]["matches"][0]["match"] is True
    assert not any(m["match"] for m in lines[1]["matches"] + lines[2]["matches"])


def test_lookup_text_output_reads_well(app, store):
    result = CliRunner().invoke(app, ["lookup", "Maplewood Sensor Tech", "--store", str(store)])
    assert result.exit_code == 0
    assert "MATCH" in result.output and "Entity List (EL)" in result.output
    assert "US exporters need a licence to send it US items" in result.output
    none = CliRunner().invoke(app, ["lookup", "Company", "--store", str(store)])
    assert "no listed company matches" in none.output
    # a miss never reads as clearance: the lists held here may lack the company
    assert "no match is not clearance" in none.output


def test_import_reports_unrecognised_file(app, tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("hello\n")
    result = CliRunner().invoke(app, ["lists", "import", str(f), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2


def test_lookup_subprocess_is_fast_and_skips_the_model(store):
    code = ("import sys; sys.argv=['blacklist-bot','lookup','maplewood sensors','--store',%r,'--json'];"
            "import bot.cli as c\ntry:\n    c.main()\nexcept SystemExit: pass\n"
            "assert 'sentence_transformers' not in sys.modules and 'torch' not in sys.modules, 'model loaded'")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code % str(store)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["matches"][0]["match"] is True


def test_a_name_shared_by_several_listed_companies_is_never_shown_as_not_listed(app, tmp_path):
    f = tmp_path / "csl.csv"
    f.write_text(CSL_HEADER + "\n" + "\n".join([
        csl_row("g1", EL, "Quarnell Shipping Company"),
        csl_row("g2", EL, "Quarnell Trading Company"),
        csl_row("g3", EL, "Quarnell Petroleum Company"),
    ]) + "\n", encoding="utf-8")
    s = tmp_path / "store"
    assert CliRunner().invoke(app, ["lists", "import", str(f), "--store", str(s)]).exit_code == 0
    result = CliRunner().invoke(app, ["lookup", "quarnell", "--store", str(s)])
    assert result.exit_code == 0, result.output
    assert "no listed company" not in result.output
    assert "listed companies have this in their names" in result.output
    assert "Quarnell Shipping Company" in result.output and "Quarnell Trading Company" in result.output
    # /company shows the same: the listed names that contain it, not "No match".
    from bot.cli_lists import open_registry
    from bot.render import match_embed

    embed = match_embed("quarnell", open_registry(s).lookup("quarnell")).to_dict()
    assert not embed["title"].startswith("No match")
    assert "Quarnell Petroleum Company" in embed["fields"][0]["value"]


def _lookup(app, store, name: str) -> list[dict]:
    result = CliRunner().invoke(app, ["lookup", name, "--store", str(store), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["matches"]


def test_the_saved_name_index_follows_the_list_data_and_is_never_trusted_when_damaged(app, store, tmp_path):
    # The name index is saved beside the registry (knowledge/lookup/saved.py) so the next process need not build it.
    import sqlite3

    from knowledge.lookup.saved import saved_index, saved_path
    from knowledge.lookup.store import load_entities

    registry = store / "registry.sqlite3"
    saved = saved_path(registry)
    assert _lookup(app, store, "maplewood sensors")[0]["match"] and saved.is_file()
    with sqlite3.connect(registry) as conn:
        assert saved_index(registry, load_entities(conn)) is not None  # the next process reads it, whole and current
    before = saved.read_bytes()
    # New list data: an index saved for the old data is not used (it would not know this company)
    f = tmp_path / "more.csv"
    f.write_text(CSL_HEADER + "\n" + "\n".join([
        csl_row("c1", EL, "Maplewood Sensor Technology Co., Ltd.", "Maplewood Sensors; 枫木传感", "2021-05-06", "86 FR 24444"),
        csl_row("c2", CMIC, "MAPLEWOOD SENSOR TECHNOLOGY CO., LTD."),
        csl_row("c3", EL, "Thornbury Optics Limited"),
    ]) + "\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["lists", "import", str(f), "--store", str(store)]).exit_code == 0
    saved.write_bytes(before)
    assert _lookup(app, store, "thornbury optics")[0]["name"] == "Thornbury Optics Limited"
    # A saved index cut short, or replaced by a file that would run code when read, is built again
    whole = saved.read_bytes()
    for damaged in (whole[:len(whole) // 2],
                    b"\x80\x05cos\nsystem\n(S'touch " + str(tmp_path / "ran").encode() + b"'\ntR."):
        saved.write_bytes(damaged)
        assert _lookup(app, store, "thornbury optics")[0]["match"]
        assert not (tmp_path / "ran").exists()
        assert saved.read_bytes() != damaged  # saved again, whole
