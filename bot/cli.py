"""The terminal face: `blacklist-bot ingest|ask|sources|eval|lookup|lists|run`. Same `Knowledge` API as the bot."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import typer

from bot.collector import answer_once

# Plain help (rich_markup_mode=None): Typer's rich tables print "<bool>" after every on/off flag, as if it took a value.
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Answers questions about company blacklists, with cited sources.")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("blacklist-bot")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"blacklist-bot {_version()}")
        raise typer.Exit()


@app.callback()
def _main_options(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version,
                                 help="Print the version and exit."),
) -> None:
    """Answers questions about company blacklists, with cited sources."""


StoreOption = typer.Option(None, "--store", help="Store folder (default: $BLACKLIST_BOT_STORE or ~/.local/share/blacklist-bot/store).")
JsonOption = typer.Option(False, "--json", help="Machine-readable output.")


def settings_for(store: Optional[Path]):
    """The settings this command runs with: this process's (read once), with --store applied."""
    from knowledge.settings import read_settings

    return read_settings().with_store(store)


def _quiet_libraries() -> None:
    """Library chatter off the user's terminal, without importing any library (transformers alone costs a second
    and most commands never load it): environment variables they read when they are imported, logger levels."""
    import os

    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # transformers follows it for its own bars
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("chromadb", "httpx", "sentence_transformers", "transformers"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def open_knowledge(store: Optional[Path], *, creating: bool = False):
    """The knowledge over a store that is there and whole (`creating`: ingest may make a new one)."""
    from bot.store_check import check_settings

    _quiet_libraries()
    settings = settings_for(store)
    check_settings(settings, explicit=not settings.uses_default_store, creating=creating)
    from knowledge.api import Knowledge

    return Knowledge(settings)


class IndexingBar:
    """The indexing progress bar: drawn only on a terminal, and only once the number of files is known (so it never
    starts as "0file"); on a log or a pipe it writes nothing at all. Call it as a progress callback."""

    def __init__(self, show: bool):
        self.show = show and sys.stderr.isatty()
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if not self.show:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc="Indexing", file=sys.stderr, leave=False,
                            bar_format="{desc} {n_fmt}/{total_fmt} files |{bar}| {elapsed}<{remaining}")
        self.bar.total = total
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_ingest(knowledge, paths: list[Path], show_progress: bool, *, shipped: bool = False):
    """`ingest` with a progress bar on a terminal (ingest/api.py; `shipped`: the shipped articles and list data)."""
    from ingest.api import ingest

    bar = IndexingBar(show_progress)
    try:
        return ingest(knowledge, paths, shipped=shipped, progress=bar)
    finally:
        bar.close()


def ensure_shipped_knowledge(knowledge) -> None:
    """On first use of the default store, index the shipped articles and list data so `ask` works at once."""
    from ingest.api import ensure_lexical

    if not knowledge.settings.uses_default_store or (not knowledge.store.is_empty() and knowledge.registry.count()):
        ensure_lexical(knowledge)
        return
    typer.echo("First run: indexing the shipped knowledge base…", err=True)
    run_ingest(knowledge, [], show_progress=True, shipped=True)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(
        None, metavar="[PATH]...",
        help="Files or folders of articles (.txt, .md, .html). Leave out to re-index the knowledge shipped with the bot.",
    ),
    store: Optional[Path] = StoreOption,
    as_json: bool = JsonOption,
) -> None:
    """Index source articles: new and changed documents are embedded, unchanged ones skipped, vanished ones removed."""
    from ingest.discovery import discover, shown_name

    from knowledge.models import IngestReport, to_dict

    found, folders, passed = discover(paths) if paths else ([], [], [])
    show = not as_json and sys.stderr.isatty()
    if paths and not found and not folders:
        # Nothing given can be read (mistyped paths): say so without opening, creating or checking a store.
        report = IngestReport(skipped=passed)
    else:  # the paths given; with none, the shipped knowledge (the articles and the list data)
        knowledge = open_knowledge(store, creating=True)
        report = run_ingest(knowledge, list(paths or []), show_progress=show, shipped=not paths)
    if as_json:
        typer.echo(json.dumps(to_dict(report), ensure_ascii=False))
    else:
        typer.echo(
            f"added {report.added}, updated {report.updated}, removed {report.removed}, "
            f"unchanged {report.unchanged}, chunks written {report.chunks}, skipped {len(report.skipped)}"
        )
        for s in report.skipped:
            typer.echo(f"  skipped {shown_name(s.path)}: {s.reason}")
        for w in report.warnings:
            typer.echo(f"  warning {shown_name(w.path)}: {w.reason}")
    loaded = report.added + report.updated + report.unchanged
    if loaded == 0 and report.skipped:
        raise typer.Exit(1)


@app.command()
def prepare(store: Optional[Path] = StoreOption, as_json: bool = JsonOption) -> None:
    """Make what the first answer needs, once after installing (the install commands run it): the embedding model's
    ONNX export (made once per machine and model; without it the first `ask` makes it) and the shipped articles and
    list data indexed in the store. Running it again changes nothing that is ready."""
    import time

    from knowledge.embeddings import resolve_model_path
    from knowledge.models import to_dict
    from knowledge.onnx_embeddings import META_FILE, OnnxEmbeddings, export_dir

    knowledge = open_knowledge(store, creating=True)
    settings = knowledge.settings
    export, made, seconds = None, False, 0.0
    if settings.embedding_runtime == "onnx":
        model_path = resolve_model_path(settings.model)
        folder = export_dir(model_path, settings.model_cache) if Path(model_path).is_dir() else None
        made = folder is not None and not (folder / META_FILE).is_file()
        started = time.perf_counter()
        # loads the export, making it first if missing; where it can't be made, the model (the warning says why)
        if isinstance(knowledge.embeddings, OnnxEmbeddings):
            export, seconds = str(knowledge.embeddings.folder), time.perf_counter() - started
        made = made and export is not None
    # the tuned question encoder (knowledge/question_encoder.py): its model folder and export, made once likewise
    encoder = knowledge.question_encoder
    encoder_folder = str(getattr(encoder, "folder", "")) or None
    report = run_ingest(knowledge, [], show_progress=not as_json, shipped=True)
    if as_json:
        typer.echo(json.dumps({"embedding_runtime": settings.embedding_runtime, "onnx_export": export,
                               "onnx_export_made": made, "question_encoder": encoder_folder,
                               "shipped": to_dict(report)}, ensure_ascii=False))
        return
    if settings.embedding_runtime != "onnx":
        typer.echo("embedding model: run with sentence-transformers (BLACKLIST_BOT_EMBEDDING_RUNTIME), no export needed")
    elif export is None:
        typer.echo("embedding model: no ONNX export could be made (see the warning above); questions will run it "
                   "with sentence-transformers")
    else:
        typer.echo(f"embedding model: ONNX export {f'made in {seconds:.0f} s' if made else 'ready'} in {export}")
    if encoder:
        typer.echo(f"question encoder: ready{f' in {encoder_folder}' if encoder_folder else ''}")
    typer.echo(f"shipped knowledge: added {report.added}, updated {report.updated}, removed {report.removed}, "
               f"unchanged {report.unchanged}, chunks written {report.chunks}, skipped {len(report.skipped)}")


def format_answer(answer) -> str:
    lines = [answer.answer]
    if answer.list_data_as_of:  # same words as the Discord footer (bot/render.py list_data_line)
        stale = " (out of date: check the official list)" if answer.list_data_stale else ""
        lines.append(f"List data as of {answer.list_data_as_of.isoformat()}{stale}.")
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            when = c.published.isoformat() if c.published else "date not stated"
            lines.append(f"[{c.n}] {c.title} ({when})")
            lines.append(f"    {c.url or c.path}")
            lines.append(f"    “{c.snippet}”")
    return "\n".join(lines)


USAGE = 'Usage: blacklist-bot ask "your question"  (or pipe one question per line on stdin)'


@app.command()
def ask(
    question: Optional[str] = typer.Argument(
        None, metavar="[QUESTION]",
        help="The question, in quotes. Leave out to read questions from stdin, one per line.",
    ),
    store: Optional[Path] = StoreOption,
    as_json: bool = JsonOption,
) -> None:
    """Answer a question from the indexed sources, with numbered citations. From stdin: one JSON object per input
    line, in order; a line that can't be asked (blank, too long) gets {"line": n, "question": ..., "error": ...}."""
    from bot.question import MAX_LENGTH, BadQuestion, clean_question
    from knowledge.models import to_dict

    if question is not None:
        answer_once()
        try:
            question = clean_question(question, MAX_LENGTH)
        except BadQuestion as exc:
            typer.echo(f"error: {exc}. {USAGE}", err=True)
            raise typer.Exit(2)
    if question is None and sys.stdin.isatty():
        typer.echo(USAGE, err=True)
        raise typer.Exit(2)
    knowledge = open_knowledge(store)
    ensure_shipped_knowledge(knowledge)
    if knowledge.store.is_empty():
        from bot.store_check import StoreProblem

        where = knowledge.store.location
        raise StoreProblem(f"the store {where} holds no articles, so no question can be answered from it; "
                           f"index some with `blacklist-bot ingest PATH --store {knowledge.settings.store}`")
    if question is not None:
        answer = knowledge.ask(question)
        typer.echo(json.dumps(to_dict(answer), ensure_ascii=False) if as_json else format_answer(answer))
        return
    for n, line in enumerate(sys.stdin, start=1):
        raw = line.rstrip("\r\n")
        try:
            q = clean_question(raw, MAX_LENGTH)
        except BadQuestion as exc:
            typer.echo(json.dumps({"line": n, "question": raw[:200], "error": str(exc)}, ensure_ascii=False))
        else:
            typer.echo(json.dumps(to_dict(knowledge.ask(q)), ensure_ascii=False))
        sys.stdout.flush()


@app.command()
def sources(store: Optional[Path] = StoreOption, as_json: bool = JsonOption) -> None:
    """List what is indexed, newest first, with dates and chunk counts."""
    from knowledge.models import to_dict

    answer_once()
    knowledge = open_knowledge(store)
    infos = knowledge.sources()
    if as_json:
        typer.echo(json.dumps([to_dict(s) for s in infos], ensure_ascii=False))
        return
    if not infos:
        typer.echo("Nothing is indexed yet: run `blacklist-bot ingest`.")
    for s in infos:
        typer.echo(format_source(s))


def shown_source_path(path: str, root: str) -> str:
    """Where a source came from, as a reader wants it: relative to the folder it was ingested from, else its file
    name (the full local path of the machine that ingested it says nothing to anyone else)."""
    import os

    if root:
        try:
            return str(Path(os.path.abspath(path)).relative_to(root))
        except ValueError:  # ingested through a link or from another working folder
            pass
    return Path(path).name


def format_source(s) -> str:
    """One source of `sources`: date, chunk count and title; then its address, and for a source whose date is not
    stated, the first date its text mentions (which orders it, and is not a publication date)."""
    from ingest.discovery import shown_name

    when = s.published.isoformat() if s.published else "not stated"
    where = s.url or shown_name(shown_source_path(s.path, s.root))
    if not s.published:
        mentions = f"the text first mentions {s.mentioned:%B %Y}" if s.mentioned else "the text mentions no date"
        where += f"  (date not stated; {mentions})"
    return f"{when:10}  {s.chunks:3d} chunks  {s.title}\n            {where}"


@app.command(name="run")
def run_bot() -> None:
    """Run the Discord bot (needs DISCORD_TOKEN in the environment or .env)."""
    _quiet_libraries()
    from bot.client import run

    raise typer.Exit(run(settings_for(None)))


def main() -> None:
    """Every failure the user can act on is one line on stderr and a non-zero exit, never a traceback
    (BLACKLIST_BOT_DEBUG=1 shows it)."""
    import os

    from bot import cli_lists, evaluate
    from bot.collector import cli_process, skip_final_collection
    from bot.store_check import StoreProblem
    from ingest.lock import WriterBusy
    from knowledge.settings import SettingsError, read_settings

    cli_process()

    cli_lists.register(app, settings_for)  # lists import, lookup
    evaluate.register(app)                 # eval
    try:
        read_settings()  # once, and first: a bad value in the environment or .env is one line, never a traceback
        app()
    except SettingsError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except (StoreProblem, WriterBusy) as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(3)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("BLACKLIST_BOT_DEBUG"):
            raise
        typer.echo(f"error: {describe_failure(exc)}", err=True)
        sys.exit(1)
    finally:
        skip_final_collection()


def describe_failure(exc: BaseException) -> str:
    """One line for an unexpected failure, naming the store or server when the failure came from it."""
    import sqlite3

    from knowledge.settings import read_settings

    settings = read_settings()
    text = " ".join(str(exc).split())[:300] or exc.__class__.__name__
    if isinstance(exc, sqlite3.DatabaseError) or "sqlite" in text.lower() or "hnsw" in text.lower():
        return (f"the store {settings.store} could not be read ({text}); move it aside and rebuild it with "
                "`blacklist-bot ingest`")
    if settings.chroma_host and ("connect" in text.lower() or "chroma" in text.lower()):
        return (f"the Chroma server at http://{settings.chroma_host}:{settings.chroma_port} failed ({text}); check "
                "that it is running")
    if isinstance(exc, PermissionError):
        return f"permission denied: {exc.filename or text}; give this user access or use another --store"
    return f"{exc.__class__.__name__}: {text} (BLACKLIST_BOT_DEBUG=1 shows the traceback)"


if __name__ == "__main__":
    main()
