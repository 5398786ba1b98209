"""CLI commands for the list registry: `lists` (where the list data comes from and how fresh it is), `lists update`
(fetch the official files), `lists import FILE`, `lists shipped` and `lookup [NAME]`.

`register(app, settings_for)` adds them to the main Typer app; `settings_for(store)` returns the settings the command
runs with (knowledge/settings.py), with `--store` applied. The registry lives in `<store>/registry.sqlite3`. Nothing here loads the
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


def _when(value) -> str:
    if value is None:
        return "-"
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "hour") else value.isoformat()


def format_sources(sources, stale_days: int) -> str:
    """`blacklist-bot lists`: one row per source."""
    if not sources:
        return "No list data recorded yet: run `blacklist-bot lists update` (or `blacklist-bot lists shipped`)."
    rows = [("source", "data as of", "checked (UTC)", "fetched (UTC)", "file date", "sha256", "lists", "state")]
    for s in sources:
        if s.error:
            state = "FAILED: " + s.error
        elif s.stale:
            state = f"STALE (over {stale_days} days)" if s.as_of else "never fetched"
        else:
            state = "ok"
        rows.append((s.source, _when(s.as_of), _when(s.checked_at), _when(s.fetched_at), _when(s.source_date),
                     (s.sha256[0][:12] + "…") if s.sha256 else "-", str(len(s.lists)), state))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[-1] for r in rows)


def format_update(report) -> tuple[list[str], list[str]]:
    """(lines for stdout, one line per failed source for stderr)."""
    out, err = [], []
    for r in report.results:
        if r.status == "failed":
            err.append(f"error: {r.source} ({r.title}) failed, its data is unchanged: {r.reason}")
            continue
        line = f"{r.source:12} {r.status}"
        if r.report is not None:
            d = r.report.to_dict()["listings"]
            line += f": listings added {d['added']}, updated {d['updated']}, ended {d['ended']}"
            if r.report.skipped:
                line += (f"; {len(r.report.skipped)} unreadable rows skipped, so no listing was ended "
                         f"({r.report.removals_withheld} kept)")
        if r.files and r.files[0].sha256:
            dated = f", file dated {r.files[0].source_date.isoformat()}" if r.files[0].source_date else ""
            line += f" (sha256 {r.files[0].sha256[:12]}…{dated})"
        out.append(line)
    return out, err


def match_to_dict(m) -> dict[str, Any]:
    e = m.entity
    return {
        "name": e.name,
        "score": round(float(m.score), 4),
        "match": bool(m.match),
        "reason": m.reason,
        "aliases": list(e.aliases),
        "country": e.country,
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
                "note": l.note,
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
    for phrase in l.restricts:
        text += f"\n      {phrase}"
    if l.note:  # why it was listed, or which company it is ("not the US company CoStar Group, Inc.")
        text += f"\n      note: {l.note}"
    if l.source_url:
        text += f"\n      source: {l.source_url}"
    return text


def format_matches(query: str, matches) -> str:
    lines = [f"{query}:"]
    shared = [m for m in matches if m.ambiguous]
    if shared and not any(m.match for m in matches):
        lines.append(f"  {len(shared)} listed companies have this in their names; give more of the name to tell which:")
    elif not matches or not any(m.match for m in matches):
        lines.append("  no listed company matches this name in the list data held here; no match is not clearance: "
                     "check the official lists.")
    for m in matches:
        mark = "MATCH" if m.match else "weak "
        lines.append(f"  {mark} {m.score:.2f}  {m.entity.name}   ({m.reason})")
        if not m.match:
            continue
        if m.entity.country:
            lines.append(f"      country: {m.entity.country}")
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
    from knowledge.lookup import Registry

    reg = Registry.open(registry_path(store_dir))
    if load_shipped_if_empty and reg.count() == 0:
        from ingest.lists import load_shipped

        load_shipped(reg)
    return reg


def register(app: typer.Typer, settings_for: Callable[[Optional[Path]], Any]) -> None:
    lists_app = typer.Typer(rich_markup_mode=None,  # plain help, as the main app (no "<bool>" after flags)
                            help="Official list data: where it comes from and how fresh it is; update, import.")

    @lists_app.callback(invoke_without_command=True)
    def lists_status(
        ctx: typer.Context,
        store: Optional[Path] = typer.Option(None, "--store", help="Store folder (default: settings)."),
        as_json: bool = typer.Option(False, "--json", help="Machine-readable list of sources."),
    ) -> None:
        """Each source of list data: data as of, when last checked and fetched, its file's date and checksum."""
        if ctx.invoked_subcommand is not None:
            return
        from bot.collector import answer_once
        from knowledge.freshness import list_sources
        from knowledge.models import to_dict

        answer_once()
        settings = settings_for(store)
        sources = list_sources(registry_path(Path(settings.store)), settings.list_stale_days)
        if as_json:
            typer.echo(json.dumps({"stale_after_days": settings.list_stale_days,
                                   "sources": [to_dict(s) for s in sources]}, ensure_ascii=False))
        else:
            typer.echo(format_sources(sources, settings.list_stale_days))

    @lists_app.command("update")
    def lists_update(
        sources: Optional[list[str]] = typer.Argument(None, help="Sources to fetch (default: BLACKLIST_BOT_LIST_SOURCES): "
                                                      "csl, ofac-sdn, dod-1260h, fcc-covered."),
        store: Optional[Path] = typer.Option(None, "--store", help="Store folder (default: settings)."),
        as_json: bool = typer.Option(False, "--json", help="Machine-readable report."),
        force: bool = typer.Option(False, "--force", help="Import even if a file ends more than "
                                   "BLACKLIST_BOT_LIST_MAX_REMOVED_SHARE of a list's listings."),
    ) -> None:
        """Fetch the official list files (conditional requests, size cap, timeouts) and import what changed into a
        new registry version; a source that fails keeps its last good data. Exit 1 if any source failed."""
        from ingest.update import enabled_sources, update_lists

        settings = settings_for(store)
        try:
            enabled_sources(settings, sources or None)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2)
        open_registry(Path(settings.store), load_shipped_if_empty=settings.uses_default_store).close()
        report = update_lists(registry_path(Path(settings.store)), settings, only=sources or None, force=force)
        out, err = format_update(report)
        if as_json:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        else:
            for line in out:
                typer.echo(line)
            if not report.results:
                typer.echo("No list sources enabled (BLACKLIST_BOT_LIST_SOURCES).")
        for line in err:
            typer.echo(line, err=True)
        if report.failed:
            raise typer.Exit(1)

    @lists_app.command("import")
    def lists_import(
        file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True,
                                    help="A CSL CSV/JSON export, OpenSanctions FtM JSON lines, or OFAC sdn.csv."),
        store: Optional[Path] = typer.Option(None, "--store", help="Store folder (default: settings)."),
        as_json: bool = typer.Option(False, "--json", help="Machine-readable report."),
        as_of: Optional[str] = typer.Option(None, "--as-of", help="Date for removals (YYYY-MM-DD; default today)."),
        force: bool = typer.Option(False, "--force", help="Import even if the file ends more than "
                                   "BLACKLIST_BOT_LIST_MAX_REMOVED_SHARE of a list's listings."),
    ) -> None:
        """Import a list file: adds and updates entities and listings, and records removals from a newer full list.
        A file cut short is refused; one with unreadable rows ends no listing; one that would end more than the set
        share of a list's listings stops and names them unless --force."""
        from ingest.lists import import_file

        from ingest.lock import local_writer_lock

        settings = settings_for(store)
        when = date.fromisoformat(as_of) if as_of else None
        store_dir = Path(settings.store)
        store_dir.mkdir(parents=True, exist_ok=True)
        reg = open_registry(store_dir)
        try:
            # one writer per store: not during an ingest or another import
            with local_writer_lock(store_dir, settings.writer_wait):
                report = import_file(reg, file, as_of=when, force=force,
                                     max_removed_share=settings.list_max_removed_share)
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
        if report.removals_withheld:
            typer.echo(f"  {report.removals_withheld} listings absent from the file were NOT ended, because some rows "
                       "could not be read")

    @lists_app.command("shipped")
    def lists_shipped(
        store: Optional[Path] = typer.Option(None, "--store", help="Store folder (default: settings)."),
        as_json: bool = typer.Option(False, "--json", help="Machine-readable report."),
    ) -> None:
        """Load the list data shipped with the project (idempotent)."""
        from ingest.lists import load_shipped

        reg = open_registry(Path(settings_for(store).store))
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
        name: Optional[str] = typer.Argument(None, help="A company, brand or product name, in quotes. Leave out to read names from stdin, one per line."),
        store: Optional[Path] = typer.Option(None, "--store", help="Store folder (default: settings)."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per name."),
        limit: int = typer.Option(5, "--limit", min=1, max=50, help="Candidates shown per name."),
    ) -> None:
        """Find a company on the official lists: every listing with status, dates, source and what it restricts."""
        # the same code and settings as /company (Knowledge.lookup, BLACKLIST_BOT_MATCH_THRESHOLD); the model is
        # not loaded. On the default store, a first lookup loads the shipped list data; a store the user named
        # (--store or BLACKLIST_BOT_STORE) is used as it is, and must exist, be whole and hold list data: never "no
        # listed company matches" from an empty one.
        from bot.collector import answer_once
        from bot.store_check import StoreProblem, check_store_dir
        from knowledge.api import Knowledge

        if name is not None:
            answer_once()
        settings = settings_for(store)
        explicit = not settings.uses_default_store
        check_store_dir(Path(settings.store), explicit=explicit, creating=False)
        knowledge = Knowledge(settings)
        if knowledge.registry.count() == 0:
            if explicit:
                knowledge.registry.close()
                raise StoreProblem(f"the store {settings.store} holds no list data, so no company can be looked up in "
                                   f"it; load it with `blacklist-bot lists shipped --store {settings.store}` or "
                                   f"`lists import FILE`")
            from ingest.lists import load_shipped

            load_shipped(knowledge.registry)
        try:
            names = [name] if name is not None else (line.strip() for line in sys.stdin)
            for query in names:
                if not query:
                    continue
                matches = knowledge.lookup(query, limit=limit)
                if as_json:
                    typer.echo(json.dumps(lookup_to_dict(query, matches), ensure_ascii=False))
                else:
                    typer.echo(format_matches(query, matches))
                sys.stdout.flush()
        finally:
            knowledge.registry.close()

