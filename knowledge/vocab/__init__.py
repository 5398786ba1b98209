"""The project's domain vocabularies, each in one data file here, loaded once.

- restrictions.yaml: what a listing restricts, by key, in words for a person (now and past),
- sources.yaml: list names (CSL `source` values, OpenSanctions datasets), the restriction keys of each, whose
  lists they are, and the place abbreviations people type,
- severity.yaml: the order an answer states restrictions in,
- activities.yaml: what people ask whether they may do with a company (buy its products, its shares, export to
  it, deal with it), the restrictions that bar or limit each, and how such a question is recognised,
- words.yaml: everyday words, which rigour symbols are legal forms, romanisation variants, the business words
  rigour tags no domain for, organisation words in several languages, the letters the Arabic article is written
  as, and world regions.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Restriction:
    key: str
    now: str
    past: str


@dataclass(frozen=True)
class Activity:
    """Something a person asks whether they may do with a company (activities.yaml)."""

    key: str
    asks: re.Pattern
    unless: re.Pattern | None
    doing: str                      # "buying its shares"
    bars: frozenset[str]            # restriction keys of an active listing that forbid it
    limits: frozenset[str]          # ...that allow it only in part or under conditions
    limited: str                    # the verdict when only limited ("Yes, with limits")
    # restriction keys of an active listing under which, none barring or limiting it, the lists held may not be
    # the whole story; `unsure` is said then instead of "yes"
    unsure_with: frozenset[str] = frozenset()
    unsure: str = ""
    by_government: bool = False     # asked only by a government body (its purchases), never by a person asking


@dataclass(frozen=True)
class Permissions:
    """How a question asking permission is read, and the verdicts it is answered with (activities.yaml)."""

    activities: tuple[Activity, ...]
    asking: re.Pattern              # "can I", "are US investors allowed to", "is it legal for us to"; each form
                                    # names who asks in a group of its own
    not_asking: re.Pattern          # words under which "yes" would not mean "allowed" ("illegal", "should")
    barred: str
    clear: str                      # with {owner} (the company's name, possessive) and {doing}
    personal: frozenset[str] = frozenset()          # who asks as a person ("i"): never a government body
    follow_up_openers: re.Pattern | None = None
    follow_up_questions: re.Pattern | None = None
    alternative: re.Pattern | None = None           # an alternative the question offers ("... or is it banned?")

    def continues(self, follow_up: str) -> bool:
        """A follow-up in a thread that asks nothing of its own ("and huawei?", "what about DJI?"): it keeps the
        permission its thread's question asked."""
        rest = self.follow_up_openers.sub("", follow_up or "", count=1)
        return not self.follow_up_questions.search(rest)

    @lru_cache(maxsize=256)
    def asked(self, question: str) -> Activity | None:
        """What the question asks permission to do, or None when it asks no permission or for nothing listed here
        (remembered: an answer about two companies reads it for each)."""
        text = " ".join((question or "").split())
        asking = self.asking.search(text)
        if not asking:
            return None
        asker = {w.casefold() for w in re.findall(r"\w+", next((g for g in asking.groups() if g), ""))}
        by_government = not asker & self.personal
        # Words saying it may be forbidden count in the sentence that asks, before any alternative it offers ("am I
        # allowed to buy one or are those banned now?" asks permission; "can I buy X? isn't it blacklisted" too).
        start = max(text.rfind(c, 0, asking.start() + 1) for c in ".?!")
        sentence = self.alternative.split(re.split(r"[.?!]", text[start + 1:])[0])[0]
        if self.not_asking.search(sentence):
            return None
        for activity in self.activities:
            if activity.by_government and not by_government:
                continue
            if activity.asks.search(text):
                return None if activity.unless and activity.unless.search(text) else activity
        return None


@dataclass(frozen=True)
class Words:
    legal_symbols: frozenset[str]
    everyday: frozenset[str]
    romanisation: tuple[tuple[str, str], ...] = ()
    # word -> the domain it names (rigour tags none for it)
    business: dict[str, str] = field(default_factory=dict)
    sun_letters: tuple[str, ...] = ()               # the Arabic article assimilated to them ("Ar-Rahma" is "al-Rahma")
    regions: tuple[str, ...] = ()                   # continents and world regions rigour does not tag as places
    # word -> the kind of organisation it names, in any language
    organisation: dict[str, str] = field(default_factory=dict)
    descriptions: frozenset[str] = frozenset()      # words saying what sort of group, written after its name
    korean_romanisation: tuple[tuple[str, str], ...] = ()   # Korean romanised two ways ("th"/"t", "ch"/"j")
    # word -> the rigour symbol it stands for ("DOMAIN:BANK", "SYMBOL:INTL"), in languages rigour has no such word for
    company: dict[str, str] = field(default_factory=dict)
    joining: frozenset[str] = frozenset()           # words that join a name's words and say nothing ("va", "-ye")
    # legal forms rigour does not know, as written (folded words) -> their compare form ("sociedad civil" -> "sc")
    legal_forms: dict[str, str] = field(default_factory=dict)
    part_words: frozenset[str] = frozenset()        # words saying a unit of another ("subsidiary", "branch")
    ordinals: frozenset[str] = frozenset()          # ordinal number words ("first", "erste"): not their cardinal
    parent_closers: tuple[tuple[str, ...], ...] = ()   # phrases closing "Unit, Parent subsidiary" (words each)
    parent_group_words: frozenset[str] = frozenset()   # a parent's group after "of" ("Unit of Groupe Parent")
    asking: frozenset[str] = frozenset()            # words asking to look a name up ("check Widget Works")
    latin_articles: frozenset[str] = frozenset()    # the Arabic article written apart after a word ("Hayat ul")
    name_symbols: frozenset[str] = frozenset()      # rigour symbols of words of a firm's own name ("Brothers")
    german_romanisation: tuple[tuple[str, str], ...] = ()   # Russian in German transliteration ("tsch"/"ch")
    korean_words: dict[str, str] = field(default_factory=dict)       # Hangul company word -> its English words
    korean_leading_words: dict[str, str] = field(default_factory=dict)   # ...only opening a name ("조선": Korea)
    korean_closing_words: dict[str, str] = field(default_factory=dict)   # ...only closing one ("성": ministry)
    branch_phrases: tuple[tuple[str, ...], ...] = ()   # phrases saying a branch of the name before them ("sucursal")
    party_words: frozenset[str] = frozenset()       # a party to a payment, labelling the name after it ("supplier")
    index_articles: frozenset[str] = frozenset()    # articles an index writes after a comma ("Zetas, Los")
    russian_adjective_endings: tuple[str, ...] = ()  # a Russian adjective's endings as romanised, longest first
    russian_speaking: frozenset[str] = frozenset()  # countries whose towns Russian makes adjectives of ("Omsky")
    site_words: frozenset[str] = frozenset()        # a firm's site or unit, after a town closing a query ("warehouse")
    # a Hangul word the lists translate two ways -> its other English words ("위원회": commission, beside committee)
    korean_other_words: dict[str, str] = field(default_factory=dict)
    # domains whose English word is itself the works ("shipyard"): a factory word after one of them adds nothing
    works_domains: frozenset[str] = frozenset()
    # a Latin word as Russian writes it, read back from Cyrillic: (Latin letters, their readings) ("qu"/"kv")
    russian_romanisation: tuple[tuple[str, tuple[str, ...]], ...] = ()
    greetings: frozenset[str] = frozenset()         # greetings opening a request ("hi")
    addressees: frozenset[str] = frozenset()        # whom a greeting opening a request greets ("team")
    clause_openers: frozenset[str] = frozenset()    # a word opening a clause closing a request ("before")
    clause_subjects: frozenset[str] = frozenset()   # ...and its subject after it ("we")
    saint_titles: frozenset[str] = frozenset()      # a saint's title opening a town's name ("St.", "San")
    area_words: frozenset[str] = frozenset()        # a kind of area closing a place's name ("Valley")
    # Korean in the Revised Romanisation: its vowels ("eo"/"o") and a word's first consonant ("g"/"k") as
    # McCune-Reischauer writes them
    korean_revised_vowels: tuple[tuple[str, str], ...] = ()
    korean_revised_initials: tuple[tuple[str, str], ...] = ()
    premises_words: frozenset[str] = frozenset()    # a building or a zone closing premises' name ("Hotel", "Zone")
    # a company's branch in the lists' other languages ("oddzial", "pobocka"), folded, also among `branch_phrases`
    branch_words: frozenset[str] = frozenset()
    # English spellings of long vowels in Persian and Arabic romanisations ("oo"/"u"): a name's skeleton
    # (knowledge/lookup/skeleton.py)
    spelling_skeleton: tuple[tuple[str, str], ...] = ()
    # scripts that rigour transliterates or another reading of the lookup already reads (Han, Arabic, Hangul): not
    # read in ICU's Latin (knowledge/lookup/normalise.py `script_reading`)
    scripts_read_otherwise: frozenset[str] = frozenset()
    # alphabets rigour transliterates letter for letter in which a Latin-written name is spelt out as it sounds, its
    # stopwords and company words too (knowledge/lookup/normalise.py `_latin_word_in_alphabet`)
    alphabets_spelling_latin: frozenset[str] = frozenset()
    # letters read alike in a typed or scanned name ("l"/"1" as "i", "0" as "o"), folded in the confusable skeleton
    confusable_letters: tuple[tuple[str, str], ...] = ()
    # letters OCR reads as one another ("rn" and "m"), folded alike in a word's confusable skeleton
    # (knowledge/lookup/forms.py `skeleton`)
    ocr_confusable_letters: tuple[tuple[str, str], ...] = ()
    # scripts whose words end in a consonant written with its inherent vowel, which ICU's Latin writes and speech drops
    # ("ग्लोबल" is "globala" in ICU, "global" said; knowledge/lookup/normalise.py `script_reading`)
    scripts_unwritten_final_vowel: frozenset[str] = frozenset()
    # signs typed inside a word for the letter they look like ("°" for "o", "@" for "a"): the word read with the letter
    # (knowledge/lookup/requests.py `_symbols_as_letters`)
    symbol_letters: tuple[tuple[str, str], ...] = ()
    # a request's ordinary words in other languages, each with the English word it is read as ("controllare":
    # "check"; knowledge/lookup/requests.py `_request_in_english`)
    request_words_abroad: tuple[tuple[str, str], ...] = ()
    # the English words of `request_words_abroad` that make a text a request, and the marks opening a Spanish question
    request_starting_words: frozenset[str] = frozenset()
    inverted_marks: str = ""
    # letters with a caron or an overdot that Central European spellings and scholarly transliteration write for
    # English "ch", "sh", "zh", "j" ("č": "ch"): the text read with the English letters
    # (knowledge/lookup/requests.py `_caron_letters_in_english`)
    caron_letters: tuple[tuple[str, str], ...] = ()
    # Vietnamese company words, written a syllable apart, with their Vietnamese letters (NFC, folded): their syllables
    # -> the one word they are read as, which is among `company` ("công nghiệp": "congnghiep", SYMBOL:INDUSTRY)
    vietnamese: dict[tuple[str, ...], str] = field(default_factory=dict)
    # the letters German and Dutch spellings of a foreign name write for a sound English writes otherwise, each
    # language's own ("tsch": "ch", "oe": "u"): a text read with the English letters, one language at a time
    # (knowledge/lookup/requests.py `_spelt_abroad_in_english`)
    letters_abroad: tuple[tuple[tuple[str, str], ...], ...] = ()
    # letters a scanner misreads, each with the letters it read them for ("rn" for "m", "cl" for "d", "5" for "s"): a
    # typed word no list or dictionary knows read with the letters meant (knowledge/lookup/index.py `_ocr_read`)
    ocr_misread_letters: tuple[tuple[str, str], ...] = ()
    # a letter of an alphabet neither rigour nor ICU reads, read by the letter its Unicode name opens with: the
    # scripts not so read (a syllabary Unicode names by letters), the prefix a script names its consonants with ("ya"
    # of Tifinagh YAB), and the scripts naming a vowel with a glide before it (Glagolitic YESTU "e")
    # (knowledge/lookup/normalise.py `letter_name_reading`)
    scripts_not_read_by_letter_names: frozenset[str] = frozenset()
    letter_name_prefixes: tuple[tuple[str, str], ...] = ()
    letter_name_glides: frozenset[str] = frozenset()
    # the vowel digraphs a script's letter names are spelt with, in its own spelling, and the vowel each writes
    # (Gothic AIHVUS "e": Wulfila's "ai" is e)
    letter_name_digraphs: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Vocab:
    restrictions: dict[str, Restriction]
    severity: tuple[str, ...]
    by_abbreviation: dict[str, tuple[str, ...]]
    by_phrase: tuple[tuple[str, tuple[str, ...]], ...]
    opensanctions_datasets: dict[str, str]
    words: Words
    jurisdictions: frozenset[str] = frozenset()   # whose lists these are (sources.yaml)
    place_abbreviations: frozenset[str] = frozenset()   # "uk", "eu": places even in lower case (sources.yaml)
    permissions: Permissions | None = None
    listing_reason: re.Pattern | None = None   # the reason a listing's note states (sources.yaml)

    def reason_of(self, note: str | None) -> str:
        """The reason a listing's note states for it, in its words ("for purchasing Iranian crude oil"); ""."""
        found = self.listing_reason.search(note or "") if self.listing_reason else None
        return found.group(1).rstrip(" ,.") if found else ""

    def restriction(self, key: str) -> Restriction:
        try:
            return self.restrictions[key]
        except KeyError:
            raise KeyError(f"unknown restriction key {key!r} (knowledge/vocab/restrictions.yaml has "
                           f"{', '.join(sorted(self.restrictions))})") from None

    def severity_rank(self, key: str) -> int:
        return self.severity.index(key) if key in self.severity else len(self.severity)

    def restrictions_for_source(self, source: str) -> list[str]:
        """Restriction keys of a listing on this list, from the list's name (a CSL `source` value or a list name)."""
        m = re.search(r"\(([^)]+)\)", source or "")
        if m and m.group(1).strip().upper() in self.by_abbreviation:
            return list(self.by_abbreviation[m.group(1).strip().upper()])
        low = (source or "").lower()
        for phrase, keys in self.by_phrase:
            if phrase in low:
                return list(keys)
        return []

    def list_named_as_typed(self, text: str) -> str:
        """The first list a question names, in its own words, as a list ("the entity list", "the NS-CMIC list"); ""
        when it names none."""
        for phrase, _ in self.by_phrase:
            found = re.search(r"(?<![a-z0-9])" + r"[^a-z0-9]+".join(map(re.escape, phrase.split())) + r"(?![a-z0-9])",
                              text or "", re.I)
            if found:
                return _as_a_list(found.group(0))
        for abbreviation in self.abbreviations_named(text):
            found = re.search(rf"(?<![A-Za-z0-9-]){re.escape(abbreviation)}(?![A-Za-z0-9-])", text or "", re.I)
            if found:
                return _as_a_list(found.group(0))
        return ""

    @cached_property
    def list_phrase_words(self) -> frozenset[str]:
        """The words of the lists' names of several words ("chinese", "military", "company", "entity", ...): a
        company's name that shares one ("BYD Company Limited") does not take it out of the list a question names. A
        name of one word ("kaspersky") is also a company's, and goes with it."""
        return frozenset(w for phrase, _ in self.by_phrase if " " in phrase
                         for w in re.findall(r"[a-z0-9]+", phrase)) | {"list"}

    def abbreviations_named(self, text: str) -> list[str]:
        """The list abbreviations a text names: in capitals ("SDN"; in lower case "cap" or "el" are words), or in any
        case before the word "list" ("the sdn list", "the ns-cmic list")."""
        caps = set(re.findall(r"[A-Z][A-Z-]+", text or ""))
        before_list = {m.upper() for m in re.findall(r"([A-Za-z][A-Za-z-]*)\s+list\b", text or "", re.I)}
        return [abbr for abbr in self.by_abbreviation if abbr in caps or abbr in before_list]

    def list_words_named(self, text: str) -> tuple[frozenset[str], ...]:
        """The words of each list a question names, to find it in a listing's list name (`names_list`): "the entity
        list" -> {entity}, "the pentagon's chinese military company list" -> {chinese, military, company}, "SDN" ->
        {sdn}, "NS-CMIC" -> {cmic} (an "NS-" list is named by its last part in the official names)."""
        named = [phrase for phrase, _ in self._phrases_named(text)]
        named += [abbr.split("-")[-1].lower() for abbr in self.abbreviations_named(text)]
        return tuple(frozenset(_list_words(phrase) - {"list"}) for phrase in named)

    @staticmethod
    def names_list(list_name: str, words: frozenset[str]) -> bool:
        """Whether a list's official name holds all these words (`list_words_named`)."""
        return bool(words) and words <= _list_words(list_name)

    def restrictions_named(self, text: str) -> frozenset[str]:
        """Restriction keys of the lists a question names: by phrase in any case ("the entity list"), by abbreviation
        (`abbreviations_named`)."""
        keys = {k for _, ks in self._phrases_named(text) for k in ks}
        keys |= {k for abbr in self.abbreviations_named(text) for k in self.by_abbreviation[abbr]}
        return frozenset(keys)

    def _phrases_named(self, text: str) -> list[tuple[str, tuple[str, ...]]]:
        """The entries of `by_phrase` whose phrase the text holds, in any case, as whole words."""
        low = f" {re.sub(r'[^a-z0-9-]+', ' ', (text or '').lower())} "
        return [(phrase, keys) for phrase, keys in self.by_phrase if f" {phrase} " in low]


def _list_words(name: str) -> frozenset[str]:
    """A list name's words, lower case, a plural read as its singular ("Companies" -> company)."""
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", name.lower())
    return frozenset(re.sub(r"ies$", "y", w) if len(w) > 4 else w for w in words) | frozenset(
        w[:-1] for w in words if w.endswith("s") and not w.endswith(("ies", "ss")) and len(w) > 3)


def _as_a_list(words: str) -> str:
    return f"the {words}" if words.lower().endswith("list") else f"the {words} list"


def _load(name: str):
    # libyaml's parser when PyYAML has it: the same objects as yaml.safe_load, in a sixth of the time
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"), Loader=loader)


def _permissions(data: dict) -> Permissions:
    def alternatives(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(str(data[key]).casefold().split(), key=len, reverse=True))

    # who asks: one of `askers`, or anyone the asker's own ("can our hospital ...", "may my shop ...")
    # who asks: one of `askers`, or anyone the asker's own ("can our hospital ...", "may my shop ...")
    asker = (rf"(?:(?:(?:{alternatives('asker_openers')})\s+){{0,2}}(?:{alternatives('askers')})"
             rf"|(?:my|our)\s+(?:\w+\s+){{0,2}}?\w+)")
    modal, allowing, allowed = alternatives("modal_words"), alternatives("allowing_words"), alternatives("allowed_words")
    # At the start of the question or of a clause after a preamble ("Quick one: can I ...", "... list - so can I
    # ...?"), or "I can ...?" asked as a statement. Each form names who asks in a group of its own.
    asking = re.compile(
        rf"(?:^|[,;:.!?\-–—]\s*)(?:(?:{alternatives('clause_openers')})\W+)?"
        rf"(?:(?:{modal})\s+({asker})\b"
        rf"|(?:am|are)\s+({asker})\s+(?:still\s+)?(?:{allowing})\b"
        rf"|is\s+(?:it|that)\s+(?:still\s+)?(?:{allowed})(?:\s+for\s+({asker}))?\s+to\b"
        rf"|({asker})\s+(?:still\s+)?(?:{modal})\s+\w[^?]*\?"
        rf"|(?:is|are)\s+(?:\w+\s+){{1,4}}?(?:still\s+)?(?:{allowed})\b"
        rf"|(?:(am\s+i|are\s+we)\s+)?(?:{allowing})\s+to\b)",
        re.IGNORECASE)
    not_asking = re.compile(rf"(?:\b|(?<=n))(?:{alternatives('not_permission')})\b", re.IGNORECASE)
    activities = tuple(
        Activity(str(a["key"]), re.compile(a["asks"], re.IGNORECASE),
                 re.compile(a["unless"], re.IGNORECASE) if a.get("unless") else None, str(a["doing"]),
                 frozenset(a["bars"]), frozenset(a.get("limits") or ()), str(a["limited"]),
                 frozenset(a.get("unsure_with") or ()), str(a.get("unsure") or ""), bool(a.get("by_government")))
        for a in data["activities"])
    return Permissions(activities, asking, not_asking, str(data["barred"]), str(data["clear"]),
                       frozenset(str(data["personal_askers"]).casefold().split()),
                       re.compile(data["follow_up_openers"], re.IGNORECASE),
                       re.compile(data["follow_up_questions"], re.IGNORECASE),
                       re.compile(data["alternative"], re.IGNORECASE))


def _nfc(word: object) -> str:
    """A word written with its letters composed (NFC), folded."""
    return unicodedata.normalize("NFC", str(word)).casefold()


def _joined_ascii(word: object) -> str:
    """A word written a syllable apart as one word, in ASCII letters (rigour's `ascii_text`: "công nghiệp":
    "congnghiep", "đầu tư": "dautu")."""
    from rigour.text.translit import ascii_text

    return "".join(ascii_text(_nfc(word)).split()).casefold()


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    restrictions = {k: Restriction(k, v["now"], v["past"]) for k, v in _load("restrictions.yaml").items()}
    severity = tuple(_load("severity.yaml"))
    sources = _load("sources.yaml")
    words = _load("words.yaml")

    def word_set(key: str) -> frozenset[str]:
        """A words.yaml entry written as words apart, folded."""
        return frozenset(str(words.get(key) or "").casefold().split())

    v = Vocab(
        restrictions=restrictions,
        severity=severity,
        by_abbreviation={k.upper(): tuple(v) for k, v in sources["by_abbreviation"].items()},
        by_phrase=tuple((str(k).lower(), tuple(v)) for k, v in sources["by_phrase"].items()),
        opensanctions_datasets=dict(sources["opensanctions_datasets"]),
        words=Words(frozenset(words["legal_symbols"]), frozenset(str(words["everyday"]).split()),
                    tuple((str(a), str(b)) for a, b in words.get("romanisation", ())),
                    {str(w).casefold(): str(domain) for domain, ws in (words.get("business_words") or {}).items()
                     for w in ws},
                    tuple(str(x) for x in words.get("sun_letters", ())),
                    tuple(str(x) for x in words.get("regions", ())),
                    {str(w).casefold(): str(kind) for kind, ws in (words.get("organisation_words") or {}).items()
                     for w in ws},
                    word_set("descriptions"),
                    tuple((str(a), str(b)) for a, b in words.get("korean_romanisation", ())),
                    {str(w).casefold(): str(sym) for sym, ws in (words.get("company_words") or {}).items()
                     for w in ws}
                    | {_joined_ascii(w): str(sym) for sym, ws in (words.get("vietnamese_company_words") or {}).items()
                       for w in ws},
                    word_set("joining_words"),
                    {" ".join(str(k).casefold().split()): str(v) for k, v in (words.get("legal_forms") or {}).items()},
                    word_set("part_words"),
                    word_set("ordinal_words"),
                    tuple(tuple(str(x).casefold().split()) for x in words.get("parent_closers") or ()),
                    frozenset(str(x).casefold() for x in words.get("parent_group_words") or ()),
                    word_set("asking_words"),
                    frozenset(str(x).casefold() for x in words.get("latin_articles") or ()),
                    frozenset(str(x) for x in words.get("name_symbols") or ()),
                    tuple((str(a), str(b)) for a, b in words.get("german_romanisation", ())),
                    {str(k): str(v) for k, v in (words.get("korean_words") or {}).items()},
                    {str(k): str(v) for k, v in (words.get("korean_leading_words") or {}).items()},
                    {str(k): str(v) for k, v in (words.get("korean_closing_words") or {}).items()},
                    tuple(tuple(str(x).casefold().split()) for x in words.get("branch_phrases") or ())
                    + tuple((w,) for w in sorted(word_set("branch_words"))),
                    word_set("party_words"),
                    word_set("index_articles"),
                    tuple(sorted(str(words.get("russian_adjective_endings") or "").casefold().split(), key=len,
                                 reverse=True)),
                    word_set("russian_speaking"),
                    word_set("site_words"),
                    {str(k): str(v) for k, v in (words.get("korean_other_words") or {}).items()},
                    frozenset(f"DOMAIN:{d}" for d in str(words.get("works_domains") or "").split()),
                    tuple((str(a), tuple(str(b) for b in bs)) for a, *bs in words.get("russian_romanisation") or ()),
                    word_set("greeting_words"),
                    word_set("addressee_words"),
                    word_set("clause_openers"),
                    word_set("clause_subjects"),
                    word_set("saint_titles"),
                    word_set("area_words"),
                    tuple((str(a), str(b)) for a, b in words.get("korean_revised_vowels", ())),
                    tuple((str(a), str(b)) for a, b in words.get("korean_revised_initials", ())),
                    word_set("premises_words"),
                    word_set("branch_words"),
                    tuple((str(a), str(b)) for a, b in words.get("spelling_skeleton", ())),
                    word_set("scripts_read_otherwise"),
                    word_set("alphabets_spelling_latin"),
                    tuple((str(a), str(b)) for a, b in words.get("confusable_letters", ())),
                    tuple((str(a), str(b)) for a, b in words.get("ocr_confusable_letters", ())),
                    word_set("scripts_unwritten_final_vowel"),
                    tuple((str(a), str(b)) for a, b in words.get("symbol_letters", ())),
                    tuple((str(w), str(en)) for en, ws in (words.get("request_words_abroad") or {}).items()
                          for w in ws),
                    frozenset(str(w).casefold() for w in words.get("request_starting_words") or ()),
                    str(words.get("inverted_marks") or ""),
                    tuple((str(a), str(b)) for a, b in words.get("caron_letters", ())),
                    {tuple(_nfc(w).split()): _joined_ascii(w)
                     for ws in (words.get("vietnamese_company_words") or {}).values() for w in ws},
                    tuple(tuple((str(a), str(b)) for a, b in pairs)
                          for pairs in (words.get("letters_abroad") or {}).values()),
                    tuple((str(a), str(b)) for a, b in words.get("ocr_misread_letters", ())),
                    word_set("scripts_not_read_by_letter_names"),
                    tuple((str(a).casefold(), str(b).casefold())
                          for a, b in (words.get("letter_name_prefixes") or {}).items()),
                    word_set("letter_name_glides"),
                    tuple((str(script).casefold(), str(a).casefold(), str(b).casefold())
                          for script, pairs in (words.get("letter_name_digraphs") or {}).items()
                          for a, b in pairs)),
        jurisdictions=frozenset(sources["jurisdictions"]),
        place_abbreviations=frozenset(sources["place_abbreviations"]),
        listing_reason=re.compile(sources["listing_reason"]),
        permissions=_permissions(_load("activities.yaml")),
    )
    unknown = ({k for keys in v.by_abbreviation.values() for k in keys} | {k for _, keys in v.by_phrase for k in keys}
               | set(severity)
               | {k for a in v.permissions.activities for k in a.bars | a.limits | a.unsure_with}) - set(restrictions)
    if unknown:
        raise ValueError(f"knowledge/vocab: restriction keys without a phrase: {sorted(unknown)}")
    return v
