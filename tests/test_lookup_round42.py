"""Lookup mechanisms found on train43's misses and the misses left of train ... train42 (eval/lookup/), tested here on
invented names:
- A name in Chinese script read in pinyin is the listed name written in pinyin with its legal form
  (knowledge/lookup/index.py `by_written`, `normalise.pinyin_forms`): the lists write a Chinese legal form in pinyin
  too ("... MAOYI YOUXIAN GONGSI"), of which rigour reads only "gongsi" as a legal form, so the name's words and its
  legal form as written, spaces ignored, are what '...贸易有限公司' reads as. Another name, or another trade, in
  Chinese script names no one.
- A question opened by its own mark (knowledge/lookup/normalise.py `opened_question_name`): Spanish opens a question
  with '¿', and the name asked about follows it, capitalised as names are typed, up to the question's first word in
  lower case that is no stopword or legal form ("hola, ¿Widget Works está en la lista OFAC?"). The run must be a
  listed name exactly: a longer or shorter name, or another name, names no one.
- Initials typed in capitals for words of the listed name (knowledge/lookup/index.py `_initials_written_out`): "ME",
  "IT", "TCO" among words that are not in capitals, each letter the first of the next word of the listed name, are
  those words when the name written out is a listed name exactly ("Widget ME Co." is WIDGET MIDDLE EAST CO.). Other
  initials, other words or a longer name name no one.
- Words abbreviated (knowledge/lookup/index.py `_abbreviations_written_out`): a word cut short and closed by a dot
  ("Inst.", "Admin.") stands for the listed word in its place that begins with it, a word contracted with no dot
  ("Trg", "Acctg", "Grp": its first and last letters, others in order between, as `Index.contracted_from` reads a
  company word) for the listed word in its place it contracts, when the name written out is a listed name exactly
  ("Widget Maritime Trg Inst." is WIDGET MARITIME TRAINING INSTITUTE). Letters not in the listed word, another word
  or a longer name name no one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import opened_question_name
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("SHENZHEN QILONG MAOYI YOUXIAN GONGSI", "", "Shenzhen, CN"),
    ("HUALAN TECHNOLOGY CO., LTD.", "GUANGZHOU HUALAN KEJI YOUXIAN GONGSI", "Guangzhou, CN"),
    ("QUILLAMAR TEJIDOS", "", "Cali, CO"),
    ("FABRICA VENTORAL S.A.", "", "Quito, EC"),
    ("KORVALD MIDDLE EAST CO.", "", "Dubai, AE"),
    ("NAVERO INFORMATION TECHNOLOGY DEVELOPMENT COMPANY", "", "Tehran, IR"),
    ("SALVERIN TRANSNATIONAL CRIMINAL ORGANIZATION", "", "Tirana, AL"),
    ("ZEMBRA TCO", "", "Tirana, AL"),       # initials that are a word of another listed name
    ("VORTANE MARITIME TRAINING INSTITUTE", "", "Bandar Abbas, IR"),
    ("SOCIEDAD CONSTRUCTORA Y ADMINISTRADORA DEL QUILMAR LTDA.", "", "Cali, CO"),
    ("BELDORA FINANCIAL AND ACCOUNTING SERVICES COMPANY", "", "Tehran, IR"),
    ("VORTANE MARITIME TRADING", "", "Bandar Abbas, IR"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ENTITIES)]
    r = csl_registry(tmp_path_factory.mktemp("round42"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("深圳启龙贸易有限公司", "SHENZHEN QILONG MAOYI YOUXIAN GONGSI"),
    ("广州华蓝科技有限公司", "HUALAN TECHNOLOGY CO., LTD."),        # its a.k.a. in pinyin
])
def test_chinese_script_finds_the_name_listed_in_pinyin_with_its_legal_form(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "深圳启明贸易有限公司",          # another name (qiming), the same trade and legal form
    "深圳启龙科技有限公司",          # the same name, another trade (keji, not maoyi)
    "广州华蓝贸易有限公司",
])
def test_chinese_script_of_another_name_names_no_one(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("hola, ¿Quillamar Tejidos está en la lista OFAC?", "QUILLAMAR TEJIDOS"),
    ("¿Fabrica Ventoral S.A. aparece en alguna lista?", "FABRICA VENTORAL S.A."),
    ("buenos días, ¿Fabrica Ventoral S.A. figura en la lista de la OFAC?", "FABRICA VENTORAL S.A."),
])
def test_the_name_after_a_questions_opening_mark(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "¿Quillamar Tejidos Hermanos está en la lista OFAC?",    # a longer name, capitalised to its end
    "¿Ventoral S.A. aparece en alguna lista?",               # a part of the name
    "¿Quillamar Textiles está en la lista?",                 # another name
    "¿Tejidos Bravura está en la lista OFAC?",
])
def test_another_name_after_a_questions_opening_mark_names_no_one(reg, query):
    assert no_match(reg, query)


def test_opened_question_name():
    assert opened_question_name("hola, ¿Quillamar Tejidos está en la lista?") == "Quillamar Tejidos"
    assert opened_question_name("¿Casa del Widget S.A. aparece en la lista?") == "Casa del Widget S.A"
    assert opened_question_name("¿quillamar tejidos está en la lista?") is None    # lower case throughout
    assert opened_question_name("¿Quillamar Tejidos?") is None                    # no word of the question's own
    assert opened_question_name("Quillamar Tejidos está en la lista?") is None    # no opening mark


@pytest.mark.parametrize("query, expected", [
    ("Korvald ME Co.", "KORVALD MIDDLE EAST CO."),
    ("Navero IT Development Co.", "NAVERO INFORMATION TECHNOLOGY DEVELOPMENT COMPANY"),
    ("Salverin TC Organization", "SALVERIN TRANSNATIONAL CRIMINAL ORGANIZATION"),   # initials for some words
])
def test_initials_in_capitals_are_words_of_the_listed_name(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Korvald NE Co.",                 # initials of other words
    "Korvald ME Trading Co.",         # a longer name
    "Navero IT Solutions Co.",        # another name
    "Salverin TC",                    # initials short of the name
    "Brontal ME Co.",                 # another firm's name with the same initials
])
def test_other_initials_name_no_one(reg, query):
    assert no_match(reg, query)


@pytest.mark.parametrize("query, expected", [
    ("Vortane Maritime Trg Inst.", "VORTANE MARITIME TRAINING INSTITUTE"),
    ("Soc. Constructora y Admin. del Quilmar Ltda.", "SOCIEDAD CONSTRUCTORA Y ADMINISTRADORA DEL QUILMAR LTDA."),
    ("Beldora Fin. & Acctg Svcs Co.", "BELDORA FINANCIAL AND ACCOUNTING SERVICES COMPANY"),
])
def test_words_cut_short_are_the_listed_words(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Vortane Maritime Tdg Inst.",                          # "tdg" is no training's, nor trading's with "Inst."
    "Vortane Marine Trg Inst.",                            # another word
    "Beldora Fin. & Acctg Svcs Group Co.",                 # a longer name
    "Soc. Constructora y Admin. del Quilmar Norte Ltda.",
])
def test_words_cut_short_of_another_name_name_no_one(reg, query):
    assert no_match(reg, query)
