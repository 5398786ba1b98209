"""The nouns rendered for Discord: `Answer`, `Match`, `SourceInfo`, `IngestReport` -> `discord.Embed`.

Every function stays inside Discord's limits by trimming, never by failing: message content 2,000; embed title 256;
description 4,096; field name 256 and value 1,024; 25 fields; 6,000 characters per embed and per message in total;
footer 2,048. Sources are numbered links written `[title](<url>)` (the angle brackets suppress link previews).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

import discord

from knowledge.models import Answer, Citation, IngestReport, ListSource, Match, SourceInfo

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
MESSAGE_EMBEDS_LIMIT = 10

ELLIPSIS = "…"

COLOR_ANSWER = discord.Colour.blurple()
COLOR_DECLINED = discord.Colour.light_grey()
COLOR_MATCH = discord.Colour.red()
COLOR_NO_MATCH = discord.Colour.green()
COLOR_INFO = discord.Colour.dark_teal()


# ---- text helpers -----------------------------------------------------------------------------------------------
def trim(text: str, limit: int, *, ellipsis: str = ELLIPSIS) -> str:
    """Shorten to at most `limit` characters, preferring a sentence end, then a word boundary."""
    text = text or ""
    if len(text) <= limit:
        return text
    if limit <= len(ellipsis):
        return text[:limit]
    cut = text[: limit - len(ellipsis)]
    sentence = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "), cut.rfind("\n"))
    if sentence >= limit * 0.6:
        head = cut[: sentence + 1].rstrip()
        return head + (" " + ellipsis if len(head) + 1 + len(ellipsis) <= limit else ellipsis)
    space = cut.rfind(" ")
    if space >= limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + ellipsis


def link_text(text: str) -> str:
    """Text safe inside `[...]` of a markdown link."""
    cleaned = discord.utils.escape_markdown(" ".join((text or "").split()))
    return cleaned.replace("[", "(").replace("]", ")")


def link(title: str, url: str | None, limit: int = 200) -> str:
    label = link_text(trim(title or (url or "untitled"), limit))
    if url and url.startswith(("http://", "https://")):
        return f"[{label}](<{url.replace('>', '%3E').replace(' ', '%20')}>)"
    return label


def quote(text: str) -> str:
    """A block quote; mentions inside are neutralised (they never ping anyway: allowed_mentions is none)."""
    text = " ".join((text or "").split())
    return "> " + neutralise(text)


_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>")


def neutralise(text: str) -> str:
    """Break @everyone/@here/<@id> so quoted article text can't even look like a ping."""
    return _MENTION.sub(lambda m: m.group(0).replace("@", "@\u200b"), text)


def fmt_date(d: date | None) -> str:
    return d.isoformat() if d else "date not stated"


def source_date(s: SourceInfo) -> str:
    """A source's publication date; for one that states none, the first date its text mentions, said as such (the
    same words as the terminal's `sources`)."""
    if s.published or not s.mentioned:
        return fmt_date(s.published)
    return f"date not stated (the text first mentions {s.mentioned:%B %Y})"


def list_data_line(answer: Answer) -> str:
    """"List data as of 2026-12-01", flagged when older than the staleness setting."""
    line = f"List data as of {answer.list_data_as_of.isoformat()}"
    if answer.list_data_stale:
        line = "⚠ " + line + " (out of date: check the official list)"
    return line


def citation_line(c: Citation, limit: int = 300) -> str:
    return f"**[{c.n}]** {link(c.title, c.url, limit=min(200, limit))} · {fmt_date(c.published)}"


def _footer_text(text: str) -> str:
    return trim(text, FOOTER_LIMIT)


# ---- answers ----------------------------------------------------------------------------------------------------
@dataclass
class RenderedAnswer:
    embed: discord.Embed
    trimmed: bool          # some snippet (or source line) was shortened or left out: offer "Show sources"


def answer_embed(answer: Answer, *, snippet_limit: int = 300) -> RenderedAnswer:
    """The answer with [n] markers in the description, the numbered source links in one or more "Sources" fields
    and the quoted snippets, all within one embed's 6,000 characters."""
    trimmed = False
    title = trim("Q: " + " ".join(answer.question.split()), TITLE_LIMIT)
    footer = "Answers quote the sources; check them before acting."
    if answer.as_of:
        footer = f"Sources as of {answer.as_of.isoformat()} · " + footer
    if answer.list_data_as_of:
        footer = list_data_line(answer) + " · " + footer
    footer = _footer_text(footer)

    # Budget: the description takes what it needs up to 3,000 so the sources keep room; it may grow later.
    body = neutralise(answer.answer.strip() or "No answer.")
    fixed = len(title) + len(footer)
    description_budget = min(DESCRIPTION_LIMIT, 3000)
    description = trim(body, description_budget)
    if len(description) < len(body):
        trimmed = True

    embed = discord.Embed(
        title=title,
        description=description,
        colour=COLOR_ANSWER if answer.answered else COLOR_DECLINED,
    )
    embed.set_footer(text=footer)
    remaining = EMBED_TOTAL_LIMIT - fixed - len(description)

    # Sources: numbered links with dates, packed into fields of <= 1,024 characters.
    lines = [citation_line(c) for c in answer.citations]
    fields: list[tuple[str, str]] = []
    current = ""
    for line in lines:
        line = trim(line, FIELD_VALUE_LIMIT)
        if current and len(current) + 1 + len(line) > FIELD_VALUE_LIMIT:
            fields.append(("Sources" if not fields else "Sources (cont.)", current))
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        fields.append(("Sources" if not fields else "Sources (cont.)", current))

    snippet_fields: list[tuple[str, str]] = []
    for c in answer.citations:
        snippet = quote(c.snippet)
        short = trim(snippet, min(snippet_limit, FIELD_VALUE_LIMIT))
        if len(short) < len(snippet):
            trimmed = True
        snippet_fields.append((f"[{c.n}] {trim(link_text(c.title), FIELD_NAME_LIMIT - 8)}", short))

    max_fields = FIELD_COUNT_LIMIT
    for name, value in fields:
        cost = len(name) + len(value)
        if len(embed.fields) >= max_fields or cost > remaining:
            trimmed = True
            break
        embed.add_field(name=name, value=value, inline=False)
        remaining -= cost
    for name, value in snippet_fields:
        if len(embed.fields) >= max_fields:
            trimmed = True
            break
        cost = len(name) + len(value)
        if cost > remaining:
            # squeeze this snippet into what is left, if a useful amount is left
            room = remaining - len(name)
            if room >= 80:
                embed.add_field(name=name, value=trim(value, room), inline=False)
                remaining -= len(name) + len(trim(value, room))
            trimmed = True
            break
        embed.add_field(name=name, value=value, inline=False)
        remaining -= cost

    # If snippets were cut short and the description was trimmed, hand leftover room back to the description.
    if len(description) < len(body) and remaining > 50:
        grown = trim(body, min(DESCRIPTION_LIMIT, len(description) + remaining))
        embed.description = grown
        trimmed = trimmed or len(grown) < len(body)
    assert len(embed) <= EMBED_TOTAL_LIMIT, len(embed)
    return RenderedAnswer(embed, trimmed)


def sources_embeds(answer: Answer) -> list[list[discord.Embed]]:
    """Every citation in full (up to the description limit), grouped into messages of <= 10 embeds and <= 6,000
    characters: the "Show sources" view."""
    embeds: list[discord.Embed] = []
    for c in answer.citations:
        title = trim(f"[{c.n}] {' '.join(c.title.split())}", TITLE_LIMIT)
        e = discord.Embed(
            title=title,
            url=c.url if c.url and c.url.startswith(("http://", "https://")) else None,
            description=trim(quote(c.snippet), 1800),
            colour=COLOR_INFO,
        )
        e.set_footer(text=_footer_text(f"{fmt_date(c.published)} · {c.path}"))
        embeds.append(e)
    return pack_embeds(embeds)


def pack_embeds(embeds: list[discord.Embed]) -> list[list[discord.Embed]]:
    messages: list[list[discord.Embed]] = []
    current: list[discord.Embed] = []
    size = 0
    for e in embeds:
        if current and (len(current) >= MESSAGE_EMBEDS_LIMIT or size + len(e) > EMBED_TOTAL_LIMIT):
            messages.append(current)
            current, size = [], 0
        current.append(e)
        size += len(e)
    if current:
        messages.append(current)
    return messages


def thread_name(question: str) -> str:
    """A thread is named after its question (Discord allows 100 characters)."""
    name = " ".join(question.split()) or "question"
    return trim(name, 100)


# ---- company lookup ---------------------------------------------------------------------------------------------
def match_embed(query: str, matches: list[Match]) -> discord.Embed:
    hits = [m for m in matches if m.match]
    shared = [m for m in matches if m.ambiguous]
    if not hits and shared:
        # Several listed companies have this name in theirs: that is not "no match", it is "which one?".
        embed = discord.Embed(
            title=trim(f"Several listed companies match “{' '.join(query.split())}”", TITLE_LIMIT),
            description=f"{len(shared)} listed companies have this in their names. Give more of the name to tell which.",
            colour=COLOR_MATCH,
        )
        value = "\n".join(f"• {link_text(m.entity.name)}" for m in shared[:10])
        embed.add_field(name="Listed names that contain it", value=trim(value, FIELD_VALUE_LIMIT), inline=False)
        embed.set_footer(text="Check the official link before acting.")
        return embed
    if not hits:
        embed = discord.Embed(
            title=trim(f"No match for “{' '.join(query.split())}”", TITLE_LIMIT),
            description="Nothing on the lists I know clears the match threshold.",
            colour=COLOR_NO_MATCH,
        )
        if matches:
            nearest = "\n".join(
                f"• {link_text(m.entity.name)} — score {m.score:.2f} ({trim(m.reason, 120)})" for m in matches[:10]
            )
            embed.add_field(name="Nearest names", value=trim(nearest, FIELD_VALUE_LIMIT), inline=False)
        embed.set_footer(text="No match is not clearance: check the official lists.")
        return embed

    best = hits[0]
    ent = best.entity
    desc = [f"**Match score** {best.score:.2f} — {trim(link_text(best.reason), 300)}"]
    if ent.country:
        desc.append(f"**Country** {link_text(ent.country)}")
    if ent.aliases:
        desc.append("**Also known as** " + trim(", ".join(link_text(a) for a in ent.aliases), 1500))
    embed = discord.Embed(
        title=trim(ent.name, TITLE_LIMIT),
        description=trim("\n".join(desc), DESCRIPTION_LIMIT),
        colour=COLOR_MATCH if any(l.status == "active" for l in ent.listings) else COLOR_INFO,
    )
    listings = sorted(ent.listings, key=lambda l: l.start_date or date.min, reverse=True)
    for listing in listings[: FIELD_COUNT_LIMIT - 2]:
        name = trim(f"{listing.list} — {listing.status}", FIELD_NAME_LIMIT)
        parts = [f"**Authority** {link_text(listing.authority)}"]
        if listing.program:
            parts.append(f"**Program** {link_text(listing.program)}")
        dates = f"since {fmt_date(listing.start_date)}" if listing.start_date else "start date not stated"
        if listing.end_date:
            dates += f", until {listing.end_date.isoformat()}"
        parts.append(f"**Dates** {dates}")
        if listing.restricts:
            parts.append("**Restricts** " + ", ".join(link_text(r) for r in listing.restricts))
        if listing.note:  # why it was listed, or which company it is ("not the US company CoStar Group, Inc.")
            parts.append(f"**Note** {trim(link_text(listing.note), 400)}")
        if listing.source_url:
            parts.append(f"**Official** {link('source', listing.source_url)}")
        value = trim("\n".join(parts), FIELD_VALUE_LIMIT)
        if len(embed) + len(name) + len(value) > EMBED_TOTAL_LIMIT - 300:
            break
        embed.add_field(name=name, value=value, inline=False)
    if len(listings) > FIELD_COUNT_LIMIT - 2 or len(embed.fields) < min(len(listings), FIELD_COUNT_LIMIT - 2):
        embed.add_field(name="More", value=f"{len(listings) - len(embed.fields)} more listings not shown.", inline=False)
    others = [m for m in hits[1:]]
    if others:
        value = "\n".join(f"• {link_text(m.entity.name)} — {m.score:.2f}" for m in others[:8])
        embed.add_field(name="Other matches", value=trim(value, FIELD_VALUE_LIMIT), inline=False)
    embed.set_footer(text="Check the official link before acting.")
    return embed


# ---- sources ----------------------------------------------------------------------------------------------------
SOURCES_PER_PAGE = 10


def sources_page_count(sources: list[SourceInfo], per_page: int | None = None) -> int:
    per_page = per_page or SOURCES_PER_PAGE
    return max(1, -(-len(sources) // per_page))


def sources_embed(sources: list[SourceInfo], page: int, per_page: int | None = None) -> discord.Embed:
    per_page = per_page or SOURCES_PER_PAGE
    pages = sources_page_count(sources, per_page)
    page = max(0, min(page, pages - 1))
    chunk = sources[page * per_page : (page + 1) * per_page]
    total_chunks = sum(s.chunks for s in sources)
    if not chunk:
        description = "No sources are ingested yet. A moderator can add some with /addsource or /reingest."
    else:
        lines = []
        start = page * per_page
        for i, s in enumerate(chunk, start=start + 1):
            chunks = f"{s.chunks} chunk" + ("" if s.chunks == 1 else "s")
            lines.append(f"**{i}.** {link(s.title, s.url, limit=150)} · {source_date(s)} · {chunks}")
        description = trim("\n".join(lines), DESCRIPTION_LIMIT)
    embed = discord.Embed(title="Sources", description=description, colour=COLOR_INFO)
    embed.set_footer(text=f"Page {page + 1}/{pages} · {len(sources)} documents · {total_chunks} chunks")
    return embed


# ---- ingest -----------------------------------------------------------------------------------------------------
def progress_text(done: int, total: int, what: str = "Re-ingesting") -> str:
    return f"⏳ {what}: {done}/{total} files done"


def report_text(report: IngestReport, *, title: str = "Re-ingest finished") -> str:
    lines = [
        f"✅ **{title}**: {report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged, {report.chunks} chunks written, {len(report.skipped)} skipped."
    ]
    for s in report.skipped[:10]:
        lines.append(f"• skipped `{trim(s.path, 120)}`: {trim(s.reason, 200)}")
    if len(report.skipped) > 10:
        lines.append(f"• … and {len(report.skipped) - 10} more skipped")
    return trim(neutralise("\n".join(lines)), CONTENT_LIMIT)


# ---- feedback ---------------------------------------------------------------------------------------------------
VOTE_LABELS = {"helpful": "👍 Helpful", "not_helpful": "👎 Not helpful"}


def vote_time(value: object) -> str:
    """A stored ISO time as "2025-06-01 12:00 UTC" (the raw text if it doesn't parse)."""
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return trim(str(value or "time unknown"), 40)
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    return when.strftime("%Y-%m-%d %H:%M UTC")


def plain(text: object) -> str:
    """User or article text shown as-is: one line, markdown escaped, mentions broken."""
    return neutralise(discord.utils.escape_markdown(" ".join(str(text or "").split())))


def feedback_embed(summary, *, server: str | None = None, answer_limit: int = 300) -> discord.Embed:
    """/feedback: the vote counts and the most recent votes (question, trimmed answer, vote, time), newest first.
    `summary` is a `bot.feedback.VoteSummary`. Never shows who voted. Within one embed's limits whatever the texts."""
    total = summary.helpful + summary.not_helpful
    where = f" in {plain(server)}" if server else ""
    lines = [f"👍 **Helpful** {summary.helpful} · 👎 **Not helpful** {summary.not_helpful} · {total} votes{where}"]
    if total:
        share = round(100 * summary.helpful / total)
        lines.append(f"{share}% found the answers helpful.")
    recent = list(summary.recent)[: FIELD_COUNT_LIMIT]
    if recent:
        lines.append(f"The {len(recent)} most recent, newest first:" if len(recent) > 1 else "The most recent vote:")
    else:
        lines.append("No votes yet: they appear here when someone presses 👍 or 👎 under an answer.")
    embed = discord.Embed(title="Feedback on answers", description=trim("\n".join(lines), 1000), colour=COLOR_INFO)
    embed.set_footer(text="Voters are stored only as a hash, never by name or id. Full log: feedback.jsonl")
    # Share what is left of the 6,000 characters between the votes (with a margin for the "… more" field).
    room = EMBED_TOTAL_LIMIT - len(embed) - 120
    for i, record in enumerate(recent):
        name = trim(f"{VOTE_LABELS.get(record.get('vote'), '❔ ' + str(record.get('vote')))} · "
                    f"{vote_time(record.get('time'))}", FIELD_NAME_LIMIT)
        budget = min(FIELD_VALUE_LIMIT, room // (len(recent) - i) - len(name))
        if budget < 60:
            break
        question = trim(plain(record.get("question")) or "(question not recorded)", min(200, budget // 3))
        head = f"**Q** {question}\n**A** "
        answer = trim(plain(record.get("answer")) or "(answer not recorded)", min(answer_limit, budget - len(head)))
        value = head + answer
        embed.add_field(name=name, value=value, inline=False)
        room -= len(name) + len(value)
    left = len(recent) - (len(embed.fields))
    if left > 0:
        embed.add_field(name="More", value=f"{left} more recent votes did not fit; ask for fewer.", inline=False)
    assert len(embed) <= EMBED_TOTAL_LIMIT, len(embed)
    return embed


# ---- list data freshness (/status) --------------------------------------------------------------------------------
def _stamp(value: object) -> str:
    if value is None:
        return "never"
    return value.strftime("%Y-%m-%d %H:%M UTC") if isinstance(value, datetime) else value.isoformat()  # type: ignore[union-attr]


def status_embed(sources: list[ListSource], *, stale_days: int, update_hours: float) -> discord.Embed:
    """One field per source of list data: as of, checked, fetched, file date, checksum; stale and failed flagged."""
    stale = [s for s in sources if s.stale or s.error]
    if not sources:
        description = "No list data is recorded yet."
    elif stale:
        description = (f"⚠ {len(stale)} of {len(sources)} sources are out of date (over {stale_days} days) or failed "
                       "their last update: check the official lists before relying on them.")
    else:
        description = f"All {len(sources)} sources are current (checked within {stale_days} days)."
    embed = discord.Embed(title="List data status", description=description,
                          colour=discord.Colour.orange() if stale else COLOR_INFO)
    for s in sources[:FIELD_COUNT_LIMIT]:
        mark = "❌" if s.error else ("⚠" if s.stale else "✅")
        lines = [f"**Data as of** {s.as_of.isoformat() if s.as_of else 'unknown'}"
                 + (f" (over {stale_days} days old)" if s.stale and s.as_of else ""),
                 f"**Checked** {_stamp(s.checked_at)} · **fetched** {_stamp(s.fetched_at)}",
                 f"**File date** {_stamp(s.source_date)}"]
        if s.sha256:
            lines.append(f"**SHA-256** `{s.sha256[0][:16]}…`")
        if s.error:
            lines.append(f"**Last update failed** {_stamp(s.failed_at)}: {plain(s.error)}")
        for url in s.urls[:2]:
            if url.startswith(("http://", "https://")):
                lines.append(link(url.rsplit("/", 1)[-1] or url, url, limit=80))
        embed.add_field(name=trim(f"{mark} {plain(s.title)}", FIELD_NAME_LIMIT),
                        value=trim("\n".join(lines), FIELD_VALUE_LIMIT), inline=False)
    every = f"updated every {update_hours:g} h" if update_hours > 0 else "scheduled updates are off"
    embed.set_footer(text=_footer_text(f"Data older than {stale_days} days is flagged · {every}. "
                                       "Not legal advice: the official lists decide."))
    return embed


# ---- help -------------------------------------------------------------------------------------------------------
def help_embed(*, is_moderator: bool, cooldown: str, max_len: int) -> discord.Embed:
    embed = discord.Embed(
        title="blacklist-bot",
        description=(
            "I answer questions about company blacklists (US sanctions, trade and investment restrictions) "
            "from the sources I've read, with numbered citations. I'm not legal advice: follow the links."
        ),
        colour=COLOR_INFO,
    )
    embed.add_field(
        name="/ask question [private]",
        value=f"Ask a question (up to {max_len} characters). `private:true` shows the answer only to you.",
        inline=False,
    )
    embed.add_field(
        name="@mention me",
        value="Mention me with a question in a channel: I open a thread and answer there. Keep asking in the "
        "thread: follow-ups like “and huawei?” use the thread's earlier questions.",
        inline=False,
    )
    embed.add_field(name="/company name", value="Look a company up on the lists: status, dates, what it restricts, "
                    "the official link.", inline=False)
    embed.add_field(name="/sources", value="What I've read: titles, dates and chunk counts.", inline=False)
    embed.add_field(name="/status", value="How fresh the list data is: each official list, when it was last "
                    "fetched, its file's date and checksum.", inline=False)
    if is_moderator:
        embed.add_field(
            name="Moderators: /reingest, /addsource file, /feedback",
            value="Re-read the sources folder (with progress), or add a .txt, .md or .html file and ingest it. "
            "/feedback shows you the 👍 / 👎 counts and the latest votes. "
            "Every moderator action is written to the audit log.",
            inline=False,
        )
    embed.set_footer(text=f"Limit: {cooldown}. Buttons under answers tell us whether they helped.")
    return embed
