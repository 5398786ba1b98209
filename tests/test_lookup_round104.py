"""Lookup reading added with round lk104, on invented companies: a section of a configuration file (an INI file's,
"[counterparty]\nname = Widget Works\ncity = Lima"), pasted as it is or with its key-value pairs run together on one
line ("[vendor_12] name=Widget Works city=Lima"), is read as labelled fields, a pair a line, each key closed by a
colon (knowledge/lookup/readings.py `ini_lines`), so that `labelled_field_values` (round lk78) reads it as any record:
the value that is one company's listed name exactly is that company. A section naming a company the list does not
hold is still no match, and a place in another value in none of the company's countries still says another company.
A text opening with words in brackets that are no section of key-value pairs ("[forwarded] ...") is as typed.
And a request typed in Lithuanian ("labas, ar galite patikrinti Widget Works (Lima)?") is read in English, as the
requests in eighteen other languages are (words.yaml `request_words_abroad`)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VORNISKA MARINE SERVICES LIMITED", "", "Valletta, MT"),
    ("DELKAROS TRADING GROUP", "", "Tehran, IR"),
    ("PREMBALT HANDELSBANK AG", "", "Hamburg, DE"),
    ("ZORVATEK", "", "Tehran, IR"),
    ("KELMIRANDA", "", "Tirana, AL"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round104"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("[counterparty]\nname = DELKAROS TRADING GROUP\ncity = Tehran", "DELKAROS TRADING GROUP"),
    ("[beneficiary]\nname=Prembalt Handelsbank AG\ncity=Hamburg", "PREMBALT HANDELSBANK AG"),
    ("[vendor_0412] name=Vorniska Marine Services Limited city=Valletta status=open",
     "VORNISKA MARINE SERVICES LIMITED"),
    ("[supplier.3] name=Delkaros Trading Group ; country=Iran", "DELKAROS TRADING GROUP"),
])
def test_a_configuration_section_names_its_company(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "[counterparty]\nname = Delkaros Shipping Lines\ncity = Tehran",            # a company the list does not hold
    "[counterparty] name=Vorniska Marine Services Limited city=Tehran",      # another country's place
])
def test_a_configuration_section_naming_no_listed_company_matches_nothing(reg, query):
    assert no_match(reg, query)


def test_the_reading():
    from knowledge.lookup.readings import ini_lines, labelled_field_values

    assert ini_lines("[counterparty]\nname = Widget Works\ncity = Lima") == "name: Widget Works\ncity: Lima"
    assert ini_lines("[vendor_12] name=Widget Works ; city=Lima checked=no") == (
        "name: Widget Works\ncity: Lima\nchecked: no")
    assert labelled_field_values("[vendor_12] name=Widget Works city=Lima") == ["Widget Works", "Lima"]
    # no section of key-value pairs: words in brackets opening a request, a key-value pair with no section before it
    assert ini_lines("[forwarded] pls check Widget Works x=1") == "[forwarded] pls check Widget Works x=1"
    assert ini_lines("name=Widget Works city=Lima") == "name=Widget Works city=Lima"


# A request in Lithuanian (words.yaml `request_words_abroad`, lk104): read once more in English, as any request in
# another language is (index.py `_request_in_english`).
@pytest.mark.parametrize("query, expected", [
    ("labas, ar galite patikrinti Zorvatek (Tehran)?", "ZORVATEK"),
    ("Sveiki, ar gali patikrinti Kelmiranda? ačiū", "KELMIRANDA"),
    ("Ar galite patikrinti Zorvatek sankcijų sąraše?", "ZORVATEK"),
    ("prašau patikrinti Kelmiranda (Tirana)", "KELMIRANDA"),
])
def test_a_request_in_lithuanian_names_its_company(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "labas, ar galite patikrinti Zorvatex Shipping (Tehran)?",       # a company the list does not hold
    "Ar galite patikrinti Vornix Bakery sankcijų sąraše?",             # another company the list does not hold
])
def test_a_request_in_lithuanian_naming_no_listed_company_matches_nothing(reg, query):
    assert no_match(reg, query)
