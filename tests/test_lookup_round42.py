"""Lookup mechanisms found on train43's misses and the misses left of train ... train42 (eval/lookup/), tested here on
invented names:
- A name in Chinese script read in pinyin is the listed name written in pinyin with its legal form
  (knowledge/lookup/index.py `by_written`, `normalise.pinyin_forms`): the lists write a Chinese legal form in pinyin
  too ("... MAOYI YOUXIAN GONGSI"), of which rigour reads only "gongsi" as a legal form, so the name's words and its
  legal form as written, spaces ignored, are what '...贸易有限公司' reads as. Another name, or another trade, in
  Chinese script names no one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from tests.support import csl_registry, entity_row, matched_name, no_match

ENTITIES = [
    ("SHENZHEN QILONG MAOYI YOUXIAN GONGSI", "", "Shenzhen, CN"),
    ("HUALAN TECHNOLOGY CO., LTD.", "GUANGZHOU HUALAN KEJI YOUXIAN GONGSI", "Guangzhou, CN"),
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
