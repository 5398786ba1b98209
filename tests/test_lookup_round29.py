"""Lookup mechanisms found on train29's and train30's misses and the misses left of train ... train28
(eval/lookup/), each tested here on invented names:
- a town, then an office, a site or a subsidiary of a firm, then "of" and the firm's name ("Lima sales office of
  Widget Works", "Dubai subsidiary of Widget Trading LLC"): the firm, when a company's alias is the name exactly. The
  office names only where the firm is. Not after a country (a country's branch may be an entity of its own), nor
  after a word that names a unit of its own ("Zorvin subsidiary of ..."), nor when the words after "of" are not a
  listed name exactly, nor for a listed person;
- the same office, site or subsidiary after the firm's name, a town then the office closing the text ("Dandong
  Velmori Industrial, Dandong representative office", "Mirador Tallenza Cali subsidiary"): the firm, the words before
  the town read as its name, so a town that is also a word of the name is no word of it found twice. Not after a
  country, nor a subsidiary after a word no list places (its own name), nor a name two entities share;
- a listed name of dictionary words only, two at least, found whole inside a request right after a preposition
  ("wire to Meadow Crest Developers pending approval", "contract renewal with Heron Farm"): the name. Not without
  the preposition (the words may be a phrase of the chatter), nor one word alone after it;
- a listed name typed whole with its own legal form inside a request ("invoice 8812 from Talvero Soluciones S.A. de
  C.V.", "re: shipment harbor light trading co ltd"): the name, with or without a coined word, when the words around
  it are chatter or, not next to it, a number, a sign standing apart or a company word ("our bank held a payment to
  ..."), or a party to the payment before it ("supplier ..."). Not without the legal form, nor with a company word or
  a place next to the name."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.towns import office_before_name
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND29 = [
    ("QUARVELL TRADING COMPANY LLC", "", "Dubai, AE"),
    ("MIRADOR TALLENZA, S.A.", "", "Cali, CO"),
    ("BRASKOV INSTITUTE", "", "Tehran, IR"),
    ("MEADOW CREST DEVELOPERS, INC.", "", "Miami, US"),
    ("HERON FARM", "", "Harare, ZW"),
    ("LANTERN", "", "Harare, ZW"),
    ("TALVERO SOLUCIONES S.A. DE C.V.", "", "Monterrey, MX"),
    ("HARBOR LIGHT TRADING CO LTD", "", "Hong Kong, HK"),
    ("VELMORA LTDA.", "", "Bogota, CO"),
    ("DANDONG VELMORI INDUSTRIAL CO., LTD.", "", "Dandong, CN"),
    ("AGRICOLA SAN VELMIRO LTDA", "", "San Jose, CR"),
    ("SORVANE SHIPPING CO. LIMITED", "", "London, GB"),
    ("SORVANE SHIPPING CO. SARL", "", "Geneva, CH"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND29)]
    rows.append(entity_row(len(rows), "TALVERNO, Ramiro", "", "Lima, PE", kind="Individual"))
    r = csl_registry(tmp_path_factory.mktemp("round29"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Dubai subsidiary of Quarvell Trading Company LLC", "QUARVELL TRADING COMPANY LLC"),
    ("Lima liaison office of Mirador Tallenza", "MIRADOR TALLENZA, S.A."),
    ("Tehran sales office of BRASKOV INSTITUTE", "BRASKOV INSTITUTE"),
    ("Msida office of Braskov Institute", "BRASKOV INSTITUTE"),        # a town too small for the lists
])
def test_a_towns_office_of_a_firm(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Zorvin subsidiary of Quarvell Trading",      # a unit with a name of its own
    "Lima office of Mirador Holdings",            # the words after "of" are no listed name
    "Lima office of Ramiro Talverno",             # a person, no firm with offices
])
def test_no_firm_without_a_towns_office(reg, query):
    assert matched_name(reg, query) is None


@pytest.mark.parametrize("text", [
    "Venezuela branch of Mirador Tallenza",       # a country's branch may be an entity of its own
    "Zorvin subsidiary of Quarvell Trading",      # a word no list places names a unit of its own
    "Holdings office of Braskov Institute",       # a dictionary word is no town
    "Lima partners of Mirador Tallenza",          # no office, site or subsidiary
])
def test_what_names_no_towns_office(text):
    assert office_before_name(text) is None


@pytest.mark.parametrize("query, expected", [
    ("wire to meadow crest developers pending approval", "MEADOW CREST DEVELOPERS, INC."),
    ("re: contract renewal with Heron Farm", "HERON FARM"),
    ("hi, we got a wire from heron farm, ok to release?", "HERON FARM"),
])
def test_a_dictionary_name_after_a_preposition_of_a_request(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "client mentions heron farm, any hit",          # no preposition: the words may be the chatter's
    "wire to lantern pending approval",             # one dictionary word alone
])
def test_no_dictionary_name_in_chatter_without_a_preposition(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("invoice 8812 from Talvero Soluciones S.A. de C.V.", "TALVERO SOLUCIONES S.A. DE C.V."),   # a number apart
    ("re: shipment harbor light trading co ltd", "HARBOR LIGHT TRADING CO LTD"),                # no coined word
    ("our bank held a payment to Velmora Ltda., why?", "VELMORA LTDA."),            # a company word apart
    ("sanction check harbor light trading co ltd / urgent", "HARBOR LIGHT TRADING CO LTD"),   # a sign apart
    ("supplier Velmora Ltda. onboarding", "VELMORA LTDA."),                         # a party to the payment
])
def test_a_name_with_its_legal_form_inside_a_request(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "invoice 8812 from Talvero Soluciones pls check",     # no legal form: the number may be the name's
    "re: shipment harbor light trading pls",              # no legal form, no coined word: a phrase of the chatter
    "payment to bank Velmora Ltda. pls check",            # a company word next to the name may be one of its words
    "wire to Velmora Ltda. Nigeria pls check",            # a place next to it: another company, elsewhere
])
def test_no_name_in_a_request_without_its_legal_form_standing_apart(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Dandong Velmori Industrial, Dandong representative office", "DANDONG VELMORI INDUSTRIAL CO., LTD."),
    ("Mirador Tallenza Cali subsidiary", "MIRADOR TALLENZA, S.A."),
    ("Agricola San Velmiro San Jose warehouse", "AGRICOLA SAN VELMIRO LTDA"),   # "San", a word of the name too
])
def test_a_firms_office_after_its_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Mirador Tallenza Venezuela subsidiary",     # a country's subsidiary may be an entity of its own
    "Mirador Tallenza Zorvin subsidiary",        # a word no list places: the subsidiary's own name
])
def test_no_firm_before_what_is_no_towns_office(reg, query):
    assert top_match(reg, query) is None


def test_a_name_two_entities_share_is_left_to_the_words(reg):
    idx = reg.index()
    assert idx._one_firm(idx.exactly("Sorvane Shipping Co.", reg.params)) == []
