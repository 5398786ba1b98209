"""Lookup reading added with round lk102, on invented companies: a contact card or calendar entry (vCard, RFC 6350;
iCalendar, RFC 5545) pasted with its content lines run together on one line ("BEGIN:VCARD ORG:Widget Works
ADR:;;;Lima;;; END:VCARD") is read with each content line on a line of its own, as the standards write it
(knowledge/lookup/readings.py `content_lines`), so that its labelled fields are read as on separate lines
(`labelled_field_values`, round lk78): the card's organisation, when it is one company's listed name exactly, is
that company. A card naming a company the list does not hold is still no match, and a place in another field in
none of the company's countries still says another company."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("VORNISKA MARINE SERVICES LIMITED", "", "Valletta, MT"),
    ("DELKAROS TRADING GROUP", "", "Tehran, IR"),
    ("PREMBALT HANDELSBANK AG", "", "Hamburg, DE"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round102"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("BEGIN:VCARD ORG:DELKAROS TRADING GROUP ADR:;;;Tehran;;; END:VCARD", "DELKAROS TRADING GROUP"),
    ("BEGIN:VCARD VERSION:4.0 ORG:Prembalt Handelsbank AG ADR;TYPE=work:;;;Hamburg;;; END:VCARD",
     "PREMBALT HANDELSBANK AG"),
    ("BEGIN:VCARD VERSION:3.0 FN:Anna Berg ORG:Vorniska Marine Services Limited TEL;TYPE=work:+356 2100 0000 "
     "END:VCARD", "VORNISKA MARINE SERVICES LIMITED"),
    ("BEGIN:VEVENT SUMMARY:Vorniska Marine Services Limited LOCATION:Valletta END:VEVENT",
     "VORNISKA MARINE SERVICES LIMITED"),
])
def test_a_card_on_one_line_names_its_organisation(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "BEGIN:VCARD ORG:Delkaros Shipping Lines ADR:;;;Tehran;;; END:VCARD",      # a company the list does not hold
    "BEGIN:VEVENT SUMMARY:Vorniska Marine Services Limited LOCATION:Tehran END:VEVENT",   # another country's place
])
def test_a_card_on_one_line_naming_no_listed_company_matches_nothing(reg, query):
    assert no_match(reg, query)


def test_the_reading():
    from knowledge.lookup.readings import content_lines, labelled_field_values

    assert content_lines("BEGIN:VCARD ORG:Widget Works ADR;TYPE=work:;;;Lima;;; END:VCARD") == (
        "BEGIN:VCARD\nORG:Widget Works\nADR;TYPE=work:;;;Lima;;;\nEND:VCARD")
    assert labelled_field_values("BEGIN:VCARD ORG:Widget Works ADR:;;;Lima;;; END:VCARD") == [
        "VCARD", "Widget Works", "VCARD"]
    # no card: a text that does not open with BEGIN: and close with END: is as typed
    assert content_lines("Widget Works ORG:Lima") == "Widget Works ORG:Lima"
    assert content_lines("BEGIN:VCARD ORG:Widget Works") == "BEGIN:VCARD ORG:Widget Works"
