"""Scoring one query against one alias: a small pure function of the evidence, whose reasons are data.

Tiers, best first (an exact match of any alias beats every near match of another entity):

- `literal` 1.0: the same words, legal form included ("China Mobile" is an a.k.a. of China Mobile Communications
  Group: it beats "China Mobile Limited", which equals the query only once "Limited" is dropped),
- `normalised` 0.99: equal once legal forms, case, script, punctuation and company-word abbreviations are
  normalised ("Semiconductor Mfg Intl Corp" = "Semiconductor Manufacturing International Corporation Limited"),
- a legal form the query names counts among exact matches: `reordered` 0.985, the same words in another order with the
  query's legal form ("Bank Melli PLC" is "Melli Bank PLC"), beats `other-legal-form` 0.98, equal once normalised but
  without the query's legal form or with another ("Bank Melli", a name of another entity; "Masters International Inc"
  for "Masters International Ltd." when an Inc is listed too),
- `confusable` 0.97 (words.yaml `confusable_letters`: l/1 as i, 0 as o; and the letters OCR reads alike,
  `ocr_confusable_letters`) and `compact` 0.96 (spaces ignored),
- `romanised` 0.95: the whole name, as no listed name writes it, another romanisation of one entity's name (its
  long-vowel skeleton, knowledge/lookup/skeleton.py: "Zarveeq Kooshan" for ZARVIQ KUSHAN), read only when no reading
  found the name exactly (requests.py `_whole_romanised`); a whole-name equality, over every near match, not among the
  exact tiers a reading stops at (`EXACT_TIERS`),
- `tokens`, at most 0.94: `alpha` x the weighted share of the query's words found in the alias + (1 - `alpha`) x the
  weighted share of the alias's words found in the query. A word found within a typo counts as alike as its letters
  are (one slip, the first letter kept, in a word of six letters or more counts 0.9 however short the word:
  index.typo_similarity; two letters side by side swapped, "Veiw" for "View", is that slip in a word of four letters
  too, beside the name's other words; so is a word spelt by its sound, a doubled consonant written once, or in a word
  of four letters or more a consonant for one that sounds alike: "Poso" for "Posso", "Isa" for "Issa", "Mesa" for
  "Meza": index.sound_slip; a word written with a dot closing it is abbreviated, a word of a name too, cut short or
  contracted: "Urb." for "Urbanizadora", "Fco." for "Francisco", "S." for "San"). Every word weighs by its role (a
  name word 1, a generic company word `w_generic`, a place `w_place`, a number `w_number`) and its rarity in the
  registry, so a candidate's extra qualifiers ("(Beijing)", "Group") lower its score against a query without them;
  name words after the last word found weigh `w_trailing` as much (people drop a name's last words: "Maplewood" for
  "Maplewood Sensors", while "Shell" is the last word of "N.P.T.T. DONA-SHELL", not its first); the query's words the
  alias has nothing for weigh `w_extra` as much ("Patriot Energy" is more than "Patriot"),
- `cjk-contained` 0.93 / `cjk-contains` 0.91: a Chinese-script query inside a Chinese name, or the reverse.

One word typed without the article of a name ("Barakaat" for AL-BARAKAAT, "Shahid" for ES-SHAHID) is a word, not yet
the name: its exact match is held under the threshold. So is a query of places only that is the name of a ship or aircraft
("Sevastopol", "Kashan": ships and aircraft are named after places; the query names the place), and so is a query
naming a legal form the name lacks, when the entity is a ship, an aircraft or a person, which have none ("Zorvan AB"
is a company, not the vessel ZORVAN), found exactly or near ("Ramiro Veltran y Cia" is no person RAMIRO VELTRAN).

Five rules keep a near miss from claiming a match, each holding the score below the threshold:
- a query word standing where the name has a different word ("Silverline Drone Parts" vs "Silverline Drone Works"),
  or a synonym of it ("Stars Telecom" vs "Stars Communications"), is another name;
- a name one of whose distinctive words the query lacks is another company sharing a word ("Shell plc" is not
  "N.P.T.T. DONA-SHELL", "Apple" is not "Apple Seeds Trading"; generic words, places and legal forms may be left out:
  "Megvii" is "Megvii Technology Limited", unless the query is written whole, ending in its legal form: "Puma SE" is
  not "Puma Security Company", or has no word of a name at all, only company words, numbers and places: "First
  Investment Bank" is not "First Islamic Investment Bank", "Havana" not "Havana International Bank"; and three words
  in a row, or two distinctive ones in the name's order, may be a part of a longer name: "Hongxiang Industrial
  Development" of "Dandong Hongxiang Industrial Development", but "Kish Air" is no part of "Yas Air Kish"; a firm's
  name's first words, as written, two at least and a coined word among them, are that name without its last words:
  "Zovar Petroleum" is ZOVAR PETROLEUM SERVICE SAL (not a person's: a given name and a surname begin many); and a
  name's last words with its own legal form, a coined word of one entity's among them, are that name without the
  words in front saying what it does: "Kelbrano Ltda." is COMPANIA AGROPECUARIA KELBRANO LTDA.);
- a qualifier the query has and the alias lacks makes another company: a place that is not the entity's country (a
  branch or subsidiary elsewhere: "Lama Foods Nigeria" is not "Lama Foods S.A.R.L." of Lebanon), a line of
  business, one of rigour's domain words ("Sepahan Cement Mining" is not "Sepahan Cement"), a word of a firm's own
  name, the family owning it ("Zelmar Hermanos" is not INVERSIONES ZELMAR LTDA.), or, when both are
  written whole with their own legal forms, any word ("Mr. Handyman International LLC" is not "MR HANDYMAN LTD";
  with the same legal form too, a place saying where it is after it: "Kelvor Holdings Limited Malta" is not KELVOR
  LIMITED of Malta; a word none of the entity's names has, against a name listed with no legal form: "Kelvaro Holdings
  BV" is not KELVARO), or a legal form of another class than the name's, when the name is found only spelt otherwise
  ("OOO Tekhnopromeksport", an LLC, is not JSC TEKHNOPROMEXPORT);
- a query of one word found only spelt otherwise names no one when that word of the name is short (four letters:
  with nothing else to go by, "Snowa" is not "Snow", "Avito" not "RT-Avto"), when the query's word is a dictionary
  word (typed as the dictionary writes it, it means that word: "Interpol" is not "Interpal"), when a typo changes
  its first letter ("Jarritovex" is not TARRITOVEX), typed in Cyrillic or Greek, which write every vowel, has one vowel
  other than the name's ("Рошен" is Roshen; Russian writes ROSHAN "Рошан") or, typed in Arabic
  script, has two consonants ('سواعد' is not "Wayside"); nor does a query of several Latin words none of which is
  found as written, each short ("Dana Air" is not "Dena Airlines"), nor a query of places only ("Busan" is a city,
  not a misspelt AL-BUSTAN), nor one word beside a place typed right, found only spelt otherwise with another first
  letter (the place says where, not which: "Bogota Ibiras" is not UBIRAS S.A. of Colombia);
- a query read by its letters' Unicode names (normalise.letter_name_reading: an alphabet ICU does not read, its names
  following one language's spelling, Old Hungarian ESZ a Hungarian "sz", an "s"), a guess at how the name is spelt,
  names no one when its words are found spelt otherwise and it lacks words of the name's own, not company words
  (rigour's symbols: HOLDINGS, TRADING, DEFENCE, which typed names leave out) nor lone letters (initials, "R/E",
  which a short form of a name leaves out as it may: alike.says_which): a reading "velmor air forsze" is not
  VELMOR NORTH AIR DEFENCE FORCES (lk108), "audrei farm" is R/E OF AUDREY FARM;
- a candidate sharing no distinctive word with the query is no match.

One rule looks at the candidates together (`hold_ambiguous`): a query found whole in the names of two entities or more,
as well in each, names none of them when it is only a part of a name ("Ghadir" of GHADIR INVESTMENT COMPANY and of
GHADIR INDUSTRIAL TRADING; "Syrian Arab" of SYRIAN ARAB ARMY and SYRIAN ARAB NAVY) or a place set aside that only says where
the firm is ("Armed Colombia" of ARMED ISLAMIC GROUP, Colombia set aside, and of REVOLUTIONARY ARMED FORCES OF COLOMBIA,
which has the place: such a reading is held by a name that has every word of the query, or by another reading that
sets the same place aside) or when the names it equals differ
only by a legal form it does not name ("Stroytransgaz" of STROYTRANSGAZ LLC and STROYTRANSGAZ OJSC; at the exact tiers
too: "Foreign Economic Association Technopromexport" is an LLC's name and a JSC's a.k.a.). The candidates stay listed,
under the threshold. A legal form the query names picks among them ("OOO Stroytransgaz"), and so does an entity's own
name, whole, over the same words as another entity's a.k.a. ("Veldrasuna" is VELDRASUNA before the front whose a.k.a.
it is; at one score, too, an entity's name ranks before another's a.k.a.), a firm's name the query lacks only company
words of over a person's name it lacks a given name of ("Velarde Munoz" is the VELARDE MUNOZ organisation, not
VELARDE MUNOZ, Jaime), a name with the query's words in the query's order over one with them in another order
("Bank Korvanni" is BANK KORVANI, not KORVANI BANK CJSC), a name the query is the first words of, as written, two
words at least and a coined one among them, over one it is found scattered in or spelt otherwise in ("Talven Sahel"
is TALVEN SAHEL ROYAL CO., not TALVEN KISH SAHEL DEVELOPMENT), and a name the query lacks fewer words of over one
lacking those and more ("Dravok Gems" is DRAVOK GEMS & JEWELLERY CO., not DRAVOK GEMS & JEWELLERY (HK) CO.).
Among the matches, a name the typed text has every word of, holding typed words another match's reading set aside (a
place, a unit's parent, a word typed again), ranks first (registry.Registry._explains_less: "Lima Depot - Widget
Group" is WIDGET GROUP - LIMA DEPOT before WIDGET GROUP S.A.).

`Params` (the weights, `alpha` and the threshold) are fit by benchmarks/fit_lookup.py and read from params.json.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from importlib import resources

TIER = {"literal": 1.0, "normalised": 0.99, "reordered": 0.985, "other-legal-form": 0.98, "confusable": 0.97,
        "compact": 0.96, "romanised": 0.95, "cjk-contained": 0.93, "cjk-contains": 0.91}
EXACT_TIERS = ("literal", "normalised", "reordered", "other-legal-form", "confusable", "compact")  # the name itself
# the name itself as written or normalised: the exact tiers without the misread ones (confusable letters, spaces
# ignored), which a field cut out of a longer text must not rest on (knowledge/lookup/fields.py)
EQUAL_TIERS = EXACT_TIERS[:4]
TOKENS_CAP = 0.94            # a near match never reaches an exact tier
BELOW = 0.05                 # how far under the threshold a "different name" is held
SAME_COVER = 1e-6            # two names explaining the query this alike explain it as well


@dataclass(frozen=True)
class Params:
    threshold: float = 0.85
    alpha: float = 0.6
    w_generic: float = 0.2
    w_place: float = 0.4
    w_number: float = 0.5
    w_trailing: float = 0.3
    w_extra: float = 1.0

    def role_weight(self, role: str) -> float:
        return {"generic": self.w_generic, "place": self.w_place, "number": self.w_number}.get(role, 1.0)


@lru_cache(maxsize=1)
def misread_letters() -> str:
    """The letters the `confusable` tier reads alike, for its reason ("l, 1, |, ! as i; 0 as o; rn as m"): words.yaml
    `confusable_letters` and `ocr_confusable_letters`, as forms.skeleton folds them, and `ocr_misread_letters`."""
    from ..vocab import vocab

    def grouped(pairs) -> list[tuple[str, str]]:  # single letters read as one letter, together ("l, 1, |, ! as i")
        read_as: dict[str, list[str]] = {}
        for letter, meant in pairs:
            read_as.setdefault(meant, []).append(letter)
        return [(", ".join(letters), meant) for meant, letters in read_as.items()]

    words = vocab().words
    pairs = grouped(words.confusable_letters) + list(words.ocr_confusable_letters)
    # and the scanner's misreadings `Index._ocr_read` reads at this tier: groups of letters, then digits
    pairs += [pair for pair in words.ocr_misread_letters if pair not in pairs and pair[0].isalpha()]
    pairs += grouped(pair for pair in words.ocr_misread_letters
                     if not pair[0].isalpha() and pair not in words.confusable_letters)
    return "; ".join(f"{letters} as {meant}" for letters, meant in pairs)


@lru_cache(maxsize=1)
def fitted_params() -> Params:
    """The parameters fit by benchmarks/fit_lookup.py (knowledge/lookup/params.json)."""
    path = resources.files(__package__).joinpath("params.json")
    if not path.is_file():
        return Params()
    data = json.loads(path.read_text(encoding="utf-8"))
    return Params(**{k: float(v) for k, v in data["params"].items() if k in Params.__dataclass_fields__})


@dataclass(frozen=True)
class Evidence:
    """What the index found for one (query, alias) pair."""
    rule: str                                  # a TIER key, or "tokens"
    alias: str
    alias_kind: str                            # name | alias | former | brand | product | abbreviation | chinese | weak
    query_cover: float = 1.0                   # weighted share of the query's words found in the alias
    matched: float = 1.0                       # weight of the alias's words found in the query
    missing: float = 0.0                       # weight of its words the query lacks (qualifiers among them)...
    trailing: float = 0.0                      # ...but for name words after the last one found ("Maplewood" for
                                               # "Maplewood Sensors": people drop a name's last words)
    distinctive: bool = True                   # they share a word that says which company
    lacks: tuple[str, ...] = ()                # the alias's words the query lacks
    substituted: tuple[str, str] | None = None  # (query word, the name's distinctive word it stands in for)
    typos: tuple[tuple[str, str], ...] = ()    # (query word, alias word) matched within a typo
    unmatched_names: tuple[str, ...] = ()      # the alias's distinctive words the query lacks
    other: tuple[str, str] | None = None       # ("place" | "business", word): a qualifier only the query has
    unexplained: float = 0.0                   # weighted share of the query's words found nowhere in the alias
    legal_named: bool = False                  # the alias has the legal form the query names
    lone_near: bool = False                    # the query is one word, found only spelt otherwise
    legal_forms: tuple[str, ...] = ()          # the alias's legal forms ("llc", "jsc")
    located: bool = False                      # a place the query adds says where the entity is ("... Nigeria")
    legal_unnamed: bool = False                # (an exact match) the alias has a legal form the query does not name
    bare_word: bool = False                    # (an exact match) one word, typed without the name's article
    place_name: bool = False                   # (an exact match) a query of places only, the name of a ship or aircraft
    company_of_no_company: bool = False        # (an exact match) the query names a legal form; the entity is a ship,
                                               # an aircraft or a person, which have none
    person_part: bool = False                  # (a near match) a person's name, the query lacking words of it
    in_order: bool = True                      # (a near match) the query's words are found in the alias's order
    leading: bool = False                      # (a near match) the query is the name's first words, each as written
    guessed: bool = False                      # (a near match) the query read by its letters' names, a guess at its
                                               # spelling (normalise.letter_name_reading): with words spelt
                                               # otherwise, it may not also lack the name's own words (not its
                                               # company words, rigour's symbols: HOLDINGS, TRADING)


@dataclass(frozen=True)
class Reason:
    rule: str
    score: float
    alias: str
    alias_kind: str
    missing: tuple[str, ...] = ()
    substituted: tuple[str, str] | None = None
    typos: tuple[tuple[str, str], ...] = ()
    capped: str | None = None                  # "different name" | "no distinctive word in common" | ...
    query_cover: float = 1.0                   # weighted share of the query's words found in the alias
    whole_query: bool = False                  # a near match in which every word of the query is found (a place
                                               # that only says where the entity is, is not found: a name that has
                                               # it names the query better)
    legal_named: bool = False                  # the alias has the legal form the query names
    legal_forms: tuple[str, ...] = ()          # the alias's legal forms
    legal_unnamed: bool = False                # (an exact match) the alias has a legal form the query does not name
    person_part: bool = False                  # a person's name, the query lacking words of it (a given name)
    in_order: bool = True                      # the query's words are found in the alias's order
    leading: bool = False                      # the query is the name's first words, each as written
    located_whole: bool = False                # a near match in which every word of the query is found or is a
                                               # place that says where the entity is ("Velmora Peru")

    def to_dict(self) -> dict:
        return asdict(self)

    def text(self) -> str:
        what = f"name '{self.alias}'" if self.alias_kind == "name" else f"'{self.alias}' ({self.alias_kind})"
        head = {
            "literal": f"exact {what}",
            "normalised": f"exact after normalisation: {what}",
            "reordered": f"the same words in another order, legal form included: {what}",
            "other-legal-form": f"exact after normalisation but for the legal form: {what}",
            "confusable": f"exact after letters read alike ({misread_letters()}) on {what}",
            "compact": f"exact ignoring spaces on {what}",
            "romanised": f"the whole name romanised otherwise: {what}",
            "cjk-contained": f"Chinese name contained in {what}",
            "cjk-contains": f"Chinese name {what} contained in the query",
        }.get(self.rule, f"near match {self.score:.2f} on {what}")
        if self.substituted:
            head += f" ('{self.substituted[0]}' instead of '{self.substituted[1]}')"
        if self.missing and self.rule == "tokens":
            head += f" (query lacks {', '.join(repr(m) for m in self.missing[:3])})"
        if self.typos:
            head += " (" + ", ".join(f"'{a}'~'{b}'" for a, b in self.typos[:3]) + ")"
        if self.capped in ("no distinctive word in common", "incomplete name", "one word, spelt otherwise",
                           "one word, without the name's article",
                           "a place, which a ship or aircraft is named after",
                           "a company's legal form, not a ship's, aircraft's or person's") or (
                self.capped or "").startswith(
                ("another ", "ambiguous")):
            head += f" ({self.capped})"
        return head


def tokens_score(query_cover: float, matched: float, missing: float, trailing: float, p: Params,
                 unexplained: float = 0.0) -> float:
    """The `tokens` score before the near-miss rules. The query's words the name has nothing for weigh `w_extra` as
    much as the others ("Patriot Energy" says more than "Patriot" does)."""
    query_cover /= 1.0 + (p.w_extra - 1.0) * unexplained
    alias_cover = matched / ((matched + missing + p.w_trailing * trailing) or 1.0)
    # scaled, not clipped, under the exact tiers: a fuller match still ranks above a thinner one
    return TOKENS_CAP * min(1.0, p.alpha * query_cover + (1.0 - p.alpha) * alias_cover)


def score(ev: Evidence, p: Params) -> Reason:
    """The score of one alias for one query, with why."""
    capped = None
    if ev.rule in TIER:
        s = TIER[ev.rule]
        if ev.bare_word:
            s, capped = min(s, p.threshold - BELOW), "one word, without the name's article"
        elif ev.place_name:
            s, capped = min(s, p.threshold - BELOW), "a place, which a ship or aircraft is named after"
        elif ev.company_of_no_company:
            s, capped = min(s, p.threshold - BELOW), "a company's legal form, not a ship's, aircraft's or person's"
    else:
        s = tokens_score(ev.query_cover, ev.matched, ev.missing, ev.trailing, p, ev.unexplained)
        # the near-miss rules (module docstring), the first that holds
        capped = ("different name" if ev.substituted else "incomplete name" if ev.unmatched_names
                  else f"another {ev.other[0]}: '{ev.other[1]}'" if ev.other
                  else "one word, spelt otherwise" if ev.lone_near
                  else "a company's legal form, not a ship's, aircraft's or person's" if ev.company_of_no_company
                  else "read by letter names, spelt otherwise and lacking words of the name"
                  if ev.guessed and ev.typos and any(w[:1] != "@" and len(w) > 1 for w in ev.lacks)
                  else None)
        if capped:
            s = min(s, p.threshold - BELOW)
    if not ev.distinctive:
        s, capped = min(s, p.threshold - BELOW, 0.5), "no distinctive word in common"
    # every query word explained by the alias (a place set aside counts apart: `located_whole`)
    explained = ev.rule == "tokens" and ev.unexplained == 0 and ev.substituted is None and ev.distinctive
    return Reason(ev.rule, round(max(0.0, s), 4), ev.alias, ev.alias_kind, ev.lacks, ev.substituted, ev.typos,
                  capped, ev.query_cover, explained and not ev.located, ev.legal_named, ev.legal_forms,
                  ev.legal_unnamed, ev.person_part, ev.in_order, ev.leading, explained and ev.located)


def rank(r: Reason, stripped: int) -> tuple:
    """How one alias (of one entity) ranks, best highest: its score, then the legal form the query names ("OOO
    Stroytransgaz" is "OOO STROYTRANSGAZ" before "STROYTRANSGAZ OJSC"), then the more literal alias."""
    return (r.score, r.legal_named, -stripped)


def _shares_query(r: Reason, other: Reason) -> bool:
    """`other` explains the query as well as `r` does, and `r` is no better a reading of it: `r` lacks words of its
    name (the query is only a part of it) or both lack none (equal names), and the query names no legal form that
    `r` has and `other` lacks."""
    if not (other.whole_query or (r.located_whole and other.located_whole)) or (r.legal_named and not other.legal_named):
        # a name that has the query's place word is a better reading than one the place only says where of: a
        # reading that sets a place aside is held by another that does, or by one that has every word
        return False
    if r.alias_kind == "name" and other.alias_kind != "name" and not r.missing:
        # an entity's own name, whole, is a better reading than the same words as another entity's a.k.a.
        # ("Veldrasuna" is VELDRASUNA, listed on its own, before the front whose a.k.a. it also is)
        return False
    if r.missing and not r.person_part and other.person_part and all(m[:1] == "@" for m in r.missing):
        # a name the query lacks only company words of is a better reading than a person's name it lacks words of:
        # "Velarde Munoz" is VELARDE MUNOZ TRADING COMPANY before VELARDE MUNOZ, Jaime (a person is named by a given
        # name too; a firm named after its owners, by their names)
        return False
    if r.in_order and not other.in_order:
        # words found in the order the query writes them are a better reading than the same words in another order
        # ("Bank Mellat" is BANK MELLAT before MELLAT BANK CJSC)
        return False
    if r.missing and not other.missing and other.capped is None:
        # a name the query is only a part of is no better a reading than one whose every word it has, some spelt
        # otherwise ("Epanastatikos Agonas": EPANASTATIKOS AGHONAS, not EPANASTATIKOS LAIKOS AGONAS), unless a
        # near-miss rule holds that one
        return True
    if r.leading and not other.leading:
        # a name the query is the first words of, each written as the name writes it, is a better reading than one
        # it is found scattered in or spelt otherwise: "Velnor Sahel" is VELNOR SAHEL ROYAL CO., not VELNOR KISH
        # SAHEL DEVELOPMENT; "Velnor Projects" is VELNOR PROJECTS ARCHITECTURAL, not VELNOR PROJECT GROUP (people
        # drop a name's last words, and keep the ones they type as written)
        return False
    if r.missing and other.missing and set(r.missing) < set(other.missing):
        # a name the query lacks fewer words of, the other lacking those and more, is the better reading: "Velnor
        # Gems" is VELNOR GEMS & JEWELLERY CO., not VELNOR GEMS & JEWELLERY (HK) CO., which adds a qualifier
        return False
    return other.query_cover >= r.query_cover - SAME_COVER and (bool(r.missing) or not other.missing)


def _other_legal_form(r: Reason, other: Reason) -> bool:
    """Both are the query exactly once normalised, as well, but for legal forms the query does not name, and they
    differ ("Foreign Economic Association Technopromexport" is an LLC's name and a JSC's a.k.a.). A name whose
    legal forms are all the query names is no such one: "National Iranian Oil Co" is NATIONAL IRANIAN OIL COMPANY,
    not NATIONAL IRANIAN OIL COMPANY PTE LTD."""
    return (r.rule in TIER and other.rule == r.rule and r.rule != "literal" and other.score == r.score
            and not r.legal_named and not other.legal_named and r.legal_unnamed
            and bool(r.legal_forms) and bool(other.legal_forms) and r.legal_forms != other.legal_forms)


def _alias_key(alias: str) -> str:
    """An alias as letters and digits only, to tell two entities' aliases that are the same name."""
    return "".join(ch for ch in alias.casefold() if ch.isalnum())


def _shared_near_name(r: Reason, other: Reason) -> bool:
    """Both are near matches (not an exact tier) through the same name, as well: a name two entities share (a
    parent's and its branches', "VELMORA FOUNDATION" of VELMORA : KENYA BRANCH and of VELMORA : PERU BRANCH) found in a
    query whose other words name neither as written ("Velmora : Kenia Brnch", "Velmora Foundation Lima office") names
    no one of them: the words that would pick one are the ones not read."""
    if r.alias_kind == "name" and other.alias_kind != "name":
        return False  # an entity's own name is a better reading than the same words as another's a.k.a.
    return (r.rule not in TIER and other.rule == r.rule and other.score == r.score
            and _alias_key(r.alias) == _alias_key(other.alias))


def ambiguous(best: dict[str, Reason]) -> dict[str, Reason]:
    """The entities the query names no more than another (see the module docstring), each with that other's reason."""
    out: dict[str, Reason] = {}
    for among, names_no_more in (({eid: r for eid, r in best.items() if r.whole_query or r.located_whole},
                                  _shares_query),
                                 ({eid: r for eid, r in best.items() if r.rule in TIER and r.rule != "literal"},
                                  _other_legal_form),
                                 ({eid: r for eid, r in best.items() if r.rule not in TIER}, _shared_near_name)):
        for eid, r in among.items():
            other = next((o for oid, o in among.items() if oid != eid and names_no_more(r, o)), None)
            if other is not None:
                out[eid] = other
    return out


def hold_ambiguous(best: dict[str, Reason], p: Params) -> dict[str, Reason]:
    """The reasons per entity, a match held under the threshold when the query names no one entity."""
    out = dict(best)
    held = ambiguous(best)
    for eid, other in held.items():
        r = best[eid]
        if r.score >= p.threshold - BELOW:
            out[eid] = replace(r, score=round(p.threshold - BELOW, 4), capped=f"ambiguous: also '{other.alias}'")
    # a near match through a name entities share held, no worse reading of the query picks one of them or another
    # (another name of the same words and more: "Velmora Foundation : Lima Branch" is not VELMORA ISLAMIC FOUNDATION)
    shared = [best[eid] for eid, other in held.items() if _shared_near_name(best[eid], other)]
    for eid, r in best.items():
        if eid not in held and r.rule not in TIER and r.score >= p.threshold - BELOW:
            if any(r.score < s.score and set(s.alias.casefold().replace("-", " ").split())
                   <= set(r.alias.casefold().replace("-", " ").split()) for s in shared):
                out[eid] = replace(r, score=round(p.threshold - BELOW, 4), capped="ambiguous: a better reading is shared")
    return out
