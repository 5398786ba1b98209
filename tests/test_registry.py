"""Company lookup as a user sees it: names typed the way people remember them find the right entity, with every
listing; generic words and near misses never claim a match."""
from __future__ import annotations

import threading
from datetime import date

import pytest

from ingest.lists import import_file, load_shipped, restrictions_for_source
from knowledge.lookup import Registry, normalize
from knowledge.vocab import vocab
from tests.support import CMIC, CSL_HEADER, EL, SDN, csl_row

R_EXPORTS = vocab().restrictions["exports"].now


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> Registry:
    reg = Registry.open(tmp_path_factory.mktemp("shipped") / "registry.sqlite3")
    load_shipped(reg)
    yield reg
    reg.close()


@pytest.fixture(scope="module")
def fixture_registry(tmp_path_factory) -> Registry:
    """A small CSL file written here: real-looking rows plus invented near-miss bait."""
    path = tmp_path_factory.mktemp("csl") / "csl.csv"
    rows = [
        csl_row("a1", EL, "Hangzhou Hikvision Digital Technology Co., Ltd.", "Hikvision; 海康威视", "2019-10-09", "84 FR 54002"),
        csl_row("a2", CMIC, "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD."),
        csl_row("a3", EL, "Northwind Optics Co., Ltd.", "Northwind Optical", "2023-01-01"),
        csl_row("a4", SDN, "BLUE HARBOR TRADING LIMITED", "BLUE HARBOUR TRADING"),
        csl_row("a5", EL, "Zhejiang Uniview Technologies Co., Ltd.", "Uniview; 宇视科技", "2023-05-01"),
        csl_row("a6", CMIC, "CHINA GENERAL TECHNOLOGY GROUP COMPANY LIMITED", ""),
    ]
    path.write_text(CSL_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    reg = Registry.open(path.parent / "registry.sqlite3")
    import_file(reg, path, as_of=date(2024, 1, 1))
    yield reg
    reg.close()


def top(reg: Registry, q: str):
    ms = reg.lookup(q)
    return ms[0] if ms and ms[0].match else None


def test_normalisation_removes_case_punctuation_width_and_legal_forms():
    assert normalize("Hangzhou Hikvision Digital Technology Co., Ltd.") == normalize("hangzhou hikvision digital technology")
    assert normalize("ＸＩＡＯＭＩ  CORP.") == normalize("Xiaomi") == "xiaomi"
    assert normalize("SenseTime Group Limited") == normalize("SENSETIME GROUP LTD")
    assert normalize("深圳市大疆创新科技有限公司") == normalize("深圳市大疆创新科技")
    assert normalize("商汤集团股份有限公司") == normalize("商汤集团")


@pytest.mark.parametrize("a,b", [
    ("China Aerospace Science & Technology Corp", "China Aerospace Science and Technology Corporation"),
    ("Semiconductor Mfg Intl Corp", "Semiconductor Manufacturing International Corporation Limited"),
    ("China North Industries Group", "China North Industries Group Corporation Limited"),
    ("Huawei Tech Co Ltd", "Huawei Technologies Company Limited"),
    ("OOO Gazprom", "Gazprom LLC"),
])
def test_abbreviations_and_legal_forms_are_equal_after_normalisation(a, b):
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("query,expected", [
    ("huawei tech", "Huawei Technologies Co., Ltd."),
    ("Hikvison", "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("小米", "Xiaomi Corporation"),
    ("Xiaomi Corp", "Xiaomi Corporation"),
    ("Redmi", "Xiaomi Corporation"),
    ("poco", "Xiaomi Corporation"),
    ("华为", "Huawei Technologies Co., Ltd."),
    ("大疆", "SZ DJI Technology Co., Ltd."),
    ("商汤科技", "SenseTime Group Limited"),
    ("zte corp", "ZTE Corporation"),
    ("Zhejiang Nanyang Technology Co Ltd", "Aerospace CH UAV Co., Ltd."),
    ("SZ DJl Technology", "SZ DJI Technology Co., Ltd."),
])
def test_names_as_people_type_them_find_the_entity(shipped, query, expected):
    m = top(shipped, query)
    assert m is not None, query
    assert m.entity.name == expected
    assert 0.0 <= m.score <= 1.0 and m.reason


def test_brand_reason_names_the_alias_and_its_kind(shipped):
    m = top(shipped, "Redmi")
    assert m.reason == "exact 'Redmi' (brand)"
    assert (m.why.rule, m.why.alias, m.why.alias_kind) == ("literal", "Redmi", "brand")


def test_history_is_kept_xiaomi_removed_after_court_vacatur(shipped):
    x = top(shipped, "xiaomi").entity
    (l,) = [l for l in x.listings if "1237" in l.list]
    assert l.status == "removed"
    assert l.start_date == date(2021, 1, 14) and l.end_date == date(2021, 5, 25)
    assert l.source_url.startswith("https://www.defense.gov/")


def test_every_shipped_listing_has_an_official_source_and_restriction(shipped):
    ents = list(shipped.entities())
    assert len(ents) >= 60
    for e in ents:
        assert e.listings, e.name
        for l in e.listings:
            assert l.source_url and l.source_url.startswith("https://"), (e.name, l)
            assert l.start_date is not None, (e.name, l)
            # a listing that restricted nothing (a designation enjoined before it took effect) must say why
            assert l.restricts or l.note, (e.name, l)
            assert (l.status == "removed") == (l.end_date is not None and l.end_date <= date.today()), (e.name, l)


def test_honor_is_not_listed_as_huawei(shipped):
    ms = shipped.lookup("Honor")
    assert not any(m.match for m in ms)


@pytest.mark.parametrize("generic", ["Company", "Technology", "Group", "China", "China Technology Group Co., Ltd.",
                                     "Information Technology", "科技有限公司", "中国"])
def test_generic_words_alone_never_match(shipped, fixture_registry, generic):
    for reg in (shipped, fixture_registry):
        assert not any(m.match for m in reg.lookup(generic)), generic


def test_one_distinctive_word_off_is_not_a_match(fixture_registry):
    assert top(fixture_registry, "Northwind Optics") is not None
    for q in ("Northwind Photonics", "Northwind Photonics Co., Ltd.", "Southwind Optics", "Northwind Systems"):
        assert top(fixture_registry, q) is None, q


def test_rows_of_one_company_on_two_lists_merge_into_one_entity(fixture_registry):
    m = top(fixture_registry, "hikvision")
    assert {l.list for l in m.entity.listings} == {EL, CMIC}
    el = next(l for l in m.entity.listings if l.list == EL)
    assert el.restricts == [R_EXPORTS] and el.restriction_keys == ["exports"]
    assert el.source_url == "https://www.federalregister.gov/citation/84-FR-54002"


def test_chinese_script_alias_from_import(fixture_registry):
    assert top(fixture_registry, "宇视科技").entity.name == "Zhejiang Uniview Technologies Co., Ltd."
    assert top(fixture_registry, "海康威视").entity.name.startswith("Hangzhou Hikvision")


def test_restrictions_are_mapped_from_csl_sources():
    assert restrictions_for_source(EL) == ["exports"]
    assert restrictions_for_source(CMIC) == ["securities"]
    assert restrictions_for_source(SDN) == ["blocked"]
    assert restrictions_for_source("Military End User (MEU) List - Bureau of Industry and Security") == ["exports"]


@pytest.mark.parametrize("text,expected", [
    ("can i still buy a xiaomi mi 10t pro??", "Xiaomi Corporation"),
    ("is huawei banned in the us", "Huawei Technologies Co., Ltd."),
    ("what about hikvison cameras", "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("are redmi phones still sold", "Xiaomi Corporation"),
    ("小米手机还能买吗", "Xiaomi Corporation"),
    ("is kaspersky antivirus allowed", "AO Kaspersky Lab"),
])
def test_find_in_text_spots_companies_in_questions(shipped, text, expected):
    found = shipped.find_in_text(text)
    assert found and found[0].entity.name == expected, (text, found)


@pytest.mark.parametrize("text", [
    "is the company technology group in china listed", "my mobile phone from china broke",
    "what does the entity list restrict", "i hope this is fine", "is apple banned",
])
def test_find_in_text_ignores_generic_and_everyday_words(shipped, text):
    assert shipped.find_in_text(text) == []


def test_autocomplete_partial_and_misspelt(shipped):
    assert shipped.autocomplete("hikv")[0].startswith("Hangzhou Hikvision")
    assert "Hangzhou Hikvision Digital Technology Co., Ltd." in shipped.autocomplete("hikvsion")
    assert "Xiaomi Corporation" in shipped.autocomplete("xiao")
    assert len(shipped.autocomplete("china", limit=25)) <= 25
    assert shipped.autocomplete("") == []


def test_entity_by_id_and_count(shipped):
    assert shipped.entity("xiaomi").name == "Xiaomi Corporation"
    assert shipped.count() >= 60
    with pytest.raises(KeyError):
        shipped.entity("no-such-entity")


def test_readers_in_other_threads(shipped):
    errors: list[Exception] = []

    def work():
        try:
            for _ in range(20):
                assert top(shipped, "huawei") is not None
        except Exception as exc:      # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_load_shipped_is_idempotent(shipped):
    before = shipped.count()
    report = load_shipped(shipped)
    assert not report.changed
    assert shipped.count() == before


def test_a_question_while_a_new_version_is_indexed_is_answered_from_the_previous_one(tmp_path, monkeypatch):
    """Building the name index of a list of thousands takes seconds: questions asked meanwhile are answered at
    once from the version before, never queued behind the build; once it is built, they see the new version."""
    import knowledge.lookup.registry as registry_module

    path = tmp_path / "csl.csv"
    first = csl_row("a1", EL, "Northwind Optics Co., Ltd.", "", "2023-01-01")
    path.write_text(CSL_HEADER + "\n" + first + "\n", encoding="utf-8")
    reg = Registry.open(tmp_path / "registry.sqlite3")
    import_file(reg, path, as_of=date(2024, 1, 1))
    assert top(reg, "Northwind Optics") is not None
    path.write_text(CSL_HEADER + "\n" + first + "\n" + csl_row("a2", EL, "Quillfeather Optics Ltd.", "", "2024-02-01")
                    + "\n", encoding="utf-8")
    import_file(reg, path, as_of=date(2024, 3, 1))       # a new version: the next read rebuilds the index

    building, finish = threading.Event(), threading.Event()
    real_load = registry_module.load_entities

    def slow_load(conn):                                  # the real load, held at its start until the test says
        building.set()
        assert finish.wait(30)
        return real_load(conn)

    monkeypatch.setattr(registry_module, "load_entities", slow_load)
    builder = threading.Thread(target=reg.index, kwargs={"wait": True})
    builder.start()
    try:
        assert building.wait(30)
        answered: list = []
        reader = threading.Thread(target=lambda: answered.append((top(reg, "Northwind Optics"),
                                                                  top(reg, "Quillfeather Optics"))))
        reader.start()
        reader.join(10)
        assert answered, "a reader waited for the index build"
        assert answered[0][0] is not None and answered[0][1] is None      # the previous version, at once
    finally:
        finish.set()
        builder.join(30)
    assert top(reg, "Quillfeather Optics") is not None                      # the new version once built
    reg.close()


def test_shipped_entities_that_share_a_name_stay_the_separate_legal_entities_the_data_says(shipped):
    # "China Telecom" is an a.k.a. of both the listed company and its parent; each is listed on its own
    parent, company = shipped.entity("china-telecommunications-corp"), shipped.entity("china-telecom")
    assert parent is not None and parent.name == "China Telecommunications Corporation"
    assert company is not None and company.name == "China Telecom Corporation Limited"
    us_arm = shipped.entity("kaspersky-lab-inc")
    assert us_arm is not None and {l.list for l in us_arm.listings} != {l.list for l in shipped.entity("kaspersky").listings}
