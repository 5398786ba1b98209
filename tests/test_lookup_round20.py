"""Lookup mechanisms found on train20's misses and false matches (eval/lookup/train20.jsonl), each tested here on
invented names:
- chat words of a request are chatter around a name (`everyday`: "hey can u check ... for me", "... asap", "... thx",
  "quick q: ...", "are we allowed to deal with ...?");
- Arabic عقاري (aqari, "of real estate") is "real estate" translated (`company_words` DOMAIN:REALTY): 'مصرف طلال
  العقاري' is TALAL REAL ESTATE BANK, and no other bank is found by its "bank" alone;
- a ticket office, after a town, after a firm's name found whole, is that firm's office in the town (`branch_phrases`:
  "... Tehran ticket office"); another company ("X Holdings") stays apart. ("agency" is not added: "X Shipping Agency"
  and "relief agency" are names of their own);
- Korean 주식회사 (chusik hoesa, a joint-stock company) is the "Co Ltd" the lists write (`korean_words`);
- Spanish "gestora", "fomento", "consultoria", "empresarial", "agropecuaria" and "navieros" are "management",
  "development", "consulting", "business", "agricultural" and "shipping" translated (`company_words`: "Talverin
  Management S.A." is GESTORA TALVERIN S.A.); a word the name lacks is still another name;
- a brickworks is a line of business (`business_words`), Spanish "ladrillera" the word translated (`company_words`:
  "Telvaro Brickworks Ltd." is LADRILLERA TELVARO LTDA.)."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, top_match

ROUND20 = [
    ("QUORVANE ANDESH", "", "Tehran, IR"),
    ("VELMORA PAIDAR SANAT", "", "Tehran, IR"),
    ("ZORVEK-KAI", "", "Tokyo, JP"),
    ("TRELVIX TECHNOLOGIES S.A.", "", "Panama, PA"),
    ("TALAL REAL ESTATE BANK", "", "Damascus, SY"),
    ("TALAL COMMERCIAL BANK", "", "Damascus, SY"),
    ("MORVANTE SHIPPING LIMITED", "", "Dubai, AE"),
    ("ZELTRA AIR", "", "Tehran, IR"),
    ("RYONGAKSAN TRADING CO LTD", "", "Pyongyang, KP"),
    ("GESTORA TALVERIN S.A.", "", "Cali, CO"),
    ("COMPANIA DE FOMENTO ZARVELO S.A.", "", "Cali, CO"),
    ("CONSULTORIA EMPRESARIAL KORVENA LTDA.", "", "Bogota, CO"),
    ("AGROPECUARIA MELVORA S.A.", "", "Quito, EC"),
    ("SERVICIOS NAVIEROS QUENTARA S.A.", "", "Panama, PA"),
    ("LADRILLERA SAN TELVARO LTDA.", "", "Medellin, CO"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND20)]
    r = csl_registry(tmp_path_factory.mktemp("round20"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("hey can u check Quorvane Andesh for me", "QUORVANE ANDESH"),
    ("need a sanctions check on Velmora Paidar Sanat asap", "VELMORA PAIDAR SANAT"),
    ("are we allowed to deal with zorvek-kai?", "ZORVEK-KAI"),
    ("screen: velmora paidar sanat thx", "VELMORA PAIDAR SANAT"),
    ("quick q: Trelvix Technologies SA on any list?", "TRELVIX TECHNOLOGIES S.A."),
])
def test_chat_words_around_a_name(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_arabic_real_estate(reg):
    # Arabic "aqari" (عقاري, with its article العقاري) is "real estate" translated
    assert matched_name(reg, "مصرف طلال العقاري") == "TALAL REAL ESTATE BANK"


@pytest.mark.parametrize("query, expected", [
    ("Zeltra Air Tehran ticket office", "ZELTRA AIR"),
    ("Zeltra Air - Dubai ticket office", "ZELTRA AIR"),
    ("Morvante Shipping Ltd Tehran ticket office", "MORVANTE SHIPPING LIMITED"),
])
def test_a_ticket_office_in_a_town(reg, query, expected):
    assert matched_name(reg, query) == expected


def test_a_ticket_office_keeps_other_companies_apart(reg):
    assert top_match(reg, "Morvante Holdings Tehran ticket office") is None


def test_korean_joint_stock_company(reg):
    # 주식회사 (a joint-stock company) is the "Co Ltd" the lists write after the name
    assert matched_name(reg, "룡악산무역 주식회사") == "RYONGAKSAN TRADING CO LTD"


@pytest.mark.parametrize("query, expected", [
    ("Talverin Management S.A.", "GESTORA TALVERIN S.A."),
    ("Zarvelo Development Company S.A.", "COMPANIA DE FOMENTO ZARVELO S.A."),
    ("Korvena Business Consulting Ltda.", "CONSULTORIA EMPRESARIAL KORVENA LTDA."),
    ("Melvora Agricultural S.A.", "AGROPECUARIA MELVORA S.A."),
    ("Quentara Shipping Services S.A.", "SERVICIOS NAVIEROS QUENTARA S.A."),
])
def test_spanish_company_words_translated(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", ["Talverin Holdings S.A.", "Zarvelo Mining Company S.A."])
def test_a_word_the_name_lacks_is_another_name(reg, query):
    assert top_match(reg, query) is None


@pytest.mark.parametrize("query", ["San Telvaro Brickworks Ltd.", "San Telvaro Brickworks"])
def test_spanish_brickworks(reg, query):
    assert matched_name(reg, query) == "LADRILLERA SAN TELVARO LTDA."
