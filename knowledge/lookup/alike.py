"""How alike two words are, read one by one: a typo, a slip, a sound, a romanisation, a cognate, an abbreviation or a
contraction of a word of a name, or a compound that makes another name. The word-level judgements the index builds
its evidence from."""
from __future__ import annotations

import os
import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein
from rigour.addresses import address_fingerprint
from rigour.text.translit import ascii_text

from .normalise import (DISTINCTIVE_ROLES, abbreviates, analyse, consonants, is_abjad, long_vowels_agree, is_latin,
                        match_words, other_places, phonetic, romanised, same_word, korean_romanised,
                        revised_korean_keys, german_romanised, russian_romanised, translated_word)
from .english import english_lemmas, is_english_word, two_english_words

TYPO_MIN_LEN = 5             # shorter words must be spelt right: "dji" is not "djo"
TYPO_MIN_RATIO = 0.8
SLIP_MIN_LEN = 6             # a word this long with one slip in it...
SLIP_SIM = 0.9               # ...is as alike as a ten-letter word with one
INFIX_MIN_LEN = 3            # letters written inside a word that make it another word, no typo of it
STEM_MIN_LEN = 6             # a shared beginning this long, and...
STEM_SHARE = 0.75            # ...this share of the shorter word, is one word with another ending...
STEM_SIM = TYPO_MIN_RATIO    # ...as alike as the farthest typo
COGNATE_SIM = 0.9            # an English word and its Romance cognate ('Editions', "EDICIONES") are as alike as one
                             # slip in a long word: one word spelt by two languages' rules, not another ending of it
FOUND_SIM = 0.8              # a query word this close to a distinctive word of the name is that word
ABBREVIATION_SIM = 0.9       # 'Ind.' for 'Industry', 'Sci' for 'Science'
SOUND_SIM = 0.85             # transliterations that sound alike ('Qeshm'/'Gheshm')...
SOUND_MIN_CODE = 3           # ...in a sound code of three letters at least: 'Midea' and 'Maute' share only 'MT'
ROMANISED_LONG = 6           # a romanised skeleton this long ('prmsrmprt') is one name's...
ROMANISED_LONG_SIM = 0.9     # ...and counts like an abbreviation of it
RUSSIAN_MIN_KEY = 4          # a key of a Latin word as Russian writes it ('akvnk' of 'Aquanika') this long
KOREAN_MIN_KEY = 4           # a Korean key ('jnsng' of 'Chinsong' and 'Jinsong') this long brings candidates
ABJAD = "consonants"         # an Arabic-script word and a romanisation with its consonants ('جند'/'Jund')...
SHORT_ABJAD = "consonants (short)"
ABJAD_MIN_LEN = 3            # ...of three consonants or more bring candidates
ABJAD_SIM = ROMANISED_LONG_SIM   # as sure as a long romanised skeleton: the script writes every consonant
CONTRACTED_MIN_LEN = 3       # a company word written without its vowels ('Trdg', 'Consltg') is this long...
CONTRACTED_MAX_LEN = 8       # ...at most this long...
CONTRACTED_DROPPED = 2       # ...and leaves out this many of its letters at least ('Engy', "Energy")


@lru_cache(maxsize=50_000)
def ascii_word(word: str) -> str:
    """The word casefolded, its accents dropped ('Médica' "medica")."""
    return ascii_text(word).casefold()


@lru_cache(maxsize=20_000)
def may_contract(word: str) -> bool:
    """The word may be a contraction (`Index.contracted_from`): no dictionary word, at most one vowel kept between its
    first and last letters."""
    return (CONTRACTED_MIN_LEN <= len(word) <= CONTRACTED_MAX_LEN and word.isalpha() and word.isascii()
            and sum(c in "aeiouy" for c in word[1:-1]) <= 1 and not is_english_word(word))


def contracts_word(word: str, w: str) -> bool:
    """`word` (which `may_contract`) is `w` contracted: its first and last letters, others of it in order between,
    two letters left out at least ('Trdg' for "Trading"; 'Cnsl' is no "Consulting")."""
    return bool(w) and w[-1] == word[-1] and len(w) - len(word) >= CONTRACTED_DROPPED and w.isalpha() and abbreviates(word, w)


@lru_cache(maxsize=4096)
def legal_word(word: str) -> bool:
    """rigour reads the word as a legal form ("ltd", "limited", "co")."""
    terms = analyse(word).terms
    return bool(terms) and all(t.role == "legal" for t in terms)


def compound_elsewhere(words: list[str], n: int, aw: str, arole: str) -> bool:
    """A word of the name that is the query's dictionary word `words[n]` with another dictionary word written after
    it (or two), the query saying nothing of that other word, is a compound that makes another name, not that word
    with an ending: "Global" does not stand for 'Globalink' (global + ink), nor "Harbor" for 'Harborline', though
    "Harbor Line" (or "Harborline") does. A word with an ending is no compound ('transporting'), nor is a company
    word's foreign form ('Transportadora'), nor a company word ('Airlines' of "Air", matched by its symbol)."""
    rem = _compound_rest(words[n], aw) if arole in DISTINCTIVE_ROLES else ""
    # (the other word may share a letter with the first: 'Globalink' is "Global Link")
    return bool(rem) and not any("".join(words[m:m + k]).endswith(rem)
                                 for m in range(len(words)) if m != n for k in (1, 2, 3))


@lru_cache(maxsize=100_000)
def _compound_rest(qw: str, aw: str) -> str:
    """What follows dictionary word `qw` at the start of `aw` when that is a dictionary word too, or two, each of three
    letters or more ('ink' of 'globalink' after 'global'); "" otherwise, and for one word with an ending ('ing' of
    'transporting', both of 'transport')."""
    rest = aw[len(qw):]
    if (len(qw) < 3 or len(rest) < 3 or not aw.startswith(qw) or not aw.isalpha() or not is_latin(aw)
            or not is_english_word(qw) or english_lemmas(aw) & english_lemmas(qw)):
        return ""
    return rest if is_english_word(rest) or two_dictionary_words(rest) else ""


def two_dictionary_words(word: str) -> bool:
    """Two dictionary words written as one, each of three letters or more: "Maplewood", "Silverline"."""
    return any(is_english_word(word[:k]) and is_english_word(word[k:]) for k in range(3, len(word) - 2))


def says_which(word: str) -> bool:
    """A lone Latin letter is not a word a short form of a name must keep: the Persian "-e" of "Bank-e Shahr" is
    "Shahr Bank". (It still tells names apart when the query has another word in its place: "Tet Kham (S)".)"""
    return len(word) > 1 or not is_latin(word)


def same_term(qw: str, aw: str) -> bool:
    """Two words rigour gives one symbol are one word when they are one word written otherwise, not synonyms:
    'Hezbollah' and 'Hizballah' (both HEZBOLLAH, they sound alike), 'Qaida' and 'Kaida'; not 'oil' and
    'petrochemical' (both OIL). A company word of another language (knowledge/vocab/words.yaml `company_words`) is
    its symbol's English word translated, no synonym: 'Bimeh' is 'Insurance' (not 'San', which rigour reads as
    TRADE in 'San ve Tic'), and so is a word of another language rigour itself files under an English word's symbol
    ('Escuela' is 'School', `_foreign_word_for`)."""
    return (same_word(qw, aw) or word_similarity(qw, "generic", aw, "generic")[0] >= FOUND_SIM
            or _translation(qw, aw) or _translation(aw, qw) or _foreign_word_for(qw, aw) or _foreign_word_for(aw, qw))


def _translation(word: str, other: str) -> bool:
    return translated_word(word) and (translated_word(other) or is_english_word(other))


def _foreign_word_for(word: str, english: str) -> bool:
    """rigour files words of many languages under one symbol: a word in Latin letters no English dictionary has,
    beginning otherwise than an English word of its symbol, is that word in another language ('escuela' and 'school'
    are DOMAIN:SCHOOL). One beginning alike is a misspelling or another word ('Petroliam' is a misspelt 'petroleum',
    no 'petrochemical', though both are @OIL; 'IRGC' is no word but initials: five letters, two vowels at least)."""
    return (word.isalpha() and is_latin(word) and len(word) >= 5 and sum(c in "aeiou" for c in word) >= 2
            and is_english_word(english) and not is_english_word(word) and word[:3] != english[:3])


@lru_cache(maxsize=500_000)
def word_similarity(qw: str, qrole: str, aw: str, arole: str) -> tuple[float, str]:
    if qw == aw:
        return 1.0, "exact"          # the same word, tagged differently in a phrase ("group of companies")
    if "place" == qrole == arole and other_places(qw, aw):
        return 0.0, ""               # two places rigour tells apart, however alike they sound
    if is_abjad(qw) and is_latin(aw) and "number" not in (qrole, arole):
        shared = set(consonants(qw)) & set(consonants(aw))
        if not shared:
            return 0.0, ""
        return (ABJAD_SIM if long_vowels_agree(qw, aw) else SOUND_SIM,
                ABJAD if max(map(len, shared)) >= ABJAD_MIN_LEN else SHORT_ABJAD)
    if "number" in (qrole, arole) or not (is_latin(qw) and is_latin(aw)):
        return 0.0, ""
    # abbreviations of company words ('Ind.', 'Mfg'), not of names: 'Sam' does not abbreviate 'Samsung'; a word of a
    # name abbreviates a company word only cut short ('IND.' for 'Industries'; 'STG' is not 'Stichting')
    # two dictionary words, neither a form of the other, are two words: "Electric" neither abbreviates nor misspells
    # "Electronics", though its letters are in it and they begin alike ("Electronic" is one word with it)
    two_words = two_english_words(qw, aw)
    if (min(len(qw), len(aw)) >= 3 and not (two_words and min(len(qw), len(aw)) >= STEM_MIN_LEN)
            and ((arole == "generic" and abbreviates(qw, aw))
                 or (qrole == "generic" and abbreviates(aw, qw) and (arole == "generic" or qw.startswith(aw))))):
        return ABBREVIATION_SIM, "abbreviation"
    if _address_short_form(qw, aw) or _address_short_form(aw, qw):
        return ABBREVIATION_SIM, "abbreviation"      # an address word and its short form: 'Ave' for 'Avenue'
    rk = romanised(qw)
    if len(rk) >= ROMANISED_LONG and rk == romanised(aw):
        return ROMANISED_LONG_SIM, "romanised"       # a long skeleton is one name: 'Promsyryeimport'
    if len(qw) >= 4 and len(aw) >= 4 and not two_words:
        r = fuzz.ratio(qw, aw)
        # a typo keeps a word's first letter, or changes one letter only: a word alike but beginning otherwise is
        # another word ("Internacionales" is not "Nacionales", "Escondido" not "Desconocido"; "Gorvex" is "Korvex")
        if (r >= TYPO_MIN_RATIO * 100 and (qw[0] == aw[0] or Levenshtein.distance(qw, aw) <= 1)
                and not infixed(qw, aw)):
            return typo_similarity(qw, aw, r / 100.0), "typo"
        if swapped(qw, aw):
            # two letters swapped is one slip at the keyboard however short the word, its letters all there: 'Veiw'
            # for "View" beside the name's other words (alone, a short word must still be spelt right)
            return SLIP_SIM, "typo"
    if sound_slip(qw, aw):
        # a word spelt by its sound, a doubled consonant written once or a consonant for one that sounds alike:
        # 'Poso' for "Posso", 'Meza' for "Mesa" (alone, a short word must still be spelt right)
        return SOUND_SIM, "sound"
    if (qrole == "generic" and arole == "name" and len(qw) >= STEM_MIN_LEN and len(aw) > len(qw)
            and aw.startswith(qw) and not is_english_word(aw) and not two_dictionary_words(aw)):
        # a company word that begins a word of the name no dictionary has is that word in the name's language, with
        # its ending: 'transport' of 'Transportadora' (not 'global' of 'Globalink', two words written as one)
        return STEM_SIM, "stem"
    if qrole == "generic" and arole in DISTINCTIVE_ROLES:
        return 0.0, ""               # a company word spelt right sounds like a name's word by chance ('Media'/'Madi')
    short = min(len(qw), len(aw))
    if (short >= STEM_MIN_LEN and not two_words
            and len(os.path.commonprefix((qw, aw))) >= max(STEM_MIN_LEN, STEM_SHARE * short)):
        # one word with another ending: 'Sanatory' (Санаторий) and 'Sanatorium'
        return STEM_SIM, "stem"
    if short >= STEM_MIN_LEN and cognates(qw, aw):
        # an English word and its cognate in a Romance language, spelt by that language's rules: 'Specialized' and
        # 'Especializados', 'Spirit' and 'Espiritu', 'Editions' and 'Ediciones' (Turkish 'Elektronik' is spelt so too)
        return COGNATE_SIM, "stem"
    ph = phonetic(qw)
    if (ph and ph == phonetic(aw) and len(ph) >= SOUND_MIN_CODE and not two_words
            and not initials_heard(qw, aw)):
        return SOUND_SIM, "sound"
    if len(rk) >= 2 and rk == romanised(aw):
        return SOUND_SIM, "romanised"
    kk = korean_romanised(qw)
    if len(kk) >= KOREAN_MIN_KEY and kk == korean_romanised(aw):
        return (ROMANISED_LONG_SIM if len(kk) >= ROMANISED_LONG else SOUND_SIM), "romanised"
    rr = [k for k in revised_korean_keys(qw) if len(k) >= KOREAN_MIN_KEY]
    if rr and (akeys := {romanised(aw), korean_romanised(aw)}).intersection(rr):
        # a Korean name in the Revised Romanisation: 'Geumsan' for "KUMSAN" (`revised_korean_keys`)
        return (ROMANISED_LONG_SIM if max(len(k) for k in akeys.intersection(rr)) >= ROMANISED_LONG
                else SOUND_SIM), "romanised"
    gk = german_romanised(qw) if "sch" in qw else ""
    if len(gk) >= ROMANISED_LONG and gk == german_romanised(aw):
        return ROMANISED_LONG_SIM, "romanised"      # Russian in German transliteration: 'Tschernomorneftegas'
    if len(rk) >= RUSSIAN_MIN_KEY and rk in russian_romanised(aw):
        # a Latin name as Russian writes it, typed in Cyrillic: 'akvanika' ("Акваника") for "Aquanika"
        return (ROMANISED_LONG_SIM if len(rk) >= ROMANISED_LONG else SOUND_SIM), "romanised"
    return 0.0, ""


# The spellings that tell an English word from its cognate in Spanish, Portuguese, French or Italian: Greek "ph",
# "th", "y" and "k" written "f", "t", "i" and "c"; "qu" and "ch" for one "c"/"k" sound; "z" written "s"; a doubled
# letter written once; "-tion" written "-cion"/"-cao"; an "e" before "s" and a consonant opening a word (Spanish
# "especial", "estilo" for "special", "style")
_COGNATE_SPELLINGS = (("ph", "f"), ("th", "t"), ("qu", "c"), ("ch", "c"), ("k", "c"), ("y", "i"), ("z", "s"))
_COGNATE_ENDINGS = re.compile(r"(?:cion|cao)")


@lru_cache(maxsize=100_000)
def cognate_key(word: str) -> str:
    """A word written by the spelling rules an English word and its Romance cognate share (_COGNATE_SPELLINGS)."""
    for old, new in _COGNATE_SPELLINGS:
        word = word.replace(old, new)
    word = _COGNATE_ENDINGS.sub("tion", degeminated(word))
    if len(word) > 3 and word.startswith("es") and word[2] not in "aeiou":
        word = word[1:]
    return word


def cognates(a: str, b: str) -> bool:
    """An English word and a word of no dictionary, one with another ending once both are written by the spelling
    rules they share (`cognate_key`): a shared beginning as long as a stem's (STEM_MIN_LEN letters, STEM_SHARE of the
    shorter word). The other word is not the English word with another dictionary word written after it
    ('Globalway' is "global" and "way", no cognate of 'Global')."""
    if is_english_word(a) == is_english_word(b):
        return False
    english, other = (a, b) if is_english_word(a) else (b, a)
    if other.startswith(english) and is_english_word(other[len(english):]):
        return False
    x, y = cognate_key(a), cognate_key(b)
    short = min(len(x), len(y))
    return short >= STEM_MIN_LEN and len(os.path.commonprefix((x, y))) >= max(STEM_MIN_LEN, STEM_SHARE * short)


def typo_similarity(a: str, b: str, ratio: float) -> float:
    """How alike a word and its typo are: their letters' ratio, but one slip (a letter changed, dropped, added, or two
    swapped), the first letter kept, is as sure in a short word as in a long one ("Kelvax" for "Kelvaz": the ratio
    of a six-letter word with one letter changed is that of a long word with two)."""
    if a[:1] == b[:1] and min(len(a), len(b)) >= SLIP_MIN_LEN and DamerauLevenshtein.distance(a, b) == 1:
        return max(ratio, SLIP_SIM)
    return ratio


_DOTTED_WORD_RE = re.compile(r"(?<![.\w])([^\W\d_]+)\.(?=\s|$)")


@lru_cache(maxsize=20_000)
def dotted_words(text: str) -> frozenset[str]:
    """The words of a typed name closed by a dot, as the lookup compares them: abbreviations ("Urb.", "Fco.", "S."),
    not dotted initials ("S.A.")."""
    return frozenset(w for m in _DOTTED_WORD_RE.finditer(text) for w in match_words(analyse(m.group(1)).kept))


def dotted_short_form(short: str, long: str) -> bool:
    """`short`, written with a dot, abbreviates the word `long`: its initial ("S." for "San"), its first letters (cut
    short: "Urb." for "Urbanizadora") or its first and last letters with others of it in order between (contracted:
    "Fco." for "Francisco", "Sra." for "Señora")."""
    return (short.isalpha() and long.isalpha() and is_latin(short) and is_latin(long) and len(long) > len(short)
            and (long.startswith(short) or (abbreviates(short, long) and short[-1] == long[-1])))


def consonant_added(typed: str, listed: str) -> bool:
    """`typed` is the short Latin word `listed` (SLIP_MIN_LEN letters or fewer) with one letter added, its first kept,
    and that letter changes the word's consonants (`romanised`): no doubled letter, no vowel ('mizkan' and 'mizan',
    not 'mizzan' nor 'mizana')."""
    return (is_latin(typed) and is_latin(listed) and typed.isalpha() and listed.isalpha()
            and TYPO_MIN_LEN <= len(listed) <= SLIP_MIN_LEN and len(typed) == len(listed) + 1
            and typed[:1] == listed[:1] and Levenshtein.distance(typed, listed) == 1
            and romanised(typed) != romanised(listed))


def vowel_changed(a: str, b: str) -> bool:
    """`a` is `b` with one vowel written for another, nothing else changed ('roshen', 'roshan')."""
    if len(a) != len(b) or Levenshtein.distance(a, b) != 1:
        return False
    k = _first_change(a, b)
    return a[k] in "aeiou" and b[k] in "aeiou"


VOWEL_WRITING_SCRIPTS = frozenset({"Cyrillic", "Greek"})   # alphabets that write every vowel, transliterated letter
                                                          # for letter


_DOUBLED_RE = re.compile(r"(.)\1+")
_VOWEL_RE = re.compile(r"[aeiouy]")


def initials_heard(typed: str, listed: str) -> bool:
    """A listed word of no vowel is initials, read letter by letter ("GBNTT"), not said as a word: a typed word with
    vowels that sounds as its letters do ('Kubanatu', metaphone KBNT as "GBNTT") is another name, not that one. Read
    for rigour's metaphone only: the consonant skeleton (`romanised`, 'kbnt') of initials was tried in lk85 and left
    as it was (it un-capped another candidate of a Korean query, a false match).
    (Typed without vowels too, it may be those initials in another script: Greek 'ντρκ' for "DRC".)"""
    return not _VOWEL_RE.search(listed) and bool(_VOWEL_RE.search(typed))


def sound_slip(a: str, b: str) -> bool:
    """Two words, the first letter kept, that are one word spelt by its sound: a doubled consonant written once ('Poso'
    for "Posso", 'Isa' for "Issa") or, in words of four letters or more, one consonant for another that sounds alike
    ('Meza' for "Mesa", rigour's metaphone the same). A vowel changed is no such slip: it may be another word."""
    if a == b or min(len(a), len(b)) < 3 or not (a.isalpha() and b.isalpha()):
        return False
    if a[:1] != b[:1]:
        # (a first consonant for one that sounds alike, the rest as written, is the word spelt by its sound too:
        # 'Kali' for "Cali"; a vowel or another sound is another word)
        return (len(a) == len(b) >= 4 and a[1:] == b[1:] and a[0] not in "aeiouy" and b[0] not in "aeiouy"
                and is_latin(a) and is_latin(b) and phonetic(a) == phonetic(b))
    if not (is_latin(a) and is_latin(b)):
        return False
    if degeminated(a) == degeminated(b) and Levenshtein.distance(a, b) == 1:
        return (max(a, b, key=len)[_first_change(a, b)] not in "aeiou")
    if min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b) and Levenshtein.distance(a, b) == 1:
        k = _first_change(a, b)
        return a[k] not in "aeiouy" and b[k] not in "aeiouy" and phonetic(a) == phonetic(b)
    return False


def degeminated(word: str) -> str:
    """The word with each doubled letter written once ('posso' 'poso')."""
    return _DOUBLED_RE.sub(r"\1", word)


def _first_change(a: str, b: str) -> int:
    return next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def swapped(a: str, b: str) -> bool:
    """`a` is `b` with two letters side by side swapped, the first letter kept ('veiw' and 'view'): one edit to
    Damerau-Levenshtein, two to Levenshtein, the lengths the same."""
    return (len(a) == len(b) and a[:1] == b[:1] and DamerauLevenshtein.distance(a, b) == 1
            and Levenshtein.distance(a, b) == 2)


def infixed(a: str, b: str) -> bool:
    """One word is the other with a run of INFIX_MIN_LEN letters or more written inside it: another word, no typo
    ("Conquistadora" is not "Contadora": a typo drops or adds a letter or two, never a syllable in the middle)."""
    short, long = sorted((a, b), key=len)
    k = len(long) - len(short)
    if k < INFIX_MIN_LEN:
        return False
    return any(long[:i] == short[:i] and long[i + k:] == short[i:] for i in range(1, len(short)))


def _address_short_form(short: str, long: str) -> bool:
    """`short` is the short form of the address word `long` (rigour's address fingerprint: 'ave' and 'av' of
    'avenue', 'st' of 'street', 'rd' of 'road'; names of buildings name companies: '1425 Brickell Ave ... LLC'), cut
    short from it or that fingerprint itself (not another word rigour gives the same one: 'plaza' and 'square')."""
    if not (2 <= len(short) < len(long)) or not (short.isalpha() and long.isalpha()):
        return False
    fp = word_address_fingerprint(long)
    return bool(fp) and fp == word_address_fingerprint(short) and (long.startswith(short) or short == fp)


@lru_cache(maxsize=50_000)
def word_address_fingerprint(word: str) -> str:
    return address_fingerprint(word) or ""
