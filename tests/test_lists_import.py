"""List importers: formats recognised from content, idempotent imports, removals recorded with history kept,
malformed rows skipped with their line number, real OFAC data at size (from ../shared beside the repository; the
other tests use the small official-format files in tests/fixtures/lists)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ingest.lists import detect_format, import_file
from knowledge.lookup import Registry
from knowledge.vocab import vocab

R_BLOCKED = vocab().restrictions["blocked"].now
R_EXPORTS = vocab().restrictions["exports"].now

from tests.support import CSL_HEADER, EL, FIXTURES, ROOT, SDN, csl_row

SHARED = ROOT / ".." / "shared"                            # shared material sits beside the repository
OFAC_DIR = SHARED / "data" / "ofac-sdn-2019"               # the full 2019 SDN list: import and lookup at size
CSL_OLD_LAYOUT = FIXTURES / "csl-old-layout.csv"           # 10 rows of the older CSL layout (no _id column)


@pytest.fixture
def reg(tmp_path) -> Registry:
    r = Registry.open(tmp_path / "store" / "registry.sqlite3")
    yield r
    r.close()


def write_csl(path: Path, rows: list[str]) -> Path:
    path.write_text(CSL_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


ROWS = [
    csl_row("r1", EL, "Acme Photonics Co., Ltd.", "Acme Photonics", "2020-01-02", "85 FR 1234"),
    csl_row("r2", EL, "Birchwood Drone Systems Ltd.", "", "2021-03-04"),
    csl_row("r3", SDN, "GREYSTONE MARITIME LLC", "GREYSTONE SHIPPING"),
]


def test_same_file_twice_changes_nothing(reg, tmp_path):
    f = write_csl(tmp_path / "csl.csv", ROWS)
    first = import_file(reg, f)
    assert (first.entities_added, first.listings_added) == (3, 3)
    second = import_file(reg, f)
    assert not second.changed
    assert (second.entities_unchanged, second.listings_unchanged) == (3, 3)
    assert reg.count() == 3


def test_newer_full_list_records_removal_and_keeps_history(reg, tmp_path):
    import_file(reg, write_csl(tmp_path / "old.csv", ROWS), as_of=date(2024, 1, 1))
    # one of the Entity List's two listings gone is more than the 10% an import may end without --force
    newer = import_file(reg, write_csl(tmp_path / "new.csv", ROWS[1:]), as_of=date(2024, 6, 30), force=True)
    assert newer.listings_ended == 1 and newer.entities_ended == 1
    m = reg.lookup("Acme Photonics")[0]
    assert m.match
    (l,) = m.entity.listings
    assert l.status == "removed" and l.end_date == date(2024, 6, 30)
    assert l.start_date == date(2020, 1, 2)            # history kept, not deleted
    assert l.source_url == "https://www.federalregister.gov/citation/85-FR-1234"
    assert l.restricts == [vocab().restrictions["exports"].past]    # an ended listing is told in the past
    # importing the newer list again changes nothing more
    assert not import_file(reg, tmp_path / "new.csv", as_of=date(2024, 7, 1)).changed


def test_malformed_row_is_skipped_with_its_line_number(reg, tmp_path):
    bad_fields = '"x1","' + EL + '","too","few"'
    bad_date = csl_row("x2", EL, "Cedar Logic Ltd.", "", "31/31/2020")
    no_name = csl_row("x3", EL, "")
    f = write_csl(tmp_path / "bad.csv", [ROWS[0], bad_fields, bad_date, no_name, ROWS[1]])
    report = import_file(reg, f)
    assert report.entities_added == 2
    lines = dict(report.skipped)
    assert set(lines) == {3, 4, 5}
    assert "fields" in lines[3] and "start_date" in lines[4] and "name" in lines[5]
    assert report.to_dict()["entities"]["skipped"] == 3


def test_older_csl_layout_without_id_column(reg):
    report = import_file(reg, CSL_OLD_LAYOUT)
    assert report.format == "csl-csv"
    assert report.skipped == []
    assert report.listings_added == 10 and len(report.lists) == 9
    m = reg.lookup("H and H Metalform GmbH")[0]
    assert m.match and m.entity.listings[0].restricts == [R_BLOCKED]
    # the older layout has no _id: the same file again still changes nothing
    assert not import_file(reg, CSL_OLD_LAYOUT).changed


def test_csl_json_form(reg, tmp_path):
    data = {"results": [
        {"id": "j1", "source": EL, "name": "Juniper Falcon Avionics Co., Ltd.", "alt_names": ["JFA Avionics"],
         "start_date": "2022-02-02", "federal_register_notice": "87 FR 5555",
         "addresses": [{"address": "1 Road", "city": "Xi'an", "country": "CN"}]},
    ]}
    f = tmp_path / "csl.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    assert detect_format(f) == "csl-json"
    report = import_file(reg, f)
    assert report.listings_added == 1
    m = reg.lookup("JFA Avionics")[0]
    assert m.match and m.entity.name == "Juniper Falcon Avionics Co., Ltd." and m.entity.country == "CN"


def test_opensanctions_ftm_lines(reg, tmp_path):
    lines = [
        {"id": "NK-1", "schema": "Company", "properties": {"name": ["Lakeside Quantum Instruments Co., Ltd."],
         "alias": ["Lakeside Quantum"], "country": ["cn"]}, "datasets": ["us_trade_csl"], "first_seen": "2023-01-01T00:00:00"},
        {"id": "NK-1-s", "schema": "Sanction", "properties": {"entity": ["NK-1"], "program": ["Entity List"],
         "authority": ["Bureau of Industry and Security"], "startDate": ["2023-02-03"],
         "sourceUrl": ["https://www.federalregister.gov/citation/88-FR-1000"]}, "datasets": ["us_bis_entity"]},
        "not json at all",
    ]
    f = tmp_path / "entities.ftm.json"
    f.write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n", encoding="utf-8")
    assert detect_format(f) == "ftm"
    report = import_file(reg, f)
    assert report.listings_added == 1 and report.skipped[0][0] == 3
    m = reg.lookup("Lakeside Quantum")[0]
    (l,) = m.entity.listings
    assert m.match and l.start_date == date(2023, 2, 3) and l.source_url.endswith("88-FR-1000")
    assert not import_file(reg, f).changed


def test_ofac_sdn_2019_with_alt_names(reg):
    # (how fast the import and a lookup are is benchmarks/lookup_eval.py's to measure, against a baseline, not a
    # timed test's on a shared machine)
    report = import_file(reg, OFAC_DIR / "sdn.csv")
    assert report.format == "ofac-sdn"
    assert report.entities_added > 7000 and report.skipped == []
    m = reg.lookup("National Bank of Cuba")[0]           # an alt.csv a.k.a.
    assert m.match and m.entity.name == "BANCO NACIONAL DE CUBA"
    assert m.entity.listings[0].restricts == [R_BLOCKED] and m.entity.listings[0].program == "CUBA"
    for q in ("Banco Nacional de Cuba", "aerocaribean airlines", "Bank Melli Iran", "Hezbollah"):
        assert reg.lookup(q)[0].match, q
    assert not any(m.match for m in reg.lookup("Technology Group"))
    again = import_file(reg, OFAC_DIR / "sdn.csv")
    assert not again.changed


def test_alt_csv_alone_is_refused(tmp_path):
    with pytest.raises(ValueError, match="sdn.csv"):
        detect_format(FIXTURES / "alt.csv")
