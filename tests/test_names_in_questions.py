"""Companies named inside a question ("can I export to X?") are found the way the asker wrote them: a listed name made
only of ordinary words is found when written whole; a word written as one listed name is not also read as another
name it sounds like; a legal form written after a name picks the entity that has it. Invented names throughout."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.lists import import_file
from knowledge.lookup import Registry
from tests.support import CMIC, CSL_HEADER, EL, SDN, csl_row


@pytest.fixture(scope="module")
def registry(tmp_path_factory) -> Registry:
    path = tmp_path_factory.mktemp("csl") / "csl.csv"
    rows = [
        # every word of these names is a place, an ordinary company word or a legal form
        csl_row("g1", EL, "Peru General Nuclear Power Corporation", "RGNP", "2020-01-01"),
        csl_row("g2", CMIC, "Peru Electronics Corporation", "", "2021-06-03"),
        csl_row("g3", SDN, "Industrial Chemical Trading Company", ""),
        # a short name of ordinary words the list gives of its own, without a legal form
        csl_row("g4", CMIC, "Peru Telecom Corporation Limited", "Peru Telecom", "2021-06-03"),
        # two listed words that sound alike
        csl_row("s1", CMIC, "Zorvan Aerospace Industry Corporation", "ZORVAN"),
        csl_row("s2", EL, "Zarvin Shipping Company", "ZARVIN", "2022-01-01"),
        # a group and its listed company, one word apart: the company's legal form
        csl_row("p1", EL, "Kelmora Group Corporation", "KELMORA", "2019-01-01"),
        csl_row("p2", CMIC, "KELMORA LIMITED", "", "2021-06-03"),
        csl_row("p3", EL, "Trevalo Holding Group", "TREVALO", "2019-01-01"),
        csl_row("p4", SDN, "Trevalo Inc.", ""),
        # an acronym of its name's words, and an everyday word that sounds like it
        csl_row("a1", CMIC, "Corvane Academy of Launch Technology", "CALT", "2021-06-03"),
    ]
    path.write_text(CSL_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    reg = Registry.open(path.parent / "registry.sqlite3")
    import_file(reg, path, as_of=date(2024, 1, 1))
    yield reg
    reg.close()


def named(reg: Registry, text: str) -> list[str]:
    return [m.entity.name for m in reg.find_in_text(text)]


@pytest.mark.parametrize("question, expected", [
    ("Can I sell components to Peru General Nuclear Power Corporation?", "Peru General Nuclear Power Corporation"),
    ("can i export chips to peru general nuclear power", "Peru General Nuclear Power Corporation"),
    ("Is Peru Electronics Corporation on a list?", "Peru Electronics Corporation"),
    ("may we pay Industrial Chemical Trading Company", "Industrial Chemical Trading Company"),
    ("is peru telecom on the ns-cmic list", "Peru Telecom Corporation Limited"),   # its own short name
])
def test_a_name_of_ordinary_words_is_found_when_written_whole(registry, question, expected):
    assert named(registry, question) == [expected]


@pytest.mark.parametrize("question", [
    "is peru electronics a good field to work in",     # two ordinary words, no legal form: not a name
    "how is nuclear power regulated in peru",
    "does chemical trading need a licence",
    "general nuclear power corporation stocks",              # part of the name only
])
def test_ordinary_words_that_are_not_a_whole_name_name_nothing(registry, question):
    assert named(registry, question) == []


def test_a_word_written_as_one_listed_name_is_not_also_a_sound_alike_of_another(registry):
    assert named(registry, "Can I invest in ZORVAN?") == ["Zorvan Aerospace Industry Corporation"]
    assert named(registry, "Can I invest in Zarvin?") == ["Zarvin Shipping Company"]


def test_a_legal_form_written_after_a_name_picks_the_entity_that_has_it(registry):
    assert named(registry, "Can I buy shares of Kelmora Limited?") == ["KELMORA LIMITED"]
    assert named(registry, "Can I sell to Kelmora?") == ["Kelmora Group Corporation"]


def test_an_everyday_word_the_normaliser_reads_as_a_legal_form_is_not_one(registry):
    # "in" is read as "Inc" by the normaliser; "Trevalo in Lima" names the group, not Trevalo Inc.
    assert named(registry, "can we ship to Trevalo in Lima?") == ["Trevalo Holding Group"]
    assert named(registry, "is Trevalo Inc. listed?") == ["Trevalo Inc."]


def test_an_acronym_is_found_only_as_written(registry):
    assert named(registry, "is CALT listed?") == ["Corvane Academy of Launch Technology"]
    assert named(registry, "can the Pentagon put Alphacorp Cloud under contract?") == []


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> Registry:
    from ingest.lists import load_shipped

    reg = Registry.open(tmp_path_factory.mktemp("shipped") / "registry.sqlite3")
    load_shipped(reg)
    yield reg
    reg.close()


def test_every_shipped_company_is_found_in_a_question_that_names_it_in_full(shipped):
    missed = []
    for entity in shipped.entities():
        if entity.id not in [m.entity.id for m in shipped.find_in_text(f"Can I buy from {entity.name}?")]:
            missed.append(entity.name)
    assert missed == []
