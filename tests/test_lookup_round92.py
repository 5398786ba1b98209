"""The lookup's mechanism added with round lk92, on invented companies: a name written in Latin letters, spelt out as
it sounds in an alphabet rigour transliterates letter for letter and has no company words of its own for (Armenian,
Georgian, Greek: knowledge/vocab/words.yaml `alphabets_spelling_latin`), has its stopwords and legal forms read as
the Latin words they transliterate to (normalise._latin_word_in_alphabet): "ოფ" is "of", "ანდ" "and", "ուլ" the
article "ul", "կօրպօրատիօն" ("korporation") a corporation, as they are typed in Latin letters, not words of a name
the listed one lacks. A word of a name stays one, and another firm's words name no one."""
from __future__ import annotations

import pytest

from knowledge.lookup import Registry
from knowledge.lookup.normalise import analyse_typed
from tests.support import csl_registry, entity_row, matched_name, no_match

ROUND92 = [
    ("DRESTOVAN AND KELMARO ASSOCIATES", "", "Tbilisi, GE"),
    ("VELMORIAN FRONT OF THE NORTH", "", ""),
    ("HARAKAT UL-ZORVANI", "", ""),
    ("HARAKATUL-ZORVANI AL KESTRAVI", "", ""),
    ("KELVARO MEDIA CORPORATION LTD", "", "Nicosia, CY"),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory) -> Registry:
    rows = [entity_row(n, name, alt, address) for n, (name, alt, address) in enumerate(ROUND92)]
    r = csl_registry(tmp_path_factory.mktemp("round92"), rows)
    yield r
    r.close()


@pytest.mark.parametrize("query, expected", [
    ("დრესტოვან ანდ კელმარო ასსოციატეს", "DRESTOVAN AND KELMARO ASSOCIATES"),   # Georgian "and"
    ("βελμοριαν φροντ οφ θε νορθ", "VELMORIAN FRONT OF THE NORTH"),               # Greek "of the"
    ("հարակատ ուլ զորվանի", "HARAKAT UL-ZORVANI"),                                 # Armenian "ul", the article
    ("կելվարօ մեդիա կօրպօրատիօն", "KELVARO MEDIA CORPORATION LTD"),              # Armenian "corporation"
])
def test_a_latin_stopword_or_legal_form_spelt_in_another_alphabet_is_that_word(reg, query, expected):
    assert matched_name(reg, query) == expected


@pytest.mark.parametrize("text, word, role", [
    ("დრესტოვან ანდ კელმარო", "and", "stop"),
    ("βελμοριαν οφ θε νορθ", "of", "stop"),
    ("հարակատ ուլ զորվանի", "ul", "stop"),
    ("կելվարօ մեդիա կօրպօրատիօն", "korporation", "legal"),
])
def test_the_word_takes_the_latin_words_role(text, word, role):
    assert [t.role for t in analyse_typed(text).terms if t.word == word] == [role]


def test_a_word_of_a_name_stays_one():
    # "դրեստովան" is no Latin stopword nor company word: a word of a name, as rigour reads it
    assert [t.role for t in analyse_typed("դրեստովան կելմարո").terms] == ["name", "name"]


@pytest.mark.parametrize("query", [
    "დრესტოვან ანდ ზორბანექს ასსოციატეს",      # another firm's word where the name has KELMARO
    "βελμοριαν φροντ οφ θε σαουθ",                # of the south
    "հարակատ ուլ կեստրավի",                       # another movement's word
])
def test_another_firms_words_name_no_one(reg, query):
    assert no_match(reg, query)
