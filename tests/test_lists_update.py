"""`lists update` against a real HTTP server on 127.0.0.1 serving small official-format files (tests/fixtures/lists):
first fetch, 304, a changed file that ends a listing, and every failure (500, a file cut short, a file over the
size cap, a download cut short, a timeout) leaving the previous data answering. Then imports that cannot lie
(a file cut short, a bad JSON line, a removal guard), the freshness people see (`lists`, answers, /status), and the
bot's scheduled update."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from bot.cli_lists import register
from ingest.lists import IncompleteFile, TooManyRemovals, import_file
from knowledge.lookup import Registry
from knowledge.settings import Settings
from tests.support import CSL_HEADER, EL, FIXTURES, SDN, ListServer, csl_row, list_settings

DOD_1260H = "DoD Section 1260H List of Chinese Military Companies"


@pytest.fixture
def server():
    s = ListServer()
    s.serve("/csl.csv", "csl-v1.csv", etag='"csl-1"')
    s.serve("/sdn.csv", "sdn.csv", etag='"sdn-1"')
    s.serve("/alt.csv", "alt.csv", etag='"alt-1"')
    s.serve("/1260h.json", "1260h.ftm.json", etag='"1260h-1"')
    s.serve("/fcc.json", "fcc.ftm.json", etag='"fcc-1"')
    yield s
    s.close()


class Cli:
    """`blacklist-bot lists …` and `lookup` as a user runs them, on one store with the given settings."""

    def __init__(self, server: ListServer, store: Path):
        self.server, self.store, self.overrides = server, store, {}

    def run(self, *args: str):
        settings = list_settings(self.server, self.store, **self.overrides)
        app = typer.Typer()
        register(app, settings.with_store)
        return CliRunner().invoke(app, [*args, "--store", str(self.store)])

    def update(self, *args: str):
        return self.run("lists", "update", *args)

    def lookup(self, name: str) -> dict:
        result = self.run("lookup", name, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def listing(self, name: str, list_name: str) -> dict | None:
        out = self.lookup(name)
        m = out["matches"][0] if out["matches"] and out["matches"][0]["match"] else None
        return next((l for l in m["listings"] if l["list"] == list_name), None) if m else None

    def sources(self) -> dict[str, dict]:
        result = self.run("lists", "--json")
        assert result.exit_code == 0, result.output
        return {s["source"]: s for s in json.loads(result.stdout)["sources"]}

    def generation(self) -> str:
        conn = sqlite3.connect(self.store / "registry.sqlite3")
        try:
            return conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()[0]
        finally:
            conn.close()


@pytest.fixture
def cli(server, tmp_path) -> Cli:
    return Cli(server, tmp_path / "store")


def sha(fixture: str) -> str:
    return hashlib.sha256((FIXTURES / fixture).read_bytes()).hexdigest()


# ---- first fetch, 304, a change ---------------------------------------------------------------------------------
def test_first_fetch_imports_every_source_and_records_its_freshness(cli):
    result = cli.update()
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    for source in ("csl", "ofac-sdn", "dod-1260h", "fcc-covered"):
        assert any(line.startswith(source) and "updated" in line for line in result.stdout.splitlines()), result.stdout

    el = cli.listing("Quillfeather Optics", EL)
    assert el["status"] == "active" and el["start_date"] == "2021-03-01"
    assert el["source_url"] == "https://www.federalregister.gov/citation/86-FR-11111"
    assert cli.listing("National Bank of Cuba", SDN)["status"] == "active"        # an alt.csv name
    assert cli.listing("Larkspur Shipbuilding", DOD_1260H)["start_date"] == "2025-01-07"
    assert cli.listing("Cobblestone Telecom", "FCC Covered List")["status"] == "active"

    sources = cli.sources()
    assert set(sources) == {"csl", "ofac-sdn", "dod-1260h", "fcc-covered"}
    csl = sources["csl"]
    assert csl["sha256"] == [sha("csl-v1.csv")]
    assert csl["source_date"] == "2026-11-30"                 # the file's Last-Modified
    assert csl["as_of"] == date.today().isoformat() and csl["stale"] is False and csl["error"] is None
    assert csl["checked_at"][:10] == date.today().isoformat() and EL in csl["lists"]
    assert sources["ofac-sdn"]["sha256"] == [sha("sdn.csv"), sha("alt.csv")]
    table = cli.run("lists").stdout
    assert "csl" in table and sha("csl-v1.csv")[:12] in table and "ok" in table


def test_not_modified_imports_nothing(cli, server):
    assert cli.update().exit_code == 0
    generation = cli.generation()
    server.requests.clear()
    result = cli.update()
    assert result.exit_code == 0, result.output
    assert all("not modified" in line for line in result.stdout.splitlines()), result.stdout
    asked = dict(server.requests)
    assert asked["/csl.csv"]["if-none-match"] == '"csl-1"'   # a conditional request
    assert "if-modified-since" in asked["/sdn.csv"]
    assert cli.generation() == generation                     # no new registry version
    assert cli.sources()["csl"]["sha256"] == [sha("csl-v1.csv")]


def test_same_file_without_conditional_support_is_not_reimported(cli, server):
    server.serve("/csl.csv", "csl-v1.csv", etag=None)         # a server that ignores conditional requests
    assert cli.update("csl").exit_code == 0
    generation = cli.generation()
    result = cli.update("csl")
    assert result.exit_code == 0 and "unchanged" in result.stdout
    assert cli.generation() == generation


def test_changed_file_ends_a_listing_with_its_history_kept(cli, server):
    assert cli.update().exit_code == 0
    server.serve("/csl.csv", "csl-v2.csv", etag='"csl-2"')
    result = cli.update()
    assert result.exit_code == 0, result.output
    assert "ended 1" in next(l for l in result.stdout.splitlines() if l.startswith("csl"))
    gone = cli.listing("Tessaline Semiconductor", EL)
    assert gone["status"] == "removed" and gone["end_date"] == date.today().isoformat()
    assert gone["start_date"] == "2022-01-03"                  # history kept, not deleted
    assert cli.listing("Juniperfold RF", EL)["status"] == "active"
    assert cli.sources()["csl"]["sha256"] == [sha("csl-v2.csv")]


# ---- failures keep the last good data ----------------------------------------------------------------------------
FAILURES = {
    "server error": (dict(fixture="csl-v2.csv", status=500), {}, "HTTP 500"),
    "file cut short": (dict(fixture="csl-v2-truncated.csv"), {}, "cut short"),
    "over the size cap": (dict(fixture="csl-v2.csv"), {"list_max_bytes": 2_000}, "limit"),
    "download cut short": (dict(fixture="csl-v2.csv", length=10_000), {}, "cut short"),
    "timeout": (dict(fixture="csl-v2.csv", delay=2.5), {"list_timeout": 0.5}, "no answer"),
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_a_failed_source_keeps_its_last_good_data_and_says_why(cli, server, failure):
    route, overrides, reason = FAILURES[failure]
    assert cli.update().exit_code == 0
    fixture = route.pop("fixture")
    server.serve("/csl.csv", fixture, etag='"csl-broken"', **route)
    cli.overrides = overrides
    result = cli.update()
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("error: csl ") and reason in errors[0], result.stderr
    assert "Traceback" not in result.output
    # the other sources were still checked
    assert any(l.startswith("ofac-sdn") and "not modified" in l for l in result.stdout.splitlines())
    # the previous data still answers: Tessaline was not ended, Juniperfold not added
    cli.overrides = {}
    assert cli.listing("Tessaline Semiconductor", EL)["status"] == "active"
    assert cli.listing("Quillfeather Optics", EL)["status"] == "active"
    assert cli.listing("Juniperfold RF", EL) is None
    csl = cli.sources()["csl"]
    assert csl["sha256"] == [sha("csl-v1.csv")] and reason in csl["error"]
    assert "FAILED" in cli.run("lists").stdout
    # and the next good file clears the failure
    server.serve("/csl.csv", "csl-v2.csv", etag='"csl-2"')
    assert cli.update("csl").exit_code == 0
    assert cli.sources()["csl"]["error"] is None
    assert cli.listing("Tessaline Semiconductor", EL)["status"] == "removed"


def test_a_file_ending_too_many_listings_is_refused_until_forced(cli, server):
    assert cli.update("csl").exit_code == 0
    kept = (FIXTURES / "csl-v1.csv").read_text().splitlines()[:8]      # header + 7 of 10 listings
    server.serve("/csl.csv", ("\n".join(kept) + "\n").encode(), etag='"csl-short"')
    result = cli.update("csl")
    assert result.exit_code == 1
    assert "would end 3 of 10" in result.stderr and "Ivybridge Quantum Sensing Ltd." in result.stderr
    assert cli.listing("Ivybridge Quantum", EL)["status"] == "active"
    result = cli.update("csl", "--force")
    assert result.exit_code == 0, result.output
    assert cli.listing("Ivybridge Quantum", EL)["status"] == "removed"


def test_unknown_source_is_one_clear_line(cli):
    result = cli.update("nonsense")
    assert result.exit_code == 2 and "unknown list source nonsense" in result.stderr


# ---- imports that cannot lie -------------------------------------------------------------------------------------
@pytest.fixture
def reg(tmp_path):
    r = Registry.open(tmp_path / "registry.sqlite3")
    yield r
    r.close()


def el_rows(n: int) -> list[str]:
    return [csl_row(f"g{i}", EL, f"Guardrail Test Company {chr(65 + i)}{chr(65 + i)} Ltd.", "", "2022-01-01")
            for i in range(n)]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(reg: Registry) -> list[tuple]:
    conn = sqlite3.connect(reg.path)
    try:
        return conn.execute("SELECT list, key, status, end_date FROM listings ORDER BY list, key").fetchall()
    finally:
        conn.close()


def test_csv_cut_mid_row_is_refused_whole(reg, tmp_path):
    import_file(reg, write(tmp_path / "a.csv", CSL_HEADER + "\n" + "\n".join(el_rows(10)) + "\n"))
    before = snapshot(reg)
    full = CSL_HEADER + "\n" + "\n".join(el_rows(10)[:5] + [csl_row("new", EL, "Newcomer Optics Ltd.")]) + "\n"
    with pytest.raises(IncompleteFile, match="cut short"):
        import_file(reg, write(tmp_path / "cut.csv", full[: full.rfind("Newcomer") + 4]))     # inside a quote
    cut_after_field = full[: full.rfind('"new"') + 6]                                       # a row of 2 fields
    with pytest.raises(IncompleteFile, match="last row"):
        import_file(reg, write(tmp_path / "cut2.csv", cut_after_field))
    assert snapshot(reg) == before                          # nothing ended, nothing added


def test_unreadable_rows_end_no_listing(reg, tmp_path):
    import_file(reg, write(tmp_path / "a.csv", CSL_HEADER + "\n" + "\n".join(el_rows(10)) + "\n"))
    rows = el_rows(10)
    rows[3] = csl_row("g3", EL, "Guardrail Test Company DD Ltd.", "", "2022-13-45")   # unreadable date
    report = import_file(reg, write(tmp_path / "b.csv", CSL_HEADER + "\n" + "\n".join(rows[:3] + rows[3:4]) + "\n"))
    assert report.skipped and report.listings_ended == 0 and report.removals_withheld == 6
    assert all(status == "active" for _, _, status, _ in snapshot(reg))


def test_ftm_bad_line_ends_nothing_and_a_cut_last_line_is_refused(reg, tmp_path):
    lines = (FIXTURES / "1260h.ftm.json").read_text().splitlines()
    import_file(reg, FIXTURES / "1260h.ftm.json")
    bad_middle = [lines[0], "{not json", lines[1]]            # Wrenfield's lines are gone, one line unreadable
    report = import_file(reg, write(tmp_path / "b.json", "\n".join(bad_middle) + "\n"))
    assert report.skipped and report.listings_ended == 0 and report.removals_withheld == 1
    before = snapshot(reg)
    with pytest.raises(IncompleteFile, match="cut short"):
        import_file(reg, write(tmp_path / "c.json", "\n".join(lines[:3]) + "\n" + lines[3][:40]))
    assert snapshot(reg) == before


def test_removal_guard_refuses_whole_import_and_names_the_listings(reg, tmp_path):
    import_file(reg, write(tmp_path / "a.csv", CSL_HEADER + "\n" + "\n".join(el_rows(10)) + "\n"))
    before = snapshot(reg)
    fewer = el_rows(10)[:8] + [csl_row("z", EL, "Zephyr Added Ltd.")]    # 2 of 10 gone (20%) and 1 new
    path = write(tmp_path / "fewer.csv", CSL_HEADER + "\n" + "\n".join(fewer) + "\n")
    with pytest.raises(TooManyRemovals) as exc:
        import_file(reg, path)
    assert "would end 2 of 10" in str(exc.value) and "Guardrail Test Company JJ Ltd." in str(exc.value)
    assert snapshot(reg) == before and not any(m.match for m in reg.lookup("Zephyr Added"))   # all or nothing
    ok = import_file(reg, path, max_removed_share=0.25)                  # the share is a setting
    assert ok.listings_ended == 2


def test_removal_guard_on_the_command_line(tmp_path):
    app = typer.Typer()
    register(app, Settings(_env_file=None, store=tmp_path / "store").with_store)
    first = write(tmp_path / "a.csv", CSL_HEADER + "\n" + "\n".join(el_rows(10)) + "\n")
    fewer = write(tmp_path / "b.csv", CSL_HEADER + "\n" + "\n".join(el_rows(10)[:7]) + "\n")
    assert CliRunner().invoke(app, ["lists", "import", str(first)]).exit_code == 0
    refused = CliRunner().invoke(app, ["lists", "import", str(fewer)])
    assert refused.exit_code == 2 and "would end 3 of 10" in refused.stderr and "--force" in refused.stderr
    forced = CliRunner().invoke(app, ["lists", "import", str(fewer), "--force", "--json"])
    assert forced.exit_code == 0 and json.loads(forced.stdout)["listings"]["ended"] == 3
    sources = json.loads(CliRunner().invoke(app, ["lists", "--json"]).stdout)["sources"]
    assert {s["source"] for s in sources} == {"import:a.csv", "import:b.csv"}    # each file, with its date


def test_readers_see_the_old_version_or_the_new_never_a_mix(cli, server):
    """Readers running while an update switches versions see the old version (Tessaline active, no Juniperfold) or
    the new one (Tessaline removed, Juniperfold listed), never a mix, and never an error."""
    assert cli.update("csl").exit_code == 0
    reg = Registry.open(cli.store / "registry.sqlite3")
    seen, errors, stop = set(), [], threading.Event()

    def read():
        while not stop.is_set():
            try:
                snapshot = {e.name: [l.status for l in e.listings] for e in reg.entities()}   # one version
                seen.add((tuple(snapshot["Tessaline Semiconductor Corp."]),
                          "Juniperfold Microwave Co., Ltd." in snapshot))
            except Exception as exc:  # any error is a failure of the switch
                errors.append(repr(exc))

    readers = [threading.Thread(target=read) for _ in range(2)]
    for t in readers:
        t.start()
    try:
        server.serve("/csl.csv", "csl-v2.csv", etag='"csl-2"')
        assert cli.update("csl").exit_code == 0
        time.sleep(0.3)
    finally:
        stop.set()
        for t in readers:
            t.join()
        reg.close()
    assert not errors, errors[:3]
    assert (("removed",), True) in seen                       # the new version reached the running readers
    assert seen <= {(("active",), False), (("removed",), True)}
