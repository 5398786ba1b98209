"""Lookup mechanisms found on train18's misses (eval/lookup/train18.jsonl), each tested here on invented names:
- words of a request around a name ("payment via ...", "can we onboard ...?", "..., please confirm", "news mentions
  ...", "... before charter", "booking via ...") are chatter (`everyday`), and so is a dash standing apart between the
  name and the chatter closing the text ("... - any hits?");
- a town, then a branch or an office, after a firm's name found whole is that firm's office in the town, no other
  legal person, wherever it is ("... Limited Dubai branch", "... - Singapore representative office"; `branch_phrases`
  gains "office"), a name of places and company words included ("... Industries - Harare plant");
- "(Pvt) Ltd" and "(Private) Limited" are one legal form, a limited company (`legal_forms`);
- a name in Hangul is read in the Revised Romanisation too, as South Korean firms write their names ("대원" is
  "Daewon"; McCune-Reischauer "Taewon"), and 산업 is "industry" (`korean_words`);
- Spanish "bodega" is "warehouse" translated; Persian "bazargani" and "petroshimi" are "commercial" and
  "petrochemical" (`company_words`)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND18 = [
    ("VARNEX HEALTH CLUB S.A.", "", "Panama, PA"),
    ("KORLANDA TRAVEL AGENCY", "", "Beirut, LB"),
    ("ZORBEK FINANCIAL SERVICES LTD", "", "Kampala, UG"),
    ("BRANNIX MARITIME LIMITED", "", "Limassol, CY"),
    ("TARVELO TRAFFICKING ORGANIZATION", "", "Tijuana, MX"),
    ("KELDRONA SHIPPING LIMITED", "", "Nicosia, CY"),
    ("OSTARA TRADE LTD. CO.", "", "Charlestown, KN"),
    ("VELMOSK LOGISTICS", "", "Istanbul, TR"),
    ("ZIMBABWE MINING INDUSTRIES (PVT) LTD.", "", "Harare, ZW"),
    ("VELMORA TEXTILES (PRIVATE) LIMITED", "", "Lahore, PK"),
    ("BONGDAE INDUSTRIES", "", "Seoul, KR"),
    ("PONGDAE TRADING CORPORATION", "", "Pyongyang, KP"),
    ("BODEGA ELECTRO ZANDOR", "", "Colon, PA"),
    ("KAVIR PETROCHEMICAL COMMERCIAL COMPANY", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND18)]
    r = csl_registry(tmp_path_factory.mktemp("round18"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("can we onboard Varnex Health Club S.A.?", "VARNEX HEALTH CLUB S.A."),
    ("booking via Korlanda Travel Agency - any hits?", "KORLANDA TRAVEL AGENCY"),
    ("payment via Zorbek Financial Services Ltd ok?", "ZORBEK FINANCIAL SERVICES LTD"),
    ("check Brannix Maritime Limited before charter", "BRANNIX MARITIME LIMITED"),
    ("news mentions Tarvelo Trafficking Organization, is it on the list?", "TARVELO TRAFFICKING ORGANIZATION"),
    ("wire to Zorbek Financial Services Ltd, please confirm", "ZORBEK FINANCIAL SERVICES LTD"),
])
def test_request_chatter_around_a_name(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_request_chatter_as_read():
    from knowledge.lookup.normalise import asked_name
    assert asked_name("booking via Widget Works - any hits?") == "Widget Works"
    assert asked_name("can we onboard Widget Works GmbH?") == "Widget Works GmbH"
    assert asked_name("wire to Widget Works Ltd, please confirm") == "Widget Works Ltd"


@pytest.mark.parametrize("query, expected", [
    ("Keldrona Shipping Limited Dubai branch", "KELDRONA SHIPPING LIMITED"),
    ("Keldrona Shipping Limited - Singapore representative office", "KELDRONA SHIPPING LIMITED"),
    ("Ostara Trade Ltd. Co. Damascus office", "OSTARA TRADE LTD. CO."),
    ("Velmosk Logistics Istanbul branch", "VELMOSK LOGISTICS"),
    ("Zimbabwe Mining Industries - Harare plant", "ZIMBABWE MINING INDUSTRIES (PVT) LTD."),
])
def test_a_town_then_a_branch_or_office(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_country_branch_is_no_town_office(reg):
    # the lists name a country's branch of a foundation as an entity of its own
    assert top_match(reg, "Keldrona Shipping Limited Somalia branch") is None


def test_a_word_after_the_office_is_still_another_name(reg):
    # the town and the office close the query; what follows them is no part of the office
    assert top_match(reg, "Keldrona Shipping Limited Dubai branch Marine Insurance") is None


@pytest.mark.parametrize("query, expected", [
    ("Zimbabwe Mining Industries", "ZIMBABWE MINING INDUSTRIES (PVT) LTD."),
    ("Velmora Textiles", "VELMORA TEXTILES (PRIVATE) LIMITED"),
    ("Velmora Textiles Pvt Ltd", "VELMORA TEXTILES (PRIVATE) LIMITED"),
])
def test_pvt_ltd_is_a_legal_form(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("봉대산업", "BONGDAE INDUSTRIES"),          # Revised Romanisation
    ("봉대무역회사", "PONGDAE TRADING CORPORATION"),  # McCune-Reischauer, as before
])
def test_hangul_read_both_ways(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_hangul_revised_reading():
    from knowledge.lookup.normalise import hangul_revised
    assert hangul_revised("대원산업") == "daewon industry"
    assert hangul_revised("Widget Works") is None


def test_bodega_is_warehouse(reg):
    assert matched_name(reg, "Electro Zandor Warehouse") == "BODEGA ELECTRO ZANDOR"


@pytest.mark.parametrize("query", ["Sherkat Bazargani Petroshimi Kavir", "شرکت بازرگانی پتروشیمی کاویر"])
def test_persian_commercial_petrochemical(reg, query):
    assert matched_name(reg, query) == "KAVIR PETROCHEMICAL COMMERCIAL COMPANY"
