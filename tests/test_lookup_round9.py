"""The lookup's mechanisms added with the ninth set of unseen names (train9), each on invented companies: a legal form
rigour reads as one that is two written together ("Co., Ltd." is the "Company" and the "Limited" of a name); a name
typed whole with its legal form, then a town alone or its country's two-letter code; a name asked about in a question
("is ... sanctioned?", "check: ..."); a legal form inside the query, read as a word of it, is its legal form in another
order; a company word that begins a word of the name in the name's own language ("Transport" of "Transportadora"); a
unit or subsidiary typed with its parent ("Parent - Unit", "Parent subsidiary Unit"); the Persian words for "company"
and "investment" in their own script; the Arabic "brigades" (Kataib) and the English plural are rigour's brigade; a word of another language rigour files
under an English word's symbol is that word translated ("Escuela" is "School"); the Persian "Mojtame" is a complex; a
dictionary word does not stand for a word of a name that is it with another dictionary word written after it
("Global" is not 'Globalway'), unless the query has that other word too."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.alike import STEM_SIM, compound_elsewhere, _compound_rest, word_similarity
from knowledge.lookup.index import has_legal_forms, legal_forms
from knowledge.lookup.normalise import analyse, asked_name, named_part
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND9 = [
    ("ZELMORA SHIPPING COMPANY LIMITED", "", "Triq il-Port, Valletta, MT"),
    ("QUARVINE ART LTD.", "", "Triq il-Kbira, Birkirkara, MT"),
    ("TORVELLA INTERTRADE COMPANY", "", "Nathan Road, Kowloon, HK"),
    ("BRESKOVA CHARITY ASSOCIATION", "", "Tripoli, LY"),
    ("DARNEX INTERNATIONAL", "", "Mall Road, Lahore, PK"),
    ("VELMIRAN INVESTMENT COMPANY", "", "Tehran, IR"),
    ("TRANSPORTADORA KELVANO S.A. DE C.V.", "", "Morelia, MX"),
    ("ORVENDAL STUDIES CENTER", "", "Damascus, SY"),
    ("KESTRAMID FOUNDRY WORKS", "", "Damascus, SY"),
    ("NARVESTO SHIPPING COMPANY LIMITED", "", "Limassol, CY"),
    ("SAIF AL-TAVRAN IN MOROCCO", "", "Rabat, MA"),
    ("SAIF AL-TAVRAN IN LIBYA", "", "Tripoli, LY"),
    ("AL-ZORVANI BRIGADES", "", "Gaza, PS"),
    ("ESCUELA DE VELAS KORVELLO", "", "Morelia, MX"),
    ("ZORVAND INDUSTRIAL COMPLEX", "", "Tehran, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND9)]
    r = csl_registry(tmp_path_factory.mktemp("round9"), rows)
    yield r
    r.close()


def test_a_legal_form_read_as_one_that_is_two_is_those_two():
    # rigour reads "Co., Ltd." as one legal form ("coltd"): it is the "Company" and the "Limited" of a name
    joined, apart = legal_forms(analyse("Zelmora Co., Ltd.")), legal_forms(analyse("Zelmora Company Limited"))
    assert len(joined) == 2 and has_legal_forms(joined, apart) and has_legal_forms(apart, joined)
    assert not has_legal_forms(legal_forms(analyse("Zelmora Inc")), joined)
    # a legal form with a company-word symbol of its own stays one ("Corp" is no "Co" and "rp")
    assert len(legal_forms(analyse("Zelmora Corp"))) == 1


@pytest.mark.parametrize("query, expected", [
    ("zelmora shipping co ltd valletta malta", "ZELMORA SHIPPING COMPANY LIMITED"),   # "co ltd" is COMPANY LIMITED
    ("Quarvine Art Ltd Birkirkara", "QUARVINE ART LTD."),                             # a town alone
    ("Torvella Intertrade Co, HK", "TORVELLA INTERTRADE COMPANY"),                    # a country's code
])
def test_a_name_typed_whole_then_a_town_or_its_countrys_code(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Quarvine Art Ltd Lahore",              # a city of another country: a branch or another company
    "Torvella Intertrade Co, FR",           # another country's code
    "Torvella Intertrade Co, hk",           # two letters in lower case are a word, not a code
])
def test_a_town_or_code_of_another_country_is_another_company(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query, expected", [
    ("is Breskova Charity Association sanctioned?", "BRESKOVA CHARITY ASSOCIATION"),
    ("check: Quarvine Art Ltd Birkirkara", "QUARVINE ART LTD."),
    ("any sanctions on Darnex International Lahore?", "DARNEX INTERNATIONAL"),
])
def test_a_name_asked_about_in_a_question(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_what_a_question_asks_about():
    assert asked_name("is Breskova Charity Association sanctioned?") == "Breskova Charity Association"
    assert asked_name("is Apple sanctioned?") is None          # everyday words only: no name
    assert asked_name("Star Alpha Trading") is None            # no question, and company words only are left
    assert asked_name("Breskova Charity Association") is None  # nothing around the name
    assert asked_name("Velmiran Investment company?") is None  # "company" is no chatter


def test_a_question_about_an_unlisted_name_finds_nothing(reg):
    assert top_match(reg, "is Breskova Dental Clinic sanctioned?") is None


def test_a_legal_form_inside_the_query_is_its_legal_form_in_another_order(reg):
    assert matched_name(reg, "Investment Company Velmiran") == "VELMIRAN INVESTMENT COMPANY"
    # without the name's legal form, the words in another order are no exact match of it
    assert top_match(reg, "Investment Group Velmiran") is None


def test_a_company_word_begins_a_word_of_the_name_in_its_language(reg):
    assert matched_name(reg, "Kelvano Transport Company") == "TRANSPORTADORA KELVANO S.A. DE C.V."
    assert word_similarity("transport", "generic", "transportadora", "name") == (STEM_SIM, "stem")
    # two dictionary words written as one are no such word ("Transportline"), nor is a dictionary word
    assert word_similarity("transport", "generic", "transportline", "name")[1] != "stem"
    assert word_similarity("transport", "generic", "transportation", "name")[1] != "stem"


@pytest.mark.parametrize("query, expected", [
    ("Orvendal Studies Center - Kestramid Foundry Works", "KESTRAMID FOUNDRY WORKS"),
    ("Parvand Tankers Cyprus subsidiary Narvesto Shipping Company", "NARVESTO SHIPPING COMPANY LIMITED"),
    ("Narvesto Shipping Company, a subsidiary of Parvand Tankers", "NARVESTO SHIPPING COMPANY LIMITED"),
    # the parent's place says which unit: the one in Morocco
    ("Islamic State Morocco branch Saif al-Tavran", "SAIF AL-TAVRAN IN MOROCCO"),
])
def test_a_unit_typed_with_its_parent_is_the_unit(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_what_a_unit_typed_with_its_parent_names():
    assert named_part("Parvand Tankers Cyprus subsidiary Narvesto Shipping") == "Narvesto Shipping cyprus"
    assert named_part("Narvesto Shipping") is None
    assert named_part("Parvand Tankers subsidiary Shipping Company") is None   # no word of a name on the unit's side


def test_a_unit_named_only_near_its_parent_is_no_match(reg):
    # the unit's side must be a listed name exactly
    assert top_match(reg, "Orvendal Studies Center - Kestramid Foundry") is None


@pytest.mark.parametrize("query", ["شرکت سرمایه‌گذاری ولمیران", "Sherkat Sarmayehgozari Velmiran"])
def test_persian_company_and_investment(reg, query):
    assert matched_name(reg, query) == "VELMIRAN INVESTMENT COMPANY"


@pytest.mark.parametrize("query", ["Kataib al-Zorvani", "Katibat al-Zorvani", "Zorvani Brigades"])
def test_brigades_in_arabic_and_in_the_plural(reg, query):
    assert matched_name(reg, query) == "AL-ZORVANI BRIGADES"


def test_a_word_rigour_files_under_an_english_words_symbol_is_its_translation(reg):
    assert matched_name(reg, "Korvello Sailing School") is None        # "velas" is no "sailing"
    assert matched_name(reg, "Escuela de Velas Korvello") == "ESCUELA DE VELAS KORVELLO"
    assert matched_name(reg, "Korvello Velas School") == "ESCUELA DE VELAS KORVELLO"


def test_a_complex_in_persian(reg):
    assert matched_name(reg, "Mojtame Sanati Zorvand") == "ZORVAND INDUSTRIAL COMPLEX"


COMPOUNDS = [
    ("TRANSPORTWAY KORVELLO", "", "Nairobi, KE"),
    ("GLOBALWAY ZELMORA", "", "Lagos, NG"),
    ("CONTINENTALINK HAULAGE", "", "Accra, GH"),
    ("HARBORLINE SHIPPING", "", "Mombasa, KE"),
    ("TRANSPORTADORA KELVANO S.A. DE C.V.", "", "Morelia, MX"),
    ("ZOR-VANTA ELECTRONICS", "", "Shenzhen, CN"),
]


@pytest.fixture(scope="module")
def compounds(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(COMPOUNDS)]
    r = csl_registry(tmp_path_factory.mktemp("compounds"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query", [
    "Transport Korvello",           # 'Transportway' is transport + way
    "Global Zelmora",               # 'Globalway' is global + way
    "Continental Haulage",          # 'Continentalink' is continental + ink (or link)
    "Harbor Shipping",
])
def test_a_dictionary_word_is_no_compound_of_it_with_another(compounds, query):
    assert top_match(compounds, query) is None


@pytest.mark.parametrize("query, expected", [
    ("Transport Way Korvello", "TRANSPORTWAY KORVELLO"),          # the query has the other word: the compound's parts
    ("Global Way Zelmora", "GLOBALWAY ZELMORA"),
    ("Globalway Zelmora", "GLOBALWAY ZELMORA"),
    ("Continental Link Haulage", "CONTINENTALINK HAULAGE"),
    ("Harbor Line Shipping", "HARBORLINE SHIPPING"),
    ("Harborline Shipping", "HARBORLINE SHIPPING"),
    ("Kelvano Transport Company", "TRANSPORTADORA KELVANO S.A. DE C.V."),   # a company word's foreign form
    ("ZorVanta Electronics", "ZOR-VANTA ELECTRONICS"),                       # the name's own parts
])
def test_a_compound_written_apart_or_whole_and_a_foreign_form_still_match(compounds, query, expected):
    assert matched_name(compounds, query) == expected


def test_what_a_compound_adds_to_a_dictionary_word():
    assert _compound_rest("global", "globalway") == "way"
    assert _compound_rest("global", "globalwayline") == "wayline"       # two dictionary words after it
    assert _compound_rest("transport", "transportadora") == ""          # no dictionary word after it
    assert _compound_rest("transport", "transporting") == ""            # one word with an ending
    assert _compound_rest("kelvano", "kelvanoline") == ""               # no dictionary word to begin with
    assert compound_elsewhere(["global", "trading"], 0, "globalink", "name")
    assert not compound_elsewhere(["global", "link", "trading"], 0, "globalink", "name")
    assert not compound_elsewhere(["mahan", "air"], 1, "airlines", "generic")   # a company word, by its symbol
