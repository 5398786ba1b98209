"""Abbreviations people use for the lists and agencies, and what sources write out. A question's abbreviation
is expanded before retrieval so "sdn list" finds "Specially Designated Nationals"."""
from __future__ import annotations

import re

ABBREVIATIONS = {
    "sdn": "Specially Designated Nationals",
    "ns-cmic": "Non-SDN Chinese Military-Industrial Complex Companies",
    "cmic": "Chinese Military-Industrial Complex Companies",
    "ccmc": "Communist Chinese military company",
    "ofac": "Office of Foreign Assets Control",
    "bis": "Bureau of Industry and Security",
    "ear": "Export Administration Regulations",
    "meu": "Military End User",
    "dod": "Department of Defense Pentagon",
    "ndaa": "National Defense Authorization Act",
    "fcc": "Federal Communications Commission",
    "icts": "information and communications technology and services",
    "csl": "Consolidated Screening List",
    "eo": "Executive Order",
    "ita": "International Trade Administration",
    "itar": "International Traffic in Arms Regulations",
}
ABBREVIATION_PATTERN = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\b", re.I)


def expand_abbreviations(text: str) -> str:
    """"the sdn list" -> "the sdn (Specially Designated Nationals) list"; text without abbreviations is returned as is."""
    return ABBREVIATION_PATTERN.sub(lambda m: f"{m.group(0)} ({ABBREVIATIONS[m.group(0).lower()]})", text)


_EXPANSION = re.compile(" \\((?:" + "|".join(re.escape(v) for v in sorted(set(ABBREVIATIONS.values()), key=len, reverse=True)) + ")\\)")


def without_expansions(text: str) -> str:
    """The text as the user wrote it, before `expand_abbreviations` (an expansion's words, such as the "Chinese" of
    NS-CMIC, are not the user's)."""
    return _EXPANSION.sub("", text)
