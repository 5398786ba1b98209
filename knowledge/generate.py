"""Optional generative mode (off by default): a chat model rewrites the extractive answer from the same passages.

Configured from the environment: `BLACKLIST_BOT_LLM_BASE_URL` (an OpenAI-compatible endpoint, including its
`/v1`: a local Ollama at http://localhost:11434/v1, a llama.cpp or vLLM server, or OpenAI itself),
`BLACKLIST_BOT_LLM_MODEL`, optionally `BLACKLIST_BOT_LLM_API_KEY` and `BLACKLIST_BOT_LLM_TIMEOUT` (seconds).
Any other langchain chat model can be passed in as `chat_model`.

The model never gets the last word:
- it sees only the numbered passages (the extractive answer's citations, plus any passed in) and the question;
- every sentence of its reply must carry [n] markers that name given passages; other sentences are dropped and
  the kept citations are renumbered in order of first use;
- citations are the passages themselves, so every snippet stays verbatim from its source;
- a reply with nothing left, a decline from retrieval, or a slow or failing model yields the extractive answer.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from .models import Answer, Citation
from .settings import Settings
from .text import sentence_spans

log = logging.getLogger(__name__)

SYSTEM_PROMPT = """You answer questions about company blacklists (US sanctions, trade and investment \
restrictions) using ONLY the numbered passages you are given.

Rules:
- Use only facts stated in the passages. Never use outside knowledge.
- End every sentence with the citation marker of the passage(s) that support it, like [1] or [1][2]. \
Cite only the numbers of the passages given.
- A sentence you cannot support with a passage must not be written.
- If the passages do not answer the question, reply only: I don't know.
- When passages disagree, prefer the newest one and say "as of" its date.
- Answer in at most three short sentences, plain text, no headings or lists."""

# One marker group: [1], [1, 2] or [1][2] (each bracket is matched separately).
_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
# Markers written after the full stop ("... in 2021. [1]") belong to the sentence before it.
_MARKERS_AFTER_STOP = re.compile(r"([.!?])((?:\s*\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\])+)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+", re.M)
# A model's own "I don't know" is not an answer, even with a marker attached.
_DECLINE = re.compile(
    r"\b(i (do not|don't|cannot|can't) (know|answer|tell|say)|"
    r"(passages?|sources?|context|documents?) (do|does|did)(n't| not) (say|mention|cover|contain|answer|specify|state|address))\b",
    re.I,
)


class GenerativeAnswerer:
    def __init__(self, settings: Settings, chat_model: Any = None):
        """`chat_model`: any langchain chat model; by default a `ChatOpenAI` for `settings.llm_base_url`."""
        self.settings = settings
        self._model = chat_model
        self._unavailable: str | None = None   # why the model can't be built (e.g. langchain-openai missing)

    @property
    def model(self):
        if self._model is None:
            from langchain_openai import ChatOpenAI  # lazily: the extractive bot runs without it

            s = self.settings
            self._model = ChatOpenAI(
                base_url=s.llm_base_url,
                model=s.llm_model,
                api_key=s.llm_api_key or "not-needed",   # local servers ignore it; the client requires one
                timeout=s.llm_timeout,
                max_retries=0,                           # a slow model falls back at once, not after retries
                temperature=0,
            )
        return self._model

    # ---- the one entry point -----------------------------------------------------------------------------------
    def rewrite(self, question: str, extractive: Answer, passages: list[Citation]) -> Answer:
        """The model's answer from `passages` (the extractive answer's citations come first), validated, or
        `extractive` unchanged when there is nothing valid to say."""
        if not extractive.answered:
            return extractive  # retrieval declined: the model may not answer what the sources don't cover
        given = _merge(extractive.citations, passages)
        if not given:
            return extractive
        if self._unavailable:
            return extractive
        try:
            model = self.model
        except ImportError as exc:
            self._unavailable = str(exc)
            log.warning("generative mode is configured but unavailable (%s); answering extractively", exc)
            return extractive
        try:
            reply = model.invoke(_messages(question, given))
            text = _content(reply)
        except Exception as exc:  # timeout, connection refused, HTTP error, malformed reply
            log.warning(
                "generative model failed (%s: %s); using the extractive answer",
                type(exc).__name__,
                self._redact(str(exc))[:300],
            )
            return extractive
        validated = validate(text, given)
        if validated is None:
            log.info("generative reply had no validly cited sentence; using the extractive answer")
            return extractive
        answer_text, citations = validated
        dated = [c.published for c in citations if c.published]
        return replace(
            extractive,
            answer=answer_text,
            citations=citations,
            as_of=max(dated) if dated else extractive.as_of,
        )

    def _redact(self, message: str) -> str:
        key = self.settings.llm_api_key
        return message.replace(key, "***") if key else message


# ---- prompt ----------------------------------------------------------------------------------------------------
def _merge(first: list[Citation], more: list[Citation]) -> list[Citation]:
    """The passages the model may cite, in order, without repeats, numbered from 1."""
    seen: set[tuple[str, str]] = set()
    out: list[Citation] = []
    for c in [*first, *more]:
        key = (c.path, c.snippet)
        if key in seen or not c.snippet.strip():
            continue
        seen.add(key)
        out.append(replace(c, n=len(out) + 1))
    return out


def _messages(question: str, passages: list[Citation]) -> list:
    from langchain_core.messages import HumanMessage, SystemMessage

    blocks = []
    for c in passages:
        head = c.title or c.path
        if c.published:
            head += f" (published {c.published.isoformat()})"
        blocks.append(f"[{c.n}] {head}\n{c.snippet.strip()}")
    user = "Passages:\n\n" + "\n\n".join(blocks) + f"\n\nQuestion: {question}"
    return [SystemMessage(content=SYSTEM_PROMPT), HumanMessage(content=user)]


def _content(reply: Any) -> str:
    content = getattr(reply, "content", None)
    if isinstance(content, list):  # content blocks
        content = "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content if isinstance(b, (str, dict)))
    if not isinstance(content, str):
        raise ValueError(f"unexpected reply content: {type(content).__name__}")
    return content


# ---- validation ------------------------------------------------------------------------------------------------
def validate(text: str, passages: list[Citation]) -> tuple[str, list[Citation]] | None:
    """Keep the reply's sentences that cite only given passages, renumbered in order of first use; None when no
    sentence survives."""
    by_n = {c.n: c for c in passages}
    text = _LIST_ITEM.sub("", text.strip())
    text = _MARKERS_AFTER_STOP.sub(lambda m: f"{m.group(2)}{m.group(1)}", text)
    kept: list[tuple[str, list[int]]] = []
    for start, end in sentence_spans(text):
        sentence = " ".join(text[start:end].split())
        numbers = [int(n) for m in _MARKER.finditer(sentence) for n in re.split(r"\s*[,;]\s*", m.group(1))]
        if not numbers or any(n not in by_n for n in numbers):
            continue
        if _DECLINE.search(sentence):
            continue
        kept.append((sentence, numbers))
    if not kept:
        return None
    order: dict[int, int] = {}
    for _, numbers in kept:
        for n in numbers:
            order.setdefault(n, len(order) + 1)

    def renumber(m: re.Match) -> str:
        return "".join(f"[{order[int(n)]}]" for n in re.split(r"\s*[,;]\s*", m.group(1)))

    answer = " ".join(_MARKER.sub(renumber, s) for s, _ in kept)
    citations = [replace(by_n[old], n=new) for old, new in sorted(order.items(), key=lambda kv: kv[1])]
    return answer, citations
