"""The lookup's mechanisms added with the tenth set of unseen names (train10), each on invented companies: a query of
places only, found in a name only spelt otherwise, names the place ("Multan" is no misspelt AL-MULTANI); a word whose
first letter differs is no typo of another unless one letter is all that differs ("Internacionales" is not
"Nacionales", "Escondido" not "Desconocido"); an ordinal is no cardinal ("First Class" is not ONE CLASS, while "1st"
and "First" are one word); a name found only spelt otherwise, with a legal form of another class than the query names,
is another company ("OOO ..." is an LLC, not the JSC); a unit typed first, then its parent and what it is of it
("Unit, Parent subsidiary", "Unit (Parent group)", "Unit (PI)", "Unit of Groupe Parent") is the unit; a name typed
whole, then where the company is ("Name, Town, Country", "Name (Country)", "Name in Town", "Name Town"), is the name
when the place is in its country; a request opened by a word asking to look it up ("check ...", "any hits for
...?", "payment to ...") is about the name in it; the Mexican "S.P.R. de R.I." is a legal form; two legal forms
joined by a dot are two ("Co.KG"); a number and a letter joined by a hyphen are one word ("46-B" is "46B"); an
address word and its short form are one word ("Ave" and "Avenue"); a word and the Arabic article written apart after
it are the word the lists write as one ("Hayat ul" is HEYATUL); "Naviera" is a shipping company and "Pokret" a
movement; two listed names joined by "of" are the first, a unit of the second; of two legal forms in front of company words
only, the first is the name's own, the second a word of its name ("AO KG Bank" is KG BANK, AO)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.alike import _address_short_form, word_similarity
from knowledge.lookup.normalise import analyse, asked_name, is_ordinal, name_then_place, of_parts, unit_before_parent
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND10 = [
    ("AL-MULTANI CHARITY", "", "Beirut, LB"),
    ("AL-QUETTAH CHARITY", "", "Beirut, LB"),
    ("VELTRA NACIONALES S.A.", "", "Bogota, CO"),
    ("POSADA DESCONOCIDO", "", "Oaxaca, MX"),
    ("KORVEX TRADING", "", "Dubai, AE"),
    ("ONE DELTA PROPERTIES (PTY) LTD.", "", "Harare, ZW"),
    ("FIRST MARVELO TRADING LLC", "", "Dubai, AE"),
    ("JSC VELKOPROMEXPORT", "", "Moscow, RU"),
    ("KELMORA SHIPPING COMPANY LIMITED", "", "Tehran, IR"),
    ("BRASTOV ENERGY", "", "Tehran, IR"),
    ("ORLAQ FOOD FARM", "", "Kinshasa, CD"),
    ("CJSC TESSALY MANAGEMENT", "", "Moscow, RU"),
    ("VARNEX TANKER COMPANY", "", "Tehran, IR"),
    ("VORLANE TV CENTER", "", "Peshawar, PK"),
    ("KESSIMORA 2 FARM", "", "Chivhu, ZW"),
    ("ZARVEX TELEPHONE COMPANY", "", "Mogadishu, SO"),
    ("AGRICOLA Y GANADERA VELMAR, S.P.R. DE R.I.", "", "Culiacan, MX"),
    ("TENTH HARBOUR GMBH & CO. KG", "", "Hamburg, DE"),
    ("812 ORVILLE AVENUE UNIT 12C, LLC", "", "Miami, US"),
    ("812 ORVILLE AVENUE UNIT 14D, LLC", "", "Miami, US"),
    ("KHAYRUL ZOVAN", "", "Kabul, AF"),
    ("NAVIERA MARITIMA DE VELORA, S.A.", "", "Vigo, ES"),
    ("VELMARSKI POKRET", "", "Belgrade, RS"),
    ("KG BANK, AO", "", "Moscow, RU"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND10)]
    r = csl_registry(tmp_path_factory.mktemp("round10"), rows)
    yield r
    r.close()


def test_a_place_found_only_spelt_otherwise_names_the_place(reg):
    # "Multan" is a city: typed as written it names the city, not a misspelt word of AL-MULTANI CHARITY
    assert top_match(reg, "Multan") is None
    assert top_match(reg, "Quetta") is None
    # the name itself is still found
    assert matched_name(reg, "Al-Multani Charity") == "AL-MULTANI CHARITY"


@pytest.mark.parametrize("query", [
    "Veltra Internacionales S.A.",      # a word of the name with letters written before it: another word
    "Posada Escondido",                  # two words alike but for where they begin
])
def test_a_word_beginning_otherwise_is_no_typo(reg, query):
    assert top_match(reg, query) is None


def test_a_typo_of_one_letter_may_be_the_first():
    assert word_similarity("internacionales", "name", "nacionales", "name") == (0.0, "")
    assert word_similarity("escondido", "name", "desconocido", "name")[1] != "typo"
    assert word_similarity("gorvex", "name", "korvex", "name")[1] == "typo"      # one letter: a typo
    assert word_similarity("korvexx", "name", "korvex", "name")[1] == "typo"     # same beginning: a typo


@pytest.mark.parametrize("query, expected", [
    ("Gorvex Trading", "KORVEX TRADING"),
    ("Veltra Nacionales SA", "VELTRA NACIONALES S.A."),
])
def test_typos_still_found(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_an_ordinal_is_no_cardinal(reg):
    assert top_match(reg, "First Delta Properties (Pty) Ltd.") is None
    assert matched_name(reg, "One Delta Properties (Pty) Ltd.") == "ONE DELTA PROPERTIES (PTY) LTD."
    # "1st" and "First" are one word
    assert matched_name(reg, "1st Marvelo Trading LLC") == "FIRST MARVELO TRADING LLC"
    assert top_match(reg, "One Marvelo Trading LLC") is None


def test_what_an_ordinal_is():
    assert is_ordinal("first") and is_ordinal("1st") and is_ordinal("54th") and is_ordinal("erste")
    assert not is_ordinal("one") and not is_ordinal("1") and not is_ordinal("ii")
    assert analyse("First Delta").terms[0].text != analyse("One Delta").terms[0].text
    assert analyse("First Delta").terms[0].text == analyse("1st Delta").terms[0].text


def test_a_name_spelt_otherwise_with_a_legal_form_of_another_class_is_another_company(reg):
    # an LLC (OOO) typed, the listed name a joint-stock company's, found only spelt otherwise ("ks" for "x")
    assert top_match(reg, "OOO Velkopromeksport") is None
    assert top_match(reg, "ООО Велкопромэкспорт") is None
    # a legal form of the same class, or none, still finds it
    assert matched_name(reg, "AO Velkopromeksport") == "JSC VELKOPROMEXPORT"
    assert matched_name(reg, "Velkopromeksport") == "JSC VELKOPROMEXPORT"


@pytest.mark.parametrize("query, expected", [
    ("Kelmora Shipping Company Ltd - Varnex Tanker Co subsidiary", "KELMORA SHIPPING COMPANY LIMITED"),
    ("Kelmora Shipping Company Ltd, Varnex affiliate", "KELMORA SHIPPING COMPANY LIMITED"),
    ("Brastov Energy (Varnex Investment group)", "BRASTOV ENERGY"),
    ("Brastov Energy (VTC)", "BRASTOV ENERGY"),                     # the parent's initials in brackets
    ("Orlaq Food Farm, a Varnex group company", "ORLAQ FOOD FARM"),
    ("Orlaq Food Farm of Groupe Varnex", "ORLAQ FOOD FARM"),
    ("Tessaly Management, Bank Varnex's asset manager", "CJSC TESSALY MANAGEMENT"),
])
def test_a_unit_typed_before_its_parent_is_the_unit(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Brastov Holdings (Varnex group)",        # the unit's side is no listed name exactly
    "Orlaq Food Farm, Varnex",                # nothing says the rest is its parent
    "Brastov Energy (Lebanon)",               # a place in brackets says where, not whose
])
def test_a_unit_before_its_parent_must_be_a_listed_name(reg, query):
    assert top_match(reg, query) is None


def test_what_a_unit_before_its_parent_is():
    assert unit_before_parent("Widget Works, Parent subsidiary") == "Widget Works"
    assert unit_before_parent("Widget Works - Parent front company") == "Widget Works"
    assert unit_before_parent("Widget Works (PHC)") == "Widget Works"
    assert unit_before_parent("Widget Works (UK)") is None
    assert unit_before_parent("Widget Works, subsidiary") is None      # no parent named
    assert unit_before_parent("Bank of America") is None


@pytest.mark.parametrize("query, expected", [
    ("check Vorlane TV Center Peshawar", "VORLANE TV CENTER"),          # a word asking, then the name and its town
    ("any hits for Vorlane TV Center?", "VORLANE TV CENTER"),
    ("Kessimora 2 Farm, Chivhu, Zimbabwe", "KESSIMORA 2 FARM"),          # "Town, Country" after a comma
    ("screening: Kessimora 2 Farm (Zimbabwe)", "KESSIMORA 2 FARM"),
    ("payment to Zarvex Telephone Co in Mogadishu", "ZARVEX TELEPHONE COMPANY"),
])
def test_a_name_then_where_it_is_or_asked_about(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Vorlane TV Center Lagos",                    # a city of another country: a branch or another company
    "Kessimora 2 Farm, Chivhu, Kenya",            # another country
    "Zarvex Telephone Co in Nairobi",
    "check Vorlane Radio Peshawar",               # the name is no listed one exactly
])
def test_a_name_then_a_place_elsewhere_is_another_company(reg, query):
    assert top_match(reg, query) is None


def test_how_a_name_then_a_place_is_read():
    assert ("Widget Farm", "Chivhu, Zimbabwe") in name_then_place("Widget Farm, Chivhu, Zimbabwe")
    assert ("Widget Telephone Co", "Mogadishu") in name_then_place("Widget Telephone Co in Mogadishu")
    assert name_then_place("Widget Farm, Trading Co, Zimbabwe") == [("Widget Farm, Trading Co", "Zimbabwe")]
    assert asked_name("check Widget Works Lahore") == "Widget Works Lahore"
    assert asked_name("Widget Works check") is None


@pytest.mark.parametrize("query, expected", [
    ("Ganadera y Agricola Velmar", "AGRICOLA Y GANADERA VELMAR, S.P.R. DE R.I."),   # the legal form left out
    ("Tenth Harbour GmbH & Co.KG", "TENTH HARBOUR GMBH & CO. KG"),
    ("812 Orville Ave Unit 12-C LLC", "812 ORVILLE AVENUE UNIT 12C, LLC"),
    ("812 Orville Avenue Unit 12-C LLC", "812 ORVILLE AVENUE UNIT 12C, LLC"),
])
def test_legal_forms_numbers_and_address_words_written_otherwise(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_two_legal_forms_joined_by_a_dot_are_two():
    assert analyse("X GmbH & Co.KG").key == analyse("X GMBH & CO. KG").key
    assert [t.role for t in analyse("X GmbH & Co.KG").terms][-2:] == ["legal", "legal"]
    assert analyse("www.acme.com").terms[0].role == "name"              # no legal forms: one word as before


def test_a_number_and_a_letter_joined_by_a_hyphen_are_one_word():
    assert analyse("Unit 46-B").key == analyse("Unit 46B").key
    assert analyse("F-16 Trading").key != analyse("F16 Trading").key    # a letter, then a number: two words


def test_the_mexican_spr_de_ri_is_a_legal_form():
    assert analyse("Velmar S.P.R. de R.I.").terms[-1].role == "legal"
    assert analyse("Velmar S.P.R. de R.I.").key == analyse("Velmar").key


def test_an_address_word_and_its_short_form():
    assert _address_short_form("ave", "avenue") and _address_short_form("st", "street")
    assert not _address_short_form("plaza", "square")                  # one fingerprint, two words
    assert not _address_short_form("saint", "street")


def test_another_unit_of_the_building_is_another_company(reg):
    assert top_match(reg, "812 Orville Ave Unit 12-D LLC") is None


def test_a_word_and_the_article_after_it_written_apart(reg):
    assert matched_name(reg, "Khair ul Zovan") == "KHAYRUL ZOVAN"
    assert top_match(reg, "Khair Zovan Trading") is None


@pytest.mark.parametrize("query, expected", [
    ("Velora Maritime Shipping Company", "NAVIERA MARITIMA DE VELORA, S.A."),     # "naviera": a shipping company
    ("Velmarski Movement", "VELMARSKI POKRET"),                                  # "pokret": a movement
])
def test_company_and_organisation_words_of_other_languages(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_two_listed_names_joined_by_of_are_the_first(reg):
    assert matched_name(reg, "Orlaq Food Farm of Varnex Tanker Company") == "ORLAQ FOOD FARM"
    # a parent that is no listed name says nothing: the text is no listed name
    assert top_match(reg, "Orlaq Food Farm of Kestrel Holdings") is None
    assert of_parts("Widget Works of Parent Holding") == [("Widget Works", "Parent Holding")]


def test_of_two_legal_forms_in_front_the_second_is_a_word_of_the_name(reg):
    assert analyse("AO KG Bank").key == analyse("KG BANK, AO").key
    assert matched_name(reg, "AO KG Bank") == "KG BANK, AO"
    assert matched_name(reg, "АО КГ Банк") == "KG BANK, AO"
