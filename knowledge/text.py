"""Text helpers shared by ingest and answering: sentence spans, dates mentioned in prose, query terms."""
from __future__ import annotations

import re
from datetime import date

# A sentence ends at . ! ? (possibly followed by a closing quote or bracket) before whitespace and a capital,
# digit or opening quote; abbreviations such as "U.S." or "Corp." don't end one.
_BOUNDARY = re.compile(r"[.!?][\"”’)\]]?(?=\s+[\"“‘(\[]?[A-Z0-9$])")
_ABBREVIATIONS = {
    "u.s", "u.k", "e.u", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs", "v",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen",
    "rep", "dept", "p.m", "a.m", "e.g", "i.e", "approx", "est", "fig", "ave", "bros",
}


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text[start:end], whitespace trimmed, paragraphs respected."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text[start:end]):
        p_start = start + para.start()
        p_text = para.group()
        cut = 0
        for m in _BOUNDARY.finditer(p_text):
            word = re.search(r"([A-Za-z.]+)[.!?]?[\"”’)\]]?$", p_text[cut : m.end()])
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS and p_text[m.start()] == ".":
                continue
            if re.search(r"\b[A-Z]\.$", p_text[cut : m.start() + 1]):  # an initial: "Brian E. Nelson"
                continue
            spans.append((p_start + cut, p_start + m.end()))
            cut = m.end()
            while cut < len(p_text) and p_text[cut].isspace():
                cut += 1
        if cut < len(p_text):
            spans.append((p_start + cut, p_start + len(p_text.rstrip())))
    return [(s, e) for s, e in spans if text[s:e].strip()]


_MONTHS = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.I)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_DATE_MY = re.compile(rf"\b({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I)


def without_dates(text: str) -> tuple[str, bool]:
    """(the text with its full and month-level dates blanked out, whether it stated one)."""
    blanked = text
    for pattern in (_DATE_MDY, _DATE_DMY, _DATE_MY):
        blanked = pattern.sub(" ", blanked)
    return blanked, blanked != text


def first_mentioned_date(text: str) -> date | None:
    """The first full or month-level date stated in the prose. Used only to order undated sources by the events
    they report; never shown as a publication date."""
    found: list[tuple[int, date]] = []
    for m in _DATE_MDY.finditer(text):
        found.append((m.start(), _safe_date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))))
    for m in _DATE_DMY.finditer(text):
        found.append((m.start(), _safe_date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))))
    for m in _DATE_MY.finditer(text):
        found.append((m.start(), _safe_date(int(m.group(2)), _MONTHS[m.group(1).lower()], 1)))
    found = [f for f in found if f[1]]
    return min(found)[1] if found else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# Words that carry no topic: English function words plus the way people write in chat.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he her here hers herself him himself his
    how i if in into is isn't it it's its itself just let's me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should shouldn't so some such than that that's the
    their theirs them themselves then there there's these they this those through to too under until up very was
    wasn't we were weren't what what's when where which while who whom why will with won't would wouldn't you
    your yours yourself yourselves whats wats wat whos hows im ive id dont doesnt didnt isnt cant wont arent
    lol lmao pls plz please thx thanks hey hi hello guys anyone someone somebody u ur r ya yeah ok okay thing
    things stuff like really actually basically tell know wondering question still anymore currently today
    right get got going gonna wanna does anything something us""".split()
)

_TOKEN = re.compile(r"[\w$£€%]+(?:['’][\w]+)?", re.U)


def query_tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]


def content_terms(text: str) -> list[str]:
    """Lower-cased words minus stopwords; possessives folded ("luokung's" -> "luokung")."""
    out = []
    for tok in query_tokens(text):
        if tok.endswith("'s"):
            tok = tok[:-2]
        if tok and tok not in STOPWORDS and not (len(tok) == 1 and not tok.isdigit()):
            out.append(tok)
    return out
