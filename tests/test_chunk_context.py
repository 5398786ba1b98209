"""A passage is found with its article: a chunk is embedded with its article's title before its text, so a paragraph
that only says "the company" in an article about a company is found for a question naming that company, even when
other articles name it on every line. Articles invented here."""
from __future__ import annotations

import pytest

from tests.support import write_article

REASON = ("The main reason given was the sale of guidance chips to a missile institute in 2022. "
          "Officials said the firm's founder had also accepted an award from the institute's parent group, and that "
          "the chips were shipped through a trading house in Hong Kong. The company denied both claims and said it "
          "would ask for the decision to be reviewed.")


@pytest.fixture(scope="module")
def knowledge_with_titles(tmp_path_factory, embeddings):
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    corpus = tmp_path_factory.mktemp("titled")
    # The article that answers "why": its reason paragraph never names the company (a chunk of its own).
    write_article(
        corpus, "why-listed.md", "Why Quorvane Dynamics was put on the Entity List", "2023-03-02",
        "Quorvane Dynamics was added to the Entity List on March 1, 2023, the Commerce Department said. "
        "The listing means exporters need a licence to ship US items to it. " * 3 + "\n\n" + REASON,
    )
    # Articles naming the company on every line, none saying why it was listed.
    for n, (title, body) in enumerate([
        ("Quorvane Dynamics shares fall", "Quorvane Dynamics shares fell 8% in Shenzhen after the Entity List news."),
        ("Quorvane Dynamics opens a plant", "Quorvane Dynamics opened a chip packaging plant in Wuxi in 2021."),
        ("Quorvane Dynamics results", "Quorvane Dynamics reported revenue of 4 billion yuan for 2022."),
        ("Quorvane Dynamics hires", "Quorvane Dynamics hired 300 engineers for its blacklisted chip unit."),
        ("Quorvane Dynamics and its suppliers", "Quorvane Dynamics said its suppliers kept shipping after the listing."),
        ("Quorvane Dynamics chief speaks", "The chief of Quorvane Dynamics spoke about the Entity List at a forum."),
        ("Quorvane Dynamics in Europe", "Quorvane Dynamics sells its chips in Europe despite the US listing."),
        ("Quorvane Dynamics bonds", "Quorvane Dynamics bonds were downgraded after it was blacklisted."),
        ("Quorvane Dynamics customers", "Quorvane Dynamics customers asked whether the blacklisting affects them."),
    ]):
        write_article(corpus, f"other-{n}.md", title, f"2023-0{n % 9 + 1}-15", (body + " ") * 4)
    k = Knowledge(Settings(_env_file=None, store=tmp_path_factory.mktemp("titled-store") / "store"), embeddings)
    ingest(k, [corpus])
    return k


def test_a_paragraph_saying_the_company_is_found_for_a_question_naming_it(knowledge_with_titles):
    got = knowledge_with_titles.retrieve("Why was Quorvane Dynamics blacklisted?")
    assert any("guidance chips" in p.text for p in got.passages), [p.text[:60] for p in got.passages]


def test_the_chunk_vector_is_made_from_the_title_and_the_text():
    from ingest.store_writer import in_context
    from knowledge.models import Chunk, Document

    doc = Document(id="d", title="Why X was listed", url=None, path="p", published=None, text=REASON)
    chunk = Chunk(document_id="d", index=0, text=REASON, start=0, end=len(REASON))
    assert in_context(doc, chunk) == f"Why X was listed\n\n{REASON}"
