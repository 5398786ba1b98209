"""CLI commands for the list registry: `lists import FILE`, `lists shipped` and `lookup [NAME]`.

`register(app, get_settings)` adds them to the main Typer app; `get_settings(store)` returns the settings object
(its `.store` is the store folder). The registry lives in `<store>/registry.sqlite3`. Nothing here loads the
embedding model, so `lookup` answers in a fraction of a second.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable, Optional

import typer

REGISTRY_FILE = "registry.sqlite3"


def registry_path(store: Path) -> Path:
    return Path(store) / REGISTRY_FILE


def _store_dir(get_settings: Callable | None, store: Optional[Path]) -> Path:
    if store is not None:
        return Path(store)
    settings = None
    if get_settings is not None:
        try:
            settings = get_settings(None)
        except TypeError:
            settings = get_settings()
    if settings is None:
        from knowledge.settings import Settings

        settings = Settings()
    return Path(settings.store)


def _threshold(get_settings: Callable | None) -> float | None:
    return None   # the registry's calibrated threshold (knowledge.registry.MATCH_THRESHOLD)


def match_to_dict(m) -> dict[str, Any]:
    e = m.entity
    return {
        "name": e.name,
        "score": round(float(m.score), 4),
        "match": bool(m.match),
        "reason": m.reason,
        "aliases": list(e.aliases),
        "listings": [
            {
                "list": l.list,
                "authority": l.authority,
                "program": l.program,
                "status": l.status,
                "start_date": l.start_date.isoformat() if l.start_date else None,
                "end_date": l.end_date.isoformat() if l.end_date else None,
                "source_url": l.source_url,
                "restricts": list(l.restricts),
            }
            for l in e.listings
        ],
    }


def lookup_to_dict(query: str, matches) -> dict[str, Any]:
    return {"query": query, "matches": [match_to_dict(m) for m in matches]}


def format_listing(l) -> str:
    if l.status == "active":
        when = f"since {l.start_date.isoformat()}" if l.start_date else "date not given"
    else:
        span = f"{l.start_date.isoformat() if l.start_date else '?'} to {l.end_date.isoformat() if l.end_date else '?'}"
        when = f"{span}"
    text = f"{l.list}: {l.status.upper()} ({when})"
    if l.program:
        text += f" [{l.program}]"
    if l.restricts:
        text += f"\n      restricts {', '.join(l.restricts)}"
    if l.source_url:
        text += f"\n      source: {l.source_url}"
    return text


def format_matches(query: str, matches) -> str:
    lines = [f"{query}:"]
    if not matches or not any(m.match for m in matches):
        lines.append("  no listed company matches this name.")
    for m in matches:
        mark = "MATCH" if m.match else "weak "
        lines.append(f"  {mark} {m.score:.2f}  {m.entity.name}   ({m.reason})")
        if not m.match:
            continue
        if m.entity.aliases:
            shown = m.entity.aliases[:8]
            more = f" (+{len(m.entity.aliases) - 8} more)" if len(m.entity.aliases) > 8 else ""
            lines.append(f"      also known as: {'; '.join(shown)}{more}")
        if not m.entity.listings:
            lines.append("      no listings recorded")
        for l in m.entity.listings:
            lines.append("    - " + format_listing(l))
    return "\n".join(lines)


def open_registry(store_dir: Path, load_shipped_if_empty: bool = False):
    from knowledge.registry import Registry

    reg = Registry.open(registry_path(store_dir))
    if load_shipped_if_empty and reg.count() == 0:
        from ingest.lists import load_shipped

        load_shipped(reg)
    return reg


def register(app: typer.Typer, get_settings: Callable | None = None) -> None:
    lists_app = typer.Typer(no_args_is_help=True, help="Official list data: import list files into the registry.")

    @lists_app.command("import")
    def lists_import(
        file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True,
                                    help="A CSL CSV/JSON export, OpenSanctions FtM JSON lines, or OFAC sdn.csv."),
        store: Optional[Path] = typer.Option(None, "--store", help="Store folder (default: settings)."),
        as_json: bool = typer.Option(False, "--json", help="Machine-readable report."),
        as_of: Optional[str] = typer.Option(None, "--as-of", help="Date for removals (YYYY-MM-DD; default today)."),
    ) -> None:
        """Import a list file: adds and updates entities and listings, and records removals from a newer full list."""
        from ingest.lists import import_file

        from ingest.lock import local_writer_lock

        when = date.fromisoformat(as_of) if as_of else None
        store_dir = _store_dir(get_settings, store)
        store_dir.mkdir(parents=True, exist_ok=True)
        reg = open_registry(store_dir)
        try:
            with local_writer_lock(store_dir):  # one writer per store: not during an ingest or another import
                report = import_file(reg, file, as_of=when)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2)
        finally:
            reg.close()
        if as_json:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
            return
        d = report.to_dict()
        typer.echo(f"Imported {file} ({report.format})")
        for what in ("entities", "listings"):
            c = d[what]
            typer.echo(f"  {what:9} added {c['added']}, updated {c['updated']}, unchanged {c['unchanged']}, "
                       f"ended {c['ended']}, skipped {c['skipped']}")
        for line, reason in report.skipped[:20]:
            typer.echo(f"  skipped line {line}: {reason}")
        if len(report.skipped) > 20:
            typer.echo(f"  … and {len(report.skipped) - 20} more skipped rows")

    @lists_app.command("shipped")
    def lists_shipped(
        store: Optional[Path] = typer.Option(None, "--store", help="Store folder (default: settings)."),
        as_json: bool = typer.Option(False, "--json", help="Machine-readable report."),
    ) -> None:
        """Load the list data shipped with the project (idempotent)."""
        from ingest.lists import load_shipped

        reg = open_registry(_store_dir(get_settings, store))
        try:
            report = load_shipped(reg)
        finally:
            reg.close()
        if as_json:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        else:
            d = report.to_dict()
            typer.echo(f"Shipped list data: entities added {d['entities']['added']}, listings added "
                       f"{d['listings']['added']}, updated {d['listings']['updated']}")

    app.add_typer(lists_app, name="lists")

    @app.command("lookup")
    def lookup(
        name: Optional[str] = typer.Argument(None, help="A company, brand or product name; none: one per line on stdin."),
        store: Optional[Path] = typer.Option(None, "--store", help="Store folder (default: settings)."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per name."),
        limit: int = typer.Option(5, "--limit", min=1, max=50, help="Candidates shown per name."),
    ) -> None:
        """Find a company on the official lists: every listing with status, dates, source and what it restricts."""
        # on the default store, a first lookup loads the shipped list data; an explicit --store is used as it is,
        # and must exist, be whole and hold list data: never "no listed company matches" from an empty one
        from bot.store_check import StoreProblem, check_store_dir

        store_dir = _store_dir(get_settings, store)
        check_store_dir(store_dir, explicit=store is not None, creating=False)
        reg = open_registry(store_dir, load_shipped_if_empty=store is None)
        if store is not None and reg.count() == 0:
            reg.close()
            raise StoreProblem(f"the store {store_dir} holds no list data, so no company can be looked up in it; "
                               f"load it with `blacklist-bot lists shipped --store {store_dir}` or `lists import FILE`")
        try:
            names = [name] if name is not None else (line.strip() for line in sys.stdin)
            for query in names:
                if not query:
                    continue
                matches = reg.lookup(query, limit=limit)
                if as_json:
                    typer.echo(json.dumps(lookup_to_dict(query, matches), ensure_ascii=False))
                else:
                    typer.echo(format_matches(query, matches))
                sys.stdout.flush()
        finally:
            reg.close()


def _standalone() -> None:
    app = typer.Typer(add_completion=False, no_args_is_help=True)
    register(app)
    app()


if __name__ == "__main__":
    _standalone()
