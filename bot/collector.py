"""Python's cyclic garbage collector in the CLI's process, which starts, answers and exits.

A cold `ask` ends with about 110,000 objects the collector tracks, nearly all made while it starts and alive until
the process ends (the modules of chromadb, onnxruntime and the rest, the model, the store's client): the collector
walks them again and again while they are made (0.11 s of a cold `ask` at load 1, 0.25 s at load 2) and at exit takes
them apart one by one (0.27 s; 0.47 s) (gc.callbacks and the time from the last atexit handler to the process's end,
2026-12-02). Only the CLI's own process (`bot.cli.main`) is changed: code that calls the
commands in another process (the tests' CliRunner) keeps its collector as it was.
"""
from __future__ import annotations

import gc

_own_process = False


def cli_process() -> None:
    """`bot.cli.main` runs this process: it ends when the command does."""
    global _own_process
    _own_process = True


def answer_once() -> None:
    """This command does one bounded thing and exits (one question, one name, a listing): no collection while it
    runs. Commands whose work grows with their input (ingest, eval, list updates and imports, the bot, questions or
    names read from stdin) leave the collector on."""
    if _own_process:
        gc.disable()


def skip_final_collection() -> None:
    """At the CLI's exit: move every object to the collector's permanent generation, so the interpreter's last
    collections neither walk nor take apart any of them (the process's memory goes back to the system whole). Files,
    connections and the store are closed or committed by the code that used them, never left to the collector."""
    if _own_process:
        gc.freeze()
