"""Company names inside free text ("can i still buy a xiaomi mi 10t pro??"): every alias whose distinctive words
all appear, next to each other, in the text (exact, or within a typo for words of six letters or more). Everyday
words (knowledge/vocab/words.yaml) and generic company words never name a company on their own."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from knowledge.vocab import vocab

from .index import DISTINCTIVE_ROLES, MAX_POSTINGS, SHORT_ROMANISED, Index, _join_bigrams
from .normalise import analyse, is_cjk

# variants for a name typed on its own, too loose inside free text ("admin" would be "Administration")
TYPED_NAME_ONLY = ("abbreviation", "romanised", SHORT_ROMANISED)
TEXT_TIER = 0.9          # a name found whole in a text; a typo lowers it towards TEXT_TIER
CJK_TEXT_SCORE = 0.97


def find_in_text(idx: Index, text: str, threshold: float, limit: int = 5) -> list[tuple[str, float, str]]:
    """(entity id, score, why) of the entities the text names, in the order they appear."""
    everyday = vocab().words.everyday
    terms = [t for t in analyse(text).terms if t.role != "stop"]
    if not terms:
        return []
    # entity id -> (score, why, position, the text's words it covers, how literally the name was written)
    found: dict[str, tuple[float, str, int, frozenset, tuple[bool, int]]] = {}

    def keep(a, score: float, why: str, pos: int, spots: frozenset) -> None:
        # a name written as the text writes it ("Telecommunications", not the "Telecom" read the same), then the one
        # with fewer words normalisation removed, is the more literal
        written = tuple(terms[k].word for k in sorted(spots) if k >= 0 and terms[k].role != "legal")
        literal = (written == tuple(a.words), -a.stripped)
        cur = found.get(a.entity_id)
        if cur is None or (len(spots), score, literal) > (len(cur[3]), cur[0], cur[4]):
            found[a.entity_id] = (score, why, pos, spots, literal)

    cjk_text = "".join(t.word for t in terms if is_cjk(t.word))
    if cjk_text:
        for i in idx.cjk_aliases:
            a = idx.aliases[i]
            akey = _join_bigrams([t for t in a.toks if is_cjk(t)])
            if len(akey) >= 2 and a.distinctive and akey in cjk_text and any(r == "cjk" for r in a.roles):
                at = cjk_text.find(akey)
                keep(a, CJK_TEXT_SCORE, f"Chinese name '{a.text}' in the text", at,
                     frozenset(range(-1000 - at - len(akey), -1000 - at)))
    positions: dict[str, list[tuple[int, float, str]]] = defaultdict(list)   # registry token -> where in the text
    for pos, t in enumerate(terms):
        if is_cjk(t.word) or len(t.word) < 2:
            continue
        if t.word in everyday or t.role not in DISTINCTIVE_ROLES:
            if t.text in idx.postings:
                positions[t.text].append((pos, 1.0, t.word))
            continue
        variants = idx.token_variants(t.text, t.word)
        # a word written as a listed name's word is that word: "CASIC" is not also COSCO or CSSC by its sound
        written = t.text in variants and variants[t.text][1] == "exact"
        for vt, (s, how) in variants.items():
            if how in TYPED_NAME_ONLY or (how == "typo" and (len(t.word) < 6 or s < 0.85)) or (written and vt != t.text):
                continue
            positions[vt].append((pos, s, t.word))
    for vt, where in list(positions.items()):
        if idx.role.get(vt) not in DISTINCTIVE_ROLES or vt in everyday:
            continue
        post = idx.postings.get(vt, ())
        if len(post) > MAX_POSTINGS:
            continue
        for i in post:
            a = idx.aliases[i]
            if any(is_cjk(t) for t in a.toks) or a.kind == "weak":
                continue
            needed = list(a.toks)
            # a one-word name must be at least 3 letters and not an everyday word; a longer name must appear whole
            # (all its words, generic ones included), so "China Mobile" needs both words
            if len(needed) == 1 and (len(needed[0]) < 3 or needed[0] in everyday):
                continue
            span = len(needed) + 1
            for pos, s, orig in where:
                total, spots = 0.0, []
                for nt in needed:
                    cand = [(p, ss) for p, ss, _ in positions.get(nt, ()) if abs(p - pos) <= span]
                    if not cand:
                        break
                    p, ss = max(cand, key=lambda x: x[1])
                    total += ss
                    spots.append(p)
                if len(spots) != len(needed) or len(set(spots)) != len(spots):
                    continue
                if a.acronym and total < len(needed):   # an acronym is its letters as written: 'cloud' is no 'CALT'
                    continue
                # a name's words stand together, a legal form between them part of it ("Aero Engine Corporation of
                # China")
                if any(terms[k].role != "legal" for k in range(min(spots), max(spots) + 1) if k not in spots):
                    continue
                spots = range(min(spots), max(spots) + 1)
                sc = _text_score(total / len(needed))
                if sc < threshold:
                    continue
                why = (f"'{a.text}' ({a.kind}) named in the text" if total == len(needed)
                       else f"'{a.text}' ({a.kind}) named in the text with a typo ('{orig}')")
                keep(a, round(sc, 4), why, min(spots), frozenset(spots))
                break
    written_forms = _legal_forms_written(text, terms)
    # a name none of whose words says which company ("China General Nuclear Power Corporation", "Bank Tejarat") is
    # named only whole, as written, in order: three words or more, or two with a legal form after them, or two that
    # the list data gives as a short name of their own, without a legal form ("China Telecom": "is china telecom on
    # the 1260H list?" named nothing and was answered without its listings; "china electronics" is no such name of
    # China Electronics Corporation, only its name without the form)
    for pos, t in enumerate(terms):
        for i in idx.generic_worded.get(t.text, ()):
            a = idx.aliases[i]
            end, words = pos, []
            while end < len(terms) and len(words) < len(a.toks):     # a legal form inside the name is part of it
                if terms[end].role != "legal" or end == pos:           # ("... Corporation of China")
                    words.append(terms[end].text)
                end += 1
            if a.kind == "weak" or words != list(a.toks):
                continue
            if len(a.toks) < 3 and a.legal and not (end < len(terms) and terms[end].text in written_forms):
                continue
            keep(a, round(_text_score(1.0), 4), f"'{a.text}' ({a.kind}) named in the text", pos,
                 frozenset(range(pos, end)))
    # a legal form written right after a name is part of it when the name has that form: "CNOOC Limited" names
    # the listed CNOOC Limited, not its parent CNOOC, whose other name is that word alone
    for eid, (sc, why, pos, spots, literal) in list(found.items()):
        after = max(spots) + 1
        if min(spots) < 0 or after >= len(terms) or terms[after].text not in written_forms:
            continue
        forms = {terms[after].text} | {x for x in terms[after].symbols if x.startswith("SYMBOL:")}
        toks = tuple(terms[k].text for k in sorted(spots))
        if any(forms & f for i in idx.entity_aliases[eid] if idx.aliases[i].toks == toks for f in idx.aliases[i].legal):
            found[eid] = (sc, why, pos, spots | {after}, literal)
    # a longer name covering a shorter one wins ("China Telecom Americas" over "China Telecom"); among names found
    # at the same words, the most literal one wins ("Huawei" over "Huawei Holding", "China Telecommunications
    # Corporation" over "China Telecom")
    items = list(found.items())
    kept = []
    for eid, (sc, why, pos, spots, literal) in items:
        beaten = any(other != eid and (spots < spots2 or (spots == spots2 and literal2 > literal))
                     for other, (_, _, _, spots2, literal2) in items)
        if not beaten:
            kept.append((eid, sc, why, pos))
    kept.sort(key=lambda x: (x[3], -x[1]))
    return [(eid, sc, why) for eid, sc, why, _ in kept[:limit]]


def _text_score(share: float) -> float:
    """A name found in a text: TEXT_TIER and up, by the share of its words found as written (not through a typo)."""
    return TEXT_TIER + (1 - TEXT_TIER) * 0.9 * share


@lru_cache(maxsize=1)
def _everyday_legal_forms() -> dict[str, str]:
    """The everyday words (words.yaml) the normaliser reads as a legal form, and the form: {"in": "inc", ...}."""
    out = {}
    for w in vocab().words.everyday:
        ts = analyse(w).terms
        if len(ts) == 1 and ts[0].role == "legal":
            out[w] = ts[0].text
    return out


def _legal_forms_written(text: str, terms) -> frozenset[str]:
    """The legal forms the text writes as such: not an everyday word the normaliser also reads as one ('in' is read as
    'Inc': "Kaspersky Lab in Moscow" names no Kaspersky Lab, Inc.)."""
    everyday_forms = _everyday_legal_forms()
    read_from_words = Counter(everyday_forms[w] for w in re.findall(r"[^\W_]+", text.casefold()) if w in everyday_forms)
    legal = Counter(t.text for t in terms if t.role == "legal")
    return frozenset(k for k, n in legal.items() if n > read_from_words[k])
