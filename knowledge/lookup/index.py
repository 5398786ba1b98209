"""The in-memory name index: every name and alias of every entity, analysed once; an immutable snapshot, swapped
whole after a write. Finds candidates and gathers the evidence `score.score` turns into a score."""
from __future__ import annotations

import bisect
import itertools
import math
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import combinations

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein
from rigour.text.scripts import text_scripts
from rigour.text.translit import ascii_text

from knowledge.models import Listing
from knowledge.vocab import vocab

from .normalise import (DISTINCTIVE_ROLES, NAME_ROLES, Analysed, _bigrams, abbreviates, abbreviates_name, analyse,
                        analyse_typed, consonants, town_countries, is_abjad, long_vowels_agree, pinyin_forms,
                        without_own_abbreviation, is_cjk, is_latin, match_symbols, pinyin_word, match_tokens,
                        match_words, other_places, paren_variants, phonetic, place_codes, place_spans, romanised,
                        korean_romanised, revised_korean_keys, german_romanised, russian_romanised, is_territory_name,
                        before_address, camel_apart, said_countries, address_countries, asked_name, legal_classes,
                        index_inverted, hangul_revised, hangul_other, _EDGE_PUNCT)
from .english import english_lemmas, is_english_word, two_english_words
from .alike import (ABBREVIATION_SIM, ABJAD, ABJAD_MIN_LEN, ABJAD_SIM, COGNATE_SIM, FOUND_SIM, INFIX_MIN_LEN,
                    KOREAN_MIN_KEY, ROMANISED_LONG, ROMANISED_LONG_SIM, RUSSIAN_MIN_KEY, SHORT_ABJAD, SOUND_MIN_CODE,
                    SOUND_SIM, STEM_MIN_LEN, TYPO_MIN_LEN, TYPO_MIN_RATIO, VOWEL_WRITING_SCRIPTS, cognate_key, cognates,
                    compound_elsewhere, consonant_added, contracts_word, degeminated, dotted_short_form, dotted_words,
                    infixed, initials_heard, may_contract, same_term, says_which, sound_slip, typo_similarity,
                    vowel_changed, word_similarity)
from .readings import typed_words
from .towns import BRANCH_AFTER_MAX, BRANCH_ALONE_NOT, names_a_town, unknown_town
from .score import BELOW, EXACT_TIERS, Evidence, Params, tokens_score
from .skeleton import SkeletonIndex
from .forms import (ACRONYM_MAX_LEN, NO_LEGAL_FORM, OCR_MIN_LEN, PHRASE_MAX_WORDS, TRUNCATED_MAX, _coined,
                    _skeleton_targets, has_legal_forms, legal_forms, legal_texts, reads_whole, skeleton)
from .requests import RequestReadings

COMPANY_TYPO_MIN_LEN = 6     # a misspelt company word ("Desing"): shorter ones are too alike ("Sales", "Sails")
LEGAL_TYPO_MIN_RATIO = 0.85  # a misspelt legal form ("Coporation", "Compnay"); closer than a typo of a name
MAX_POSTINGS = 3000          # a word on more aliases than this does not bring candidates on its own
COMMON_POSTINGS = 200        # ...and one on more than this only with another word of the query
PREFIX_MAX_CANDIDATES = 500  # what is typed so far brings no more candidates than this...
PREFIX_KEEP = 100            # ...and the ones explaining most of it are scored
PREFIX_POSTINGS = 50         # aliases one word of it brings
SYNONYM_SIM = 0.75           # two words sharing only a symbol ('petrochemical' and 'oil' are both @OIL)
TRUNCATION_SIM = 0.85        # 'Admin' for 'Administration': a word of a name cut short
SOUND_APART_RATIO = 0.6      # two words whose letters are this far apart are alike by sound alone (SOUND_SIM)
LISTED_SPELLING_RATIO = 0.7  # two words of one entity's names this alike are spellings of one name...
LISTED_SPELLING_MIN_LEN = 6  # ...when this long: short words differing by a letter or two are often two names
PINYIN_MIN_LEN = 4           # a Chinese-script word's pinyin this long is a word of the registry's ('kunlun')
SHORT_ROMANISED = "romanised (short)"
SHORT_ABJAD_MAX = 200        # registry words of two consonants (SHORT_ABJAD) looked at among ('sr': 'thawra', 'sira')
TRANSLITERATED_HOW = ("sound", "romanised", "typo", ABJAD)   # how a word of a name typed in another script is found
TRANSLITERATED_MIN_LEN = 5   # ...this long at least (in the script typed) to count as that word...
TRANSLITERATED_SIM = 0.87    # ...this sure: above a Latin spelling by sound, under a long romanised skeleton or a
                             # skeleton whose long vowels agree, still the better reading ('زمارد' ZUMARD, not ZUMMRD)
ALIKE_MAX = 40               # registry words one sound or romanised skeleton brings for a query word
ABBREVIATION_MAX_LEN = 5     # a word this long at most may abbreviate any company word it begins ('sci', 'dev')
CUT_SHORT_MAX_LEN = 8        # a word no dictionary or registry has, this long at most, may be a word cut short
AS_WRITTEN = ("exact", "confusable", "joined:2")   # how an acronym may be found
TYPED_SO_FAR = ("prefix", "typo prefix")           # how the word being typed (autocomplete) is found
APART_ANCHOR = 2             # letters two words written as one keep at each end ('alam' 'hoda': 'al...da')
PART_MIN_WORDS = 3           # words in a row that are part of a name with one distinctive word among them...
PART_MIN_SHARE = 0.5         # ...weighing this share of the name at least
NAMED_AFTER_PLACES = ("vessel", "aircraft")   # kinds of listed things often named after a place
PLAIN_MAX_WORDS = 2          # a query of company words this short names a name only as written
COINED_MIN_LEN = 6           # a coined word this long, of one entity's names only, says which entity
LEADING_MIN_WORDS = 2        # the first words of a name this many at least, a coined word among them, are that name
DESCRIBED_MIN_NAMES = 2      # words of a name that, found whole, may be followed by words describing it
FILL_MAX = 40                # candidates whose left-over words are compared (those explaining most of the query)
EVALUATE_MAX = 40            # candidates scored, those explaining most of the query (all of them for a fit)
FILL_MIN_COVER = 0.4         # share of the query a candidate explains before its left-over words are compared
QUALIFIER_ROLES = ("name", "cjk", "number", "generic", "place")   # words whose substitution makes another name
PLACE_FOR_ROLES = ("name", "cjk", "number", "place")    # words of a name a place the query adds may stand for
WHOLE_NAME_ROLES = QUALIFIER_ROLES     # words a name written with its legal form cannot lack
LEFT_OUT_AFTER_FIRST_ROLES = ("generic",)   # words of a name written with its legal form, its first words typed,
                                           # that the query may leave out after them (company words: what it does)
OCR_READ_MIN_LEN = 3         # a typed word this long may be read with the letters a scanner misread ('Oi1', oil)
OCR_READ_MAX_GROUPS = 3      # misread groups of one kind in a word read every way (2 ** 3 readings)
OCR_READ_TIERS = ("literal", "normalised", "reordered")   # exact tiers a name read from misread letters is not


@dataclass
class AliasRec:
    text: str
    kind: str                    # name | alias | former | brand | product | abbreviation | chinese | weak
    entity_id: str
    key: str                     # normalised comparison key
    literal: str                 # words as written
    toks: tuple[str, ...]        # match tokens (Chinese as character pairs)
    roles: tuple[str, ...]
    words: tuple[str, ...]       # the written word of each token (for reasons)
    distinctive: bool            # has a word that says which company (or is a long all-generic name)
    stripped: int = 0            # words normalisation removed (a more literal alias wins a tie)
    legal: tuple[frozenset[str], ...] = ()   # its legal forms (see `legal_forms`)
    acronym: bool = False        # one word made of the entity's name's letters ('CAGL', 'NICO'): compared as written
    legal_text: tuple[str, ...] = ()   # its legal forms as one comparable value (see `legal_texts`)
    optional: frozenset[int] = frozenset()   # words a query may leave out (see `optional_words`)
    article: bool = False        # one word after a stopword, an article ('AL-BARAKAAT', 'ES-SHAHID', 'DER SPIEGEL')


@dataclass
class EntityRec:
    id: str
    name: str
    country: str | None
    type: str | None
    aliases: list[tuple[str, str]] = field(default_factory=list)   # (alias, kind)
    listings: list[Listing] = field(default_factory=list)


def reordered(toks: tuple[str, ...]) -> str:
    return " ".join(sorted(toks))


def is_acronym(toks: tuple[str, ...], names: list[str]) -> bool:
    """An a.k.a. of one short word whose letters are those of one of the entity's names, in order, from one of its
    words: 'CAGL' of 'Compagnie Aerienne des Grands Lacs', 'CENIHF' of '... Centro de Investigacion
    Hortifruticola ...'. A word that sounds like it ('Google') is a coincidence. A word of the name is no acronym of
    it: 'OOO KORDAGAZ' is 'KORDAGAZ LLC' with another legal form, and may be misspelt like it."""
    if not (len(toks) == 1 and 2 <= len(toks[0]) <= ACRONYM_MAX_LEN and toks[0].isalpha() and toks[0].isascii()):
        return False
    for name in names:
        words = [w for w in re.split(r"[^0-9a-z]+", name.lower()) if w]
        if toks[0] in words:
            return False
        if len(words) >= 2 and any(abbreviates_name(toks[0], " ".join(words[k:])) for k in range(len(words))):
            return True
    return False


_TRAILING_INITIALS_RE = re.compile(r"(?:^|[\s,])((?:[^\W\d_]\.){2,3})\s*$")
_LEADING_INITIALS_RE = re.compile(r"^\s*((?:[^\W\d_]\.){2,3})(?=\s)")


def optional_words(text: str, kept, toks: tuple[str, ...]) -> frozenset[int]:
    """The words of a name a query may leave out though they are not company words: a legal form read as a word
    of the name because it stands inside it ("Company" of "TEHRAN GOSTARESH COMPANY, P.J.S."), and initials
    written with dots closing it, where legal forms rigour does not know stand ("K.K." of "ASCOTEC JAPAN K.K.",
    "P.J.S.", "S.A.C.", "E.U.") or opening it ("C.I." of "C.I. OKCOFFEE INTERNATIONAL S.A.S."), and a branch written
    in brackets ("(ZONA LIBRE)")."""
    legal = vocab().words.legal_symbols
    out = {j for j, t in enumerate(kept) if t.symbols & legal and j < len(toks)}
    m = _TRAILING_INITIALS_RE.search(text)
    if m and kept and len(kept) == len(toks) and kept[-1].word == m.group(1).replace(".", "").lower() \
            and len(kept) >= 2:
        out.add(len(kept) - 1)
    m = _LEADING_INITIALS_RE.search(text)
    if m and len(kept) >= 3 and len(kept) == len(toks) and kept[0].word == m.group(1).replace(".", "").lower():
        out.add(0)
    # a branch in brackets (knowledge/vocab/words.yaml `branch_phrases`) says which office of the name: "(ZONA LIBRE)"
    # of "VIDA PANAMA (ZONA LIBRE) S.A."
    if len(kept) == len(toks):
        words = [t.word for t in kept]
        for inner in _BRACKETED_RE.findall(text):
            phrase = tuple(inner.casefold().split())
            if phrase in vocab().words.branch_phrases:
                for k in range(len(words) - len(phrase) + 1):
                    if tuple(words[k:k + len(phrase)]) == phrase and len(words) > len(phrase):
                        out.update(range(k, k + len(phrase)))
    return frozenset(out)


_BRACKETED_RE = re.compile(r"\(([^()]+)\)")


def alias_is_distinctive(roles: tuple[str, ...]) -> bool:
    """A name says which company when it has a distinctive word, or two words or more however generic they are:
    "China Telecom" and "China Aerospace Science and Technology Corporation" are names, "Technology" is not."""
    return any(r in DISTINCTIVE_ROLES for r in roles) or len(roles) >= 2


class Index(RequestReadings):
    @cached_property
    def by_whole_spelling(self) -> SkeletonIndex:
        """The names by their whole romanisation skeleton (knowledge/lookup/skeleton.py), built on first use: only a
        name no other reading found exactly reads it (`_whole_romanised`, the last of `evidence`'s readings), so
        building and loading the index never pay for it."""
        return SkeletonIndex(self.aliases)

    @cached_property
    def by_words_but_one(self) -> dict[str, list[tuple[int, int]]]:
        """The names of two words or more by their tokens in order with one company word left out ("korea yujong *"
        for KOREA YUJONG SHIPPING CO LTD): {key: [(alias, position of the word left out)]}, built on first use, by
        `_company_word_translated` alone (a query of that shape only)."""
        out: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, al in enumerate(self.aliases):
            if len(al.toks) < 2 or al.acronym:
                continue
            for j, (t, r) in enumerate(zip(al.toks, al.roles)):
                if r == "generic" and t[:1] == "@":
                    out[" ".join("*" if k == j else x for k, x in enumerate(al.toks))].append((i, j))
        return dict(out)

    def __init__(self, entities: dict[str, EntityRec]):
        self.entities = entities
        self.aliases: list[AliasRec] = []
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.by_words: dict[str, list[int]] = defaultdict(list)     # the same words in any order
        self.by_skeleton: dict[str, list[int]] = defaultdict(list)
        self.by_compact: dict[str, list[int]] = defaultdict(list)
        self.by_written: dict[str, list[int]] = defaultdict(list)   # every word as written, legal forms too
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.role: dict[str, str] = {}
        self.word_to_tok: dict[str, set[str]] = defaultdict(set)   # written word -> token ("technology" -> @TECH)
        self.cjk_aliases: list[int] = []
        # names of two words or more none of which says which company ("China General Nuclear Power", "Bank
        # Tejarat"), by their first word: free text names them only whole (lookup/text.py)
        self.generic_worded: dict[str, list[int]] = defaultdict(list)
        self.name_alias: dict[str, int] = {}
        self.entity_aliases: dict[str, list[int]] = defaultdict(list)
        self.entity_words: dict[str, set[str]] = defaultdict(set)   # the tokens of all of an entity's names
        legal_words: set[str] = set()
        company_words: set[str] = set()
        for rec in entities.values():
            seen: set[tuple[str, str]] = set()
            names = [(rec.name, "name")] + list(rec.aliases)
            extra = [v for text, _ in names for v in paren_variants(text)]
            for text, kind in names + extra:
                a = analyse(text)
                key = a.key
                if not key or (key, a.literal) in seen:
                    continue
                seen.add((key, a.literal))
                kept = a.kept
                mt = match_tokens(kept)
                toks = tuple(t for t, _ in mt)
                roles = tuple(r for _, r in mt)
                if kind == "name" and roles == ("generic",):
                    # an entity listed under one word rigour knows as a symbol alone is named by it: HIZBALLAH,
                    # AL QA'IDA (rigour's HEZBOLLAH, ALQAEDA), UNIDAS S.A. (UNITED); an a.k.a. of one company word
                    # ("THE BASE", "EN BANK PJSC") is not
                    roles = ("name",)
                i = len(self.aliases)
                legal = legal_forms(a)
                alias = AliasRec(text, kind, rec.id, key, a.literal, toks, roles, match_words(kept),
                                 alias_is_distinctive(roles), max(0, len(a.terms) - len(kept)), legal,
                                 kind != "name" and is_acronym(toks, [t for t, _ in names]), legal_texts(legal),
                                 optional_words(text, kept, toks),
                                 len(kept) == 1 and bool(a.terms) and a.terms[0].role == "stop")
                self.aliases.append(alias)
                if kind == "name" and rec.id not in self.name_alias:
                    self.name_alias[rec.id] = i
                self.entity_aliases[rec.id].append(i)
                self.by_key[key].append(i)
                self.by_words[reordered(toks)].append(i)
                self.by_skeleton[skeleton(key)].append(i)
                # spaces ignored, on the key and on the words as written ("Bi-National" and "Binational")
                for compact in {key.replace(" ", ""), "".join(t.word for t in kept)}:
                    if len(compact) >= 6 or (len(compact) >= HYPHENED_MIN_LEN and _one_hyphened_word(text, compact)):
                        self.by_compact[compact].append(i)
                # a name with its legal form as written, spaces ignored, when rigour reads a legal form in it: the
                # lists write a Chinese name's legal form in pinyin too ("... YOUXIAN GONGSI", of which rigour reads
                # only "gongsi" as one), as a name in Chinese script reads with it ('有限公司', `pinyin_forms`)
                if legal:
                    written = "".join(t.word for t in a.terms)
                    if len(written) >= 6 and written.isascii() and written.isalpha():
                        self.by_written[written].append(i)
                for t, r in mt:
                    self.role.setdefault(t, r)
                for t in set(toks):
                    self.postings[t].append(i)
                self.entity_words[rec.id].update(toks)
                for term in kept:
                    if term.role != "cjk":
                        self.word_to_tok[term.word].add(term.text)
                if any(r == "cjk" or is_cjk(t) for t, r in zip(toks, roles)):
                    self.cjk_aliases.append(i)
                elif alias.distinctive and len(toks) >= 2 and not any(r in DISTINCTIVE_ROLES for r in roles):
                    self.generic_worded[toks[0]].append(i)
                legal_words.update(t.word for t in a.terms
                                   if t.role == "legal" and t.word.isascii() and t.word.isalpha())
                company_words.update(t.word for t in a.terms
                                     if t.role == "generic" and t.word.isascii() and t.word.isalpha())
        self.legal_words = sorted(w for w in legal_words if len(w) >= TYPO_MIN_LEN)
        self.company_words = sorted(w for w in company_words if len(w) >= COMPANY_TYPO_MIN_LEN)
        self.spellings = self._listed_spellings()
        df: dict[str, set[str]] = defaultdict(set)
        for tok, idxs in self.postings.items():
            for i in idxs:
                df[tok].add(self.aliases[i].entity_id)
        self.df = {t: len(ids) for t, ids in df.items()}
        self.words = sorted(self.word_to_tok)
        self.company_words = [w for w in self.words if any(t[:1] == "@" for t in self.word_to_tok[w])]
        self.words_by_len: dict[int, list[str]] = defaultdict(list)
        for w in self.words:
            if not is_cjk(w):
                self.words_by_len[len(w)].append(w)
        self.by_sound: dict[str, list[str]] = defaultdict(list)
        self.by_romanised: dict[str, list[str]] = defaultdict(list)
        self.by_korean: dict[str, list[str]] = defaultdict(list)    # words a Korean key differs from their `romanised`
        self.by_german: dict[str, list[str]] = defaultdict(list)    # words a German key differs from their `romanised`
        self.by_russian: dict[str, list[str]] = defaultdict(list)   # words by their keys as Russian writes them
        self.by_degeminated: dict[str, list[str]] = defaultdict(list)   # words by `degeminated`
        # words of a stem's length at least by the beginning of their `cognate_key` ('especializados' and
        # 'specialized' both under "specia")
        self.by_cognate: dict[str, list[str]] = defaultdict(list)
        for w in self.words:
            ph = phonetic(w)
            if len(w) >= 4 and len(ph) >= 2:
                self.by_sound[ph].append(w)
            rk = romanised(w)
            if len(w) >= 3 and len(rk) >= 2:
                self.by_romanised[rk].append(w)
            kk = korean_romanised(w)
            if len(kk) >= KOREAN_MIN_KEY and kk != rk:
                self.by_korean[kk].append(w)
            gk = german_romanised(w)
            if len(gk) >= ROMANISED_LONG and gk != rk:
                self.by_german[gk].append(w)
            for key in russian_romanised(w):
                if len(key) >= RUSSIAN_MIN_KEY:
                    self.by_russian[key].append(w)
            if len(w) >= 3 and is_latin(w) and w.isalpha():
                self.by_degeminated[degeminated(w)].append(w)
                if len(w) >= STEM_MIN_LEN:
                    self.by_cognate[cognate_key(w)[:STEM_MIN_LEN]].append(w)
        self.skeleton_words: dict[str, list[str]] = defaultdict(list)
        for w in self.words:
            s = skeleton(w)
            if s != w or any(c in w for c in _skeleton_targets()):
                self.skeleton_words[s].append(w)
        self.sorted_keys = sorted((a.literal, i) for i, a in enumerate(self.aliases))
        self.sorted_key_strs = [k for k, _ in self.sorted_keys]
        self._weights: dict[Params, dict[tuple[str, str | None], float]] = {}
        self._alias_weights: dict[Params, dict[int, list[float]]] = {}
        self._country_codes: dict[str, frozenset[str]] = {}
        self._entity_places: dict[str, frozenset[str]] = {}
        self._prefix_by_len: dict[int, dict[str, list[str]]] | None = None
        self._deletes: dict[str, list[str]] | None = None
        self._by_consonants: dict[str, list[str]] | None = None
        self._lock = threading.Lock()
        self.near_words("warm")      # builds the typo index with the rest of the snapshot

    def _listed_spellings(self) -> dict[str, tuple[str, ...]]:
        """The lists' own spellings of one name: two names of one entity that differ in one word, alike
        (LISTED_SPELLING_RATIO), give those words as spellings of each other ("AL-QADHAFI, Khamis" and "GADDAFI,
        Khamis": 'qadhafi' and 'gaddafi', which no rule of romanisation joins)."""
        out: dict[str, set[str]] = defaultdict(set)
        for ids in self.entity_aliases.values():
            for i, k in combinations(ids, 2):
                a, b = self.aliases[i], self.aliases[k]
                if len(a.words) != len(b.words) or len(a.words) < 2:
                    continue
                differ = [j for j, (x, y) in enumerate(zip(a.words, b.words)) if x != y]
                if len(differ) != 1:
                    continue
                j = differ[0]
                x, y = a.words[j], b.words[j]
                if (a.roles[j] == b.roles[j] == "name" and min(len(x), len(y)) >= LISTED_SPELLING_MIN_LEN
                        and x.isalpha() and y.isalpha() and is_latin(x) and is_latin(y)
                        and fuzz.ratio(x, y) >= LISTED_SPELLING_RATIO * 100):
                    out[x].add(y)
                    out[y].add(x)
        return {w: tuple(sorted(v)) for w, v in out.items()}

    def __getstate__(self) -> dict:
        """What is saved (knowledge/lookup/saved.py): the index as built, without its lock and the caches that fill
        as names are looked up."""
        state = dict(self.__dict__)
        del state["_lock"]
        for cache in ("_weights", "_alias_weights", "_country_codes", "_contractions"):
            state[cache] = {}
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    # -- weights ------------------------------------------------------------------------------------------------
    def weight(self, tok: str, p: Params, role: str | None = None) -> float:
        cache = self._weights.get(p)
        if cache is None:
            cache = self._weights.setdefault(p, {})
        k = (tok, role)
        w = cache.get(k)
        if w is None:
            base = p.role_weight(role or self.role.get(tok, "name"))
            if not is_cjk(tok) and len(tok) <= 2 and not tok[:1] in "@#":
                base = min(base, 0.5)
            w = base / (1.0 + 0.5 * math.log(max(self.df.get(tok, 1), 1)))
            cache[k] = w
        return w

    def country_codes(self, entity_id: str) -> frozenset[str]:
        """The territory codes of an entity's country, as rigour tags it as a place ('Iran' -> {'ir'}; 'Korea,
        North' read as 'North Korea'), or as given ('LB')."""
        country = self.entities[entity_id].country
        if not country:
            return frozenset()
        codes = self._country_codes.get(country)
        if codes is None:
            if len(country) == 2 and country.isalpha():
                codes = frozenset({country.lower()})
            else:
                head, _, tail = country.partition(",")
                codes = frozenset()
                for form in (country, f"{tail} {head}" if tail else ""):
                    codes = codes or frozenset(s.partition(":")[2] for t in analyse(form).terms for s in t.symbols
                                               if s.startswith("LOC:"))
            self._country_codes[country] = codes
        return codes

    def alias_weights(self, i: int, p: Params) -> list[float]:
        cache = self._alias_weights.get(p)
        if cache is None:
            cache = self._alias_weights.setdefault(p, {})
        w = cache.get(i)
        if w is None:
            al = self.aliases[i]
            w = cache[i] = [self.weight(t, p, r) for t, r in zip(al.toks, al.roles)]
        return w

    # -- word similarity ----------------------------------------------------------------------------------------
    def token_variants(self, tok: str, word: str, prefix: bool = False) -> dict[str, tuple[float, str]]:
        """Registry tokens close to a query token: {registry token: (similarity, how)}."""
        out: dict[str, tuple[float, str]] = {}
        if tok in self.postings:
            out[tok] = (1.0, "exact")

        def add(w: str, s: float, how: str) -> None:
            for t in self.word_to_tok.get(w, ()):
                if t != tok and (t not in out or out[t][0] < s):
                    out[t] = (s, how)

        def add_abbreviated(w: str) -> None:
            # an abbreviation is the weakest reading: it never replaces one found before
            for t in self.word_to_tok.get(w, ()):
                if t != tok and t not in out:
                    out[t] = (ABBREVIATION_SIM, "abbreviation")

        if is_cjk(tok):
            # a word in Chinese script is the word the lists write in pinyin, its syllables joined ('昆仑' "Kunlun")
            if (p := pinyin_word(tok)) and len(p) >= PINYIN_MIN_LEN:
                add(p, ROMANISED_LONG_SIM, "pinyin")
            return out
        if tok[:1] in "@#":
            return out
        for alt in self.spellings.get(word, ()):
            add(alt, ROMANISED_LONG_SIM, "listed spelling")

        if is_abjad(word):
            # an Arabic-script word is its romanisations with the same consonants ('جند' 'Jund'); two consonants
            # ('سواعد' 'sd') are too many words to bring candidates, but confirm one that other words brought
            for n, key in enumerate(consonants(word)):
                # (the feminine ending read as "-at", 'حركة' "Harakat", confirms but brings nothing)
                long = len(key) >= ABJAD_MIN_LEN and n == 0
                for alt, s_ in self._consonant_alike(word, key, ALIKE_MAX if long else SHORT_ABJAD_MAX):
                    add(alt, s_, ABJAD if long else SHORT_ABJAD)
            return out

        for alt in self.skeleton_words.get(skeleton(word), ()):
            if alt != word:
                add(alt, 0.95, "confusable")
        # a word the registry knows as written is not a typo of another one
        if len(word) >= TYPO_MIN_LEN and word not in self.word_to_tok:
            for cand in self.near_words(word):
                sc = fuzz.ratio(word, cand)
                if sc >= TYPO_MIN_RATIO * 100 and not two_english_words(word, cand) and not infixed(word, cand):
                    add(cand, typo_similarity(word, cand, sc / 100.0), "typo")
        if not prefix and len(word) == TYPO_MIN_LEN - 1 and word not in self.word_to_tok:
            # a word too short to be searched as a typo, spelt by its sound ('Meza' for "Mesa")
            for cand in self.near_words(word):
                if sound_slip(word, cand):
                    add(cand, SOUND_SIM, "sound")
        if not prefix and len(word) >= 3:
            # a doubled consonant written once, or written twice, a word the registry knows too ('Isa', "Issa")
            for cand in self.by_degeminated.get(degeminated(word), ())[:ALIKE_MAX]:
                if sound_slip(word, cand):
                    add(cand, SOUND_SIM, "sound")
        if not prefix and len(word) >= STEM_MIN_LEN and is_latin(word) and word.isalpha():
            # an English word and its cognate in a Romance language, either typed ('Specialized', "ESPECIALIZADOS")
            for alt in self.by_cognate.get(cognate_key(word)[:STEM_MIN_LEN], ())[:ALIKE_MAX]:
                if alt != word and cognates(word, alt):
                    add(alt, COGNATE_SIM, "stem")
        if not prefix and len(word) >= 4:
            ph = phonetic(word)
            for alt in self.by_sound.get(ph, ())[:ALIKE_MAX] if len(ph) >= 2 else ():
                # (two dictionary words are two words, however alike they sound: "Presto" is not "Presidio")
                # (nor are listed initials a word said: 'Kubanatu' is not "GBNTT", `initials_heard`)
                if (alt != word and len(ph) >= SOUND_MIN_CODE and not two_english_words(word, alt)
                        and not initials_heard(word, alt)):
                    add(alt, SOUND_SIM, "sound")
        if not prefix and len(word) >= 3:
            rk = romanised(word)
            # (a skeleton of two letters brings no candidates: 'Nuh' and 'Nooh' are one, but 'mr' is too many)
            how = "romanised" if len(rk) >= 3 else SHORT_ROMANISED
            for alt in self.by_romanised.get(rk, ())[:ALIKE_MAX] if len(rk) >= 2 else ():
                if alt != word:
                    add(alt, ROMANISED_LONG_SIM if len(rk) >= ROMANISED_LONG else SOUND_SIM, how)
            # a Korean name written with McCune-Reischauer's marks or without ('Chongbong'/'Jongbong'): the word's
            # Korean key against the words whose Korean key differs from their plain one, and the reverse
            kk = korean_romanised(word)
            if len(kk) >= KOREAN_MIN_KEY:
                alts = list(self.by_korean.get(kk, ())[:ALIKE_MAX])
                if kk != rk:
                    alts += self.by_romanised.get(kk, ())[:ALIKE_MAX]
                for alt in alts:
                    if alt != word:
                        add(alt, ROMANISED_LONG_SIM if len(kk) >= ROMANISED_LONG else SOUND_SIM, "romanised")
            # a Korean name in the Revised Romanisation ('Geumsan', "Daeseong") against the lists' McCune-Reischauer
            # ("KUMSAN", "TAESONG"): the word's keys read so against every word's plain and Korean keys
            for rr in revised_korean_keys(word):
                if len(rr) >= KOREAN_MIN_KEY:
                    for alt in [*self.by_korean.get(rr, ())[:ALIKE_MAX], *self.by_romanised.get(rr, ())[:ALIKE_MAX]]:
                        if alt != word:
                            add(alt, ROMANISED_LONG_SIM if len(rr) >= ROMANISED_LONG else SOUND_SIM, "romanised")
            # a Russian name in German transliteration ('Tschernomorneftegas'), written with "sch" as English never
            # writes it, against the words the lists write in English ('Chernomorneftegaz')
            gk = german_romanised(word) if "sch" in word else ""
            if len(gk) >= ROMANISED_LONG:
                for alt in [*self.by_german.get(gk, ())[:ALIKE_MAX], *self.by_romanised.get(gk, ())[:ALIKE_MAX]]:
                    if alt != word:
                        add(alt, ROMANISED_LONG_SIM, "romanised")
            # a Latin name as Russian writes it by its sound, typed in Cyrillic ('Акваника', rigour's 'akvanika', for
            # "Aquanika"): the word's key against the keys of the listed Latin words read so
            if len(rk) >= RUSSIAN_MIN_KEY:
                for alt in self.by_russian.get(rk, ())[:ALIKE_MAX]:
                    if alt != word:
                        add(alt, ROMANISED_LONG_SIM if len(rk) >= ROMANISED_LONG else SOUND_SIM, "romanised")
        if not prefix and 3 <= len(word) <= ABBREVIATION_MAX_LEN:
            # a short word may abbreviate a company word ('sci', 'dev'; 'ind', though "IND." is written in a listed
            # name), never a name...
            lo = bisect.bisect_left(self.company_words, word)
            while lo < len(self.company_words) and self.company_words[lo].startswith(word):
                add_abbreviated(self.company_words[lo])
                lo += 1
        if (not prefix and 4 <= len(word) <= CUT_SHORT_MAX_LEN and word not in self.word_to_tok
                and (len(word) <= ABBREVIATION_MAX_LEN or not is_english_word(word))):
            # ...unless it is no word of the registry: 'admin' for 'administration'; longer, no dictionary word
            # either, with no dot closing it: 'Comerc' for 'Comercializadora'
            for w in self.words_beginning(word, TRUNCATED_MAX):
                add(w, TRUNCATION_SIM, "abbreviation")
        if not prefix:
            # a company word written without its vowels, no dot closing it ('Consltg', 'Engy', 'Trdg')
            for w in self.contracted_from(word):
                add_abbreviated(w)
        if prefix and len(word) >= 2:
            for w in self.words_beginning(word, 60):
                if w != word:
                    add(w, 0.9 if len(word) >= 3 else 0.8, "prefix")
        return out

    def words_beginning(self, word: str, most: int) -> list[str]:
        """The registry's words beginning with `word` (itself too), in order, `most` at the most."""
        lo = bisect.bisect_left(self.words, word)
        return list(itertools.takewhile(lambda w: w.startswith(word), self.words[lo:lo + most]))

    def contracted_from(self, word: str) -> list[str]:
        """The company words (rigour's, as the registry writes them) that `word`, with no dot closing it, contracts:
        a word no dictionary has, written as its company word's first and last letters with others of it in order
        between, two letters left out at least and at most one vowel kept between the first and the last letter (a
        contraction drops a word's vowels: 'Consltg' for "Consulting", 'Engy' for "Energy", 'Trdg' for "Trading"); a
        dictionary word is a word of its own ('Tag' is no "Trading"), a word keeping its vowels no contraction, and only
        a company word is contracted so."""
        if not may_contract(word):
            return []
        cache = self.__dict__.setdefault("_contractions", {})
        if word not in cache:
            lo = bisect.bisect_left(self.company_words, word[0])
            out = []
            while lo < len(self.company_words) and self.company_words[lo][:1] == word[0]:
                w = self.company_words[lo]
                if contracts_word(word, w):
                    out.append(w)
                lo += 1
            cache[word] = out
        return cache[word]

    def written_as_one(self, first: str, second: str, joined: str) -> dict[str, tuple[float, str]]:
        """The distinctive words of the registry that two words of a query may be written as one as: `joined` itself
        or within a typo of one edit, beginning and ending as the two do ({registry token: (similarity, how)}; a name's
        word is its own token)."""
        out: dict[str, tuple[float, str]] = {}
        alike = [(w, fuzz.ratio(joined, w) / 100.0, "typo") for w in self.near_words(joined)]
        for w, s_, how in [(joined, 1.0, "exact")] + alike:
            if (s_ >= FOUND_SIM and w in self.word_to_tok and self.role.get(w) in DISTINCTIVE_ROLES
                    and _anchored(first, second, w) and s_ > out.get(w, (0.0,))[0]):
                out[w] = (s_, how)
        return out

    def written_as_one_abjad(self, joined: str) -> dict[str, tuple[float, str]]:
        """The distinctive Latin words of the registry with the consonants of two Arabic-script words written as one
        ({registry token: (similarity, how)})."""
        out: dict[str, tuple[float, str]] = {}
        for key in consonants(joined):
            if len(key) < ABJAD_MIN_LEN + 1:
                continue
            for w, s_ in self._consonant_alike(joined, key, ALIKE_MAX):
                for t in self.word_to_tok.get(w, ()):
                    out[t] = max(out.get(t, (0.0, "")), (s_, ABJAD))
        return out

    def _consonant_alike(self, arabic: str, key: str, limit: int) -> list[tuple[str, float]]:
        """The registry's Latin words with the consonants `key` of the Arabic-script `arabic`, each with its similarity:
        a romanisation without the long "a" the script writes sounds alike, no more ('حماس' is HAMAS before HAMMS)."""
        return [(w, ABJAD_SIM if long_vowels_agree(arabic, w) else SOUND_SIM) for w in self.consonant_words(key)[:limit]]

    def consonant_words(self, key: str) -> list[str]:
        """The registry's Latin words whose consonants are `key` (see normalise.consonants), built on first use: only
        a name typed in Arabic script asks."""
        with self._lock:
            if self._by_consonants is None:
                table: dict[str, list[str]] = defaultdict(list)
                for w in self.words:
                    if len(w) >= 3 and is_latin(w):
                        for k in consonants(w):
                            table[k].append(w)
                self._by_consonants = dict(table)
        return self._by_consonants.get(key, [])

    def near_words(self, word: str) -> set[str]:
        """Registry words within one deletion of `word` each way (an insertion, deletion, substitution or swap of
        letters), found through an index of each word with one letter deleted (a symmetric-delete index)."""
        with self._lock:
            if self._deletes is None:
                table: dict[str, list[str]] = defaultdict(list)
                for w in self.words:
                    if len(w) >= TYPO_MIN_LEN - 1 and not is_cjk(w):
                        table[w].append(w)
                        for d in {w[:i] + w[i + 1:] for i in range(len(w))}:
                            table[d].append(w)
                self._deletes = dict(table)
        out: set[str] = set()
        for d in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
            out.update(self._deletes.get(d, ()))
        out.discard(word)
        return out

    def prefix_fuzzy(self, word: str) -> dict[str, tuple[float, str]]:
        """Registry tokens whose first letters are within a typo of `word` (autocomplete)."""
        out: dict[str, tuple[float, str]] = {}
        if len(word) < 4 or is_cjk(word):
            return out
        with self._lock:
            if self._prefix_by_len is None:
                # prefixes by length and first letter (a typo in the first letter is rare, and the pool small)
                table: dict[tuple[int, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
                for w in self.words:
                    if not is_cjk(w):
                        for n in range(4, min(len(w), 12) + 1):
                            table[(n, w[0])][w[:n]].append(w)
                self._prefix_by_len = {k: dict(v) for k, v in table.items()}
        n = min(len(word), 12)
        table_n = self._prefix_by_len.get((n, word[0]))
        if not table_n:
            return out
        for cand, sc, _ in process.extract(word[:n], list(table_n.keys()), scorer=fuzz.ratio, score_cutoff=74,
                                           limit=10):
            for full in table_n[cand][:20]:
                for t in self.word_to_tok.get(full, ()):
                    out.setdefault(t, (0.8 * sc / 100.0, "typo prefix"))
        return out

    # -- evidence -----------------------------------------------------------------------------------------------
    def analyse_query(self, text: str) -> Analysed:
        """A typed name, analysed, with its misspelt legal forms spelt right: "Coporation", "Compnay" are legal forms
        (dropped from the comparison like "Corporation"), not words of a name. A word the registry knows is never
        respelt. This is the one place a query's legal forms are respelt, and listed names never are: first the
        dictionary reading (`analyse_typed`: "Limmited", "Sociedad Civl", one letter from the dictionary word
        rigour reads as a legal form), then a word near a legal form the registry lists."""
        a = analyse_typed(text)
        # a word misread by a scanner is the word it was printed as ("Investrnents", "Aclministration", "Par5")
        read = text
        for t in a.kept:
            if t.role == "name" and (meant := self._ocr_read(t.word)):
                read = re.sub(rf"(?i)(?<![^\W_]){re.escape(t.word)}(?![^\W_])", meant, read)
        if read != text:
            text, a = read, analyse_typed(read)
        fixed = text
        for t in a.kept:
            if (t.role == "name" and len(t.word) >= TYPO_MIN_LEN and t.word.isascii() and t.word.isalpha()
                    and t.word not in self.word_to_tok):
                hit = process.extractOne(t.word, self.legal_words, scorer=fuzz.ratio,
                                         score_cutoff=LEGAL_TYPO_MIN_RATIO * 100)
                if not hit and len(t.word) >= COMPANY_TYPO_MIN_LEN:
                    # a listed company word with two letters swapped or one left out or added ("Desing", "Desgin"
                    # for "Design"), one such word only, first letter as written: the word misspelt
                    near = [w for w, _, _ in process.extract(t.word, self.company_words,
                                                             scorer=DamerauLevenshtein.distance, score_cutoff=1,
                                                             limit=2)
                            if w[0] == t.word[0]]
                    hit = (near[0],) if len(near) == 1 else None
                if hit:
                    fixed = re.sub(rf"(?i)\b{re.escape(t.word)}\b", hit[0], fixed)
        return analyse_typed(fixed) if fixed != text else a

    def _ocr_read(self, word: str) -> str | None:
        """The word a typed word was printed as, when a scanner misread its letters (words.yaml `ocr_misread_letters`:
        "rn" for "m", "cl" for "d", "li" for "h", a digit for the letter of its shape): a word of `OCR_READ_MIN_LEN`
        characters or more (`OCR_MIN_LEN` for letters misread as letters) that no listed name, legal form or
        dictionary knows, with exactly one reading (each misread group read or left as typed) that is a word the
        lists, their legal forms or the dictionary know.
        None otherwise; a word the registry knows is never respelt."""
        if (len(word) < OCR_READ_MIN_LEN or not word.isascii() or not word.isalnum() or word in self.word_to_tok
                or is_english_word(word)):
            return None
        groups = [(misread, meant) for misread, meant in vocab().words.ocr_misread_letters if misread in word]
        if not groups:
            return None  # nothing a scanner misreads: spares the near-word search below, the costly part
        # letters misread as letters only in a word of `OCR_MIN_LEN` letters or more, and not in a word one letter
        # from a listed one as long or longer: that is a typo of it ("Darna", DARNAH), not a misread other word
        # ("Dama"); a misread letter is read as two ("m" as "rn"), so a word one letter shorter is no typo's reading
        letters = len(word) >= OCR_MIN_LEN and not any(len(w) >= len(word) and Levenshtein.distance(word, w) <= 1
                                                       for w in self.near_words(word))
        readings = {word}
        for misread, meant in groups:
            if letters or not misread.isalpha():
                readings = {"".join(x for pair in itertools.zip_longest(parts, seps, fillvalue="") for x in pair)
                            for r in readings for parts in [r.split(misread)]
                            if len(parts) <= OCR_READ_MAX_GROUPS + 1
                            for seps in itertools.product((misread, meant), repeat=len(parts) - 1)}
        known = {r for r in readings - {word}
                 if r.isalpha() and (r in self.word_to_tok or r in self._legal_word_set or is_english_word(r))}
        return known.pop() if len(known) == 1 else None

    @cached_property
    def _legal_word_set(self) -> frozenset[str]:
        return frozenset(self.legal_words)

    def evidence(self, text: str, p: Params, prefix: bool = False,
                 complete: bool = False) -> list[tuple[int, Evidence]]:
        """Every candidate alias for a typed name, with what it has in common with it. The near-miss rules (see
        score.py) are looked at only for a candidate they could hold down under `p`, unless `complete` (for a fit
        that scores the same evidence under other parameters). What a typed text says besides the name is read
        here: a name asked about in a question is the name (normalise.asked_name), a unit or subsidiary named
        with its parent is the unit (`_named_part`), and a name followed by where the company is, the name
        (`_name_then_place`)."""
        if prefix:
            return self._name_evidence(text, p, prefix, complete)
        out = self._name_evidence(text, p, complete=complete)
        # a name in Hangul is read every way the lists write it: in both romanisations (North Korean names in
        # McCune-Reischauer, South Korean firms their own in the Revised Romanisation), and with a company word the
        # lists translate two ways ("위원회": committee and commission) read both ways
        for reading in (hangul_revised(text), hangul_other(text)):
            if reading:
                out += self._name_evidence(reading, p, complete=complete)
        asked = asked_name(text)
        if asked:
            out += _with_more_words(self._name_evidence(asked, p, complete=complete))
        # what else a request may say of the name, each reading tried, in this order, until one finds it exactly
        for reading in (self._in_latin_letters, self._name_in_chatter, self._request_then_place, self._opened_question,
                        self._initials_written_out, self._abbreviations_written_out, self._legal_form_written_out,
                        self._labelled, self._capitalised_in_request, self._office_on_premises,
                        lambda t, q: self._after_reference_code(t, q, complete), self._in_fields, self._labelled_values,
                        self._where_in_town,
                        self._longer_legal_form, self._unread_legal_form, self._unread_initials, self._whole_romanised,
                        self._symbols_as_letters, self._stray_signs_dropped,
                        self._caron_letters_in_english, self._spelt_abroad_in_english, self._request_in_english,
                        self._company_word_translated, self._branch_word_unread, self._name_then_unread):
            if any(ev.rule in EXACT_TIERS for _, ev in out):
                break
            out += reading(text, p)
        placed = self._name_then_place(asked or text, p)
        if placed:
            # a place after a name says where the company is, unless another entity's name has the whole text, the
            # place a word of it: "Widget Colombia" is FUNDACION WIDGET COLOMBIA's words, not the Colombian firm
            # a.k.a. WIDGET
            whole = {self.aliases[i].entity_id for i, ev in out
                     if reads_whole(ev) and (ev.rule in EXACT_TIERS or not ev.located)}
            placed = [(i, ev) for i, ev in placed if not whole - {self.aliases[i].entity_id}]
        return out + self._named_part(asked or text, p) + placed

    def _name_evidence(self, text: str, p: Params, prefix: bool = False,
                       complete: bool = False, exact_only: bool = False) -> list[tuple[int, Evidence]]:
        """The evidence for a text that is a name as typed. A name typed with its own abbreviation in parentheses is
        also the name without it, as a listed one is ("National Iranian Oil Co (NIOC)"). `exact_only`: a caller that
        keeps only the exact tiers (`_evidence`)."""
        out = self._evidence(text, p, prefix, complete, exact_only)
        bare = None if prefix else without_own_abbreviation(text)
        out = out + self._evidence(bare, p, prefix, complete, exact_only) if bare else out
        if prefix:
            return out
        pasted = before_address(text)
        if pasted:
            out += self._before_address(*pasted, p)
        # the text written as a name is listed, when that names a name exactly: a word in camel case as its parts
        # ("LeHua" is LE-HUA), an index's article after a comma in front ("Zetas, Los" is LOS ZETAS)
        for written in (camel_apart(text), index_inverted(text)):
            if written:
                out += _with_more_words(self._evidence(written, p, exact_only=True))
        return out

    def exactly(self, name: str, p: Params) -> list[tuple[int, Evidence]]:
        """The aliases a name read out of a longer typed text is exactly (an exact tier; a literal match counts as
        normalised, the text having more words than the name)."""
        return _with_more_words(self._name_evidence(name, p, exact_only=True))

    def _before_address(self, head: str, tail: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed whole with its legal form, then where the company is ("... co fze - office 703 twin tower
        baniyas rd deira dubai", "... sarl lonay switzerland"): the name, when an alias is it exactly, legal form
        included, and the words after say a place in the entity's country (not a branch elsewhere: "... SARL
        Nigeria" of a Lebanese SARL is another company)."""
        where = address_countries(tail)
        if not where:
            return []
        out = []
        q_legal = legal_forms(analyse(head))
        for i, ev in self._evidence(head, p, exact_only=True):
            al = self.aliases[i]
            if has_legal_forms(q_legal, al.legal) and where <= self.entity_countries(al.entity_id):
                out.append((i, ev))
        return _with_more_words(out)

    def _evidence(self, text: str, p: Params, prefix: bool = False,
                  complete: bool = False, exact_only: bool = False) -> list[tuple[int, Evidence]]:
        """`_evidence_read`; a name found exactly once a word misread by a scanner is read as printed (`_ocr_read`)
        is found at the `confusable` tier, as letters read alike are, not as typed."""
        found = self._evidence_read(text, p, prefix, complete, exact_only)
        if any(ev.rule in OCR_READ_TIERS for _, ev in found) and self._ocr_misread(text):
            found = [(i, replace(ev, rule="confusable") if ev.rule in OCR_READ_TIERS else ev) for i, ev in found]
        return found

    def _ocr_misread(self, text: str) -> bool:
        """A word of the typed text is read as the word a scanner misread (`_ocr_read`)."""
        return any(t.role == "name" and self._ocr_read(t.word) for t in analyse_typed(text).kept)

    def _evidence_read(self, text: str, p: Params, prefix: bool = False,
                       complete: bool = False, exact_only: bool = False) -> list[tuple[int, Evidence]]:
        """The evidence that aliases are the text: the exact tiers (score.EXACT_TIERS) first, then, unless
        `exact_only` (a caller that keeps only those: a reading of the text tried for an exact name; what it gets is
        then only exact tiers, tests/test_lookup_exact_only.py), the near matches of its words, which cost most of a
        lookup's time."""
        a = self.analyse_query(text)
        key = a.key
        if not key or all(t.role in ("legal", "stop") for t in a.terms):
            return []             # a legal form alone ("Ltd", "Joint Stock Company") names no company
        out: list[tuple[int, Evidence]] = []
        exact: set[int] = set()
        q_legal = legal_forms(a)
        # one word typed without the article the name has: a word ('shahid', martyr), not yet the name ('ES-SHAHID')
        bare = len(a.kept) == 1 and not (a.terms and a.terms[0].role == "stop")
        qmt = match_tokens(a.kept)
        qtoks = [t for t, _ in qmt]
        qroles = [r for _, r in qmt]
        qwords = match_words(a.kept)
        qsymbols = match_symbols(a.kept)
        # a query of places only ("Sevastopol", "Kashan") names the place, not the ship or aircraft named after it
        place_only = bool(qwords) and (all(r == "place" for r in qroles) or place_spans(qwords) == [(0, len(qwords))])
        for i in self.by_key.get(key, ()):
            al = self.aliases[i]
            if not all(same_term(q, w) for q, w in zip(qwords, al.words)):
                continue          # equal only through synonyms ('Pars Petrochemical', 'Pars Oil'): weighed as words
            rule = ("literal" if al.literal == a.literal
                    else "normalised" if has_legal_forms(q_legal, al.legal) else "other-legal-form")
            kind = self.entity_kind(al.entity_id)
            # a name of places only, typed whole with the legal form it is listed with, is that company's name, as a
            # legal form says a company ("Widgetland S.A." for a firm named after a place; "Widgetland" alone names
            # the place)
            placed_company = (bool(q_legal) and bool(al.legal) and rule != "other-legal-form" and bool(qroles)
                              and all(r == "place" for r in qroles) and kind not in NO_LEGAL_FORM)
            out.append((i, Evidence(rule, al.text, al.kind, distinctive=al.distinctive or placed_company,
                                    legal_forms=al.legal_text, bare_word=bare and al.article,
                                    legal_unnamed=any(not any(f & q for q in q_legal) for f in al.legal),
                                    place_name=place_only and kind in NAMED_AFTER_PLACES,
                                    company_of_no_company=bool(q_legal) and rule == "other-legal-form"
                                    and kind in NO_LEGAL_FORM)))
            exact.add(i)
        if q_legal:
            # the same words in another order, and the legal form the query names: "Bank Melli PLC" is "Melli Bank
            # PLC" before it is "Bank Melli" (another entity's name without the legal form)
            q_sorted = sorted(zip(qtoks, qwords))
            for i in self.by_words.get(reordered(tuple(qtoks)), ()):
                al = self.aliases[i]
                # equal only through synonyms ('National Oil Company', 'National Petrochemical Company'): words
                if (i not in exact and has_legal_forms(q_legal, al.legal)
                        and all(same_term(q, w) for (_, q), (_, w) in zip(q_sorted, sorted(zip(al.toks, al.words))))):
                    out.append((i, Evidence("reordered", al.text, al.kind, distinctive=al.distinctive)))
                    exact.add(i)
            # a legal form written where the name has a word of its own: the name's words are all company words, so
            # its legal form in front is read as one of them ("PJSC POWER MACHINES"); the query writes it at the end
            # ("Power Machines PJSC")
            q_legal_terms = [(t.text, t.word) for t in a.terms if t.role == "legal"]
            with_legal = sorted(zip(qtoks + [t for t, _ in q_legal_terms], qwords + [w for _, w in q_legal_terms]))
            for i in self.by_words.get(reordered(tuple(t for t, _ in with_legal)), ()):
                al = self.aliases[i]
                if i not in exact and all(same_term(q, w) for (_, q), (_, w)
                                          in zip(with_legal, sorted(zip(al.toks, al.words)))):
                    out.append((i, Evidence("reordered", al.text, al.kind, distinctive=al.distinctive)))
                    exact.add(i)
            # a legal form inside the query, read there as a word of the name, is the query's legal form too, the
            # name's words in another order, when the name has it as written: "Investment Company Tadbir" is TADBIR
            # INVESTMENT COMPANY ("General Corporation for ..." is no "... General Company")
            bare = [t for t in a.terms if t.role not in ("legal", "stop")]
            if bare and len(bare) < len(a.kept):
                as_written = {t.text for t in a.terms if t.role == "legal"}
                b_sorted = sorted(zip((t for t, _ in match_tokens(bare)), match_words(bare)))
                for i in self.by_words.get(reordered(tuple(t for t, _ in b_sorted)), ()):
                    al = self.aliases[i]
                    if (i not in exact and has_legal_forms(q_legal, al.legal)
                            and as_written <= {x for f in al.legal for x in f}
                            and all(same_term(q, w) for (_, q), (_, w) in zip(b_sorted, sorted(zip(al.toks, al.words))))):
                        out.append((i, Evidence("reordered", al.text, al.kind, distinctive=al.distinctive)))
                        exact.add(i)
        for i in self.by_skeleton.get(skeleton(key), ()):
            if i not in exact and i not in self.by_key.get(key, ()):
                al = self.aliases[i]
                out.append((i, Evidence("confusable", al.text, al.kind, distinctive=al.distinctive)))
                exact.add(i)
        pinyin = pinyin_forms(a)
        for compact in {key.replace(" ", ""), "".join(t.word for t in a.kept)} | pinyin:
            for i in self.by_compact.get(compact, ()):
                if i not in exact and i not in self.by_key.get(key, ()):
                    al = self.aliases[i]
                    out.append((i, Evidence("compact", al.text, al.kind, distinctive=al.distinctive)))
                    exact.add(i)
        for compact in pinyin:
            for i in self.by_written.get(compact, ()):
                if i not in exact:
                    al = self.aliases[i]
                    out.append((i, Evidence("compact", al.text, al.kind, distinctive=al.distinctive)))
                    exact.add(i)
        if exact_only:
            return out            # every exact tier is found above; what follows adds near matches only

        cjk_query = "".join(t.text for t in a.kept if t.role == "cjk")
        if len(cjk_query) >= 2 and any(r == "cjk" for r in qroles):
            for i in self.cjk_aliases:
                al = self.aliases[i]
                if i in exact:
                    continue
                akey = _join_bigrams([t for t in al.toks if is_cjk(t)])
                if cjk_query in akey and cjk_query != akey:
                    out.append((i, Evidence("cjk-contained", al.text, al.kind)))
                elif len(akey) >= 2 and akey in cjk_query and al.distinctive and akey != cjk_query:
                    out.append((i, Evidence("cjk-contains", al.text, al.kind)))

        variants = []
        articled = {} if prefix else articles_after(a.terms, a.kept)
        # the words the query writes with a dot closing them, abbreviated ("Urb.", "Fco.", "S.")
        dotted = frozenset() if prefix else frozenset(
            n for n, w in enumerate(qwords) if qroles[n] in NAME_ROLES and w in dotted_words(text))
        for n, t in enumerate(qtoks):
            last = prefix and n == len(qtoks) - 1
            v = self.token_variants(t, qwords[n], prefix=last)
            if n in dotted and len(qwords[n]) >= INFIX_MIN_LEN and qwords[n] not in self.word_to_tok:
                # a word cut short and closed by a dot brings the registry's words it begins ("Urb." for
                # "Urbanizadora")
                for w in self.words_beginning(qwords[n], TRUNCATED_MAX):
                    for vt in self.word_to_tok.get(w, ()):
                        if vt not in v:
                            v[vt] = (TRUNCATION_SIM, "abbreviation")
            if last and len(v) < 3:
                v.update({k: s for k, s in self.prefix_fuzzy(qwords[n]).items() if k not in v})
            if n in articled and qroles[n] in NAME_ROLES:
                # a word and the Arabic article after it, written apart, are the word the lists write as one:
                # "Hayat ul Ulya" is HEYATUL ULYA
                joined = qwords[n] + articled[n]
                v.update({k: s for k, s in self.token_variants(joined, joined).items() if k not in v})
            variants.append(v)
        # (a city or region rigour does not tag is no word of a name either: "Havana", "Bandar Abbas" say where;
        # but two cities side by side are a name: "Dandong Zhicheng")
        spans = place_spans(qwords) if any(r in NAME_ROLES for r in qroles) else []
        if sum(1 for a_, b_ in spans if any(qroles[n] in NAME_ROLES for n in range(a_, b_))) >= 2:
            spans = [(a_, b_) for a_, b_ in spans if not any(qroles[n] in NAME_ROLES for n in range(a_, b_))]
        places = {n for a_, b_ in spans for n in range(a_, b_)}
        # (a country rigour's territories know by that name though its tagger leaves it untagged, "Korea", is no
        # word of a name either: "Korea Development Bank" is not KOREA UNITED DEVELOPMENT BANK)
        named = any(r in NAME_ROLES and n not in places and not is_territory_name(qwords[n])
                    for n, r in enumerate(qroles))
        # (a typed name that is a town's name and nothing else names the town, not a company of another country named
        # after it: "Ponferrada" is not PONFERRADA TRADING CORP. of Panama; one of the town's country may be named so)
        town = town_countries(tuple(qwords)) if named and not places and len(qwords) <= 3 else frozenset()
        # the countries each word saying where lies in: a place rigour tags ("Iran") or a city ("Tehran")
        where = {n: codes for n in range(len(qtoks))
                 if (codes := said_countries(qwords, qsymbols, n, spans) if qroles[n] == "place" or n in places
                     else frozenset())}
        # a city says where, and brings no candidates of its own while the query has other words: "Iran Insurance
        # Company, Tehran" is IRAN INSURANCE COMPANY before it is TEHRAN GOSTARESH COMPANY
        only_places = len(places) == len(qtoks)
        distinctive_q = [r in DISTINCTIVE_ROLES and (n not in places or only_places) for n, r in enumerate(qroles)]
        any_distinctive = any(distinctive_q)
        # (a short word spelt another way brings candidates only as a word of a name, no place: "Bank of Korea" is not
        # KORYO BANK, 'kr' both)
        spelt = [r in NAME_ROLES and n not in places and not is_territory_name(qwords[n])
                 for n, r in enumerate(qroles)]
        cand = self._candidates(variants, distinctive_q if any_distinctive else [True] * len(variants), prefix,
                                spelt)
        joins = [] if prefix else [(n, w, v) for n, w in apart_words(a.terms, a.kept)
                                   if (v := self.written_as_one(qwords[n], qwords[n + 1], w))]
        if not prefix:
            # two words in Arabic script the lists write as one: 'حزب الله' is HIZBALLAH, as 'عبد الله' is ABDULLAH
            joins += [(n, qwords[n] + qwords[n + 1], v) for n in range(len(qwords) - 1)
                      if is_abjad(qwords[n]) and is_abjad(qwords[n + 1])
                      and (v := self.written_as_one_abjad(qwords[n] + qwords[n + 1]))]
        for _, _, v in joins:
            for vt in v:
                if len(post := self.postings.get(vt, ())) <= COMMON_POSTINGS:
                    cand.update(post)
        cand -= exact
        if not cand:
            return out
        # a legal form at the end says the name is written whole ("Puma SE"); one in front may be a name's inner part
        # ("NPO Mashinostroyenia" of "... Corporation NPO Mashinostroyenia")
        whole = bool(a.terms) and a.terms[-1].role == "legal" and any(t.role != "legal" for t in a.terms)
        # the query's last words after its legal form ("Gorge Holdings Limited Malta"): written whole still, when they
        # only say where the entity is
        after_legal: list[int] = []
        if not whole and len(qtoks) == len(a.kept) and any(t.role == "legal" for t in a.terms):
            last_legal = max(k for k, t in enumerate(a.terms) if t.role == "legal")
            tail = sum(1 for t in a.terms[last_legal + 1:] if t.role not in ("legal", "stop"))
            if 0 < tail < len(qtoks):
                after_legal = list(range(len(qtoks) - tail, len(qtoks)))
        # the classes of the legal forms the query names (rigour's ORGCLS: an LLC, a joint-stock company)
        q_classes = {s for t in a.terms if t.role == "legal" for s in t.symbols if s.startswith("ORGCLS:")}
        scripts = text_scripts(text)
        vowel_written = bool(scripts & VOWEL_WRITING_SCRIPTS)
        # a name typed wholly in another script than the lists' Latin letters has no spelling of its own to go by in
        # them: it was transliterated, letter for letter or by sound, and a word found so is that word, surer than a
        # Latin spelling by sound ('Мейплс' is MAPLES, 'آلومینات' ALUMINAT; a Latin spelling otherwise is a choice)
        transliterated = bool(scripts) and "Latin" not in scripts and not prefix
        query = _Query(qtoks, qwords, qroles, variants, [self.weight(t, p, r) for t, r in qmt], joins, dotted)
        qw_sum = sum(query.weights) or 1.0
        aligned = []
        plain_q = None          # the query has no coined word (`_no_coined_word`), worked out when first needed
        for i in cand:
            hits = self.align(query, self.aliases[i], fallback=False)
            aligned.append((sum(query.weights[n] * h[0] for n, h in hits.items()), i, hits))
        # most of the query explained first, then the shortest name (the one it leaves least of)
        aligned.sort(key=lambda x: (-x[0], len(self.aliases[x[1]].toks)))
        if prefix:
            # what is typed so far lacks nothing, so a candidate's score follows what it explains of the query
            aligned = aligned[:PREFIX_KEEP]
        else:
            # the words left over are compared within the candidates that already explain much of the query, the
            # FILL_MAX that explain most; the EVALUATE_MAX first are scored (all of them for a fit)
            for pre, i, hits in aligned[:FILL_MAX]:
                if pre < FILL_MIN_COVER * qw_sum:
                    break
                self.fill(query, self.aliases[i], hits)
            if not complete:
                aligned = aligned[:EVALUATE_MAX]
        for _, i, hits in aligned:
            al = self.aliases[i]
            if places and not only_places:
                # a city typed as its name is written is that city, not a misspelt word of a name: "Petro Paris" is
                # not PARS PETROCHEMICAL (a place of the name may be spelt otherwise: 'Teheran' for 'Tehran')
                # (when it is all the name's words the query has: a misspelt city in a name, found with the name's
                # other words, is a word of it: "Sepehr Mashhad Cement" is SEPEHR MASHAHD CEMENT)
                named_too = any(al.roles[h[1]] in NAME_ROLES for n, h in hits.items() if n not in places)
                for n in [] if named_too else [n for n in places if n in hits and hits[n][0] < 1.0]:
                    j = hits[n][1]
                    if al.roles[j] in NAME_ROLES and not place_spans([al.words[j]]):
                        del hits[n]
            if transliterated and not (vowel_written and len(qtoks) == 1 and not q_legal):
                # (one word alone in an alphabet that writes every vowel, no legal form, is still spelt as typed:
                # "Рошен" is Roshen, not RUSHAAN)
                for n, (s_, j, how) in list(hits.items()):
                    if (how in TRANSLITERATED_HOW and FOUND_SIM <= s_ < TRANSLITERATED_SIM
                            and len(qwords[n]) >= TRANSLITERATED_MIN_LEN):
                        hits[n] = (TRANSLITERATED_SIM, j, how)
            differing = [(qwords[n], al.words[j]) for n, (_, j, _) in hits.items() if qwords[n] != al.words[j]]
            if (differing   # (the cheap test first; whether the query has a coined word once per query, then)
                    and (plain_q := plain_q if plain_q is not None else _no_coined_word(qwords, qroles, qsymbols,
                                                                                      q_legal))
                    and any(not english_lemmas(typed) & english_lemmas(listed) for typed, listed in differing)):
                # a query of everyday words and company words only, no coined word ("Global Trading"), names a name
                # only as written: not through a company word translated ("Comercio Global") nor a near reading
                continue
            a_best = _positions(hits)
            # a distinctive word of the name found for a word of the query that is one too (a company word spelt
            # right, "Marine", is no misspelling of a name's own "Merine" unless the name's other words are there)
            strong = any(al.roles[j] in DISTINCTIVE_ROLES and s_ >= FOUND_SIM
                         and (how in ("exact", "apart") or qroles[n] != "generic") for n, (s_, j, how) in hits.items())
            if not strong and not (len(al.toks) >= 2 and len(a_best) == len(al.toks)):
                continue          # no distinctive word in common, and not every word of a generic-worded name
            got = sum(query.weights[n] * s_ for n, (s_, _, _) in hits.items())
            aw = self.alias_weights(i, p)
            matched_w = sum(aw[j] * s_ for j, s_ in a_best.items())
            qcov = got / qw_sum
            if prefix:
                # what is typed so far: the rest of the name is not missing
                out.append((i, Evidence("tokens", al.text, al.kind, qcov, matched_w)))
                continue
            typos = tuple((qwords[n], al.words[j]) for n, (_, j, how) in hits.items() if how != "exact")
            last = max(a_best, default=-1)
            trailing_w = sum(aw[j] for j in range(last + 1, len(al.toks))
                             if al.roles[j] == "name" and j not in a_best)
            missing_w = max(0.0, sum(aw) - matched_w - trailing_w)
            missing = tuple(al.toks[j] for j in range(len(al.toks)) if j not in a_best)
            unexplained = [n for n in range(len(qtoks)) if n not in hits]
            here: list[int] = []
            if where and unexplained:
                # a place the name lacks that says where the entity is (its country, or a city in it) is no word of
                # another name: "Boko Haram Nigeria", "Iran Insurance Company, Tehran"
                # (a country, for an entity that neither the lists nor its names place anywhere, says where it is
                # too: "Real IRA (Ireland)"; one placed elsewhere is a branch: "ISIS-Mozambique"; a city may be
                # anywhere)
                # (but only of the name typed whole: a country beside a part of an unplaced name says nothing of
                # which name it is, "Armed Mexico" no more ARMED ISLAMIC GROUP than "Armed" is)
                unplaced = not self.entity_places(al.entity_id) and all(
                    j in a_best for j, r in enumerate(al.roles) if r not in ("legal", "stop"))
                here = [n for n in unexplained if n in where and (where[n] & self.entity_places(al.entity_id)
                                                                  or unplaced and qroles[n] == "place")]
                lacking = {r for j, r in enumerate(al.roles) if r in QUALIFIER_ROLES and j not in a_best}
                if here and (lacking & set(PLACE_FOR_ROLES)
                             or (lacking and not all(n > max(hits, default=-1) for n in here))):
                    # a place standing for a word of the name: "Mapna Kerman ..." is not MAPNA KHUZESTAN (a company
                    # word the query leaves out is no such word when the place closes the query: "Gaddafi Charity
                    # Foundation Libya" leaves out the "International" of the Libyan foundation's name; a city inside
                    # a name is a word of it: "Ghadir Tabriz Solar Energy" is not GHADIR SOLAR ELECTRICITY AND ENERGY)
                    here = []
                if here:
                    unexplained = [n for n in unexplained if n not in here]
                    qcov += sum(query.weights[n] for n in here) / qw_sum
            if (unexplained and not whole and len(a_best) == len(al.toks)
                    and (sum(1 for r in al.roles if r in NAME_ROLES) >= DESCRIBED_MIN_NAMES
                         or (len(al.toks) == 1 and al.roles[0] in NAME_ROLES and not is_english_word(al.words[0])))
                    and all(how == "exact" for _, _, how in hits.values())
                    and all(n > max(hits) and qwords[n] in vocab().words.descriptions for n in unexplained)):
                # a name found whole, word for word, followed by words saying what sort of group it is, is that name:
                # "Aum Shinrikyo cult", "the Night Wolves motorcycle club" (knowledge/vocab/words.yaml
                # `descriptions`; a name of one word only when it is coined, no dictionary word: "Shabiha militia",
                # "M23 rebels", but "Patriot Club" may be another)
                qcov += sum(query.weights[n] for n in unexplained) / qw_sum
                here, unexplained = here + unexplained, []
            if (unexplained and self.entity_kind(al.entity_id) not in NO_LEGAL_FORM
                    and _branch_of(qwords, qroles, qsymbols, unexplained, hits, al, set(places) | set(where),
                                   lambda word: word not in self.word_to_tok and word in typed_words(text))):
                # a branch, a group or a group's unit of a firm's name found whole, word for word, is that name
                # (`_branch_of`): no other legal person, or one the listed name owns
                qcov += sum(query.weights[n] for n in unexplained) / qw_sum
                here, unexplained = here + unexplained, []
            extra = sum(query.weights[n] for n in unexplained) / qw_sum
            legal_named = bool(q_legal) and has_legal_forms(q_legal, al.legal)
            # a synonym is another word: "Stars Telecom" is not "Stars Communications"
            synonym = next(((qwords[n], al.words[j]) for n, (_, j, how) in hits.items() if how == "synonym"), None)
            if (not complete and unexplained
                    and tokens_score(qcov, matched_w, missing_w, trailing_w, p, extra) < p.threshold - BELOW):
                # the near-miss rules only hold a score under where this one already is (they are cheap for a
                # candidate that explains every word of the query, and score.ambiguous reads what they say of it)
                out.append((i, Evidence("tokens", al.text, al.kind, qcov, matched_w, missing_w, trailing_w, True,
                                        missing, synonym, typos, unexplained=extra, legal_named=legal_named)))
                continue
            # a name written with its legal form is written whole: the listed name's company words it lacks are
            # missing too ("Puma SE" is not "Puma Security Company"; "Megvii" is "Megvii Technology Limited")
            # so is a query with no word of a name ("First Investment Bank", "Middle East Trading": what kind of
            # company, not which): it names a name only whole, never "First Islamic Investment Bank"
            named_here = named and not (town and not town & self.entity_countries(al.entity_id))
            must = WHOLE_NAME_ROLES if whole or not named_here else DISTINCTIVE_ROLES
            # (a company word in front of the name's first word found says what form it has, as a legal form in
            # front does: "Cubana de Aviacion S.A." is EMPRESA CUBANA DE AVIACION; one word is too little to go by:
            # "HMM Co., Ltd." is not FUNDACION H.M.M.)
            first = min(a_best, default=0) if len(a_best) >= 2 else 0
            unmatched_names = tuple(al.words[j] for j in range(len(al.toks))
                                    if al.roles[j] in must and j not in a_best and says_which(al.words[j])
                                    and j not in al.optional and not (whole and j < first and al.roles[j] == "generic"))
            if (unmatched_names and not unexplained and not whole and named_here
                    and self._part_of_name(query, hits, al, aw)):
                unmatched_names = ()
            if (unmatched_names and not unexplained and not whole and named_here
                    and self._coined_of_one(query, hits, al)):
                unmatched_names = ()
            # (two words at least, a coined word among them: dictionary words only are a phrase, "Gulf Gate",
            # "charity society", and one word alone may be the first of many names, "Sinaloa")
            leading = (len(query.toks) >= LEADING_MIN_WORDS and _words_in_a_row(query, hits, al, at_end=False)
                       and any(query.roles[n] in NAME_ROLES and _coined(query.words[n]) for n in hits))
            if (unmatched_names and not unexplained and not whole and named_here and leading
                    and self.entity_kind(al.entity_id) not in NO_LEGAL_FORM):
                # a firm's name without its last words, the first ones typed as written, a coined word among them,
                # is that name: people drop a name's last words ("Velnor Petroleum" of VELNOR PETROLEUM SERVICE SAL,
                # "Zarvan Resources" of ZARVAN RESOURCES EQUIP AND SUPPORT MANAGEMENT). Not a person's (a given
                # name and a surname are the first words of many people's names), nor a ship's
                unmatched_names = ()
            if (unmatched_names and not unexplained and not whole and named_here
                    and len(query.toks) >= LEADING_MIN_WORDS and _words_in_a_row(query, hits, al, at_end=False)
                    and any(r in NAME_ROLES for r in query.roles) and not _stop_after(al.text, len(query.toks))
                    and self.entity_kind(al.entity_id) not in NO_LEGAL_FORM
                    and self._begins_one_entity(query.toks, al.entity_id)):
                # so is a firm's name without its last words, the first ones typed as written, though none is coined,
                # when no other entity's name begins with them: "Velora Sunrise" of VELORA SUNRISE RESORT & SPA is no
                # phrase when one name only opens so. Not company words only ("Cement Plant" says what kind), nor the
                # words before a preposition saying which ("People's Militia" of PEOPLE'S MILITIA OF DONBASS)
                unmatched_names = ()
            if (unmatched_names and not unexplained and not whole and named_here
                    and len(query.toks) >= LEADING_MIN_WORDS and _words_in_a_row(query, hits, al, at_end=True)
                    and any(query.roles[n] in NAME_ROLES and _coined(query.words[n]) for n in hits)
                    and (query.roles[0] in NAME_ROLES or not any(t.role == "stop" for t in a.terms))
                    and self.entity_kind(al.entity_id) not in NO_LEGAL_FORM):
                # so is its last words, typed as written, a coined word among them: the words in front say what
                # kind of firm or whose it is, and people leave them out ("Zarvan Associates" of JOINT PARTNERSHIP
                # OF MOHAMMAD ZARVAN AND ASSOCIATES, "Velmo Investment" of GIORGIO VELMO INVESTMENT, S.A.,
                # "Importadora Velsi" of COMERCIALIZADORA E IMPORTADORA VELSI). A company word, a preposition, then
                # a word no English dictionary has is how the Romance languages say what a firm does ("casa de
                # cambio", an exchange house): no name, though a listed name closes with it
                unmatched_names = ()
            # (the reading is made only for an alias still lacking words: it runs for every candidate otherwise)
            if (unmatched_names and not unexplained and named_here and (not whole or legal_named)
                    and (around := _words_around_one(query, hits, al))
                    and self.entity_kind(al.entity_id) not in NO_LEGAL_FORM
                    and (self._begins_one_entity(query.toks[:around], al.entity_id)
                         if any(query.roles[n] in NAME_ROLES for n in range(around))
                         else self._around_one_entity(query, around, al.entity_id))):
                # so is a firm's name with one word inside left out, its first words and its last typed as written,
                # when no other entity's name begins with those first words: the word left out says what the firm
                # does or what kind it is, and people leave it out as they leave out a name's last words ("Velnor
                # Trading" of VELNOR TEXTILES TRADING, "Velnor Trading FZE" of VELNOR GENERAL TRADING FZE). Not a
                # stopword left out ("People's Militia of ..." says which by its words after it). When the first
                # words are company words only ("Grupo Velnor, S.A." of GRUPO INDUSTRIAL VELNOR, S.A.), they say what
                # kind of firm, not which: no other entity's name both begins with them and ends with the words
                # after (`_around_one_entity`)
                unmatched_names = ()
            if (unmatched_names and not unexplained and whole and legal_named and named_here and a_best
                    and all(j in a_best for j in range(min(a_best), len(al.toks)))
                    and self._coined_of_one(query, hits, al)):
                # a name's last words with its own legal form, a coined word of one entity's names among them, are
                # that name written without the words in front saying what it does ("Kelbrano Ltda." is COMPANIA
                # AGROPECUARIA KELBRANO LTDA.; a name written so of two, "... Y CIA. S.C.S. KELBRANO S.C.S.", too;
                # "Lochinvar LLC" is still not LOCHINVAR FARM, which has no LLC)
                unmatched_names = ()
            if (unmatched_names and not unexplained and whole and legal_named and named_here and a_best
                    and all(j in a_best for j in range(min(a_best), len(al.toks)))
                    and all(how == "exact" for _, _, how in hits.values())
                    and any(query.roles[n] in NAME_ROLES for n in hits)
                    and (len(query.toks) >= LEADING_MIN_WORDS or not is_english_word(query.words[0]))
                    and (query.roles[0] in NAME_ROLES or not any(t.role == "stop" for t in a.terms))
                    and self.entity_kind(al.entity_id) not in NO_LEGAL_FORM
                    and self._ends_one_entity(query.toks, al.entity_id)):
                # so are a name's last words with its own legal form, as written, though none is coined, when no
                # other entity's name ends with them (`_ends_one_entity`): "Velnor Maritime Company" of SAFIR VELNOR
                # MARITIME COMPANY, "Express Intercontinental SA de CV" of AERO EXPRESS INTERCONTINENTAL S.A. DE C.V.
                # A dictionary word alone names a kind of thing ("Textile Company" is no part of HONG PANG TEXTILE
                # COMPANY LIMITED), and a company word, a preposition, then a word of a name say what a firm does
                # ("oil and gas services llc" is no part of TIUBODA OIL AND GAS SERVICES), as for the rule above
                unmatched_names = ()
            if (unmatched_names and not unexplained and whole and legal_named and named_here
                    and self.entity_kind(al.entity_id) not in NO_LEGAL_FORM
                    and _first_words_then(query, hits, al, LEFT_OUT_AFTER_FIRST_ROLES)
                    and self._opens_one_entity_unknown(query, al.entity_id)):
                # so are a name's first words with its own legal form, as written, when the words left out after them
                # are company words only (rigour's: "Investments", "Services", "Internacional"), the words typed are
                # no English dictionary's and no other entity's name opens with them: "Kelvaro Ltd" of KELVARO
                # INVESTMENTS, LTD. (the words left out say what the firm does, and people leave them out; a name
                # word left out says which, "Kelvaro S.A." is not KELVARO SUR S.A.; a dictionary word may be the
                # first of many firms' names; a word opening two entities' names says neither)
                unmatched_names = ()
            if (unmatched_names and not unexplained and whole and legal_named and named_here
                    and len(query.toks) >= LEADING_MIN_WORDS and len(hits) == len(query.toks)
                    and all(how == "exact" for _, _, how in hits.values()) and _in_order(hits)
                    and sum(1 for n in hits if query.roles[n] in NAME_ROLES) >= 2
                    and any(query.roles[n] in NAME_ROLES and n not in places and not is_english_word(query.words[n])
                            for n in hits)
                    and self.entity_kind(al.entity_id) not in NO_LEGAL_FORM
                    and self._only_entity_with_all(query.toks, al.entity_id)):
                # so is a name written whole with its own legal form, words left out anywhere, when every word typed
                # is the name's, as written and in its order, two words of a name among them, one no English
                # dictionary has, and no other entity's names have all of them: "Velmora Tamsa S.A." is VELMORA DEL
                # BAJO TAMSA, S.A. (a word left out says what the firm does or where; the words kept say which, when
                # they say only one. One word of a name beside company words says what kind of firm with it: "Bazam
                # Shipping Company" is no part of KORVANI BAZAM DARYA SHIPPING COMPANY; English words only are a
                # phrase many firms' names have: "Blue Energy Inc." is no part of BLUE ENERGY TRADE LTD. CO.)
                unmatched_names = ()
            if (named_here and not whole and len(qtoks) == 1 and is_english_word(qwords[0])
                    and all(how == "exact" for _, _, how in hits.values())):
                # a dictionary word alone names the thing, not a country's company of it: "Pistachio" is not IRAN
                # PISTACHIO COMPANY (the country is a word of that name; "Kelvorin" may still be IRAN KELVORIN COMPANY)
                unmatched_names += tuple(al.words[j] for j in range(len(al.toks))
                                         if al.roles[j] == "place" and j not in a_best and j not in al.optional)
            substituted = self._substitution(query, unexplained, al, a_best) if unexplained else None
            substituted = substituted or synonym
            other = self._other_qualifier(al, [(qtoks[n], qwords[n], where.get(n, frozenset()), qsymbols[n])
                                               for n in unexplained])
            if other is None and (whole or (after_legal and all(n in here for n in after_legal))) and al.legal:
                # two names written whole, each with its own legal form: a word only the query has makes it another
                # company ("Mr. Handyman International LLC" is not "MR HANDYMAN LTD"; with the same legal form too,
                # as a name written whole lacking a word of the query's is another: "Kelvor Holdings Ltd" is no more
                # KELVOR LTD than "Kelvor Ltd" is KELVOR HOLDINGS LTD; a place saying where the entity is adds nothing)
                # (a word of the legal form the name writes short is none: "Private" of "Private Limited", PTE LTD)
                a_legal = [x for f in al.legal for x in f if not x.startswith("SYMBOL:")] if legal_named else []
                extra_word = next((qwords[n] for n in unexplained if qroles[n] in QUALIFIER_ROLES
                                   and not any(abbreviates(x, qwords[n]) for x in a_legal)), None)
                other = ("name", extra_word) if extra_word else None
            if other is None and whole and not al.legal and unexplained:
                # so is a name written whole against a listed name written with no legal form: a word the query adds
                # that none of the entity's names has makes another company ("Kelvaro Holdings BV" is not KELVARO;
                # "Torvix Technology Co Ltd" is SZ TORVIX TECHNOLOGY CO., LTD., a.k.a. TORVIX)
                extra_word = next((qwords[n] for n in unexplained if qroles[n] in QUALIFIER_ROLES
                                   and qtoks[n] not in self.entity_words[al.entity_id]), None)
                other = ("name", extra_word) if extra_word else None
            if other is None and typos and q_classes and al.legal and not legal_named:
                # a name found only spelt otherwise, with a legal form of another class than the query names, is
                # another company: "OOO Tekhnoprom" (an LLC) is not JSC TECHNOPROM, a joint-stock company
                a_classes = {c for f in al.legal for x in f for c in legal_classes(x)}
                if a_classes and not a_classes & q_classes:
                    other = ("legal form", al.legal_text[0] if al.legal_text else "")
            if (other is None and not whole and unexplained and len(a_best) == len(al.toks)
                    and (len(al.toks) >= 2 or (al.legal and al.kind == "name"))
                    and all(how == "exact" for _, _, how in hits.values())
                    and all(r in ("name", "generic") and is_english_word(w) for w, r in zip(al.words, al.roles))):
                # a name made of dictionary words only is a phrase any company may take, a word the query adds to
                # it names another: "Falcon Club International" is not FALCON CLUB (a place saying where it is, a
                # word of the entity's other names, or one the name writes as its legal form adds nothing)
                written = set(re.findall(r"\w+", al.text.lower()))
                extra_word = next((qwords[n] for n in unexplained if qroles[n] in QUALIFIER_ROLES
                                   and qtoks[n] not in self.entity_words[al.entity_id]
                                   and qwords[n] not in written), None)
                other = ("name", extra_word) if extra_word else None
            # (or, typed in an alphabet that writes every vowel, Cyrillic or Greek, has one vowel other than the
            # name's: "Рошен" is Roshen, not ROSHAN, which Russian writes "Рошан"; romanised from Arabic script,
            # whose short vowels are not written, "Roshen" may still be ROSHAN; a legal form of the name's is more
            # to go by)
            # one word and nothing else to go by: a short word of a name must be spelt as listed, and a word in
            # Arabic script have three consonants at least ('سواعد', 'sd', is not "Wayside")
            # (or is a dictionary word: one typed as the dictionary writes it means that word, "Interpol" is no
            # misspelling of INTERPAL)
            # (or is a typo changing its first letter: people get a name's first letter right, "Jorvane" is no
            # misspelling of TORVANE; a sound may change it, 'Qeshm' is GHESHM)
            # (or is found only with another ending or as a Romance cognate: a word alone so found is a brand or a
            # word of its own, "Victorinox" is no VICTORY; beside the name's other words it is the name translated)
            lone_near = len(qtoks) == 1 and all(
                h[0] < 1.0 and (len(al.words[h[1]]) < TYPO_MIN_LEN or h[2] in (SHORT_ABJAD, "stem")
                                or is_english_word(qwords[0])
                                or (h[2] == "typo" and qwords[0][:1] != al.words[h[1]][:1])
                                or (h[2] == "typo" and vowel_written and not legal_named
                                    and vowel_changed(qwords[0], al.words[h[1]])))
                for h in hits.values())
            # (or is a short word of a name, SLIP_MIN_LEN letters or fewer, with one consonant added that is no
            # doubled letter: the word typed alone keeps every letter of the name and sounds another, a word or brand
            # of its own, "Velkor" is no misspelt VELOR; letters dropped from a name are a typo, "Velr" may be VELOR,
            # and a doubled letter or an added vowel leaves the name's consonants as they were)
            lone_near = lone_near or (len(qtoks) == 1 and bool(hits) and all(
                h[0] < 1.0 and h[2] == "typo" and consonant_added(qwords[0], al.words[h[1]])
                for h in hits.values()))
            # (so is a query of places only, found only spelt otherwise: typed as written it names the place, no
            # misspelt word of a name: "Busan" is not AL-BUSTAN)
            # (a name of places, one found only spelt otherwise, names the place: "Mar del Plata" is no PLAYA MAR; a
            # legal form says a company: "Yemen Benin SARL" may be YAMEN BENIN SARL)
            lone_near = lone_near or (place_only and bool(hits) and (
                all(h[0] < 1.0 for h in hits.values()) or (not q_legal and any(h[0] < 1.0 for h in hits.values()))))
            # (so is one word beside a place typed right and nothing else, found only spelt otherwise with another
            # first letter: the place says where, not which, so that word is all there is to go by, as alone: "Orvika
            # Lisbon" is no misspelt UVRIKA S.A. of Portugal; a place of the name found too is more to go by)
            lone_near = lone_near or (bool(places) and len(qtoks) - len(places) == 1 and bool(hits) and all(
                n not in places and h[0] < 1.0 and qwords[n][:1] != al.words[h[1]][:1] for n, h in hits.items()))
            # (so is a query in Latin letters of more words, none found as written and each short: "Dana Air" is not
            # DENA AIRLINES)
            lone_near = lone_near or (len(qtoks) > 1 and len(hits) == len(qtoks) and all(
                h[0] < 1.0 and is_latin(qwords[n]) and min(len(al.words[h[1]]), len(qwords[n])) < TYPO_MIN_LEN
                for n, h in hits.items()))
            # (and so is one word of a name among company words found only by a sound of three letters, its letters
            # otherwise apart: "Tarso Group" is not LA TROSSE GROUP; "Qadir Investment" is GHADIR INVESTMENT)
            name_hits = [(n, h) for n, h in hits.items() if qroles[n] in NAME_ROLES]
            lone_near = lone_near or (len(name_hits) == 1 and all(
                h[2] in ("sound", "romanised") and is_latin(qwords[n]) and len(phonetic(qwords[n])) <= SOUND_MIN_CODE
                and len(romanised(qwords[n])) <= SOUND_MIN_CODE
                and fuzz.ratio(qwords[n], al.words[h[1]]) < SOUND_APART_RATIO * 100 for n, h in name_hits))
            # (so is one word of a name, the others found as written, found only by a sound of three letters with
            # other vowels and two letters more or fewer: the consonants alone are all it shares, "Almacen Pelasso" is
            # not ALMACEN PELIS; nor the query's one word of a name, five letters or fewer, with letters added at its
            # end and other consonants: "Korber Communications" is no misspelt KORBE COMUNICACIONES, while "Hamzeh" is
            # HAMZE, a romanisation's final "h")
            near_names = [(n, h) for n, h in name_hits if h[0] < 1.0]
            lone_near = lone_near or (len(near_names) == 1 and all(
                (h[2] in ("sound", "romanised") and is_latin(qwords[n]) and len(phonetic(qwords[n])) <= SOUND_MIN_CODE
                 and len(romanised(qwords[n])) <= SOUND_MIN_CODE
                 and (_vowels(qwords[n]) != _vowels(al.words[h[1]])
                      and abs(len(qwords[n]) - len(al.words[h[1]])) >= 2))
                or (h[2] == "typo" and len(name_hits) == 1 and is_latin(qwords[n])
                    and min(len(qwords[n]), len(al.words[h[1]])) <= TYPO_MIN_LEN
                    and romanised(qwords[n]) != romanised(al.words[h[1]])
                    and qwords[n] != al.words[h[1]]
                    and (qwords[n].startswith(al.words[h[1]]) or al.words[h[1]].startswith(qwords[n])))
                for n, h in near_names))
            # (and a query of company words only, no word of a name, names no name whose words of a name it has only
            # as a company word beginning them: "Comercial" is no word of IMPORTADORA Y COMERCIALIZADORA, whose
            # 'Comercializadora' is a company word too)
            lone_near = lone_near or (not any(r in NAME_ROLES for r in qroles) and bool(hits) and all(
                h[2] == "stem" for h in hits.values() if al.roles[h[1]] in NAME_ROLES) and any(
                al.roles[h[1]] in NAME_ROLES for h in hits.values()))
            entity_type = self.entity_kind(al.entity_id)
            # (and so is a ship's or an aircraft's name found only spelt otherwise, the query's one word of a name,
            # every other word a place: they are named after places, and a word like a ship's name beside a place is
            # that place, or a thing sold there, not the ship: "Kelsura, Estonia" is no misspelt KELSORA, "Bardino
            # Uno" no BARTIN; found as written it is still the ship's name, which `place_name` weighs)
            lone_near = lone_near or (entity_type in NAMED_AFTER_PLACES and len(name_hits) == 1
                                      and name_hits[0][1][0] < 1.0 and len(qtoks) >= 2
                                      and all(qroles[n] == "place" or n in places
                                              for n in range(len(qtoks)) if n != name_hits[0][0]))
            out.append((i, Evidence("tokens", al.text, al.kind, qcov, matched_w, missing_w, trailing_w, True, missing,
                                    substituted, typos, unmatched_names, other, extra, legal_named, lone_near,
                                    located=bool(here),
                                    person_part=len(a_best) < len(al.toks) and entity_type == "individual",
                                    in_order=_in_order(hits), leading=leading,
                                    company_of_no_company=bool(q_legal) and not legal_named
                                    and entity_type in NO_LEGAL_FORM)))
        return out

    def entity_kind(self, entity_id) -> str:
        """The entity's type in lower case ("individual", "vessel"; "" when the list gives none)."""
        return (self.entities[entity_id].type or "").lower()

    def _candidates(self, variants: list[dict[str, tuple[float, str]]], brings: list[bool], prefix: bool,
                    spelt: list[bool] | None = None) -> set[int]:
        """The aliases sharing a word (or a variant of one) with the query, from the words that may bring candidates.
        A word on many aliases (more than COMMON_POSTINGS: a company word an abbreviation stands for, 'al') brings
        only those sharing another word of the query too, unless the query has no other word."""
        cand: set[int] = set()
        common: list[tuple[int, list[int]]] = []
        order = range(len(variants))
        if prefix:
            # what is typed so far brings a bounded number: its rarest words first, and the word being typed
            order = sorted(order, key=lambda n: (n != len(variants) - 1,
                                                 sum(len(self.postings.get(vt, ())) for vt in variants[n])))
        for n in order:
            v = variants[n]
            if not brings[n]:
                continue
            for vt, (_, how) in v.items():
                post = self.postings.get(vt, ())
                if how == SHORT_ROMANISED and spelt and spelt[n] and not prefix and len(post) <= COMMON_POSTINGS:
                    # a short word spelt another way, its skeleton two letters ('Seena'/'Sina', 'Dey'/'Day',
                    # 'Rim'/'Reem'): too many words alone, but the names that have another word of the query too
                    # (a name whose one distinctive word it is was never compared before: "Seena Shipping Company"
                    # found SENAT SHIPPING, not SINA SHIPPING COMPANY)
                    common.append((n, post))
                    continue
                if len(post) > MAX_POSTINGS or how in (SHORT_ROMANISED, SHORT_ABJAD):
                    continue
                if prefix:
                    post = post[:PREFIX_POSTINGS]
                if len(post) <= COMMON_POSTINGS:
                    cand.update(post)
                else:
                    common.append((n, post))
            if prefix and len(cand) > PREFIX_MAX_CANDIDATES:
                return cand
        if not cand and not common:
            # an Arabic-script query whose words are all short skeletons ('لواء الثورة': @BRIGADE, 'sr'): the
            # romanisations of its words bring what they find, to be confirmed word by word
            for n in order:
                if brings[n]:
                    for vt, (_, how) in variants[n].items():
                        if how == SHORT_ABJAD and len(post := self.postings.get(vt, ())) <= COMMON_POSTINGS:
                            cand.update(post)
        if common:
            anywhere = [set().union(*(p for vt in v if len(p := self.postings.get(vt, ())) <= MAX_POSTINGS))
                        for v in variants]
            for n, post in common:
                others = set().union(*(s for m, s in enumerate(anywhere) if m != n))
                cand.update(others.intersection(post) if len(variants) > 1 else post)
        return cand

    def align(self, q: "_Query", al: AliasRec, fallback: bool = True) -> dict[int, tuple[float, int, str]]:
        """Each query word's best word of the alias: {query position: (similarity, alias position, how)}. Beyond
        the index's own variants, words left over on both sides are compared within the candidate: an abbreviation,
        a typo or the same sound (a word the registry knows is not searched as a typo, but may be one of this name's
        words)."""
        hits: dict[int, tuple[float, int, str]] = {}
        # a word the query repeats is found at each place the name has it ("Haji Sattar Haji Khairullah")
        taken: set[int] | None = set() if q.repeats else None
        for n, v in enumerate(q.variants):
            best = (0.0, -1, "")
            for j, at in enumerate(al.toks):
                hit = v.get(at)
                if hit and (hit[0] > best[0] or (taken is not None and hit[0] == best[0] and best[1] in taken
                                                 and j not in taken)):
                    s_, how = hit
                    if al.acronym and how not in AS_WRITTEN:
                        continue
                    if "place" == q.roles[n] == al.roles[j] and other_places(q.words[n], al.words[j]):
                        continue      # another place: "Star Trade Kenya" is not "Star Trade Ghana"
                    if at[:1] == "@" and how not in TYPED_SO_FAR and not same_term(q.words[n], al.words[j]):
                        # a company word's synonym, or a misspelling of one ('Petroliam' is 'petroleum', @OIL as
                        # 'petrochemical' is), is another word
                        s_, how = min(s_, SYNONYM_SIM), "synonym"
                    if s_ > best[0] or (taken is not None and s_ == best[0] and best[1] in taken and j not in taken):
                        best = (s_, j, how)
            if best[1] >= 0:
                hits[n] = best
                if taken is not None:
                    taken.add(best[1])
        for n, _, v in q.joins:
            # two words the name writes as one, found better together than apart
            if not v or al.acronym:
                continue
            apart = [hits.get(m, (0.0,))[0] for m in (n, n + 1)]
            if max(apart) >= 1.0 and not (is_abjad(q.words[n]) and min(apart) < FOUND_SIM):
                continue      # (in Arabic script, one word found and the other not: 'حزب الله' is HIZBALLAH)
            best = max(((v[at][0], j) for j, at in enumerate(al.toks) if at in v), default=(0.0, -1))
            if best[0] > min(apart) and best[0] >= FOUND_SIM:
                hits[n] = hits[n + 1] = (best[0], best[1], "apart")
        if fallback:
            self.fill(q, al, hits)
        return hits

    def fill(self, q: "_Query", al: AliasRec, hits: dict[int, tuple[float, int, str]]) -> None:
        """Compare the words left over on both sides within the candidate (see `align`)."""
        if len(hits) < len(q.toks) or any(h[0] < 1.0 for h in hits.values()):
            used = {j for j, s_ in _positions(hits).items() if s_ >= 1.0}
            for n in range(len(q.toks)):
                if n in hits and hits[n][0] >= 1.0:
                    continue
                best = hits.get(n, (0.0, -1, ""))
                for j, aw in enumerate(al.words):
                    if j not in used and not compound_elsewhere(q.words, n, aw, al.roles[j]):
                        s_, how = word_similarity(q.words[n], q.roles[n], aw, al.roles[j])
                        if n in q.dotted and s_ < ABBREVIATION_SIM and dotted_short_form(q.words[n], aw):
                            # a word closed by a dot is abbreviated, cut short or contracted, a name's word too:
                            # "Fco." for "Francisco", "S." for "San" (with no dot, 'Sam' is no "Samsung")
                            s_, how = ABBREVIATION_SIM, "abbreviation"
                        if s_ > best[0] and (how in AS_WRITTEN or not al.acronym):
                            best = (s_, j, how)
                if best[0] < ABBREVIATION_SIM:
                    span = _span_match(q.words[n], al, used)
                    if span and span[0] > best[0]:
                        best = span
                if best[1] >= 0:
                    hits[n] = best
            self._initials_of_query(q, al, hits)

    @staticmethod
    def _initials_of_query(q: "_Query", al: AliasRec, hits: dict[int, tuple[float, int, str]]) -> None:
        """A word of the name made of the initials of words of the query in a row, none of them found otherwise:
        'AEOI' of "AEOI Basij Resistance Center" for "Atomic Energy Organization of Iran Basij Resistance Center"
        (stopwords left out; three letters at least), the reverse of `_span_match`."""
        used = set(_positions(hits))
        for j, aw in enumerate(al.words):
            k = len(aw)
            if j in used or not (3 <= k <= ACRONYM_MAX_LEN and aw.isalpha() and is_latin(aw)):
                continue
            for n in range(len(q.words) - k + 1):
                run = range(n, n + k)
                if (all(m not in hits and is_latin(q.words[m]) for m in run)
                        and "".join(q.words[m][:1] for m in run) == aw):
                    for m in run:
                        hits[m] = (ABBREVIATION_SIM, j, "initials")
                    used.add(j)
                    break

    def _part_of_name(self, q: "_Query", hits: dict, al: AliasRec, aw: list[float]) -> bool:
        """Every word of the query found in the name is a part of that name when it has two distinctive words or more,
        in the name's order ('Selva Amazonica' of 'Transportes Aereos Unidos Selva Amazonica', 'Almaz-Antey
        Main System Design Bureau'), or one with other words, three in a row at least, that weigh more than the rest
        of the name ('Hongxiang Industrial Development' of 'Dandong Hongxiang Industrial Development'). Fewer words,
        or words leaving out what weighs most, say what kind of company rather than which ('Money Exchange', 'Oil and
        Gas Services' of 'Tiuboda Oil and Gas Services')."""
        distinct = {j for n, (s_, j, _) in hits.items() if q.roles[n] in DISTINCTIVE_ROLES and s_ >= FOUND_SIM}
        found = _positions(hits)
        js = sorted(found)
        if not distinct or len(js) < 2:
            return False
        if (len(q.words) <= PHRASE_MAX_WORDS and all(is_english_word(w) for w in q.words)
                and "place" not in q.roles and not place_spans(q.words)):
            # two dictionary words say what kind of thing, not which: "amusement park" is no part of WONDERLAND
            # AMUSEMENT PARK, "people's militia" none of DONBASS PEOPLE'S MILITIA (longer runs of them may be:
            # "Committee for the Reconstruction of Lebanon"; the dictionary's places are names: "Aachen Aalborg")
            return False
        if (len(q.words) == PHRASE_MAX_WORDS + 1 and all(is_english_word(w) for w in q.words)
                and "place" not in q.roles and not place_spans(q.words)
                and sum(1 for r in q.roles if r == "generic") <= 1
                and any(al.roles[j] in NAME_ROLES and j not in found and _coined(al.words[j])
                        for j in range(len(al.toks)))):
            # so are three, one company word among them at most, beside a coined word of the name they leave out:
            # "duty free shop" is no part of ZORVAL DUTY FREE SHOP (it has the name's word it lacks for that: "Mirage
            # for Waste Management" of MIRAGE FOR WASTE MANAGEMENT AND ENVIRONMENTAL SERVICES; "Colombian Money
            # Exchange", two company words, of COMERCIALIZADORA COLOMBIAN MONEY EXCHANGE)
            return False
        in_a_row = js[-1] - js[0] + 1 == len(js)
        if len(distinct) >= 2:
            # in the name's order: "Kish Air" is no part of "Yas Air Kish"
            return sorted(h[1] for h in hits.values()) == [hits[n][1] for n in sorted(hits)]
        return (in_a_row and len(js) >= PART_MIN_WORDS
                and sum(aw[j] for j in found) >= PART_MIN_SHARE * sum(aw))

    def _begins_one_entity(self, toks: tuple[str, ...], entity_id: str) -> bool:
        """The entity's names are the only ones whose first words are `toks`, in order."""
        rare = min(toks, key=lambda t: len(self.postings.get(t, ())))
        return {self.aliases[i].entity_id for i in self.postings.get(rare, ())
                if self.aliases[i].toks[:len(toks)] == tuple(toks)} == {entity_id}

    def _around_one_entity(self, q: "_Query", around: int, entity_id: str) -> bool:
        """The entity's names are the only ones whose first words are the query's first `around` words, company words
        only, and whose last words, legal forms aside, are the query's words after them, legal forms aside, a word of
        a name among them."""
        head = tuple(q.toks[:around])
        tail = tuple(t for t, r in zip(q.toks[around:], q.roles[around:]) if r != "legal")
        if not tail or not any(r in NAME_ROLES for r in q.roles[around:]):
            return False
        rare = min(tail, key=lambda t: len(self.postings.get(t, ())))
        ids = set()
        for i in self.postings.get(rare, ()):
            al = self.aliases[i]
            kept = tuple(t for t, r in zip(al.toks, al.roles) if r != "legal")
            if al.toks[:len(head)] == head and kept[-len(tail):] == tail:
                ids.add(al.entity_id)
        return ids == {entity_id}

    def _only_entity_with_all(self, toks: tuple[str, ...], entity_id: str) -> bool:
        """The entity is the only one whose names, together, have every word of `toks`."""
        ids: set[str] | None = None
        for t in sorted(set(toks), key=lambda t: len(self.postings.get(t, ()))):
            has = {self.aliases[i].entity_id for i in self.postings.get(t, ())}
            ids = has if ids is None else ids & has
            if not ids or ids - {entity_id} == ids:
                break
        return ids == {entity_id}

    def _ends_one_entity(self, toks: tuple[str, ...], entity_id: str) -> bool:
        """The entity's names are the only ones whose last words are `toks`, in order."""
        rare = min(toks, key=lambda t: len(self.postings.get(t, ())))
        return {self.aliases[i].entity_id for i in self.postings.get(rare, ())
                if self.aliases[i].toks[-len(toks):] == tuple(toks)} == {entity_id}

    def _opens_one_entity_unknown(self, q: "_Query", entity_id: str) -> bool:
        """The query's words, legal forms aside, are words of a name no English dictionary has, in Latin letters, and
        only this entity's names open with them ("Kelvaro", "Circulo Kelvaro"; not "Golden", which opens many names
        and is a dictionary's)."""
        named = tuple(t for t, r in zip(q.toks, q.roles) if r != "legal")
        words = [w for w, r in zip(q.words, q.roles) if r != "legal"]
        return (bool(named) and all(r in NAME_ROLES for r in q.roles if r != "legal")
                and all(is_latin(w) and w.isalpha() and len(w) >= 4 and not is_english_word(w) for w in words)
                and self._begins_one_entity(named, entity_id))

    def _coined_of_one(self, q: "_Query", hits: dict, al: AliasRec) -> bool:
        """A coined word, no dictionary's, found as written, that only one entity's names have, says which entity:
        "Imensazen" is IMENSAZEN CONSULTANT ENGINEERS INSTITUTE, "Zorvatek Maritime" KOREA ZORVATEK MARITIME LTD,
        though they leave words of the name out. A dictionary word does not ("Shell" is not "N.P.T.T. DONA-SHELL"),
        nor do two written as one ("Maplewood" may be another company than MAPLEWOOD SENSOR TECHNOLOGY), nor does a
        word of several entities' names, nor a query written whole with its legal form ("Lochinvar LLC"
        is not LOCHINVAR FARM; unless it is the name's last words and legal form: see `_evidence`); every word the query has must be found in the name, as written, and every word of a
        name among them be coined, the first opening the query ("casa de cambio" of ZORVAL CASA DE CAMBIO is a
        phrase)."""
        if 0 not in hits or q.roles[0] not in NAME_ROLES:
            return False         # it opens the query, company words after it ("casa de cambio" is a phrase)
        coined = False
        for n, (s_, j, how) in hits.items():
            if q.roles[n] not in NAME_ROLES:
                continue
            if how != "exact":
                return False
            if not (_coined(q.words[n]) and len(q.words[n]) >= COINED_MIN_LEN):
                return False     # every word of a name the query has is coined ("casa de cambio" is a phrase)
            coined = coined or (self.df.get(q.toks[n], 0) == 1 and al.toks[j] == q.toks[n])
        return coined

    def entity_countries(self, entity_id: str) -> frozenset[str]:
        """The countries of `entity_places`, without their regions ("ae" of "ae-du")."""
        return frozenset(c.partition("-")[0] for c in self.entity_places(entity_id))

    def entity_places(self, entity_id: str) -> frozenset[str]:
        """Where an entity is: its country and the places its names say ('Nigeria' of NIGERIAN TALIBAN)."""
        places = self._entity_places.get(entity_id)
        if places is None:
            places = self.country_codes(entity_id)
            for i in self.entity_aliases.get(entity_id, ()):
                al = self.aliases[i]
                for j, r in enumerate(al.roles):
                    if r == "place":
                        places |= place_codes(al.words[j])
            self._entity_places[entity_id] = places
        return places

    def _other_qualifier(self, al: AliasRec,
                         extra: list[tuple[str, str, frozenset[str], frozenset[str]]]) -> tuple[str, str] | None:
        """A qualifier the query has and none of the entity's names has: a place that is not where the entity is (a
        branch or subsidiary elsewhere: "Lama Foods Nigeria" is not "Lama Foods S.A.R.L." of Lebanon) or a line of
        business, rigour's domain words ("Sepahan Cement Mining" is not "Sepahan Cement"; "DJI Technology" is "SZ
        DJI Technology Co., Ltd.", a.k.a. "DJI"), or a word of a firm's own name (words.yaml name_symbols)."""
        home: frozenset[str] | None = None
        for tok, word, codes, syms in extra:
            if tok in self.entity_words[al.entity_id]:
                continue
            if codes:
                home = self.country_codes(al.entity_id) if home is None else home
                if not home & codes:
                    return ("place", word)
            elif any(s.startswith("DOMAIN:") for s in syms):
                return ("business", word)
            elif syms & vocab().words.name_symbols:
                # a word of a firm's own name, the family owning it ("Hermanos", "Brothers": words.yaml
                # name_symbols), none of the entity's names has: "Inversiones Zelmar Hermanos" is a firm of the
                # Zelmar brothers, not INVERSIONES ZELMAR LTDA.
                return ("name", word)
        return None

    def _substitution(self, q: "_Query", unexplained: list[int], al: AliasRec,
                      a_best: dict[int, float]) -> tuple[str, str] | None:
        """A word of the query unexplained by the name while a word of the name (or of this alias) is missing: another
        name ('Silverline Drone Parts' is not 'Silverline Drone Works', 'Gulf Gate Logistics' is not 'Gulf Gate
        Shipping', 'Alite Bank' is not 'Beijing Alite Technologies'). Legal forms never count."""
        name_i = self.name_alias.get(al.entity_id)
        refs = [(al, unexplained, a_best)]
        if name_i is not None and self.aliases[name_i] is not al:
            ref = self.aliases[name_i]
            hits = self.align(q, ref)
            refs.append((ref, [n for n in range(len(q.toks)) if n not in hits], set(_positions(hits))))
        for ref, still, found in refs:
            miss = [j for j in range(len(ref.toks)) if j not in found and ref.roles[j] in QUALIFIER_ROLES]
            if still and miss:
                return (q.words[still[0]], ref.words[miss[0]])
        return None


@dataclass
class _Query:
    toks: list[str]
    words: list[str]
    roles: list[str]
    variants: list[dict[str, tuple[float, str]]]
    weights: list[float]
    # two words in a row written as one (`apart_words`): (first word's position, joined, `Index.written_as_one`)
    joins: list[tuple[int, str, dict[str, tuple[float, str]]]] = field(default_factory=list)
    dotted: frozenset[int] = frozenset()   # words written with a dot closing them: abbreviated ("Fco.", "S.")

    repeats: bool = False             # a word comes twice

    def __post_init__(self) -> None:
        self.repeats = len(set(self.toks)) < len(self.toks)


def _width(how: str) -> int:
    """How many words of the alias one query word stands for: 'joined:2' ('Bahonar' for 'Ba Honar'), 'acronym:4'
    ('ISIL' for 'Islamic State of Iraq and the Levant')."""
    return int(how.rpartition(":")[2]) if ":" in how else 1


def _in_order(hits: dict[int, tuple[float, int, str]]) -> bool:
    """The query's words are found at positions of the alias in the order the query writes them."""
    at = [j for _, (_, j, _) in sorted(hits.items())]
    return at == sorted(at)


def _positions(hits: dict[int, tuple[float, int, str]]) -> dict[int, float]:
    """The alias positions the query's words were found at, with the best similarity at each."""
    out: dict[int, float] = {}
    for s_, j, how in hits.values():
        for k in range(j, j + _width(how)):
            out[k] = max(out.get(k, 0.0), s_)
    return out


def _words_in_a_row(q: "_Query", hits: dict[int, tuple[float, int, str]], al: AliasRec, *, at_end: bool) -> bool:
    """Every word of the query is found, as written, in a row at the name's first words (or, `at_end`, its last), in
    order, and the name has more words (a legal form or article in front, or the words that say what kind of firm
    or whose it is, which people leave out)."""
    if not hits or len(hits) != len(q.toks):
        return False
    at = [hits[n][1] for n in sorted(hits)]
    first = len(al.toks) - len(at) if at_end else 0
    return (len(at) < len(al.toks) and at == list(range(first, first + len(at)))
            and all(how == "exact" and q.words[n] == al.words[j] for n, (_, j, how) in hits.items()))


def _words_around_one(q: "_Query", hits: dict[int, tuple[float, int, str]], al: AliasRec) -> int:
    """How many of the query's words are the name's first words when the query is the name with one word inside left
    out: every word of the query found as written, in order, the first at the name's first word, the rest in a row
    but for one word of the name, no stopword or legal form, that the query lacks, the last at the name's last word
    (legal forms aside: the name's own may follow, typed or not). 0 otherwise."""
    if len(hits) < 2 or len(hits) != len(q.toks):
        return 0
    if not all(how == "exact" and q.words[n] == al.words[j] for n, (_, j, how) in hits.items()):
        return 0
    at = [hits[n][1] for n in sorted(hits)]
    if at != sorted(at) or at[0] != 0:
        return 0
    named = [j for j in at if al.roles[j] != "legal"]
    ends = [j for j, r in enumerate(al.roles) if r != "legal"]
    steps = [b - a for a, b in zip(named, named[1:])]
    if not steps or named[-1] != ends[-1] or sorted(steps) != [1] * (len(steps) - 1) + [2]:
        return 0
    first = steps.index(2) + 1
    if al.roles[named[first - 1] + 1] in ("stop", "legal"):
        return 0
    return first


def _first_words_then(q: "_Query", hits: dict[int, tuple[float, int, str]], al: AliasRec,
                      left_out: tuple[str, ...]) -> bool:
    """The query's words, legal forms aside, are the name's first words, each found as written, in order, and the
    name's words after them that the query lacks, legal forms and stopwords aside, are all of the roles `left_out`."""
    named = [n for n in range(len(q.toks)) if q.roles[n] != "legal"]
    if not named or any(n not in hits for n in named):
        return False
    if not all(hits[n][2] == "exact" and q.words[n] == al.words[hits[n][1]] for n in named):
        return False
    if [hits[n][1] for n in named] != list(range(len(named))):
        return False
    found = {j for _, j, _ in hits.values()}
    rest = [j for j in range(len(named), len(al.toks)) if j not in found and al.roles[j] not in ("legal", "stop")]
    return bool(rest) and all(al.roles[j] in left_out for j in rest)


def _stop_after(text: str, k: int) -> bool:
    """The name's first `k` words (legal forms and stopwords aside) are followed by a stopword: a preposition, whose
    words after say which ("People's Militia of ...")."""
    seen = 0
    for t in analyse(text).terms:
        if t.role == "legal":
            continue
        if seen == k:
            return t.role == "stop"
        seen += t.role != "stop"
    return False


def _no_coined_word(words: list[str], roles: list[str], symbols: list, legal) -> bool:
    """Two words at most in Latin letters, no legal form, a place rigour puts in no country among them ('global':
    LOC:zz) and company words else ("Global Trading"): the query says what kind of company, not which (no word of a
    name, no number; a country or a town beside them says only where: "Global Trading Madrid")."""
    kept, nowhere = [], []
    for n, r in enumerate(roles):
        where = {x for x in symbols[n] if x.startswith("LOC:")} if r == "place" else set()
        if (r in ("stop", "legal") or where - {"LOC:zz"}
                or (r in NAME_ROLES and names_a_town((words[n],), [symbols[n]]))):
            continue   # (a town rigour reads as a word of a name, "Madrid", says where too)
        kept.append(n)
        if where:
            nowhere.append(n)
    return (not legal and 0 < len(kept) <= PLAIN_MAX_WORDS and bool(nowhere)
            and all(is_latin(words[n]) and (roles[n] == "generic" or n in nowhere) for n in kept))


HYPHENED_MIN_LEN = 4     # "MS-13" typed "MS13"; three letters joined ("A-BC") are any acronym's


def _one_hyphened_word(text: str, compact: str) -> bool:
    """The name's words are one word written with a hyphen between letters or digits ("MS-13", "SMT-K", "S-CAPE
    LIMITED"): typed joined ("MS13", "Scape Limited"), it is that word, though short (a compact key under six letters
    is indexed only then: two short words run together are any other name's otherwise, "Tat Bank" no 'TATBANK'). The
    hyphen the list writes says the parts are one word; a space between them would not."""
    return any(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", w) and w.replace("-", "") == compact
               for w in (c.strip(_EDGE_PUNCT) for c in ascii_text(text).casefold().split()))


def _with_more_words(found: Iterable[tuple[int, Evidence]]) -> list[tuple[int, Evidence]]:
    """Evidence for a name found inside a longer typed text (a question, an address, a parent's name): its literal
    matches count as normalised, since the text has more words than the name."""
    return [(i, replace(ev, rule="normalised") if ev.rule == "literal" else ev) for i, ev in found]


def _span_match(qw: str, al: AliasRec, used: set[int]) -> tuple[float, int, str] | None:
    """One query word for several words of the name, in a row: written as one ('Bahonar' for 'Ba Honar') or their
    initials ('ISIL' for 'Islamic State of Iraq and the Levant', stopwords left out; three letters at least)."""
    if not is_latin(qw) or not qw.isalpha():
        return None
    n = len(al.words)
    for j in range(n - 1):
        if j in used or (j + 1) in used:
            continue
        if al.words[j] + al.words[j + 1] == qw:
            return (1.0, j, "joined:2")
    k = len(qw)
    if 3 <= k <= 6:
        for j in range(n - k + 1):
            run = al.words[j:j + k]
            if all(x not in used for x in range(j, j + k)) and "".join(w[:1] for w in run) == qw:
                return (ABBREVIATION_SIM, j, f"acronym:{k}")
    return None


def apart_words(terms, kept) -> list[tuple[int, str]]:
    """Two Latin words in a row of a query written as one, with the stopwords between them and without: (the first
    word's position among the match tokens, the joined word). 'Alam al-Hoda' is 'alamalhoda' and 'alamhoda', as the
    name 'Alamolhoda' writes it; the reverse of 'joined:2' ('Bahonar' for 'Ba Honar')."""
    out: list[tuple[int, str]] = []
    k = pos = 0
    prev: tuple[int, str] | None = None
    between = ""
    for t in terms:
        if k < len(kept) and t.word == kept[k].word:
            kt = kept[k]
            word_ok = kt.role not in ("number", "cjk") and t.word.isalpha() and is_latin(t.word)
            if prev is not None and word_ok:
                out.append((prev[0], prev[1] + t.word))
                if between:
                    out.append((prev[0], prev[1] + between + t.word))
            prev = (pos, t.word) if word_ok else None
            between = ""
            pos += len(_bigrams(kt.text)) if kt.role == "cjk" else 1
            k += 1
        elif t.role == "stop" and prev is not None and t.word.isalpha():
            between += t.word
        else:
            prev = None
    return out


def articles_after(terms, kept) -> dict[int, str]:
    """The Latin words of a query followed by an Arabic article written apart (knowledge/vocab/words.yaml
    `latin_articles`: "Hayat ul Ulya"), each by its position among the match tokens, with that article."""
    forms = vocab().words.latin_articles
    out: dict[int, str] = {}
    k = pos = 0
    prev: int | None = None
    for t in terms:
        if k < len(kept) and t.word == kept[k].word:
            kt = kept[k]
            prev = pos if kt.role not in ("number", "cjk") and t.word.isalpha() and is_latin(t.word) else None
            pos += len(_bigrams(kt.text)) if kt.role == "cjk" else 1
            k += 1
        elif t.role == "stop" and prev is not None and t.word in forms and k < len(kept):
            out[prev] = t.word
            prev = None
        else:
            prev = None
    return out


def _anchored(first: str, second: str, word: str) -> bool:
    """A word of a name that could be two words written as one: it begins as the first begins and ends as the second
    ends ('alamolhoda' for 'alam' 'hoda'; 'kairaba' is not 'kavir' 'ba')."""
    return word.startswith(first[:APART_ANCHOR]) and word.endswith(second[-APART_ANCHOR:])


def _join_bigrams(bigrams: list[str]) -> str:
    if not bigrams:
        return ""
    return bigrams[0] + "".join(b[-1] for b in bigrams[1:])


def _vowels(word: str) -> str:
    """A word's vowels in order, each run written once ('picasso' 'iao')."""
    return degeminated("".join(c for c in word if c in "aeiou"))


def _says_which_firm(al: AliasRec, names: list[int], found: set[int]) -> bool:
    """The listed name is found whole, two words or more but its legal form, and its words of a name are not all
    everyday words (a coined word or a country's among them): only after such a name is a word no list knows, before
    a site word, taken for a town (`_branch_of`). After a one-word name, a part of a longer one, or "Golden Star",
    everyday words only, the unknown word and the site word are as likely another firm's own name ("Golden Star
    Zorblat Workshop", "Velmar Quistrel Workshop")."""
    spelt = [j for j, r in enumerate(al.roles) if r not in ("legal", "stop")]
    everyday = bool(names) and all(is_english_word(al.words[j]) and not is_territory_name(al.words[j]) for j in names)
    return not everyday and len(spelt) >= 2 and all(j in found for j in spelt)


def _closing(end: int, n: int, rest: set[int], places: set[int]) -> bool:
    """The words from `end` on close the query: none, or only where the entity is (places the query's evidence
    read as the entity's own, no word left unexplained: "Widget Bank, Palm Park branch Lima", "Widget Bank -
    Plaza Mayor branch, Lima"); a place elsewhere, or any other word, after the branch is not."""
    return all(k not in rest and k in places for k in range(end, n))


FOREIGN_UNIT_MIN_LEN = 4   # letters of a word read as a branch's word in a language the lists do not hold


def _foreign_unit_word(word: str, role: str, symbols, unlisted: Callable[[str], bool]) -> bool:
    """A word that no dictionary, place list, company vocabulary, everyday words or listed name knows, typed as a word
    (`unlisted` tells both: no initials), in the query (`_branch_of`: the word for a branch in a language the lists do
    not hold)."""
    return (role in NAME_ROLES and not symbols and len(word) >= FOREIGN_UNIT_MIN_LEN and word.isalpha()
            and not is_english_word(word) and word not in vocab().words.everyday and unlisted(word))


PREPOSITION_MAX_LEN = 2    # letters of a word read as a preposition between a branch's word and its town


def _preposition_like(word: str) -> bool:
    """A word of one or two letters, as the prepositions of many languages are ("i", "a", "w", "na", "en"), which
    rigour's stop words do not all hold."""
    return word.isalpha() and len(word) <= PREPOSITION_MAX_LEN


def _branch_of(qwords: list[str], qroles: list[str], qsymbols: list, unexplained: list[int], hits: dict,
               al: AliasRec, places: set[int], unlisted: Callable[[str], bool] | None = None) -> bool:
    """The query's words the name lacks say which branch, group or unit of the name it is, the name's every word of a
    name found as written, in order:
    - a word no list knows (`_foreign_unit_word`: another language's word for a branch), then a known town closing
      the query: "Almacen Velis Ltd cangen yn Lima";
    - a branch (knowledge/vocab/words.yaml `branch_phrases`) after the name, then what says where, no place other
      than the entity's: "Almacen Velis - Sucursal Zona 1", "Velis Hermanos Zona Libre de Colon" (a branch is no
      other legal person; "Branch" alone, or a branch abroad, says no more than that the name has branches); or a
      town, then a branch or an office, closing the query: "Almacen Velis Ltd Dubai branch" (the firm's office there);
    - a group word (`parent_group_words`) opening the query, before a name whose words of a name are all coined, no
      dictionary words, and the name lacking only company words: "Grupo Corvanch" is INMOBILIARIA CORVANCH;
    - a line of business (one of rigour's domain words) after the name of a group whose words of a name are coined:
      "Grupo Velmax Inmobiliaria" is GRUPO VELMAX's real-estate arm.
    (Its units, owned by the listed name, are blocked with it.)"""
    if not hits or any(how != "exact" for _, _, how in hits.values()):
        return False
    names = [j for j, r in enumerate(al.roles) if r in NAME_ROLES]
    found = {j for _, j, _ in hits.values()}
    # (a name of places and company words only, "Widget Land Defence Industries", is found whole, every word)
    worded = [j for j, r in enumerate(al.roles) if r not in ("legal", "stop")]    # all but its legal form
    whole = names or worded
    if not whole or any(j not in found for j in whole):
        return False
    ordered = sorted(hits)
    if [hits[n][1] for n in ordered] != sorted(hits[n][1] for n in ordered):
        return False
    first, last = min(hits), max(hits)
    words = vocab().words
    rest = set(unexplained)
    listed = None
    while last + 1 in rest:
        # the name's own legal form, written after it before what says which branch ("Widget Works Corp. Dubai
        # branch", "Widget Holdings (Pvt) (Harare office)"), is a word of the name: one of its legal forms, or a word
        # of it as listed that normalisation set aside
        if listed is None:
            listed = set(re.findall(r"\w+", al.text.casefold()))
        word, symbols = qwords[last + 1], set(qsymbols[last + 1])
        if not (any(word in f or symbols & f for f in al.legal)
                or (word in listed and word not in al.words)):
            break
        last += 1
        rest.discard(last)
    coined = not any(is_english_word(al.words[j]) or len(al.words[j]) < 3 for j in names)
    if qwords[0] in words.parent_group_words and 0 in rest and first > 0:
        if not coined or not names:
            return False
        rest.discard(0)
    if not rest:
        return True
    if min(rest) <= last:
        return False
    town = range(last + 1, len(qwords) - 1)
    named = tuple(qwords[n] for n in town)
    if (town and qwords[-1] in words.site_words and all(n in town or n == len(qwords) - 1 for n in rest)
            and (names_a_town(named, [qsymbols[n] for n in town])
                 or (unknown_town(named, [qroles[n] for n in town], [qsymbols[n] for n in town])
                     and _says_which_firm(al, names, found)))):
        # a town, then a site or unit of a firm (`site_words`: a warehouse, a store, an agency) closing the query: the
        # firm's premises in that town, no other legal person ("Widget Works, Lima warehouse", "Widget Shipping
        # Tehran agency"; "Widget Shipping Agency", without the town, may be a firm of its own); a town no list
        # knows (a word no dictionary knows, a street) only after a name that says which firm (`_says_which_firm`)
        return True
    if (min(rest) == last + 1 and qwords[last + 1] in words.site_words and all(n > last for n in rest)
            and names_a_town(tuple(qwords[last + 2:]), qsymbols[last + 2:])):
        # the same, in the order of the languages that write the place after ("Widget Works filiale di Lima",
        # "Widget Works filial em Lima": the words "di", "em" are stop words): a site or unit of a firm, then a town
        # closing the query, is the firm's premises in that town; a known town only, no country
        return True
    if unlisted is not None and all(n > last for n in rest) and len(qwords) - last >= 3:
        # one word no dictionary, place list, company vocabulary or listed name knows, between the name and a known
        # town closing the query, a word of one or two letters (a preposition) between them or none ("Widget Works
        # Ltd cangen yn Lima", "Widget Works brainse i Lima"): the word a language the lists do not hold writes for
        # the firm's branch or office there, as `branch_words` are read (round lk93). Not such a word closing the
        # query after the town: tried, it read a part of a name, then a town, then an adjective of another language
        # as a branch (two false matches); nor a word of three letters, short words of a name read so (a town no
        # list knows, beside the word, is `unknown_town`'s reading: one unknown word only)
        # (the name typed whole, its company words too: a word no vocabulary reads where a company word of the name
        # is left out may be that word in another language, or another trade's, "Widgetco Dabbawala Tiffin" no
        # branch of WIDGETCO SHIPPING CO LTD; session 54, train108's three false matches)
        u = last + 1
        town = range(u + 2 if len(qwords) - u > 2 and _preposition_like(qwords[u + 1]) else u + 1, len(qwords))
        if (all(j in found for j in worded)
                and _foreign_unit_word(qwords[u], qroles[u], qsymbols[u], unlisted)
                and all(qroles[n] in (*NAME_ROLES, "place") and not any(x.startswith(("DOMAIN:", "SYMBOL:"))
                                                                       for x in qsymbols[n]) for n in town)
                and names_a_town(tuple(qwords[n] for n in town), [qsymbols[n] for n in town])):
            return True
    for k in range(last + 1, len(qwords)):
        for phrase in words.branch_phrases:
            if tuple(qwords[k:k + len(phrase)]) == phrase:
                after = range(k + len(phrase), len(qwords))
                town = range(last + 1, k)
                named = tuple(qwords[n] for n in town)
                if (town and _closing(k + len(phrase), len(qwords), rest, places)
                        and all(n in town or n >= k for n in rest)
                        and (names_a_town(named, [qsymbols[n] for n in town])
                             or unknown_town(named, [qroles[n] for n in town], [qsymbols[n] for n in town],
                                              phrase))):
                    # a town, then a branch or an office, closing the query: the firm's office in that town, no
                    # other legal person wherever it is ("Widget Works Ltd Dubai branch", "... - Lima office"; a
                    # country's branch may be listed as an entity of its own: "Widget Foundation: Somalia Branch");
                    # or closing it but for where the entity is, after it ("Widget Bank, Palm Park branch Lima",
                    # "Widget Bank - Plaza Mayor branch, Lima", "... Ave. branch (Lima)": `_closing`)
                    return True
                where = tuple(qwords[n] for n in after)
                if (after and min(rest) == k and all(n >= k for n in rest)
                        and names_a_town(where, [qsymbols[n] for n in after])):
                    # a branch or an office, then a town, closing the query: the same office in Spanish order
                    # ("Widget Works Sucursal Lima" reads as "Widget Works Lima branch"; a country after the branch
                    # word stays another entity, as before it)
                    return True
                # a branch word alone closing the text says only that the name has branches, in any language
                alone_not = phrase in BRANCH_ALONE_NOT or phrase[0] in words.branch_words
                return (min(rest) == k and all(n >= k for n in rest) and len(after) <= BRANCH_AFTER_MAX
                        and (len(after) > 0 or not alone_not)
                        and not any((qroles[n] == "place" or n in places) and n in rest for n in after))
    if (coined and names and any(al.words[j] in words.parent_group_words for j in found)
            and all(qroles[n] == "generic" and any(x.startswith("DOMAIN:") for x in qsymbols[n]) for n in rest)):
        return True
    return False
