"""The lookup's mechanisms as a user meets them: qualifiers count, an exact alias beats a near name, names equal
after normalisation are exact, one shared word is not a match; the vocabulary the answers use is data, and the CLI
answers with the bot's settings."""
from __future__ import annotations

import json
import shutil

import pytest
import yaml
from typer.testing import CliRunner

from bot.cli_lists import register
from ingest.lists import import_file, load_shipped
from knowledge.lookup import Registry
from knowledge.lookup.score import Evidence, Params, score
from knowledge.settings import Settings
from knowledge.status import render_status, status_sentence
from knowledge.vocab import vocab
from tests.support import CSL_HEADER, EL, ROOT, SDN, csl_registry, csl_row, top_match

LISTS = ROOT / "knowledge" / "lists"


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    r = csl_registry(tmp_path_factory.mktemp("csl"), [
        csl_row("p1", EL, "Semiconductor Manufacturing International Corporation", "SMIC"),
        csl_row("p2", EL, "Semiconductor Manufacturing International (Beijing) Corporation"),
        csl_row("p3", EL, "China Mobile Communications Group Co., Ltd.", "China Mobile"),
        csl_row("p4", EL, "China Mobile Limited"),
        csl_row("p5", EL, "China Aerospace Science and Technology Corporation", "CASC"),
        csl_row("p6", SDN, "N.P.T.T. DONA-SHELL"),
        csl_row("p7", EL, "Maplewood Sensor Technology Co., Ltd.", "Maplewood Sensors"),
    ])
    yield r
    r.close()


@pytest.mark.parametrize("query", ["Semiconductor Mfg Intl Corp", "Semiconductor Manufacturing Intl",
                                   "Semiconductor Manufacturing International Corporation Limited"])
def test_a_parenthesised_place_counts_against_the_subsidiary(reg, query):
    ms = reg.lookup(query)
    assert ms[0].match and ms[0].entity.name == "Semiconductor Manufacturing International Corporation"
    beijing = [m for m in ms if "Beijing" in m.entity.name]
    assert not beijing or beijing[0].score < ms[0].score


def test_an_exact_alias_beats_a_name_equal_only_after_normalisation(reg):
    m = top_match(reg, "China Mobile")
    assert m.entity.name == "China Mobile Communications Group Co., Ltd." and m.why.rule == "literal"


def test_names_equal_after_normalisation_are_an_exact_match(reg):
    m = top_match(reg, "China Aerospace Science & Technology Corp")
    assert m.entity.name == "China Aerospace Science and Technology Corporation"
    assert m.why.rule == "normalised" and m.score >= 0.99


def test_one_shared_word_at_the_end_of_a_name_is_not_a_match(reg):
    assert top_match(reg, "Shell plc") is None
    assert top_match(reg, "Maplewood Sensors").entity.name.startswith("Maplewood Sensor")
    assert top_match(reg, "Maplewood") is None          # another company may share its first word


def test_score_is_a_pure_function_of_the_evidence_with_reasons_as_data():
    ev = Evidence("tokens", "Northwind Optics", "name", query_cover=1.0, matched=1.0, missing=1.0,
                  substituted=("photonics", "optics"))
    p = Params(threshold=0.8)
    r = score(ev, p)
    assert r == score(ev, p) and r.score < p.threshold and r.capped == "different name"
    assert r.to_dict()["substituted"] == ("photonics", "optics")


def _shipped_restriction_keys() -> list[tuple[str, str]]:
    found = []
    for path in sorted(LISTS.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for lid, spec in (doc.get("lists") or {}).items():
            found += [(f"{path.name}: list {lid}", k) for k in spec.get("restricts") or []]
        for ent in doc.get("entities") or []:
            for l in ent.get("listings") or []:
                found += [(f"{path.name}: {ent.get('id')}", k) for k in l.get("restricts") or []]
    return found


def test_shipped_list_data_uses_only_restriction_keys_of_the_vocabulary():
    keys = _shipped_restriction_keys()
    assert keys
    unknown = [(where, k) for where, k in keys if k not in vocab().restrictions]
    assert unknown == []


def test_every_restriction_reads_as_a_sentence_for_a_person():
    for r in vocab().restrictions.values():
        for phrase in (r.now, r.past):
            assert phrase[0].islower() or phrase.startswith(("US", "FCC")), phrase   # a clause, not a label
            assert " " in phrase and not phrase.endswith(".")
            assert any(v in phrase.split() for v in ("may", "could", "need", "needed", "are", "were", "names",
                                                     "named", "no")), phrase


def test_status_sentence_reads_for_a_person(tmp_path):
    r = Registry.open(tmp_path / "registry.sqlite3")
    load_shipped(r)
    huawei = top_match(r, "Huawei Technologies")
    text = render_status(status_sentence(huawei), lambda c: 1)
    assert "US exporters need a licence to send it US items" in text
    assert "restricts" not in text
    zte = top_match(r, "ZTE")
    assert "US exporters needed a licence" in render_status(status_sentence(zte), lambda c: 1)
    r.close()


def test_a_listing_can_override_its_lists_restrictions_with_a_note(tmp_path):
    folder = tmp_path / "lists"
    folder.mkdir()
    shutil.copy(LISTS / "lists.yaml", folder / "lists.yaml")
    (folder / "x.yaml").write_text(yaml.safe_dump({"entities": [
        {"id": "northwind", "name": "Northwind Optics Co., Ltd.", "listings": [
            {"list": "dod-1237", "start": "2021-01-14", "end": "2021-05-25", "status": "removed", "restricts": [],
             "note": "enjoined before the securities ban took effect"}]},
        {"id": "bad", "name": "Southwind Optics", "listings": [
            {"list": "entity-list", "start": "2021-01-14", "restricts": ["no-such-restriction"]}]},
    ]}), encoding="utf-8")
    r = Registry.open(tmp_path / "registry.sqlite3")
    report = load_shipped(r, folder)
    (l,) = top_match(r, "Northwind Optics").entity.listings
    assert l.restricts == [] and l.note == "enjoined before the securities ban took effect"
    assert any("no-such-restriction" in reason for _, reason in report.skipped)
    assert top_match(r, "Southwind Optics") is None
    r.close()


def test_cli_lookup_uses_the_bots_match_threshold(tmp_path):
    f = tmp_path / "csl.csv"
    f.write_text(CSL_HEADER + "\n" + csl_row("c1", EL, "Maplewood Sensor Technology Co., Ltd.", "Maplewood Sensors")
                 + "\n", encoding="utf-8")
    store = tmp_path / "store"
    r = Registry.open(store / "registry.sqlite3")
    import_file(r, f)
    r.close()
    for threshold, flagged in ((None, True), (0.999, False)):
        app = __import__("typer").Typer()
        register(app, lambda store, t=threshold: Settings(_env_file=None, match_threshold=t).with_store(store))
        out = CliRunner().invoke(app, ["lookup", "maplewood sensor tech", "--store", str(store), "--json"])
        assert json.loads(out.output)["matches"][0]["match"] is flagged
