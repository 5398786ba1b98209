"""The lookup's mechanisms for names nobody tuned for, added with the fourth blind set (eval/lookup/train4.jsonl),
each on invented companies, as a user sees them through `lookup`, `blacklist-bot lookup` and `/company`: what names
no company (a legal form alone, only places, only company words, one short word spelt otherwise, two names written
whole with their own legal forms, a misspelt synonym of a company word), what names several (legal forms the user
does not write), and what finds the listed name (Arabic script, the Arabic article written as its sun letter,
organisation words in other languages, initials of the user's words, a word the user repeats, legal forms written
with dots or accents, 'x' written 'ks', cp1252 quotes)."""
from __future__ import annotations

import json
from datetime import date

import pytest
import typer
from typer.testing import CliRunner

from bot.cli_lists import open_registry, register
from bot.render import match_embed
from ingest.lists import import_file
from knowledge.lookup import Registry
from knowledge.settings import Settings
from tests.support import CSL_HEADER, EL, csl_row, matched_name

NAMES = [
    ("SECOND ISLAMIC INVESTMENT BANK LIMITED", ""),
    ("ZENTA PARS", "ZENTA AIR KORVO"),
    ("VELK", ""),
    ("KESTREL ENERGY LLC", ""),
    ("KESTREL HOLDING", "KESTREL ENERGY JSC"),
    ("SEVKHIMEXPORT OAO", ""),
    ("KORVAN PETROCHEMICAL COMPANY", ""),
    ("ZELTAN PETROLEUM LLC", ""),
    ("HAJI TAREEN HAJI MOSAF EXCHANGE", ""),
    ("DORVAN MAKINA A.S.", ""),
    ("ZELMAR ROJAS Y CIA. LTDA.", ""),
    ("AL RAZVAN TRUST", ""),
    ("ITD", ""),
    ("JUND AL-MARSAD", ""),
    ("KATIBAT AL-NAJM", ""),
    ("WAYSIDE LOGISTICS", ""),
    ("TRIPOLI INTERNATIONAL BANK LTD", ""),
    ("VELMAR MIDDLE EAST TRADING CO.", ""),
    ("MR FIXALL HANDYMAN LTD", ""),
    ("SOUTH-WEST MOVEMENT", "YUGO-ZAPAD MOVEMENT"),
    ("NRCA KARVAN RESEARCH CENTER", ""),
    ("TOR\x92AN HOLDING", ""),
]


@pytest.fixture(scope="module")
def csl(tmp_path_factory):
    path = tmp_path_factory.mktemp("unseen") / "csl.csv"
    rows = [csl_row(f"u{n}", EL, name, alt) for n, (name, alt) in enumerate(NAMES)]
    path.write_text(CSL_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reg(csl) -> Registry:
    r = Registry.open(csl.parent / "registry.sqlite3")
    import_file(r, csl, as_of=date(2024, 1, 1))
    yield r
    r.close()


# -- what names no company ---------------------------------------------------------------------------------------
def test_a_legal_form_alone_names_no_company(reg):
    # not even "ITD", which "ltd" is once l and I are read alike
    assert reg.lookup("ltd") == [] and reg.lookup("Joint Stock Company") == []


def test_company_words_alone_name_a_name_only_whole(reg):
    # "second", "investment" and "bank" say what kind of bank; "Islamic" is the listed name's, not the user's
    assert matched_name(reg, "Second Investment Bank") is None
    assert matched_name(reg, "Second Islamic Investment Bank") == "SECOND ISLAMIC INVESTMENT BANK LIMITED"


def test_places_alone_name_a_name_only_whole(reg):
    # a city (GeoNames, knowledge/lookup/places.txt) or a region (knowledge/vocab/words.yaml) says where
    assert matched_name(reg, "Tripoli") is None
    assert matched_name(reg, "Tripoli International Bank") == "TRIPOLI INTERNATIONAL BANK LTD"
    assert matched_name(reg, "Middle East Trading") is None
    assert matched_name(reg, "Velmar Middle East Trading") == "VELMAR MIDDLE EAST TRADING CO."


def test_two_words_are_a_part_of_a_name_only_in_its_order(reg):
    assert matched_name(reg, "Air Korvo") == "ZENTA PARS"
    assert matched_name(reg, "Korvo Air") is None


def test_one_short_word_must_be_spelt_as_listed(reg):
    assert matched_name(reg, "Velk") == "VELK"
    assert matched_name(reg, "Velka") is None
    # in Arabic script, one word of two consonants ('sd') is no name: 'سواعد' is not "Wayside"
    assert matched_name(reg, "سواعد") is None


def test_two_names_written_whole_differ_by_a_word_only_one_has(reg):
    assert matched_name(reg, "Mr. Fixall Handyman Ltd") == "MR FIXALL HANDYMAN LTD"
    assert matched_name(reg, "Mr. Fixall Handyman International LLC") is None


def test_a_misspelt_company_word_is_that_word_not_its_synonym(reg):
    # "Petroliam" is a misspelt "petroleum", which rigour files with "petrochemical" (both @OIL): another word
    assert matched_name(reg, "Korvan Petroliam Company") is None
    assert matched_name(reg, "Korvan Petrochemical Co") == "KORVAN PETROCHEMICAL COMPANY"
    assert matched_name(reg, "Zeltan Petroliam") == "ZELTAN PETROLEUM LLC"


# -- what names several -----------------------------------------------------------------------------------------
def test_equal_names_but_for_legal_forms_the_user_does_not_write_name_none(reg):
    ms = reg.lookup("Kestrel Energy")
    assert not any(m.match for m in ms)
    assert {m.entity.name for m in ms[:2]} == {"KESTREL ENERGY LLC", "KESTREL HOLDING"}
    assert ms[0].ambiguous
    assert matched_name(reg, "Kestrel Energy LLC") == "KESTREL ENERGY LLC"
    assert matched_name(reg, "Kestrel Energy JSC") == "KESTREL HOLDING"


# -- what finds the listed name ----------------------------------------------------------------------------------
@pytest.mark.parametrize("query, expected", [
    ("جند المرصد", "JUND AL-MARSAD"),                       # Arabic script, by its consonants
    ("كتيبة النجم", "KATIBAT AL-NAJM"),                      # the feminine ending read as "-at"
    ("Ar-Razvan Trust", "AL RAZVAN TRUST"),                  # the article written as the sun letter after it
    ("Движение Юго-Запад", "SOUTH-WEST MOVEMENT"),          # "движение" is "movement"
    ("National Radio Communications Authority Karvan Research Center", "NRCA KARVAN RESEARCH CENTER"),
    ("Haji Mosaf Haji Tareen Exchange", "HAJI TAREEN HAJI MOSAF EXCHANGE"),   # a word said twice
    ("Dorvan Makina A.Ş.", "DORVAN MAKINA A.S."),                # Turkish "A.Ş." is "A.S."
    ("Zelmar Rojas y Cia Ltda", "ZELMAR ROJAS Y CIA. LTDA."),
    ("Tor'an Holding", "TOR\x92AN HOLDING"),                 # a cp1252 quote read as Latin-1 in the list file
    ("Севхимэкспорт", "SEVKHIMEXPORT OAO"),                 # Russian "кс" is the list's "x" ("х" its "kh")
])
def test_names_written_otherwise_find_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


# -- as a user sees it ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def store(csl, tmp_path_factory):
    app = typer.Typer()
    register(app, lambda s: Settings(_env_file=None).with_store(s))
    s = tmp_path_factory.mktemp("unseen-store") / "store"
    result = CliRunner().invoke(app, ["lists", "import", str(csl), "--store", str(s)])
    assert result.exit_code == 0, result.output
    return app, s


def test_blacklist_bot_lookup_finds_what_it_should_and_nothing_else(store):
    app, s = store
    result = CliRunner().invoke(app, ["lookup", "--store", str(s), "--json"],
                                input="Tripoli\nltd\nجند المرصد\nMr. Fixall Handyman International LLC\n")
    lines = [json.loads(l) for l in result.output.splitlines()]
    matched = {l["query"]: [m["name"] for m in l["matches"] if m["match"]] for l in lines}
    assert matched == {"Tripoli": [], "ltd": [], "جند المرصد": ["JUND AL-MARSAD"],
                       "Mr. Fixall Handyman International LLC": []}
    text = CliRunner().invoke(app, ["lookup", "Tripoli", "--store", str(s)]).output
    assert "no listed company matches" in text


def test_company_command_shows_no_match_for_a_city_and_the_match_for_arabic_script(store):
    _, s = store
    reg = open_registry(s)
    assert match_embed("Tripoli", reg.lookup("Tripoli")).to_dict()["title"].startswith("No match")
    embed = match_embed("جند المرصد", reg.lookup("جند المرصد")).to_dict()
    assert "JUND AL-MARSAD" in json.dumps(embed, ensure_ascii=False)
    assert not embed["title"].startswith("No match")
