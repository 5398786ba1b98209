"""A last reading of a typed name nothing matched: the whole name as one listed name's "skeleton".

The same name romanised by two conventions ("Pooya Control" and "Pouya Control", "Saleem" and "Salim") differs in
letters the scorer reads as another word. Both the query and every listed name are written as a skeleton (accents
and punctuation dropped, knowledge/vocab/words.yaml `spelling_skeleton` replaced in order) and the query matches
when its skeleton is, whole, the skeleton of the names of one entity only. The last of `Index.evidence`'s readings,
read only when no other reading found the name exactly (requests.py `_whole_romanised`): the evidence it gives, rule
`romanised`, the scorer scores as the other whole-name equalities (score.TIER). Never read when the query is already
one listed name as written (that reading declined it on purpose), nor for short names (under `MIN_LETTERS` letters),
nor through weak, abbreviated or undistinctive names.

Not `forms.skeleton`, which folds confusable letters (l/I, 0/O) for the exact reading of a key; this one replaces
spellings of whole vowel sounds and is read after every other reading.
"""
from __future__ import annotations

import re
import unicodedata

from ..vocab import vocab

MIN_LETTERS = 6
KINDS = ("name", "alias", "former")


def pairs() -> tuple[tuple[str, str], ...]:
    return vocab().words.spelling_skeleton


def plain(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"['\u2019`\u02bc]", "", s)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def skeleton(text: str) -> str:
    s = plain(text)
    for a, b in pairs():
        s = s.replace(a, b)
    return s


class SkeletonIndex:
    def __init__(self, aliases) -> None:
        self.plain: set[str] = set()
        self.by_skeleton: dict[str, dict[str, int]] = {}     # skeleton -> entity id -> its first alias's position
        for i, a in enumerate(aliases):
            self.plain.add(plain(a.text))
            if a.kind not in KINDS or not a.distinctive or a.acronym:
                continue
            self.by_skeleton.setdefault(skeleton(a.text), {}).setdefault(a.entity_id, i)

    def find(self, text: str) -> int | None:
        """The position (in the index's aliases) of the alias whose entity's skeleton the whole text is, or None."""
        p = plain(text)
        if not p or p in self.plain:
            return None
        k = skeleton(text)
        if sum(ch.isalpha() for ch in k) < MIN_LETTERS:
            return None
        hit = self.by_skeleton.get(k)
        if not hit or len(hit) != 1:
            return None
        return next(iter(hit.values()))
