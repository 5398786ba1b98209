"""The lookup's general mechanisms for names nobody tuned for, each on invented companies: a legal form the user writes
counts, misspelt legal forms and company-word abbreviations are normalised, romanisations and other spellings of one
name meet, words written together or as initials are found, part of a long name is found; and the near misses stay
apart: a name written whole with its legal form, a synonym, a company word that only looks like a name's word, two
words that only say what kind of company, a part of several listed names."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

NAMES = [
    ("BANK ZARVAN IRAN", "BANK ZARVAN"),
    ("ZARVAN BANK PLC", ""),
    ("TOLLAN MARITIME INC.", ""),
    ("TOLLAN MARITIME LTD.", ""),
    ("KERROW TRADING CORPORATION", ""),
    ("LYNX SECURITY COMPANY", ""),
    ("ORVANE COMMUNICATIONS OFFSHORE SAL", ""),
    ("ZORAN MARENE SERVICES", ""),
    ("BANK-E TAVAN", ""),
    ("NATIONAL AVIONICS DEVELOPMENT ADMINISTRATION", ""),
    ("NORTHERN REGIONAL COOPERATION BANK", ""),
    ("TABAN ELECTRONICS INDUSTRIES", ""),
    ("SHAHID KAVEH IND.", ""),
    ("GHAZAL NOOH SHIPPING", ""),
    ("AL-KAWTHAR PETROL HOUSE", ""),
    ("VOSTOKSYRIOIMPORT", ""),
    ("ALES HOLDING", ""),
    ("KAVIR BA HONAR", ""),
    ("ISLAMIC FRONT OF GALVEN AND THE MARSH - DELTA PROVINCE", ""),
    ("DANVOR HALSTEN INDUSTRIAL DEVELOPMENT CO LTD", ""),
    ("ASMARA MONEY EXCHANGERS", ""),
    ("JOINT STOCK COMPANY SANATORIUM KORVIKA", ""),
    ("KELVARO OIL AND GAS SERVICES", ""),
    ("SEPRAVAN CEMENT", ""),
    ("COMPAGNIE AERIENNE DES GRANDS LACS", "CAGL"),
    ("SZ VELDOR TECHNOLOGY CO., LTD.", "VELDOR"),
    ("KORVAN FOODS S.A.R.L.", "", "Beirut, LB"),
    ("SEVERNAYA SHIPPING LINES", "", "Novorossiysk, RU"),
    ("VARNELL INVESTMENT COMPANY", ""),
    ("VARNELL INDUSTRIAL TRADING", ""),
    ("KORDAGAZ LLC", "OOO KORDAGAZ"),
    ("KORDAGAZ OJSC", "OAO KORDAGAZ"),
    ("KORDAGAZ GROUP", "KORDAGAZ"),
    ("TELAVAR PETROCHEMICAL COMPANY", ""),
    ("VELTA+ GROUP PLC", ""),
    ("KARSO & BREN TRADING", ""),
    ("KHVAL AIRCOMPANY", "AVIAKOMPANIYA KHVAL"),
    ("DARAN ZANDOLREZA ELECTRONICS", ""),
    ("TARIM ABOLFAZL WORKS", ""),
    ("ZOLTEK MONEY TRANSFER", ""),
    ("VARDAN LOJISTIK KARGO LIMITED SIRKETI", ""),
    ("VELOR TRADE GHANA LIMITED", ""),
    ("NOTEA GROUP", ""),
    ("KORVELA AGHONAS", ""),
    ("KORVELA LAIKOS AGONAS", ""),
    ("HIZBULLAH", ""),
    ("ZENTARO CEMENT", "", "Isfahan, IR"),
    ("ZENTARO CEMENT INVESTMENT", "", "Isfahan, IR"),
    ("AACHEN AALBORG PRECISION CO., LTD.", ""),
    ("PJSC POWER MACHINERY SYSTEMS", ""),
    ("KELSAR GOSTARESH COMPANY, P.J.S.", ""),
    ("MARVENTO JAPAN K.K.", ""),
    ("THE LIMITED LIABILITY COMPANY INVESTMENT COMPANY ORVEX", ""),
    ("CHINA HUAXING PRECISION MACHINERY CORPORATION", "ZHONGGUO HUAXING JINGMI JIXIE ZONGGONGSI"),
    ("NATIONAL KORVIAN OIL COMPANY", ""),
    ("NATIONAL KORVIAN OIL COMPANY PTE LTD", ""),
    ("TRUE VELMORA", ""),
    ("VELMORA FRONT OF IRAQ", "VELMORA FRONT"),
    ("AL-ZARVEED", ""),
    ("KELDRA AMUSEMENT PARK AND RESORT LTD", ""),
    ("TRANSPORTES AEREOS VORLANDA OSKENTA", ""),
    ("VORSK KAMENI", ""),
    ("C.I. VARDELLO INTERNATIONAL S.A.S.", ""),
    ("ZUMARD", ""),
    ("ZUMMRD", ""),
    ("HAY'AT TAHMIRAN AL-KHALDUN", ""),
    ("EMPRESA KORVATA DE NAVEGACION", ""),
    ("FUNDACION Z.L.K.", ""),
] + [(f"{w} OIL AND GAS SERVICES", "") for w in ("ARVENTA", "BELTRONA", "CORVESSA", "DESNAVA", "ELBRENA", "FENROSA",
                                                 "GALDRIVA", "HELMARA", "IRVANTA", "JORVELLA")]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    r = csl_registry(tmp_path_factory.mktemp("variants"), [entity_row(n, *spec, prefix="v") for n, spec in enumerate(NAMES)])
    yield r
    r.close()


def test_the_legal_form_the_user_writes_picks_the_entity_among_equal_names(reg):
    # the same words in another order with the query's legal form beat another entity's name without it
    m = top_match(reg, "Bank Zarvan PLC")
    assert m.entity.name == "ZARVAN BANK PLC" and m.why.rule == "reordered"
    assert matched_name(reg, "Bank Zarvan") == "BANK ZARVAN IRAN"
    # two entities that differ only by their legal form
    assert matched_name(reg, "Tollan Maritime Ltd") == "TOLLAN MARITIME LTD."
    assert matched_name(reg, "Tollan Maritime Inc") == "TOLLAN MARITIME INC."


def test_a_misspelt_legal_form_is_a_legal_form(reg):
    m = top_match(reg, "Kerrow Trading Coporation")
    assert m.entity.name == "KERROW TRADING CORPORATION" and m.score >= 0.98


def test_a_name_written_whole_with_its_legal_form_lacks_nothing(reg):
    assert matched_name(reg, "Lynx Security") == "LYNX SECURITY COMPANY"
    assert top_match(reg, "Lynx AG") is None          # another company: the listed one is Lynx *Security* Company


def test_a_synonym_is_another_word(reg):
    assert top_match(reg, "Orvane Telecom Offshore SAL") is None
    assert matched_name(reg, "Orvane Communications Offshore") == "ORVANE COMMUNICATIONS OFFSHORE SAL"
    # in another order with the legal form too: "oil" and "petrochemical" share a symbol, not a word
    assert top_match(reg, "Oil Telavar Company") is None
    assert matched_name(reg, "Petrochemical Telavar Company") == "TELAVAR PETROCHEMICAL COMPANY"


def test_a_company_word_spelt_right_is_not_a_misspelt_name(reg):
    assert top_match(reg, "Marine Services Co") is None
    assert matched_name(reg, "Zoran Marine Services") == "ZORAN MARENE SERVICES"     # with the name, it is a typo


def test_a_lone_letter_is_not_a_word_the_query_must_have(reg):
    assert matched_name(reg, "Tavan Bank") == "BANK-E TAVAN"


@pytest.mark.parametrize("query, expected", [
    ("Natl Avionics Development Admin", "NATIONAL AVIONICS DEVELOPMENT ADMINISTRATION"),
    ("Northern Regional Coop Bank", "NORTHERN REGIONAL COOPERATION BANK"),
    ("Taban Electronics Ind.", "TABAN ELECTRONICS INDUSTRIES"),    # though "IND." is written in another name
])
def test_abbreviated_company_words(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Qazal Nuh Shipping", "GHAZAL NOOH SHIPPING"),
    ("Al-Kawsar Petrol House", "AL-KAWTHAR PETROL HOUSE"),
    ("Vostoksyryeimport", "VOSTOKSYRIOIMPORT"),
    ("Санаторий Корвика", "JOINT STOCK COMPANY SANATORIUM KORVIKA"),   # Cyrillic; "sanatory" is "sanatorium"
    ("Авиакомпания Хвал", "KHVAL AIRCOMPANY"),    # rigour writes "Х" as "h", the list as "kh"
])
def test_romanisations_and_endings_of_one_name_meet(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_short_romanised_word_keeps_its_first_letter(reg):
    assert top_match(reg, "Olis Holdings Ltd") is None


def test_words_written_together_or_as_initials(reg):
    assert matched_name(reg, "Kavir Bahonar") == "KAVIR BA HONAR"
    # and the reverse: words written apart, with the article between them or not, for one word of the name
    assert matched_name(reg, "Daran Zand al-Reza Electronics") == "DARAN ZANDOLREZA ELECTRONICS"
    assert matched_name(reg, "Tarim Abol Fazl Works") == "TARIM ABOLFAZL WORKS"
    m = top_match(reg, "IFGM Delta Province")
    assert m and m.entity.name == "ISLAMIC FRONT OF GALVEN AND THE MARSH - DELTA PROVINCE"


def test_part_of_a_long_name_but_not_two_words_that_only_say_what_kind_of_company(reg):
    assert matched_name(reg, "Halsten Industrial Development") == "DANVOR HALSTEN INDUSTRIAL DEVELOPMENT CO LTD"
    assert top_match(reg, "Money Exchange") is None
    # three words in a row, but common to many names: not what names any of them
    assert top_match(reg, "Oil and Gas Services") is None
    assert matched_name(reg, "Kelvaro Oil and Gas Services") == "KELVARO OIL AND GAS SERVICES"
    assert top_match(reg, "Halsten Trading") is None


def test_a_place_the_name_lacks_is_a_branch_elsewhere_unless_it_is_the_entitys_country(reg):
    assert matched_name(reg, "Korvan Foods") == "KORVAN FOODS S.A.R.L."
    assert top_match(reg, "Korvan Foods Nigeria") is None
    # the entity is in Russia: the query's "Russia" only weighs as a word the name lacks, it makes no other branch
    # (seen at a low threshold, where every rule is looked at)
    low = Registry.open(reg.path, threshold=0.5)
    assert low.lookup("Korvan Foods Nigeria")[0].why.capped == "another place: 'nigeria'"
    best = low.lookup("Severnaya Shipping Lines Russia")[0]
    assert best.entity.name == "SEVERNAYA SHIPPING LINES" and best.why.capped is None
    low.close()


def test_a_line_of_business_none_of_the_entitys_names_has_is_another_company(reg):
    assert matched_name(reg, "Sepravan Cement") == "SEPRAVAN CEMENT"
    assert top_match(reg, "Sepravan Cement Mining") is None
    assert top_match(reg, "Sepravan Cement Hotel") is None
    # the a.k.a. "Veldor" lacks "Technology", but the entity's name has it: no other business (seen at a low
    # threshold, where every rule is looked at)
    low = Registry.open(reg.path, threshold=0.5)
    best = low.lookup("Veldor Technology")[0]
    assert best.entity.name == "SZ VELDOR TECHNOLOGY CO., LTD." and best.match and best.why.capped is None
    assert low.lookup("Sepravan Cement Mining")[0].why.capped == "another business: 'mining'"
    low.close()


def test_an_acronym_is_found_as_written_not_by_its_sound(reg):
    assert matched_name(reg, "CAGL") == "COMPAGNIE AERIENNE DES GRANDS LACS"
    # 'google' sounds like 'cagl' (metaphone KKL): not even a weak candidate, seen at a low threshold
    low = Registry.open(reg.path, threshold=0.5)
    assert not [m for m in low.lookup("Google LLC") if m.entity.name == "COMPAGNIE AERIENNE DES GRANDS LACS"]
    low.close()


def test_a_part_of_several_listed_names_names_none_of_them(reg):
    # "Varnell" is a word of two listed names: which one is meant, the user has not said; both stay candidates
    ms = reg.lookup("Varnell")
    assert not any(m.match for m in ms)
    assert {m.entity.name for m in ms[:2]} == {"VARNELL INVESTMENT COMPANY", "VARNELL INDUSTRIAL TRADING"}
    assert "ambiguous" in ms[0].reason
    assert matched_name(reg, "Varnell Investment") == "VARNELL INVESTMENT COMPANY"


def test_names_equal_but_for_a_legal_form_are_told_apart_only_by_the_legal_form_written(reg):
    # misspelt, so no exact match: the legal form the user writes picks the entity, and without one none is named
    assert matched_name(reg, "OOO Kordagas") == "KORDAGAZ LLC"
    assert matched_name(reg, "OAO Kordagas") == "KORDAGAZ OJSC"
    assert top_match(reg, "Kordagas") is None
    assert matched_name(reg, "Kordagaz") == "KORDAGAZ GROUP"       # written as one entity's a.k.a.


def test_a_plus_closing_a_word_is_a_word_of_the_name(reg):
    assert matched_name(reg, "Velta Plus Group PLC") == "VELTA+ GROUP PLC"
    assert matched_name(reg, "velta+ group") == "VELTA+ GROUP PLC"
    # between two words it is "and", as "&" is
    assert matched_name(reg, "Karso+Bren Trading") == "KARSO & BREN TRADING"


def test_business_words_rigour_does_not_tag_say_what_kind_of_company(reg):
    # knowledge/vocab/words.yaml business_words: "money", "transfer", "kargo" are company words, not name words
    assert top_match(reg, "Money Transfer") is None
    assert matched_name(reg, "Zoltek Money Transfer") == "ZOLTEK MONEY TRANSFER"
    assert matched_name(reg, "Vardan Lojistik") == "VARDAN LOJISTIK KARGO LIMITED SIRKETI"


def test_two_places_rigour_tells_apart_are_not_one_by_their_sound(reg):
    # 'kenya' and 'ghana' share a romanised skeleton ('kn'), but rigour knows them as two countries
    assert top_match(reg, "Velor Trade Kenya Limited") is None
    assert matched_name(reg, "Velor Trade Ghana Ltd") == "VELOR TRADE GHANA LIMITED"


def test_a_sound_code_of_two_letters_is_no_name(reg):
    # 'Nadia' and 'Notea' are both metaphone 'NT', as 'Midea' and 'Maute' are 'MT': too little to be one name
    assert top_match(reg, "Nadia Group Co., Ltd.") is None
    assert matched_name(reg, "Notea Group") == "NOTEA GROUP"


def test_a_name_whose_every_word_the_query_has_beats_one_it_is_only_a_part_of(reg):
    # the query has both words of KORVELA AGHONAS (one spelt otherwise) and only a part of KORVELA LAIKOS AGONAS
    assert matched_name(reg, "Korvela Agonas") == "KORVELA AGHONAS"
    assert matched_name(reg, "Korvela Laikos Agonas") == "KORVELA LAIKOS AGONAS"


def test_one_word_rigour_reads_as_one_organisation_names_the_entity_listed_under_it(reg):
    # rigour gives "Hizbullah", "Hezbollah", "Hizballah" one symbol (HEZBOLLAH), as it gives "Bank" and "Banco" one:
    # an entity listed under that word alone is named by it, in any of its spellings
    for query in ("Hizbullah", "Hezbollah", "HIZBALLAH"):
        assert matched_name(reg, query) == "HIZBULLAH", query
    # one symbol is not one word: 'oil' and 'petrochemical' (both OIL) stay synonyms
    assert top_match(reg, "Oil Telavar Company") is None


def test_a_place_that_says_where_the_entity_is_is_no_word_of_another_name(reg):
    # ZENTARO CEMENT is in Iran: the country, or a city in it, only says where
    assert matched_name(reg, "Zentaro Cement Co (Iran)") == "ZENTARO CEMENT"
    assert matched_name(reg, "ZENTARO CEMENT, TEHRAN") == "ZENTARO CEMENT"
    # a city elsewhere is another branch
    assert top_match(reg, "Zentaro Cement Lagos") is None


def test_two_cities_side_by_side_are_a_name(reg):
    # one city says where ("Havana"), two in a row are a name: the first words of AACHEN AALBORG PRECISION
    assert matched_name(reg, "Aachen Aalborg") == "AACHEN AALBORG PRECISION CO., LTD."
    assert top_match(reg, "Aachen") is None


def test_a_legal_form_in_front_of_company_words_is_the_one_the_user_writes_at_the_end(reg):
    # the listed name's words are all company words, so its "PJSC" in front is read as one of them; "Power
    # Machinery Systems PJSC" is the same name with the legal form where English writes it
    assert matched_name(reg, "Power Machinery Systems PJSC") == "PJSC POWER MACHINERY SYSTEMS"


def test_legal_forms_inside_or_closing_a_name_may_be_left_out(reg):
    # "Company" inside the name is read as a word of it, and "P.J.S." / "K.K." close it where legal forms stand:
    # a user may leave them out, with or without a legal form of their own
    assert matched_name(reg, "Kelsar Gostaresh Compnay") == "KELSAR GOSTARESH COMPANY, P.J.S."
    assert matched_name(reg, "Kelsar Gostaresh") == "KELSAR GOSTARESH COMPANY, P.J.S."
    assert matched_name(reg, "Marvento Japan") == "MARVENTO JAPAN K.K."
    assert matched_name(reg, "Orvex Investment Company LLC") == "THE LIMITED LIABILITY COMPANY INVESTMENT COMPANY ORVEX"
    # but not a word of the name: "Kelsar Company" lacks "Gostaresh"
    assert top_match(reg, "Kelsar Company") is None


def test_a_name_in_chinese_script_meets_its_pinyin(reg):
    # rigour writes the characters a syllable each; the list joins a word's syllables
    assert matched_name(reg, "中国华星精密机械总公司") == "CHINA HUAXING PRECISION MACHINERY CORPORATION"
    assert top_match(reg, "中国华星精密电子总公司") is None      # another name: 电子 (dianzi), not 机械 (jixie)


def test_the_legal_forms_the_user_writes_pick_the_name_that_has_no_others(reg):
    # both names are "National Korvian Oil Co" once normalised; only one has no legal form the user did not write
    assert matched_name(reg, "National Korvian Oil Co") == "NATIONAL KORVIAN OIL COMPANY"
    assert matched_name(reg, "National Korvian Oil Company Pte Ltd") == "NATIONAL KORVIAN OIL COMPANY PTE LTD"
    # without a legal form, the two differ only by legal forms the user did not write: neither is named
    assert top_match(reg, "National Korvian Oil") is None


def test_a_name_typed_with_its_own_abbreviation_in_parentheses_is_the_name(reg):
    assert matched_name(reg, "national korvian oil co (nkoc)") == "NATIONAL KORVIAN OIL COMPANY"


def test_a_country_says_where_an_entity_placed_nowhere_is(reg):
    # TRUE VELMORA has no address and no name that says a place: the country the user adds only says where it is
    assert matched_name(reg, "True Velmora (Ireland)") == "TRUE VELMORA"
    assert matched_name(reg, "true velmora sri lanka") == "TRUE VELMORA"
    # an entity whose names place it (in Iraq) is another branch elsewhere
    assert top_match(reg, "Velmora Front-Mozambique") is None


def test_one_word_without_the_article_of_a_name_is_a_word_not_the_name(reg):
    # AL-ZARVEED is a name; "Zarveed" alone is a word (as "shahid" is "martyr"), which many names may have
    assert top_match(reg, "Zarveed") is None
    assert matched_name(reg, "Al-Zarveed") == "AL-ZARVEED"
    assert matched_name(reg, "El Zarveed") == "AL-ZARVEED"


def test_two_dictionary_words_are_a_phrase_not_a_part_of_a_name(reg):
    # "amusement park" says what kind of place; a part of a name says which one
    assert top_match(reg, "amusement park") is None
    assert matched_name(reg, "Keldra Amusement Park") == "KELDRA AMUSEMENT PARK AND RESORT LTD"
    # two words of a name that no dictionary has are a part of it
    assert matched_name(reg, "Vorlanda Oskenta") == "TRANSPORTES AEREOS VORLANDA OSKENTA"


def test_words_saying_what_sort_of_group_after_a_whole_name_are_that_name(reg):
    assert matched_name(reg, "Vorsk Kameni cult") == "VORSK KAMENI"
    assert matched_name(reg, "the vorsk kameni motorcycle club") == "VORSK KAMENI"
    # a unit or a kind of company after the name is another entity
    assert top_match(reg, "Vorsk Kameni Academy") is None


def test_dotted_initials_opening_a_name_may_be_left_out(reg):
    # "C.I." (comercializadora internacional) opens the name where a legal form stands
    assert matched_name(reg, "Vardello International") == "C.I. VARDELLO INTERNATIONAL S.A.S."
    # a word of the name may not: "Vardello Trading" has another word for "International"
    assert top_match(reg, "Vardello Trading") is None


def test_the_long_a_arabic_script_writes_picks_the_romanisation_that_has_it(reg):
    # 'زمارد' is z-m-a-r-d: ZUMARD and ZUMMRD share its consonants, only ZUMARD has the long "a" after the "m"
    assert matched_name(reg, "زمارد") == "ZUMARD"


def test_arabic_letters_are_romanised_one_by_one(reg):
    # 'تحميران' is t-h-m-y-r-a-n: its "t" and "h" are two letters, not the "th" of 'ث'
    assert matched_name(reg, "هيئة تحميران الخلدون") == "HAY'AT TAHMIRAN AL-KHALDUN"


def test_a_company_word_in_front_of_a_name_written_whole_may_be_left_out(reg):
    # "Empresa" says what form EMPRESA KORVATA DE NAVEGACION has, as the user's "S.A." does
    assert matched_name(reg, "Korvata de Navegacion S.A.") == "EMPRESA KORVATA DE NAVEGACION"
    # one word is too little to go by: a company "ZLK Co., Ltd." is not the foundation
    assert top_match(reg, "ZLK Co., Ltd.") is None
