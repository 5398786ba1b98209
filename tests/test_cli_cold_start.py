"""Commands that embed nothing start without the model: `sources`, `lists`, `lookup`, `--help`, `--version` and
every argument or path error never import torch or sentence-transformers (seconds of start-up on this machine).
`ask` runs the model's ONNX export, made once into the cache folder by the first question, and then never imports
torch either; where the export can't be made, it answers with sentence-transformers and says why.

Each command runs as a user runs it, in a fresh process; a wrapper reports which heavy modules that process imported.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, SEED, write_article

MODEL_MODULES = ("torch", "sentence_transformers", "langchain_huggingface", "transformers")

# Runs the CLI's entry point, then (at exit, whatever the exit code) writes the modules it imported to a file.
WRAPPER = """
import atexit, json, sys
report = sys.argv.pop(1)
atexit.register(lambda: open(report, "w").write(json.dumps(sorted(sys.modules))))
sys.argv[0] = "blacklist-bot"
from bot.cli import main
main()
"""


def run_cli(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess, set[str]]:
    """`env`: settings for this run (the caller's BLACKLIST_BOT_ ones are dropped)."""
    report = tmp_path / f"modules-{abs(hash(args))}.json"
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BLACKLIST_BOT_")} | (env or {})
    full_env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", WRAPPER, str(report), *args], capture_output=True, text=True,
                          cwd=ROOT, env=full_env, timeout=300)
    return done, set(json.loads(report.read_text()))


@pytest.fixture(scope="module")
def store(tmp_path_factory, embeddings) -> Path:
    """A store with two articles and the shipped list data."""
    from ingest.api import ingest
    from ingest.lists import load_shipped
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    folder = tmp_path_factory.mktemp("articles")
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    write_article(folder, "acme.md", "Acme added to the Entity List", "2024-03-01",
                  "On March 1, 2024, Commerce added Acme Corp to the Entity List.")
    where = tmp_path_factory.mktemp("store") / "store"
    k = Knowledge(Settings(_env_file=None, store=where), embeddings)
    ingest(k, [folder])
    load_shipped(k.registry)
    k.registry.close()
    return where


def test_commands_that_embed_nothing_never_import_the_model(tmp_path, store):
    missing = tmp_path / "no-such-store"
    commands = {
        ("--help",): 0,
        ("--version",): 0,
        ("ask", "--help"): 0,
        ("sources", "--store", str(store)): 0,
        ("sources", "--store", str(store), "--json"): 0,
        ("lists", "--store", str(store)): 0,
        ("lookup", "huawei", "--store", str(store)): 0,
        ("ask", "   ", "--store", str(store)): 2,                 # an empty question
        ("frobnicate",): 2,                                       # no such command
        ("sources", "--store", str(missing)): 3,                  # a mistyped store
        ("ask", "why?", "--store", str(missing)): 3,
        ("ingest", str(tmp_path / "no-such-folder"), "--store", str(store)): 1,  # a mistyped path
    }
    for args, code in commands.items():
        done, modules = run_cli(tmp_path, *args)
        assert done.returncode == code, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, args
        assert not modules & set(MODEL_MODULES), (args, sorted(modules & set(MODEL_MODULES)))
    assert not missing.exists()  # an error creates nothing


def test_sources_lists_what_is_stored_without_the_model(tmp_path, store):
    done, modules = run_cli(tmp_path, "sources", "--store", str(store), "--json")
    titles = [s["title"] for s in json.loads(done.stdout)]
    assert titles[0] == "Acme added to the Entity List" and len(titles) == 2
    # the list the ingest kept beside the store (knowledge/source_list.py): Chroma is not even imported
    assert not modules & {"chromadb", "torch"}


def test_lookup_answers_without_the_model(tmp_path, store):
    done, modules = run_cli(tmp_path, "lookup", "huawei", "--store", str(store))
    assert "Huawei" in done.stdout and "torch" not in modules


def test_a_mistyped_ingest_path_says_so_without_touching_the_store(tmp_path):
    missing_store = tmp_path / "store"
    done, modules = run_cli(tmp_path, "ingest", str(tmp_path / "typo"), "--store", str(missing_store))
    assert done.returncode == 1
    assert f"skipped {tmp_path / 'typo'}: no such file or folder" in done.stdout
    assert not missing_store.exists() and "chromadb" not in modules


def test_a_cold_ask_makes_the_export_once_then_answers_without_torch(tmp_path, store):
    env = {"BLACKLIST_BOT_MODEL_CACHE": str(tmp_path / "cache")}
    first, modules = run_cli(tmp_path, "ask", "why was xiaomi blacklisted?", "--store", str(store), env=env)
    assert first.returncode == 0, first.stderr
    assert "exporting it to ONNX in" in first.stderr and str(tmp_path / "cache") in first.stderr
    assert "torch" in modules and "[1]" in first.stdout

    again, modules = run_cli(tmp_path, "ask", "why was xiaomi blacklisted?", "--store", str(store), env=env)
    assert again.returncode == 0, again.stderr
    assert "ONNX" not in again.stderr
    assert "onnxruntime" in modules and not modules & {"torch", "sentence_transformers", "transformers"}
    assert again.stdout == first.stdout


def test_where_the_export_cannot_be_made_ask_still_answers_and_says_why(tmp_path, store):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    done, modules = run_cli(tmp_path, "ask", "why was xiaomi blacklisted?", "--store", str(store),
                            env={"BLACKLIST_BOT_MODEL_CACHE": str(blocked)})
    assert done.returncode == 0, done.stderr
    assert "running the model with sentence-transformers instead" in done.stderr and str(blocked) in done.stderr
    assert "Traceback" not in done.stderr
    assert "torch" in modules and "[1]" in done.stdout


def test_prepare_readies_a_new_install_so_the_first_ask_is_an_ordinary_cold_one(tmp_path):
    # What the install commands run after `pip install`: the export and the shipped knowledge, once.
    env = {"BLACKLIST_BOT_MODEL_CACHE": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done, _ = run_cli(tmp_path, "prepare", env=env)
    assert done.returncode == 0, done.stderr
    assert "ONNX export made in" in done.stdout and str(tmp_path / "cache") in done.stdout
    shipped = json.loads(run_cli(tmp_path, "sources", "--json", env=env)[0].stdout)
    assert len(shipped) >= 20  # the shipped articles, in the default store

    again, _ = run_cli(tmp_path, "prepare", "--json", env=env)
    report = json.loads(again.stdout)
    assert report["onnx_export"] and not report["onnx_export_made"]
    assert (report["shipped"]["added"], report["shipped"]["updated"], report["shipped"]["removed"]) == (0, 0, 0)

    first, modules = run_cli(tmp_path, "ask", "why was xiaomi blacklisted?", env=env)
    assert first.returncode == 0, first.stderr
    assert "ONNX" not in first.stderr and "First run" not in first.stderr  # nothing made or indexed on the way
    assert not modules & {"torch", "sentence_transformers", "transformers"} and "[1]" in first.stdout
