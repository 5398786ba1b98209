"""A question whose asking clause follows a preamble ("Zembrix opened a stadium ..., but when was Zembrix
sanctioned?") is searched for the clause as well as for the whole question: the preamble's words otherwise bring the
articles it was read in, not the one that answers. Articles invented here."""
from __future__ import annotations

import pytest

from tests.support import write_article

QUESTION = ("zembrix opened its riverside stadium with a retractable roof and 41,000 seats for the derby season - "
            "when was it sanctioned by ofac?")


@pytest.fixture(scope="module")
def knowledge_with_preamble_articles(tmp_path_factory, embeddings):
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    corpus = tmp_path_factory.mktemp("preamble")
    write_article(
        corpus, "sanctioned.md", "Treasury designates Zembrix Holdings", "2024-03-05",
        "OFAC sanctioned Zembrix Holdings on March 4, 2024, adding the group to the SDN list for supplying drone "
        "engines. Its assets under US jurisdiction are blocked and US persons may not deal with it.",
    )
    # Articles that share the preamble's words (the stadium, its roof, its seats, the derby), none of them saying
    # anything about a sanction.
    for n, body in enumerate([
        "Zembrix Holdings opened its riverside stadium on Saturday, with a retractable roof and 41,000 seats.",
        "The derby season starts at the riverside stadium Zembrix built; the retractable roof closes in eight minutes.",
        "Fans praised the 41,000 seats of the new riverside stadium, though the retractable roof leaked at the derby.",
        "The riverside stadium's retractable roof was designed in Milan; Zembrix paid for the 41,000 seats.",
        "Ticket prices for the derby season at the riverside stadium rose after the retractable roof was installed.",
        "Zembrix Holdings said the riverside stadium would host concerts when the derby season ends.",
        "A stadium with a retractable roof and 41,000 seats opened on the riverside, paid for by Zembrix Holdings.",
        "Derby season tickets for the riverside stadium sold out in a day; the retractable roof stayed open.",
        "Engineers tested the retractable roof of the riverside stadium before the derby season opener.",
        "Zembrix opened the riverside stadium's 41,000 seats to schoolchildren before the derby season.",
        "The retractable roof of the Zembrix riverside stadium was closed for the derby after rain.",
        "Zembrix Holdings opened a museum at its riverside stadium, beside the retractable roof's control room.",
        "When the derby season began, the riverside stadium Zembrix opened had 41,000 seats and a retractable roof.",
        "Zembrix opened its riverside stadium to concerts; the retractable roof and 41,000 seats drew crowds.",
        "The riverside stadium Zembrix opened this year will host the derby season final under its retractable roof.",
    ]):
        write_article(corpus, f"stadium-{n}.md", f"Riverside stadium news {n}", f"2024-{n % 12 + 1:02d}-20", (body + " ") * 3)
    k = Knowledge(Settings(_env_file=None, store=tmp_path_factory.mktemp("preamble-store") / "store"), embeddings)
    ingest(k, [corpus])
    return k


def test_the_clause_that_asks_brings_the_article_that_answers(knowledge_with_preamble_articles):
    got = knowledge_with_preamble_articles.retrieve(QUESTION)
    assert any("OFAC sanctioned" in p.text for p in got.passages[:3]), [p.text[:50] for p in got.passages]


def test_the_answer_gives_the_date_from_that_article(knowledge_with_preamble_articles):
    answer = knowledge_with_preamble_articles.ask(QUESTION)
    assert answer.answered and "March 4, 2024" in answer.answer.split(". ")[0], answer.answer
