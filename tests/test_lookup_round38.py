"""Lookup mechanisms found on train39's misses and the misses left of train ... train38 (eval/lookup/), each tested
here on invented names:
- What closes a request after the name (knowledge/vocab/words.yaml `everyday`, read by knowledge/lookup/normalise.py
  `asked_name`): the words of asking whether a firm is listed or held ("does ... show up on OFAC?", "is ...
  flagged?", "... still blocked?", "can someone check ...") and a sentence after the question's question mark
  ("... flagged? payment pending"). Another name in such a request matches no one, and a question mark closing a
  question with no name in it closes nothing.
- The word for aviation and transport in the lists' languages (words.yaml `company_words`): Turkish company words
  rigour reads only with their Turkish letters, typed without them ("Havacilik", "Tasimacilik"), and Persian "هوایی",
  each read as rigour reads the English word. The company words alone, or another name with them, name no one.
- An office in a town whose name opens with a saint's title (words.yaml `saint_titles`, read by
  knowledge/lookup/towns.py `unknown_town`): "... Limited - St. Julians office", "... (St. Helier representative
  office)" is the firm's office there; another name, or more words before the office, is not."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import analyse, asked_name
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("SILVER HARBOUR BANK", "", "Tehran, IR"),
    ("MARLOW GARDEN CENTRE", "", "Harare, ZW"),
    ("KORVEN HAVACILIK VE TASIMACILIK LIMITED", "", "Istanbul, TR"),
    ("ZELTAN AVIATION INDUSTRIES", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round38"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("does Silver Harbour Bank show up on OFAC?", "SILVER HARBOUR BANK"),
    ("is marlow garden centre flagged?", "MARLOW GARDEN CENTRE"),
    ("is marlow garden centre flagged? payment pending", "MARLOW GARDEN CENTRE"),
    ("does Silver Harbour Bank show up on OFAC? we got an invoice from them", "SILVER HARBOUR BANK"),
    ("anyone know if Marlow Garden Centre is still blocked? need to pay them today", "MARLOW GARDEN CENTRE"),
    ("hey can someone check Silver Harbour Bank for me? new correspondent request", "SILVER HARBOUR BANK"),
])
def test_request_asking_words_and_sentence_after_question(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "does Silver Harbour Shipping show up on OFAC?",              # another name
    "is marlow garden supplies flagged? payment pending",         # a name sharing words
    "hey can someone check Silver Lake Bank for me? new correspondent request",
    "does anyone show up on OFAC? we got an invoice",             # no name at all
])
def test_request_closing_words_name_no_one_else(reg, query):
    assert no_match(reg, query)


def test_sentence_after_question_mark_is_no_word_of_the_name():
    assert asked_name("is Widget Works flagged? payment pending") == "Widget Works"
    assert asked_name("does Widget Works show up on OFAC?") == "Widget Works"
    # a question with no name in it closes nothing: the name after it is still read
    assert asked_name("any hits? Widget Works") == "Widget Works"


@pytest.mark.parametrize("query, expected", [
    ("Korven Aviation and Transportation Ltd", "KORVEN HAVACILIK VE TASIMACILIK LIMITED"),
    ("Korven Havacılık ve Taşımacılık Ltd.", "KORVEN HAVACILIK VE TASIMACILIK LIMITED"),   # (found before too)
    ("صنایع هوایی زلتان", "ZELTAN AVIATION INDUSTRIES"),
])
def test_aviation_and_transport_in_the_lists_languages(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Havacilik ve Tasimacilik Limited",                          # the company words alone
    "Aviation and Transportation Ltd",
    "Tamsin Havacilik ve Tasimacilik Limited",                   # another name with them
    "Korven Celik",                                              # another line of business
])
def test_company_words_name_no_one_alone(reg, query):
    assert no_match(reg, query)


def test_turkish_words_without_their_letters_read_as_rigour_reads_them():
    for typed, written in [("havacilik", "havacılık"), ("tasimacilik", "taşımacılık"), ("bankasi", "bankası"),
                           ("danismanlik", "danışmanlık"), ("celik", "çelik"), ("iletisim", "iletişim")]:
        assert analyse(typed).key == analyse(written).key != typed
    assert analyse("هوایی").key == analyse("aviation").key


@pytest.fixture(scope="module")
def offices(tmp_path_factory) -> Registry:
    rows = [entity_row(0, "VELMORA TRADING LIMITED", "", "Valletta, MT"),
            entity_row(1, "QUARTEN CONSULT", "", "Jersey, JE"),
            # a listed name with the towns' words, so that they are words of the registry, as on the real lists
            entity_row(2, "JULIAN HELIER GWANN SERVICES", "", "London, GB")]
    r = csl_registry(tmp_path_factory.mktemp("round38offices"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Velmora Trading Limited - St. Julians office", "VELMORA TRADING LIMITED"),   # (found before too here)
    ("Velmora Trading Limited - San Gwann office", "VELMORA TRADING LIMITED"),
    ("Quarten Consult (St. Helier representative office)", "QUARTEN CONSULT"),
])
def test_office_in_a_saints_town(offices, query, expected):
    assert matched_name(offices, query) == expected


@pytest.mark.parametrize("query", [
    "Velmora Shipping Limited - St. Julians office",             # another name
    "Velmora Trading Limited - St. Julians Holdings office",     # more than the title and one word
    "Quarten Partners (St. Helier representative office)",
])
def test_office_in_a_saints_town_names_no_one_else(offices, query):
    assert no_match(offices, query)
