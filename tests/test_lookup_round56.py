"""Lookup mechanisms found on train57's misses and the misses left of train ... train56 (eval/lookup/), tested here on
invented names:
- A name typed with its words cut short, closed by a dot (knowledge/lookup/index.py `Index._abbreviations_written_out`,
  read word for word against a listed name): a word closed by a dot abbreviates its listed word as the lookup reads a
  dotted word elsewhere (`dotted_short_form`: cut short, "Econ." for ECONOMIC, or contracted, its first and last
  letters with others of it in order between, "Assn." for ASSOCIATION, "Ctr." for CENTER); a dot may be followed by
  a comma ("Veter.,"); accents are no letters of their own in a text in Latin script ("Química" for QUIMICA); and a
  name every word of which is cut short or a stopword ("Ctr. for Orbit. & Hydrol. Coop.") is looked for among the
  listed names holding a word the longest of them begins. The name written out must be a listed name exactly, with as
  many words as the text: not with a word left out, not with a dotted word its listed word neither begins with nor
  contracts to, not with another word in the place of a listed one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("CENTER FOR ORBITAL AND HYDROLOGY COOPERATION", "", "Tehran, IR"),
    ("LIMITED LIABILITY COMPANY FOREIGN ECONOMIC ASSOCIATION VELTRAMASH", "", "Moscow, RU"),
    ("DISTRIBUIDORA QUIMICA VETERINARIA, S.A. DE C.V.", "", "Monterrey, MX"),
    ("KORVENTA INDUSTRIAL SERVICES LTD.", "", "Dubai, AE"),
]
# more registry words beginning "veter" than a word cut short is read as (`TRUNCATED_MAX`), as the lists hold words
# beginning "dist" or "hosp": the general reading no longer finds "Veter." alone, the word-for-word reading does
FANOUT = [f"VETER{tail} HOLDING LLC" for tail in (
    "A", "AB", "AC", "AD", "AL", "AM", "AN", "ANA", "ANAS", "ANO", "ANOS", "ANS", "AZ", "B", "C", "D", "F", "G", "H",
    "I", "IN", "INAR", "INARI")]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    entities = ENTITIES + [(name, "", "Dubai, AE") for name in FANOUT]
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(entities)]
    r = csl_registry(tmp_path_factory.mktemp("round56"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("Ctr. for Orbit. & Hydrol. Coop.", "CENTER FOR ORBITAL AND HYDROLOGY COOPERATION"),
    ("Ltd. Liab. Co. Foreign Econ. Assn. Veltramash",
     "LIMITED LIABILITY COMPANY FOREIGN ECONOMIC ASSOCIATION VELTRAMASH"),
    ("Dist. Química Veter. S.A. de C.V.", "DISTRIBUIDORA QUIMICA VETERINARIA, S.A. DE C.V."),   # an accent
    ("Dist. Quimica Veter., S.A. de C.V.", "DISTRIBUIDORA QUIMICA VETERINARIA, S.A. DE C.V."),   # a dot, a comma
])
def test_a_name_with_its_words_cut_short(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("query", [
    "Ctr. for Orbit. Coop.",                                  # a word of the name left out
    "Ltd. Liab. Co. Foreign Econ. Asc. Veltramash",           # 'Asc.' neither begins ASSOCIATION nor contracts it
    "Dist. Química Agríc., S.A. de C.V.",                     # another word in the place of VETERINARIA
    "Dist. Químico Veter., S.A. de C.V.",                     # another letter than an accent
    "Korventa Indus. Svcs. Holdings Ltd.",                    # a word more than the listed name
])
def test_words_cut_short_of_no_listed_name_are_no_match(reg, query):
    assert no_match(reg, query)
