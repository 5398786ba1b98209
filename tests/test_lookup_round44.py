"""Lookup mechanisms found on train45's misses and the misses left of train ... train44 (eval/lookup/), tested here on
invented names:
- A name's last words with its own legal form, found as written, though no word of them is coined, when no other
  entity's name ends with them (knowledge/lookup/index.py `_ends_one_entity`, read in `Index._evidence`): the words in
  front say what kind of firm or whose it is, and people leave them out ("Payam Darya Shipping Company" of SAFIRAN
  PAYAM DARYA SHIPPING COMPANY). Not a dictionary word alone ("Textile Company"), not a company word, a preposition,
  then a word ("oil and gas services llc"), not words two entities' names end with, not another legal form.
- A ship's or an aircraft's name found only spelt otherwise, the query's one word of a name, every other word a place
  (knowledge/lookup/index.py `Index._evidence`, `lone_near`): ships are named after places, and a word like a ship's
  name beside a place is that place ("Zilina, Slovakia" is no SALINA) or a thing sold there ("Arduino Uno" no ARTIN),
  not the ship. The ship's name as written beside a place, a ship's name spelt otherwise alone, and a company's name
  spelt otherwise beside its town still name them.
- A name typed capitalised in a request typed in lower case (knowledge/lookup/normalise.py `capitalised_names`, read
  in `Index.evidence` when no exact name was found): each run of two words or more beginning with a capital or a
  digit, with stopwords and legal forms in lower case between them, up to a comma, a question mark, a bracket or a
  dash standing apart, in a text with two words in lower case besides, is the name asked about when it is a listed
  name exactly and the only one. One capitalised word may open a sentence or name a thing ("Kastelo salsa band"), and
  a longer or another run names no one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import capitalised_names
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("KORVANI BAZAM DARYA SHIPPING COMPANY", "", "Tehran, IR"),
    ("NORTE EXPRESS CONTINENTAL S.A. DE C.V.", "", "Monterrey, MX"),
    ("UNION DE CONSTRUCTORES TARVO S.A.S.", "", "Cali, CO"),
    ("QUAN LIN TEXTILE COMPANY LIMITED", "", "Hong Kong, HK"),
    ("BRAVONA OIL AND GAS SERVICES LLC", "", "Houston, US"),
    ("NORTH HELMAR MARINE LTD", "", "Lagos, NG"),
    ("SOUTH HELMAR MARINE LTD", "", "Accra, GH"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round44"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Bazam Darya Shipping Company", "KORVANI BAZAM DARYA SHIPPING COMPANY"),
    ("Express Continental SA de CV", "NORTE EXPRESS CONTINENTAL S.A. DE C.V."),
    ("Tarvo SAS", "UNION DE CONSTRUCTORES TARVO S.A.S."),
])
def test_a_names_last_words_with_its_legal_form(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Textile Company Limited",            # a dictionary word alone says what kind of firm
    "Oil and Gas Services LLC",           # a company word, a preposition, then a word: what the firm does
    "Helmar Marine Ltd",                  # two entities' names end with these words
    "Bazam Darya Shipping GmbH",          # another legal form
    "Darya Shipping Company Limited",     # not the name's last words as written
    "Bazam Shipping Company",             # a word of the name left out in the middle
])
def test_other_last_words_name_no_one(reg, query):
    assert no_match(reg, query)


SHIPS = [
    ("MORVIN", "", "", "Vessel"),
    ("TALVIS", "", "", "Vessel"),
    ("BARTIN", "", "", "Vessel"),
    ("KELSORA", "", "", "Vessel"),
    ("QUESTAR", "", "", "Vessel"),
    ("MORVANO TRADING LLC", "", "Dubai, AE", ""),
]


@pytest.fixture(scope="module")
def ships(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address, kind=kind) for n, (name, alt, address, kind) in enumerate(SHIPS)]
    r = csl_registry(tmp_path_factory.mktemp("round44-ships"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", [
    "Morvan, France",             # a town and its country, spelt like a ship's name
    "Talvas, Greece",
    "Kelsura, Estonia",
    "Mervin, Estonia",
    "Bardino Uno",                # a product: rigour reads "uno" as a place
    "Quester Online",             # ... and "online"
])
def test_a_word_like_a_ships_name_beside_a_place_is_no_ship(ships, query):
    assert no_match(ships, query)


@pytest.mark.parametrize("query, expected", [
    ("Morvin, Panama", "MORVIN"),                            # the ship's name as written, beside a place
    ("Kelsura", "KELSORA"),                                  # a ship's name spelt otherwise, alone
    ("Talvis", "TALVIS"),
    ("Morvanno Trading, Dubai", "MORVANO TRADING LLC"),     # a company's name spelt otherwise, beside its town
])
def test_a_ships_name_and_a_firms_still_found(ships, query, expected):
    assert matched_name(ships, query) == expected


REQUESTED = [
    ("BLUE LAGOON MARINE SHIPPING", "", "Singapore, SG"),
    ("SILVER FALCON AVIATION", "", "Juba, SS"),
    ("SILVER HARBOUR TRADING", "", "Dubai, AE"),
    ("KESTREL SHIPPING CO. S.A.", "", "Panama City, PA"),
    ("ANDAMIOS TORVEL DE MEXICO, S.A.", "", "Monterrey, MX"),
    ("KASTELO GROUP", "", "Havana, CU"),
]


@pytest.fixture(scope="module")
def requested(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(REQUESTED)]
    r = csl_registry(tmp_path_factory.mktemp("round44-requested"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("our forwarder wants to use Blue Lagoon Marine Shipping - any sanctions hits?", "BLUE LAGOON MARINE SHIPPING"),
    ("new client Silver Falcon Aviation (Juba) - any issues?", "SILVER FALCON AVIATION"),
    ("Silver Harbour Trading - is this one on the list?", "SILVER HARBOUR TRADING"),
    ("vessel mgr Kestrel Shipping Co SA, screen", "KESTREL SHIPPING CO. S.A."),
    ("supplier = Andamios Torvel de Mexico, any match??", "ANDAMIOS TORVEL DE MEXICO, S.A."),
])
def test_a_name_typed_capitalised_in_a_request(requested, query, expected):
    assert matched_name(requested, query) == expected


@pytest.mark.parametrize("query", [
    "Kastelo salsa band",                                                # one capitalised word names a thing
    "our forwarder wants to use Blue Lagoon Marine Logistics - any hits?",  # another name
    "new client Silver Falcon - any issues?",                           # a part of the name
    "pls check Silver Harbour Trading, Blue Lagoon Marine Shipping - any hits?",  # two listed names
])
def test_other_capitalised_words_in_a_request_name_no_one(requested, query):
    assert no_match(requested, query)


def test_capitalised_names():
    assert capitalised_names("our forwarder wants to use Blue Lagoon Marine Shipping - any hits?") == [
        "Blue Lagoon Marine Shipping"]
    assert capitalised_names("supplier = Andamios Torvel de Mexico, any match??") == ["Andamios Torvel de Mexico"]
    assert capitalised_names("new client Silver Falcon Aviation (Juba) - any issues?") == ["Silver Falcon Aviation"]
    assert capitalised_names("Blue Lagoon Marine Shipping Pte Ltd") == []          # no request around the name
    assert capitalised_names("velmora seaways shipping - any hits?") == []      # all in lower case
