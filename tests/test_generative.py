"""The optional generative mode against a small OpenAI-compatible server run here on 127.0.0.1 with canned replies:
good citations are kept (renumbered, snippets verbatim), invented citation numbers and uncited sentences are
dropped, a reply with nothing left, a slow, failing or malformed model fall back to the extractive answer, and a
declined question stays declined. No paid API, no network beyond the loopback.

The fake server picks its canned reply by the request's model name, so every test sets `llm_model` to the case it
exercises and the requests it received are recorded per model."""
from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from datetime import date

import pytest
from aiohttp import web

from knowledge.generate import GenerativeAnswerer, validate
from knowledge.models import Answer, Citation
from knowledge.settings import Settings
from tests.support import write_article

SLOW_SECONDS = 5.0

REPLIES = {
    "good": "Xiaomi was removed from the investment blacklist in May 2021 [2]. It had been added in January 2021 [1].",
    "invented": "Xiaomi was added in January 2021 [1]. Xiaomi also makes cars for the Pentagon [7].",
    "nocite": "Xiaomi was removed from the list. Nothing else to add.",
    "idk": "I don't know.",
    "stop-after": "Xiaomi was added in January 2021. [1] The court vacated the designation in 2021. [2]",
    "fake": "Acme Robotics was added to the Entity List on January 1, 2023 [1]. Acme makes rockets.",
}


class FakeOpenAI:
    """`/v1/chat/completions` with canned replies, in a background thread with its own event loop."""

    def __init__(self) -> None:
        self.requests: dict[str, list[dict]] = {}
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        model = body.get("model", "")
        self.requests.setdefault(model, []).append(body)
        if model == "slow":
            await asyncio.sleep(SLOW_SECONDS)
        if model == "error":
            return web.json_response({"error": {"message": "model crashed", "type": "server_error"}}, status=500)
        if model == "malformed":
            return web.Response(text="<html>not json</html>", content_type="text/html")
        if model == "no-choices":
            return web.json_response({"id": "x", "object": "chat.completion", "model": model})
        return web.json_response(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": REPLIES.get(model, "I don't know.")},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
            }
        )

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self.chat)
        # handler_cancellation: a request the client gave up on (the timeout case) stops sleeping at once.
        self.runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=1.0)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = self.runner.addresses[0][1]
        self.ready.set()
        self.loop.run_forever()
        self.loop.run_until_complete(self.runner.cleanup())
        self.loop.close()

    def start(self) -> "FakeOpenAI":
        self.thread.start()
        assert self.ready.wait(10), "fake OpenAI server did not start"
        return self

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


@pytest.fixture(scope="module")
def fake_llm():
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    # The loopback server must be reached directly even where a proxy is configured.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def settings_for(server: FakeOpenAI, model: str, **extra) -> Settings:
    return Settings(_env_file=None, llm_base_url=server.base_url, llm_model=model, **extra)


PASSAGES = [
    Citation(1, "Xiaomi added to blacklist", "https://example.test/a", "a.md", date(2021, 1, 15),
             "The Pentagon added Xiaomi to its list of Communist Chinese Military Companies in January 2021."),
    Citation(2, "Xiaomi removed", "https://example.test/b", "b.md", date(2021, 5, 25),
             "The Defense Department agreed in May 2021 to remove Xiaomi from the list."),
]
EXTRACTIVE = Answer(
    question="is xiaomi still blacklisted?",
    answered=True,
    answer=f"As of May 25, 2021: {PASSAGES[0].snippet} [1] {PASSAGES[1].snippet} [2]",
    citations=list(PASSAGES),
    as_of=date(2021, 5, 25),
)


def rewrite(server: FakeOpenAI, model: str, extractive: Answer = EXTRACTIVE, passages=None, **extra) -> Answer:
    answerer = GenerativeAnswerer(settings_for(server, model, **extra))
    return answerer.rewrite(extractive.question, extractive, list(extractive.citations if passages is None else passages))


# ---- the model's reply, validated ----------------------------------------------------------------------------------
def test_good_citations_are_kept_renumbered_in_order_of_first_use(fake_llm):
    answer = rewrite(fake_llm, "good")
    assert answer.answered
    # The reply cites [2] first: it becomes [1], and its citation is the "removed" passage, verbatim.
    assert answer.answer == (
        "Xiaomi was removed from the investment blacklist in May 2021 [1]. It had been added in January 2021 [2]."
    )
    assert [c.n for c in answer.citations] == [1, 2]
    assert [c.snippet for c in answer.citations] == [PASSAGES[1].snippet, PASSAGES[0].snippet]
    assert [c.path for c in answer.citations] == ["b.md", "a.md"]
    assert answer.as_of == date(2021, 5, 25)
    assert answer.question == EXTRACTIVE.question


def test_the_model_sees_only_the_numbered_passages_and_the_question(fake_llm):
    rewrite(fake_llm, "good")
    body = fake_llm.requests["good"][-1]
    assert body["temperature"] == 0
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["system", "user"]
    system, user = (m["content"] for m in body["messages"])
    assert "[n]" in system or "[1]" in system
    assert "I don't know" in system
    assert user.startswith("Passages:")
    assert f"[1] Xiaomi added to blacklist (published 2021-01-15)\n{PASSAGES[0].snippet}" in user
    assert f"[2] Xiaomi removed (published 2021-05-25)\n{PASSAGES[1].snippet}" in user
    assert user.rstrip().endswith("Question: is xiaomi still blacklisted?")
    # Nothing of the extractive answer's own wording beyond the passages: the "As of" lead is not sent.
    assert "As of May 25" not in user


def test_extra_passages_are_numbered_after_the_answers_citations_and_can_be_cited(fake_llm):
    extractive = Answer("is xiaomi still blacklisted?", True, f"{PASSAGES[0].snippet} [1]", [PASSAGES[0]], date(2021, 1, 15))
    extra = [PASSAGES[0], Citation(9, PASSAGES[1].title, PASSAGES[1].url, PASSAGES[1].path, PASSAGES[1].published, PASSAGES[1].snippet)]
    answer = rewrite(fake_llm, "good", extractive, extra)
    user = fake_llm.requests["good"][-1]["messages"][1]["content"]
    assert user.count(PASSAGES[0].snippet) == 1  # a repeated passage is sent once
    assert f"[2] Xiaomi removed" in user        # renumbered from 9
    assert [c.snippet for c in answer.citations] == [PASSAGES[1].snippet, PASSAGES[0].snippet]


def test_a_sentence_citing_an_invented_passage_is_dropped(fake_llm):
    answer = rewrite(fake_llm, "invented")
    assert answer.answer == "Xiaomi was added in January 2021 [1]."
    assert "Pentagon" not in answer.answer
    assert [(c.n, c.snippet) for c in answer.citations] == [(1, PASSAGES[0].snippet)]
    assert answer.as_of == date(2021, 1, 15)


def test_markers_after_the_full_stop_belong_to_the_sentence_before(fake_llm):
    answer = rewrite(fake_llm, "stop-after")
    assert answer.answer == "Xiaomi was added in January 2021 [1]. The court vacated the designation in 2021 [2]."


def test_a_reply_without_citations_falls_back_to_the_extractive_answer(fake_llm):
    assert rewrite(fake_llm, "nocite") == EXTRACTIVE


def test_the_models_own_i_dont_know_falls_back_to_the_extractive_answer(fake_llm):
    assert rewrite(fake_llm, "idk") == EXTRACTIVE


def test_a_declined_question_stays_declined_and_the_model_is_not_asked(fake_llm):
    declined = Answer("who won the world cup?", False, "My sources don't cover that, so I can't answer it reliably.")
    before = len(fake_llm.requests.get("good", []))
    assert rewrite(fake_llm, "good", declined, PASSAGES) == declined
    assert len(fake_llm.requests.get("good", [])) == before


# ---- a slow or failing model -----------------------------------------------------------------------------------
def test_a_slow_model_times_out_to_the_extractive_answer(fake_llm, caplog):
    caplog.set_level(logging.WARNING, logger="knowledge.generate")
    started = time.monotonic()
    answer = rewrite(fake_llm, "slow", llm_timeout=0.5)
    elapsed = time.monotonic() - started
    assert answer == EXTRACTIVE
    assert elapsed < 3.0, f"took {elapsed:.1f}s with a 0.5s timeout"
    assert len(fake_llm.requests["slow"]) == 1  # no retries
    assert "extractive" in caplog.text


@pytest.mark.parametrize("model", ["error", "malformed", "no-choices"])
def test_a_failing_model_falls_back_and_the_api_key_is_never_logged(fake_llm, caplog, model):
    caplog.set_level(logging.DEBUG)
    answer = rewrite(fake_llm, model, llm_api_key="sk-secret-123")
    assert answer == EXTRACTIVE
    assert "generative model failed" in caplog.text
    assert "sk-secret-123" not in caplog.text
    assert len(fake_llm.requests[model]) == 1


def test_an_unreachable_server_falls_back(caplog):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings(_env_file=None, llm_base_url=f"http://127.0.0.1:{port}/v1", llm_model="x", llm_timeout=2)
    started = time.monotonic()
    assert GenerativeAnswerer(settings).rewrite(EXTRACTIVE.question, EXTRACTIVE, PASSAGES) == EXTRACTIVE
    assert time.monotonic() - started < 3.0


# ---- the validator on its own ------------------------------------------------------------------------------------
def test_validator_keeps_abbreviations_and_grouped_markers_and_drops_uncited_sentences():
    text = "- The U.S. Commerce Dept. listed it in Jan. 2021 [1, 2].\n- Nobody knows why.\n- It stays listed [2][1]."
    answer, citations = validate(text, PASSAGES)
    assert answer == "The U.S. Commerce Dept. listed it in Jan. 2021 [1][2]. It stays listed [2][1]."
    assert [c.snippet for c in citations] == [PASSAGES[0].snippet, PASSAGES[1].snippet]
    assert validate("It was listed [0].", PASSAGES) is None
    assert validate("It was listed [1] and delisted [3].", PASSAGES) is None
    assert validate("", PASSAGES) is None


# ---- end to end through Knowledge.ask ------------------------------------------------------------------------------
ACME = (
    "Commerce added Acme Robotics to the Entity List on January 1, 2023. "
    "Exporters now need a license to ship US items to Acme Robotics."
)
WEATHER = "The harvest festival in the valley drew record crowds under clear skies this autumn."


def test_ask_returns_the_models_cited_answer_with_verbatim_snippets(fake_llm, tmp_path, make_knowledge):
    corpus = tmp_path / "corpus"
    acme = write_article(corpus, "acme.md", "Acme Robotics added to Entity List", "2023-01-02", ACME)
    write_article(corpus, "festival.md", "Harvest festival", "2023-10-01", WEATHER)
    k = make_knowledge(corpus, llm_base_url=fake_llm.base_url, llm_model="fake")

    answer = k.ask("Is Acme Robotics on the Entity List?")

    assert answer.answered
    # The model's cited sentence is kept; its uncited one ("Acme makes rockets.") is dropped.
    assert answer.answer == "Acme Robotics was added to the Entity List on January 1, 2023 [1]."
    assert len(answer.citations) == 1
    citation = answer.citations[0]
    assert citation.n == 1 and citation.title == "Acme Robotics added to Entity List"
    assert citation.snippet and citation.snippet in acme.read_text(encoding="utf-8")
    # The server got the retrieved passages and the question, nothing else from the corpus.
    body = fake_llm.requests["fake"][-1]
    user = body["messages"][1]["content"]
    assert citation.snippet in user
    assert "Question: Is Acme Robotics on the Entity List?" in user
    assert "harvest festival" not in json.dumps(body).lower()
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


def test_without_langchain_openai_installed_the_answer_stays_extractive(fake_llm, monkeypatch, caplog):
    import sys

    monkeypatch.setitem(sys.modules, "langchain_openai", None)  # import fails as if not installed
    answerer = GenerativeAnswerer(settings_for(fake_llm, "good"))
    assert answerer.rewrite(EXTRACTIVE.question, EXTRACTIVE, PASSAGES) == EXTRACTIVE
    assert answerer.rewrite(EXTRACTIVE.question, EXTRACTIVE, PASSAGES) == EXTRACTIVE
    assert caplog.text.count("unavailable") == 1  # warned once, not on every question


def test_the_generative_mode_is_off_unless_both_endpoint_and_model_are_set(fake_llm, tmp_path, make_knowledge):
    corpus = tmp_path / "corpus"
    write_article(corpus, "acme.md", "Acme Robotics added to Entity List", "2023-01-02", ACME)
    k = make_knowledge(corpus, llm_base_url=fake_llm.base_url)  # an endpoint, but no model name
    asked_before = sum(len(r) for r in fake_llm.requests.values())
    answer = k.ask("Is Acme Robotics on the Entity List?")
    assert answer.answered and "[1]" in answer.answer and "January 1, 2023" in answer.answer
    assert sum(len(r) for r in fake_llm.requests.values()) == asked_before  # the model server was never asked
