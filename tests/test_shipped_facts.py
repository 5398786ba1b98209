"""The shipped knowledge is dated and sourced the way a reader relies on it: every listing names the official notice
behind its dates, and no article is dated before an event it reports (the bot says "as of" that date and lets the
newest article win)."""
from __future__ import annotations

import re
from datetime import date, datetime

import pytest
import yaml

from ingest.loaders import load_file
from tests.support import ROOT, ARTICLES

LISTS = ROOT / "knowledge" / "lists"
# The user's own article ships for the demo; it is not curated data and has no front matter.
USER_ARTICLES = {"xiaomi-blacklist-2021.txt"}

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
_DATE_PATTERNS = [
    (re.compile(rf"\b({MONTHS}) (\d{{1,2}}), (\d{{4}})\b"), "%B %d %Y", False),
    (re.compile(rf"\b(\d{{1,2}}) ({MONTHS}) (\d{{4}})\b"), "%d %B %Y", False),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "%Y %m %d", False),
    # "in June 2026": the event happened at the earliest on the first of that month
    (re.compile(rf"\b({MONTHS}) (\d{{4}})\b"), "%B %Y", True),
]
# A sentence that announces a scheduled or expected event may name a date after the article's own.
_FUTURE = re.compile(r"\b(will|would|takes? effect|due to|scheduled|set to|starts on|is to|are to)\b", re.I)


def dates_in(sentence: str) -> list[tuple[date, str]]:
    found, taken = [], []
    for pattern, fmt, month_only in _DATE_PATTERNS:
        for m in pattern.finditer(sentence):
            if any(a <= m.start() < b for a, b in taken):
                continue  # "March 12, 2021" already read; do not read its "March ... 2021" again
            try:
                day = datetime.strptime(" ".join(m.groups()), fmt).date()
            except ValueError:
                continue
            taken.append(m.span())
            found.append((day, m.group(0)))
    return found


_ABBREVIATION = re.compile(r"\b(?:a\.m|p\.m|U\.S|U\.K|Inc|Co|Ltd|No|Mr|Ms|Dr|St|Jr)\.")


def sentences(text: str) -> list[str]:
    """Sentences of a text; "a.m." or "U.S." inside a sentence does not end it."""
    kept = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "\0"), text)
    return [s.replace("\0", ".") for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", kept) if s.strip()]


def late_dates(published: date, text: str) -> list[str]:
    """The dates a text reports as past events that fall after `published`."""
    late = []
    for s in sentences(text):
        if _FUTURE.search(s):
            continue
        late += [f"{shown!r} in: {s.strip()[:160]}" for day, shown in dates_in(s)
                 if day > published and not (len(shown.split()) == 2 and day.replace(day=1) <= published)]
    return late


def shipped_listings():
    lists = {}
    rows = []
    for path in sorted(LISTS.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        lists.update(doc.get("lists") or {})
        for ent in doc.get("entities") or []:
            for listing in ent.get("listings") or []:
                rows.append((path.name, ent["id"], listing))
    return lists, rows


def test_date_reader_reads_the_three_spellings_and_skips_scheduled_events():
    assert [d for d, _ in dates_in("On March 12, 2021, 12 March 2021 and 2021-03-12.")] == [date(2021, 3, 12)] * 3
    assert late_dates(date(2021, 3, 1), "The court ruled on March 12, 2021.") != []
    assert late_dates(date(2021, 3, 1), "The ban will take effect on March 15, 2021.") == []
    assert late_dates(date(2021, 3, 20), "In March 2021 the court ruled.") == []
    assert late_dates(date(2021, 2, 20), "In March 2021 the court ruled.") != []


def test_every_shipped_listing_names_its_own_notice_and_dates():
    lists, rows = shipped_listings()
    assert len(rows) >= 120
    problems = []
    for fname, eid, l in rows:
        where = f"{fname}: {eid} on {l.get('list')}"
        if l.get("list") not in lists:
            problems.append(f"{where}: unknown list")
        if not isinstance(l.get("start"), date):
            problems.append(f"{where}: no start date")
        if not str(l.get("source") or "").startswith("https://"):
            problems.append(f"{where}: no source URL of its own")
        ended = l.get("status") == "removed" or l.get("end") is not None
        if ended and not isinstance(l.get("end"), date):
            problems.append(f"{where}: removed without an end date")
        if isinstance(l.get("end"), date):
            if l.get("status") != "removed" and l["end"] <= date.today():
                problems.append(f"{where}: ended but not marked removed")
            if isinstance(l.get("start"), date) and l["end"] < l["start"]:
                problems.append(f"{where}: ends before it starts")
        if "end_source" in l and not str(l["end_source"]).startswith("https://"):
            problems.append(f"{where}: end_source is not a URL")
        if "restricts" in l and not isinstance(l["restricts"], list):
            problems.append(f"{where}: restricts must be a list")
    assert not problems, "\n".join(problems)


def test_every_list_names_its_official_page():
    lists, _ = shipped_listings()
    for lid, spec in lists.items():
        assert str(spec.get("source") or "").startswith("https://"), lid


def shipped_articles():
    return sorted(p for p in ARTICLES.iterdir() if p.is_file() and p.name not in USER_ARTICLES)


@pytest.mark.parametrize("path", shipped_articles(), ids=lambda p: p.name)
def test_article_is_dated_no_earlier_than_what_it_reports(path):
    doc = load_file(path)
    assert doc.published is not None, f"{path.name}: no published date"
    assert doc.url and doc.url.startswith("https://"), f"{path.name}: no source URL"
    late = late_dates(doc.published, doc.text)
    assert not late, f"{path.name} is dated {doc.published} but reports:\n" + "\n".join(late)
