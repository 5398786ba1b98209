"""Names to comparable terms, on OpenSanctions' own normalisation (`rigour`).

rigour tokenises, case-folds, transliterates (Cyrillic, Greek, Arabic ... to Latin; Chinese stays as it is), joins
initials ("N.P.T.T." -> "nptt"), recognises legal forms in many languages ("Co., Ltd.", "OOO", "有限公司", "S.A. de
C.V.") and tags words with symbols: a domain ("Tech", "Technology", "科技" -> TECH; "Mfg" -> MANUFACTURING), a
generic company word ("Intl", "International" -> INTL; "Group", "集团" -> GRP) or a place ("Beijing", "北京").

Each word becomes a `Term`: its comparison text (the symbol for a tagged word, so "Intl" equals "International"; the
Latin form otherwise) and its role:

- `name`: a word that says which company (weighs most),
- `generic`: says what kind of company (a domain or generic company word),
- `place`: says where,
- `number`: a number or ordinal ("54th" -> #54),
- `legal`: a legal form (dropped from the comparison key: "China North Industries Group Corporation Limited" is
  "China North Industries Group"),
- `stop`: a stopword (dropped).

Before rigour: a cp1252 character read as Latin-1 is that character, the Arabic article written as its sun letter
is "al-" ("Ar-Rehmat"; written apart between two words too, "Jamaat ud Dawa", unless it is a legal form, "AS"),
and legal forms rigour knows are read whole when written with dots or accents ("Cia. Ltda.", "A.Ş."), or without
the accent ("Cia" is "Cía.", not the CIA). After: organisation, business and company words of
knowledge/vocab/words.yaml get a symbol like rigour's own ("Движение" and "Movement"; "Bimeh" and "Insurance"), legal forms rigour does not know that close a name are one
legal form ("Sociedad Civil", "SASU"), and words joining two words of a name are stopwords ("va", the ezafe "-ye").
Arabic-script words, which rigour leaves as they are, compare by their consonants (`consonants`); cities (places.txt)
and regions rigour does not tag are found by `place_positions`.

Chinese-script runs have no spaces: rigour's legal forms and group words are peeled off their end ("华为技术有限公司"
-> "华为技术"), and the rest is compared as overlapping character pairs (see `match_tokens`).

A legal form rigour reads as one that is two written together is those two (`joined_legal_forms`: "Co., Ltd."). What
a typed text says besides the name is read here too: the name inside a question about it (`asked_name`), the unit a
text naming its parent too names (`named_part`), and the country the words after a name's legal form say
(`address_countries`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from rigour.names import NamePartTag, NameTypeTag, analyze_names
from rigour.names.org_types import extract_org_types
from rigour.text.phonetics import metaphone
from rigour.text.scripts import codepoint_script, text_scripts
from rigour.text.translit import ascii_text

from knowledge.vocab import vocab

_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTER_RUN_RE = re.compile(r"(?<![\w.])[A-Za-z](?: [A-Za-z])+(?![\w.])")
_PAREN_RE = re.compile(r"\(([^()]*)\)")
_PLUS_RE = re.compile(r"(?<=\w)\+(?![\w+])")
_C1_RE = re.compile(r"[\x80-\x9f]")
_ACCENTED_INITIALS_RE = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")
# dotted initials run into the word after them, the space after the last dot left out: "S.A.DE C.V."
_INITIALS_THEN_WORD_RE = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){2,})([^\W\d_]{2,})(?![\w.])")
_DOTTED_INITIALS_RE = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){3,}(?![\w])")
_NUMBER_LETTER_RE = re.compile(r"(?<![\w-])(\d+)[-‐‑]([A-Za-z])(?![\w-])")
_DOT_JOINED_RE = re.compile(r"(?<![\w.])([^\W\d_]{2,})\.([^\W\d_]{2,})\.?(?![\w.])")
_DOTTED_PAIR_RE = re.compile(r"(?<![\w.])([^\W\d_]{2,})\.\s+([^\W\d_]{2,})\.?(?![\w.])")
_DROPPED = ("legal", "stop")
DISTINCTIVE_ROLES = ("name", "cjk", "number")
NAME_ROLES = ("name", "cjk")     # words that say which company (numbers and places say which one of a kind)


@dataclass(frozen=True)
class Term:
    text: str                 # what is compared: "@TECH", "#54", "hikvision", "华为"
    word: str                 # the word as written, folded ("technology", "54th", "hikvision")
    role: str                 # name | generic | place | number | legal | stop | cjk
    symbols: frozenset[str] = frozenset()   # every symbol rigour gave the word ("corp" is CO and CORP)


@dataclass(frozen=True)
class Analysed:
    terms: tuple[Term, ...]

    @cached_property
    def kept(self) -> tuple[Term, ...]:
        """The terms that identify the name: legal forms and stopwords removed (never down to nothing)."""
        at = [n for n, t in enumerate(self.terms) if t.role not in _DROPPED]
        # (places closing the name say where, after its legal form: the "Co" of "Sepahan Cement Co (Iran)" is one)
        end = next((n for n in reversed(at) if self.terms[n].role != "place"), at[-1]) if at else 0
        legal_inside = [n for n in range(at[0] + 1, end) if self.terms[n].role == "legal"] if at else []
        # a legal-form word that is also a company word, inside the name, is a word of it: "Northern Regional
        # Cooperation Bank" is a "Coop", as "Northern Regional Coop Bank" is (rigour reads "Cooperation" as a legal
        # form wherever it stands)
        kept = self._keeping({n for n in legal_inside if _legal_as_word(self.terms[n]).role == "generic"})
        if kept and all(t.role == "generic" for t in kept):
            # a legal-form word before the last word is a word of the name when all the others are generic words
            # ("SAD Import Export Company" is not every "Import and Export Co., Ltd."); one that is also a company
            # word stays one ("Cooperation" in "Islamic Regional Cooperation Bank" is "Coop")
            as_words = [n for n in range(at[-1]) if self.terms[n].role == "legal"]
            if len(as_words) >= 2 and as_words[0] == 0 and self.terms[0].symbols:
                # (the first of two legal forms in front is the name's own: "AO IS Bank" is the AO named "IS Bank")
                as_words = as_words[1:]
            kept = self._keeping(set(as_words))
        return kept or tuple(t for t in self.terms if t.role != "stop") or self.terms

    def _keeping(self, words: set[int]) -> tuple[Term, ...]:
        """The terms not dropped, with the legal forms at positions `words` read as words of the name."""
        return tuple(_legal_as_word(t) if n in words else t
                     for n, t in enumerate(self.terms) if t.role not in _DROPPED or n in words)

    @cached_property
    def key(self) -> str:
        """Equal keys are the same name: 'SenseTime Group Ltd' and 'SENSETIME GROUP LIMITED'."""
        return " ".join(t.text for t in self.kept)

    @cached_property
    def literal(self) -> str:
        """The words as written (legal forms in rigour's compare form): a literal match beats a normalised one."""
        return " ".join(t.text if t.role == "legal" else t.word for t in self.terms if t.role != "stop")


def _legal_as_word(t: Term) -> Term:
    text = _symbol_text({s for s in t.symbols if not s.startswith("ORGCLS")}, t.word)
    return Term(text, t.word, "generic", t.symbols) if text else Term(t.text, t.word, "name")


def is_cjk(text: str) -> bool:
    return bool(text) and bool(_CJK_RE.match(text[0]))


def _symbol_role(symbols: set[str]) -> str | None:
    words = vocab().words
    cats = {s.split(":", 1)[0] for s in symbols}
    if "ORGCLS" in cats or symbols & words.legal_symbols:
        return "legal"
    if "LOC" in cats:
        return "place"
    if "NUM" in cats:
        return "number"
    if cats & {"SYMBOL", "DOMAIN"}:
        return "generic"
    return None


def _symbol_text(symbols: set[str], word: str = "") -> str:
    # one word with several symbols compares by the one that is the word itself or abbreviates it, shortest first:
    # "national" (NATL and ALLRUSSIAN) is NATL, as "Natl" is; "association" (ASSOC, ASSOCIATION) is ASSOC, as "Assoc"
    # is; otherwise the first in a fixed order
    kept = sorted(s for s in symbols if s.split(":", 1)[0] in ("SYMBOL", "DOMAIN", "NUM"))
    if not kept:
        return ""

    def rank(sym: str) -> tuple[int, int, str]:
        value = sym.partition(":")[2].lower()
        if value == word:
            return (1, len(value), sym)
        if word and abbreviates(value, word):
            return (0, len(value), sym)
        return (2, 0, sym)
    cat, _, value = min(kept, key=rank).partition(":")
    return ("#" if cat == "NUM" else "@") + value


@lru_cache(maxsize=20_000)
def is_territory_name(word: str) -> bool:
    """`word` is a word of a country's name in rigour's territories ("korea": South Korea, Republic of Korea), which
    its name tagger may leave untagged when the name says no one country; an adjective of it is not ("Colombian",
    "Thai")."""
    from rigour.territories import lookup_territory
    if not (word.isalpha() and is_latin(word) and len(word) >= 4):
        return False
    t = lookup_territory(word)
    return t is not None and word in re.findall(r"\w+", f"{t.name} {t.full_name or ''}".casefold())


@lru_cache(maxsize=20_000)
def is_org_type(word: str) -> bool:
    """`word` is a legal form in rigour's table of organisation types, though its tagger leaves it untagged: "Joint
    Venture" (which rigour compares as "jv") and "JV" are legal forms, no words of a name ("Ryonha Machinery" is
    RYONHA MACHINERY JOINT VENTURE CORPORATION)."""
    return word.isalpha() and any(found == word and compare == word for found, compare in extract_org_types(word))


# the accented letters of the lists' Latin-script languages, by the letter people type for them
_ACCENTED = {"a": "áàâã", "e": "éèê", "i": "í", "o": "óôõ", "u": "úü", "c": "ç", "n": "ñ", "s": "ş"}
UNACCENTED_LEGAL_MIN_LEN = 3     # a two-letter word with an accent ("tü", "şb") is too many words typed without one


@lru_cache(maxsize=20_000)
def is_unaccented_org_type(word: str) -> bool:
    """`word` is a legal form in rigour's table of organisation types that rigour knows only with an accent, typed
    without it as people type: "Cia" is the "Cía." (compañía) of "Cueta y Cía.", which rigour's tagger would read
    as the CIA. One letter accented gives the form, alone and whole."""
    if not (word.isalpha() and word.isascii() and len(word) >= UNACCENTED_LEGAL_MIN_LEN) or extract_org_types(word):
        return False
    for k, ch in enumerate(word):
        for acc in _ACCENTED.get(ch, ""):
            form = word[:k] + acc + word[k + 1:]
            if [found for found, _ in extract_org_types(form)] == [form]:
                return True
    return False


@lru_cache(maxsize=4096)
def joined_legal_forms(text: str) -> tuple[frozenset[str], ...]:
    """A legal form rigour reads as one word that is two of its legal forms written together ("co ltd", which rigour
    compares as "coltd", is "co" and "ltd"): each of the two as what it may be written as (its compare form and
    rigour's company-word symbols: "co" is SYMBOL:CO, as "Company" is); empty for any other."""
    if not (text.isascii() and text.isalpha()):
        return ()
    for k in range(2, len(text) - 1):
        halves = [_legal_form_alone(text[:k]), _legal_form_alone(text[k:])]
        if all(halves):
            return tuple(halves)
    return ()


def _legal_form_alone(word: str) -> frozenset[str]:
    terms = _rigour_terms(f"x {word}", peel=False)
    if len(terms) == 2 and terms[1].role == "legal" and terms[1].word == word:
        t = terms[1]
        return frozenset({t.text} | {s for s in t.symbols if s.startswith("SYMBOL:")})
    return frozenset()


@lru_cache(maxsize=4096)
def legal_classes(form: str) -> frozenset[str]:
    """rigour's classes (ORGCLS) of a legal form's compare form: "ooo" and "llc" are ORGCLS:LLC, "jsc" and "ao"
    ORGCLS:JSC; none for a company word ("co", "SYMBOL:CO")."""
    if form.startswith("SYMBOL:"):
        return frozenset()
    return frozenset(s for t in _rigour_terms(f"x {form}", peel=False)[1:] if t.role == "legal"
                     for s in t.symbols if s.startswith("ORGCLS:"))


@lru_cache(maxsize=4096)
def cjk_word_role(word: str) -> tuple[str | None, str]:
    """rigour's role for a Chinese-script word on its own ('有限公司' -> legal, '集团' -> generic @GRP, '北京' ->
    place), by analysing it as a separate word."""
    terms = _analyse("x " + word, peel=False)
    if len(terms) == 2 and terms[1].word == word:
        t = terms[1]
        return (t.role if t.role not in ("name", "cjk") else None), t.text
    if len(terms) == 2 and terms[1].role == "legal":
        return "legal", terms[1].text
    return None, word


def _peel_cjk(run: str) -> list[Term]:
    """'深圳市大疆创新科技有限公司' -> [大疆... run, legal '有限公司'], peeling legal forms and group words off the end."""
    tail: list[Term] = []
    changed = True
    while changed and len(run) > 2:
        changed = False
        for n in range(min(6, len(run) - 2), 1, -1):
            role, text = cjk_word_role(run[-n:])
            if role in ("legal", "generic"):
                tail.insert(0, Term(text, run[-n:], role))
                run = run[:-n]
                changed = True
                break
    return [Term(run, run, "cjk")] + tail


ORDINAL_MARK = "."            # an ordinal's compare form: "#1." for "First" and "1st", "#1" for "One" and "1"


def is_ordinal(word: str) -> bool:
    """An ordinal number word: "first", "1st", "54th", "erste" (knowledge/vocab/words.yaml `ordinal_words`)."""
    return bool(re.fullmatch(r"\d+(st|nd|rd|th)", word)) or word in vocab().words.ordinals


def _rigour_terms(text: str, peel: bool = True) -> tuple[Term, ...]:
    names = analyze_names(NameTypeTag.ORG, [text], phonetics=False)
    if not names:
        return ()
    name = max(names, key=lambda n: len(n.parts))
    # a word's own symbols win over those of a phrase it is part of ("technology" is TECH, though "science and
    # technology" is SCIENTIFIC); a word in a phrase with no symbol of its own takes the phrase's ("Hong Kong")
    own: dict[int, set[str]] = {}
    phrase: dict[int, set[str]] = {}
    for span in name.spans:
        sym = str(span.symbol).strip("[]")
        for p in span.parts:
            (own if len(span.parts) == 1 else phrase).setdefault(p.index, set()).add(sym)
    part_symbols = {i: own.get(i) or phrase.get(i, set()) for i in set(own) | set(phrase)}
    terms: list[Term] = []
    for p in name.parts:
        word = p.comparable or p.form
        if not word:
            continue
        if is_cjk(word) and peel:
            terms.extend(_peel_cjk(word))
            continue
        syms = part_symbols.get(p.index, set())
        if p.tag not in (NamePartTag.LEGAL, NamePartTag.STOP) and is_unaccented_org_type(word):
            # a legal form typed without its accent is that legal form, whatever else rigour reads the word as
            terms.append(Term(word, word, "legal"))
            continue
        if not syms and p.tag not in (NamePartTag.LEGAL, NamePartTag.STOP):
            syms = _vocab_symbols(word) or syms
            adjective = None if syms else _russian_adjective(word)
            if adjective:
                # a Russian adjective of a town's name is that town ("Krasnodarsky" is KRASNODAR), and one of a word
                # of Latin root is that word ("Regionalny" is REGIONAL)
                terms.append(adjective)
                continue
            inside = 0 < p.index < len(name.parts) - 1
            english = None if syms else _english_in_cyrillic(p.form, word, inside)
            if english:
                terms.append(english)
                continue
            closing = 0 < p.index == len(name.parts) - 1
            legal = None if syms or not closing else _latin_legal_in_cyrillic(p.form)
            if legal:
                terms.append(legal)
                continue
            latin = None if syms else _latin_word_in_alphabet(p.form, word)
            if latin:
                terms.append(latin)
                continue
        if p.tag == NamePartTag.LEGAL and any(s.startswith("NUM:") for s in syms):
            # a roman numeral rigour also knows as a legal form: "II" of "Dream II" is the second one
            terms.append(Term(_symbol_text(syms, word), word, "number", frozenset(syms)))
            continue
        if p.tag == NamePartTag.LEGAL or (not syms and p.tag != NamePartTag.STOP and is_org_type(word)):
            terms.append(Term(word, word, "legal", frozenset(syms)))
            continue
        if p.tag == NamePartTag.STOP:
            terms.append(Term(word, word, "stop"))
            continue
        role = _symbol_role(syms)
        if role == "number" and is_ordinal(word):
            # an ordinal is no cardinal: "First Class" is not "One Class" ("1st" and "First" are one word)
            terms.append(Term((_symbol_text(syms, word) or word) + ORDINAL_MARK, word, role, frozenset(syms)))
        elif role in ("generic", "number"):
            terms.append(Term(_symbol_text(syms, word) or word, word, role, frozenset(syms)))
        elif role in ("legal", "place"):
            terms.append(Term(word, word, role, frozenset(syms)))
        else:
            terms.append(Term(word, word, "name"))
    return tuple(terms)


ENGLISH_IN_CYRILLIC_MIN_LEN = 3   # a Cyrillic word this long may be an English word written by its sound ('энд')


def _sound_keys(word: str) -> tuple[str, ...]:
    """How a word transliterated from Cyrillic may sound in English (rigour's metaphone): as written, and with an "e"
    opening it read as "a", since Russian writes the "a" of English "and" and "account" as 'э' ("энд"), which reads
    back as "e"."""
    key = metaphone(word)
    return (key, "A" + key[1:]) if key.startswith("E") else (key,)


@lru_cache(maxsize=1)
def _english_by_sound() -> dict[str, tuple[str, ...]]:
    """The English dictionary's words (english.py's WordNet lemmas) and the everyday words (which have the
    conjunctions WordNet leaves out), by their sound (rigour's metaphone)."""
    from knowledge.lookup.english import _tables
    out: dict[str, list[str]] = {}
    for w in sorted(set(_tables()[0]) | set(vocab().words.everyday)):
        if w.isalpha() and w.isascii():
            out.setdefault(metaphone(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def _english_in_cyrillic(form: str, word: str, inside: bool) -> Term | None:
    """An English legal form or conjunction written in Cyrillic letters as Russian writes a borrowed word, by its
    sound, which rigour does not know so ("Корпорейшн" is "corporation", "Инкорпорейтед" "incorporated", "энд"
    "and", as in "... Резорт энд Спа" for "... Resort & Spa"; rigour knows "Компани" and "Лимитед"): the one such
    English word that sounds as the word transliterated does (`_sound_keys`). A legal form is a word spelt out, a
    dictionary word with a vowel ("Газ" does not sound as the initials "KS", nor "Новый" as "NV"), and a word that
    transliterates to an English word is that word ("Профит" is "profit"), unless it sounds as a conjunction and
    stands between two words (`inside`: "энд" reads back as "end"). A company word is not read so: a Russian word
    may sound as one and be another ("машины" is MASHINY as listed, whatever "machine" is); two such words alike
    leave it a word of a name."""
    if len(word) < ENGLISH_IN_CYRILLIC_MIN_LEN or not word.isalpha() or text_scripts(form) != {"Cyrillic"}:
        return None
    from knowledge.lookup.english import is_english_word
    found = set()
    for english in {e for key in _sound_keys(word) for e in _english_by_sound().get(key, ())}:
        terms = _rigour_terms(f"x {english}", peel=False)[1:]
        if len(terms) == 1 and ((terms[0].role == "legal" and is_english_word(english) and not is_english_word(word)
                                 and len(english) >= ENGLISH_IN_CYRILLIC_MIN_LEN and _VOWELS.search(english))
                                or (terms[0].role == "stop" and inside)):
            found.add(terms[0])
    return found.pop() if len(found) == 1 else None


# Latin letters Russian writes by a Cyrillic letter rigour reads back otherwise: the "y" after a vowel as "й" ("Ой" for
# Finnish "Oy"), which rigour reads as "i"
_LATIN_OF_CYRILLIC = {"й": "y", "Й": "Y"}


def _lone_term(word: str) -> Term | None:
    """The one term rigour reads `word` as, read as a later word of a name (after a first word, "x", that takes the
    first word's readings); None when it reads it as several or none."""
    terms = _rigour_terms(f"x {word}", peel=False)[1:]
    return terms[0] if len(terms) == 1 else None


@lru_cache(maxsize=8192)
def _latin_legal_in_cyrillic(form: str) -> Term | None:
    """A Latin legal form written in Cyrillic letter for letter, closing a name ("Ой" for the Finnish "Oy" of
    "... Авиэйшн Ой"), which rigour reads as a word ("oi"): the legal form rigour reads in the word with its "й" as
    "y" (`_LATIN_OF_CYRILLIC`), the Latin legal form; None else."""
    if not any(c in form for c in _LATIN_OF_CYRILLIC) or text_scripts(form) != {"Cyrillic"}:
        return None
    mixed = _lone_term("".join(_LATIN_OF_CYRILLIC.get(c, c) for c in form))
    if mixed is None or mixed.role != "legal" or not mixed.word.isascii():
        return None
    latin = _lone_term(mixed.word)
    return latin if latin is not None and latin.role == "legal" else None


# the roles a Latin word spelt in another alphabet takes as rigour reads it in Latin (`_latin_word_in_alphabet`)
SPELT_LATIN_ROLES = ("stop", "legal")


@lru_cache(maxsize=8192)
def _latin_word_in_alphabet(form: str, word: str) -> Term | None:
    """A word of a Latin-written name spelt out letter for letter in another alphabet rigour transliterates (words.yaml
    `alphabets_spelling_latin`: Armenian, Georgian, Greek), which rigour reads in that alphabet, where it is no
    stopword and no legal form: the Latin word its transliteration is, when rigour reads that one as a stopword or a
    legal form (`SPELT_LATIN_ROLES`: "ուլ" is "ul", the article of HARAKAT UL-MUJAHIDEEN, not a word of a name that
    HARAKATUL-... has joined; "ოფ" "of", "ანდ" "and", "კორპორატიონ" "corporation"); None else, the transliteration a
    word of a name. (A company word, place or number read so is not: "ინტერნატიონალ" as the company word
    "international" leaves a short name word beside it to bring the candidates alone.)"""
    if (not word.isascii() or not word.isalpha() or not form
            or {s.casefold() for s in text_scripts(form)} - vocab().words.alphabets_spelling_latin):
        return None
    latin = _lone_term(word)
    return latin if latin is not None and latin.role in SPELT_LATIN_ROLES else None


@lru_cache(maxsize=8192)
def _russian_adjective(word: str) -> Term | None:
    """A Russian adjective made of a town's name as that town, one made of a word of Latin root as that word, as the
    lists write them in English: "krasnodarsky" is KRASNODAR, "novosibirsky" NOVOSIBIRSK, "kerchensky" KERCH (a
    vowel put before the ending), "regionalny" REGIONAL (the word without its adjective ending, four letters or
    more, a place rigour knows or a city of places.txt in a Russian-speaking country, or one word "-al" rigour gives a
    symbol); None else."""
    if not word.isascii() or len(word) < 5:
        return None
    words = vocab().words
    ending = next((e for e in words.russian_adjective_endings if word.endswith(e)), None)  # the longest it has
    if ending is None:
        return None
    stem = word[:-len(ending)]
    if stem.endswith("sk"):
        options = (stem, stem[:-2]) + ((stem[:-4],) if stem[-4:] in ("ensk", "insk", "ovsk") else ())
        role = "place"
    elif stem.endswith("aln"):
        options, role = (stem[:-1],), "generic"
    else:
        return None
    for option in options:
        if len(option) < 4:
            continue
        terms = _rigour_terms(option, peel=False)
        if len(terms) == 1 and terms[0].role == role:
            return Term(terms[0].text, word, role, terms[0].symbols)
        if role == "place" and city_countries().get((option,), frozenset()) & words.russian_speaking:
            return Term(option, word, "name")
    return None


_FACTORY = "DOMAIN:FACTORY"


def _works_factory_word(terms: list[Term], n: int) -> bool:
    """A factory word right after the word of an industry whose English word is itself the works
    (knowledge/vocab/words.yaml `works_domains`): "Судостроительный завод", a shipbuilding plant, is a shipyard."""
    return (n > 0 and _FACTORY in terms[n].symbols and terms[n].role == "generic"
            and bool(terms[n - 1].symbols & vocab().words.works_domains))


def _analyse(text: str, peel: bool = True) -> tuple[Term, ...]:
    terms = _opening_legal_form(_closing_legal_form(list(_rigour_terms(text, peel))), text)
    # a word joining two words of a name says nothing ("va", "o": "and"; the ezafe "-ye"), as rigour's stopwords
    joining = vocab().words.joining
    return tuple(Term(t.word, t.word, "stop") if (0 < n < len(terms) - 1 and t.role == "name" and t.word in joining)
                 or _works_factory_word(terms, n) else t for n, t in enumerate(terms))


_ARABIC_ARTICLE = "\u0627\u0644"


@lru_cache(maxsize=1)
def _legal_form_words() -> dict[str, str]:
    """knowledge/vocab/words.yaml `legal_forms`, each by its words as rigour writes them ("limitada" is "ltd")."""
    return {" ".join(t.word for t in _rigour_terms(f"x {phrase}", peel=False)[1:]): form
            for phrase, form in vocab().words.legal_forms.items()}


@lru_cache(maxsize=1)
def _longest_legal_form() -> int:
    """The most words of any legal form in `_legal_form_words` (worked out once, not per name)."""
    return max((len(f.split()) for f in _legal_form_words()), default=0)


def _closing_legal_form(terms: list[Term]) -> list[Term]:
    """The last words of a name that are a legal form rigour does not know (knowledge/vocab/words.yaml `legal_forms`),
    one legal form: "Panazeate Sociedad Limitada" ends in "sl", as PANAZEATE SL does."""
    forms = _legal_form_words()
    for k in range(_longest_legal_form(), 0, -1):
        if len(terms) > k:
            phrase = " ".join(t.word for t in terms[-k:])
            if phrase in forms:
                return [*terms[:-k], Term(forms[phrase], phrase, "legal")]
    return terms


def _typed_as_initials(text: str) -> bool:
    """The text's first word is written in capitals and some other word is not ("TOO Widget Trading"): capitals
    singling out a word as initials, a legal form's, where a text typed all in capitals says nothing."""
    first, _, rest = text.strip().partition(" ")
    return len(first) > 1 and first.isupper() and any(c.islower() for c in rest)


def _opening_legal_form(terms: list[Term], text: str) -> list[Term]:
    """The first word of a name that is a legal form rigour does not know (knowledge/vocab/words.yaml `legal_forms`),
    written before the name as Kazakhstan, Kyrgyzstan, Bulgaria or Lithuania write theirs ("OsOO Panazeate Trading" is
    PANAZEATE TRADING OSOO, as "OOO Panazeate Trading" is for a legal form rigour knows): one word, before two words of
    the name at least; an English word only typed as initials, in capitals before words that are not ("TOO Good
    Trading"; "Too Good Trading" and "TOO GOOD TRADING" are no TOO)."""
    from knowledge.lookup.english import is_english_word
    if len(terms) < 3 or terms[0].role != "name":
        return terms
    form = _legal_form_words().get(terms[0].word)
    if form is None or sum(t.role != "legal" for t in terms[1:]) < 2:
        return terms
    if is_english_word(terms[0].word) and not _typed_as_initials(text):
        return terms
    return [Term(form, terms[0].word, "legal"), *terms[1:]]


# Arabic writes "for", "with", "and", "so" and "as" as one letter joined to the word, before its article too: "للنفط"
# is "for the oil" (li- + al-, written "lil-"), "والتجارة" "and the trade"
_ARABIC_PROCLITIC_ARTICLES = ("\u0644\u0644", "\u0628\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644",
                              "\u0643\u0627\u0644")


def _unarticled(word: str) -> tuple[str, ...]:
    """The word, and an Arabic-script word without its article ("المصرف", "مصرف"), or without a particle joined to
    its article ("للنفط", "for the oil": "نفط")."""
    if word.startswith(_ARABIC_ARTICLE) and len(word) > 4:
        return (word, word[2:])
    for particle in _ARABIC_PROCLITIC_ARTICLES:
        if word.startswith(particle) and len(word) > len(particle) + 2:
            return (word, word[len(particle):])
    return (word,)


def translated_word(word: str) -> bool:
    """A company word of another language (knowledge/vocab/words.yaml `company_words`): its symbol's word translated."""
    return any(w in vocab().words.company for w in _unarticled(word))


def _vocab_symbols(word: str) -> set[str]:
    """The symbol knowledge/vocab/words.yaml gives a word rigour has none for: a business word's domain, an
    organisation word's kind, a company word's symbol (an Arabic-script word also without its article)."""
    words = vocab().words
    for w in _unarticled(word):
        domain = words.business.get(w)
        kind = words.organisation.get(w)
        sym = f"DOMAIN:{domain}" if domain else f"SYMBOL:{kind}" if kind else words.company.get(w)
        if sym:
            return {sym}
    return set()


_HANGUL_RUN_RE = re.compile(r"(?:제(?=\d))?[\uac00-\ud7a3]+")
_HANGUL_ORDINAL_RE = re.compile(r"제(\d+)")
# McCune-Reischauer without its marks, as the lists romanise North Korean names: initials, vowels, finals of a syllable
_MR_INITIALS = ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h")
_MR_VOICED = {0: "g", 3: "d", 7: "b", 12: "j"}      # k, t, p, ch between voiced sounds
_MR_VOWELS = ("a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
              "u", "ui", "i")
_MR_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
              "ng", "t", "t", "k", "t", "p", "t")
_VOICED_FINALS = {"", "n", "l", "m", "ng"}
# the Revised Romanisation, as South Korean firms write their names ("대원" is "Daewon", McCune-Reischauer "Taewon"):
# its initials and vowels (its finals are McCune-Reischauer's without marks)
_RR_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_RR_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
              "eu", "ui", "i")


def hangul_romanised(syllables: str, revised: bool = False) -> str:
    """Hangul syllables romanised as one word, McCune-Reischauer without its marks ("단천" "tanchon", "련봉"
    "ryonbong"): a plain consonant is voiced between voiced sounds ("bong" after "ryon"). `revised`: in the Revised
    Romanisation ("대원" "daewon")."""
    out, prev_final = "", None
    for ch in syllables:
        code = ord(ch) - 0xAC00
        ini, med, fin = code // 588, (code % 588) // 28, code % 28
        if revised:
            head = "l" if prev_final == "l" and ini == 5 else _RR_INITIALS[ini]
            out += head + _RR_VOWELS[med] + _MR_FINALS[fin]
            prev_final = _MR_FINALS[fin]
            continue
        if prev_final is not None and prev_final in _VOICED_FINALS and ini in _MR_VOICED:
            head = _MR_VOICED[ini]
        elif prev_final == "l" and ini == 5:
            head = "l"
        else:
            head = _MR_INITIALS[ini]
        out += head + _MR_VOWELS[med] + _MR_FINALS[fin]
        prev_final = _MR_FINALS[fin]
    return out


def hangul_in_english(text: str, revised: bool = False, other: bool = False) -> str:
    """The text with each run of Hangul read as the lists write the name in English (`hangul_read`); the text as it
    is when it has none."""
    if not _HANGUL_RUN_RE.search(text):
        return text
    return _HANGUL_RUN_RE.sub(lambda m: hangul_read(m.group(0), revised, other), text).strip()


def hangul_other(text: str) -> str | None:
    """A text with Hangul read with the other English words of a company word the lists translate two ways
    (knowledge/vocab/words.yaml `korean_other_words`: "국방위원회" is "national defense commission", NATIONAL DEFENSE
    COMMISSION, beside `hangul_read`'s "national defense committee"); None for a text without such a word."""
    return _hangul_reading_beside(text, other=True)


def _hangul_reading_beside(text: str, revised: bool = False, other: bool = False) -> str | None:
    """The text's Hangul read another way (`hangul_in_english` with `revised` or `other`), or None when the text has
    no Hangul or that way reads it as `hangul_in_english` does."""
    if not _HANGUL_RUN_RE.search(text):
        return None
    reading = hangul_in_english(text, revised=revised, other=other)
    return None if reading == hangul_in_english(text) else reading


def _unread_letter(ch: str, within: bool) -> bool:
    """A letter of a script rigour leaves as it is and no other reading reads, or, `within` a word of one, a mark or
    modifier of any script (the kana long-vowel mark, a vowel sign, a virama)."""
    if ch.isspace() or not (ch.isalpha() or unicodedata.category(ch)[0] in "LM"):
        return False
    script = codepoint_script(ord(ch)) or ""
    if script in ("Common", "Inherited"):
        return within and unicodedata.category(ch) in ("Lm", "Mn", "Mc")
    return script.casefold() not in vocab().words.scripts_read_otherwise


def letters_key(word: str) -> str:
    """One word of an unread script in ICU's Latin (rigour's `ascii_text`), only its letters and digits kept (ICU
    parts syllables with an apostrophe, "visi'on", and writes what it cannot read as "?")."""
    return re.sub(r"[^a-z0-9]", "", ascii_text(word).casefold())


def _without_unsaid_vowel(word: str, latin: str) -> str:
    """`latin`, ICU's Latin of `word`, without its final "a" when `word` is written in a script whose last consonant's
    inherent vowel is not said (words.yaml `scripts_unwritten_final_vowel`: "ग्लोबल" is "global", not ICU's "globala")
    and ends in a bare consonant letter (no vowel sign, virama or anusvara after it; a nukta is part of the letter)."""
    last = word[-2:-1] if word[-1:] in _NUKTAS else word[-1:]
    if (len(latin) < 3 or not latin.endswith("a") or not last
            or (codepoint_script(ord(last)) or "").casefold() not in vocab().words.scripts_unwritten_final_vowel
            or not _BARE_CONSONANT_RE.fullmatch(letters_key(last))):
        return latin
    return latin[:-1]


def _letter_name_sound(ch: str) -> str:
    """One letter of an alphabet ICU does not read, as the letter its Unicode name opens with, the acrophonic
    principle alphabets name their letters by (Glagolitic KAKO "k", Adlam MIIM "m", Shavian PEEP "p", Gothic BAIRKAN
    "b", Ogham BEITH "b"; Runic RAIDO RAD REID R, whose name ends in its sound, "r"), less the prefix a script names its
    consonants with (words.yaml `letter_name_prefixes`: Tifinagh YAB "b") and the glide before a vowel's name in a
    script naming vowels so (`letter_name_glides`: Tifinagh YI "i", Glagolitic YESTU "e"); a name opening with a vowel
    digraph of the spelling its script's names are written in, as the vowel that digraph writes (`letter_name_digraphs`:
    Gothic AIHVUS "e", EIS "i"; lk113, kept by lk122); a name opening with a
    consonant and "h", the pair Unicode's English spelling of letter names writes one sound with, as the pair
    (Glagolitic CHRIVI "ch", SHA "sh", ZHIVETE "zh"; Adlam SHA, CHI; lk105); a consonant's name of a vowel and the
    consonant, as English names L "el" (Old Italic EL, EM, ES; Old Hungarian EB, ESZ; Deseret EF), as the consonant,
    when no other letter of its script is named by that consonant and a vowel (Shavian's vowel EGG beside GAG, Ogham's
    ONN beside NION keep their vowel) (`_vowel_led_consonant`, lk107).
    Any script whose characters Unicode names letters is so read (lk107; lk99 listed six), but an abugida (a script
    with vowel signs: Sinhala, Tibetan, Lao, whose letters' names read only the consonants) and the scripts words.yaml
    `scripts_not_read_by_letter_names` lists (a syllabary Unicode names by letters, Cherokee; Ol Chiki);
    "" for a character of another script or whose name is not a letter's."""
    name = unicodedata.name(ch, "")
    script = (codepoint_script(ord(ch)) or "").casefold()
    w = vocab().words
    if (" LETTER " not in name or script in w.scripts_not_read_by_letter_names
            or _script_letter_names(script, ord(ch))[1]):
        return ""
    letter = re.sub(r"[^a-z]", "", name.rsplit(" ", 1)[-1].casefold())
    for s, prefix in w.letter_name_prefixes:
        if s == script and letter.startswith(prefix) and letter[len(prefix):len(prefix) + 1] not in ("", *"aeiou"):
            return letter[len(prefix):]
    if script in w.letter_name_glides and letter[:1] == "y" and letter[1:2] in ("a", "e", "i", "o", "u"):
        return letter[1]
    for s, digraph, vowel in w.letter_name_digraphs:
        if s == script and letter.startswith(digraph):
            return vowel
    if letter[1:2] == "h" and letter[:1] not in ("", *"aeiouh"):
        return letter[:2]
    consonant = _vowel_led_consonant(letter, script, ord(ch))
    return consonant or letter[:1]


_VOWEL_LETTERS = frozenset("aeiou")


def _vowel_led_consonant(letter: str, script: str, cp: int) -> str:
    """The consonant a letter's name of one vowel and one or two consonants names ("el" "l", "esz" "sz", "eks" "ks"),
    when no other letter of its script (`_script_letter_names`) is named by that consonant and a vowel, so that a
    script naming its consonants by a vowel before them reads them, while one naming a vowel by a word it opens
    (Shavian EGG, UP, beside GAG, PEEP) keeps the vowel; "" otherwise."""
    if not (2 <= len(letter) <= 3 and letter[0] in _VOWEL_LETTERS and not _VOWEL_LETTERS & set(letter[1:])):
        return ""
    names = _script_letter_names(script, cp)[0]
    if any(n[:1] == letter[1] and n[1:2] in _VOWEL_LETTERS for n in names):
        return ""
    return letter[1:]


@lru_cache(maxsize=256)
def _script_letter_names(script: str, cp: int) -> tuple[frozenset[str], bool]:
    """The names of the letters of `script` near code point `cp` (a script's letters lie together, within its
    blocks) whose Unicode name is one word after LETTER (not Old Hungarian ENT-SHAPED SIGN, CLOSE E), casefolded,
    letters only; and whether the script has a vowel sign (an abugida)."""
    names: set[str] = set()
    signs = False
    for c in range(max(0, cp - 512), cp + 512):
        ch = chr(c)
        if (codepoint_script(c) or "").casefold() != script:
            continue
        name = unicodedata.name(ch, "")
        if " VOWEL SIGN " in name:
            signs = True
        elif " LETTER " in name and " " not in name.split(" LETTER ", 1)[1]:
            names.add(re.sub(r"[^a-z]", "", name.rsplit(" ", 1)[-1].casefold()))
    return frozenset(names), signs


def letter_name_reading(word: str) -> str:
    """A word of an alphabet neither rigour nor ICU reads (ICU's Latin of it is empty: Tifinagh, Adlam, N'Ko, Coptic,
    Glagolitic, Shavian, Gothic, Ogham, Old Italic, Runic ...), letter by letter as its letters' Unicode names open
    (`_letter_name_sound`): "ⰽⱃⰰⰽⰵⱃⱀ" (Glagolitic KAKO RITSI AZU KAKO YESTU RITSI NASHI) is "krakern"."""
    return "".join(_letter_name_sound(ch) for ch in word)


_BARE_CONSONANT_RE = re.compile(r"[^aeiou]+a")
# the nukta signs of the Indic scripts (a dot under a consonant making another: "ज" ja, "ज़" za), part of the letter
_NUKTAS = frozenset(ch for ch in map(chr, range(0x0900, 0x0E00)) if "NUKTA" in unicodedata.name(ch, ""))


def read_by_letter_names(text: str) -> bool:
    """Whether `script_reading` reads a word of the text by its letters' Unicode names (`letter_name_reading`: a
    script ICU's Latin writes nothing for), a guess at how the name is spelt, not a transliteration (lk108)."""
    if text.isascii():
        return False
    run = ""
    for ch in text + " ":
        if _unread_letter(ch, bool(run)):
            run += ch
            continue
        if run and not letters_key(run) and letter_name_reading(run):
            return True
        run = ""
    return False


@lru_cache(maxsize=20_000)
def script_reading(text: str, drop_unsaid_vowel: bool = False) -> str | None:
    """The text with its words in scripts rigour leaves as they are (Devanagari, Thai, Hebrew, Ethiopic, Japanese
    kana ... : not Chinese, Arabic or Hangul, which other readings read) in ICU's Latin (`letters_key`), the rest as
    written; None when it has no such word. With `drop_unsaid_vowel`, a north Indian word's final inherent vowel dropped
    (`_without_unsaid_vowel`). Index.evidence reads it only when nothing matched the text exactly."""
    if text.isascii():
        return None
    out: list[str] = []
    found = False
    run = ""
    for ch in text + " ":
        if _unread_letter(ch, bool(run)):
            run += ch
            continue
        if run:
            latin = letters_key(run) or letter_name_reading(run)
            latin = _without_unsaid_vowel(run, latin) if drop_unsaid_vowel else latin
            found = found or bool(latin)
            out.append(f" {latin} " if latin else " ")
            run = ""
        out.append(ch)
    return " ".join("".join(out).split()) if found else None


def hangul_revised(text: str) -> str | None:
    """A text with Hangul read in the Revised Romanisation, as South Korean firms write their names in English
    ("대원산업" is "Daewon industry", DAEWON INDUSTRIES), beside `hangul_read`'s McCune-Reischauer; None for a text
    without Hangul or read alike both ways."""
    return _hangul_reading_beside(text, revised=True)


@lru_cache(maxsize=4096)
def hangul_read(run: str, revised: bool = False, other: bool = False) -> str:
    """A run of Hangul as the lists write the name in English: its company words (knowledge/vocab/words.yaml
    `korean_words`) translated, the name's own syllables romanised (`hangul_romanised`), each a word:
    "단천상업은행" is "Tanchon commercial bank", "조선련봉총회사" "korea Ryonbong general corporation". `other`: a word
    the lists translate two ways by its other English words (`korean_other_words`)."""
    words = vocab().words
    m = _HANGUL_ORDINAL_RE.match(run)
    if m:      # "제2" is the second
        n = int(m.group(1))
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return (f" {n}{suffix} " + hangul_read(run[m.end():], revised, other) if m.end() < len(run)
                else f" {n}{suffix} ")
    out: list[str] = []
    name = ""
    i = 0
    while i < len(run):
        for k in range(min(len(run) - i, 6), 0, -1):
            piece = run[i:i + k]
            english = (words.korean_words.get(piece) or (words.korean_leading_words.get(piece) if i == 0 else None)
                       or (words.korean_closing_words.get(piece) if i > 0 and i + k == len(run) else None))
            if english:
                break
        else:
            name += run[i]
            i += 1
            continue
        if name:
            out.append(hangul_romanised(name, revised))
            name = ""
        out.append(words.korean_other_words.get(piece, english) if other else english)
        i += k
    if name:
        out.append(hangul_romanised(name, revised))
    return " " + " ".join(out) + " "


@lru_cache(maxsize=200_000)
def analyse(text: str) -> Analysed:
    """The terms of a name (or of any text: a question is analysed the same way)."""
    text = _prepared(text)
    return Analysed(_analyse(text) if text.strip() else ())


@lru_cache(maxsize=50_000)
def analyse_typed(text: str) -> Analysed:
    """The terms of a typed name (a query, never a listed name), with a legal form typed one letter wrong read as
    that legal form (`_legal_form_typos`: "Grawit Limmited" is "Grawit Limited"). Index.analyse_query reads a query
    so; a listed name is read as it is written (`analyse`)."""
    a = analyse(text)
    return Analysed(_legal_form_typos(_prepared(text), a.terms)) if a.terms else a


@lru_cache(maxsize=50_000)
def _prepared(text: str) -> str:
    """The text `analyse` hands to rigour: Hangul read in English, "&" and "+" written out, the Arabic article, joined
    numbers and letters, initials and dotted legal forms written as rigour reads them."""
    # a '+' closing a word is a word of the name, "plus" ("EN+ Group" is "En Plus Group"); between words, "and"
    text = text or ""
    # a name in Hangul is read as the lists write it in English ("단천상업은행": TANCHON COMMERCIAL BANK)
    text = hangul_in_english(text)
    # a Persian compound written in two words is the one word ("سرمایه گذاری", investment)
    if " " in text and _ARABIC_WORD_RE.search(text):
        text = _persian_compounds(text)
    # so is a Vietnamese company word written a syllable apart ("công nghiệp", industry)
    if " " in text and not text.isascii():
        text = _vietnamese_words(text)
    if "+" in text:
        text = _PLUS_RE.sub(" plus ", text).replace("+", " and ")
    text = text.replace("&", " and ")
    # a Windows character read as Latin-1 is that character: "Gui\x92an" is "Gui’an", one word
    text = _C1_RE.sub(lambda m: m.group(0).encode("latin-1").decode("cp1252", "ignore"), text)
    # the Arabic article written as the letter after it sounds is the article: "Ar-Rehmat" is "al-Rehmat"
    text = _sun_letter_article().sub("al-", text)
    # so is that article written apart between two words of a name: "Jamaat ud Dawa" is JAMAAT-UD-DAWA
    # (a legal form is none: "Nordsjo Shipping AS Stavanger", "Petrol AD Dobrich")
    text = _sun_letter_article_apart().sub(lambda m: m.group(0) if _legal_form_alone(m.group(0)[:-1].lower())
                                           else "al-", text)
    # a number and a letter joined by a hyphen are one word, as they are written without it: "Unit 46-B" is "46B"
    if "-" in text or "‐" in text or "‑" in text:
        text = _NUMBER_LETTER_RE.sub(r"\1\2", text)
    # letters written apart are one word, as rigour joins dotted initials: "S A de C V" is "S.A. de C.V."
    text = _LETTER_RUN_RE.sub(lambda m: m.group(0).replace(" ", ""), text)
    # dotted initials with an accent are the legal form without it, as rigour knows it: "A.Ş." is "A.S."
    text = _ACCENTED_INITIALS_RE.sub(lambda m: ascii_text(m.group(0)) if not m.group(0).isascii() else m.group(0),
                                     text)
    if "." in text:
        # two legal forms joined by a dot are two words: "GmbH & Co.KG" is "GmbH & Co. KG"
        text = _DOT_JOINED_RE.sub(_dot_joined_legal_forms, text)
        # dotted initials that are a legal form run into the next word are two words, as a dot closes initials:
        # "S.A.DE C.V." is "S.A. DE C.V." (initials that are no legal form may be a name's: left as they are)
        text = _INITIALS_THEN_WORD_RE.sub(
            lambda m: f"{m.group(1)} {m.group(2)}" if _is_legal_form(m.group(1)) else m.group(0), text)
        text = _DOTTED_PAIR_RE.sub(_undotted_legal_form, text)
        # three dotted initials or more that are no legal form are one word, as the name is typed without its dots:
        # "A.S.P. Builders" is "ASP Builders" (rigour reads "A" as a word and "S.P." as a legal form)
        text = _DOTTED_INITIALS_RE.sub(_joined_initials, text)
    return text


LEGAL_TYPO_MIN_LEN = 4        # a word this long typed one letter wrong may be a legal form's word ("Civl", civil)
_WORD_RE = re.compile(r"[A-Za-z]+")
_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Every word one letter away from `word`: a letter dropped, added, changed, or two swapped."""
    cut = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    return ({a + b[1:] for a, b in cut if b} | {a + b[1] + b[0] + b[2:] for a, b in cut if len(b) > 1}
            | {a + c + b[1:] for a, b in cut if b for c in _LOWER} | {a + c + b for a, b in cut for c in _LOWER})


@lru_cache(maxsize=50_000)
def _dictionary_fixes(word: str) -> tuple[str, ...]:
    """The dictionary words (english.py's lemmas) one letter away from `word`."""
    from knowledge.lookup.english import _tables
    lemmas = _tables()[0]
    return tuple(sorted(w for w in _one_edit(word) if w in lemmas and len(w) >= LEGAL_TYPO_MIN_LEN))


def _only_legal_gained(terms: tuple[Term, ...], fixed_terms: tuple[Term, ...], word: str) -> bool:
    """`fixed_terms` (the name with `word` spelled right) read the word as (part of) a legal form: they have no
    other term than the legal forms and the other words of `terms`, and some word of the name is left."""
    before = [t.text for t in terms if t.role != "legal"]
    before.remove(word)
    after = [t.text for t in fixed_terms if t.role != "legal"]
    return (all(after.count(t) <= before.count(t) for t in after)
            and any(t.role not in _DROPPED for t in fixed_terms))


def _legal_form_typos(text: str, terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """A legal form with one of its words typed one letter wrong is that legal form ("Limmited", "Sociedad Civl",
    "Charitible Organization"): a word of the name no dictionary has, which, spelled as the one dictionary word one
    letter away, rigour (or knowledge/vocab/words.yaml `legal_forms`) reads as a legal form with no other word of the
    name changed. Not the first word, which names the company ("Limmited Editions" is no legal form)."""
    from knowledge.lookup.english import is_english_word
    names = [t.word for t in terms if t.role == "name"]
    for m in _WORD_RE.finditer(text):
        word = m.group(0).lower()
        if (m.start() == 0 or not text[:m.start()].strip() or len(word) < LEGAL_TYPO_MIN_LEN or word not in names
                or is_english_word(word)):
            continue
        read = []
        for fixed in _dictionary_fixes(word):
            fixed_terms = _analyse(text[:m.start()] + fixed + text[m.end():])
            if _only_legal_gained(terms, fixed_terms, word):
                read.append(fixed_terms)
        if len(read) == 1:
            return read[0]
    return terms


_ARABIC_WORD_RE = re.compile(r"[\u0600-\u06ff]+")
_ARABIC_PAIR_RE = re.compile(r"(?<![\u0600-\u06ff])([\u0600-\u06ff]+) (?=([\u0600-\u06ff]+)(?![\u0600-\u06ff]))")


def _persian_compounds(text: str) -> str:
    """Persian writes the parts of a compound apart, with a space as often as with a zero-width non-joiner, which
    rigour drops ("سرمایه گذاری" and "سرمایه‌گذاری" are "سرمایهگذاری", investment): two Arabic-script words that
    together are a word of knowledge/vocab/words.yaml (`company_words`, `business_words`, `organisation_words`) are
    that word, so a company word typed either way is read alike; any other two words stay two."""
    words = vocab().words

    def known(word: str) -> bool:
        return any(w in words.company or w in words.business or w in words.organisation for w in _unarticled(word))

    return _ARABIC_PAIR_RE.sub(lambda m: m.group(1) if known(m.group(1) + m.group(2)) else m.group(0), text)


LETTER_RUN_RE = re.compile(r"[^\W\d_]+")   # a run of letters: a word, or a syllable of Vietnamese


def _vietnamese_words(text: str) -> str:
    """Vietnamese writes each syllable of a word apart: a company word of knowledge/vocab/words.yaml
    (`vietnamese_company_words`) typed with its Vietnamese letters, its syllables a space apart, is the one word it is
    read as ("Shahid Varamini Công nghiệp": "congnghiep", SYMBOL:INDUSTRY), the longest such word first ("vận tải biển",
    shipping, before "vận tải", transport); any other syllables stay as typed."""
    words = vocab().words.vietnamese
    if not words:
        return text
    longest = max(len(k) for k in words)
    found = list(LETTER_RUN_RE.finditer(text))
    folded = [unicodedata.normalize("NFC", m.group(0)).casefold() for m in found]
    out, last, i = [], 0, 0
    while i < len(found):
        for n in range(min(longest, len(found) - i), 1, -1):
            joined = words.get(tuple(folded[i:i + n]))
            if joined and all(text[found[j].end():found[j + 1].start()] == " " for j in range(i, i + n - 1)):
                out += [text[last:found[i].start()], joined]
                last, i = found[i + n - 1].end(), i + n
                break
        else:
            i += 1
    return "".join(out) + text[last:] if out else text


def _dot_joined_legal_forms(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    if _legal_form_alone(first.lower()) and _legal_form_alone(second.lower()):
        return f"{first}. {second}"
    return m.group(0)


def _joined_initials(m: re.Match) -> str:
    joined = m.group(0).replace(".", "")
    return m.group(0) if _is_legal_form(m.group(0)) else joined


# dotted initials closing a name, three letters or more, and what follows them to the end of the text
_CLOSING_INITIALS_RE = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){3,})(?!\w)(?!.*(?<![\w.])(?:[A-Za-z]\.){3,}(?!\w))(.*)$")


@lru_cache(maxsize=4096)
def before_longer_legal_initials(text: str) -> str | None:
    """The name a text types before dotted initials that close it, begin with a legal form rigour knows and go on
    with letters of their own, a legal form of its kind rigour does not know ("S.A.E.C.A.", "S.A.C.I.", "S.A.L.",
    the "S.A.B." of "S.A.B. de C.V.": a sociedad anonima said more closely), when what follows them is legal forms
    and stopwords only and the name before them has a word that is neither; None otherwise (`Index._longer_legal_form`
    reads it). Initials rigour reads as a legal form whole ("S.A.R.L.") are read there already."""
    m = _CLOSING_INITIALS_RE.search(text)
    if not m:
        return None
    initials, tail = m.group(1), m.group(2)
    head = text[:m.start(1)].strip(_EDGE_PUNCT + "-–—")
    letters = initials.split(".")[:-1]
    if (not head or _is_legal_form(initials)
            or not any(_is_legal_form("".join(f"{c}." for c in letters[:k])) for k in range(2, len(letters)))):
        return None
    if tail.strip(_EDGE_PUNCT) and not all(t.role in _DROPPED for t in analyse(tail).terms):
        return None
    if not any(t.role not in _DROPPED for t in analyse(head).terms):
        return None
    return head


# a word shaped as a legal form is written: a short abbreviation in capitals, two capital letters or more in it ("NUF",
# "SELARL", "SCSp", "CommV")
_CAPITAL_FORM_RE = re.compile(r"[A-Z][A-Za-z]{1,5}")


def _legal_form_shaped(word: str) -> bool:
    return bool(_CAPITAL_FORM_RE.fullmatch(word)) and sum(ch.isupper() for ch in word) >= 2


@lru_cache(maxsize=4096)
def before_unread_legal_form(text: str) -> tuple[str, str] | None:
    """The name a text types before a last word shaped as a legal form is written (a short abbreviation in capitals:
    `_legal_form_shaped`) that no vocabulary reads as anything (rigour reads it as a word of the name: "Widget
    Trading NUF", "Widget Trading SELARL"), with that word's compare form; None otherwise. Dotted initials are left
    to `before_longer_legal_initials` (initials of no legal form may be a name's own letters).
    The name before it must have a word that is no legal form nor stopword (`Index._unread_legal_form` reads it:
    the word is no listed name's word, and the name before it is a company's listed name exactly)."""
    parts = text.strip().rstrip(_EDGE_PUNCT_BUT_DOT).rsplit(None, 1)
    if len(parts) != 2 or not _legal_form_shaped(parts[1]):
        return None
    return _name_before_unread(parts[0].strip(_EDGE_PUNCT_BUT_DOT + "-–—"), parts[1])


def _name_before_unread(head: str, closing: str) -> tuple[str, str] | None:
    """The name before a closing word shaped as a legal form (`before_unread_legal_form`, `before_unread_initials`),
    when rigour reads that word as one word of a name (no legal form, place or other word it knows) and the name has
    a word that is no legal form nor stopword; with the closing word's compare form. None otherwise."""
    if not head:
        return None
    terms = analyse(closing).terms
    if len(terms) != 1 or terms[0].role != "name" or not terms[0].word.isalpha():
        return None
    if not any(t.role not in _DROPPED for t in analyse(head).terms):
        return None
    return head, terms[0].word


# dotted initials closing a text: single letters, two to six, each closed by a dot (the last dot may be left off:
# "S.G.P.S.", "Q.P.S.C.", "e.U.", "K.K.")
_CLOSING_DOTTED_RE = re.compile(r"(?<![\w.&])((?:[^\W\d_]\.){1,5}[^\W\d_]\.?)$")


@lru_cache(maxsize=4096)
def before_unread_initials(text: str) -> tuple[str, str] | None:
    """The name a text types before dotted initials that close it, shaped as a legal form is written (single letters,
    two to six, each with its dot: "S.G.P.S.", "Q.P.S.C.", "e.U.", "K.K."), which no vocabulary reads (rigour reads
    them as a word of the name: no legal form it knows, no place, no other word), with their compare form; None
    otherwise. Initials rigour reads as a legal form ("S.A.", "S.A.R.L.") are read where every legal form is.
    The name before them must have a word that is no legal form nor stopword (`Index._unread_initials` reads it: the
    name before them, a company's listed name exactly)."""
    stripped = text.strip().rstrip(_EDGE_PUNCT_BUT_DOT)
    m = _CLOSING_DOTTED_RE.search(stripped)
    if not m or _is_legal_form(m.group(1)):
        return None
    return _name_before_unread(stripped[:m.start(1)].strip(_EDGE_PUNCT + "-–—"), m.group(1))


@lru_cache(maxsize=4096)
def _is_legal_form(initials: str) -> bool:
    """rigour reads these dotted initials as a legal form ("S.A.R.L.", "P.J.S.C."), in part or whole."""
    roles = {t.role for t in _analyse(f"x {initials}", peel=False)[1:]}
    return "legal" in roles and roles <= {"legal", "stop"}


def _sun_letters() -> str:
    """The sun letters as romanised (knowledge/vocab/words.yaml `sun_letters`), longest first, as a regex alternation."""
    return "|".join(sorted(vocab().words.sun_letters, key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=1)
def _sun_letter_article() -> re.Pattern:
    """'Ar-', 'Ash-', 'Ad-' ... before a word beginning with that letter."""
    return re.compile(rf"(?i)(?<![\w'’])[aeu]({_sun_letters()})[-‐‑](?=\1)")


@lru_cache(maxsize=1)
def _sun_letter_article_apart() -> re.Pattern:
    """The sun-letter article written as a word of its own after a word of three letters or more, before a word
    beginning with its letter: 'ud' of "Jamaat ud Dawa", 'ur' of "Hizb ur Rahman"."""
    return re.compile(rf"(?i)(?<=[^\W\d_]{{3}} )[aeu]({_sun_letters()}) (?=\1[^\W\d_]{{2}})")


@lru_cache(maxsize=4096)
def _one_legal_form(first: str, second: str) -> bool:
    """rigour reads the two words, without dots, as one legal form ("Cia Ltda": compañía limitada)."""
    terms = _analyse(f"x {first} {second}", peel=False)
    return len(terms) == 2 and terms[1].role == "legal"


def _undotted_legal_form(m: re.Match) -> str:
    """Two abbreviated words that are one legal form, written without their dots: "CIA. LTDA." is the "Cia Ltda"
    rigour knows, not the company word "Cia" and the legal form "Ltda"."""
    return f"{m.group(1)} {m.group(2)}" if _one_legal_form(m.group(1).lower(), m.group(2).lower()) else m.group(0)


def normalize(text: str) -> str:
    """The comparison key of a name: equal keys are the same name once legal forms, case, script, punctuation and
    abbreviations of company words are normalised."""
    return analyse(text).key


@lru_cache(maxsize=20_000)
def place_codes(word: str) -> frozenset[str]:
    """The territory codes rigour tags a place word with ('ghana' -> {'gh'}; 'kenya' -> {'ke'})."""
    return frozenset(s.partition(":")[2] for t in analyse(word).terms for s in t.symbols if s.startswith("LOC:"))


def other_places(a: str, b: str) -> bool:
    """Two places rigour tells apart: 'Kenya' is not 'Ghana', however alike they sound (both metaphone 'KN')."""
    if a == b:
        return False
    ca, cb = place_codes(a), place_codes(b)
    return bool(ca) and bool(cb) and not ca & cb


def is_latin(word: str) -> bool:
    return word.isascii()


def abbreviates(short: str, long: str) -> bool:
    """'ind' for 'industry', 'mfg' for 'manufacturing', 'intl' for 'international': the same first letter and the
    short word's letters in order in the long one."""
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False
    it = iter(long)
    return all(c in it for c in short)


def same_word(a: str, b: str) -> bool:
    """Two written words that stand for the same word: equal, one abbreviating the other, or in different scripts
    ('technology' and '科技' share rigour's symbol). Words that merely share a symbol are synonyms, not the same word
    ('petrochemical' and 'oil' are both @OIL). Translations of one organisation word are the same word
    ('dvizhenie' and 'movement', knowledge/vocab/words.yaml `organisation_words`)."""
    if a == b or not (is_latin(a) and is_latin(b)) or abbreviates(a, b) or abbreviates(b, a):
        return True
    kinds = vocab().words.organisation
    return a in kinds and kinds.get(a) == kinds.get(b)


@lru_cache(maxsize=200_000)
def phonetic(word: str) -> str:
    """How a Latin-script word sounds (rigour's metaphone): transliterations of one name agree ('Qeshm'/'Gheshm',
    'Mehdi'/'Mahdi', 'Nuh'/'Nooh')."""
    if not is_latin(word) or not word.isalpha():
        return ""
    return metaphone(word)


_VOWELS = re.compile(r"[aeiou]+")
ABJAD_SCRIPTS = frozenset({"Arabic"})
_FINAL_H_RE = re.compile(r"(?<=[aeiou])h$")
_NOT_CONSONANT_RE = re.compile(r"[^a-z]|[aeiouvwy]")


@lru_cache(maxsize=200_000)
def romanised(word: str) -> str:
    """One key for the Latin spellings of one transliterated name: the variants of knowledge/vocab/words.yaml
    replaced ('gh' -> 'q' -> 'k', 'th' -> 's', 'oo' -> 'u'), a 'y' between letters read as 'i', a final 'h' after
    'e' dropped, then the vowels: a leading vowel becomes 'a' (in a skeleton of four letters or more: 'Alas' is not
    'Ellissa'), the others go, and doubled letters are one ('Shargh'/'Sharq' 'shrk', 'Kawsar'/'Kawthar' 'kvsr',
    'Usbat'/'Asbat' 'asbt', 'Atiyeh'/'Atieh' 'at', 'Emam'/'Imam' 'im')."""
    if not is_latin(word) or not word.isalpha():
        return ""
    w = word
    for a, b in vocab().words.romanisation:
        w = w.replace(a, b)
    w = re.sub(r"(?<=.)y(?=.)", "i", w)
    if w.endswith("eh"):
        w = w[:-1]
    lead = "a" if w[0] in "aeiou" else ""
    key = re.sub(r"(.)\1+", r"\1", lead + _VOWELS.sub("", w[1:] if lead else w))
    # (in a short skeleton the leading vowel stays, but Persian writes the "i" opening an Arabic word as "e":
    # 'Emam'/'Imam', 'Elm'/'Ilm' are one key)
    return key if len(key) >= 4 or not lead else ("i" if w[0] == "e" else w[0]) + key[1:]


@lru_cache(maxsize=200_000)
def german_romanised(word: str) -> str:
    """`romanised` after the German pairs of knowledge/vocab/words.yaml: one key for a Russian name in German
    transliteration ("Tschernomorneftegas") and in the lists' English one ("Chernomorneftegaz")."""
    return _romanised_after(word, vocab().words.german_romanisation)


@lru_cache(maxsize=200_000)
def korean_romanised(word: str) -> str:
    """`romanised` after the Korean pairs of knowledge/vocab/words.yaml: one key for a Korean name written in
    McCune-Reischauer ("Thaephyongsan", "Chongbong") and without its marks ("Taepyongsan", "Jongbong")."""
    return _romanised_after(word, vocab().words.korean_romanisation)


@lru_cache(maxsize=200_000)
def russian_romanised(word: str) -> tuple[str, ...]:
    """The keys of a Latin word as Russian writes it by its sound, read back from Cyrillic (knowledge/vocab/words.yaml
    `russian_romanisation`), each `romanised`, those differing from its own key only: "aquanika" is "akvnk" as
    "Акваника" is, "ruschemtrade" "rshmtrd" as "Русхимтрейд" ("rushimtreid") is, "logarcheo" "lgrk" as "Логаркео"."""
    if not is_latin(word) or not word.isalpha():
        return ()
    spellings = {word}
    for latin, readings in vocab().words.russian_romanisation:
        if any(latin in s for s in spellings):
            spellings = {s.replace(latin, r) for s in spellings for r in readings}
    own = romanised(word)
    return tuple(sorted({k for s in spellings if (k := romanised(s)) != own}))


@lru_cache(maxsize=200_000)
def revised_korean_keys(word: str) -> tuple[str, ...]:
    """`korean_romanised` keys of a Latin word read as a Korean name in the Revised Romanisation, as McCune-Reischauer
    writes it (knowledge/vocab/words.yaml `korean_revised_vowels`, `korean_revised_initials`): "geumsan" 'kmsn' as
    "Kumsan", "daeseong" 'tsng' as "Taesong", "neungrado" 'nngrd' and 'rngrd' ("Rungrado"). Only a word with one of
    the Revised Romanisation's own vowels ("eo", "eu") is read so; its first letter both ways. Empty otherwise."""
    words = vocab().words
    if not is_latin(word) or not word.isalpha() or not any(a in word for a, _ in words.korean_revised_vowels):
        return ()
    for a, b in words.korean_revised_vowels:
        word = word.replace(a, b)
    spellings = {word, *(b + word[len(a):] for a, b in words.korean_revised_initials if word.startswith(a))}
    return tuple(sorted({korean_romanised(w) for w in spellings} - {""}))


def _romanised_after(word: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """`romanised` of a Latin word after one romanisation's letter pairs are rewritten to the lists' English ones."""
    if not is_latin(word) or not word.isalpha():
        return ""
    for a, b in pairs:
        word = word.replace(a, b)
    return romanised(word)


@lru_cache(maxsize=100_000)
def is_abjad(word: str) -> bool:
    """A word in a script written without its short vowels (Arabic, Persian), which rigour leaves as it is."""
    if not word or word.isascii():
        return False
    scripts = text_scripts(word)
    return bool(scripts) and scripts <= ABJAD_SCRIPTS


def _romanised_pairs(latin: str) -> str:
    w = latin.lower()
    for a, b in vocab().words.romanisation:
        w = w.replace(a, b)
    return w


def _consonants(latin: str, letters: list[str] | None = None, final_h: bool = False) -> str:
    # (an Arabic word's letters are romanised one by one: 'ت' and 'ح' side by side are "t" and "h", never the "th"
    # of 'ث')
    w = "".join(_romanised_pairs(x) for x in letters) if letters is not None else _romanised_pairs(latin)
    w = w if final_h else _FINAL_H_RE.sub("", w)
    return re.sub(r"(.)\1+", r"\1", _NOT_CONSONANT_RE.sub("", w))


@lru_cache(maxsize=200_000)
@lru_cache(maxsize=100_000)
def long_vowels_agree(arabic: str, latin: str) -> bool:
    """The long "a" an Arabic-script word writes (alif: 'حماس', "hmas") is a vowel in the romanisation too, where
    the script puts it: "Hamas" has it, "Hamms" does not. Other letters that write vowels may be consonants (w, y)."""
    base = arabic[2:] if arabic.startswith("ال") and len(arabic) > 3 else arabic
    t, w = ascii_text(base).lower(), latin.lower()
    for a, b in vocab().words.romanisation:
        t, w = t.replace(a, b), w.replace(a, b)
    pattern = [c for c in t if c.isalpha() and c not in "eiouwyh"]
    if "a" not in pattern[1:]:
        return True               # no long "a" after the first letter: nothing to agree on
    pos = 0
    for c in pattern:
        while pos < len(w) and not (w[pos] in "aeiou" if c == "a" else w[pos] == c):
            pos += 1
        if pos == len(w):
            return False
        pos += 1
    return True


def consonants(word: str) -> tuple[str, ...]:
    """What a word written in Arabic script and its Latin romanisations agree on: their consonants, without the
    vowels and the letters that stand for vowels too (w/v, y), the Arabic article or a final "h" after a vowel (which
    a romanisation also keeps, for a name whose last letter it is: "Fatah" is 'ft' and 'fth').
    'جند' and 'Jund' are 'jnd'; 'الخير' and 'Khayr' 'hr'; 'الشريعة' and "Shari'a" 'shr'. An Arabic word is
    transliterated letter by letter (rigour's ascii_text); its feminine ending 'ة' is written "-a", "-ah" or "-at",
    so it gives both skeletons ('حركة': 'hrk', 'hrkt')."""
    if is_abjad(word):
        base = word[2:] if word.startswith("ال") and len(word) > 3 else word
        forms = [base[:-1], base] if base.endswith("ة") else [base]
        return tuple(dict.fromkeys(k for f in forms if (k := _consonants(f, [ascii_text(c) for c in f]))))
    if is_latin(word) and word.isalpha():
        # (a final "h" after a vowel is the feminine ending, or a consonant of the name: "Fatah" is 'فتح', f-t-h)
        return tuple(dict.fromkeys(k for k in (_consonants(word), _consonants(word, final_h=True)) if k))
    return ()


@lru_cache(maxsize=2)
def _place_file(name: str) -> dict[tuple[str, ...], frozenset[str]]:
    """A place file of this package written by benchmarks/lookup_places.py: each place as the words of an analysed
    name, with the codes of the countries a place of that name lies in."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out: dict[tuple[str, ...], frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            place, _, codes = line.partition("\t")
            out[tuple(place.split())] = frozenset(c for c in codes.split(",") if c)
    return out


def city_countries() -> dict[tuple[str, ...], frozenset[str]]:
    """The cities of knowledge/lookup/places.txt (written from GeoNames by benchmarks/lookup_places.py), as the words
    of an analysed name, with the codes of the countries a city of that name lies in."""
    return _place_file("places.txt")


def town_countries(words: tuple[str, ...]) -> frozenset[str]:
    """The codes of the countries a town of these words lies in (knowledge/lookup/towns.txt: 15,000 to 100,000
    people, no city of places.txt), empty when they spell no town. Read only for a typed name that is a town's name
    alone: in a longer name a town's name is as often a word of the name ("Segura Trading")."""
    return _place_file("towns.txt").get(tuple(words), frozenset())


@lru_cache(maxsize=1)
def place_names() -> frozenset[tuple[str, ...]]:
    """Places rigour does not tag, as the words of an analysed name: the cities of `city_countries` and the regions
    of knowledge/vocab/words.yaml."""
    names = set(city_countries())
    names |= {tuple(t.word for t in analyse(r).kept) for r in vocab().words.regions}
    return frozenset(n for n in names if n)


@lru_cache(maxsize=1)
def _longest_place() -> int:
    return max(map(len, place_names()), default=0)


def place_spans(words: list[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of `words` that spell a place of `place_names` ("Bandar Abbas", "Middle East"),
    longest first."""
    names = place_names()
    longest = _longest_place()
    out: list[tuple[int, int]] = []
    n = 0
    while n < len(words):
        for k in range(min(longest, len(words) - n), 0, -1):
            if tuple(words[n:n + k]) in names:
                out.append((n, n + k))
                n += k
                break
        else:
            n += 1
    return out


def place_positions(words: list[str]) -> set[int]:
    """The positions of `words` that spell a place of `place_names`."""
    return {n for a, b in place_spans(words) for n in range(a, b)}


_KANA_RE = re.compile(r"[\u3040-\u30ff]")


def pinyin_forms(a: Analysed) -> set[str]:
    """A name in Chinese script as the lists write it in pinyin, spaces ignored: rigour transliterates it a syllable
    a character ('中国精密机械进出口总公司' -> 'zhong guo jing mi ji xie ...'), the lists join a word's syllables
    ('ZHONGGUO JINGMI JIXIE JINCHUKOU ZONGGONGSI'). With the legal forms and without. (Japanese, written with kana,
    is read otherwise.)"""
    cjk = [t for t in a.terms if is_cjk(t.word)]
    if not cjk or any(_KANA_RE.search(t.word) for t in cjk):
        return set()
    forms = {"".join(t.word for t in cjk), "".join(t.word for t in cjk if t.role != "legal")}
    out = {p for f in forms if f and len(p := ascii_text(f).replace(" ", "")) >= 6 and p.isalpha()}
    # a company word peeled off the end is its symbol, as the list's word is ('船务' and "SHPG" are @SHIPPING)
    if any(t.role == "generic" for t in cjk):
        parts = [t.text if t.role == "generic" else ascii_text(t.word).replace(" ", "")
                 for t in cjk if t.role != "legal"]
        if all(p.isalpha() or p.startswith("@") for p in parts) and len(form := "".join(parts)) >= 6:
            out.add(form)
    return out


@lru_cache(maxsize=20_000)
def pinyin_word(word: str) -> str:
    """A word in Chinese script in pinyin, its syllables joined as the lists write a word ('昆仑' -> 'kunlun'); empty
    for Japanese (kana) or what does not read as letters."""
    if not is_cjk(word) or _KANA_RE.search(word):
        return ""
    p = ascii_text(word).replace(" ", "").lower()
    return p if p.isalpha() and p.isascii() else ""


def _bigrams(run: str) -> list[str]:
    if len(run) <= 2:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)]


def match_tokens(terms) -> list[tuple[str, str]]:
    """(token, role) pairs used for scoring: Latin terms as they are, Chinese-script runs as character pairs, each
    pair a generic word when rigour knows it as one ('科技', '中国')."""
    out: list[tuple[str, str]] = []
    for t in terms:
        if t.role == "cjk":
            for b in _bigrams(t.text):
                role, _ = cjk_word_role(b)
                out.append((b, role if role in ("generic", "place") else "cjk"))
        else:
            out.append((t.text, t.role))
    return out


def match_words(terms) -> list[str]:
    """The written word behind each of `match_tokens`' tokens ('technology' for @TECH, the pair itself for Chinese)."""
    out: list[str] = []
    for t in terms:
        out.extend(_bigrams(t.text) if t.role == "cjk" else [t.word])
    return out


def match_symbols(terms) -> list[frozenset[str]]:
    """rigour's symbols behind each of `match_tokens`' tokens ('mexico' -> {'LOC:mx'}, 'hotel' -> {'DOMAIN:HOTEL'})."""
    out: list[frozenset[str]] = []
    for t in terms:
        out.extend([frozenset()] * len(_bigrams(t.text)) if t.role == "cjk" else [t.symbols])
    return out


def abbreviates_name(part: str, alias: str) -> bool:
    """'NICO' abbreviates 'Naftiran Intertrade Co. (NICO) Limited' (its letters in order, from the first); 'ASIA'
    does not abbreviate 'Polyton (Asia) Limited', it is a word of it."""
    letters = "".join(c for c in _PAREN_RE.sub(" ", alias).lower() if c.isalnum())
    short = "".join(c for c in part.lower() if c.isalnum())
    return bool(short) and bool(letters) and short[0] == letters[0] and (short == letters or abbreviates(short, letters))


def without_own_abbreviation(text: str) -> str | None:
    """A typed name without the one word in parentheses that abbreviates it ("national iranian oil co (nioc)" ->
    "national iranian oil co"), or None."""
    inner = _PAREN_RE.findall(text)
    if len(inner) != 1 or not re.fullmatch(r"[^\W_]{2,12}", inner[0].strip()):
        return None
    bare = re.sub(r"\s+", " ", _PAREN_RE.sub(" ", text)).strip(" ,")
    return bare if bare and abbreviates_name(inner[0], bare) else None


def before_address(text: str) -> tuple[str, str] | None:
    """A typed name whose legal form is followed by other words, as a name is pasted with its address ("sima general
    trading co fze - office 703 twin tower ... dubai", "a leib ltd binyamina israel"): the name up to its legal
    form, and the words after it. None when the query has no such legal form."""
    roles = [t.role for t in analyse(text).terms]
    said = [r not in ("legal", "stop") for r in roles]
    if not any(r == "legal" and any(said[:n]) and any(said[n + 1:]) for n, r in enumerate(roles)):
        return None
    chunks = text.split()
    for k in range(len(chunks) - 1, 0, -1):
        head, tail = " ".join(chunks[:k]), " ".join(chunks[k:])
        terms = analyse(head).terms
        if (terms and terms[-1].role == "legal" and any(t.role not in ("legal", "stop") for t in terms)
                and any(t.role not in ("legal", "stop") for t in analyse(tail).terms)):
            return head, tail
    return None


_CAMEL_RE = re.compile(r"(?<![\w'’])([A-Z][a-z]+)([A-Z][a-z]+)(?![\w'’])")


def camel_apart(text: str) -> str | None:
    """The text with each word written in camel case as its two parts ("LeHua Electronic" -> "Le Hua Electronic"), or
    None when it has none."""
    apart = _CAMEL_RE.sub(r"\1 \2", text)
    return apart if apart != text else None


def index_inverted(text: str) -> str | None:
    """The text with an article an index writes after the name and a comma put back in front ("Zetas, Los" -> "Los
    Zetas", "Economist, The" -> "The Economist"; knowledge/vocab/words.yaml `index_articles`), or None when it closes
    with no such article."""
    head, comma, article = text.rstrip(_EDGE_PUNCT.replace(",", "")).rpartition(",")
    article = article.strip()
    if not comma or not head.strip() or article.casefold() not in vocab().words.index_articles:
        return None
    return f"{article} {head.strip()}"


def said_countries(words: list[str], symbols: list[frozenset[str]], n: int,
                   spans: list[tuple[int, int]]) -> frozenset[str]:
    """The codes of the countries the word at `n` says: rigour's for a place it tags ("Iran"), GeoNames' for a city
    (knowledge/lookup/places.txt) whose span of `place_spans` holds it ("Bandar Abbas")."""
    codes = frozenset(s.partition(":")[2] for s in symbols[n] if s.startswith("LOC:"))
    span = next(((a, b) for a, b in spans if a <= n < b), None)
    if span:
        codes |= city_countries().get(tuple(words[span[0]:span[1]]), frozenset())
    return codes


def where_words(text: str) -> frozenset[str]:
    """The codes of the countries the places of a text are in ("Switzerland", "Dubai"), without their regions."""
    terms = analyse(text).terms
    words, symbols = [t.word for t in terms], [t.symbols for t in terms]
    spans = place_spans(words)
    return frozenset(c.partition("-")[0] for n in range(len(words)) for c in said_countries(words, symbols, n, spans))


_EDGE_PUNCT = " ?!:;,.\"'“”‘’()"
_EDGE_PUNCT_BUT_DOT = _EDGE_PUNCT.replace(".", "")   # a dot may close an abbreviation, initials or a name
_DASHES = ("-", "–", "—", "--")


def asked_name(text: str) -> str | None:
    """The name inside a question about it ("is Acme Widgets sanctioned?", "check: Acme Widgets Ltd", "any sanctions
    on Acme Widgets Lahore?"): the words between the first and the last that are no everyday word
    (knowledge/vocab/words.yaml `everyday`, rigour tagging them as no company word or place), when the
    words around them are such words and the text reads as a question (a '?' or a ':', or two words or more
    around the name); None otherwise, or when what is left has no word of a name. A sentence after the question's
    question mark is no word of the name ("is Acme Widgets flagged? payment pending")."""
    everyday = vocab().words.everyday
    chunks = text.split()

    def folded(chunk: str) -> str:
        return chunk.strip(_EDGE_PUNCT).casefold()

    def chatter(chunk: str) -> bool:
        w = folded(chunk)
        # (two-letter words rigour reads as legal forms are English too: "is", "in", "at"; "company" is no chatter)
        return bool(w) and w in everyday and all(t.role in ("stop", "name") or (t.role == "legal" and not t.symbols & {
            s for s in t.symbols if s.startswith("SYMBOL:")}) for t in analyse(w).terms)

    flags = [chatter(c) for c in chunks]
    words = vocab().words
    # whom a greeting opening the request greets is no word of the name ("hi team, can you screen ..."), nor is a
    # clause closing it, a word opening it then its subject, whatever its words ("... before we release the wire")
    if len(chunks) > 2 and folded(chunks[0]) in words.greetings and folded(chunks[1]) in words.addressees:
        flags[1] = True
    for n in range(1, len(chunks) - 1):
        if (folded(chunks[n]) in words.clause_openers and folded(chunks[n + 1]) in words.clause_subjects
                and not all(flags[:n])):
            flags[n:] = [True] * (len(chunks) - n)
            break
    # the question closes with its question mark: a sentence after it is what the asker adds, whatever its words
    # ("is Widget Works flagged? payment pending", "... on any list? they want to sell us fish")
    for n in range(1, len(chunks) - 1):
        if chunks[n].endswith("?") and not all(flags[:n + 1]):
            flags[n + 1:] = [True] * (len(chunks) - n - 1)
            break
    # so does a request opening with its chatter ("pls check ...") at a dash standing apart after a name of two words
    # or more: what follows is what the asker adds, whatever its words ("pls check Widget Works - new catering
    # vendor"); after one word the dash may be the name's own ("IRI - Middle East Shipping Lines", "quick one - ...")
    if flags and flags[0]:
        for n in range(1, len(chunks) - 1):
            if chunks[n] in _DASHES and flags[:n].count(False) >= 2:
                flags[n:] = [True] * (len(chunks) - n)
                break
    # a form's label opening the text ("supplier: ...", "vendor: ..."), an everyday word before a colon, is no word of
    # the name even where rigour reads it as a line of business
    if chunks and chunks[0].endswith(":") and folded(chunks[0]) in everyday:
        flags[0] = True
    # (or before a dash: "supplier - ...")
    if len(chunks) > 2 and chunks[1] in _DASHES and folded(chunks[0]) in everyday:
        flags[0] = flags[1] = True
    # in the chatter opening the text, a word naming a party after an everyday word is a label too, though rigour
    # reads it as a line of business ("new supplier Widget Works"; `party_words`), and a dash standing apart closes
    # the label ("screening request - ...")
    k = 0
    while k < len(chunks) and flags[k]:
        k += 1
    while 0 < k < len(chunks) - 1 and (chunks[k] in _DASHES or folded(chunks[k]) in vocab().words.party_words):
        flags[k] = True
        k += 1
    if all(flags) or not any(flags):
        return None
    lo, hi = flags.index(False), len(flags) - flags[::-1].index(False)
    # a dash standing apart between the name and the chatter closing the text is no word of the name ("Widget Works
    # - any hits?"), nor is the chatter before the dash ("Widget Works pending - ok?")
    while hi - lo > 1 and hi < len(chunks) and (chunks[hi - 1] in _DASHES or flags[hi - 1]):
        hi -= 1
    dropped = lo + len(chunks) - hi
    asking = lo == 1 and folded(chunks[0]) in vocab().words.asking   # "check Widget Works"
    if not dropped or not (dropped >= 2 or "?" in text or ":" in text or asking):
        return None
    core = " ".join(chunks[lo:hi]).strip(_EDGE_PUNCT)
    if not any(t.role in DISTINCTIVE_ROLES for t in analyse(core).kept):
        return None
    return core


def minor_word(word: str) -> bool:
    """rigour reads nothing of a name in the word: only stopwords and legal forms ("de", "S.A.", "y"), or nothing."""
    return all(t.role in ("stop", "legal") for t in analyse(word).terms)


def stop_word(word: str) -> bool:
    """rigour reads only stopwords in the word ("en", "la", "in"), or nothing."""
    return all(t.role == "stop" for t in analyse(word).terms)


def opened_question_name(text: str) -> str | None:
    """The name a question opened by its own mark asks about ("hola, ¿Widget Works está en la lista OFAC?",
    "¿Widget S.A. aparece en la lista?"): Spanish opens a question with '¿', and the name asked about follows it, typed
    capitalised as names are, where the question's own words are not: the run of words right after the mark up to
    the first word in lower case that rigour reads as no stopword or legal form ("del" and "S.A." are the name's,
    "está" the question's), when the question goes on after it and closes with '?'. None otherwise (a question in
    lower case throughout, or one whose words are all capitalised, says nothing of where the name ends)."""
    start = text.find("¿")
    if start < 0 or "?" not in text[start:]:
        return None
    chunks = text[start + 1:].split()
    name: list[str] = []
    for k, chunk in enumerate(chunks):
        word = chunk.strip(_EDGE_PUNCT)
        if word[:1].isupper() or word[:1].isdigit():
            name.append(chunk)
            continue
        if word and minor_word(word) and name:
            name.append(chunk)
            continue
        if not word or k == 0:
            return None
        break
    else:
        return None           # the question has no word of its own
    while name and stop_word(name[-1].strip(_EDGE_PUNCT)):
        name.pop()            # a stopword before the question's words is theirs ("... en la lista")
    core = " ".join(name).strip(_EDGE_PUNCT)
    if not core or not any(t.role in DISTINCTIVE_ROLES for t in analyse(core).kept):
        return None
    return core


CAPITALISED_MIN_CHATTER = 2   # words in lower case, no stopword or legal form, a text typed around a name has
CAPITALISED_MIN_WORDS = 2     # one capitalised word may open a sentence or name a thing ("Widgetco olive oil")


def capitalised_runs(text: str) -> list[str]:
    """The runs of words a request typed in lower case has typed capitalised, as names are ("our forwarder wants to
    use Widget Seaways Shipping - any hits?", "new client Widget Aviation (Juba) - any issues?"): each run of words
    beginning with a capital or a digit, with the stopwords and legal forms in lower case between them ("Widget de
    Mexico", "Widget Co sa"), up to a comma, a question or an exclamation mark, a colon, a bracket or a dash standing
    apart, when the text has `CAPITALISED_MIN_CHATTER` words in lower case besides, none of them a stopword or a legal
    form: the case says where a name is, with no vocabulary of the request's language. Empty when the text is typed
    all in one case."""
    chunks = text.split()
    runs: list[list[str]] = [[]]
    chatter = 0
    for chunk in chunks:
        word = chunk.strip(_EDGE_PUNCT + "-–—¿¡")
        apart = chunk in ("-", "–", "—", "/")
        opens = chunk[:1] in "([{" or apart
        if opens and runs[-1]:
            runs.append([])
        if not word or apart:
            continue
        minor = minor_word(word)
        if word[:1].isupper() or word[:1].isdigit():
            runs[-1].append(chunk.lstrip("([{¿¡"))
        elif runs[-1] and minor:
            runs[-1].append(chunk)
            continue
        else:
            if word.isalpha() and word == word.casefold() and not minor:
                chatter += 1
            if runs[-1]:
                runs.append([])
            continue
        if chunk[-1:] in ",?!:;)]}" and runs[-1]:
            runs.append([])
    if chatter < CAPITALISED_MIN_CHATTER:
        return []
    out = []
    for run in runs:
        while run and stop_word(run[-1].strip(_EDGE_PUNCT)):
            run.pop()           # a stopword after the name is the request's ("... in", "... de")
        core = " ".join(run).strip(_EDGE_PUNCT + "¿¡")
        if core:
            out.append(core)
    return out


def capitalised_names(text: str, runs: list[str] | None = None) -> list[str]:
    """The runs of `capitalised_runs` (`runs`, when the caller has read them already) that may be a name:
    `CAPITALISED_MIN_WORDS` words at least besides stopwords and legal forms ("Widget Ltda." alone may be a word of the
    request's before it: "bank Widget Ltda."), of any kind: a name of company words and places only is typed
    capitalised too ("¿Dubai Trading Company está sancionada?", "is Real Estate Bank (Syria) on any list?"), and
    `Index._capitalised_in_request` keeps a run only when it is one entity's listed name exactly."""
    out = []
    for core in capitalised_runs(text) if runs is None else runs:
        kept = analyse(core).kept
        if sum(1 for t in kept if t.role not in ("stop", "legal")) >= CAPITALISED_MIN_WORDS:
            out.append(core)
    return out


def upper_case_runs(text: str) -> list[tuple[str, str]]:
    """The runs of words typed all in capitals inside a text typed otherwise in lower case or capitalised, as a name
    is pasted from a list into a sentence of any language ("An bhfuil an comhlacht WIDGET TRADING GMBH as Hamburg ar
    an liosta?", "A sucietà WIDGET COMPANY di Tehran hè nantù à a lista?"): the capitals say where the name begins and
    ends though the words around it are capitalised too ("L'entrepresa", "Tehran") or read as stopwords ("di", "as"),
    which `capitalised_runs` keeps in a name. Each run is two words at least, each with two letters at least or a sign
    between them ("&"), up to a comma, a question or an exclamation mark, a colon or a bracket; the text besides has
    `CAPITALISED_MIN_CHATTER` words with a letter in lower case. With each run, the rest of the text, its words outside
    the run. Empty when the text is typed all in one case."""
    chunks = text.split()
    words = [c.strip(_EDGE_PUNCT + "-–—¿¡") for c in chunks]

    def upper(w: str) -> bool:
        return sum(c.isalpha() for c in w) >= 2 and w == w.upper() and w != w.lower()

    def lower(w: str) -> bool:
        return any(c.islower() for c in w)

    if sum(lower(w) for w in words) < CAPITALISED_MIN_CHATTER:
        return []
    out = []
    k, n = 0, len(chunks)
    while k < n:
        if not upper(words[k]):
            k += 1
            continue
        j = k
        while (j + 1 < n and chunks[j][-1:] not in ",?!:;)]}" and chunks[j + 1][:1] not in "([{"
               and (upper(words[j + 1]) or (not any(c.isalpha() for c in words[j + 1]) and j + 2 < n
                                            and upper(words[j + 2])))):
            j += 1
        if j > k:
            name = " ".join(chunks[k:j + 1]).strip(_EDGE_PUNCT + "¿¡")
            out.append((name, " ".join([*chunks[:k], ",", *chunks[j + 1:]])))
        k = j + 1
    return out


LABEL_WORDS_MAX = 3            # words before a colon opening a request that label it, in any language


def labelled_name(text: str) -> str | None:
    """The name a request labelled before a colon is about, the label in any language ("Kunde: Widget Works GmbH –
    bitte prüfen", "Vérification svp : Widget Benin SARL", "new vendor: widget trade ghana - kyc pls"): one to three
    words closed by a colon, attached or standing apart, open the text, and the name is all the rest, or the rest up to
    a dash or a slash standing apart when what follows it is chatter typed in lower case (no capital, no digit, no
    place rigour reads: "- Dubai branch" says where, not what). The words of the label say nothing of the name, so no
    vocabulary of any language is needed; the name found must be a listed name exactly (`Index.evidence`). None when
    the text has no such label, or nothing of a name after it."""
    chunks = text.split()
    colon = next((k for k in range(min(len(chunks) - 1, LABEL_WORDS_MAX + 1))
                  if chunks[k].endswith(":") and (chunks[k] != ":" or k > 0)), None)
    if colon is None or (chunks[colon] != ":" and colon >= LABEL_WORDS_MAX):
        return None
    rest = chunks[colon + 1:]
    cut = next((k for k, c in enumerate(rest) if c in (*_DASHES, "/")), None)
    if cut is not None:
        tail = " ".join(rest[cut + 1:])
        if not tail or tail != tail.lower() or any(c.isdigit() for c in tail) or address_countries(tail):
            return None
        rest = rest[:cut]
    name = " ".join(rest).strip(_EDGE_PUNCT)
    if not name or not any(t.role in DISTINCTIVE_ROLES for t in analyse(name).kept):
        return None
    return name


def named_part(text: str) -> str | None:
    """The unit or subsidiary a typed name names when it names its parent too: the name after a dash standing apart
    or a word saying what part it is (knowledge/vocab/words.yaml `part_words`: "Parent Holding - Widget Works",
    "Parent Cyprus subsidiary Widget Shipping Company"; before it when the word is followed by "of": "Widget Works,
    a branch of Parent"), with the places the parent's words say ("Cyprus": where the unit is). None when the text
    has no such word, the parent's side no word or the unit's side no word of a name."""
    parts = vocab().words.part_words
    chunks = text.split()
    at = [n for n, c in enumerate(chunks) if c in _DASHES or c.strip(_EDGE_PUNCT).casefold() in parts]
    if not at:
        return None
    k = at[-1]
    of = k + 1 < len(chunks) and chunks[k + 1].casefold() == "of" and chunks[k] not in _DASHES
    head, tail = chunks[:k], chunks[k + 2:] if of else chunks[k + 1:]
    if of:
        head, tail = tail, head
        while tail and tail[-1].strip(_EDGE_PUNCT).casefold() in ("a", "an", "the", ""):
            tail = tail[:-1]     # "Widget Works, a branch of Parent"
    name, parent = " ".join(tail).strip(_EDGE_PUNCT), " ".join(head).strip(_EDGE_PUNCT)
    if not name or not parent:
        return None
    pa, na = analyse(parent), analyse(name)
    if not any(t.role not in ("legal", "stop") for t in pa.terms) or not any(
            t.role in DISTINCTIVE_ROLES for t in na.kept):
        return None
    words = [t.word for t in pa.terms]
    in_name = {t.word for t in na.terms}
    spots = place_positions(words) | {n for n, t in enumerate(pa.terms) if t.role == "place"}
    places = [words[n] for n in sorted(spots) if words[n] not in in_name]
    return " ".join([name, *places])


def unit_before_parent(text: str) -> str | None:
    """The unit a typed text names before its parent: the words before the first comma, dash standing apart or
    bracket, when what follows closes with a phrase saying what the unit is of the parent (knowledge/vocab/words.yaml
    `parent_closers`: "Widget Works, Parent subsidiary", "Widget Works (Parent group)", "Widget Works - Parent front
    company", "Widget Works, Parent's asset manager"), or is one word in capitals in brackets, no place (the parent's
    initials: "Widget Works (PHC)"); or the words before "of" when the parent after it begins with a group word
    ("Widget Works of Groupe Parent"). None otherwise, or when the parent's side has no word of a name."""
    words = vocab().words
    m = re.match(r"\s*(.+?)\s*(?:,|\s[-–—]+\s|\()\s*(.+?)\s*\)?\s*$", text)
    if m:
        head, tail = m.group(1).strip(" ,:;\"'“”‘’("), m.group(2)
        folded = [w for w in (re.sub(r"['’]s$", "", c.strip(_EDGE_PUNCT).casefold()) for c in tail.split()) if w]
        closer = next((c for c in words.parent_closers if tuple(folded[-len(c):]) == c and len(folded) > len(c)),
                      None)
        if closer is not None:
            parent = folded[:-len(closer)]
        elif (text.rstrip().endswith(")") and len(tail.split()) == 1 and tail.strip(_EDGE_PUNCT).isupper()
              and tail.strip(_EDGE_PUNCT).isalpha() and not place_positions([folded[0]] if folded else [])
              and not any(t.role == "place" for t in analyse(tail).terms)):
            parent = folded
        else:
            parent = []
        if head and parent and any(t.role not in ("legal", "stop") for t in analyse(" ".join(parent)).terms):
            return head
    m = re.match(r"\s*(.+?)\s+of\s+(\S+)\s+(.+?)\s*$", text, flags=re.IGNORECASE)
    if m and m.group(2).casefold() in words.parent_group_words:
        if any(t.role in DISTINCTIVE_ROLES for t in analyse(m.group(3)).kept):
            return m.group(1).strip(_EDGE_PUNCT)
    return None


def of_parts(text: str) -> list[tuple[str, str]]:
    """Each way a text reads as two names joined by "of" ("Widget Works of Parent Holding Company"): (the words
    before it, the words after)."""
    chunks = text.split()
    out = []
    for k, c in enumerate(chunks):
        if c.casefold() == "of" and 0 < k < len(chunks) - 1:
            head, tail = " ".join(chunks[:k]).strip(_EDGE_PUNCT), " ".join(chunks[k + 1:]).strip(_EDGE_PUNCT)
            if head and tail:
                out.append((head, tail))
    return out


NAME_THEN_PLACE_MAX = 5      # words of where a company is, after its name ("Nyanga, Zimbabwe", "in Mogadishu")


def name_then_place(text: str) -> list[tuple[str, str]]:
    """A typed name followed by where the company is, after a comma, in brackets, after "in" or after the name's
    last word ("Widget Farm, Nyanga, Zimbabwe", "Widget Enterprises (Zimbabwe)", "Widget Telephone Co in Mogadishu",
    "Widget TV Center Peshawar"): each (name, places) the text may be read as, the words after the name places only
    (`address_countries` finds where they are)."""
    terms = [t for t in analyse(text).terms if t.role != "stop"]
    words = [t.word for t in terms]
    if not words or not (terms[-1].role == "place" or len(words) - 1 in place_positions(words)
                         or town_countries((words[-1],))):
        return []                 # (it ends in a place, or it is no such text)
    chunks = text.split()
    out = []
    for k in range(len(chunks) - 1, max(0, len(chunks) - 1 - NAME_THEN_PLACE_MAX), -1):
        head = " ".join(chunks[:k]).strip(" ,;:-–—(")
        rest = chunks[k:]
        if rest[0].casefold() == "in":
            rest = rest[1:]
        tail = " ".join(rest).strip(" ,;:-–—()")
        if head and tail and _places_only(tail):
            out.append((head, tail))
    return out


# "in" as English, Spanish, French and Italian write it before where something is: the words after it, up to a comma
# or a dash, may say where the company named before it is ("Widget Bank in Damascus, is that sanctioned?")
IN_WORDS = ("in", "en")
PLACE_IN_MAX = 3        # a place's words after "in" ("Ras al Khaimah")


def place_in_request(text: str) -> list[tuple[str, str]]:
    """A name inside a request, typed with where the company is after "in" ("en"), the place closed by a comma or a
    dash and the request going on after it ("Widget Supermarket in Banjul - is this one sanctioned?", "the remitter
    is Widget Bank in Damascus, is that sanctioned??", "Almacén Widget en Maicao, ¿está en la lista?"):
    `name_then_place` reads such a place only closing the text, and left in, the place is read as words of the name
    and the request's words after it as more. Each (the words before "in", the places), the words between "in" and
    the comma or dash places only (`_places_only`); what follows them is what the asker adds, whatever its words, as
    `asked_name` reads a sentence after a question mark."""
    chunks = text.split()
    out = []
    for k in range(1, len(chunks) - 2):
        if chunks[k].casefold() not in IN_WORDS:
            continue
        for m in range(k + 1, min(len(chunks) - 1, k + 1 + PLACE_IN_MAX)):
            if chunks[m].endswith(","):
                after = m + 1
            elif chunks[m + 1] in _DASHES:
                after = m + 2
            else:
                continue
            head = " ".join(chunks[:k]).strip(" ,;:-–—(")
            tail = " ".join(chunks[k + 1:m + 1]).strip(" ,;:-–—()")
            if head and tail and after < len(chunks) and _places_only(tail):
                out.append((head, tail))
            break
    return out


_BRACKETED_RE = re.compile(r"\s*\(([^()]+)\)")


def bracketed_places(text: str) -> list[tuple[str, str]]:
    """Where a company is, in brackets inside a longer text ("is Widget Holdings (BVI) on the list?"): each (the
    text without the brackets, the places), the words in brackets places only (`_places_only`)."""
    return [(text[:m.start()] + text[m.end():], m.group(1).strip()) for m in _BRACKETED_RE.finditer(text)
            if m.group(1).strip() and _places_only(m.group(1).strip())]


def _places_only(tail: str) -> bool:
    """Words that say where only: places (or a town of towns.txt), or an address written "Town, Country", the town a
    word or two no company word or legal form ("Nyanga, Zimbabwe")."""
    def places(part: str) -> bool:
        terms = [t for t in analyse(part).terms if t.role != "stop"]
        words = [t.word for t in terms]
        spots = place_positions(words) | {n for n, t in enumerate(terms) if t.role == "place"}
        return bool(words) and (len(spots) == len(words) or bool(town_countries(tuple(words))))

    def town(x: str) -> bool:   # a word or two that no company word or legal form is: a town's name
        return len(x.split()) <= 2 and all(t.role in ("name", "place", "stop") for t in analyse(x).terms)

    if places(tail):
        return True
    parts = [x.strip() for x in tail.split(",")]
    if len(parts) >= 2 and all(parts) and places(parts[-1]) and all(town(x) for x in parts[:-1]):
        return True
    # the same typed without its comma ("Nyanga Zimbabwe"): a town of one or two words, then its country
    chunks = tail.split()
    return len(parts) == 1 and any(places(" ".join(chunks[n:])) and town(" ".join(chunks[:n]))
                                   for n in (1, 2) if len(chunks) > n)


def address_countries(text: str) -> frozenset[str]:
    """The codes of the countries the words after a name's legal form say it is in: its places (`where_words`:
    "valletta malta", "deira dubai"), or, written alone, a town's name (towns.txt: "Birkirkara") or a country's
    two-letter code in capitals ("HK"), which rigour's territories know (a name pasted with its address)."""
    found = where_words(text)
    if found:
        return found
    words = tuple(t.word for t in analyse(text).terms if t.role != "stop")
    if words and (town := town_countries(words)):
        return frozenset(c.partition("-")[0] for c in town)
    code = text.strip(" ,.;:()")
    if len(code) == 2 and code.isalpha() and code.isupper():
        from rigour.territories import get_territory
        t = get_territory(code.lower())
        if t is not None:
            return frozenset({t.code.partition("-")[0]})
    return frozenset()


def paren_variants(alias: str) -> list[tuple[str, str]]:
    """Other forms of a name with parentheses. An abbreviation in parentheses is a name of its own, and the name
    without it another: 'Academy of Aerospace Solid Propulsion Technology (AASPT)'. Anything else in parentheses (a
    place: '... International (Beijing) Corporation') is part of the name and stays: it tells a subsidiary from its
    parent. '(formerly X)' gives the former name X."""
    out: list[tuple[str, str]] = []
    inner = _PAREN_RE.findall(alias)
    if not inner:
        return out
    abbreviations = []
    for part in inner:
        part = part.strip()
        m = re.match(r"(?i)^(?:formerly|f\.?k\.?a\.?|previously)\s*:?\s*(.+)$", part)
        if m:
            out.append((m.group(1).strip(), "former"))
            abbreviations.append(part)
        elif (re.fullmatch(r"[A-Z0-9][A-Za-z0-9&\-.]{1,11}", part) and sum(c.isupper() for c in part) >= 2
              and not any(t.role == "place" for t in analyse(part).terms) and abbreviates_name(part, alias)):
            out.append((part, "abbreviation"))
            abbreviations.append(part)
    if abbreviations:
        bare = alias
        for part in abbreviations:
            bare = bare.replace(f"({part})", " ")
        bare = re.sub(r"\s+", " ", bare).strip(" ,")
        if bare and bare != alias:
            out.append((bare, "name"))
    return out
