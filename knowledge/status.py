"""A company's listing status as the first sentence of an answer, from the list data, citing each official source.

States only what the list data holds: which lists, since when (or from when until the removal), and what each
list restricts. Active listings come first, what touches people most leading (a blocking, a sales ban, no new
device authorizations, export licences, then investment and procurement); then removals, newest first. Each
clause cites its listing's official source.

A question asking permission ("can I still buy a Mi 10T Pro?", "can Americans invest in SMIC?") is answered first:
"No" when an active listing bars what it asks, a limited yes when one only limits it, and "Yes, as far as the lists
held here go" when none does (knowledge/vocab/activities.yaml says which restrictions bar or limit what); the
listings that say why follow, those barring or limiting it first. An investment ban is never read as a purchase ban.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from rigour.territories import lookup_by_identifier

from .models import Citation, Entity, Listing, Match
from .vocab import Activity, vocab

MAX_LISTINGS = 4  # the answer names the most telling listings; /company shows them all
LIST_DATA_PATH = "list data: "  # a listing citation's `path`: how an answer is known to rest on list data


def _severity(listing: Listing) -> int:
    """What touches ordinary people most comes first (knowledge/vocab/severity.yaml)."""
    v = vocab()
    return min((v.severity_rank(k) for k in listing.restriction_keys), default=len(v.severity))


def _day(d: date | None) -> str:
    return f"{d:%B} {d.day}, {d.year}" if d else "an unknown date"


def ordered_listings(listings: list[Listing], asked: frozenset[str] = frozenset(), named: tuple = ()) -> list[Listing]:
    """`asked`: restriction keys of the lists the question names or of the activity it asks about; `named`: the
    listings on the lists it names. Those come first ("when did it go on the Entity List?" is answered by the Entity
    List clause, not the fourth one)."""
    first = lambda l: (any(l is n for n in named), bool(asked & set(l.restriction_keys)))  # noqa: E731
    active = sorted(
        (l for l in listings if l.status == "active"),
        key=lambda l: (tuple(not x for x in first(l)), _severity(l), -(l.start_date or date.min).toordinal()),
    )
    ended = sorted(
        (l for l in listings if l.status != "active"),
        key=lambda l: (first(l), l.end_date or l.start_date or date.min),
        reverse=True,
    )
    return active + ended


def listing_clause(listing: Listing, reason: bool = False) -> str:
    """"the Entity List since May 16, 2019 (US exporters need a licence to send it US items)"; the restriction
    sentences are in the present while the listing is active, in the past once it ended. `reason`: with the reason
    the listing's note states, if it states one ("..., for purchasing Iranian crude oil"), for a "why" question."""
    what = f" ({'; '.join(listing.restricts)})" if listing.restricts else ""
    why = vocab().reason_of(listing.note) if reason else ""
    why = f", {why}" if why else ""
    if listing.status == "active":
        since = f" since {_day(listing.start_date)}" if listing.start_date else ""
        return f"the {listing.list}{since}{why}{what}"
    span = f" from {_day(listing.start_date)}" if listing.start_date else ""
    until = f" until its removal on {_day(listing.end_date)}" if listing.end_date else ", since removed"
    return f"the {listing.list}{span}{until}{why}{what}"


@dataclass(frozen=True)
class StatusSentence:
    """Clauses of one sentence, each backed by the citation at the same position."""

    entity_name: str
    active: list[tuple[str, Citation]]
    ended: list[tuple[str, Citation]]
    more_active: tuple[str, ...] = ()   # the lists of active listings left out of the clauses, named briefly
    verdict: str = ""                   # the answer opening the sentence: a permission verdict ("No: "), or yes or
                                        # no about a list the question names ("No, ")
    verdict_rank: int | None = None     # 0 barred, 1 limited, 2 unsure, 3 clear; None: no verdict
    ended_first: bool = False           # the question names a list the company was on and is no longer: that leads
    gives_reason: bool = False          # a "why" question, and a listing's note states its reason (in its clause)
    not_on: str = ""                    # the list the question names (as it names it) when no listing is on it
    country: str = ""                   # where the list data places the company ("China"): a listed company is
                                        # told from its namesakes (Costar Group Co., Ltd. of China is not CoStar
                                        # Group, Inc. of the US), as /company shows it


def country_name(country: str | None) -> str:
    """The list data's country, a code ("CN") or a name ("China"), as a name ("China")."""
    if not country:
        return ""
    territory = lookup_by_identifier(country) if len(country) <= 3 else None
    return territory.name if territory else country


def verdict(entity: Entity, activity: Activity) -> tuple[str, int]:
    """"No: ", "Yes, with limits: " or "Yes, as far as the lists held here go: none of X's listings bars ...": what
    the company's active listings say about what the question asks to do, with its rank (0, the most restrictive,
    to 3), by which companies whose verdicts differ are told apart (`status_sentences`)."""
    permissions = vocab().permissions
    active = {k for listing in entity.listings if listing.status == "active" for k in listing.restriction_keys}
    if active & activity.bars:
        return f"{permissions.barred}: ", 0
    if active & activity.limits:
        return f"{activity.limited}: ", 1
    if active & activity.unsure_with:
        return f"{activity.unsure}. ", 2
    owner = f"{entity.name}'" if entity.name.endswith("s") else f"{entity.name}'s"   # English possessive
    return permissions.clear.format(owner=owner, doing=activity.doing) + " ", 3


def without_names(text: str, names) -> str:
    """The text without the words of these names, but for the words lists are named by ("is BYD Company Limited a
    Chinese military company?" still names the designation)."""
    own = {w for name in names for w in re.findall(r"\w+", name.casefold())} - vocab().list_phrase_words
    return " ".join(w for w in re.findall(r"[\w-]+|[^\w\s]", text or "") if w.casefold() not in own)


@dataclass(frozen=True)
class NamedLists:
    """The lists a question names, read against one company's listings."""

    keys: frozenset[str]          # what they restrict (restriction keys)
    listings: tuple[Listing, ...]  # the company's listings on them
    not_on: str                   # the list as the question names it, when the company has no listing on any

    @property
    def ended_only(self) -> bool:
        """The company was on a named list and is no longer."""
        return bool(self.listings) and not any(l.status == "active" for l in self.listings)


def named_lists(question: str, entity: Entity) -> NamedLists:
    """"Is Megvii still on the 1260H list?" is answered by that listing, ended or not, before the company's others;
    for a list the company has no listing on, the sentence says so first ("is Xiaomi on the Entity List?"). A listing
    is on a list the question names when the list's official name holds the words it is named by ("is SMIC still on
    the section 1237 list?" is not answered by its NS-CMIC listing, though both restrict securities)."""
    v = vocab()
    # read without the company's own words ("is it legal to keep running Kaspersky?" names the company, not the
    # Kaspersky sales ban)
    about_lists = without_names(question, (entity.name, *entity.aliases))
    keys = v.restrictions_named(about_lists)
    if not keys:
        return NamedLists(keys, (), "")
    words = v.list_words_named(about_lists)
    on = tuple(l for l in entity.listings if any(v.names_list(l.list, w) for w in words))
    return NamedLists(keys, on, "" if on else v.list_named_as_typed(about_lists))


def status_sentence(match: Match, question: str = "", asking: str | None = None) -> StatusSentence | None:
    """`question`: the lists it names lead the sentence. `asking`: the question in its thread's context ("and
    huawei?" after "can I still buy a Xiaomi phone?"), read for the permission it asks (`question` when None); the
    listings barring or limiting it lead."""
    entity = match.entity
    v = vocab()
    activity = v.permissions.asked(question if asking is None else asking)
    named = named_lists(question, entity)
    asked = named.keys | (activity.bars | activity.limits if activity else frozenset())
    ended_first = named.ended_only
    from .answer.question import vocabulary  # here: the answer package imports this module

    words = vocabulary()
    why = bool(words.why.search(question))
    gives_reason = why and any(v.reason_of(l.note) for l in entity.listings)
    seen: set[str] = set()
    active, ended = [], []
    for listing in ordered_listings(entity.listings, asked, named.listings):
        clause = listing_clause(listing, reason=why)
        if clause in seen:
            continue  # the same list recorded twice (shipped data and an import) is stated once
        seen.add(clause)
        citation = Citation(
            n=0,
            title=f"{listing.list} ({listing.authority})" if listing.authority else listing.list,
            url=listing.source_url,
            path=f"{LIST_DATA_PATH}{listing.list}",
            published=listing.end_date or listing.start_date,
            snippet=f"{entity.name}: {clause}.",
        )
        (active if listing.status == "active" else ended).append((clause, citation))
    # The most telling listings: the active ones, then ended ones as room is left; the named list's ended listing
    # first when that is what the question asks.
    ended = ended[: max(1, MAX_LISTINGS - len(active))] if ended_first else ended
    kept = MAX_LISTINGS - len(ended) if ended_first else MAX_LISTINGS
    more = tuple(c.path.removeprefix(LIST_DATA_PATH) for _, c in active[kept:])
    active, ended = active[:kept], ended[: max(0, MAX_LISTINGS - len(active[:kept]))]
    if not active and not ended:
        return None
    told = {"ended_first": ended_first, "not_on": named.not_on, "gives_reason": gives_reason,
            "country": country_name(entity.country)}
    if activity is None:
        # A yes/no question about the list it names is answered yes or no first ("is ZTE on the Entity List?").
        # ("Yes, ..." / "No, ...": a comma, where a permission verdict has a colon.)
        if (named.listings or named.not_on) and words.on_list_question.search(question):
            answer = words.not_on_the_list if named.not_on or named.ended_only else words.on_the_list
            return StatusSentence(entity.name, active, ended, more, verdict=f"{answer}, ", **told)
        return StatusSentence(entity.name, active, ended, more, **told)
    return StatusSentence(entity.name, active, ended, more, *verdict(entity, activity), **told)


def status_sentences(matches: list[Match], question: str, asking: str | None = None) -> list[StatusSentence]:
    """The status sentence of each company the question names, for an answer (`status_sentence`). Companies whose
    verdicts differ leave it open which one the question asks about ("can we buy from Xiaomi's supplier X?", "can I
    buy Dahua stock? I know Hikvision is off limits"): no verdict then, only their listings."""
    statuses = [s for s in (status_sentence(m, question, asking) for m in matches) if s]
    if len({s.verdict_rank for s in statuses}) > 1:
        statuses = [replace(s, verdict="", verdict_rank=None) for s in statuses]
    return statuses


def with_relatives_on_named_lists(statuses: list[StatusSentence], matches: list[Match], question: str,
                                  relatives) -> list[StatusSentence]:
    """A company said not to be on the list a question names, while a company the list data holds under a longer
    form of its name is on it ("is china mobile on the fcc covered list?": China Mobile Limited is not, China Mobile
    International USA Inc. is): both are stated, the one on it first, neither with a yes or no, which would be
    about one of them only.
    `relatives(entity)`: the held companies under longer forms of its name."""
    by_name = {m.entity.name: m.entity for m in matches}
    shown = set(by_name)
    out: list[StatusSentence] = []
    for sentence in statuses:
        entity = by_name.get(sentence.entity_name)
        if not sentence.not_on or entity is None:
            out.append(sentence)
            continue
        on_it = [e for e in relatives(entity) if e.name not in shown and named_lists(question, e).listings]
        if not on_it:
            out.append(sentence)
            continue
        for e in on_it:  # the listing that answers comes first
            shown.add(e.name)
            told = status_sentence(Match(e, 1.0, True, f"held under a longer form of the name of {entity.name}"),
                                   question)
            if told:
                out.append(replace(told, verdict=""))
        out.append(replace(sentence, verdict=""))
    return out


def render_status(sentence: StatusSentence, number) -> str:
    """The sentence with [n] after each clause; `number(citation)` assigns the citation its number."""
    def joined(items: list[tuple[str, Citation]], more: tuple[str, ...] = ()) -> str:
        parts = [f"{clause} [{number(c)}]" for clause, c in items]
        parts += [f"the {name}" for name in more]  # named, never "and 2 other lists"
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    name = f"{sentence.entity_name} ({sentence.country})" if sentence.country else sentence.entity_name
    if sentence.not_on:  # "X is not on the entity list, as far as the lists held here go; it was on ..."
        opening, name = f"{name} is not on {sentence.not_on}, as far as the lists held here go; ", "it"
    else:
        opening = ""
    # Each clause is numbered as it is read, so the clauses are joined in the order the sentence gives them.
    if sentence.ended_first:
        was = joined(sentence.ended)
        on = joined(sentence.active, sentence.more_active) if sentence.active else ""
        text = f"{name} was on {was}; it is no longer listed there" + (f", but is on {on}." if on else ".")
    elif sentence.active and sentence.ended:
        on = joined(sentence.active, sentence.more_active)
        text = f"{name} is on {on}; it was on {joined(sentence.ended)}."
    elif sentence.active:
        text = f"{name} is on {joined(sentence.active, sentence.more_active)}."
    else:
        text = f"{name} was on {joined(sentence.ended)}; it is no longer listed there."
    return sentence.verdict + opening + text
